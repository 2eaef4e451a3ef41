#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "plift/core/rules.hpp"
#include "plift/report/labels.hpp"
#include "plift/report/quarterly.hpp"
#include "plift/report/render_quarterly.hpp"

using namespace plift;
using namespace plift::report;

// The default programme (visits every 2 weeks in vision and pilot, holiday
// weeks 28-31 in the summer) over 2026Q3, reported on 2026-11-16: the
// numbers stand as of 2026-09-30, and later records are left out.

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

CompanyRecords company(const std::string& key, const std::string& region, Date start) {
  CompanyRecords r;
  r.company.key = key;
  r.company.name = key + " AB";
  r.company.region = region;
  r.company.sector = "metal";
  r.company.employees = 30;
  r.company.start = start;
  return r;
}

// In pilot since 2026-03-16 with eva; three visits, a yellow pulse (and a red
// one after the quarter), lead time down 20 %, assessed twice.
CompanyRecords alfa(const Program& program) {
  CompanyRecords r = company("alfa", "Innlandet", ymd(2026, 1, 5));
  r.company.coach = "eva";
  r.history = {enter_phase(program, 0, ymd(2026, 1, 5)), enter_phase(program, 1, ymd(2026, 3, 16))};
  r.history[0].ended = ymd(2026, 3, 16);
  for (Date d : {ymd(2026, 8, 10), ymd(2026, 8, 24), ymd(2026, 9, 7)}) r.visits.push_back({"alfa", d, "eva", {}, {}});
  r.pulses = {{"alfa", ymd(2026, 9, 20), PulseStatus::yellow, {}}, {"alfa", ymd(2026, 10, 5), PulseStatus::red, {}}};
  r.kpi_values = {{"alfa", "lead-time", ymd(2026, 1, 20), 10},
                  {"alfa", "lead-time", ymd(2026, 9, 1), 8},
                  {"alfa", "lead-time", ymd(2026, 10, 20), 6}};
  TrainingParticipant done{"alfa", "Kari", TrainingRole::employee, ymd(2026, 2, 1), ymd(2026, 8, 15), {}};
  TrainingParticipant going{"alfa", "Ola", TrainingRole::employee, ymd(2026, 2, 1), {}, {}};
  r.participants = {done, going};
  Assessment first{"alfa", ymd(2026, 2, 1), {}};
  Assessment later{"alfa", ymd(2026, 9, 1), {}};
  for (const std::string& dimension : program.assessment_dimensions) {
    first.scores[dimension] = 2;
    later.scores[dimension] = 3;
  }
  r.assessments = {first, later};
  return r;
}

// Started in the quarter, without a coach; lead time up 25 %.
CompanyRecords bravo(const Program& program) {
  CompanyRecords r = company("bravo", "Viken", ymd(2026, 8, 3));
  r.history = {enter_phase(program, 0, ymd(2026, 8, 3))};
  r.pulses = {{"bravo", ymd(2026, 9, 10), PulseStatus::green, {}}};
  r.kpi_values = {{"bravo", "lead-time", ymd(2026, 8, 10), 20}, {"bravo", "lead-time", ymd(2026, 9, 15), 25}};
  r.participants = {{"bravo", "Per", TrainingRole::manager, ymd(2026, 9, 1), {}, {}}};
  Assessment once{"bravo", ymd(2026, 8, 10), {}};
  for (const std::string& dimension : program.assessment_dimensions) once.scores[dimension] = 1;
  r.assessments = {once};
  return r;
}

// Withdrawn in the quarter.
CompanyRecords charlie(const Program& program) {
  CompanyRecords r = company("charlie", "Innlandet", ymd(2025, 1, 6));
  r.history = {enter_phase(program, 2, ymd(2026, 1, 12))};
  r.company.withdrawn = ymd(2026, 8, 20);
  return r;
}

// Starts after the quarter: planned at its end, though active today.
CompanyRecords delta(const Program& program) {
  CompanyRecords r = company("delta", "Viken", ymd(2026, 10, 5));
  r.history = {enter_phase(program, 0, ymd(2026, 10, 5))};
  return r;
}

