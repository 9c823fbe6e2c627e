package com.limsdesk.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationMessageRepository extends JpaRepository<ConsultationMessage, Long> {

	List<ConsultationMessage> findByConsultationIdOrderByIdAsc(Long consultationId);

}
