package com.limsdesk.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionResultRepository extends JpaRepository<InspectionResult, Long> {

	List<InspectionResult> findByInspectionIdOrderByIdAsc(Long inspectionId);

	Optional<InspectionResult> findByInspectionIdAndTargetAndCheckName(Long inspectionId, String target,
			String checkName);

}
