-- Working calendar, portable SQL for H2 2.x and PostgreSQL 15.
-- A row in desk_calendar_year means that the year is loaded. A year without a row is
-- computed by the fallback rule: Monday to Friday minus the fixed-date holidays.

create table desk_calendar_year (
    calendar_year integer not null primary key,
    loaded_at timestamp(6) with time zone not null,
    loaded_by varchar(64) not null
);

-- Days that depart from the Monday-to-Friday rule: a holiday on any day of the week, or
-- a make-up working day (调休上班) on a Saturday or Sunday.
create table desk_calendar_day (
    calendar_date date not null primary key,
    calendar_year integer not null,
    kind varchar(10) not null,
    name varchar(100) not null,
    constraint desk_calendar_day_year_fk foreign key (calendar_year)
        references desk_calendar_year (calendar_year),
    constraint desk_calendar_day_kind_check check (kind in ('holiday', 'workday'))
);
create index desk_calendar_day_year on desk_calendar_day (calendar_year);

-- The last day on which administrators were notified that a year's calendar is missing, so
-- that the notice goes out at most once a day.
create table desk_calendar_missing_notice (
    calendar_year integer not null primary key,
    notified_on date not null
);
