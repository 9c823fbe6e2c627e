package com.limsdesk.interfacecheck;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InterfaceCheckStateRepository extends JpaRepository<InterfaceCheckState, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select state from InterfaceCheckState state where state.endpoint = ?1")
	Optional<InterfaceCheckState> lock(String endpoint);

}
