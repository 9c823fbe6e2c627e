-- Storage check: ASM disk groups and damaged data files. Server file systems are read on
-- the desk's host, not through the database.

-- name: role
SELECT DATABASE_ROLE FROM V$DATABASE;

-- name: disk-groups
-- Sizes in MiB. REQUIRED_MIRROR_FREE_MB is kept back so that redundancy can be restored
-- after a disk failure. USABLE_FILE_MB is the space files can still use after mirroring
-- once that reserve is kept, so it is negative when the reserve is already in use. The
-- view is empty when the database does not use ASM. Oracle Database Reference 21c
-- states for several ASM views that they return no rows when queried from a PDB, so
-- connect to the root. V$ASM_DISKGROUP_STAT has the columns of V$ASM_DISKGROUP but skips the discovery
-- of new disk groups, which makes it cheaper to query (Oracle Database Reference 11.2).
-- Seen from a database instance, free space can lag the figures of the ASM instance. A
-- database instance reports its groups as CONNECTED, the ASM instance as MOUNTED. TYPE is
-- EXTERN, NORMAL or HIGH, and 12.2 adds FLEX and EXTEND.
SELECT NAME, STATE, TYPE, TOTAL_MB, FREE_MB, REQUIRED_MIRROR_FREE_MB, USABLE_FILE_MB,
       OFFLINE_DISKS
  FROM V$ASM_DISKGROUP_STAT
 ORDER BY NAME;

-- name: damaged-files
-- Data files that are offline, need media recovery or whose header cannot be read.
-- Each view has at most one row per FILE#, so they are joined without aggregating.
-- V$DATAFILE.STATUS is SYSTEM or ONLINE when healthy, OFFLINE, RECOVER or SYSOFF when
-- not. V$DATAFILE_HEADER.ERROR names why the header could not be read (FILE NOT FOUND,
-- CANNOT OPEN FILE, OFFLINE NORMAL, ...). Reading the headers opens every file. On 12c
-- and later the views of the root cover the files of every container.
SELECT d.FILE#, d.NAME, d.STATUS, h.TABLESPACE_NAME, h.STATUS AS HEADER_STATUS, h.ERROR,
       h.RECOVER, r.ERROR AS RECOVER_ERROR,
       CASE WHEN r.FILE# IS NULL THEN 'NO' ELSE 'YES' END AS IN_RECOVER_FILE
  FROM V$DATAFILE d
  LEFT JOIN V$DATAFILE_HEADER h ON h.FILE# = d.FILE#
  LEFT JOIN V$RECOVER_FILE r ON r.FILE# = d.FILE#
 WHERE d.STATUS IN ('OFFLINE', 'RECOVER', 'SYSOFF')
    OR h.ERROR IS NOT NULL
    OR h.RECOVER = 'YES'
    OR h.STATUS = 'OFFLINE'
    OR r.FILE# IS NOT NULL
 ORDER BY d.FILE#;
