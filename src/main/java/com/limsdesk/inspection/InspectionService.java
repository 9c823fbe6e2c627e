package com.limsdesk.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.fault.AlertOutcome;
import com.limsdesk.fault.AlertReport;
import com.limsdesk.fault.FaultAlerts;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.oracle.CheckResult;
import com.limsdesk.oracle.CheckStatus;
import com.limsdesk.oracle.Figure;
import com.limsdesk.oracle.OracleCheck;
import com.limsdesk.oracle.OracleCheckRunner;
import com.limsdesk.oracle.OracleProperties;
import com.limsdesk.servicelevel.FaultCategory;
import com.limsdesk.servicelevel.Severity;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of the database inspection: one inspection per run, one result per target
 * and check with its figures, and the link of each finding to fault handling. A critical
 * finding opens a ticket, or adds an occurrence to the ticket open for the same target
 * and check. A check that is OK again notes the recovery on that ticket. Warnings, and
 * checks that could not run, wait for an engineer's review.
 */
@Service
@Transactional
public class InspectionService {

	/** Prefix of inspection numbers, such as XJ-2026-00001. */
	static final String NUMBER_PREFIX = "XJ";

	/** Source named on tickets and journal entries that inspections create. */
	static final String SOURCE = "oracle-inspection";

	/** The check that runs first and shows whether the target can be reached at all. */
	private static final String INSTANCE_CHECK = "instance";

	private static final Logger logger = LoggerFactory.getLogger(InspectionService.class);

	private final InspectionRepository inspections;

	private final InspectionResultRepository results;

	private final OracleCheckRunner runner;

	private final OracleProperties oracle;

	private final FaultAlerts alerts;

	private final TicketNumbers numbers;

	private final InspectionProperties properties;

	private final DeskProperties deskProperties;

	InspectionService(InspectionRepository inspections, InspectionResultRepository results, OracleCheckRunner runner,
			OracleProperties oracle, FaultAlerts alerts, TicketNumbers numbers, InspectionProperties properties,
			DeskProperties deskProperties) {
		this.inspections = inspections;
		this.results = results;
		this.runner = runner;
		this.oracle = oracle;
		this.alerts = alerts;
		this.numbers = numbers;
		this.properties = properties;
		this.deskProperties = deskProperties;
	}

	/** Returns the names of the configured targets. */
	@Transactional(readOnly = true)
	public List<String> targetNames() {
		return this.oracle.targets().stream().map(OracleProperties.Target::name).toList();
	}

	Inspection open(Inspection.Trigger trigger, String requestedBy, String targetScope, String processInstanceId) {
		Instant now = SystemContext.now();
		String number = this.numbers.next(NUMBER_PREFIX, now, this.deskProperties.zone());
		Inspection inspection = this.inspections
			.save(new Inspection(number, processInstanceId, trigger, requestedBy, targetScope, now));
		logger.info("Opened inspection {} of {} in process instance {}", number,
				(targetScope != null) ? targetScope : "every target", processInstanceId);
		return inspection;
	}

	/** Returns the targets an inspection covers, in configuration order. */
	List<String> targetsOf(Inspection inspection) {
		return (inspection.getTargetScope() != null) ? List.of(inspection.getTargetScope()) : targetNames();
	}

	/** Runs one check on one target and stores the result; a repeated run replaces it. */
	InspectionResult runCheck(long inspectionId, String targetName, String checkName) {
		CheckResult result;
		if (this.oracle.target(targetName) == null) {
			logger.warn("Inspection {} names target {}, which is no longer configured", inspectionId, targetName);
			result = CheckResult.unknown(checkName, "目标 " + targetName + " 已不在配置中", null);
		}
		else if (unreachable(inspectionId, targetName, checkName)) {
			result = CheckResult.unknown(checkName, "实例检查未能连接或查询超时，本项未检查", null);
		}
		else {
			result = this.runner.run(this.runner.target(targetName), this.runner.check(checkName));
		}
		InspectionResult stored = this.results
			.findByInspectionIdAndTargetAndCheckName(inspectionId, targetName, checkName)
			.orElseGet(() -> new InspectionResult(inspectionId, targetName, checkName));
		stored.record(result, SystemContext.now());
		logger.info("Check {} on target {} is {}: {}", checkName, targetName, result.status(), result.message());
		return this.results.save(stored);
	}

	/**
	 * Returns whether the instance check of this inspection found the target unreachable
	 * or hung. The other checks are then skipped, because each would wait for its own
	 * timeout and add sessions to a database in trouble.
	 */
	private boolean unreachable(long inspectionId, String targetName, String checkName) {
		if (checkName.equals(INSTANCE_CHECK)
				|| !this.runner.check(checkName).needsConnection(this.runner.target(targetName))) {
			return false;
		}
		return this.results.findByInspectionIdAndTargetAndCheckName(inspectionId, targetName, INSTANCE_CHECK)
			.filter((instance) -> instance.getStatus() == CheckStatus.CRITICAL && instance.getError() != null)
			.isPresent();
	}

