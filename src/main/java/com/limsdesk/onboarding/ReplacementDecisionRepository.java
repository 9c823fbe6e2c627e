package com.limsdesk.onboarding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplacementDecisionRepository extends JpaRepository<ReplacementDecision, Long> {

	List<ReplacementDecision> findByReplacementIdOrderByIdAsc(Long replacementId);

}
