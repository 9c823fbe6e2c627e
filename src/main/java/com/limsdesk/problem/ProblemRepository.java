package com.limsdesk.problem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemRepository extends JpaRepository<Problem, Long> {

	Optional<Problem> findByNumber(String number);

	Optional<Problem> findByProcessInstanceId(String processInstanceId);

	boolean existsByModuleAndStatusIn(String module, Collection<ProblemStatus> statuses);

	List<Problem> findAllByOrderByIdDesc();

	List<Problem> findByKnownErrorAtNotNullOrderByKnownErrorAtDesc();

}
