package com.limsdesk.calendar;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link DayKind} as its lower-case code, as the calendar files write it. */
@Converter
class DayKindConverter implements AttributeConverter<DayKind, String> {

	@Override
	public String convertToDatabaseColumn(DayKind kind) {
		return (kind != null) ? kind.code() : null;
	}

	@Override
	public DayKind convertToEntityAttribute(String code) {
		if (code == null) {
			return null;
		}
		return DayKind.fromCode(code)
			.orElseThrow(() -> new IllegalStateException("unknown day kind '" + code + "' in desk_calendar_day"));
	}

}
