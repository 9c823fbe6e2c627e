package com.limsdesk.cleanup;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CleanupRepository extends JpaRepository<Cleanup, Long> {

	Optional<Cleanup> findByProcessInstanceId(String processInstanceId);

}
