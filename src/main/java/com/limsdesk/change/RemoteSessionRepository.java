package com.limsdesk.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemoteSessionRepository extends JpaRepository<RemoteSession, Long> {

	List<RemoteSession> findByChangeIdOrderByStartedAt(Long changeId);

}
