package com.limsdesk.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestRecordRepository extends JpaRepository<RequestRecord, Long> {

	List<RequestRecord> findByRequestIdOrderByLineNumber(Long requestId);

}
