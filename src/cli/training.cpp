// plift training enroll|complete|drop|list|quota
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "context.hpp"
#include "lookup.hpp"
#include "record_json.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::cli {

namespace {

void require_person(const std::string& person) { require_person_name(person, "--person", "participant"); }

TrainingStatus require_status(const std::string& text) {
  constexpr std::array statuses{TrainingStatus::enrolled, TrainingStatus::completed, TrainingStatus::dropped};
  for (TrainingStatus status : statuses) {
    if (to_string(status) == text) return status;
  }
  throw UsageError(fmt::format("unknown --status '{}': use enrolled, completed or dropped", text));
}

struct QuotaCount {
  int participants = 0;  // those who count: enrolled or completed
  int enrolled = 0;
  int completed = 0;
  int dropped = 0;
  int required = 0;
  bool met() const { return participants >= required; }
  int missing() const { return std::max(0, required - participants); }
};

QuotaCount count_quota(const std::vector<TrainingParticipant>& participants, int required) {
  QuotaCount count;
  count.participants = course_participants(participants);
  count.required = required;
  for (const TrainingParticipant& p : participants) {
    switch (p.status()) {
      case TrainingStatus::enrolled:
        ++count.enrolled;
        break;
      case TrainingStatus::completed:
        ++count.completed;
        break;
      case TrainingStatus::dropped:
        ++count.dropped;
        break;
    }
  }
  return count;
}

// "1 participant, 2 required (1 more needed)"
std::string quota_phrase(const QuotaCount& count) {
  return fmt::format("{} participant{}, {} required ({})", count.participants, count.participants == 1 ? "" : "s",
                     count.required, count.met() ? "quota met" : fmt::format("{} more needed", count.missing()));
}

QuotaCount company_quota(Context& ctx, const std::string& company) {
  return count_quota(store::list_participants(ctx.database(), company), ctx.program().training_min_per_company);
}

// The participant with this name, or RuleError naming the company's participants.
TrainingParticipant require_participant(Context& ctx, const Company& company, const std::string& person) {
  store::Database& db = ctx.database();
  if (auto participant = store::find_participant(db, company.key, person)) return *participant;
  std::vector<std::string> names;
  for (const TrainingParticipant& p : store::list_participants(db, company.key)) names.push_back(p.person);
  if (names.empty()) {
    throw RuleError(fmt::format(
        "{} has no course participants yet; enrol one with 'plift training enroll {} --person NAME'", company.key,
        company.key));
  }
  throw RuleError(fmt::format("no course participant '{}' at {}{}; its participants: {}", person, company.key,
                              did_you_mean(person, names), join_list(names, 20)));
}

Date event_date(Context& ctx, const Company& company, const std::string& text, std::string_view what) {
  Date day = text.empty() ? ctx.today() : ctx.parse_date(text, "--date");
  require_event_date(ctx, company, day, what);
  return day;
}

struct ChangeOptions {
  std::string key;
  std::string person;
  std::optional<std::string> role;
  std::string date;
};

void run_enroll(Context& ctx, const ChangeOptions& o) {
  std::optional<TrainingRole> role;
  if (o.role) role = require_training_role(*o.role, "--role");
  require_person(o.person);
  Company company = require_company(ctx, o.key);
  require_active(ctx, company, "enrol course participants at");
  Date day = event_date(ctx, company, o.date, "the enrolment date");
  store::Database& db = ctx.database();
  store::WriteTransaction tx(db);
  std::optional<TrainingParticipant> existing = store::find_participant(db, company.key, o.person);
  TrainingParticipant participant{company.key, o.person, role.value_or(TrainingRole::employee), day, std::nullopt,
                                  std::nullopt};
  std::string done;
  if (!existing) {
    store::insert_participant(db, participant);
    done = fmt::format("enrolled {} ({}) on {}", o.person, to_string(participant.role), format_date(day));
  } else if (existing->completed) {
    throw RuleError(fmt::format("{} at {} already completed the course on {}", o.person, company.key,
                                format_date(*existing->completed)));
  } else if (!existing->dropped) {
    throw RuleError(fmt::format("{} at {} is already enrolled in the course, since {}", o.person, company.key,
                                format_date(existing->enrolled)));
  } else {
    // Coming back after dropping out starts the course afresh: the new
    // enrolment replaces the old one, and the drop is forgotten.
    if (day < *existing->dropped) {
      throw RuleError(fmt::format("the enrolment date {} is before {} dropped the course on {}", format_date(day),
                                  o.person, format_date(*existing->dropped)));
    }
    participant.role = role.value_or(existing->role);
    store::update_participant(db, participant);
    done = fmt::format("re-enrolled {} ({}) on {}, who had dropped the course on {}", o.person,
                       to_string(participant.role), format_date(day), format_date(*existing->dropped));
  }
  QuotaCount count = company_quota(ctx, company.key);
  tx.commit();
  ctx.note(fmt::format("{}: {}; {}", company.key, done, quota_phrase(count)));
}

enum class CourseEnd { completion, drop };

// The participant whose course is to end, refused unless still on the course.
TrainingParticipant participant_on_course(Context& ctx, const Company& company, const std::string& person,
                                          CourseEnd end) {
  TrainingParticipant participant = require_participant(ctx, company, person);
  if (participant.completed) {
    throw RuleError(end == CourseEnd::completion
                        ? fmt::format("{} at {} already completed the course on {}", person, company.key,
                                      format_date(*participant.completed))
                        : fmt::format("cannot drop {} at {}: they completed the course on {}", person, company.key,
                                      format_date(*participant.completed)));
  }
  if (participant.dropped) {
    throw RuleError(end == CourseEnd::drop
                        ? fmt::format("{} at {} already dropped the course on {}", person, company.key,
                                      format_date(*participant.dropped))
                        : fmt::format("cannot complete the course for {} at {}: they dropped it on {}; re-enrol "
                                      "them first with 'plift training enroll {} --person NAME'",
                                      person, company.key, format_date(*participant.dropped), company.key));
  }
  return participant;
}

void run_complete(Context& ctx, const ChangeOptions& o) {
  require_person(o.person);
  Company company = require_company(ctx, o.key);
  require_active(ctx, company, "record course completions at");
  TrainingParticipant participant = participant_on_course(ctx, company, o.person, CourseEnd::completion);
  Date day = event_date(ctx, company, o.date, "the completion date");
  require_after_enrolment(participant, day, "the completion date");
  participant.completed = day;
  store::Database& db = ctx.database();
  store::WriteTransaction tx(db);
  store::update_participant(db, participant);
  QuotaCount count = company_quota(ctx, company.key);
  tx.commit();
  ctx.note(fmt::format("{}: {} completed the course on {} ({} of {} participants completed)", company.key, o.person,
                       format_date(day), count.completed, count.participants));
}

void run_drop(Context& ctx, const ChangeOptions& o) {
  require_person(o.person);
  Company company = require_company(ctx, o.key);
  require_active(ctx, company, "record course drop-outs at");
  TrainingParticipant participant = participant_on_course(ctx, company, o.person, CourseEnd::drop);
  Date day = event_date(ctx, company, o.date, "the drop date");
  require_after_enrolment(participant, day, "the drop date");
  participant.dropped = day;
  store::Database& db = ctx.database();
  store::WriteTransaction tx(db);
  store::update_participant(db, participant);
  QuotaCount count = company_quota(ctx, company.key);
  tx.commit();
  ctx.note(fmt::format("{}: {} dropped the course on {}; {}", company.key, o.person, format_date(day),
                       quota_phrase(count)));
}

struct ListOptions {
  std::string key;
  std::string status;
};

void run_list(Context& ctx, const ListOptions& o) {
  std::optional<TrainingStatus> status;
  if (!o.status.empty()) status = require_status(o.status);
  std::optional<std::string> company;
  if (!o.key.empty()) company = require_company(ctx, o.key).key;
  render::Format format = ctx.format();
  std::vector<TrainingParticipant> participants = store::list_participants(ctx.database(), company);

  render::Listing listing;
  listing.columns = {{"company", "COMPANY"},   {"person", "PERSON"},       {"role", "ROLE"},
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
  QuotaCount count = count_quota(participants, ctx.program().training_min_per_company);
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
  if (!o.key.empty()) only = require_company(ctx, o.key).key;
  store::Database& db = ctx.database();
  Date today = ctx.today();
  int required = ctx.program().training_min_per_company;
  auto participants = store::participants_by_company(db);
  render::Listing listing;
  listing.columns = {{"company", "COMPANY"},
                     {"company_status", "STATUS"},
                     {"participants", "PARTICIPANTS", true},
                     {"enrolled", "ENROLLED", true},
                     {"completed", "COMPLETED", true},
                     {"dropped", "DROPPED", true},
                     {"required", "REQUIRED", true},
                     {"meets_quota", "QUOTA MET"}};
  for (const store::CompanyOverview& row : store::list_companies(db)) {
    const Company& company = row.company;
    if (only && company.key != *only) continue;
    CompanyStatus company_status = status_on(company, today);
    QuotaCount count = count_quota(participants[company.key], required);
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
