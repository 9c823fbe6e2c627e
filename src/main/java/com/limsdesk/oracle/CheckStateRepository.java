package com.limsdesk.oracle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckStateRepository extends JpaRepository<CheckStateEntry, Long> {

	List<CheckStateEntry> findByTargetAndCheckName(String target, String checkName);

}
