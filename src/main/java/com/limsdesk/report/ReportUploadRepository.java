package com.limsdesk.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportUploadRepository extends JpaRepository<ReportUpload, Long> {

	List<ReportUpload> findByReportIdOrderById(Long reportId);

}
