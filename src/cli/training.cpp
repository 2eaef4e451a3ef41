// plift training enroll|complete|drop|list|quota
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "context.hpp"
#include "plift/core/text.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/journey_events.hpp"
#include "record_json.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"

namespace plift::cli {

namespace {

TrainingStatus require_status(const std::string& text) {
  constexpr std::array statuses{TrainingStatus::enrolled, TrainingStatus::completed, TrainingStatus::dropped};
  for (TrainingStatus status : statuses) {
    if (to_string(status) == text) return status;
  }
  throw UsageError(fmt::format("unknown --status '{}': use enrolled, completed or dropped", text));
}

// "1 participant, 2 required (1 more needed)"
std::string quota_phrase(const app::CourseCount& count) {
  return fmt::format("{} participant{}, {} required ({})", count.participants, count.participants == 1 ? "" : "s",
                     count.required, count.met() ? "quota met" : fmt::format("{} more needed", count.missing()));
}

struct ChangeOptions {
  std::string key;
  std::string person;
  std::optional<std::string> role;
  std::string date;
};

Date day_of(Context& ctx, const ChangeOptions& o) { return o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date"); }

void run_enroll(Context& ctx, const ChangeOptions& o) {
  std::optional<TrainingRole> role;
  if (o.role) role = app::require_training_role(*o.role, "--role");
  Date day = day_of(ctx, o);
  app::Enrolled enrolled = app::enrol_participant(ctx.session(), {o.key, o.person, role, day});
  std::string done =
      enrolled.dropped_before
          ? fmt::format("re-enrolled {} ({}) on {}, who had dropped the course on {}", normalize_person_name(o.person),
                        to_string(enrolled.participant.role), format_date(day), format_date(*enrolled.dropped_before))
          : fmt::format("enrolled {} ({}) on {}", normalize_person_name(o.person), to_string(enrolled.participant.role), format_date(day));
  ctx.note(fmt::format("{}: {}; {}", o.key, done, quota_phrase(enrolled.count)));
}

void run_complete(Context& ctx, const ChangeOptions& o) {
  Date day = day_of(ctx, o);
  app::CourseCount count = app::end_course(ctx.session(), {o.key, o.person, app::CourseEnd::completion, day});
  ctx.note(fmt::format("{}: {} completed the course on {} ({} of {} participants completed)", o.key, normalize_person_name(o.person),
                       format_date(day), count.completed, count.participants));
}

void run_drop(Context& ctx, const ChangeOptions& o) {
  Date day = day_of(ctx, o);
  app::CourseCount count = app::end_course(ctx.session(), {o.key, o.person, app::CourseEnd::drop, day});
  ctx.note(fmt::format("{}: {} dropped the course on {}; {}", o.key, normalize_person_name(o.person), format_date(day), quota_phrase(count)));
}

struct ListOptions {
  std::string key;
  std::string status;
};

void run_list(Context& ctx, const ListOptions& o) {
  std::optional<TrainingStatus> status;
  if (!o.status.empty()) status = require_status(o.status);
  std::optional<std::string> company;
  if (!o.key.empty()) company = app::require_company(ctx.session(), o.key).key;
  render::Format format = ctx.format();
  std::vector<TrainingParticipant> participants = app::list_participants(ctx.session(), company);

  render::Listing listing;
  listing.columns = {{"id", "ID", true},       {"company", "COMPANY"},   {"person", "PERSON"},       {"role", "ROLE"},
                     {"status", "STATUS"},     {"enrolled", "ENROLLED"},   {"completed", "COMPLETED"},
                     {"dropped", "DROPPED"}};
  for (const TrainingParticipant& p : participants) {
    if (status && p.status() != *status) continue;
    listing.rows.push_back(participant_json(p));
  }
  ctx.print_listing(listing);
  // The quota line is for people reading one company; json and csv stay the
  // plain list (their per-company counts are 'training quota').
  if (!company || (format != render::Format::table && format != render::Format::md)) return;
  app::CourseCount count = app::count_course(participants, ctx.program().training_min_per_company);
  std::string line =
      fmt::format("Course quota for {}: {}; {} completed", *company, quota_phrase(count), count.completed);
  if (count.dropped > 0) line += fmt::format(", {} dropped (not counted)", count.dropped);
  if (!listing.rows.empty()) ctx.out << '\n';
  ctx.out << line << '\n';
}

struct QuotaOptions {
  std::string key;
  bool unmet = false;
};

void run_quota(Context& ctx, const QuotaOptions& o) {
  std::optional<std::string> only;
  if (!o.key.empty()) only = app::require_company(ctx.session(), o.key).key;
  Date today = ctx.today();
  int required = ctx.program().training_min_per_company;
  auto participants = app::participants_by_company(ctx.session());
  render::Listing listing;
  listing.columns = {{"company", "COMPANY"},
                     {"company_status", "STATUS"},
                     {"participants", "PARTICIPANTS", true},
                     {"enrolled", "ENROLLED", true},
                     {"completed", "COMPLETED", true},
                     {"dropped", "DROPPED", true},
                     {"required", "REQUIRED", true},
                     {"meets_quota", "QUOTA MET"}};
  for (const CompanyOverview& row : app::list_companies(ctx.session())) {
    const Company& company = row.company;
    if (only && company.key != *only) continue;
    CompanyStatus company_status = status_on(company, today);
    app::CourseCount count = app::count_course(participants[company.key], required);
    if (o.unmet && (count.met() || company_status != CompanyStatus::active)) continue;
    listing.rows.push_back({{"company", company.key},
                            {"company_status", to_string(company_status)},
                            {"participants", count.participants},
                            {"enrolled", count.enrolled},
                            {"completed", count.completed},
                            {"dropped", count.dropped},
                            {"required", count.required},
                            {"meets_quota", count.met()},
                            {"missing", count.missing()}});
  }
  ctx.print_listing(listing);
}

}  // namespace

void add_training_commands(CLI::App& app, Context& ctx) {
  CLI::App* training = app.add_subcommand("training", "Lean-course participants and each company's course quota");
  training->require_subcommand(1);

  auto enroll_options = std::make_shared<ChangeOptions>();
  CLI::App* enroll = training->add_subcommand(
      "enroll", "Enrol a person in the Lean course (again, after dropping out: the course starts afresh)");
  enroll->add_option("key", enroll_options->key, "Company key")->required();
  enroll->add_option("--person", enroll_options->person, "The participant's name, as it should be kept")->required();
  enroll->add_option("--role", enroll_options->role,
                     "employee, manager, union or other (default: employee; on re-enrolment, the earlier role)");
  enroll->add_option("--date", enroll_options->date, "Day of enrolment (default: today)");
  enroll->callback([&ctx, enroll_options] { run_enroll(ctx, *enroll_options); });

  auto complete_options = std::make_shared<ChangeOptions>();
  CLI::App* complete = training->add_subcommand("complete", "Record that a participant completed the course");
  complete->add_option("key", complete_options->key, "Company key")->required();
  complete->add_option("--person", complete_options->person, "The participant's name")->required();
  complete->add_option("--date", complete_options->date, "Day of completion (default: today)");
  complete->callback([&ctx, complete_options] { run_complete(ctx, *complete_options); });

  auto drop_options = std::make_shared<ChangeOptions>();
  CLI::App* drop = training->add_subcommand("drop", "Record that a participant left the course (no longer counted)");
  drop->add_option("key", drop_options->key, "Company key")->required();
  drop->add_option("--person", drop_options->person, "The participant's name")->required();
  drop->add_option("--date", drop_options->date, "Day they left (default: today)");
  drop->callback([&ctx, drop_options] { run_drop(ctx, *drop_options); });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = training->add_subcommand("list", "List course participants by company and enrolment date");
  list->footer(
      "With KEY, table and md end with the company's course quota: participants enrolled or completed, against "
      "[training].min_per_company. json and csv are always the plain list (company, person, role, enrolled, "
      "completed, dropped, status); 'plift training quota' gives the counts as data.");
  list->add_option("key", list_options->key, "Only this company (and show its quota)");
  list->add_option("--status", list_options->status, "Only enrolled, completed or dropped participants");
  list->callback([&ctx, list_options] { run_list(ctx, *list_options); });

  auto quota_options = std::make_shared<QuotaOptions>();
  CLI::App* quota = training->add_subcommand("quota", "Each company's course participants against the quota");
  quota->footer(
      "Participants are those enrolled or completed (dropped ones do not count), against "
      "[training].min_per_company; json and csv also carry missing: how many more are needed.");
  quota->add_option("key", quota_options->key, "Only this company");
  quota->add_flag("--unmet", quota_options->unmet, "Only active companies below the quota");
  quota->callback([&ctx, quota_options] { run_quota(ctx, *quota_options); });
}

}  // namespace plift::cli
