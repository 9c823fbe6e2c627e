package com.limsdesk.inspection;

import java.util.List;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the inspection process. Each reads its inputs, calls one method of
 * {@link InspectionService} and writes its outputs. The runner turns every failure of a
 * target, a refused connection or a timed-out query included, into a result. So one
 * failing check does not stop the others, and an unreachable database raises no incident.
 */
@Configuration(proxyBeanMethods = false)
class InspectionDelegates {

	@Bean("openInspection")
	JavaDelegate openInspection(InspectionService inspections, CurrentUser currentUser, DeskProperties properties) {
		return (execution) -> {
			FormValues form = new FormValues(execution.getVariables(), properties.zone());
			String scope = form.optionalText(InspectionProcess.TARGET_SCOPE, "巡检目标", 32);
			List<String> known = inspections.targetNames();
			String user = currentUser.id();
			if (known.isEmpty() && user != null) {
				throw new FormInputException(InspectionProcess.TARGET_SCOPE, "巡检目标",
						"尚未配置任何 Oracle 目标（desk.oracle.targets），请联系管理员");
			}
			if (scope != null && !known.contains(scope)) {
				throw new FormInputException(InspectionProcess.TARGET_SCOPE, "巡检目标",
						"未配置名为 '" + scope + "' 的目标，可选：" + String.join("、", known));
			}
			Inspection inspection = inspections.open(
					(user != null) ? Inspection.Trigger.MANUAL : Inspection.Trigger.TIMER, user, scope,
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(inspection.getNumber());
		};
	}

	@Bean("inspectInstance")
	JavaDelegate inspectInstance(InspectionService inspections) {
		return check(inspections, "instance");
	}

	@Bean("inspectTablespaces")
	JavaDelegate inspectTablespaces(InspectionService inspections) {
		return check(inspections, "tablespaces");
	}

	@Bean("inspectConnections")
	JavaDelegate inspectConnections(InspectionService inspections) {
		return check(inspections, "connections");
	}

	@Bean("inspectPerformance")
	JavaDelegate inspectPerformance(InspectionService inspections) {
		return check(inspections, "performance");
	}

	@Bean("inspectAlertLog")
	JavaDelegate inspectAlertLog(InspectionService inspections) {
		return check(inspections, "alert-log");
	}

	@Bean("inspectBackups")
	JavaDelegate inspectBackups(InspectionService inspections) {
		return check(inspections, "backups");
	}

	@Bean("inspectStorage")
	JavaDelegate inspectStorage(InspectionService inspections) {
		return check(inspections, "storage");
	}

	@Bean("inspectTemporaryTables")
	JavaDelegate inspectTemporaryTables(InspectionService inspections) {
		return check(inspections, "temporary-tables");
	}

	@Bean("evaluateInspection")
	JavaDelegate evaluateInspection(InspectionService inspections) {
		return (execution) -> {
			List<InspectionResult> review = inspections.evaluate(inspectionId(inspections, execution));
			execution.setVariable(InspectionProcess.REVIEW_NEEDED, !review.isEmpty());
			execution.setVariable(InspectionProcess.FINDING_SUMMARY,
					InspectionText.reviewSummary(review, inspections::checkLabel));
		};
	}

	@Bean("recordInspectionReview")
	JavaDelegate recordInspectionReview(InspectionService inspections, CurrentUser currentUser,
			DeskProperties properties) {
		return (execution) -> {
			String user = currentUser.requireMemberOf("复核巡检结果",
					List.of(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT));
			FormValues form = new FormValues(execution.getVariables(), properties.zone());
			String decision = form.requiredChoice(InspectionProcess.REVIEW_DECISION, "复核结论",
					List.of("raise", "dismiss"));
			String note = form.optionalText(InspectionProcess.REVIEW_NOTE, "复核说明", 2000);
			if ("dismiss".equals(decision) && note == null) {
				throw new FormInputException(InspectionProcess.REVIEW_NOTE, "复核说明", "不登记工单时须说明原因");
			}
			long inspectionId = inspectionId(inspections, execution);
			List<Long> raise = "raise".equals(decision) ? inspections.resultsUnderReview(inspectionId) : List.of();
			inspections.review(inspectionId, raise, note, user);
		};
	}

	private static JavaDelegate check(InspectionService inspections, String checkName) {
		return (execution) -> inspections.runCheck(inspectionId(inspections, execution),
				(String) execution.getVariable(InspectionProcess.TARGET), checkName);
	}

	/**
	 * Returns the id of the execution's inspection. It is found by the process instance
	 * and not by a process variable, because the users of its tasks may change variables.
	 */
	private static long inspectionId(InspectionService inspections, DelegateExecution execution) {
		return inspections.forProcessInstance(execution.getProcessInstanceId())
			.orElseThrow(() -> new IllegalStateException(
					"no inspection belongs to process instance " + execution.getProcessInstanceId()))
			.getId();
	}

}
