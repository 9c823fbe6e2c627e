package com.limsdesk.training;

import java.time.Instant;
import java.util.List;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.TaskViews;
import org.springframework.stereotype.Component;

/** The read-only text of a training that its tasks and mail show. */
@Component
class TrainingTaskView {

	private final TrainingService trainings;

	private final DeskProperties desk;

	TrainingTaskView(TrainingService trainings, DeskProperties desk) {
		this.trainings = trainings;
		this.desk = desk;
	}

	String summary(Training training) {
		StringBuilder text = new StringBuilder();
		text.append("培训：").append(training.getNumber()).append(" ").append(training.getKind().label());
		text.append("（").append(training.getStatus().label()).append(training.isFreeOfCharge() ? "，免费" : "");
		text.append("）\n主题：").append(training.getTopic());
		if (training.getStartsAt() != null) {
			text.append("\n时间：").append(format(training.getStartsAt())).append(" 至 ");
			text.append(format(training.getEndsAt()));
			text.append("\n地点：").append(training.getPlace()).append("，方式：").append(training.getMode().label());
			text.append("，人数：").append(training.getPlannedAttendees());
		}
		appendIfPresent(text, "申请/安排", training.getRequestedBy());
		appendIfPresent(text, "内容", training.getContent());
		appendIfPresent(text, "讲师", training.getTrainer());
		appendIfPresent(text, "材料", training.getMaterial());
		List<TrainingAttendee> attendees = this.trainings.attendeesOf(training);
		if (!attendees.isEmpty()) {
			text.append("\n签到 ").append(attendees.size()).append(" 人：");
			text.append(String.join("、", attendees.stream().map(TrainingTaskView::person).toList()));
		}
		appendIfPresent(text, "实施说明", training.getDeliveryNote());
		return TaskViews.fit(text.toString());
	}

	private static String person(TrainingAttendee attendee) {
		return attendee.getName() + ((attendee.getDepartment() != null) ? "（" + attendee.getDepartment() + "）" : "");
	}

	private static void appendIfPresent(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append("\n").append(label).append("：").append(value);
		}
	}

	private String format(Instant instant) {
		return TrainingText.format(instant, this.desk.zone());
	}

}
