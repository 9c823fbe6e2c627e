package com.limsdesk.faq;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.FormInputException;
import com.limsdesk.engine.FormValues;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.CurrentUser;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FAQ knowledge base. Every logged-in user searches, reads and exports the published
 * articles. The staff (engineers, vendor-support, managers and administrators) also see
 * withdrawn articles, sources and every version. Engineers, vendor-support and
 * administrators edit. There is no delete: an article is withdrawn, and stays.
 */
@RestController
@RequestMapping("/api/faq")
class FaqController {

	private static final String[] STAFF = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT, DeskGroups.MANAGERS,
			DeskGroups.ADMINISTRATORS };

	private static final String[] EDITORS = { DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT,
			DeskGroups.ADMINISTRATORS };

	private static final List<String> ARTICLE_FIELDS = List.of("title", "question", "answer", "module", "keywords",
			"sources");

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final FaqService faq;

	private final CurrentUser currentUser;

	private final DeskProperties properties;

	FaqController(FaqService faq, CurrentUser currentUser, DeskProperties properties) {
		this.faq = faq;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * Searches the articles: {@code q} contains terms separated by spaces, all of which
	 * must occur; {@code status} is {@code published} (the default), {@code withdrawn} or
	 * {@code all}, the last two for the staff only.
	 */
	@GetMapping
	List<FaqViews.Summary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String module, @RequestParam(required = false) String status) {
		List<FaqStatus> statuses = statuses(status);
		String moduleFilter = (module == null || module.isBlank()) ? null : module.strip();
		try {
			return this.faq.search(q, moduleFilter, statuses).stream().map(FaqViews.Summary::of).toList();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("q", ex.getMessage());
		}
	}

	/** Returns what the current user may do, so that the FAQ page shows only that. */
	@GetMapping("/permissions")
	Map<String, Boolean> permissions() {
		return Map.of("staff", isStaff(), "editor", this.currentUser.isInAny(EDITORS));
	}

	@GetMapping("/{code}")
	FaqViews.Detail get(@PathVariable String code) {
		return FaqViews.Detail.of(readable(code), this.faq, isStaff());
	}

	@GetMapping("/{code}/versions")
	List<FaqViews.Version> versions(@PathVariable String code) {
		requireStaff("read the versions of FAQ articles");
		FaqArticle article = this.faq.findByCode(code);
		return this.faq.versionsOf(article).stream().map((v) -> FaqViews.Version.of(article, v)).toList();
	}

	@GetMapping("/{code}/versions/{version}")
	FaqViews.Version version(@PathVariable String code, @PathVariable int version) {
		requireStaff("read the versions of FAQ articles");
		FaqArticle article = this.faq.findByCode(code);
		return FaqViews.Version.of(article, this.faq.version(article, version));
	}

	/**
	 * Publishes a new article from {@code title}, {@code question}, {@code answer},
	 * {@code module}, {@code keywords}, {@code sources} and an optional {@code reason}.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FaqViews.Detail create(@RequestBody Map<String, Object> body) {
		String user = requireEditor("create FAQ articles");
		FormValues form = form(body, "reason");
		FaqArticle article = rejectingFields(() -> {
			FaqContent content = this.faq.read(form, "", Map.of());
			String reason = form.optionalText("reason", "修改原因", FaqService.REASON_LENGTH);
			return this.faq.create(content, (reason != null) ? reason : "新建文章", user, SystemContext.now());
		});
		return FaqViews.Detail.of(article, this.faq, true);
	}

	/**
	 * Saves a new version with the same fields as a new article, a required
	 * {@code reason}, and {@code basedOn}, the version the user edited, which is rejected
	 * with 409 when someone saved a later one.
	 */
	@PutMapping("/{code}")
	FaqViews.Detail revise(@PathVariable String code, @RequestBody Map<String, Object> body) {
		String user = requireEditor("edit FAQ articles");
		FormValues form = form(body, "reason", "basedOn");
		FaqArticle article = rejectingFields(() -> {
			FaqContent content = this.faq.read(form, "", Map.of());
			String reason = form.requiredText("reason", "修改原因", FaqService.REASON_LENGTH);
			Integer basedOn = (body.get("basedOn") != null)
					? form.requiredInteger("basedOn", "所依据的版本", 1, Integer.MAX_VALUE) : null;
			return this.faq.revise(code, content, reason, basedOn, user, SystemContext.now(), "");
		});
		return FaqViews.Detail.of(article, this.faq, true);
	}

	/** Withdraws an article from the reporters, with a required {@code reason}. */
	@PostMapping("/{code}/withdraw")
	FaqViews.Detail withdraw(@PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
		return changeStatus(code, FaqStatus.WITHDRAWN, body);
	}

	/** Publishes a withdrawn article again, with a required {@code reason}. */
	@PostMapping("/{code}/publish")
	FaqViews.Detail publish(@PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
		return changeStatus(code, FaqStatus.PUBLISHED, body);
	}

	/** Returns every published article as a Word document for the institute. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new FaqDocument(this.properties.zone()).write(this.faq.published(), SystemContext.now(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"faq.docx\"")
			.contentType(MediaType.parseMediaType(DOCX))
			.body(out.toByteArray());
	}

	private FaqViews.Detail changeStatus(String code, FaqStatus status, Map<String, Object> body) {
		String user = requireEditor("withdraw or publish FAQ articles");
		FormValues form = form((body != null) ? body : Map.of(), "reason");
		String reason = rejectingFields(() -> form.requiredText("reason", "原因", FaqService.REASON_LENGTH));
		return FaqViews.Detail.of(this.faq.changeStatus(code, status, reason, user, SystemContext.now()), this.faq,
				true);
	}

	/** Returns the article, which a reporter finds only while it is published. */
	private FaqArticle readable(String code) {
		FaqArticle article = this.faq.findByCode(code);
		if (!article.isPublished() && !isStaff()) {
			throw new NotFoundException("FAQ article " + code + " not found");
		}
		return article;
	}

	private List<FaqStatus> statuses(String status) {
		String wanted = (status == null || status.isBlank()) ? "published" : status.strip();
		if (!"published".equals(wanted)) {
			requireStaff("search withdrawn FAQ articles");
		}
		return switch (wanted) {
			case "published" -> List.of(FaqStatus.PUBLISHED);
			case "withdrawn" -> List.of(FaqStatus.WITHDRAWN);
			case "all" -> List.of(FaqStatus.PUBLISHED, FaqStatus.WITHDRAWN);
			default -> throw new InvalidFieldException("status",
					"invalid value '" + wanted + "'; use published, withdrawn or all");
		};
	}

	/** Copies only the known fields, so that anything else in the body is ignored. */
	private FormValues form(Map<String, Object> body, String... extraFields) {
		Map<String, Object> values = new HashMap<>();
		for (String field : ARTICLE_FIELDS) {
			values.put(field, (body != null) ? body.get(field) : null);
		}
		for (String field : extraFields) {
			values.put(field, (body != null) ? body.get(field) : null);
		}
		return new FormValues(values, this.properties.zone());
	}

	/** Runs the work and converts a rejected form field into a rejected request field. */
	private static <T> T rejectingFields(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (FormInputException ex) {
			throw new InvalidFieldException(ex.field(), ex.getMessage());
		}
	}

	private boolean isStaff() {
		return this.currentUser.isInAny(STAFF);
	}

	private void requireStaff(String action) {
		if (!isStaff()) {
			throw new AuthorizationException(
					"only engineers, vendor-support, managers and administrators may " + action);
		}
	}

	private String requireEditor(String action) {
		if (!this.currentUser.isInAny(EDITORS)) {
			throw new AuthorizationException("only engineers, vendor-support and administrators may " + action);
		}
		return this.currentUser.id();
	}

}
