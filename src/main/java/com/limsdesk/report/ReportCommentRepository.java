package com.limsdesk.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCommentRepository extends JpaRepository<ReportComment, Long> {

	List<ReportComment> findByReportIdOrderById(Long reportId);

}
