package com.limsdesk.cleanup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CleanupTableRepository extends JpaRepository<CleanupTable, Long> {

	List<CleanupTable> findByCleanupIdOrderByIdAsc(Long cleanupId);

}
