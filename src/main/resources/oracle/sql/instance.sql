-- Instance check. V$INSTANCE and V$DATABASE have one row each on a single instance; on
-- RAC they describe the instance the desk is connected to. On 12c and later connect to
-- the CDB root (CDB$ROOT), so that V$PDBS lists every pluggable database.

-- name: instance
SELECT INSTANCE_NAME, HOST_NAME, VERSION, STARTUP_TIME, STATUS, ARCHIVER, LOGINS,
       SHUTDOWN_PENDING, DATABASE_STATUS, ACTIVE_STATE
  FROM V$INSTANCE;

-- name: database
SELECT NAME, OPEN_MODE, LOG_MODE, DATABASE_ROLE
  FROM V$DATABASE;

-- name: container
-- 12c and later only: whether the database is a container database.
SELECT CDB FROM V$DATABASE;

-- name: pdbs
-- 12c and later only. PDB$SEED is always read only and is left out.
SELECT NAME, OPEN_MODE
  FROM V$PDBS
 WHERE NAME <> 'PDB$SEED'
 ORDER BY NAME;
