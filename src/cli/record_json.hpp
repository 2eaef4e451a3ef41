#pragma once
// The JSON shape of each journey record, shared by the commands that list
// them and by `company show`, so a field is named the same everywhere.

#include "plift/core/company_view.hpp"
#include "plift/core/rules.hpp"
#include "plift/render/render.hpp"

namespace plift::cli {

// company, date, coach, mode, note
render::Json visit_json(const Visit& visit);
// company, person, role, enrolled, completed, dropped, status
render::Json participant_json(const TrainingParticipant& participant);
// company, person, role
render::Json steering_json(const SteeringMember& member);
// key, title, date, location, kind, attendance[{company, guest, people}]
render::Json gathering_json(const Gathering& gathering);
// company, kpi, name, unit, better, baseline, baseline_date, latest, latest_date, change, change_pct, improved
render::Json kpi_summary_json(const Program& program, const std::string& company, const KpiSummary& summary);
// company, date, scores{dimension: score}, mean, change (against the first; null for the first)
render::Json assessment_json(const Assessment& assessment, const Assessment* first);
// date, kind, text
render::Json timeline_json(const TimelineEvent& event);

}  // namespace plift::cli
