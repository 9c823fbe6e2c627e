package com.limsdesk.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeVersionRepository extends JpaRepository<ChangeVersion, Long> {

	List<ChangeVersion> findByChangeIdOrderByVersion(Long changeId);

	ChangeVersion findByChangeIdAndVersion(Long changeId, int version);

}
