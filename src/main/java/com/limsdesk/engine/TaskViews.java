package com.limsdesk.engine;

/** Helpers for the read-only text that tasks show as task-local variables. */
public final class TaskViews {

	/** The maximum length of a string variable that the engine stores. */
	public static final int MAX_LENGTH = 4000;

	private TaskViews() {
	}

	/** Shortens a view to the maximum length. The record keeps the full text. */
	public static String fit(String text) {
		return (text.length() <= MAX_LENGTH) ? text : text.substring(0, MAX_LENGTH - 1) + "…";
	}

}
