-- The rest of the journey: coach visits, Lean-course participants, joint
-- gatherings and seminars with their attendance, steering groups, key
-- figures and Lean status assessments.

CREATE TABLE visit (
  id      INTEGER PRIMARY KEY,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date    TEXT NOT NULL,
  coach   TEXT REFERENCES coach(key) ON UPDATE CASCADE,
  mode    TEXT NOT NULL CHECK (mode IN ('onsite', 'remote')),
  note    TEXT
);
CREATE INDEX visit_company_date ON visit(company, date);
CREATE INDEX visit_coach_date ON visit(coach, date);

CREATE TABLE training (
  company   TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  person    TEXT NOT NULL,
  role      TEXT NOT NULL CHECK (role IN ('employee', 'manager', 'union', 'other')),
  enrolled  TEXT NOT NULL,
  completed TEXT,
  dropped   TEXT,
  CHECK (completed IS NULL OR dropped IS NULL),
  PRIMARY KEY (company, person)
) WITHOUT ROWID;

CREATE TABLE gathering (
  key      TEXT PRIMARY KEY NOT NULL,
  title    TEXT NOT NULL,
  date     TEXT NOT NULL,
  location TEXT,
  kind     TEXT NOT NULL DEFAULT 'joint' CHECK (kind IN ('joint', 'seminar'))
) WITHOUT ROWID;
CREATE INDEX gathering_date ON gathering(date);

-- Who came: an enrolled company, a guest company named in text (seminars
-- only), or, with neither, an anonymous head count.
CREATE TABLE attendance (
  id        INTEGER PRIMARY KEY,
  gathering TEXT NOT NULL REFERENCES gathering(key) ON UPDATE CASCADE ON DELETE CASCADE,
  company   TEXT REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  guest     TEXT,
  people    INTEGER NOT NULL CHECK (people > 0),
  CHECK (company IS NULL OR guest IS NULL)
);
CREATE UNIQUE INDEX attendance_company ON attendance(gathering, company) WHERE company IS NOT NULL;
CREATE UNIQUE INDEX attendance_guest ON attendance(gathering, guest) WHERE guest IS NOT NULL;
CREATE INDEX attendance_by_company ON attendance(company);

CREATE TABLE steering_member (
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  person  TEXT NOT NULL,
  role    TEXT NOT NULL CHECK (role IN ('management', 'union', 'employee')),
  PRIMARY KEY (company, person)
) WITHOUT ROWID;

CREATE TABLE kpi_value (
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  kpi     TEXT NOT NULL,
  date    TEXT NOT NULL,
  value   REAL NOT NULL,
  PRIMARY KEY (company, kpi, date)
) WITHOUT ROWID;

CREATE TABLE assessment_score (
  company   TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date      TEXT NOT NULL,
  dimension TEXT NOT NULL,
  score     INTEGER NOT NULL,
  PRIMARY KEY (company, date, dimension)
) WITHOUT ROWID;