// Completed before the quarter.
CompanyRecords echo(const Program& program) {
  CompanyRecords r = company("echo", "Viken", ymd(2024, 9, 2));
  r.history = {enter_phase(program, 2, ymd(2025, 9, 1))};
  r.company.completed = ymd(2026, 6, 30);
  return r;
}

std::vector<Gathering> gatherings() {
  Gathering before{"spring", "Spring gathering", ymd(2026, 6, 1), {}, GatheringKind::joint, {{"alfa", {}, 1}}};
  Gathering joint{"autumn", "Autumn gathering", ymd(2026, 9, 10), {}, GatheringKind::joint,
                  {{"alfa", {}, 2}, {"bravo", {}, 1}}};
  Gathering seminar{"flow", "Flow seminar", ymd(2026, 8, 25), {}, GatheringKind::seminar,
                    {{"alfa", {}, 3}, {std::nullopt, "Acme AB", 2}}};
  return {before, joint, seminar};
}

QuarterlyReport q3(std::optional<std::string> region = std::nullopt) {
  Program program = default_program();
  std::vector<CompanyRecords> records = {echo(program), delta(program), charlie(program), bravo(program),
                                         alfa(program)};
  std::vector<Coach> coaches = {{"eva", "Eva Ek", "RISE", {}, {}}};
  return quarterly_report(program, records, gatherings(), coaches, Quarter{2026, 3}, region, ymd(2026, 11, 16));
}

bool has_risk(const QuarterlyReport& report, const std::string& company, ReminderKind kind) {
  return std::any_of(report.risks.begin(), report.risks.end(),
                     [&](const Reminder& r) { return r.company == company && r.kind == kind; });
}

}  // namespace

TEST_CASE("quarterly report: the period and the companies of the quarter") {
  QuarterlyReport report = q3();
  CHECK(report.from == ymd(2026, 7, 1));
  CHECK(report.to == ymd(2026, 9, 30));
  CHECK(report.as_of == ymd(2026, 9, 30));
  REQUIRE(report.companies.size() == 3);
  CHECK(report.companies[0].key == "alfa");
  CHECK(report.companies[1].key == "bravo");
  CHECK(report.companies[2].key == "charlie");
  CHECK(report.companies[2].status == CompanyStatus::withdrawn);
  CHECK(!report.companies[2].phase);
}

TEST_CASE("quarterly report: portfolio counts at the end and within the quarter") {
  const Portfolio& p = q3().portfolio;
  CHECK(p.active == 2);
  REQUIRE(p.by_phase.size() == 3);
  CHECK(p.by_phase[0] == std::pair<std::string, int>{"vision", 1});
  CHECK(p.by_phase[1] == std::pair<std::string, int>{"pilot", 1});
  CHECK(p.by_phase[2] == std::pair<std::string, int>{"line", 0});
  CHECK(p.started == 1);
  CHECK(p.completed == 0);
  CHECK(p.withdrawn == 1);
  CHECK(p.planned == 1);
  REQUIRE(p.by_region.size() == 2);
  CHECK(p.by_region[0].region == "Innlandet");
  CHECK(p.by_region[0].active == 1);
  CHECK(p.by_region[0].withdrawn == 1);
  CHECK(p.by_region[1].region == "Viken");
  CHECK(p.by_region[1].active == 1);
  CHECK(p.by_region[1].planned == 1);
}

TEST_CASE("quarterly report: visits against the cadence, per coach") {
  // alfa: 12 visits expected by 2026-09-30, 7 by 2026-06-30 → 5 in the quarter;
  // bravo: 59 days from 2026-08-03, after the holiday weeks → 4.
  QuarterlyReport report = q3();
  CHECK(report.companies[0].visits_held == 3);
  CHECK(report.companies[0].visits_expected == 5);
  CHECK(report.companies[1].visits_expected == 4);
  CHECK(report.companies[2].visits_expected == 0);
  CHECK(report.visits.held == 3);
  CHECK(report.visits.expected == 9);
  REQUIRE(report.visits.adherence_pct);
  CHECK(*report.visits.adherence_pct == doctest::Approx(33.3));
  REQUIRE(report.visits.by_coach.size() == 2);
  CHECK(report.visits.by_coach[0].coach == std::optional<std::string>("eva"));
  CHECK(report.visits.by_coach[0].name == "Eva Ek");
  CHECK(*report.visits.by_coach[0].adherence_pct == doctest::Approx(60.0));
  CHECK(!report.visits.by_coach[1].coach);
  CHECK(report.visits.by_coach[1].companies == 2);
  CHECK(*report.visits.by_coach[1].adherence_pct == doctest::Approx(0.0));
}

