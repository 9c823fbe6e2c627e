package com.limsdesk.report;

import java.time.Instant;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the report of a period with its draft and starts its review process, once per
 * kind and period however often it is asked.
 */
@Component
class ReportDrafts {

	private static final Logger logger = LoggerFactory.getLogger(ReportDrafts.class);

	private final ReportService reports;

	private final RuntimeService runtimeService;

	private final SystemContext systemContext;

	private final ReportMail mail;

	ReportDrafts(ReportService reports, RuntimeService runtimeService, SystemContext systemContext, ReportMail mail) {
		this.reports = reports;
		this.runtimeService = runtimeService;
		this.systemContext = systemContext;
		this.mail = mail;
	}

	/**
	 * Returns the report of the period, opened and in review. The review process is the
	 * desk's own work, so it starts without the permissions of the user who asked.
	 */
	@Transactional
	Report draft(ReportPeriod period, Instant now) {
		Report report = this.reports.open(period, now);
		if (report.getProcessInstanceId() == null) {
			ProcessInstance instance = this.systemContext.withoutAuthorization(
					() -> this.runtimeService.startProcessInstanceByKey(ReportProcess.KEY, report.getNumber()));
			this.reports.attach(report, instance.getId());
			this.mail.opened(report);
			logger.info("Started review {} of report {}", instance.getId(), report.getNumber());
		}
		return report;
	}

}
