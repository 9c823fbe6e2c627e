package com.limsdesk.mailintake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeMailRepository extends JpaRepository<IntakeMail, Long> {

	Optional<IntakeMail> findByMessageKey(String messageKey);

	List<IntakeMail> findAllByOrderByIdDesc(Limit limit);

	List<IntakeMail> findByStatusOrderByIdDesc(MailStatus status, Limit limit);

}
