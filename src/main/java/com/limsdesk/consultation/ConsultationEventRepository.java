package com.limsdesk.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationEventRepository extends JpaRepository<ConsultationEvent, Long> {

	List<ConsultationEvent> findByConsultationIdOrderByIdAsc(Long consultationId);

}
