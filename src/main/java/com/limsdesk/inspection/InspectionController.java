package com.limsdesk.inspection;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.oracle.OracleCheckRunner;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Database inspections over REST. Engineers and vendor-support start one on demand. The
 * checks run in the background, so the response is the new inspection and its address, to
 * be read until {@code finishedAt} is set. Engineers, vendor-support and managers read
 * the results.
 */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private final InspectionService inspections;

	private final OracleCheckRunner runner;

	private final RuntimeService runtimeService;

	private final CurrentUser currentUser;

	InspectionController(InspectionService inspections, OracleCheckRunner runner, RuntimeService runtimeService,
			CurrentUser currentUser) {
		this.inspections = inspections;
		this.runner = runner;
		this.runtimeService = runtimeService;
		this.currentUser = currentUser;
	}

	@PostMapping
	ResponseEntity<InspectionView> start(@RequestParam(name = "target", required = false) String target,
			@RequestBody(required = false) String body) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.ADMINISTRATORS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support and administrators may start an inspection");
		}
		if (this.inspections.targetNames().isEmpty()) {
			throw new InvalidFieldException("target", "no Oracle targets are configured; set desk.oracle.targets");
		}
		if (body != null && !body.isBlank() && !body.strip().equals("null") && !body.strip().equals("{}")) {
			throw new InvalidFieldException("body", "the target goes in the query string (?target=NAME); send no body");
		}
		String scope = (target != null && !target.isBlank()) ? target.strip() : null;
		if (scope != null && !scope.matches("[A-Za-z0-9_-]{1,32}")) {
			throw new InvalidFieldException("target", "a target name is 1 to 32 letters, digits, '_' or '-'");
		}
		if (scope != null && !this.inspections.targetNames().contains(scope)) {
			throw new InvalidFieldException("target",
					"no Oracle target named '" + scope + "'; configured: " + this.inspections.targetNames());
		}
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(InspectionProcess.KEY,
				Map.of(InspectionProcess.TARGET_SCOPE, (scope != null) ? scope : ""));
		Inspection inspection = this.inspections.forProcessInstance(instance.getId()).orElseThrow();
		return ResponseEntity.created(URI.create("/api/inspections/" + inspection.getId())).body(view(inspection));
	}

	@GetMapping
	List<InspectionSummary> recent() {
		requireReader();
		return this.inspections.recent().stream().map(InspectionSummary::of).toList();
	}

	@GetMapping("/targets")
	List<TargetView> targets() {
		requireReader();
		return this.inspections.targetNames()
			.stream()
			.map((name) -> new TargetView(name, this.runner.target(name).cleanupEnabled()))
			.toList();
	}

	@GetMapping("/{id}")
	InspectionView get(@PathVariable String id) {
		requireReader();
		return view(this.inspections.find(id));
	}

	private InspectionView view(Inspection inspection) {
		List<ResultView> results = this.inspections.resultsOf(inspection)
			.stream()
			.map((result) -> ResultView.of(result, this.runner.check(result.getCheckName()).label()))
			.toList();
		return new InspectionView(InspectionSummary.of(inspection), inspection.getReviewedBy(),
				inspection.getReviewedAt(), inspection.getReviewNote(), results);
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException("only engineers, vendor-support and managers may read inspections");
		}
	}

	record TargetView(String name, boolean cleanupEnabled) {
	}

	record InspectionSummary(long id, String number, String trigger, String requestedBy, String target,
			Instant startedAt, Instant finishedAt, String worstStatus, String worstStatusLabel, String reviewedBy) {

		static InspectionSummary of(Inspection inspection) {
			return new InspectionSummary(inspection.getId(), inspection.getNumber(), inspection.getTrigger().name(),
					inspection.getRequestedBy(), inspection.getTargetScope(), inspection.getStartedAt(),
					inspection.getFinishedAt(),
					(inspection.getWorstStatus() != null) ? inspection.getWorstStatus().name() : null,
					(inspection.getWorstStatus() != null) ? inspection.getWorstStatus().label() : null,
					inspection.getReviewedBy());
		}

	}

	record InspectionView(InspectionSummary inspection, String reviewedBy, Instant reviewedAt, String reviewNote,
			List<ResultView> results) {
	}

	record ResultView(long id, String target, String check, String checkLabel, String status, String statusLabel,
			String message, String error, Instant checkedAt, String ticket, List<FigureView> figures) {

		static ResultView of(InspectionResult result, String label) {
			return new ResultView(result.getId(), result.getTarget(), result.getCheckName(), label,
					result.getStatus().name(), result.getStatus().label(), result.getMessage(), result.getError(),
					result.getCheckedAt(), result.getTicketNumber(),
					result.getFigures()
						.stream()
						.map((figure) -> new FigureView(figure.getSubject(), figure.getName(), figure.getValue(),
								figure.getUnit()))
						.toList());
		}

	}

	record FigureView(String subject, String name, BigDecimal value, String unit) {
	}

}
