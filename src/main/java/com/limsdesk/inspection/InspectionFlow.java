package com.limsdesk.inspection;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Values the inspection BPMN reads through expressions. The targets are computed from the
 * inspection record rather than kept in a list variable, so that no serialized object is
 * stored in the engine.
 */
@Component("inspectionFlow")
public class InspectionFlow {

	private final InspectionService inspections;

	InspectionFlow(InspectionService inspections) {
		this.inspections = inspections;
	}

	/**
	 * Returns the targets of the execution's inspection; the collection of the
	 * multi-instance.
	 */
	public List<String> targets(DelegateExecution execution) {
		long inspectionId = ((Number) execution.getVariable(InspectionProcess.INSPECTION_ID)).longValue();
		return this.inspections.targetsOf(this.inspections.get(inspectionId));
	}

}
