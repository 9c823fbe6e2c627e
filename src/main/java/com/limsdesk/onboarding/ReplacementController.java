package com.limsdesk.onboarding;

import java.util.List;

import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staffing records for the institute's managers and the vendor's maintenance
 * department: every replacement with its candidates, decisions, training log and
 * approval, and every staff change notice with its acknowledgement.
 */
@RestController
@RequestMapping("/api/replacements")
class ReplacementController {

	private static final String[] READERS = { DeskGroups.MANAGERS, DeskGroups.VENDOR_SUPPORT,
			DeskGroups.ADMINISTRATORS };

	private final ReplacementService replacements;

	private final StaffChangeService notices;

	private final CurrentUser currentUser;

	ReplacementController(ReplacementService replacements, StaffChangeService notices, CurrentUser currentUser) {
		this.replacements = replacements;
		this.notices = notices;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<ReplacementViews.Summary> list() {
		requireReader();
		return this.replacements.all().stream().map(ReplacementViews.Summary::of).toList();
	}

	@GetMapping("/{number}")
	ReplacementViews.History get(@PathVariable String number) {
		requireReader();
		return ReplacementViews.History.of(this.replacements.findByNumber(number), this.replacements, this.notices);
	}

	@GetMapping("/notices")
	List<ReplacementViews.Notice> notices() {
		requireReader();
		return this.notices.all().stream().map(ReplacementViews.Notice::of).toList();
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only managers, vendor-support and administrators may read the staffing records");
		}
	}

}
