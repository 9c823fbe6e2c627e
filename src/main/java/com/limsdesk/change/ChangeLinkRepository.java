package com.limsdesk.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeLinkRepository extends JpaRepository<ChangeLink, Long> {

	@Query("select l.linkedNumber from ChangeLink l where l.changeId = ?1 order by l.id")
	List<String> numbersOf(Long changeId);

	@Query("select c.number from Change c where c.id in (select l.changeId from ChangeLink l where l.linkedNumber = ?1) order by c.id")
	List<String> changesLinkedTo(String number);

	boolean existsByChangeIdAndLinkedNumber(Long changeId, String linkedNumber);

}