TEST_CASE("quarterly report: a visit counts for the coach who held it, as visit list --coach lists it") {
  Program program = default_program();
  CompanyRecords substituted = alfa(program);
  substituted.visits[1].coach = "ola";  // 2026-08-24, by a substitute
  std::vector<CompanyRecords> records = {substituted, bravo(program)};
  std::vector<Coach> coaches = {{"eva", "Eva Ek", "RISE", {}, {}}, {"ola", "Ola Vik", "IUC", {}, {}}};
  QuarterlyReport report =
      quarterly_report(program, records, gatherings(), coaches, Quarter{2026, 3}, std::nullopt, ymd(2026, 11, 16));
  CHECK(report.companies[0].visits_held == 3);  // the company's own count is every visit it had
  CHECK(report.visits.held == 3);
  REQUIRE(report.visits.by_coach.size() == 3);
  const CoachVisits& eva = report.visits.by_coach[0];
  CHECK(eva.coach == std::optional<std::string>("eva"));
  CHECK(eva.companies == 1);
  CHECK(eva.held == 2);
  CHECK(eva.expected == 5);
  CHECK(*eva.adherence_pct == doctest::Approx(40.0));
  // The substitute: held one, at no company of their own, so nothing expected.
  const CoachVisits& ola = report.visits.by_coach[1];
  CHECK(ola.coach == std::optional<std::string>("ola"));
  CHECK(ola.name == "Ola Vik");
  CHECK(ola.companies == 0);
  CHECK(ola.held == 1);
  CHECK(ola.expected == 0);
  CHECK_FALSE(ola.adherence_pct);
  CHECK_FALSE(report.visits.by_coach[2].coach);
  CHECK(report.visits.by_coach[2].held == 0);
}

TEST_CASE("quarterly report: latest pulse by the end of the quarter") {
  QuarterlyReport report = q3();
  CHECK(report.pulse.green == 1);
  CHECK(report.pulse.yellow == 1);  // alfa's red pulse came after the quarter
  CHECK(report.pulse.red == 0);
  CHECK(report.pulse.none == 0);
  CHECK(report.companies[0].pulse == PulseStatus::yellow);
}

TEST_CASE("quarterly report: training, gatherings and assessments") {
  QuarterlyReport report = q3();
  CHECK(report.training.enrolled_in_quarter == 1);
  CHECK(report.training.completed_in_quarter == 1);
  CHECK(report.training.enrolled_total == 3);
  CHECK(report.training.completed_total == 1);
  CHECK(report.training.companies_active == 2);
  CHECK(report.training.companies_meeting_quota == 1);
  CHECK(report.gatherings.held == 1);
  CHECK(report.gatherings.attendances == 2);
  CHECK(report.gatherings.seminars_held == 1);
  CHECK(report.gatherings.seminar_participants == 5);
  CHECK(report.gatherings.seminar_companies == 2);
  CHECK(report.assessments.companies_assessed == 2);
  CHECK(report.assessments.companies_reassessed == 1);
  CHECK(*report.assessments.mean_change == doctest::Approx(1.0));
}

TEST_CASE("quarterly report: KPI medians in the KPI's own terms") {
  QuarterlyReport report = q3();
  auto lead_time = std::find_if(report.kpis.begin(), report.kpis.end(),
                                [](const KpiOutcome& k) { return k.kpi == "lead-time"; });
  REQUIRE(lead_time != report.kpis.end());
  CHECK(lead_time->companies == 2);
  CHECK(lead_time->improved == 1);  // alfa's -20 % (lower is better); bravo's +25 % is worse
  REQUIRE(lead_time->median_change_pct);
  CHECK(*lead_time->median_change_pct == doctest::Approx(2.5));
  CHECK(report.kpis.front().kpi == "delivery-precision");
  CHECK(report.kpis.front().companies == 0);
  CHECK(!report.kpis.front().median_change_pct);
  CHECK(*report.companies[0].kpis[1].change_pct == doctest::Approx(-20.0));
}

