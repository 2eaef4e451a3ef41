#include "record_json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "lookup.hpp"

namespace plift::cli {

render::Json computed_number_json(double value) {
  return recorded_number_json(std::stod(fmt::format("{:.12g}", value)));
}

int companies_attending(const Gathering& gathering) {
  return static_cast<int>(std::count_if(gathering.attendance.begin(), gathering.attendance.end(),
                                        [](const Attendance& a) { return a.company || a.guest; }));
}

int people_attending(const Gathering& gathering) {
  int people = 0;
  for (const Attendance& a : gathering.attendance) people += a.people;
  return people;
}

render::Json visit_json(const Visit& visit) {
  return {{"id", visit.id},
          {"company", visit.company},
          {"date", format_date(visit.date)},
          {"coach", optional_json(visit.coach)},
          {"mode", to_string(visit.mode)},
          {"note", optional_json(visit.note)}};
}

render::Json participant_json(const TrainingParticipant& p) {
  return {{"id", p.id},
          {"company", p.company},
          {"person", p.person},
          {"role", to_string(p.role)},
          {"enrolled", format_date(p.enrolled)},
          {"completed", optional_json(p.completed)},
          {"dropped", optional_json(p.dropped)},
          {"status", to_string(p.status())}};
}

render::Json steering_json(const SteeringMember& member) {
  return {{"id", member.id}, {"company", member.company}, {"person", member.person}, {"role", to_string(member.role)}};
}

render::Json gathering_json(const Gathering& g) {
  render::Json attendance = render::Json::array();
  for (const Attendance& a : g.attendance) {
    attendance.push_back(
        {{"id", a.id}, {"company", optional_json(a.company)}, {"guest", optional_json(a.guest)}, {"people", a.people}});
  }
  return {{"key", g.key},
          {"title", g.title},
          {"date", format_date(g.date)},
          {"location", optional_json(g.location)},
          {"kind", to_string(g.kind)},
          {"companies", companies_attending(g)},
          {"people", people_attending(g)},
          {"attendance", attendance}};
}

render::Json kpi_summary_json(const Program& program, const std::string& company, const KpiSummary& s) {
  const KpiDefinition* kpi = program.find_kpi(s.kpi);
  return {{"company", company},
          {"kpi", s.kpi},
          {"unit", kpi ? render::Json(kpi->unit) : render::Json(nullptr)},
          {"better", kpi ? render::Json(to_string(kpi->better)) : render::Json(nullptr)},
          {"baseline", recorded_number_json(s.baseline)},
          {"baseline_date", format_date(s.baseline_date)},
          {"latest", recorded_number_json(s.latest)},
          {"latest_date", format_date(s.latest_date)},
          {"change", computed_number_json(s.change)},
          {"change_pct", s.change_pct ? computed_number_json(*s.change_pct) : render::Json(nullptr)},
          {"improved", s.improved ? render::Json(*s.improved) : render::Json(nullptr)}};
}

render::Json assessment_json(const Assessment& a, const Assessment& first, const std::vector<std::string>& dimensions) {
  render::Json scores = render::Json::object();
  for (const std::string& dimension : dimensions) {
    if (auto it = a.scores.find(dimension); it != a.scores.end()) scores[dimension] = it->second;
  }
  double mean = assessment_mean(a);
  render::Json change = &first == &a ? render::Json(nullptr) : computed_number_json(mean - assessment_mean(first));
  return {{"id", a.id},
          {"company", a.company},
          {"date", format_date(a.date)},
          {"scores", scores},
          {"mean", computed_number_json(mean)},
          {"change", change}};
}

render::Json timeline_json(const TimelineEvent& event) {
  return {{"date", format_date(event.date)}, {"kind", event.kind}, {"text", event.text}};
}

}  // namespace plift::cli
