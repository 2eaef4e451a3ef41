-- plain-sqlite3 twin of `plift phase status`: every company active on @TODAY@,
-- its current phase, days left to the planned end, its checklist (done, of,
-- open items) and its coach visits (held within the journey, the last one).
-- The checklist is the produktionslyftet template's (plift reads it from
-- plift.toml; plain SQL has to be told). Not here: plift's visits expected
-- and next visit due, date arithmetic over the phase history that skips the
-- holiday weeks; they read no other data.
WITH item(phase, number, item) AS (VALUES
  ('vision', 1, 'challenges'), ('vision', 1, 'customer-needs'), ('vision', 1, 'employee-attitudes'),
  ('vision', 1, 'lean-status'), ('vision', 1, 'pulse-rhythm'), ('vision', 1, 'guiding-principles'),
  ('vision', 1, 'organise-phase-2'),
  ('pilot', 2, 'pilot-areas'), ('pilot', 2, 'improvement-tools'),
  ('line', 3, 'anchoring')),
active_phase AS (
  SELECT c.key, p.phase, p.started, p.planned_end,
         (SELECT count(*) FROM visit v WHERE v.company = c.key
            AND v.date BETWEEN c.start AND coalesce(c.completed, c.withdrawn, '9999-12-31')) AS visits_held,
         (SELECT max(v.date) FROM visit v WHERE v.company = c.key) AS last_visit
  FROM company c JOIN phase_history p ON p.company = c.key AND p.ended IS NULL
  WHERE c.start <= '@TODAY@'
    AND NOT ifnull(c.withdrawn <= '@TODAY@', 0)
    AND NOT ifnull(c.completed <= '@TODAY@', 0))
SELECT cur.key AS company, cur.phase, i.number AS phase_number, cur.started, cur.planned_end,
       CAST(julianday(cur.planned_end) - julianday('@TODAY@') AS INTEGER) AS days_left,
       count(t.item) AS checklist_done, count(*) AS checklist_total,
       cur.visits_held, cur.last_visit,
       ifnull(group_concat(CASE WHEN t.item IS NULL THEN i.item END, ', '), '') AS open_items
FROM active_phase cur
JOIN item i ON i.phase = cur.phase
LEFT JOIN checklist_tick t ON t.company = cur.key AND t.phase = i.phase AND t.item = i.item
GROUP BY cur.key
ORDER BY cur.key;
