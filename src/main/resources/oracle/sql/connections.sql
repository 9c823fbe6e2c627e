-- Connections check. Every view here describes the instance the desk is connected to,
-- so on RAC each instance has its own limits and sessions. On 12c and later connect to
-- the CDB root (CDB$ROOT), where V$SESSION lists the sessions of every container.
-- V$RESOURCE_LIMIT gains a CON_ID column there, in which 0 marks rows for the whole CDB.

-- name: limits
-- CURRENT_UTILIZATION and MAX_UTILIZATION are counts, MAX_UTILIZATION being the highest
-- since the instance started. INITIAL_ALLOCATION and LIMIT_VALUE are VARCHAR2(10) text
-- padded on the left, such as '       300', or ' UNLIMITED'.
SELECT RESOURCE_NAME, CURRENT_UTILIZATION, MAX_UTILIZATION, INITIAL_ALLOCATION, LIMIT_VALUE
  FROM V$RESOURCE_LIMIT
 WHERE LOWER(RESOURCE_NAME) IN ('processes', 'sessions');

-- name: parameters
-- Read only when LIMIT_VALUE is not a number. While SESSIONS is not set (ISDEFAULT =
-- 'TRUE'), VALUE shows the value that Oracle derived from PROCESSES. VALUE is quoted
-- because H2, where the tests keep a copy of the view, reserves the word. Oracle reads
-- "VALUE" as the same column.
SELECT NAME, "VALUE", ISDEFAULT
  FROM V$PARAMETER
 WHERE NAME IN ('processes', 'sessions');

-- name: top-users
-- The bind is the number of rows returned. Only user sessions count, not background
-- processes.
SELECT NAME, SESSION_COUNT
  FROM (SELECT USERNAME AS NAME, COUNT(*) AS SESSION_COUNT
          FROM V$SESSION
         WHERE TYPE = 'USER'
         GROUP BY USERNAME
         ORDER BY COUNT(*) DESC, USERNAME)
 WHERE ROWNUM <= ?;

-- name: top-machines
SELECT NAME, SESSION_COUNT
  FROM (SELECT MACHINE AS NAME, COUNT(*) AS SESSION_COUNT
          FROM V$SESSION
         WHERE TYPE = 'USER'
         GROUP BY MACHINE
         ORDER BY COUNT(*) DESC, MACHINE)
 WHERE ROWNUM <= ?;

-- name: top-programs
SELECT NAME, SESSION_COUNT
  FROM (SELECT PROGRAM AS NAME, COUNT(*) AS SESSION_COUNT
          FROM V$SESSION
         WHERE TYPE = 'USER'
         GROUP BY PROGRAM
         ORDER BY COUNT(*) DESC, PROGRAM)
 WHERE ROWNUM <= ?;
