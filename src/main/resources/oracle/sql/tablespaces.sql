-- Tablespace check. Every size is returned in bytes except USED_BLOCKS, which is in
-- blocks of the tablespace's BLOCK_SIZE. The check computes used space and percentages.
--
-- A file's reachable size is BYTES when it does not autoextend (MAXBYTES is 0 then), and
-- GREATEST(BYTES, MAXBYTES) when it does, because a file resized past its MAXSIZE keeps
-- its size. An autoextend smallfile with MAXSIZE UNLIMITED shows MAXBYTES 34359721984
-- (4194302 blocks of 8 KiB), a bigfile one 35184372064256 (4294967293 blocks). Neither
-- figure shows whether the file system or ASM disk group can supply that space. The
-- storage check reports the free space of those.
--
-- Used space of a permanent tablespace is its file bytes minus DBA_FREE_SPACE, which
-- counts objects in the recycle bin as free. Used space of an undo tablespace is its
-- ACTIVE and UNEXPIRED extents in DBA_UNDO_EXTENTS, because EXPIRED extents are reused
-- at once. Used space of a temporary tablespace is the used blocks of its sort
-- segments. V$TEMP_SPACE_HEADER is not read, because its BYTES_USED is a high-water mark
-- that stays up until the instance restarts or the tablespace is shrunk. GV$SORT_SEGMENT
-- is read instead of V$SORT_SEGMENT so that on RAC the sort segments of every instance
-- are counted.
--
-- On a 12c or later container database the DBA_ views list only the current container's
-- tablespaces, so the *-cdb statements read the CDB_ views instead. From the root they
-- cover every open container, so a mounted PDB is missing. From a PDB they cover only
-- that PDB.

-- name: version
SELECT VERSION FROM V$INSTANCE;

-- name: container
-- 12c and later only: whether the database is a container database.
SELECT CDB FROM V$DATABASE;

-- name: data-tablespaces
-- Permanent and undo tablespaces. DBA_FREE_SPACE can be slow while the recycle bin
-- contains many objects, and PURGE DBA_RECYCLEBIN makes it fast again.
SELECT t.TABLESPACE_NAME, t.CONTENTS, t.BIGFILE, t.STATUS,
       f.ALLOCATED_BYTES, f.MAX_BYTES,
       NVL(s.FREE_BYTES, 0) AS FREE_BYTES,
       NVL(u.ACTIVE_BYTES, 0) AS ACTIVE_BYTES,
       NVL(u.UNEXPIRED_BYTES, 0) AS UNEXPIRED_BYTES
  FROM DBA_TABLESPACES t
  JOIN (SELECT TABLESPACE_NAME,
               SUM(NVL(BYTES, 0)) AS ALLOCATED_BYTES,
               SUM(CASE WHEN AUTOEXTENSIBLE = 'YES' THEN GREATEST(NVL(BYTES, 0), NVL(MAXBYTES, 0))
                        ELSE NVL(BYTES, 0) END) AS MAX_BYTES
          FROM DBA_DATA_FILES
         GROUP BY TABLESPACE_NAME) f ON f.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT TABLESPACE_NAME, SUM(BYTES) AS FREE_BYTES
               FROM DBA_FREE_SPACE
              GROUP BY TABLESPACE_NAME) s ON s.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT TABLESPACE_NAME,
                    SUM(CASE WHEN STATUS = 'ACTIVE' THEN BYTES ELSE 0 END) AS ACTIVE_BYTES,
                    SUM(CASE WHEN STATUS = 'UNEXPIRED' THEN BYTES ELSE 0 END) AS UNEXPIRED_BYTES
               FROM DBA_UNDO_EXTENTS
              GROUP BY TABLESPACE_NAME) u ON u.TABLESPACE_NAME = t.TABLESPACE_NAME
 ORDER BY t.TABLESPACE_NAME;

