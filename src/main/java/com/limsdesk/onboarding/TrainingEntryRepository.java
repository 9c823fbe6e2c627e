package com.limsdesk.onboarding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingEntryRepository extends JpaRepository<TrainingEntry, Long> {

	List<TrainingEntry> findByReplacementIdOrderByTrainingDateAscIdAsc(Long replacementId);

	List<TrainingEntry> findByCandidateIdOrderByTrainingDateAscIdAsc(Long candidateId);

}
