-- plain-sqlite3 twin of `plift remind` (text) and, run with -json, of
-- `plift remind --format json`: what the reminders are made of, for every
-- company active on @TODAY@, one row per company, by coach: the coach's name
-- and e-mail, the current phase and its planned end, days past it, the open
-- checklist items of the phase, the last visit and the last pulse meeting,
-- Lean-course participants, joint gatherings attended and the steering
-- group's management and union members. The checklist is the
-- produktionslyftet template's (plift reads it from plift.toml).
-- Not here: the rules over these (the next visit and pulse due in coaching
-- days that skip the holiday weeks, the gatherings the journey calls for by
-- now, the warning window) and the sentences; they read no other data. plift
-- prints one line per reminder (several per company), this one per company;
-- and max() seeks the (company, date) index where plift reads every visit and
-- pulse of the active companies.
WITH item(phase, item) AS (VALUES
  ('vision', 'challenges'), ('vision', 'customer-needs'), ('vision', 'employee-attitudes'),
  ('vision', 'lean-status'), ('vision', 'pulse-rhythm'), ('vision', 'guiding-principles'),
  ('vision', 'organise-phase-2'),
  ('pilot', 'pilot-areas'), ('pilot', 'improvement-tools'),
  ('line', 'anchoring')),
active AS (
  SELECT c.key, c.name, c.coach, c.start, p.phase, p.started, p.planned_end
  FROM company c JOIN phase_history p ON p.company = c.key AND p.ended IS NULL
  WHERE c.start <= '@TODAY@'
    AND NOT ifnull(c.withdrawn <= '@TODAY@', 0)
    AND NOT ifnull(c.completed <= '@TODAY@', 0))
SELECT ifnull(co.name, '(no coach)') AS coach_name, co.key AS coach, co.email,
       a.key AS company, a.name AS company_name, a.phase, a.planned_end,
       CAST(julianday('@TODAY@') - julianday(a.planned_end) AS INTEGER) AS days_overdue,
       (SELECT group_concat(i.item, ', ') FROM item i
         WHERE i.phase = a.phase
           AND NOT EXISTS (SELECT 1 FROM checklist_tick t
                            WHERE t.company = a.key AND t.phase = i.phase AND t.item = i.item
                              AND t.date <= '@TODAY@')) AS open_items,
       (SELECT max(v.date) FROM visit v WHERE v.company = a.key AND v.date <= '@TODAY@') AS last_visit,
       (SELECT max(u.date) FROM pulse u WHERE u.company = a.key AND u.date <= '@TODAY@') AS last_pulse,
       (SELECT count(*) FROM training r WHERE r.company = a.key AND r.enrolled <= '@TODAY@'
           AND NOT ifnull(r.dropped <= '@TODAY@', 0)) AS participants,
       (SELECT count(*) FROM attendance d JOIN gathering g ON g.key = d.gathering
         WHERE d.company = a.key AND g.kind = 'joint' AND g.date <= '@TODAY@') AS gatherings,
       (SELECT count(*) FROM steering_member s WHERE s.company = a.key AND s.role = 'management') AS steering_management,
       (SELECT count(*) FROM steering_member s WHERE s.company = a.key AND s.role = 'union') AS steering_union
FROM active a LEFT JOIN coach co ON co.key = a.coach
ORDER BY co.key IS NULL, co.key, a.key;
