package com.limsdesk.fault;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.limsdesk.engine.SystemContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Makes a missed deadline visible to a manager in Cockpit: an incident of type
 * {@value #INCIDENT_TYPE} on the process instance, which Cockpit counts on its dashboard
 * and in the instance's incident list, and the variable {@code slaBreach} listing the
 * missed deadlines.
 */
@Component
class BreachMarker {

	static final String INCIDENT_TYPE = "slaBreach";

	private final SystemContext systemContext;

	BreachMarker(SystemContext systemContext) {
		this.systemContext = systemContext;
	}

	/**
	 * Marks the breach on the process instance itself, so that the incident lasts as long
	 * as the ticket is open. The engine work needs no permission of the user who caused
	 * it.
	 */
	void mark(String processInstanceId, FaultBreach.Kind kind, String message) {
		this.systemContext.inCommand((context) -> {
			ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
			if (instance == null) {
				throw new IllegalStateException("process instance " + processInstanceId + " not found");
			}
			Set<String> missed = new LinkedHashSet<>();
			Object existing = instance.getVariable(FaultProcess.Variables.SLA_BREACH);
			if (existing != null && !existing.toString().isBlank()) {
				missed.addAll(List.of(existing.toString().split(",")));
			}
			missed.add(kind.label());
			instance.setVariable(FaultProcess.Variables.SLA_BREACH, String.join(",", missed));
			instance.createIncident(INCIDENT_TYPE, kind.name(), message);
			return null;
		});
	}

}
