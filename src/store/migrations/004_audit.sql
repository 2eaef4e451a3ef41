-- The audit log: one entry per writing command, batch or import that changed
-- something, with who, when, the command line and the change itself as an
-- SQLite session changeset, so `plift undo` can apply its inverse.

CREATE TABLE audit_entry (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,     -- UTC, 2026-11-21T09:30:00Z
  user      TEXT NOT NULL,
  command   TEXT NOT NULL,     -- the command line, quoted as a shell would need it
  undoes    INTEGER REFERENCES audit_entry(id),  -- set on the entry of an undo
  undone_by INTEGER REFERENCES audit_entry(id)
);

-- How many rows of each table the entry inserted, updated and deleted.
CREATE TABLE audit_table_change (
  entry    INTEGER NOT NULL REFERENCES audit_entry(id),
  tbl      TEXT NOT NULL,
  inserted INTEGER NOT NULL,
  updated  INTEGER NOT NULL,
  deleted  INTEGER NOT NULL,
  PRIMARY KEY (entry, tbl)
) WITHOUT ROWID;

-- The companies an entry touched, by key (a key outlives its company's row).
CREATE TABLE audit_company (
  company TEXT NOT NULL,
  entry   INTEGER NOT NULL REFERENCES audit_entry(id),
  PRIMARY KEY (company, entry)
) WITHOUT ROWID;

-- The changeset of an entry, in segments (a large import records one every
-- few thousand rows, so its session never holds the whole import in memory)
-- and each segment in chunks. Undo applies the segments' inverses newest first.
CREATE TABLE audit_changeset (
  entry   INTEGER NOT NULL REFERENCES audit_entry(id),
  segment INTEGER NOT NULL,
  chunk   INTEGER NOT NULL,
  data    BLOB NOT NULL,
  PRIMARY KEY (entry, segment, chunk)
) WITHOUT ROWID;
