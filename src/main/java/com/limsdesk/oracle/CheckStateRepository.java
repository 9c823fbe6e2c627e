package com.limsdesk.oracle;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CheckStateRepository extends JpaRepository<CheckStateEntry, Long> {

	List<CheckStateEntry> findByTargetAndCheckName(String target, String checkName);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select entry from CheckStateEntry entry where entry.target = ?1 and entry.checkName = ?2")
	List<CheckStateEntry> lockByTargetAndCheckName(String target, String checkName);

}
