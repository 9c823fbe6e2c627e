package com.limsdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.limsdesk.event.EventReport;
import com.limsdesk.event.EventStatus;
import com.limsdesk.training.TrainingKind;
import com.limsdesk.training.TrainingMode;
import com.limsdesk.training.TrainingReport;
import com.limsdesk.training.TrainingStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The training and event support section, built from records of both kinds. */
class TrainingAndEventSectionTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final ReportData WEEK = new ReportData(
			ReportPeriod.containing(ReportKind.WEEKLY, LocalDate.of(2026, 12, 7)), ZONE, List.of(), List.of(),
			List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of());

	@Test
	void figuresCountTrainingsAndEvents() {
		SectionContent content = TrainingAndEventSection.build(WEEK, trainings(), events());

		Map<String, Object> figures = content.figures()
			.stream()
			.collect(Collectors.toMap(SectionContent.Figure::key, SectionContent.Figure::value));
		assertThat(figures.get("training.total")).isEqualTo(2);
		assertThat(figures.get("training.administrator")).isEqualTo(1L);
		assertThat(figures.get("training.delivered")).isEqualTo(1L);
		assertThat(figures.get("training.attendees")).isEqualTo(12);
		assertThat(figures.get("events.total")).isEqualTo(1);
		assertThat(figures.get("events.lateArrivals")).isEqualTo(2);
		assertThat(figures.get("events.findingsEscalated")).isEqualTo(1L);
		assertThat(figures.get("events.faults")).isEqualTo(2);
	}

	@Test
	void tablesListEveryRecord() {
		SectionContent content = TrainingAndEventSection.build(WEEK, trainings(), events());

		List<SectionContent.Table> tables = content.blocks()
			.stream()
			.filter(SectionContent.Table.class::isInstance)
			.map(SectionContent.Table.class::cast)
			.toList();
		assertThat(tables).extracting(SectionContent.Table::title).containsExactly("表 培训", "表 重大活动保障");
		assertThat(tables.get(0).rows()).hasSize(2);
		assertThat(tables.get(0).rows().get(0)).startsWith("PX-2026-00001", "管理员培训");
		assertThat(tables.get(0).rows().get(1).get(7)).as("not yet delivered").isEmpty();
		List<String> event = tables.get(1).rows().get(0);
		assertThat(event.get(2)).isEqualTo("2026-12-08 08:00");
		assertThat(event.get(6)).isEqualTo("engineer 迟到25分钟、engineer2 未到场");
		assertThat(event.get(8)).isEqualTo("GZ-2026-00010、GZ-2026-00011");
		assertThat(content.sheets()).extracting(SectionContent.Sheet::name).containsExactly("培训", "重大活动保障");
	}

	@Test
	void emptyPeriodHasZeroFigures() {
		SectionContent content = TrainingAndEventSection.build(WEEK, List.of(), List.of());

		assertThat(content.figures()).filteredOn((figure) -> figure.key().equals("training.total"))
			.extracting(SectionContent.Figure::value)
			.containsExactly(0);
		assertThat(content.figures()).filteredOn((figure) -> figure.key().equals("events.faults"))
			.extracting(SectionContent.Figure::value)
			.containsExactly(0);
	}

	private static List<TrainingReport> trainings() {
		return List.of(
				new TrainingReport("PX-2026-00001", TrainingKind.ADMINISTRATOR, "系统组织与架构",
						Instant.parse("2026-12-07T01:00:00Z"), Instant.parse("2026-12-07T08:00:00Z"),
						TrainingMode.CLASSROOM, 5, 5, true, true, 5, TrainingStatus.COMPLETED),
				new TrainingReport("PX-2026-00002", TrainingKind.USER, "样品登记", Instant.parse("2026-12-10T06:00:00Z"),
						Instant.parse("2026-12-10T08:00:00Z"), TrainingMode.ONSITE, 20, 7, null, false, null,
						TrainingStatus.DELIVERY));
	}

	private static List<EventReport> events() {
		Instant onSite = Instant.parse("2026-12-07T23:30:00Z");
		List<EventReport.LateArrival> late = List.of(
				new EventReport.LateArrival("engineer", onSite, onSite.plusSeconds(25 * 60), 25),
				new EventReport.LateArrival("engineer2", onSite, null, -1));
		return List.of(new EventReport("HD-2026-00001", "年度能力验证", Instant.parse("2026-12-08T00:00:00Z"),
				Instant.parse("2026-12-09T10:00:00Z"), EventStatus.SUMMARY, 3, 2, late, "备份校验失败", true,
				List.of("GZ-2026-00010", "GZ-2026-00011"), false));
	}

}
