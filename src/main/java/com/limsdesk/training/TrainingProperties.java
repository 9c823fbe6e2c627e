package com.limsdesk.training;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of training, under the prefix {@code desk.training}.
 *
 * @param administratorMonth the month (1 to 12) of each contract year in which the timer
 * opens the administrator training, on its first day at 09:00; 3 by default
 * @param administratorTopic the topic that the administrator training starts with
 * @param administratorContent the content it starts with, which the managers may extend
 * @param feedbackWorkingDays the feedback is due at closing time of this many working
 * days after the training ends; 3 by default
 */
@ConfigurationProperties("desk.training")
public record TrainingProperties(int administratorMonth, String administratorTopic, String administratorContent,
		int feedbackWorkingDays) {

	public TrainingProperties {
		if (administratorMonth == 0) {
			administratorMonth = 3;
		}
		if (administratorMonth < 1 || administratorMonth > 12) {
			throw new IllegalArgumentException(
					"desk.training.administrator-month must be 1 to 12, was " + administratorMonth);
		}
		administratorTopic = (administratorTopic != null && !administratorTopic.isBlank()) ? administratorTopic
				: "系统管理员年度培训";
		administratorContent = (administratorContent != null && !administratorContent.isBlank()) ? administratorContent
				: "一、系统的组织结构：应用服务器、Oracle 数据库、接口和客户端的部署与职责。\n二、系统的构建方式：模块划分、配置项、报表模板和数据采集的构建与发布。";
		feedbackWorkingDays = (feedbackWorkingDays > 0) ? feedbackWorkingDays : 3;
	}

	/**
	 * Returns the six-field cron expression of the administrator training timer: 09:00 on
	 * the first day of the configured month.
	 */
	public String administratorCron() {
		return "0 0 9 1 " + this.administratorMonth + " ?";
	}

}
