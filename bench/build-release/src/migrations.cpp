// Generated from src/store/migrations; do not edit.
#include "migrations.hpp"

namespace plift::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
    {1, "001_initial", R"plift_sql(-- The first schema: coaches, companies, their phase history, checklist ticks
-- and pulse meetings. Dates are TEXT in YYYY-MM-DD form, so they sort.

CREATE TABLE coach (
  key          TEXT PRIMARY KEY NOT NULL,
  name         TEXT NOT NULL,
  organisation TEXT NOT NULL,
  email        TEXT,
  region       TEXT
) WITHOUT ROWID;

CREATE TABLE company (
  key             TEXT PRIMARY KEY NOT NULL,
  name            TEXT NOT NULL,
  org_number      TEXT,
  region          TEXT NOT NULL,
  sector          TEXT NOT NULL,
  employees       INTEGER NOT NULL CHECK (employees > 0),
  start           TEXT NOT NULL,
  coach           TEXT REFERENCES coach(key) ON UPDATE CASCADE,
  completed       TEXT,
  withdrawn       TEXT,
  withdraw_reason TEXT,
  CHECK (completed IS NULL OR withdrawn IS NULL)
) WITHOUT ROWID;

CREATE INDEX company_coach ON company(coach);

-- One row per phase a company entered; ended is the day it left the phase.
CREATE TABLE phase_history (
  company       TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  seq           INTEGER NOT NULL CHECK (seq >= 1),
  phase         TEXT NOT NULL,
  started       TEXT NOT NULL,
  ended         TEXT,
  planned_end   TEXT NOT NULL,
  forced_reason TEXT,
  PRIMARY KEY (company, seq)
) WITHOUT ROWID;

CREATE TABLE checklist_tick (
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  phase   TEXT NOT NULL,
  item    TEXT NOT NULL,
  date    TEXT NOT NULL,
  PRIMARY KEY (company, phase, item)
) WITHOUT ROWID;

CREATE TABLE pulse (
  id      INTEGER PRIMARY KEY,
  company TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  date    TEXT NOT NULL,
  status  TEXT NOT NULL CHECK (status IN ('green', 'yellow', 'red')),
  note    TEXT
);

CREATE INDEX pulse_company_date ON pulse(company, date);
CREATE INDEX pulse_date ON pulse(date);
)plift_sql"},
  };
  return all;
}

}  // namespace plift::store
