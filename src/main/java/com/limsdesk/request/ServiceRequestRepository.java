package com.limsdesk.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

	Optional<ServiceRequest> findByNumber(String number);

	Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

	boolean existsByNumber(String number);

	List<ServiceRequest> findTop500ByOrderByIdDesc();

	List<ServiceRequest> findTop500ByRequesterUserOrFiledByOrderByIdDesc(String requesterUser, String filedBy);

}
