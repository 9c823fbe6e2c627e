-- Temporary tables check and cleanup. The check and the listing run with the monitoring
-- account; the statements marked "maintenance account" run with the account that drops
-- tables. Every statement runs on 11.2, 12c and 19c.
--
-- On 12c and later the DBA_ views show the container the session is connected to, so a
-- target whose LIMS schemas are in a pluggable database must connect to that PDB's
-- service for this check and the cleanup.

-- name: candidates
-- Tables of one schema whose name matches one pattern, created before a cutoff. Binds: the
-- owner (three times), the LIKE pattern with \ as escape character, and the cutoff (a
-- DATE on the clock of the server). Tables in the recycle bin are left out: DROPPED = 'YES',
-- or a BIN$ name. BYTES is the sum in bytes of the segments of the table itself (table,
-- partitions and subpartitions); indexes and LOB segments are not counted. A global temporary
-- table (TEMPORARY = 'Y') and a table without a segment yet (deferred segment creation)
-- have 0 bytes. NUM_ROWS is the row count of the last statistics run, null without
-- statistics.
SELECT t.OWNER, t.TABLE_NAME, o.CREATED, t.NUM_ROWS, t.TEMPORARY, NVL(s.BYTES, 0) AS BYTES
  FROM DBA_TABLES t
  JOIN (SELECT OWNER, OBJECT_NAME, CREATED
          FROM DBA_OBJECTS
         WHERE OWNER = ? AND OBJECT_TYPE = 'TABLE') o
    ON o.OWNER = t.OWNER AND o.OBJECT_NAME = t.TABLE_NAME
  LEFT JOIN (SELECT OWNER, SEGMENT_NAME, SUM(BYTES) AS BYTES
               FROM DBA_SEGMENTS
              WHERE OWNER = ? AND SEGMENT_TYPE IN ('TABLE', 'TABLE PARTITION', 'TABLE SUBPARTITION')
              GROUP BY OWNER, SEGMENT_NAME) s
    ON s.OWNER = t.OWNER AND s.SEGMENT_NAME = t.TABLE_NAME
 WHERE t.OWNER = ?
   AND t.TABLE_NAME LIKE ? ESCAPE '\'
   AND t.TABLE_NAME NOT LIKE 'BIN$%'
   AND t.DROPPED = 'NO'
   AND o.CREATED < ?;

-- name: table
-- Maintenance account, just before a drop: whether the listed table still exists under
-- the same owner and name, outside the recycle bin. CREATED shows a table that was
-- created again under the same name since the listing, and the cleanup leaves such a
-- table in place. It also leaves tables in SYSTEM or in a dictionary-managed tablespace,
-- because Oracle does not keep them in the recycle bin when they are dropped.
-- TABLESPACE_NAME is null for a partitioned or a global temporary table. Binds: the
-- owner, the table name, the owner, the table name.
SELECT t.OWNER, t.TABLE_NAME, t.TEMPORARY, t.TABLESPACE_NAME, ts.EXTENT_MANAGEMENT, o.CREATED
  FROM DBA_TABLES t
  JOIN (SELECT OWNER, OBJECT_NAME, CREATED
          FROM DBA_OBJECTS
         WHERE OWNER = ? AND OBJECT_NAME = ? AND OBJECT_TYPE = 'TABLE') o
    ON o.OWNER = t.OWNER AND o.OBJECT_NAME = t.TABLE_NAME
  LEFT JOIN (SELECT TABLESPACE_NAME, EXTENT_MANAGEMENT FROM DBA_TABLESPACES) ts
    ON ts.TABLESPACE_NAME = t.TABLESPACE_NAME
 WHERE t.OWNER = ?
   AND t.TABLE_NAME = ?
   AND t.DROPPED = 'NO';

-- name: recyclebin
-- Maintenance account, once per target before any drop: the RECYCLEBIN parameter of the
-- session (on or off, default on). With off, a dropped table cannot be restored with
-- FLASHBACK TABLE ... TO BEFORE DROP, so the cleanup drops only global temporary tables,
-- which hold no lasting rows and can be created again from the recorded DDL. The column name is quoted because
-- H2, on which the tests run, reserves VALUE; Oracle reads it as the same column.
SELECT "VALUE" FROM V$PARAMETER WHERE NAME = 'recyclebin';

-- name: ddl
-- Maintenance account, before a drop: the DDL of the table, kept with the cleanup record so
-- that the table can be created again. DBMS_METADATA reads the tables of another schema
-- only when the session has SELECT_CATALOG_ROLE enabled. Binds: the table name and the owner.
SELECT DBMS_METADATA.GET_DDL('TABLE', ?, ?) AS DDL FROM DUAL;
