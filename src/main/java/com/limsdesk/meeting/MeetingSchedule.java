package com.limsdesk.meeting;

import com.limsdesk.engine.StartTimers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The meeting's cron expression for the timer start event of {@code weekly-meeting}. The
 * engine evaluates it when it deploys the process; at every start this bean brings the
 * timer in line with a changed setting. Runs after the deployment
 * ({@code ProcessDeployment} has order -10).
 */
@Component("meetingSchedule")
@Order(0)
public class MeetingSchedule implements ApplicationRunner {

	private final MeetingProperties properties;

	private final StartTimers startTimers;

	MeetingSchedule(MeetingProperties properties, StartTimers startTimers) {
		this.properties = properties;
		this.startTimers = startTimers;
	}

	public String getCron() {
		return this.properties.cron();
	}

	@Override
	public void run(ApplicationArguments args) {
		this.startTimers.align(MeetingProcess.KEY, MeetingProcess.START, this.properties.cron());
	}

}
