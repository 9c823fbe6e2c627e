package com.limsdesk.inspection;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Chinese text about inspection results for forms and mail. */
final class InspectionText {

	/**
	 * Maximum length of the summary kept in a process variable; the page shows the rest.
	 */
	private static final int MAX_SUMMARY = 3900;

	private InspectionText() {
	}

	/** Returns one line per result under review, for the review form. */
	static String reviewSummary(List<InspectionResult> review, Function<String, String> checkLabels) {
		if (review.isEmpty()) {
			return "没有需要复核的结果。";
		}
		String text = review.stream()
			.map((result) -> "【" + result.getStatus().label() + "】" + result.getTarget() + " / "
					+ checkLabels.apply(result.getCheckName()) + "：" + result.getMessage()
					+ ((result.getError() != null) ? "（" + result.getError() + "）" : ""))
			.collect(Collectors.joining("\n"));
		return (text.length() > MAX_SUMMARY) ? text.substring(0, MAX_SUMMARY) + "\n……（其余见巡检页面）" : text;
	}

}
