package com.limsdesk.change;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeRepository extends JpaRepository<Change, Long>, JpaSpecificationExecutor<Change> {

	Optional<Change> findByNumber(String number);

	Optional<Change> findByProcessInstanceId(String processInstanceId);

	/**
	 * Returns the changes in the given states that the engineer raised or implemented.
	 */
	@Query("select c from Change c where (c.raisedBy = :engineer or c.implementedBy = :engineer)"
			+ " and c.status in :states order by c.id")
	List<Change> findHeldBy(String engineer, Collection<ChangeStatus> states);

}
