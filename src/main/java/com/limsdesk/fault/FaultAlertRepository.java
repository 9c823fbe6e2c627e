package com.limsdesk.fault;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FaultAlertRepository extends JpaRepository<FaultAlert, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select alert from FaultAlert alert where alert.key = ?1")
	Optional<FaultAlert> lock(String key);

	Optional<FaultAlert> findByTicketId(Long ticketId);

}
