package com.limsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.limsdesk.engine.FormInputException;
import org.junit.jupiter.api.Test;

class RecordLinesTests {

	private static List<RecordLines.Named> named(String text) {
		return RecordLines.named(text, "records", "需更正的记录");
	}

	private static List<RecordLines.Changed> changed(String text) {
		return RecordLines.changed(text, "valuesChanged", "更改前后的值");
	}

	@Test
	void namedLinesAreReadInOrder() {
		List<RecordLines.Named> records = named("""
				样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21
				报告 | RP-2026-0345 | 签发人 | 李明 | 张伟
				""");

		assertThat(records).containsExactly(new RecordLines.Named("样品", "YP-2026-0012", "检测结果", "0.12", "0.21"),
				new RecordLines.Named("报告", "RP-2026-0345", "签发人", "李明", "张伟"));
	}

	@Test
	void namedLinesAcceptFullWidthBars() {
		List<RecordLines.Named> records = named("\n  任务｜RW-2026-0100｜检测人｜王芳｜李明  \r\n\n");

		assertThat(records).containsExactly(new RecordLines.Named("任务", "RW-2026-0100", "检测人", "王芳", "李明"));
	}

	@Test
	void namedKeyMatchesChangedKey() {
		RecordLines.Named named = named("样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21").get(0);
		RecordLines.Changed changed = changed("YP-2026-0012 | 检测结果 | 0.12 | 0.21").get(0);

		assertThat(named.key()).isEqualTo("YP-2026-0012 | 检测结果");
		assertThat(changed.key()).isEqualTo(named.key());
	}

	@Test
	void namedLinesRejectBadInput() {
		Map<String, String> problemByText = Map.of("", "至少填写一行", " \n \n", "至少填写一行", "样品 | YP-2026-0012 | 检测结果 | 0.12",
				"第 1 行应有 5 项", "样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21 | 0.22", "第 1 行应有 5 项",
				"样品 | YP-2026-0012 |  | 0.12 | 0.21", "第 1 行第 3 项为空", "仪器 | HPLC-07 | 检测结果 | 0.12 | 0.21",
				"第 1 行的记录类型必须是 样品、任务、报告 之一，收到 '仪器'", "样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.12", "第 1 行的当前值与正确值相同",
				"样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21\n报告 | YP-2026-0012 | 检测结果 | 0.12 | 0.22",
				"第 2 行重复了 YP-2026-0012 | 检测结果");
		for (Map.Entry<String, String> bad : problemByText.entrySet()) {
			assertThatThrownBy(() -> named(bad.getKey())).as("text '%s'", bad.getKey())
				.isInstanceOfSatisfying(FormInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("records"))
				.hasMessageContaining(bad.getValue());
		}
	}

	@Test
	void namedCellsHaveColumnLimits() {
		String longNumber = "样品 | " + "N".repeat(65) + " | 检测结果 | 0.12 | 0.21";
		String longField = "样品 | YP-2026-0012 | " + "字".repeat(101) + " | 0.12 | 0.21";
		String longValue = "样品 | YP-2026-0012 | 检测结果 | 0.12 | " + "9".repeat(1001);

		for (String text : List.of(longNumber, longField, longValue)) {
			assertThatThrownBy(() -> named(text)).isInstanceOf(FormInputException.class)
				.hasMessageContaining("第 1 行有一项超过");
		}
		assertThat(named("样品 | " + "N".repeat(64) + " | " + "字".repeat(100) + " | 0.12 | " + "9".repeat(1000)))
			.hasSize(1);
	}

	@Test
	void lineCountIsLimited() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= RecordLines.MAX_LINES; i++) {
			text.append("样品 | YP-2026-").append(i).append(" | 检测结果 | 0.12 | 0.21\n");
		}

		assertThat(named(text.toString())).hasSize(RecordLines.MAX_LINES);

		text.append("样品 | YP-2026-9999 | 检测结果 | 0.12 | 0.21\n");
		assertThatThrownBy(() -> named(text.toString())).isInstanceOf(FormInputException.class)
			.hasMessageContaining("最多 200 行，现有 201 行");
	}

	@Test
	void changedLinesAreReadInOrder() {
		List<RecordLines.Changed> changes = changed("""
				YP-2026-0012 | 检测结果 | 0.12 | 0.21
				RP-2026-0345｜签发人｜李明｜张伟
				""");

		assertThat(changes).containsExactly(new RecordLines.Changed("YP-2026-0012", "检测结果", "0.12", "0.21"),
				new RecordLines.Changed("RP-2026-0345", "签发人", "李明", "张伟"));
	}

	@Test
	void changedLinesRejectBadInput() {
		Map<String, String> problemByText = Map.of("", "至少填写一行", "YP-2026-0012 | 检测结果 | 0.21", "第 1 行应有 4 项",
				"样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21", "第 1 行应有 4 项", "YP-2026-0012 | 检测结果 | | 0.21", "第 1 行第 3 项为空",
				"YP-2026-0012 | 检测结果 | 0.12 | 0.21\nYP-2026-0012 | 检测结果 | 0.12 | 0.22", "第 2 行重复了 YP-2026-0012 | 检测结果",
				"YP-2026-0012 | 检测结果 | 0.12 | " + "9".repeat(1001), "第 1 行有一项超过 1000 个字符");
		for (Map.Entry<String, String> bad : problemByText.entrySet()) {
			assertThatThrownBy(() -> changed(bad.getKey())).as("text '%s'", bad.getKey())
				.isInstanceOfSatisfying(FormInputException.class,
						(ex) -> assertThat(ex.field()).isEqualTo("valuesChanged"))
				.hasMessageContaining(bad.getValue());
		}
	}

	@Test
	void changedLinesAllowSameBeforeAndAfter() {
		assertThat(changed("YP-2026-0012 | 检测结果 | 0.21 | 0.21")).singleElement()
			.satisfies((change) -> assertThat(change.after()).isEqualTo("0.21"));
	}

}
