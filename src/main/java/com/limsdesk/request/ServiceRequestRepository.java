package com.limsdesk.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

	Optional<ServiceRequest> findByNumber(String number);

	Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

	boolean existsByNumber(String number);

	List<ServiceRequest> findTop500ByOrderByIdDesc();

	/**
	 * Returns the requests in the given states that the engineer accepted or carries out.
	 */
	@Query("select r from ServiceRequest r where (r.respondedBy = :engineer or r.performedBy = :engineer)"
			+ " and r.status in :states order by r.id")
	List<ServiceRequest> findHeldBy(String engineer, Collection<RequestStatus> states);

	List<ServiceRequest> findTop500ByRequesterUserOrFiledByOrderByIdDesc(String requesterUser, String filedBy);

}
