package com.limsdesk.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

	List<RequestEvent> findByRequestIdOrderByIdAsc(Long requestId);

}
