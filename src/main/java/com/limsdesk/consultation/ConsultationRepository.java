package com.limsdesk.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	Optional<Consultation> findByNumber(String number);

	Optional<Consultation> findByProcessInstanceId(String processInstanceId);

	List<Consultation> findAllByOrderByIdDesc();

	List<Consultation> findByAskedByOrderByIdDesc(String askedBy);

}