TEST_CASE("quarterly report: risks as remind would report them at the quarter's end") {
  QuarterlyReport report = q3();
  // alfa's last visit on 2026-09-07 fell due again on 09-21, overdue after 09-28.
  CHECK(has_risk(report, "alfa", ReminderKind::visit_overdue));
  CHECK(has_risk(report, "alfa", ReminderKind::steering_incomplete));
  CHECK(!has_risk(report, "charlie", ReminderKind::steering_incomplete));  // withdrawn
  CHECK(std::find(report.companies[0].risks.begin(), report.companies[0].risks.end(), "visit-overdue") !=
        report.companies[0].risks.end());
  for (std::size_t i = 1; i < report.risks.size(); ++i) {
    CHECK(report.risks[i - 1].days_overdue >= report.risks[i].days_overdue);
  }
}

TEST_CASE("quarterly report: a region counts only its companies and what they attended") {
  QuarterlyReport report = q3("Viken");
  CHECK(report.portfolio.active == 1);
  CHECK(report.portfolio.planned == 1);
  REQUIRE(report.companies.size() == 1);
  CHECK(report.companies[0].key == "bravo");
  CHECK(report.gatherings.held == 1);
  CHECK(report.gatherings.attendances == 1);
  CHECK(report.gatherings.seminars_held == 0);
  CHECK(report.visits.expected == 4);
}

TEST_CASE("quarterly report: the current quarter stands as of today") {
  Program program = default_program();
  std::vector<CompanyRecords> records = {alfa(program)};
  QuarterlyReport report = quarterly_report(program, records, {}, {}, Quarter{2026, 4}, std::nullopt, ymd(2026, 11, 16));
  CHECK(report.as_of == ymd(2026, 11, 16));
  CHECK(report.companies[0].pulse == PulseStatus::red);
  CHECK(to_json(report)["as_of"] == "2026-11-16");
}

TEST_CASE("quarterly report: from every company and only the quarter's records, the same report") {
  // What plift report reads of a big programme: the company rows of all, the
  // records of those active on some day of the quarter (alfa, bravo, charlie).
  Program program = default_program();
  CompanyRecords foxtrot = company("foxtrot", "Viken", ymd(2025, 3, 3));  // completed on the quarter's first day
  foxtrot.history = {enter_phase(program, 2, ymd(2026, 1, 12))};
  foxtrot.company.completed = ymd(2026, 7, 1);
  std::vector<CompanyRecords> all = {echo(program),  delta(program), charlie(program),
                                     bravo(program), alfa(program),  foxtrot};
  std::vector<Company> companies;
  for (const CompanyRecords& r : all) companies.push_back(r.company);
  std::vector<CompanyRecords> in_quarter = {charlie(program), alfa(program), bravo(program)};
  std::vector<Coach> coaches = {{"eva", "Eva Ek", "RISE", {}, {}}};
  for (std::optional<std::string> region : {std::optional<std::string>(), std::optional<std::string>("Viken")}) {
    CAPTURE(region.value_or("all"));
    QuarterlyReport everything =
        quarterly_report(program, all, gatherings(), coaches, Quarter{2026, 3}, region, ymd(2026, 11, 16));
    QuarterlyReport scoped = quarterly_report(program, companies, in_quarter, gatherings(), coaches, Quarter{2026, 3},
                                              region, ymd(2026, 11, 16));
    CHECK(to_json(scoped) == to_json(everything));
    CHECK(scoped.portfolio.completed == 1);  // foxtrot, though not active on any day of the quarter
    CHECK(scoped.portfolio.planned == 1);    // delta
  }
}

TEST_CASE("format_decimal: a decimal comma in Swedish and Norwegian") {
  CHECK(format_decimal(12.345, 1, Language::en) == "12.3");
  CHECK(format_decimal(12.345, 1, Language::sv) == "12,3");
  CHECK(format_decimal(-2.5, 2, Language::nb) == "\u22122,50");
  CHECK(format_decimal(-0.01, 1, Language::en) == "0.0");
  CHECK(std::string(labels_for(Language::nb).companies) == "Bedrifter");
}
