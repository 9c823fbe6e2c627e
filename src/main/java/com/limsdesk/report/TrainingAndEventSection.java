package com.limsdesk.report;

import java.util.List;
import java.util.stream.Collectors;

import com.limsdesk.event.EventReport;
import com.limsdesk.event.EventService;
import com.limsdesk.training.TrainingKind;
import com.limsdesk.training.TrainingReport;
import com.limsdesk.training.TrainingService;
import org.springframework.stereotype.Component;

/**
 * Training and important-event support that overlap the period: trainings with their
 * attendance, and events with the engineers planned, arrived and late, the pre-event
 * findings and the faults reported during the event.
 */
@Component
class TrainingAndEventSection implements ReportSection {

	private final TrainingService trainings;

	private final EventService events;

	TrainingAndEventSection(TrainingService trainings, EventService events) {
		this.trainings = trainings;
		this.events = events;
	}

	@Override
	public int order() {
		return 65;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		return build(data, this.trainings.overlapping(data.startsAt(), data.endsAt()),
				this.events.overlapping(data.startsAt(), data.endsAt()));
	}

	/** Builds the section from the trainings and events that overlap the period. */
	static SectionContent build(ReportData data, List<TrainingReport> trainings, List<EventReport> events) {
		SectionContent content = new SectionContent("trainingAndEvents", "培训与活动保障");
		content.figure("training.total", "本期培训次数", trainings.size());
		content.figure("training.administrator", "其中管理员培训",
				trainings.stream().filter((t) -> t.kind() == TrainingKind.ADMINISTRATOR).count());
		content.figure("training.delivered", "已实施的培训",
				trainings.stream().filter((t) -> Boolean.TRUE.equals(t.delivered())).count());
		content.figure("training.attendees", "参训人次", trainings.stream().mapToInt(TrainingReport::attendees).sum());
		content.figure("events.total", "本期重大活动保障次数", events.size());
		content.figure("events.lateArrivals", "迟到或未到场人次",
				events.stream().mapToInt((e) -> e.lateArrivals().size()).sum());
		content.figure("events.findingsEscalated", "活动前检查升级的问题数",
				events.stream().filter(EventReport::findingEscalated).count());
		content.figure("events.faults", "活动期间报告的故障数", events.stream().mapToInt((e) -> e.faults().size()).sum());

		List<String> trainingHeader = List.of("编号", "类型", "主题", "开始时间", "方式", "计划人数", "参训人数", "是否实施", "是否免费", "评分",
				"状态");
		List<List<String>> trainingRows = trainings.stream()
			.map((t) -> List.of(t.number(), t.kind().label(), t.topic(), Labels.time(t.startsAt(), data.zone()),
					(t.mode() != null) ? t.mode().label() : "", Integer.toString(t.plannedAttendees()),
					Integer.toString(t.attendees()), yesNo(t.delivered()), t.freeOfCharge() ? "是" : "否",
					(t.rating() != null) ? t.rating().toString() : "", t.status().label()))
			.toList();
		List<String> eventHeader = List.of("编号", "活动", "开始时间", "结束时间", "计划到场", "实际到场", "迟到或未到", "活动前检查发现", "期间故障",
				"状态");
		List<List<String>> eventRows = events.stream()
			.map((e) -> List.of(e.number(), e.name(), Labels.time(e.startsAt(), data.zone()),
					Labels.time(e.endsAt(), data.zone()), Integer.toString(e.engineersPlanned()),
					Integer.toString(e.engineersArrived()), lateArrivals(e), (e.findings() != null) ? e.findings() : "",
					String.join("、", e.faults()), e.status().label()))
			.toList();
		content.table("表 培训", trainingHeader, trainingRows);
		content.table("表 重大活动保障", eventHeader, eventRows);
		content.sheet("培训", trainingHeader, trainingRows);
		content.sheet("重大活动保障", eventHeader, eventRows);
		return content;
	}

	private static String yesNo(Boolean value) {
		if (value == null) {
			return "";
		}
		return value ? "是" : "否";
	}

	private static String lateArrivals(EventReport event) {
		return event.lateArrivals()
			.stream()
			.map((late) -> late.engineer() + ((late.minutesLate() < 0) ? " 未到场" : " 迟到" + late.minutesLate() + "分钟"))
			.collect(Collectors.joining("、"));
	}

}
