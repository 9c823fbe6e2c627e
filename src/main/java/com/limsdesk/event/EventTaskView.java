package com.limsdesk.event;

import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.TaskViews;
import com.limsdesk.inspection.Inspection;
import com.limsdesk.inspection.InspectionResult;
import com.limsdesk.inspection.InspectionService;
import com.limsdesk.oracle.CheckStatus;
import org.springframework.stereotype.Component;

/** The read-only text of an event that its tasks show. */
@Component
class EventTaskView {

	private final EventService events;

	private final InspectionService inspections;

	private final DeskProperties desk;

	EventTaskView(EventService events, InspectionService inspections, DeskProperties desk) {
		this.events = events;
		this.inspections = inspections;
		this.desk = desk;
	}

	String summary(SupportEvent event) {
		StringBuilder text = new StringBuilder();
		text.append("活动：").append(event.getNumber()).append(" ").append(event.getName());
		text.append("（").append(event.getStatus().label()).append("）");
		text.append("\n时间：").append(format(event)).append("\n地点：").append(event.getPlace());
		text.append("\n关键系统和功能：").append(event.getCriticalSystems());
		text.append("\n要求：").append(event.getEngineersRequired()).append(" 名工程师在 ");
		text.append(EventText.format(event.getArrivalRequiredAt(), this.desk.zone())).append(" 前到场");
		if (event.getContact() != null) {
			text.append("\n院方联系人：").append(event.getContact());
		}
		text.append("\n活动前检查期限：").append(EventText.format(event.getCheckDue(), this.desk.zone()));
		appendPlans(text, event);
		appendInspection(text, event);
		appendIfPresent(text, "检查发现", event.getCheckFindings());
		appendIfPresent(text, "遗留问题处理", event.getFindingResolution());
		appendArrivals(text, event);
		List<EventFault> faults = this.events.faultsOf(event);
		if (!faults.isEmpty()) {
			text.append("\n活动期间的故障工单：")
				.append(String.join("、", faults.stream().map(EventFault::getTicketNumber).toList()));
		}
		appendIfPresent(text, "保障情况", event.getSummaryHappened());
		appendIfPresent(text, "故障情况", event.getSummaryFaults());
		appendIfPresent(text, "采取的措施", event.getSummaryActions());
		return TaskViews.fit(text.toString());
	}

	private void appendPlans(StringBuilder text, SupportEvent event) {
		for (EventPlan plan : this.events.plansOf(event)) {
			text.append("\n第 ").append(plan.getRound()).append(" 版方案（").append(plan.getSubmittedBy()).append("，");
			text.append(plan.getDecision().label());
			if (plan.getDecisionComment() != null) {
				text.append("：").append(plan.getDecisionComment());
			}
			text.append("）\n").append(plan.getOnSiteEngineers());
			text.append("\n应急联系人：").append(plan.getContingencyContacts());
			appendIfPresent(text, "应急预案", plan.getContingencyPlan());
		}
	}

	private void appendInspection(StringBuilder text, SupportEvent event) {
		if (event.getInspectionNumber() == null) {
			return;
		}
		Inspection inspection = this.inspections.find(event.getInspectionNumber());
		CheckStatus worst = inspection.getWorstStatus();
		text.append("\n数据库巡检：").append(inspection.getNumber()).append("，");
		text.append((worst != null) ? worst.label() : "未完成");
		for (InspectionResult result : this.inspections.resultsOf(inspection)) {
			if (result.getStatus() != CheckStatus.OK) {
				text.append("\n  ").append(result.getTarget()).append(" ");
				text.append(this.inspections.checkLabel(result.getCheckName())).append("：");
				text.append(result.getStatus().label()).append("，").append(result.getMessage());
				if (result.getTicketNumber() != null) {
					text.append("（").append(result.getTicketNumber()).append("）");
				}
			}
		}
	}

	private void appendArrivals(StringBuilder text, SupportEvent event) {
		if (event.getPlanAcceptedAt() == null) {
			return;
		}
		for (EventEngineer engineer : this.events.engineersOf(event)) {
			text.append("\n").append(engineer.getEngineer()).append(" 应到：");
			text.append(EventText.format(engineer.getOnSiteFrom(), this.desk.zone()));
			text.append("，实到：").append(EventText.format(engineer.getArrivedAt(), this.desk.zone()));
			if (engineer.isLate()) {
				text.append(engineer.isAbsent() ? "（未到场）" : "（迟到）");
			}
		}
	}

	private static void appendIfPresent(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append("\n").append(label).append("：").append(value);
		}
	}

	private String format(SupportEvent event) {
		return EventText.format(event.getStartsAt(), this.desk.zone()) + " 至 "
				+ EventText.format(event.getEndsAt(), this.desk.zone());
	}

}
