package com.limsdesk.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Notification.Status status, Instant moment,
			Limit limit);

	long countByStatus(Notification.Status status);

	List<Notification> findByReferenceOrderByIdAsc(String reference);

}
