-- plain-sqlite3 twin of `plift report quarterly --format json` (and of the
-- numbers behind --format html) for the quarter @QFROM@ to @QEND@ (its first
-- day, and its last or today): one JSON object, as hand-written SQL gives it.
-- It covers
--   portfolio: companies active and planned at the end (as they stood then:
--     later completions and withdrawals undone), started, completed and
--     withdrawn within the quarter, the active ones by phase and every region's
--     counts;
--   visits: of the companies active on some day of the quarter, the visits
--     held in it, in all and by coach: the companies each holds and the visits
--     each held (a substitute's visit is the substitute's);
--   pulse: the latest pulse by the end of each company active at the end
--     (green, yellow, red, none);
--   kpis: per KPI of the produktionslyftet template (plift reads them from
--     plift.toml: plain SQL has to be told each one's direction), the companies
--     of the quarter with a baseline and a later value by the end, how many
--     improved, and the median change in per cent (unrounded; plift rounds it
--     to one decimal).
-- Not here: visits expected (the cadence in coaching weeks that skip the
-- holiday weeks), each company's row, its risks (the reminder rules), the
-- journeys and timeline, training, gatherings and assessments; plift computes
-- all of them from the same records it loads for the numbers above.
WITH p(qfrom, qend) AS (VALUES ('@QFROM@', '@QEND@')),
kpi(kpi, better) AS (VALUES
  ('delivery-precision', 'higher'), ('lead-time', 'lower'), ('productivity', 'higher'),
  ('scrap', 'lower'), ('sick-leave', 'lower')),
cut AS (
  SELECT co.key, co.region, co.coach, co.start,
         CASE WHEN co.completed <= p.qend THEN co.completed END AS completed,
         CASE WHEN co.withdrawn <= p.qend THEN co.withdrawn END AS withdrawn
  FROM company co, p),
s AS MATERIALIZED (
  SELECT cut.*,
         CASE WHEN withdrawn IS NOT NULL THEN 'withdrawn' WHEN completed IS NOT NULL THEN 'completed'
              WHEN start > p.qend THEN 'planned' ELSE 'active' END AS status,
         min(coalesce(completed, withdrawn), coalesce(withdrawn, completed)) AS stop
  FROM cut, p),
q AS MATERIALIZED (
  SELECT s.* FROM s, p
  WHERE s.start <= p.qend AND (s.stop IS NULL OR (s.stop > p.qfrom AND s.stop > s.start))),
by_phase AS (
  SELECT ph.phase, count(*) AS n
  FROM s JOIN p JOIN phase_history ph ON ph.company = s.key AND ph.started <= p.qend
                                     AND (ph.ended IS NULL OR ph.ended > p.qend)
  WHERE s.status = 'active' GROUP BY ph.phase),
by_region AS (
  SELECT s.region,
         count(*) FILTER (WHERE s.status = 'active') AS active,
         count(*) FILTER (WHERE s.start BETWEEN p.qfrom AND p.qend) AS started,
         count(*) FILTER (WHERE s.completed BETWEEN p.qfrom AND p.qend) AS completed,
         count(*) FILTER (WHERE s.withdrawn BETWEEN p.qfrom AND p.qend) AS withdrawn,
         count(*) FILTER (WHERE s.status = 'planned') AS planned
  FROM s, p GROUP BY s.region ORDER BY s.region),
held AS (
  SELECT v.coach, count(*) AS held
  FROM q JOIN visit v ON v.company = q.key JOIN p ON v.date BETWEEN p.qfrom AND p.qend
  GROUP BY v.coach),
by_coach AS (
  SELECT coach, sum(companies) AS companies, sum(held) AS held
  FROM (SELECT coach, count(*) AS companies, 0 AS held FROM q GROUP BY coach
        UNION ALL SELECT coach, 0, held FROM held)
  GROUP BY coach ORDER BY coach IS NULL, coach),
latest_pulse AS (
  SELECT (SELECT u.status FROM pulse u WHERE u.company = s.key AND u.date <= p.qend
          ORDER BY u.date DESC, u.id DESC LIMIT 1) AS status
  FROM s, p WHERE s.status = 'active'),
kpi_span AS (
  SELECT k.company, k.kpi, min(k.date) AS first_day, max(k.date) AS last_day
  FROM q JOIN p JOIN kpi_value k ON k.company = q.key AND k.date <= p.qend
  GROUP BY k.company, k.kpi HAVING count(*) > 1),
kpi_change AS (
  SELECT kpi.kpi, kpi.better, b.value AS baseline, l.value AS latest,
         CASE WHEN b.value <> 0 THEN 100.0 * (l.value - b.value) / abs(b.value) END AS change_pct
  FROM kpi_span x JOIN kpi ON kpi.kpi = x.kpi
  JOIN kpi_value b ON b.company = x.company AND b.kpi = x.kpi AND b.date = x.first_day
  JOIN kpi_value l ON l.company = x.company AND l.kpi = x.kpi AND l.date = x.last_day),
kpi_ranked AS (
  SELECT kpi, change_pct, row_number() OVER (PARTITION BY kpi ORDER BY change_pct) AS r,
         count(*) OVER (PARTITION BY kpi) AS n
  FROM kpi_change WHERE change_pct IS NOT NULL),
kpi_median AS (
  SELECT kpi, avg(change_pct) AS median FROM kpi_ranked WHERE r IN ((n + 1) / 2, (n + 2) / 2) GROUP BY kpi),
kpi_outcome AS (
  SELECT kpi.kpi, count(c.kpi) AS companies,
         count(*) FILTER (WHERE CASE c.better WHEN 'higher' THEN c.latest > c.baseline
                                              ELSE c.latest < c.baseline END) AS improved,
         (SELECT median FROM kpi_median m WHERE m.kpi = kpi.kpi) AS median_change_pct
  FROM kpi LEFT JOIN kpi_change c ON c.kpi = kpi.kpi GROUP BY kpi.kpi)
SELECT json_object(
  'from', (SELECT qfrom FROM p), 'as_of', (SELECT qend FROM p),
  'portfolio', json_object(
    'active', (SELECT count(*) FROM s WHERE status = 'active'),
    'by_phase', (SELECT json_group_object(phase, n) FROM by_phase),
    'started', (SELECT sum(started) FROM by_region),
    'completed', (SELECT sum(completed) FROM by_region),
    'withdrawn', (SELECT sum(withdrawn) FROM by_region),
    'planned', (SELECT count(*) FROM s WHERE status = 'planned'),
    'by_region', (SELECT json_group_array(json_object('region', region, 'active', active, 'started', started,
                                                      'completed', completed, 'withdrawn', withdrawn,
                                                      'planned', planned)) FROM by_region)),
  'companies', (SELECT count(*) FROM q),
  'visits', json_object(
    'held', (SELECT ifnull(sum(held), 0) FROM held),
    'by_coach', (SELECT json_group_array(json_object('coach', coach, 'companies', companies, 'held', held))
                 FROM by_coach)),
  'pulse', (SELECT json_object('green', count(*) FILTER (WHERE status = 'green'),
                               'yellow', count(*) FILTER (WHERE status = 'yellow'),
                               'red', count(*) FILTER (WHERE status = 'red'),
                               'none', count(*) FILTER (WHERE status IS NULL)) FROM latest_pulse),
  'kpis', (SELECT json_group_array(json_object('kpi', kpi, 'companies', companies, 'improved', improved,
                                               'median_change_pct', median_change_pct)) FROM kpi_outcome));
