package com.limsdesk.calendar;

import java.time.InstantSource;

import com.limsdesk.config.DeskProperties;
import com.limsdesk.engine.SystemContext;
import com.limsdesk.notification.NotificationService;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Beans of the working calendar. Time stamps and today's date come from the engine's
 * clock, which process tests move.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	private static final InstantSource ENGINE_CLOCK = SystemContext::now;

	@Bean
	@ConfigurationPropertiesBinding
	static WorkingPeriodConverter workingPeriodConverter() {
		return new WorkingPeriodConverter();
	}

	@Bean
	WorkingCalendar workingCalendar(CalendarStore store, CalendarProperties properties, DeskProperties desk) {
		return new WorkingCalendar(store, properties.hours(), desk.zone());
	}

	@Bean
	CalendarAdministration calendarAdministration(CalendarStore store, WorkingCalendar calendar) {
		return new CalendarAdministration(store, calendar, ENGINE_CLOCK);
	}

	@Bean
	ShippedCalendarLoader shippedCalendarLoader(CalendarStore store, WorkingCalendar calendar) {
		return new ShippedCalendarLoader(store, calendar, ENGINE_CLOCK);
	}

	@Bean
	MissingCalendarCheck missingCalendarCheck(CalendarStore store, NotificationService notifications,
			PlatformTransactionManager transactionManager, CalendarProperties properties, DeskProperties desk) {
		return new MissingCalendarCheck(store, notifications, new TransactionTemplate(transactionManager), ENGINE_CLOCK,
				desk.zone(), properties.missingYearWarning().warnFrom());
	}

	/**
	 * Binds {@code desk.calendar.working-hours} entries written as {@code HH:mm-HH:mm}.
	 */
	static class WorkingPeriodConverter implements Converter<String, WorkingPeriod> {

		@Override
		public WorkingPeriod convert(String source) {
			return WorkingPeriod.parse(source);
		}

	}

}
