package com.limsdesk.inspection;

import java.util.Date;
import java.util.List;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.servicelevel.ServiceLevelCalculator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Values the inspection BPMN reads through expressions. The targets are computed from the
 * inspection record, which is found by the process instance, rather than kept in a list
 * variable that a task user could change.
 */
@Component("inspectionFlow")
public class InspectionFlow {

	private final InspectionService inspections;

	private final ServiceLevelCalculator serviceLevels;

	InspectionFlow(InspectionService inspections, ServiceLevelCalculator serviceLevels) {
		this.inspections = inspections;
		this.serviceLevels = serviceLevels;
	}

	/**
	 * Returns the due date of the review task: closing time of the next working day, so
	 * that the findings of the morning run are reviewed before they turn into faults.
	 */
	public Date reviewDue() {
		return Date.from(this.serviceLevels.closingOfWorkingDayAfter(SystemContext.now(), 1));
	}

	/**
	 * Returns the targets of the execution's inspection; the collection of the
	 * multi-instance.
	 */
	public List<String> targets(DelegateExecution execution) {
		return this.inspections.targetsOf(this.inspections.forProcessInstance(execution.getProcessInstanceId())
			.orElseThrow(() -> new IllegalStateException(
					"no inspection belongs to process instance " + execution.getProcessInstanceId())));
	}

}
