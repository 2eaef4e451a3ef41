// plift company add|list|show|edit|withdraw|remove
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "record_json.hpp"
#include "plift/app/company.hpp"
#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

namespace plift::cli {

namespace {

struct CompanyOptions {
  std::string key;
  std::string name;
  std::string region;
  std::string sector;
  std::optional<int> employees;
  std::string start;
  std::optional<std::string> org_number;
  std::optional<std::string> coach;
  std::string withdrawn;
  std::optional<std::string> withdraw_reason;
};

void run_add(Context& ctx, const CompanyOptions& o) {
  app::NewCompany request{o.key,    o.name, o.region, o.sector, *o.employees, ctx.parse_date(o.start, "--start"),
                          o.org_number, o.coach};
  ctx.out << app::add_company(ctx.session(), request) << '\n';
}

struct ListFilter {
  std::string region;
  std::string phase;
  std::string status;
  std::string coach;
};

void run_list(Context& ctx, const ListFilter& filter) {
  std::optional<std::string> region;
  if (!filter.region.empty()) region = app::require_region(ctx.session(), filter.region);
  if (!filter.phase.empty()) app::require_phase(ctx.session(), filter.phase);
  std::optional<CompanyStatus> status;
  if (!filter.status.empty()) {
    status = parse_company_status(filter.status);
    if (!status) {
      throw UsageError(fmt::format("unknown --status '{}': use planned, active, completed or withdrawn", filter.status));
    }
  }
  if (!filter.coach.empty()) app::require_coach(ctx.session(), filter.coach);

  Date today = ctx.today();
  render::Listing listing;
  listing.columns = {{"key", "KEY"},         {"name", "NAME"},   {"region", "REGION"},
                     {"sector", "SECTOR"},   {"employees", "EMPLOYEES", true},
                     {"start", "START"},     {"status", "STATUS"}, {"phase", "PHASE"},
                     {"phase_planned_end", "PHASE ENDS"}, {"coach", "COACH"}};
  for (const CompanyOverview& row : app::list_companies(ctx.session())) {
    render::Json json = company_json(row.company, row.current_phase, today);
    if (region && row.company.region != *region) continue;
    if (status && json["status"] != to_string(*status)) continue;
    if (!filter.phase.empty() && json["phase"] != filter.phase) continue;
    if (!filter.coach.empty() && row.company.coach != filter.coach) continue;
    listing.rows.push_back(std::move(json));
  }
  ctx.print_listing(listing);
}

render::Listing phase_listing(const Program& program, const std::vector<PhaseRecord>& history) {
  render::Listing phases;
  phases.columns = {{"phase", "PHASE"},           {"name", "NAME"},   {"started", "STARTED"},
                    {"planned_end", "PLANNED END"}, {"ended", "ENDED"}, {"forced_reason", "FORCED"}};
  for (const PhaseRecord& record : history) {
    auto index = program.phase_index(record.phase);
    phases.rows.push_back({{"phase", record.phase},
                           {"name", index ? program.phases[*index].name : record.phase},
                           {"started", format_date(record.started)},
                           {"planned_end", format_date(record.planned_end)},
                           {"ended", optional_json(record.ended)},
                           {"forced_reason", optional_json(record.forced_reason)}});
  }
  return phases;
}

render::Listing checklist_listing(const Program& program, const CompanyRecords& r) {
  render::Listing checklist;
  checklist.columns = {{"phase", "PHASE"}, {"item", "ITEM"}, {"title", "TITLE"}, {"done", "DONE"}};
  for (const PhaseRecord& record : r.history) {
    auto index = program.phase_index(record.phase);
    if (!index) continue;
    for (const ChecklistItem& item : program.phases[*index].checklist) {
      render::Json done = nullptr;
      for (const ChecklistTick& tick : r.ticks) {
        if (tick.phase == record.phase && tick.item == item.key) done = format_date(tick.date);
      }
      checklist.rows.push_back({{"phase", record.phase}, {"item", item.key}, {"title", item.title}, {"done", done}});
    }
  }
  return checklist;
}

void run_show(Context& ctx, const std::string& key) {
  render::Format format = ctx.format();
  if (format == render::Format::csv) {
    throw UsageError("company show has no csv form; use --format table, json or md");
  }
  const Program& program = ctx.program();
  app::ShownCompany shown = app::show_company(ctx.session(), key);
  const CompanyRecords& r = shown.records;
  const Company& company = r.company;
  const CompanySummary& summary = shown.summary;
  const std::optional<Coach>& coach = shown.coach;
  render::Json json = company_json(company, summary.current_phase, ctx.today());
  json["coach_name"] = coach ? render::Json(coach->name) : render::Json(nullptr);
  json["coach_organisation"] = coach ? render::Json(coach->organisation) : render::Json(nullptr);
  json["coach_email"] = coach ? optional_json(coach->email) : render::Json(nullptr);
  json["journey_planned_end"] = format_date(summary.journey_planned_end);

  render::Listing phases = phase_listing(program, r.history);
  render::Listing checklist = checklist_listing(program, r);

  render::Listing visits;
  visits.columns = {{"date", "DATE"}, {"coach", "COACH"}, {"mode", "MODE"}, {"note", "NOTE"}};
  for (const Visit& visit : r.visits) visits.rows.push_back(visit_json(visit));

  render::Listing pulses;
  pulses.columns = {{"date", "DATE"}, {"status", "STATUS"}, {"note", "NOTE"}};
  for (const Pulse& pulse : r.pulses) {
    pulses.rows.push_back({{"date", format_date(pulse.date)}, {"status", to_string(pulse.status)},
                           {"note", optional_json(pulse.note)}});
  }

  render::Listing steering;
  steering.columns = {{"person", "PERSON"}, {"role", "ROLE"}};
  for (const SteeringMember& member : r.steering) steering.rows.push_back(steering_json(member));
  render::Json steering_missing = summary.steering_missing;

  render::Listing training;
  training.columns = {{"person", "PERSON"}, {"role", "ROLE"}, {"enrolled", "ENROLLED"}, {"completed", "COMPLETED"},
                      {"status", "STATUS"}};
  for (const TrainingParticipant& p : r.participants) training.rows.push_back(participant_json(p));

  render::Listing gatherings;
  gatherings.columns = {{"date", "DATE"}, {"key", "KEY"}, {"kind", "KIND"}, {"title", "TITLE"}, {"people", "PEOPLE", true}};
  for (const Gathering& g : r.gatherings) {
    int people = 0;
    for (const Attendance& a : g.attendance) people += a.people;
    gatherings.rows.push_back({{"key", g.key}, {"title", g.title}, {"date", format_date(g.date)},
                               {"kind", to_string(g.kind)}, {"people", people}});
  }

  render::Listing kpis;
  kpis.columns = {{"kpi", "KPI"},           {"unit", "UNIT"},          {"baseline", "BASELINE", true},
                  {"baseline_date", "FROM"}, {"latest", "LATEST", true}, {"latest_date", "ON"},
                  {"change_pct", "CHANGE %", true}, {"improved", "IMPROVED"}};
  for (const KpiSummary& kpi : summary.kpis) {
    kpis.rows.push_back(kpi_summary_json(program, company.key, kpi));
  }

  render::Listing assessments;
  assessments.columns = {{"date", "DATE"}, {"mean", "MEAN", true}, {"change", "CHANGE", true}};
  for (const std::string& dimension : program.assessment_dimensions) assessments.columns.push_back({dimension, dimension, true});
  render::Json assessment_rows = render::Json::array();
  for (const Assessment& a : r.assessments) {
    render::Json row = assessment_json(a, r.assessments.front(), program.assessment_dimensions);
    assessment_rows.push_back(row);
    render::Json scores = row["scores"];  // a copy: adding fields to row would move what we iterate
    for (const auto& [dimension, score] : scores.items()) row[dimension] = score;
    assessments.rows.push_back(std::move(row));
  }

  render::Listing timeline;
  timeline.columns = {{"date", "DATE"}, {"kind", "KIND"}, {"text", "WHAT"}};
  for (const TimelineEvent& event : build_timeline(program, r)) timeline.rows.push_back(timeline_json(event));

  json["visits"] = {{"held", r.visits.size()},
                    {"expected", summary.visits_expected},
                    {"next_due", optional_json(summary.next_visit_due)},
                    {"overdue", summary.visit_overdue},
                    {"list", visits.rows}};
  json["phases"] = phases.rows;
  json["checklist"] = checklist.rows;
  json["pulses"] = pulses.rows;
  json["steering"] = {{"members", steering.rows}, {"missing", steering_missing}};
  json["training"] = {{"participants", training.rows},
                      {"counted", summary.course_participants},
                      {"required", program.training_min_per_company},
                      {"meets_quota", summary.meets_course_quota}};
  json["gatherings"] = {{"attended", gatherings.rows},
                        {"joint_attended", summary.joint_gatherings_attended},
                        {"required", program.gatherings_per_company},
                        {"expected_by_now", summary.joint_gatherings_expected},
                        {"behind", summary.joint_gatherings_attended < summary.joint_gatherings_expected}};
  json["kpis"] = kpis.rows;
  json["assessments"] = assessment_rows;
  json["timeline"] = timeline.rows;

  if (format == render::Format::json) {
    render::write_json(ctx.out, json);
    return;
  }
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back("key", company.key);
  fields.emplace_back("name", company.name);
  if (company.org_number) fields.emplace_back("org number", *company.org_number);
  fields.emplace_back("region", company.region);
  fields.emplace_back("sector", company.sector);
  fields.emplace_back("employees", std::to_string(company.employees));
  fields.emplace_back("start", format_date(company.start));
  std::string status = json["status"].get<std::string>();
  if (company.completed) status += " on " + format_date(*company.completed);
  if (company.withdrawn) status += fmt::format(" on {} ({})", format_date(*company.withdrawn), company.withdraw_reason.value_or(""));
  fields.emplace_back("status", status);
  if (const std::optional<PhaseRecord>& current = summary.current_phase) {
    auto index = program.phase_index(current->phase).value_or(0);
    fields.emplace_back("phase", fmt::format("{} of {}: {} ({}), since {}, planned end {}", index + 1,
                                             program.phases.size(), program.phases[index].name, current->phase,
                                             format_date(current->started), format_date(current->planned_end)));
  }
  fields.emplace_back("journey", "planned to end " + json["journey_planned_end"].get<std::string>());
  fields.emplace_back("coach", coach ? fmt::format("{} ({}, {}{})", coach->name, coach->key, coach->organisation,
                                                   coach->email ? ", " + *coach->email : "")
                                     : std::string("-"));
  std::string visit_line = fmt::format("{} held, {} expected", r.visits.size(), summary.visits_expected);
  if (summary.next_visit_due) {
    visit_line += fmt::format("; next due {}{}", format_date(*summary.next_visit_due), summary.visit_overdue ? " (overdue)" : "");
  }
  fields.emplace_back("visits", visit_line);
  fields.emplace_back("steering group",
                      fmt::format("{} member{}{}", r.steering.size(), r.steering.size() == 1 ? "" : "s",
                                  summary.steering_missing.empty() ? "" : "; missing " + join_list(summary.steering_missing)));
  fields.emplace_back("Lean course", fmt::format("{} of {} participants{}", summary.course_participants,
                                                 program.training_min_per_company,
                                                 summary.meets_course_quota ? " (quota met)" : ""));
  fields.emplace_back("gatherings", fmt::format("{} of {} joint gatherings attended ({} expected by now)",
                                                summary.joint_gatherings_attended, program.gatherings_per_company,
                                                summary.joint_gatherings_expected));
  bool md = format == render::Format::md;
  if (md) ctx.out << "# " << render::md_cell(company.name) << "\n\n";
  render::write_fields(ctx.out, fields, format);
  auto section = [&](const std::string& title, const render::Listing& listing) {
    if (listing.rows.empty()) return;
    ctx.out << '\n' << (md ? "## " : "") << title << (md ? "\n\n" : "\n");
    render::write_listing(ctx.out, listing, format);
  };
  section("Phases", phases);
  section("Checklist", checklist);
  section("Steering group", steering);
  section("Lean course", training);
  section("Gatherings", gatherings);
  section("Key figures", kpis);
  section("Assessments", assessments);
  section("Timeline", timeline);
}

void run_edit(Context& ctx, const std::string& key, const CompanyOptions& o) {
  app::CompanyEdit edit;
  if (!o.name.empty()) edit.name = o.name;
  if (!o.region.empty()) edit.region = o.region;
  if (!o.sector.empty()) edit.sector = o.sector;
  edit.employees = o.employees;
  if (!o.start.empty()) edit.start = ctx.parse_date(o.start, "--start");
  edit.org_number = o.org_number;
  edit.coach = o.coach;
  if (!o.withdrawn.empty()) edit.withdrawn = ctx.parse_date(o.withdrawn, "--withdrawn");
  edit.withdraw_reason = o.withdraw_reason;
  std::vector<std::string> changed = app::edit_company(ctx.session(), key, edit);
  ctx.note(fmt::format("updated {}: {}", key, join_list(changed)));
}

void run_withdraw(Context& ctx, const std::string& key, const std::string& date_text, const std::string& reason) {
  Date day = ctx.parse_date(date_text, "--date");
  app::withdraw_company(ctx.session(), key, day, reason);
  ctx.note(fmt::format("{} withdrew on {}", key, format_date(day)));
}

}  // namespace

void add_company_commands(CLI::App& app, Context& ctx) {
  CLI::App* company = app.add_subcommand("company", "Enrol, list, show, edit, withdraw and remove companies");
  company->require_subcommand(1);

  auto add_options = std::make_shared<CompanyOptions>();
  CLI::App* add = company->add_subcommand("add", "Enrol a company; prints its key");
  add->add_option("name", add_options->name, "Company name")->required();
  add->add_option("--key", add_options->key, "Key (default: derived from the name)");
  add->add_option("--region", add_options->region, "Region (one of the config's regions)")->required();
  add->add_option("--sector", add_options->sector, "Sector, e.g. metal, plastics, wood")->required();
  add->add_option("--employees", add_options->employees, "Number of employees")->required()->transform(whole_number(true));
  add->add_option("--start", add_options->start, "Start date of the journey")->required();
  add->add_option("--org-number", add_options->org_number, "Organisation number");
  add->add_option("--coach", add_options->coach, "Key of the assigned coach");
  add->callback([&ctx, add_options] { run_add(ctx, *add_options); });

  auto filter = std::make_shared<ListFilter>();
  CLI::App* list = company->add_subcommand("list", "List companies");
  list->add_option("--region", filter->region, "Only this region");
  list->add_option("--phase", filter->phase, "Only companies in this phase");
  list->add_option("--status", filter->status, "Only planned, active, completed or withdrawn");
  list->add_option("--coach", filter->coach, "Only companies of this coach");
  list->callback([&ctx, filter] { run_list(ctx, *filter); });

  auto show_key = std::make_shared<std::string>();
  CLI::App* show = company->add_subcommand("show", "Everything about one company");
  show->add_option("key", *show_key, "Company key")->required();
  show->callback([&ctx, show_key] { run_show(ctx, *show_key); });

  auto edit_key = std::make_shared<std::string>();
  auto edit_options = std::make_shared<CompanyOptions>();
  CLI::App* edit = company->add_subcommand("edit", "Change a company's details");
  edit->add_option("key", *edit_key, "Company key")->required();
  edit->add_option("--name", edit_options->name, "New name (the key stays)");
  edit->add_option("--region", edit_options->region, "New region");
  edit->add_option("--sector", edit_options->sector, "New sector");
  edit->add_option("--employees", edit_options->employees, "New number of employees")->transform(whole_number(true));
  edit->add_option("--start", edit_options->start, "New start date (only while in the first phase)");
  edit->add_option("--org-number", edit_options->org_number, "New organisation number ('' clears it)");
  edit->add_option("--coach", edit_options->coach, "New coach key ('' clears it)");
  edit->add_option("--withdrawn", edit_options->withdrawn, "Correct the day a withdrawn company withdrew");
  edit->add_option("--withdraw-reason", edit_options->withdraw_reason, "Correct why a withdrawn company left");
  edit->callback([&ctx, edit_key, edit_options] { run_edit(ctx, *edit_key, *edit_options); });

  auto withdraw_key = std::make_shared<std::string>();
  auto withdraw_date = std::make_shared<std::string>();
  auto withdraw_reason = std::make_shared<std::string>();
  CLI::App* withdraw = company->add_subcommand("withdraw", "End a company's journey early");
  withdraw->add_option("key", *withdraw_key, "Company key")->required();
  withdraw->add_option("--date", *withdraw_date, "Day of withdrawal")->required();
  withdraw->add_option("--reason", *withdraw_reason, "Why the company left")->required();
  withdraw->callback([&ctx, withdraw_key, withdraw_date, withdraw_reason] {
    run_withdraw(ctx, *withdraw_key, *withdraw_date, *withdraw_reason);
  });

  auto remove_key = std::make_shared<std::string>();
  auto with_records = std::make_shared<bool>(false);
  CLI::App* remove = company->add_subcommand(
      "remove", "Remove a company enrolled by mistake (one that left the programme is withdrawn, not removed)");
  remove->add_option("key", *remove_key, "Company key")->required();
  remove->add_flag("--with-records", *with_records, "Also remove everything recorded for it");
  remove->callback([&ctx, remove_key, with_records] {
    auto removed = app::remove_company(ctx.session(), *remove_key, *with_records);
    std::vector<std::string> held;
    for (const auto& [what, count] : removed) held.push_back(fmt::format("{}: {}", what, count));
    ctx.note(fmt::format("removed {}{}", *remove_key, held.empty() ? "" : " and its records (" + join_list(held, 20) + ")"));
  });
}

}  // namespace plift::cli
