package com.limsdesk.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffChangeNoticeRepository extends JpaRepository<StaffChangeNotice, Long> {

	Optional<StaffChangeNotice> findByProcessInstanceId(String processInstanceId);

	Optional<StaffChangeNotice> findByNumber(String number);

	List<StaffChangeNotice> findAllByOrderByReportedAtDesc();

}
