package com.limsdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.fault.FaultTicketService;
import com.limsdesk.problem.Problem;
import com.limsdesk.problem.ProblemService;
import com.limsdesk.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records a FAQ article comes from: fault tickets (GZ-), problems (WT-), which are
 * known errors once published as such, and consultations (ZX-).
 */
@Component
class FaqSources {

	private static final Pattern NUMBER = Pattern.compile("(GZ|WT|ZX)-\\d{4}-\\d{5}");

	private final FaultTicketService faults;

	private final ProblemService problems;

	private final JdbcTemplate jdbc;

	FaqSources(FaultTicketService faults, ProblemService problems, JdbcTemplate jdbc) {
		this.faults = faults;
		this.problems = problems;
		this.jdbc = jdbc;
	}

	/**
	 * Splits a list of record numbers, in capitals and without repeats.
	 * @throws FormInputException naming the field when a part is no such number
	 */
	static List<String> split(String text, String key, String label) {
		if (text == null) {
			return List.of();
		}
		LinkedHashSet<String> numbers = new LinkedHashSet<>();
		for (String part : text.split("[,，;；、\\s\\u3000]+")) {
			String number = part.strip().toUpperCase();
			if (number.isEmpty()) {
				continue;
			}
			if (!NUMBER.matcher(number).matches()) {
				throw new FormInputException(key, label,
						"'" + part + "' 不是故障工单、问题或咨询的编号，例如 GZ-2026-00001、WT-2026-00001、ZX-2026-00001");
			}
			numbers.add(number);
		}
		return new ArrayList<>(numbers);
	}

	/**
	 * Checks that every source exists.
	 * @throws FormInputException naming the field and the unknown number
	 */
	void requireExisting(List<String> sources, String key) {
		for (String source : sources) {
			if (!exists(source)) {
				throw new FormInputException(key, "来源", "记录 " + source + " 不存在");
			}
		}
	}

	/** Returns the kind of the source as users read it, such as 已知错误. */
	String kindOf(String source) {
		if (source.startsWith("GZ-")) {
			return "故障工单";
		}
		if (source.startsWith("ZX-")) {
			return "咨询";
		}
		try {
			Problem problem = this.problems.findByNumber(source);
			return problem.isKnownError() ? "已知错误" : "问题";
		}
		catch (NotFoundException ex) {
			return "问题";
		}
	}

	private boolean exists(String source) {
		try {
			if (source.startsWith("GZ-")) {
				this.faults.findByNumber(source);
				return true;
			}
			if (source.startsWith("WT-")) {
				this.problems.findByNumber(source);
				return true;
			}
		}
		catch (NotFoundException ex) {
			return false;
		}
		// Read from the table, because the consultation package builds on this one.
		Integer count = this.jdbc.queryForObject("select count(*) from desk_consultation where number = ?",
				Integer.class, source);
		return count != null && count > 0;
	}

}
