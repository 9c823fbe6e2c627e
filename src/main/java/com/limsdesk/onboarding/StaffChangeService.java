package com.limsdesk.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.fault.TicketNumbers;
import com.limsdesk.servicelevel.ServiceLevelCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff change notices and their acknowledgement. A notice of its own gets a number of
 * the replacement series; the notice of a replacement has the replacement's number.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class StaffChangeService {

	private static final Logger logger = LoggerFactory.getLogger(StaffChangeService.class);

	private final StaffChangeNoticeRepository notices;

	private final TicketNumbers numbers;

	private final ServiceLevelCalculator serviceLevels;

	private final DeskProperties properties;

	StaffChangeService(StaffChangeNoticeRepository notices, TicketNumbers numbers, ServiceLevelCalculator serviceLevels,
			DeskProperties properties) {
		this.notices = notices;
		this.numbers = numbers;
		this.serviceLevels = serviceLevels;
		this.properties = properties;
	}

	StaffChangeNotice report(String number, StaffChangeNotice.Change change, String user, String processInstanceId,
			Instant now) {
		String assigned = (number != null) ? number
				: this.numbers.next(ReplacementProcess.NUMBER_PREFIX, now, this.properties.zone());
		StaffChangeNotice notice = this.notices
			.save(new StaffChangeNotice(assigned, processInstanceId, change, user, now));
		logger.info("Staff change {} ({}) reported by {} in process instance {}", assigned, change.kind(), user,
				processInstanceId);
		return notice;
	}

	/**
	 * Returns when a manager's acknowledgement is due: closing time of the next working
	 * day.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Instant acknowledgementDue(StaffChangeNotice notice) {
		return this.serviceLevels.closingOfWorkingDayAfter(notice.getReportedAt(), 1);
	}

	void acknowledge(StaffChangeNotice notice, String user, String note, Instant now) {
		notice.acknowledge(user, note, now);
		logger.info("Staff change {} acknowledged by {}", notice.getNumber(), user);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public StaffChangeNotice forProcessInstance(String processInstanceId) {
		return this.notices.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException(
					"no staff change notice belongs to process instance " + processInstanceId));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<StaffChangeNotice> findByNumber(String number) {
		return this.notices.findByNumber(number);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<StaffChangeNotice> all() {
		return this.notices.findAllByOrderByReportedAtDesc();
	}

}
