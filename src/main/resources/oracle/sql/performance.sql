-- Performance check. V$SESSION and V$SYSTEM_EVENT describe the instance the desk is
-- connected to, so on RAC each instance is sampled on its own. On 12c and later connect
-- to the CDB root (CDB$ROOT), where V$SESSION lists the sessions of every container and
-- V$SYSTEM_EVENT returns the whole instance with CON_ID 0. Both views gain a CON_ID
-- column there, which this check does not read.

-- name: instance
-- Counters of V$SYSTEM_EVENT start from zero when the instance starts, so the startup
-- time shows whether the last sample can be subtracted.
SELECT INSTANCE_NAME, INSTANCE_NUMBER, STARTUP_TIME
  FROM V$INSTANCE;

-- name: blocking
-- Sessions blocked by another session in a non-idle wait, and the local sessions that
-- block them. The bind is the local INSTANCE_NUMBER, because on RAC a blocker may sit on
-- another instance (BLOCKING_INSTANCE), where its SID means a different session.
-- WAIT_TIME_MICRO (11.2 and later) is the time of the current wait in microseconds;
-- SECONDS_IN_WAIT, deprecated since 11.2, is read when it is null. LAST_CALL_ET is in
-- seconds: for an INACTIVE blocker it is how long the session has been idle, often
-- holding an uncommitted transaction.
SELECT SID, SERIAL#, USERNAME, MACHINE, PROGRAM, STATUS, SQL_ID, EVENT, WAIT_CLASS,
       BLOCKING_INSTANCE, BLOCKING_SESSION, WAIT_TIME_MICRO, SECONDS_IN_WAIT, LAST_CALL_ET
  FROM V$SESSION
 WHERE (BLOCKING_SESSION IS NOT NULL AND WAIT_CLASS <> 'Idle')
    OR SID IN (SELECT BLOCKING_SESSION
                 FROM V$SESSION
                WHERE BLOCKING_SESSION IS NOT NULL
                  AND WAIT_CLASS <> 'Idle'
                  AND BLOCKING_INSTANCE = ?);

-- name: active-calls
-- The longest running calls of user sessions. The bind is the maximum number of rows.
-- LAST_CALL_ET of an ACTIVE session is the seconds since its current call started.
-- Sessions in an idle wait, such as a dequeue waiting for messages or DBMS_LOCK.SLEEP,
-- are left out because they wait by design.
SELECT SID, SERIAL#, USERNAME, MACHINE, PROGRAM, SQL_ID, EVENT, LAST_CALL_ET
  FROM (SELECT SID, SERIAL#, USERNAME, MACHINE, PROGRAM, SQL_ID, EVENT, LAST_CALL_ET
          FROM V$SESSION
         WHERE TYPE = 'USER'
           AND STATUS = 'ACTIVE'
           AND NOT (NVL(STATE, '-') = 'WAITING' AND NVL(WAIT_CLASS, '-') = 'Idle')
         ORDER BY LAST_CALL_ET DESC NULLS LAST)
 WHERE ROWNUM <= ?;

-- name: wait-events
-- Cumulative waits since the instance started. TIME_WAITED_MICRO is in microseconds
-- (TIME_WAITED is in hundredths of a second). EVENT_ID identifies the event in the
-- check's stored sample.
SELECT EVENT, EVENT_ID, WAIT_CLASS, TOTAL_WAITS, TIME_WAITED_MICRO
  FROM V$SYSTEM_EVENT
 WHERE WAIT_CLASS <> 'Idle'
 ORDER BY TIME_WAITED_MICRO DESC NULLS LAST, EVENT_ID;
