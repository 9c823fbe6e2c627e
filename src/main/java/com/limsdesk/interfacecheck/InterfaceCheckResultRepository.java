package com.limsdesk.interfacecheck;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterfaceCheckResultRepository extends JpaRepository<InterfaceCheckResult, Long> {

	List<InterfaceCheckResult> findByEndpointAndCheckedAtGreaterThanEqualAndCheckedAtLessThanOrderByCheckedAtDesc(
			String endpoint, Instant from, Instant to, Pageable page);

	/**
	 * Returns, for the endpoint and period: the number of checks, the number that failed,
	 * and the average and maximum response time in milliseconds.
	 */
	@Query("""
			select count(result), coalesce(sum(case when result.outcome = com.limsdesk.interfacecheck.InterfaceCheckResult.Outcome.DOWN then 1 else 0 end), 0),
			       coalesce(avg(result.responseMillis), 0), coalesce(max(result.responseMillis), 0)
			from InterfaceCheckResult result
			where result.endpoint = ?1 and result.checkedAt >= ?2 and result.checkedAt < ?3""")
	List<Object[]> figures(String endpoint, Instant from, Instant to);

}
