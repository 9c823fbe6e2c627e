-- Alert log check, view source. These statements are used only when a target sets
-- alert-log.view and no alert-log.file. The file source reads the text alert log on the
-- desk's host and sends no SQL of its own.
--
-- {view} is replaced by the configured view name before the statement is sent. The name
-- was checked to be [OWNER.]NAME (letters, digits, _, $, #, at most 30 characters each)
-- when the configuration was read, so no other text can reach the statement. Every
-- value is a bind variable.
--
-- 12.2 and later: set alert-log.view to V$DIAG_ALERT_EXT. It shows the XML alert log of
-- the current container, so connect to the CDB root. The monitoring account usually
-- reads it through SELECT_CATALOG_ROLE; if it gets ORA-00942, grant it directly:
--   GRANT SELECT ON SYS.V_$DIAG_ALERT_EXT TO LIMS_MONITOR;
--
-- 11.2: X$ tables cannot be granted, so a DBA creates a view over X$DBGALERTEXT as SYS
-- and grants it to the monitoring account (LIMS_MONITOR here), then sets
-- alert-log.view to SYS.DESK_ALERT_LOG:
--   CREATE OR REPLACE VIEW SYS.DESK_ALERT_LOG AS
--     SELECT ORIGINATING_TIMESTAMP, RECORD_ID, MESSAGE_LEVEL, MESSAGE_TYPE,
--            COMPONENT_ID, MESSAGE_TEXT
--       FROM X$DBGALERTEXT;
--   GRANT SELECT ON SYS.DESK_ALERT_LOG TO LIMS_MONITOR;
-- On 11.2 ORIGINATING_TIMESTAMP is TIMESTAMP(3) WITH TIME ZONE, from 12.2 on
-- TIMESTAMP(9) WITH TIME ZONE. On RAC both views show the alert log of the instance the
-- desk is connected to.
--
-- Both views parse the XML alert log files (log*.xml under the ADR alert directory) on
-- every query, and a condition on ORIGINATING_TIMESTAMP does not shorten that. A large
-- ADR alert directory makes each run slow; purging it with ADRCI keeps it short.

-- name: entries-since
-- First run on a target: the rows after the cutoff (bind 1, TIMESTAMP WITH TIME ZONE),
-- oldest first, at most bind 2 rows.
SELECT RECORD_ID, ORIGINATING_TIMESTAMP, MESSAGE_TEXT
  FROM (SELECT RECORD_ID, ORIGINATING_TIMESTAMP, MESSAGE_TEXT
          FROM {view}
         WHERE ORIGINATING_TIMESTAMP > ?
         ORDER BY ORIGINATING_TIMESTAMP, RECORD_ID)
 WHERE ROWNUM <= ?;

-- name: new-entries
-- Later runs: rows with a record id above the last one read (bind 1) or a time after
-- the latest one read (bind 2), so that rows after a purge that restarted the record ids
-- are found by their time. Oldest first, at most bind 3 rows.
SELECT RECORD_ID, ORIGINATING_TIMESTAMP, MESSAGE_TEXT
  FROM (SELECT RECORD_ID, ORIGINATING_TIMESTAMP, MESSAGE_TEXT
          FROM {view}
         WHERE RECORD_ID > ? OR ORIGINATING_TIMESTAMP > ?
         ORDER BY ORIGINATING_TIMESTAMP, RECORD_ID)
 WHERE ROWNUM <= ?;
