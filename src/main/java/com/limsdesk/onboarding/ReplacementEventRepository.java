package com.limsdesk.onboarding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplacementEventRepository extends JpaRepository<ReplacementEvent, Long> {

	List<ReplacementEvent> findByReplacementIdOrderByIdAsc(Long replacementId);

}
