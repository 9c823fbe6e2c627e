package com.limsdesk.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.limsdesk.calendar.WorkingCalendar;
import com.limsdesk.config.DeskProperties;
import com.limsdesk.identity.DeskGroups;
import com.limsdesk.identity.UserDirectory;
import com.limsdesk.web.InvalidFieldException;
import com.limsdesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster: its entries, and who is on duty at a moment. Escalations ask it at the
 * moment they happen.
 */
@Service
public class DutyRoster {

	private static final Logger logger = LoggerFactory.getLogger(DutyRoster.class);

	/** Maximum length of an entry's note, which column desk_duty_entry.note sets. */
	static final int MAX_NOTE_LENGTH = 200;

	static final int MAX_ENTRY_DAYS = 366;

	private final DutyEntryRepository entries;

	private final WorkingCalendar calendar;

	private final DutyAbsences absences;

	private final UserDirectory users;

	private final DeskProperties properties;

	DutyRoster(DutyEntryRepository entries, WorkingCalendar calendar, DutyAbsences absences, UserDirectory users,
			DeskProperties properties) {
		this.entries = entries;
		this.calendar = calendar;
		this.absences = absences;
		this.users = users;
		this.properties = properties;
	}

	/**
	 * Adds an entry after checking it.
	 * @throws InvalidFieldException naming the field when the engineer is missing or not
	 * a member of engineers or vendor-support, a day is missing, or the last day is
	 * before the first
	 */
	@Transactional
	public DutyEntry add(String engineer, LocalDate firstDay, LocalDate lastDay, DutyKind kind, String note,
			String user, Instant now) {
		String id = (engineer != null) ? engineer.strip() : "";
		if (id.isEmpty()) {
			throw new InvalidFieldException("engineer", "is missing");
		}
		if (!this.users.isMemberOfAny(id, DeskGroups.ENGINEERS, DeskGroups.VENDOR_SUPPORT)) {
			throw new InvalidFieldException("engineer",
					"user '" + id + "' is not a member of engineers or vendor-support, so cannot be on duty");
		}
		if (firstDay == null) {
			throw new InvalidFieldException("firstDay", "is missing");
		}
		if (lastDay == null) {
			throw new InvalidFieldException("lastDay", "is missing");
		}
		if (lastDay.isBefore(firstDay)) {
			throw new InvalidFieldException("lastDay", "must not be before firstDay " + firstDay + ", was " + lastDay);
		}
		LocalDate today = this.calendar.dateOf(now);
		if (lastDay.isBefore(today)) {
			throw new InvalidFieldException("lastDay", "must not be before today " + today
					+ ", because the roster of past days is a record, was " + lastDay);
		}
		if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_ENTRY_DAYS) {
			throw new InvalidFieldException("lastDay", "an entry covers at most " + MAX_ENTRY_DAYS
					+ " days; add one entry per year, was " + firstDay + " to " + lastDay);
		}
		if (kind == null) {
			throw new InvalidFieldException("kind", "is missing; use one of " + DutyKind.names());
		}
		boolean duplicate = this.entries.findOverlapping(firstDay, lastDay)
			.stream()
			.anyMatch((entry) -> entry.getEngineer().equals(id) && entry.getKind() == kind
					&& entry.getFirstDay().equals(firstDay) && entry.getLastDay().equals(lastDay));
		if (duplicate) {
			throw new InvalidFieldException("firstDay",
					"the same entry for " + id + " from " + firstDay + " to " + lastDay + " exists already");
		}
		String trimmedNote = (note != null && !note.isBlank()) ? note.strip() : null;
		if (trimmedNote != null && trimmedNote.length() > MAX_NOTE_LENGTH) {
			throw new InvalidFieldException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
		}
		DutyEntry entry = this.entries.save(new DutyEntry(id, firstDay, lastDay, kind, trimmedNote, user, now));
		logger.info("Duty entry {} added by {}: {} on {} from {} to {}", entry.getId(), user, id, kind, firstDay,
				lastDay);
		return entry;
	}

	/**
	 * Removes an entry that has not ended yet.
	 * @throws InvalidFieldException when the entry ended before today, because the roster
	 * of past days is a record
	 */
	@Transactional
	public void remove(long id, String user, Instant now) {
		DutyEntry entry = this.entries.findById(id)
			.orElseThrow(() -> new NotFoundException("duty entry " + id + " not found"));
		if (entry.getLastDay().isBefore(this.calendar.dateOf(now))) {
			throw new InvalidFieldException("id",
					"duty entry " + id + " ended on " + entry.getLastDay() + " and stays as a record of that duty");
		}
		this.entries.delete(entry);
		logger.info("Duty entry {} removed by {}: {} on {} from {} to {}", id, user, entry.getEngineer(),
				entry.getKind(), entry.getFirstDay(), entry.getLastDay());
	}

	/**
	 * Hands the duty of an engineer who leaves their post to their successor from the day
	 * of {@code now} on. An entry that began earlier is split, so that the roster keeps
	 * who was on duty before that day. Returns how many entries were handed over.
	 */
	@Transactional
	public int handOver(String oldEngineer, String newEngineer, String user, Instant now) {
		LocalDate fromDay = this.calendar.dateOf(now);
		List<DutyEntry> handed = this.entries.findByEngineerFrom(oldEngineer, fromDay);
		for (DutyEntry entry : handed) {
			LocalDate first = entry.getFirstDay().isBefore(fromDay) ? fromDay : entry.getFirstDay();
			this.entries.save(new DutyEntry(newEngineer, first, entry.getLastDay(), entry.getKind(),
					"接替 " + oldEngineer, user, now));
			if (entry.getFirstDay().isBefore(fromDay)) {
				entry.endBefore(fromDay);
			}
			else {
				this.entries.delete(entry);
			}
		}
		logger.info("Duty of {} from {} on handed to {} by {}: {} entries", oldEngineer, fromDay, newEngineer, user,
				handed.size());
		return handed.size();
	}

	/**
	 * Returns the entries that cover at least one day from {@code from} to {@code to}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DutyEntry> entries(LocalDate from, LocalDate to) {
		return this.entries.findOverlapping(from, to);
	}

	/** Returns the kind of duty at the moment and the engineers on duty then. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public OnDuty onDutyAt(Instant moment) {
		DutySchedule schedule = schedule(this.calendar.dateOf(moment), this.calendar.dateOf(moment));
		return new OnDuty(moment, schedule.kindAt(moment), schedule.onDutyAt(moment));
	}

	/**
	 * Returns the engineers to notify of an escalation at the moment: those on duty, or
	 * the configured {@code desk.escalation.duty-engineers} when the roster has nobody.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> escalationRecipients(Instant moment) {
		List<String> onDuty = onDutyAt(moment).engineers();
		if (!onDuty.isEmpty()) {
			return onDuty;
		}
		List<String> fallback = this.properties.escalation().dutyEngineers();
		logger.warn("Nobody is on duty at {} by the roster, so escalations go to desk.escalation.duty-engineers {}",
				moment, fallback);
		return fallback;
	}

	/**
	 * Returns a schedule of the entries that cover any day from {@code from} to
	 * {@code to}.
	 */
	DutySchedule schedule(LocalDate from, LocalDate to) {
		return new DutySchedule(this.calendar, this.entries.findOverlapping(from, to), this.absences);
	}

	/**
	 * The engineers on duty at a moment.
	 *
	 * @param at the moment
	 * @param kind working or non-working time, as the calendar decides
	 * @param engineers user ids, covers in place of engineers on leave; empty when the
	 * roster has nobody
	 */
	public record OnDuty(Instant at, DutyKind kind, List<String> engineers) {
	}

}
