#pragma once
// The JSON shape of each journey record, shared by the commands that list
// them and by `company show`, so a field is named the same everywhere.

#include "plift/core/company_view.hpp"
#include "plift/core/rules.hpp"
#include "plift/render/render.hpp"

namespace plift::cli {

using render::recorded_number_json;
// A computed number (a mean, a change) without binary noise: 1.1, not 1.1000000000000005.
render::Json computed_number_json(double value);

// Companies (enrolled or guests) and people at a gathering.
int companies_attending(const Gathering& gathering);
int people_attending(const Gathering& gathering);

// id, company, date, coach, mode, note
render::Json visit_json(const Visit& visit);
// id, company, person, role, enrolled, completed, dropped, status
render::Json participant_json(const TrainingParticipant& participant);
// id, company, person, role
render::Json steering_json(const SteeringMember& member);
// key, title, date, location, kind, companies, people, attendance[{id, company, guest, people}]
render::Json gathering_json(const Gathering& gathering);
// company, kpi, unit, better, baseline, baseline_date, latest, latest_date, change, change_pct, improved
render::Json kpi_summary_json(const Program& program, const std::string& company, const KpiSummary& summary);
// id, company, date, scores{dimension: score} in `dimensions` order, mean, change
// (against `first`; null for the first itself).
render::Json assessment_json(const Assessment& assessment, const Assessment& first,
                             const std::vector<std::string>& dimensions);
// date, kind, text
render::Json timeline_json(const TimelineEvent& event);

}  // namespace plift::cli
