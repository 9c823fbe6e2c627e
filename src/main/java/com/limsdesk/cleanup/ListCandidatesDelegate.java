package com.limsdesk.cleanup;

import static com.limsdesk.cleanup.CleanupProcess.Variables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.oracle.TemporaryTableCandidate;
import com.limsdesk.oracle.TemporaryTableCandidates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the cleanup record, makes its number the business key and stores every candidate
 * of every target with cleanup enabled. At most {@code desk.cleanup.max-candidates}
 * tables are offered, the largest first. Database errors of a target are reported in the
 * record and by mail and not thrown, so an unreachable database leaves no incident.
 */
@Component("listCleanupCandidates")
class ListCandidatesDelegate implements JavaDelegate {

	private static final Logger logger = LoggerFactory.getLogger(ListCandidatesDelegate.class);

	private final CandidateListing listing;

	private final CleanupRecords records;

	private final CleanupMail mail;

	private final CleanupProperties properties;

	ListCandidatesDelegate(CandidateListing listing, CleanupRecords records, CleanupMail mail,
			CleanupProperties properties) {
		this.listing = listing;
		this.records = records;
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant now = SystemContext.now();
		String trigger = (String) execution.getVariable(Variables.TRIGGER);
		String startedBy = (String) execution.getVariable(Variables.STARTED_BY);
		Cleanup cleanup = this.records.open(execution.getProcessInstanceId(),
				(trigger != null) ? trigger : CleanupProcess.Triggers.MANUAL, startedBy, now);
		execution.setProcessBusinessKey(cleanup.number());

		CandidateListing.Listing listing = this.listing.listAll();
		List<TargetCandidate> all = largestFirst(listing);
		List<TargetCandidate> offered = all.subList(0, Math.min(all.size(), this.properties.maxCandidates()));
		for (CandidateListing.TargetCandidates target : listing.listed()) {
			List<TemporaryTableCandidate> own = offered.stream()
				.filter((entry) -> entry.target().equals(target.target()))
				.map(TargetCandidate::candidate)
				.toList();
			this.records.addCandidates(cleanup, target.target(), own);
		}

		String note = note(listing, all.size() - offered.size());
		this.records.listed(cleanup.getId(), note);
		execution.setVariable(Variables.CANDIDATE_COUNT, offered.size());
		logger.info("Cleanup {} listed {} temporary tables on {} targets ({} skipped, {} failed)", cleanup.number(),
				offered.size(), listing.listed().size(), listing.skipped().size(), listing.failed().size());
		if (!listing.failed().isEmpty()) {
			this.mail.listingFailed(cleanup, listing.failed());
		}
		if (offered.isEmpty()) {
			String summary = "临时表清理 " + cleanup.number() + "：没有需要清理的临时表。" + ((note != null) ? "\n\n" + note : "");
			this.records.finish(cleanup.getId(), summary, now);
			execution.setVariable(Variables.SUMMARY, CleanupTaskSupport.fit(summary));
		}
	}

	private static List<TargetCandidate> largestFirst(CandidateListing.Listing listing) {
		List<TargetCandidate> all = new ArrayList<>();
		for (CandidateListing.TargetCandidates target : listing.listed()) {
			target.candidates().forEach((candidate) -> all.add(new TargetCandidate(target.target(), candidate)));
		}
		all.sort(Comparator.comparing(TargetCandidate::candidate, TemporaryTableCandidates.LARGEST_FIRST));
		return all;
	}

	/** Describes the targets that were not read and the tables left for the next run. */
	private String note(CandidateListing.Listing listing, int omitted) {
		List<String> lines = new ArrayList<>();
		if (!listing.skipped().isEmpty()) {
			lines.add("未检查：" + String.join("；", listing.skipped()));
		}
		if (!listing.failed().isEmpty()) {
			lines.add("列出失败：" + String.join("；", listing.failed()));
		}
		if (omitted > 0) {
			lines.add("另有 " + omitted + " 张较小的表未列入本次清理（每次最多 " + this.properties.maxCandidates() + " 张），留待下次");
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private record TargetCandidate(String target, TemporaryTableCandidate candidate) {
	}

}
