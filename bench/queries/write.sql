-- plain-sqlite3 twin of `plift pulse log @KEY@ --status green --note bench`:
-- one pulse row in its own transaction, foreign keys checked as plift does.
PRAGMA foreign_keys = ON;
INSERT INTO pulse (company, date, status, note) VALUES ('@KEY@', '@TODAY@', 'green', 'bench');
