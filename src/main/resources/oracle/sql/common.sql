-- Statements shared by every check. They run on Oracle 11.2, 12c and 19c, with the
-- monitoring account's grants only (CREATE SESSION, SELECT_CATALOG_ROLE).

-- name: now
-- The server's clock, against which every age is measured.
SELECT SYSDATE AS NOW FROM DUAL;
