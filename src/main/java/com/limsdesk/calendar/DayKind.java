package com.limsdesk.calendar;

import java.util.Arrays;
import java.util.Optional;

/** Kind of a calendar entry that departs from the Monday-to-Friday rule. */
enum DayKind {

	/** A statutory day off, on any day of the week. */
	HOLIDAY("holiday"),

	/** A make-up working day (调休上班), always on a Saturday or Sunday. */
	WORKDAY("workday");

	private final String code;

	DayKind(String code) {
		this.code = code;
	}

	/** Returns the code used in calendar files, the database and the REST API. */
	String code() {
		return this.code;
	}

	static Optional<DayKind> fromCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
	}

}
