package com.limsdesk.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeApprovalRepository extends JpaRepository<ChangeApproval, Long> {

	List<ChangeApproval> findByChangeIdOrderByVersionAscIdAsc(Long changeId);

	List<ChangeApproval> findByChangeIdAndVersion(Long changeId, int version);

}
