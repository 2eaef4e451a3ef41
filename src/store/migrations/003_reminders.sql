-- The reminders `plift remind --new-only` has shown, so each is shown once.
-- A reminder is the same one while its kind, company and due day stay the
-- same; one that comes back with a new due day is new again.

CREATE TABLE shown_reminder (
  kind        TEXT NOT NULL,
  company     TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  due         TEXT NOT NULL,
  first_shown TEXT NOT NULL,
  PRIMARY KEY (kind, company, due)
) WITHOUT ROWID;
CREATE INDEX shown_reminder_company ON shown_reminder(company);
