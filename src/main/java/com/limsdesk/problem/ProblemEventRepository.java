package com.limsdesk.problem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemEventRepository extends JpaRepository<ProblemEvent, Long> {

	List<ProblemEvent> findByProblemIdOrderByIdAsc(Long problemId);

}
