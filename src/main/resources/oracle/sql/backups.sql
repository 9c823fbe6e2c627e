-- Backups check. The RMAN views read the control file, which keeps backup records for
-- CONTROL_FILE_RECORD_KEEP_TIME days (7 unless set), so "no backup on record" means none
-- within that time. Older records, kept only in a recovery catalog, are not read, and
-- backups taken on a standby database are recorded in the standby's control file, not
-- the primary's. Every time is a DATE in the server's time zone, and the check computes
-- ages against SYSDATE. On 12c and later connect to the CDB root (CDB$ROOT), because
-- RMAN backs up the CDB as a whole. Several of these views gain a CON_ID column there,
-- which this check does not read.

-- name: database
SELECT LOG_MODE, DATABASE_ROLE
  FROM V$DATABASE;

-- name: jobs
-- Backup jobs that started or ended since the bind time (both binds are the same DATE).
-- One job is one RMAN session, so BACKUP DATABASE PLUS ARCHIVELOG is one job whose
-- INPUT_TYPE is DB FULL or DB INCR. OUTPUT_BYTES is in bytes, ELAPSED_SECONDS in seconds.
SELECT SESSION_KEY, INPUT_TYPE, STATUS, START_TIME, END_TIME, OUTPUT_BYTES, ELAPSED_SECONDS
  FROM V$RMAN_BACKUP_JOB_DETAILS
 WHERE START_TIME >= ? OR END_TIME >= ?
 ORDER BY START_TIME, SESSION_KEY;

-- name: last-successes
-- The newest job of each input type that completed, with or without warnings, over the
-- whole record in the control file.
SELECT INPUT_TYPE, SESSION_KEY, STATUS, START_TIME, END_TIME, OUTPUT_BYTES, ELAPSED_SECONDS
  FROM (SELECT INPUT_TYPE, SESSION_KEY, STATUS, START_TIME, END_TIME, OUTPUT_BYTES, ELAPSED_SECONDS,
               ROW_NUMBER() OVER (PARTITION BY INPUT_TYPE
                                  ORDER BY END_TIME DESC NULLS LAST, SESSION_KEY DESC) AS RECENCY
          FROM V$RMAN_BACKUP_JOB_DETAILS
         WHERE STATUS IN ('COMPLETED', 'COMPLETED WITH WARNINGS'))
 WHERE RECENCY = 1
 ORDER BY INPUT_TYPE;

-- name: archived-log-backups
-- Completion time of the newest backup set of archived redo logs (BACKUP_TYPE 'L'). It
-- covers archived logs backed up inside a DB FULL or DB INCR job, which
-- V$RMAN_BACKUP_JOB_DETAILS does not list as ARCHIVELOG.
SELECT MAX(COMPLETION_TIME) AS LAST_COMPLETION
  FROM V$BACKUP_SET
 WHERE BACKUP_TYPE = 'L';

-- name: recovery-area
-- SPACE_LIMIT, SPACE_USED and SPACE_RECLAIMABLE are in bytes. The check treats no row, a
-- null NAME or a SPACE_LIMIT of 0 as no fast recovery area configured.
SELECT NAME, SPACE_LIMIT, SPACE_USED, SPACE_RECLAIMABLE, NUMBER_OF_FILES
  FROM V$RECOVERY_FILE_DEST;

-- name: archive-destinations
-- Destinations without configuration (INACTIVE) are left out. ERROR is an error during
-- open or copy, DISABLED a destination disabled after an error, BAD PARAM a parameter
-- error and FULL an exceeded quota.
SELECT DEST_ID, DEST_NAME, STATUS, TARGET, DESTINATION, ERROR
  FROM V$ARCHIVE_DEST
 WHERE STATUS <> 'INACTIVE'
 ORDER BY DEST_ID;
