-- plain-sqlite3 twin of `plift company list --format json`: every company with
-- its status on @TODAY@ and its current phase, as one JSON array, by key.
SELECT json_group_array(json_object(
  'key', key, 'name', name, 'org_number', org_number, 'region', region, 'sector', sector,
  'employees', employees, 'start', start, 'status', status,
  'phase', CASE WHEN status = 'active' THEN phase END,
  'phase_started', CASE WHEN status = 'active' THEN started END,
  'phase_planned_end', CASE WHEN status = 'active' THEN planned_end END,
  'coach', coach, 'completed', completed, 'withdrawn', withdrawn, 'withdraw_reason', withdraw_reason))
FROM (
  SELECT c.*, p.phase, p.started, p.planned_end,
         CASE WHEN c.withdrawn <= '@TODAY@' THEN 'withdrawn'
              WHEN c.completed <= '@TODAY@' THEN 'completed'
              WHEN c.start > '@TODAY@' THEN 'planned'
              ELSE 'active' END AS status
  FROM company c LEFT JOIN phase_history p ON p.company = c.key AND p.ended IS NULL
  ORDER BY c.key);