	/**
	 * Links every result to fault handling and returns the ones an engineer must review:
	 * the warnings and the checks that could not run.
	 */
	List<InspectionResult> evaluate(long inspectionId) {
		Inspection inspection = get(inspectionId);
		List<InspectionResult> review = new ArrayList<>();
		CheckStatus worst = CheckStatus.OK;
		for (InspectionResult result : this.results.findByInspectionIdOrderByIdAsc(inspectionId)) {
			worst = worst.worst(result.getStatus());
			switch (result.getStatus()) {
				case CRITICAL -> raise(inspection, result, false);
				case OK -> this.alerts
					.recover(alertKey(result), "巡检 " + inspection.getNumber() + " 显示已恢复：" + result.getMessage())
					.ifPresent(result::linkTicket);
				case WARNING, UNKNOWN -> review.add(result);
			}
		}
		inspection.finish(worst, SystemContext.now());
		logger.info("Inspection {} finished: worst result {}, {} to review", inspection.getNumber(), worst,
				review.size());
		return review;
	}

	/**
	 * Records the engineer's review and raises a ticket for every result they picked,
	 * which must be one of this inspection's results under review.
	 */
	List<String> review(long inspectionId, List<Long> raiseResultIds, String note, String user) {
		Inspection inspection = get(inspectionId);
		List<InspectionResult> own = this.results.findByInspectionIdOrderByIdAsc(inspectionId);
		List<String> raised = new ArrayList<>();
		for (Long resultId : raiseResultIds) {
			InspectionResult result = own.stream()
				.filter((candidate) -> candidate.getId().equals(resultId))
				.filter((candidate) -> candidate.getStatus() == CheckStatus.WARNING
						|| candidate.getStatus() == CheckStatus.UNKNOWN)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("result " + resultId
						+ " is not a finding under review in inspection " + inspection.getNumber()));
			raised.add(raise(inspection, result, true));
		}
		inspection.review(user, note, SystemContext.now());
		return raised;
	}

	/** Returns the Chinese name of the check. */
	public String checkLabel(String checkName) {
		return this.runner.check(checkName).label();
	}

	/**
	 * Returns the ids of the inspection's warnings and of the checks that could not run.
	 */
	List<Long> resultsUnderReview(long inspectionId) {
		return this.results.findByInspectionIdOrderByIdAsc(inspectionId)
			.stream()
			.filter((result) -> result.getStatus() == CheckStatus.WARNING || result.getStatus() == CheckStatus.UNKNOWN)
			.map(InspectionResult::getId)
			.toList();
	}

	private String raise(Inspection inspection, InspectionResult result, boolean reviewed) {
		OracleCheck check = this.runner.check(result.getCheckName());
		String summary = "数据库巡检：目标 " + result.getTarget() + " 的" + check.label() + "检查结果为" + result.getStatus().label();
		String details = result.getMessage() + "\n" + figureLines(result)
				+ ((result.getError() != null) ? "\n错误：" + result.getError() : "") + "\n巡检编号 " + inspection.getNumber();
		AlertReport report = new AlertReport(SOURCE, alertKey(result), "数据库巡检", this.properties.module(), summary,
				details, reviewed ? FaultCategory.GENERAL : FaultCategory.MAIN,
				reviewed ? this.properties.reviewSeverity() : severity(result), this.properties.ticketReporter());
		AlertOutcome outcome = this.alerts.raise(report);
		result.linkTicket(outcome.ticketNumber());
		logger.info("{} fault ticket {} for {} on target {}", outcome.opened() ? "Opened" : "Updated",
				outcome.ticketNumber(), result.getCheckName(), result.getTarget());
		return outcome.ticketNumber();
	}

	private Severity severity(InspectionResult result) {
		if (result.getSeverityHint() != null) {
			try {
				return Severity.fromCode(result.getSeverityHint());
			}
			catch (IllegalArgumentException ex) {
				logger.warn("Check {} named unknown severity '{}'; using {}", result.getCheckName(),
						result.getSeverityHint(), this.properties.severity().code());
			}
		}
		return this.properties.severity();
	}

	private static String figureLines(InspectionResult result) {
		return result.getFigures()
			.stream()
			.map((figure) -> new Figure(figure.getSubject(), figure.getName(), figure.getValue(), figure.getUnit())
				.text())
			.collect(Collectors.joining("\n"));
	}

	static String alertKey(InspectionResult result) {
		return "oracle:" + result.getTarget() + ":" + result.getCheckName();
	}

	@Transactional(readOnly = true)
	public Inspection get(long inspectionId) {
		return this.inspections.findById(inspectionId)
			.orElseThrow(() -> new NotFoundException("inspection " + inspectionId + " not found"));
	}

	@Transactional(readOnly = true)
	public Inspection find(String idOrNumber) {
		Optional<Inspection> found = idOrNumber.matches("\\d{1,18}")
				? this.inspections.findById(Long.valueOf(idOrNumber)) : this.inspections.findByNumber(idOrNumber);
		return found.orElseThrow(() -> new NotFoundException("inspection " + idOrNumber + " not found"));
	}

	@Transactional(readOnly = true)
	public Optional<Inspection> forProcessInstance(String processInstanceId) {
		return this.inspections.findByProcessInstanceId(processInstanceId);
	}

	@Transactional(readOnly = true)
	public List<InspectionResult> resultsOf(Inspection inspection) {
		return this.results.findByInspectionIdOrderByIdAsc(inspection.getId());
	}

	@Transactional(readOnly = true)
	public List<Inspection> recent() {
		return this.inspections.findTop50ByOrderByIdDesc();
	}

}
