-- Every record a coordinator may correct gets a stable id, shown in listings
-- and named by `edit ID` and `remove ID`; plift's commands never give it
-- again once the record is removed (AUTOINCREMENT). Pulses, visits and attendance had an id
-- already and keep it; course participants, steering members and key
-- figures are rebuilt with one (what made a row unique stays unique); an
-- assessment's scores share the id of their assessment, drawn from
-- assessment_id_sequence.
--
-- Audit entries recorded before this version describe training,
-- steering_member, kpi_value and assessment_score in their old shape: undo
-- finds their changes no longer apply and refuses, and log show names those
-- tables' columns by position.

CREATE TABLE training_new (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  company   TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  person    TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('employee', 'manager', 'union', 'other')),
  enrolled  TEXT NOT NULL,
  completed TEXT,
  dropped   TEXT,
  CHECK (completed IS NULL OR dropped IS NULL),
  UNIQUE (company, person)
);
INSERT INTO training_new (company, person, role, enrolled, completed, dropped)
  SELECT company, person, role, enrolled, completed, dropped FROM training ORDER BY company, enrolled, person;
DROP TABLE training;
ALTER TABLE training_new RENAME TO training;

CREATE TABLE steering_member_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  person  TEXT NOT NULL,
  role    TEXT NOT NULL CHECK (role IN ('management', 'union', 'employee')),
  UNIQUE (company, person)
);
INSERT INTO steering_member_new (company, person, role)
  SELECT company, person, role FROM steering_member ORDER BY company, person;
DROP TABLE steering_member;
ALTER TABLE steering_member_new RENAME TO steering_member;

CREATE TABLE kpi_value_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  kpi     TEXT NOT NULL,
  date    TEXT NOT NULL,
  value   REAL NOT NULL,
  UNIQUE (company, kpi, date)
);
INSERT INTO kpi_value_new (company, kpi, date, value)
  SELECT company, kpi, date, value FROM kpi_value ORDER BY company, kpi, date;
DROP TABLE kpi_value;
ALTER TABLE kpi_value_new RENAME TO kpi_value;

CREATE TABLE assessment_score_new (
  assessment INTEGER NOT NULL,
  company    TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date       TEXT NOT NULL,
  dimension  TEXT NOT NULL,
  score      INTEGER NOT NULL,
  PRIMARY KEY (company, date, dimension),
  UNIQUE (assessment, dimension)
) WITHOUT ROWID;
INSERT INTO assessment_score_new (assessment, company, date, dimension, score)
  SELECT dense_rank() OVER (ORDER BY company, date), company, date, dimension, score FROM assessment_score;
DROP TABLE assessment_score;
ALTER TABLE assessment_score_new RENAME TO assessment_score;

-- Only the sequence matters: each new assessment inserts a row here and
-- removes it again in the same transaction, taking the row's id.
CREATE TABLE assessment_id_sequence (id INTEGER PRIMARY KEY AUTOINCREMENT);
INSERT INTO assessment_id_sequence (id)
  SELECT max(assessment) FROM assessment_score HAVING max(assessment) IS NOT NULL;
DELETE FROM assessment_id_sequence;

-- The same columns, now with AUTOINCREMENT ids.
CREATE TABLE pulse_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date    TEXT NOT NULL,
  status  TEXT NOT NULL CHECK (status IN ('green', 'yellow', 'red')),
  note    TEXT
);
INSERT INTO pulse_new (id, company, date, status, note) SELECT id, company, date, status, note FROM pulse;
DROP TABLE pulse;
ALTER TABLE pulse_new RENAME TO pulse;
CREATE INDEX pulse_company_date ON pulse(company, date);
CREATE INDEX pulse_date ON pulse(date);

CREATE TABLE visit_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date    TEXT NOT NULL,
  coach   TEXT REFERENCES coach(key) ON UPDATE CASCADE,
  mode    TEXT NOT NULL CHECK (mode IN ('onsite', 'remote')),
  note    TEXT
);
INSERT INTO visit_new (id, company, date, coach, mode, note) SELECT id, company, date, coach, mode, note FROM visit;
DROP TABLE visit;
ALTER TABLE visit_new RENAME TO visit;
CREATE INDEX visit_company_date ON visit(company, date);
CREATE INDEX visit_coach_date ON visit(coach, date);

CREATE TABLE attendance_new (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  gathering TEXT NOT NULL REFERENCES gathering(key) ON UPDATE CASCADE ON DELETE CASCADE,
  company   TEXT REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  guest     TEXT,
  people    INTEGER NOT NULL CHECK (people > 0),
  CHECK (company IS NULL OR guest IS NULL)
);
INSERT INTO attendance_new (id, gathering, company, guest, people)
  SELECT id, gathering, company, guest, people FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;
CREATE UNIQUE INDEX attendance_company ON attendance(gathering, company) WHERE company IS NOT NULL;
CREATE UNIQUE INDEX attendance_guest ON attendance(gathering, guest) WHERE guest IS NOT NULL;
CREATE INDEX attendance_by_company ON attendance(company);
CREATE INDEX attendance_by_gathering ON attendance(gathering, id);
