package com.limsdesk.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;

import com.limsdesk.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class MissingCalendarCheckTests {

	private final InMemoryCalendarStore store = TestCalendars.shippedStore();

	private final NotificationService notifications = mock(NotificationService.class);

	private Instant now;

	private final MissingCalendarCheck check = new MissingCalendarCheck(this.store, this.notifications,
			TransactionOperations.withoutTransaction(), () -> this.now, TestCalendars.INSTITUTE_ZONE,
			MonthDay.of(11, 1));

	@Test
	void staysQuietBeforeWarningDay() {
		this.now = local("2026-10-31T23:59:00");

		this.check.check();

		verify(this.notifications, never()).notifyGroups(any(), any(), any(), any());
	}

	@Test
	void notifiesAdministratorsFromWarningDay() {
		// 1 November 00:30 in Shanghai is still 31 October in UTC.
		this.now = local("2026-11-01T00:30:00");

		this.check.check();

		verify(this.notifications).notifyGroups(eq(List.of("camunda-admin")), contains("2027"), contains("2027"),
				eq("calendar-2027"));
	}

	@Test
	void notifiesAdministratorsOncePerDay() {
		this.now = local("2026-12-04T08:00:00");
		this.check.check();
		this.now = local("2026-12-04T20:00:00");
		this.check.check();

		verify(this.notifications, times(1)).notifyGroups(any(), anyString(), anyString(), eq("calendar-2027"));

		this.now = local("2026-12-05T08:00:00");
		this.check.check();

		verify(this.notifications, times(2)).notifyGroups(any(), anyString(), anyString(), eq("calendar-2027"));
	}

	@Test
	void staysQuietWhenNextYearIsLoaded() {
		this.store.replaceYear(new LoadedYear(2027, List.of(), Instant.EPOCH, "admin"));
		this.now = local("2026-12-04T08:00:00");

		this.check.check();

		verify(this.notifications, never()).notifyGroups(any(), any(), any(), any());
	}

	@Test
	void notifiesAboutMissingCurrentYear() {
		this.now = local("2027-03-01T08:00:00");

		this.check.check();

		verify(this.notifications).notifyGroups(eq(List.of("camunda-admin")), contains("2027"), anyString(),
				eq("calendar-2027"));
		verify(this.notifications, never()).notifyGroups(any(), any(), any(), eq("calendar-2028"));
	}

	@Test
	void survivesFailedNotification() {
		willThrow(new IllegalStateException("database unavailable")).given(this.notifications)
			.notifyGroups(any(), any(), any(), any());
		this.now = local("2026-12-04T08:00:00");

		assertThatNoException().isThrownBy(this.check::check);
	}

	private static Instant local(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TestCalendars.INSTITUTE_ZONE).toInstant();
	}

}
