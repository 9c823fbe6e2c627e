package com.limsdesk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the service desk under the prefix {@code desk}.
 *
 * @param zone time zone of the institute, in which every deadline is computed
 * @param identity users and password file created at first start
 * @param notification mail sending and its retries
 * @param escalation who is notified when a deadline is at risk or missed
 */
@ConfigurationProperties("desk")
public record DeskProperties(ZoneId zone, Identity identity, Notification notification, Escalation escalation) {

	public DeskProperties {
		zone = (zone != null) ? zone : ZoneId.of("Asia/Shanghai");
		identity = (identity != null) ? identity : new Identity(null, null);
		notification = (notification != null) ? notification : new Notification(null, null, null, null, 0);
		escalation = (escalation != null) ? escalation : new Escalation(null);
	}

	/**
	 * @param passwordFile file that receives the generated initial passwords, readable by
	 * its owner only
	 * @param users users that the first start creates; a user that exists already is left
	 * as it is
	 */
	public record Identity(Path passwordFile, List<UserSpec> users) {

		public Identity {
			passwordFile = (passwordFile != null) ? passwordFile : Path.of("data", "initial-passwords.txt");
			users = (users != null) ? users : new ArrayList<>();
		}

	}

	/**
	 * @param id login name
	 * @param firstName given name shown in the webapps
	 * @param lastName family name shown in the webapps
	 * @param email mail address for notifications, may be empty
	 * @param groups ids of the groups the user belongs to
	 */
	public record UserSpec(String id, String firstName, String lastName, String email, List<String> groups) {

		public UserSpec {
			groups = (groups != null) ? groups : List.of();
		}

	}

	/**
	 * @param from sender address of every notification
	 * @param pollInterval how often queued notifications are sent
	 * @param firstRetryDelay wait before the second attempt; it doubles with each failure
	 * @param maxRetryDelay longest wait between two attempts
	 * @param batchSize notifications sent per poll at most
	 */
	public record Notification(String from, Duration pollInterval, Duration firstRetryDelay, Duration maxRetryDelay,
			int batchSize) {

		public Notification {
			from = (from != null) ? from : "servicedesk@localhost";
			pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(5);
			firstRetryDelay = (firstRetryDelay != null) ? firstRetryDelay : Duration.ofSeconds(30);
			maxRetryDelay = (maxRetryDelay != null) ? maxRetryDelay : Duration.ofMinutes(30);
			batchSize = (batchSize > 0) ? batchSize : 50;
		}

	}

	/**
	 * @param dutyEngineers user ids notified of an escalation when the duty roster has
	 * nobody on duty at its moment
	 */
	public record Escalation(List<String> dutyEngineers) {

		public Escalation {
			dutyEngineers = (dutyEngineers != null) ? dutyEngineers : List.of();
		}

	}

}
