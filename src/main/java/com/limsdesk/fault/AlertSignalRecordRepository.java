package com.limsdesk.fault;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertSignalRecordRepository extends JpaRepository<AlertSignalRecord, Long> {

	Optional<AlertSignalRecord> findBySourceAndKeyAndStateAndEventTime(String source, String key, AlertState state,
			Instant eventTime);

}