-- name: temporary-tablespaces
SELECT t.TABLESPACE_NAME, t.CONTENTS, t.BIGFILE, t.STATUS, t.BLOCK_SIZE,
       f.ALLOCATED_BYTES, f.MAX_BYTES,
       NVL(s.USED_BLOCKS, 0) AS USED_BLOCKS
  FROM DBA_TABLESPACES t
  JOIN (SELECT TABLESPACE_NAME,
               SUM(NVL(BYTES, 0)) AS ALLOCATED_BYTES,
               SUM(CASE WHEN AUTOEXTENSIBLE = 'YES' THEN GREATEST(NVL(BYTES, 0), NVL(MAXBYTES, 0))
                        ELSE NVL(BYTES, 0) END) AS MAX_BYTES
          FROM DBA_TEMP_FILES
         GROUP BY TABLESPACE_NAME) f ON f.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT TABLESPACE_NAME, SUM(USED_BLOCKS) AS USED_BLOCKS
               FROM GV$SORT_SEGMENT
              GROUP BY TABLESPACE_NAME) s ON s.TABLESPACE_NAME = t.TABLESPACE_NAME
 ORDER BY t.TABLESPACE_NAME;

-- name: data-tablespaces-cdb
-- 12c and later container databases only.
SELECT c.NAME AS CONTAINER_NAME, t.TABLESPACE_NAME, t.CONTENTS, t.BIGFILE, t.STATUS,
       f.ALLOCATED_BYTES, f.MAX_BYTES,
       NVL(s.FREE_BYTES, 0) AS FREE_BYTES,
       NVL(u.ACTIVE_BYTES, 0) AS ACTIVE_BYTES,
       NVL(u.UNEXPIRED_BYTES, 0) AS UNEXPIRED_BYTES
  FROM CDB_TABLESPACES t
  JOIN V$CONTAINERS c ON c.CON_ID = t.CON_ID
  JOIN (SELECT CON_ID, TABLESPACE_NAME,
               SUM(NVL(BYTES, 0)) AS ALLOCATED_BYTES,
               SUM(CASE WHEN AUTOEXTENSIBLE = 'YES' THEN GREATEST(NVL(BYTES, 0), NVL(MAXBYTES, 0))
                        ELSE NVL(BYTES, 0) END) AS MAX_BYTES
          FROM CDB_DATA_FILES
         GROUP BY CON_ID, TABLESPACE_NAME) f ON f.CON_ID = t.CON_ID AND f.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT CON_ID, TABLESPACE_NAME, SUM(BYTES) AS FREE_BYTES
               FROM CDB_FREE_SPACE
              GROUP BY CON_ID, TABLESPACE_NAME) s ON s.CON_ID = t.CON_ID AND s.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT CON_ID, TABLESPACE_NAME,
                    SUM(CASE WHEN STATUS = 'ACTIVE' THEN BYTES ELSE 0 END) AS ACTIVE_BYTES,
                    SUM(CASE WHEN STATUS = 'UNEXPIRED' THEN BYTES ELSE 0 END) AS UNEXPIRED_BYTES
               FROM CDB_UNDO_EXTENTS
              GROUP BY CON_ID, TABLESPACE_NAME) u ON u.CON_ID = t.CON_ID AND u.TABLESPACE_NAME = t.TABLESPACE_NAME
 ORDER BY c.NAME, t.TABLESPACE_NAME;

-- name: temporary-tablespaces-cdb
-- 12c and later container databases only.
SELECT c.NAME AS CONTAINER_NAME, t.TABLESPACE_NAME, t.CONTENTS, t.BIGFILE, t.STATUS, t.BLOCK_SIZE,
       f.ALLOCATED_BYTES, f.MAX_BYTES,
       NVL(s.USED_BLOCKS, 0) AS USED_BLOCKS
  FROM CDB_TABLESPACES t
  JOIN V$CONTAINERS c ON c.CON_ID = t.CON_ID
  JOIN (SELECT CON_ID, TABLESPACE_NAME,
               SUM(NVL(BYTES, 0)) AS ALLOCATED_BYTES,
               SUM(CASE WHEN AUTOEXTENSIBLE = 'YES' THEN GREATEST(NVL(BYTES, 0), NVL(MAXBYTES, 0))
                        ELSE NVL(BYTES, 0) END) AS MAX_BYTES
          FROM CDB_TEMP_FILES
         GROUP BY CON_ID, TABLESPACE_NAME) f ON f.CON_ID = t.CON_ID AND f.TABLESPACE_NAME = t.TABLESPACE_NAME
  LEFT JOIN (SELECT CON_ID, TABLESPACE_NAME, SUM(USED_BLOCKS) AS USED_BLOCKS
               FROM GV$SORT_SEGMENT
              GROUP BY CON_ID, TABLESPACE_NAME) s ON s.CON_ID = t.CON_ID AND s.TABLESPACE_NAME = t.TABLESPACE_NAME
 ORDER BY c.NAME, t.TABLESPACE_NAME;
