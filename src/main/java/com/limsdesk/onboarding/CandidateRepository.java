package com.limsdesk.onboarding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByReplacementIdOrderByProposalNumber(Long replacementId);

	long countByReplacementId(Long replacementId);

}
