package com.limsdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	Optional<Report> findByNumber(String number);

	Optional<Report> findByProcessInstanceId(String processInstanceId);

	Optional<Report> findByKindAndPeriodStart(ReportKind kind, LocalDate periodStart);

	List<Report> findAllByOrderByPeriodStartDescKindAsc();

}
