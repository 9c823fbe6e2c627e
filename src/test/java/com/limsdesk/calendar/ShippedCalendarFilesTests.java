package com.limsdesk.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.limsdesk.calendar.ShippedCalendarFiles.ShippedYear;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The shipped calendar files against the State Council's notices for 2025 and 2026. */
class ShippedCalendarFilesTests {

	@Test
	void ships2025And2026() {
		assertThat(ShippedCalendarFiles.readAll()).extracting(ShippedYear::year).containsExactly(2025, 2026);
	}

	@Test
	void matchesNoticeFor2025() {
		ShippedYear year = shipped(2025);

		assertThat(datesOf(year, DayKind.HOLIDAY)).containsExactlyElementsOf(concat(day(2025, 1, 1),
				range(2025, 1, 28, 2025, 2, 4), range(2025, 4, 4, 2025, 4, 6), range(2025, 5, 1, 2025, 5, 5),
				range(2025, 5, 31, 2025, 6, 2), range(2025, 10, 1, 2025, 10, 8)));
		assertThat(datesOf(year, DayKind.WORKDAY)).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
				LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
	}

	@Test
	void matchesNoticeFor2026() {
		ShippedYear year = shipped(2026);

		assertThat(datesOf(year, DayKind.HOLIDAY)).containsExactlyElementsOf(concat(range(2026, 1, 1, 2026, 1, 3),
				range(2026, 2, 15, 2026, 2, 23), range(2026, 4, 4, 2026, 4, 6), range(2026, 5, 1, 2026, 5, 5),
				range(2026, 6, 19, 2026, 6, 21), range(2026, 9, 25, 2026, 9, 27), range(2026, 10, 1, 2026, 10, 7)));
		assertThat(datesOf(year, DayKind.WORKDAY)).containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14),
				LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20),
				LocalDate.of(2026, 10, 10));
	}

	@Test
	void namesHolidaysInChinese() {
		ShippedYear year = shipped(2026);

		assertThat(year.days()).filteredOn((day) -> day.date().equals(LocalDate.of(2026, 2, 17)))
			.extracting(SpecialDay::name)
			.containsExactly("春节");
		assertThat(year.days()).filteredOn((day) -> day.date().equals(LocalDate.of(2026, 10, 1)))
			.extracting(SpecialDay::name)
			.containsExactly("国庆节");
	}

	@Test
	void skipsCommentsAndBlankLines() throws IOException {
		ShippedYear year = ShippedCalendarFiles.read(2031,
				file("# 测试\ndate,kind,name\n\n2031-01-01,holiday,元旦\n# end\n"));

		assertThat(year.days()).containsExactly(new SpecialDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, "元旦"));
	}

	@Test
	void reportsInvalidLineWithFileAndLine() {
		ByteArrayResource file = file("date,kind,name\n2031-01-01,holiday,元旦\n\n2031-01-02,workday,调休\n");

		assertThatIllegalStateException().isThrownBy(() -> ShippedCalendarFiles.read(2031, file))
			.withMessageContaining("test calendar")
			.withMessageContaining("line 4, column date")
			.withMessageContaining("Saturday or Sunday");
	}

	@Test
	void reportsMissingHeader() {
		ByteArrayResource file = file("2031-01-01,holiday,元旦\n");

		assertThatIllegalStateException().isThrownBy(() -> ShippedCalendarFiles.read(2031, file))
			.withMessageContaining("line 1: expected the header 'date,kind,name'");
	}

	private static ShippedYear shipped(int year) {
		return ShippedCalendarFiles.readAll()
			.stream()
			.filter((shipped) -> shipped.year() == year)
			.findFirst()
			.orElseThrow();
	}

	private static List<LocalDate> datesOf(ShippedYear year, DayKind kind) {
		return year.days().stream().filter((day) -> day.kind() == kind).map(SpecialDay::date).toList();
	}

	private static List<LocalDate> day(int year, int month, int day) {
		return List.of(LocalDate.of(year, month, day));
	}

	private static List<LocalDate> range(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay) {
		return LocalDate.of(fromYear, fromMonth, fromDay)
			.datesUntil(LocalDate.of(toYear, toMonth, toDay).plusDays(1))
			.toList();
	}

	@SafeVarargs
	private static List<LocalDate> concat(List<LocalDate>... ranges) {
		return java.util.Arrays.stream(ranges).flatMap(List::stream).toList();
	}

	private static ByteArrayResource file(String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "test calendar");
	}

}
