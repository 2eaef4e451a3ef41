-- A gathering's attendance looked up by the gathering: each attendance row an
-- import checks, each gathering listed and each cascade from a gathering read
-- the whole table before (the unique indexes on gathering are partial, so
-- only rows naming a company or a guest were reachable through them).
CREATE INDEX attendance_by_gathering ON attendance(gathering, id);
