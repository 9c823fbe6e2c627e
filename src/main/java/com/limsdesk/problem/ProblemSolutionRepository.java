package com.limsdesk.problem;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemSolutionRepository extends JpaRepository<ProblemSolution, Long> {

	List<ProblemSolution> findByProblemIdOrderByRound(Long problemId);

}
