-- Findings of `plift check` acknowledged as known and accepted (plift check
-- ack): one per company and rule. It covers the company's findings of that
-- rule dated on or before the day it was acknowledged, through its until day
-- (the last day it holds; NULL: until it is taken back with check unack).
CREATE TABLE finding_ack (
  company      TEXT NOT NULL REFERENCES company(key) ON UPDATE CASCADE ON DELETE CASCADE,
  rule         TEXT NOT NULL,
  reason       TEXT NOT NULL,
  acknowledged TEXT NOT NULL,
  until        TEXT CHECK (until IS NULL OR until >= acknowledged),
  PRIMARY KEY (company, rule)
) WITHOUT ROWID;
