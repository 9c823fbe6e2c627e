package com.limsdesk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.limsdesk.engine.FormInputException;
import org.junit.jupiter.api.Test;

class ChangeFormsTests {

	private static List<String> tickets(String text) {
		return ChangeForms.numbers(text, "linkedTickets", "关联故障工单", "GZ-");
	}

	@Test
	void missingTextIsNoNumbers() {
		assertThat(tickets(null)).isEmpty();
	}

	@Test
	void splitsAtCommasSemicolonsAndSpaces() {
		assertThat(tickets("GZ-2026-00001,GZ-2026-00002，GZ-2026-00003;GZ-2026-00004；GZ-2026-00005 GZ-2026-00006\n"
				+ "GZ-2026-00007\tGZ-2026-00008"))
			.containsExactly("GZ-2026-00001", "GZ-2026-00002", "GZ-2026-00003", "GZ-2026-00004", "GZ-2026-00005",
					"GZ-2026-00006", "GZ-2026-00007", "GZ-2026-00008");
	}

	@Test
	void splitsAtChineseSeparators() {
		assertThat(tickets("GZ-2026-00001、GZ-2026-00002\u3000GZ-2026-00003")).containsExactly("GZ-2026-00001",
				"GZ-2026-00002", "GZ-2026-00003");
	}

	@Test
	void ignoresLeadingAndTrailingSeparators() {
		assertThat(tickets(" , GZ-2026-00001 ;; ")).containsExactly("GZ-2026-00001");
	}

	@Test
	void upperCasesNumbers() {
		assertThat(tickets("gz-2026-00042")).containsExactly("GZ-2026-00042");
	}

	@Test
	void keepsFirstOccurrenceOnce() {
		assertThat(tickets("GZ-2026-00002, GZ-2026-00001, gz-2026-00002")).containsExactly("GZ-2026-00002",
				"GZ-2026-00001");
	}

	@Test
	void malformedNumbersAreRejected() {
		List<String> badNumbers = List.of("FW-2026-00001", "GZ-26-00001", "GZ-2026-0001", "GZ-2026-000001",
				"GZ2026-00001", "GZ-2026-0000a", "GZ-2026-00001-1", "#GZ-2026-00001");
		for (String bad : badNumbers) {
			assertThatThrownBy(() -> tickets("GZ-2026-00001 " + bad)).as(bad)
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("linkedTickets")
				.hasMessageContaining("'" + bad + "' 不是有效的编号")
				.hasMessageContaining("GZ-2026-00001");
		}
	}

	@Test
	void prefixIsTakenLiterally() {
		assertThat(ChangeForms.numbers("FW-2026-00003", "linkedRequests", "关联服务请求", "FW-"))
			.containsExactly("FW-2026-00003");
		assertThatThrownBy(() -> ChangeForms.numbers("FWX2026-00003", "linkedRequests", "关联服务请求", "FW."))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("linkedRequests");
	}

}
