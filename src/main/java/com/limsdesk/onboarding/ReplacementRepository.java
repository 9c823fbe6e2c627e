package com.limsdesk.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplacementRepository extends JpaRepository<Replacement, Long> {

	Optional<Replacement> findByNumber(String number);

	Optional<Replacement> findByProcessInstanceId(String processInstanceId);

	List<Replacement> findByReplacedEngineerAndStatusNot(String replacedEngineer, ReplacementStatus status);

	List<Replacement> findByReplacedEngineerAndStatusOrderByOnPostAtDesc(String replacedEngineer,
			ReplacementStatus status);

	List<Replacement> findAllByOrderByRequestedAtDesc();

}
