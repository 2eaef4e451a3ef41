// plift pulse|visit|training|steering|kpi|assess edit ID and remove ID, and
// plift gathering edit-attendance|remove-attendance ID: correcting one record
// by the id its listing shows.
#include <fmt/format.h>

#include <utility>
#include <vector>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/corrections.hpp"
#include "plift/core/error.hpp"
#include "record_json.hpp"

namespace plift::cli {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string shown(const std::optional<std::string>& text) { return text ? *text : "-"; }
std::string shown(const std::optional<Date>& day) { return day ? format_date(*day) : "-"; }

// "visit #12 (acme-ab): date 2026-09-22 → 2026-09-21, mode onsite → remote"
void confirm_edit(Context& ctx, RecordKind kind, std::int64_t id, const std::string& owner, const Fields& before,
                  const Fields& after) {
  std::string changes;
  for (std::size_t i = 0; i < after.size(); ++i) {
    const std::string* old_value = nullptr;
    for (const auto& [name, value] : before) {
      if (name == after[i].first) old_value = &value;
    }
    std::string from = old_value ? *old_value : "-";
    if (from == after[i].second) continue;
    if (!changes.empty()) changes += ", ";
    changes += fmt::format("{} {} → {}", after[i].first, from, after[i].second);
  }
  ctx.note(fmt::format("{} #{} ({}): {}", describe(kind), id, owner, changes.empty() ? "nothing changed" : changes));
}

Fields fields_of(const Pulse& p) {
  return {{"date", format_date(p.date)}, {"status", to_string(p.status)}, {"note", shown(p.note)}};
}
Fields fields_of(const Visit& v) {
  return {{"date", format_date(v.date)}, {"coach", shown(v.coach)}, {"mode", to_string(v.mode)}, {"note", shown(v.note)}};
}
Fields fields_of(const TrainingParticipant& p) {
  return {{"person", p.person},
          {"role", to_string(p.role)},
          {"enrolled", format_date(p.enrolled)},
          {"completed", shown(p.completed)},
          {"dropped", shown(p.dropped)}};
}
Fields fields_of(const SteeringMember& m) { return {{"person", m.person}, {"role", to_string(m.role)}}; }
Fields fields_of(const KpiValue& v) {
  return {{"kpi", v.kpi}, {"date", format_date(v.date)}, {"value", render::cell_text(recorded_number_json(v.value))}};
}
Fields fields_of(const Assessment& a) {
  Fields fields = {{"date", format_date(a.date)}};
  for (const auto& [dimension, score] : a.scores) fields.emplace_back(dimension, std::to_string(score));
  return fields;
}
Fields fields_of(const app::AttendanceRecordView& a) { return {{"people", std::to_string(a.attendance.people)}}; }

template <typename Record>
void confirm(Context& ctx, RecordKind kind, const app::Edited<Record>& edited, const std::string& owner) {
  confirm_edit(ctx, kind, edited.after.id, owner, fields_of(edited.before), fields_of(edited.after));
}

// An option given as text: nothing when not given.
std::optional<Date> date_option(Context& ctx, const std::optional<std::string>& text, std::string_view what) {
  if (!text) return std::nullopt;
  return ctx.parse_date(*text, what);
}

// --completed/--dropped: a day, or "none" to clear it.
app::DateEdit clearable_date(Context& ctx, const std::optional<std::string>& text, std::string_view what) {
  if (!text) return std::nullopt;
  if (*text == "none") return std::optional<Date>{};
  return std::optional<Date>{ctx.parse_date(*text, what)};
}

void require_some_change(bool any, std::string_view options) {
  if (!any) throw UsageError(fmt::format("nothing to change: give {}", options));
}

CLI::App* add_id_command(CLI::App& noun, const std::string& name, const std::string& description,
                         std::shared_ptr<std::int64_t> id) {
  CLI::App* command = noun.add_subcommand(name, description);
  command->add_option("id", *id, "The record's id, as its listing shows it")->required()->transform(whole_number(false));
  return command;
}

void add_remove(CLI::App& noun, const std::string& name, RecordKind kind, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  CLI::App* remove = add_id_command(noun, name, fmt::format("Remove one {} by its id", describe(kind)), id);
  remove->callback([&ctx, id, kind] {
    app::Removed removed = app::remove_record(ctx.session(), kind, *id);
    ctx.note(fmt::format("removed {} #{}{}: {}", describe(kind), removed.id,
                         removed.company.empty() ? std::string() : " of " + removed.company, removed.summary));
  });
}

struct PulseOptions {
  std::optional<std::string> date, status, note;
};

void add_pulse_edit(CLI::App& pulse, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<PulseOptions>();
  CLI::App* edit = add_id_command(pulse, "edit", "Correct a pulse meeting's day, status or note", id);
  edit->add_option("--date", o->date, "The day of the meeting");
  edit->add_option("--status", o->status, "green, yellow or red");
  edit->add_option("--note", o->note, "What was said (\"\" removes the note)");
  edit->callback([&ctx, id, o] {
    require_some_change(o->date || o->status || o->note, "--date, --status or --note");
    app::PulseEdit request{*id, date_option(ctx, o->date, "--date"), std::nullopt, o->note};
    if (o->status) {
      request.status = parse_pulse_status(*o->status);
      if (!request.status) throw UsageError(fmt::format("unknown --status '{}': use green, yellow or red", *o->status));
    }
    auto edited = app::edit_pulse(ctx.session(), request);
    confirm(ctx, RecordKind::pulse, edited, edited.after.company);
  });
}

struct VisitOptions {
  std::optional<std::string> date, coach, mode, note;
};

void add_visit_edit(CLI::App& visit, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<VisitOptions>();
  CLI::App* edit = add_id_command(visit, "edit", "Correct a visit's day, coach, mode or note", id);
  edit->add_option("--date", o->date, "The day of the visit");
  edit->add_option("--coach", o->coach, "The coach who held it");
  edit->add_option("--mode", o->mode, "onsite or remote");
  edit->add_option("--note", o->note, "A note (\"\" removes it)");
  edit->callback([&ctx, id, o] {
    require_some_change(o->date || o->coach || o->mode || o->note, "--date, --coach, --mode or --note");
    app::VisitEdit request{*id, date_option(ctx, o->date, "--date"), o->coach, std::nullopt, o->note};
    if (o->mode) request.mode = app::require_visit_mode(*o->mode, "--mode");
    auto edited = app::edit_visit(ctx.session(), request);
    confirm(ctx, RecordKind::visit, edited, edited.after.company);
  });
}

struct ParticipantOptions {
  std::optional<std::string> person, role, enrolled, completed, dropped;
};

void add_training_edit(CLI::App& training, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<ParticipantOptions>();
  CLI::App* edit = add_id_command(training, "edit", "Correct a course participant's name, role or dates", id);
  edit->add_option("--person", o->person, "The participant's name");
  edit->add_option("--role", o->role, "employee, manager, union or other");
  edit->add_option("--enrolled", o->enrolled, "The day they enrolled");
  edit->add_option("--completed", o->completed, "The day they completed the course, or 'none'");
  edit->add_option("--dropped", o->dropped, "The day they dropped out, or 'none'");
  edit->callback([&ctx, id, o] {
    require_some_change(o->person || o->role || o->enrolled || o->completed || o->dropped,
                        "--person, --role, --enrolled, --completed or --dropped");
    app::ParticipantEdit request{*id,
                                 o->person,
                                 std::nullopt,
                                 date_option(ctx, o->enrolled, "--enrolled"),
                                 clearable_date(ctx, o->completed, "--completed"),
                                 clearable_date(ctx, o->dropped, "--dropped")};
    if (o->role) request.role = app::require_training_role(*o->role, "--role");
    auto edited = app::edit_participant(ctx.session(), request);
    confirm(ctx, RecordKind::participant, edited, edited.after.company);
  });
}

struct SteeringOptions {
  std::optional<std::string> person, role;
};

void add_steering_edit(CLI::App& steering, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<SteeringOptions>();
  CLI::App* edit = add_id_command(steering, "edit", "Correct a steering-group member's name or role", id);
  edit->add_option("--person", o->person, "The member's name");
  edit->add_option("--role", o->role, "management, union or employee");
  edit->callback([&ctx, id, o] {
    require_some_change(o->person || o->role, "--person or --role");
    app::SteeringEdit request{*id, o->person, std::nullopt};
    if (o->role) request.role = app::require_steering_role(*o->role, "--role");
    auto edited = app::edit_steering_member(ctx.session(), request);
    confirm(ctx, RecordKind::steering_member, edited, edited.after.company);
  });
}

struct KpiOptions {
  std::optional<std::string> kpi, value, date;
};

void add_kpi_edit(CLI::App& kpi, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<KpiOptions>();
  CLI::App* edit = add_id_command(kpi, "edit", "Correct a key-figure value, its day or its key figure", id);
  edit->add_option("--kpi", o->kpi, "The key figure");
  edit->add_option("--value", o->value, "The value (12.5 or 12,5)");
  edit->add_option("--date", o->date, "The day it was measured");
  edit->callback([&ctx, id, o] {
    require_some_change(o->kpi || o->value || o->date, "--kpi, --value or --date");
    app::KpiEdit request{*id, o->kpi, std::nullopt, date_option(ctx, o->date, "--date")};
    if (o->value) request.value = app::require_kpi_value(*o->value, "--value");
    auto edited = app::edit_kpi_value(ctx.session(), request);
    confirm(ctx, RecordKind::kpi_value, edited, edited.after.company);
  });
}

struct AssessmentOptions {
  std::optional<std::string> date;
  std::vector<std::string> scores;
};

void add_assess_edit(CLI::App& assess, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto o = std::make_shared<AssessmentOptions>();
  CLI::App* edit = add_id_command(assess, "edit", "Correct an assessment's day or some of its scores", id);
  edit->add_option("scores", o->scores, "DIMENSION=SCORE for each score that changes");
  edit->add_option("--date", o->date, "The day of the assessment");
  edit->callback([&ctx, id, o] {
    require_some_change(o->date || !o->scores.empty(), "--date or DIMENSION=SCORE");
    app::AssessmentEdit request{*id, date_option(ctx, o->date, "--date"), {}};
    const Program& program = ctx.program();
    for (const std::string& argument : o->scores) {
      auto equals = argument.find('=');
      if (equals == std::string::npos || equals == 0) {
        throw UsageError(fmt::format("'{}' is not DIMENSION=SCORE", argument));
      }
      std::string dimension = argument.substr(0, equals);
      app::require_assessment_dimension(program, dimension);
      if (request.scores.contains(dimension)) {
        throw UsageError(fmt::format("'{}' is scored twice; score each dimension once", dimension));
      }
      request.scores[dimension] = app::require_assessment_score(program, dimension, argument.substr(equals + 1));
    }
    auto edited = app::edit_assessment(ctx.session(), request);
    confirm(ctx, RecordKind::assessment, edited, edited.after.company);
  });
}

void add_attendance_edit(CLI::App& gathering, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto people = std::make_shared<long long>(0);
  CLI::App* edit =
      add_id_command(gathering, "edit-attendance", "Correct the number of people of one attendance record", id);
  edit->add_option("--people", *people, "How many people came")->required()->transform(whole_number(true));
  edit->callback([&ctx, id, people] {
    auto edited = app::edit_attendance(ctx.session(), {*id, *people});
    const Attendance& a = edited.after.attendance;
    std::string who = a.company ? *a.company : a.guest ? "guest " + *a.guest : "head count";
    confirm_edit(ctx, RecordKind::attendance, a.id, fmt::format("{} at {}", who, edited.after.gathering),
                 fields_of(edited.before), fields_of(edited.after));
  });
}

CLI::App& noun(CLI::App& app, const std::string& name) {
  CLI::App* found = app.get_subcommand(name);
  if (!found) throw InternalError(fmt::format("no command '{}' to add corrections to", name));
  return *found;
}

}  // namespace

void add_correction_commands(CLI::App& app, Context& ctx) {
  add_pulse_edit(noun(app, "pulse"), ctx);
  add_remove(noun(app, "pulse"), "remove", RecordKind::pulse, ctx);
  add_visit_edit(noun(app, "visit"), ctx);
  add_remove(noun(app, "visit"), "remove", RecordKind::visit, ctx);
  add_training_edit(noun(app, "training"), ctx);
  add_remove(noun(app, "training"), "remove", RecordKind::participant, ctx);
  add_steering_edit(noun(app, "steering"), ctx);
  add_kpi_edit(noun(app, "kpi"), ctx);
  add_remove(noun(app, "kpi"), "remove", RecordKind::kpi_value, ctx);
  add_assess_edit(noun(app, "assess"), ctx);
  add_remove(noun(app, "assess"), "remove", RecordKind::assessment, ctx);
  add_attendance_edit(noun(app, "gathering"), ctx);
  add_remove(noun(app, "gathering"), "remove-attendance", RecordKind::attendance, ctx);
}

}  // namespace plift::cli
