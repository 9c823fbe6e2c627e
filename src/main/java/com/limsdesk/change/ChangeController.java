package com.limsdesk.change;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change log: every change with its whole history, for the vendor's engineers and the
 * institute's managers, as JSON and as a spreadsheet. Corrections are added here, because
 * a change itself is never edited.
 */
@RestController
@RequestMapping("/api/changes")
class ChangeController {

	private static final String[] READERS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private static final int MAX_ROWS = 5000;

	private final ChangeRepository repository;

	private final ChangeService changes;

	private final ChangeLogWorkbook workbook;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	ChangeController(ChangeRepository repository, ChangeService changes, ChangeLogWorkbook workbook,
			CurrentUser currentUser, DeskProperties properties) {
		this.repository = repository;
		this.changes = changes;
		this.workbook = workbook;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	@GetMapping
	List<ChangeViews.Summary> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String type,
			@RequestParam(required = false) String module, @RequestParam(required = false) String status) {
		requireReader();
		return find(ChangeLogFilter.of(from, to, type, module, status)).stream()
			.map((change) -> ChangeViews.Summary.of(change, this.changes.linksOf(change)))
			.toList();
	}

	@GetMapping("/{number}")
	ChangeViews.History get(@PathVariable String number) {
		requireReader();
		Change change = this.changes.findByNumber(number);
		return ChangeViews.History.of(change, this.changes);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String type,
			@RequestParam(required = false) String module, @RequestParam(required = false) String status) {
		requireReader();
		List<Change> found = find(ChangeLogFilter.of(from, to, type, module, status));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.workbook.write(found, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"change-log.xlsx\"")
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

	/**
	 * Adds a correction to a change that has ended. The body is {@code {"text": "..."}},
	 * read as a tree so that a number or an object in {@code text} is rejected, not
	 * converted.
	 */
	@PostMapping("/{number}/corrections")
	ChangeViews.History correct(@PathVariable String number, @RequestBody(required = false) JsonNode correction) {
		if (!this.currentUser.isInAny(DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS)) {
			throw new AuthorizationException("only engineers, vendor-support and managers may correct a change");
		}
		JsonNode value = (correction != null) ? correction.path("text") : null;
		if (value != null && !value.isMissingNode() && !value.isNull() && !value.isTextual()) {
			throw new InvalidFieldException("text",
					"must be a string, got " + value.getNodeType().name().toLowerCase());
		}
		String text = (value != null && value.isTextual()) ? value.asText().strip() : "";
		if (text.isEmpty()) {
			throw new InvalidFieldException("text", "is missing");
		}
		if (text.length() > 4000) {
			throw new InvalidFieldException("text", "must be at most 4000 characters");
		}
		Instant now = SystemContext.now();
		Change change = this.changes.correct(number, text, this.currentUser.id(), now);
		return ChangeViews.History.of(change, this.changes);
	}

	private List<Change> find(ChangeLogFilter filter) {
		return this.repository.findAll(filter.specification(this.properties.zone()), Sort.by("raisedAt").descending())
			.stream()
			.limit(MAX_ROWS)
			.toList();
	}

	private void requireReader() {
		if (!this.currentUser.isInAny(READERS)) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may read the change log");
		}
	}

}
