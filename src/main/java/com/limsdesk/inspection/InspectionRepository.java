package com.limsdesk.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	Optional<Inspection> findByNumber(String number);

	Optional<Inspection> findByProcessInstanceId(String processInstanceId);

	List<Inspection> findTop50ByOrderByIdDesc();

}
