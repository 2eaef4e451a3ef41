// An import row and the command it stands for go through one use case: the
// same bad value is refused by the same rule, the message naming the column
// where the command names the option; and where the import may do more
// (history, --update), its policy says so.
#include <doctest/doctest.h>

#include <sstream>

#include "plift/app/coach.hpp"
#include "plift/app/company.hpp"
#include "plift/app/import_export.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/phase.hpp"
#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/error.hpp"
#include "plift/core/program.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

using namespace plift;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

const Program& program() {
  static const Program p = default_program();
  return p;
}

// Today is 2026-11-16. bussbygg-as is active since 2026-01-05 with coach
// eva-lind; vargon started 2026-02-02 and withdrew on 2026-06-30.
std::unique_ptr<app::Session> sample_session() {
  auto session = app::Session::in_memory(program(), {ymd(2026, 11, 16), true});
  app::add_coach(*session, {"eva-lind", "Eva Lind", "RISE", std::nullopt, std::nullopt});
  app::add_company(*session, {"bussbygg-as", "Bussbygg AS", "Innlandet", "metal", 40, ymd(2026, 1, 5), std::nullopt,
                              "eva-lind"});
  app::add_company(*session, {"vargon", "Vargön AB", "Västsverige", "metal", 120, ymd(2026, 2, 2), std::nullopt,
                              std::nullopt});
  app::withdraw_company(*session, "vargon", ymd(2026, 6, 30), "moved abroad");
  return session;
}

struct Refusal {
  ExitStatus status = ExitStatus::ok;
  std::string message;
};

// What `command` throws; status ok when it throws nothing.
template <typename Command>
Refusal refusal_of(Command&& command) {
  try {
    command();
  } catch (const Error& e) {
    return {e.status(), e.what()};
  }
  return {};
}

app::ImportResult import_csv(app::Session& session, const std::string& entity, const std::string& csv,
                             bool update = false) {
  std::istringstream in(csv);
  return app::import_records(session, {entity, &in, "in.csv", io::InputFormat::csv, false, update, {}});
}

Refusal import_refusal(app::Session& session, const std::string& entity, const std::string& csv, bool update = false) {
  return refusal_of([&] { import_csv(session, entity, csv, update); });
}

}  // namespace

TEST_CASE("the recording policies: what the commands do, what an import may do") {
  app::RecordingPolicy command = app::RecordingPolicy::command();
  CHECK_FALSE(command.history());
  CHECK(command.existing == app::RecordingPolicy::Existing::as_command);
  CHECK(command.name("--date", "date") == "--date");
  CHECK(command.about("date", "the pulse date") == "the pulse date");
  CHECK(command.valued("--start", "start", "2026-01-05") == "--start 2026-01-05");

  app::RecordingPolicy import = app::RecordingPolicy::import(false);
  CHECK(import.history());
  CHECK(import.existing == app::RecordingPolicy::Existing::refuse);
  CHECK(import.name("--date", "date") == "column 'date'");
  CHECK(import.about("date", "the pulse date") == "column 'date': the pulse date");
  CHECK(import.valued("--start", "start", "2026-01-05") == "column 'start': 2026-01-05");
  CHECK(app::RecordingPolicy::import(true).replaces());

  Refusal refused = refusal_of([&] { import.refuse_existing("a coach with key 'x' already exists (X)", "; hint"); });
  CHECK(refused.message == "a coach with key 'x' already exists (X); pass --update to replace it");
  refused = refusal_of([&] { command.refuse_existing("a company with key 'x' already exists (X)", "; hint"); });
  CHECK(refused.message == "a company with key 'x' already exists (X); hint");
}

TEST_CASE("a pulse in the future: the same rule for pulse log and import pulses") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::log_pulse(*session, {"bussbygg-as", PulseStatus::green, ymd(2027, 1, 1), std::nullopt});
  });
  CHECK(command.status == ExitStatus::refused);
  CHECK(command.message == "the pulse date 2027-01-01 is in the future (today is 2026-11-16)");

  Refusal row = import_refusal(*session, "pulses", "company,date,status\nbussbygg-as,2027-01-01,green\n");
  CHECK(row.status == ExitStatus::data);
  CHECK(row.message == "in.csv:2: column 'date': " + command.message);
}

TEST_CASE("a withdrawn company: history within its journey is imported, the command wants it active") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::log_pulse(*session, {"vargon", PulseStatus::red, ymd(2026, 5, 4), std::nullopt});
  });
  CHECK(command.message == "cannot log a pulse meeting for vargon: it withdrew on 2026-06-30");
  CHECK(import_csv(*session, "pulses", "company,date,status\nvargon,2026-05-04,red\n").rows == 1);

  // After the withdrawal neither records it, by the same rule.
  Refusal row = import_refusal(*session, "pulses", "company,date,status\nvargon,2026-07-01,red\n");
  CHECK(row.message == "in.csv:2: column 'date': the pulse date 2026-07-01 is after vargon withdrew on 2026-06-30");
  Refusal visit = refusal_of([&] {
    app::log_visit(*session, {"vargon", ymd(2026, 7, 1), "eva-lind", VisitMode::onsite, std::nullopt});
  });
  CHECK(visit.message == "the visit date 2026-07-01 is after vargon withdrew on 2026-06-30");
}

TEST_CASE("company add and import companies refuse the same head count and the same key") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::add_company(*session, {"", "Gjøvik Plast AS", "Innlandet", "plastics", 0, ymd(2026, 3, 2), std::nullopt,
                                std::nullopt});
  });
  CHECK(command.status == ExitStatus::usage);
  CHECK(command.message == "--employees must be a whole number above 0, not 0");
  Refusal row = import_refusal(*session, "companies",
                               "name,region,sector,employees,start\nGjøvik Plast AS,Innlandet,plastics,0,2026-03-02\n");
  CHECK(row.message == "in.csv:2: column 'employees' must be a whole number above 0, not 0");

  command = refusal_of([&] {
    app::add_company(*session, {"", "Bussbygg AS", "Innlandet", "metal", 40, ymd(2026, 1, 5), std::nullopt,
                                std::nullopt});
  });
  CHECK(command.message == "a company with key 'bussbygg-as' already exists (Bussbygg AS); choose another with --key");
  row = import_refusal(*session, "companies",
                       "name,region,sector,employees,start\nBussbygg AS,Innlandet,metal,45,2026-01-05\n");
  CHECK(row.message ==
        "in.csv:2: a company with key 'bussbygg-as' already exists (Bussbygg AS); pass --update to replace it");
  CHECK(import_csv(*session, "companies", "name,region,sector,employees,start\nBussbygg AS,Innlandet,metal,45,2026-01-05\n",
                   true)
            .rows == 1);
}

TEST_CASE("import companies --update moves a start only as company edit --start does") {
  auto session = sample_session();
  app::log_pulse(*session, {"bussbygg-as", PulseStatus::green, ymd(2026, 1, 12), std::nullopt});
  app::CompanyEdit edit;
  edit.start = ymd(2026, 2, 2);
  Refusal command = refusal_of([&] { app::edit_company(*session, "bussbygg-as", edit); });
  CHECK(command.status == ExitStatus::refused);
  CHECK(command.message.starts_with("cannot move the start of bussbygg-as to 2026-02-02: "));
  Refusal row = import_refusal(*session, "companies",
                               "key,name,region,sector,employees,start,coach\n"
                               "bussbygg-as,Bussbygg AS,Innlandet,metal,40,2026-02-02,eva-lind\n",
                               true);
  CHECK(row.message == "in.csv:2: column 'start': " + command.message);
}

TEST_CASE("coach add and import coaches refuse the same e-mail address") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::add_coach(*session, {"ola", "Ola Nordmann", "SINTEF", "ola-at-sintef", std::nullopt});
  });
  CHECK(command.message == "--email 'ola-at-sintef' is not an e-mail address");
  Refusal row = import_refusal(*session, "coaches", "key,name,organisation,email\nola,Ola Nordmann,SINTEF,ola-at-sintef\n");
  CHECK(row.message == "in.csv:2: column 'email' 'ola-at-sintef' is not an e-mail address");
}

TEST_CASE("a visit logged twice: refused by both, replaced by import --update") {
  auto session = sample_session();
  app::log_visit(*session, {"bussbygg-as", ymd(2026, 2, 2), std::nullopt, VisitMode::onsite, std::nullopt});
  Refusal command = refusal_of([&] {
    app::log_visit(*session, {"bussbygg-as", ymd(2026, 2, 2), "eva-lind", VisitMode::remote, std::nullopt});
  });
  CHECK(command.message == "a visit to bussbygg-as on 2026-02-02 by eva-lind is already logged");
  const std::string csv = "company,date,coach,mode\nbussbygg-as,2026-02-02,eva-lind,remote\n";
  CHECK(import_refusal(*session, "visits", csv).message ==
        "in.csv:2: " + command.message + "; pass --update to replace its mode and note");
  CHECK(import_csv(*session, "visits", csv, true).rows == 1);

  // A row without a coach is a visit without one, where the command takes the company's coach.
  CHECK(import_csv(*session, "visits", "company,date\nbussbygg-as,2026-03-02\n").rows == 1);
  Visit logged = app::log_visit(*session, {"bussbygg-as", ymd(2026, 3, 2), std::nullopt, VisitMode::onsite, std::nullopt});
  CHECK(logged.coach == "eva-lind");
}

TEST_CASE("a checklist item of a phase not reached: the same rule for phase check and import checklist") {
  auto session = sample_session();
  Refusal command = refusal_of([&] { app::check_item(*session, "bussbygg-as", "pilot-areas", ymd(2026, 3, 2)); });
  CHECK(command.message == "checklist item 'pilot-areas' belongs to phase 'pilot', which bussbygg-as has not reached");
  Refusal row = import_refusal(*session, "checklist", "company,item,date\nbussbygg-as,pilot-areas,2026-03-02\n");
  CHECK(row.message == "in.csv:2: " + command.message);

  // Ticked once: the command keeps it, an import refuses it without --update.
  app::check_item(*session, "bussbygg-as", "challenges", ymd(2026, 1, 12));
  CHECK(app::check_item(*session, "bussbygg-as", "challenges", ymd(2026, 1, 19)).already_ticked);
  CHECK(import_refusal(*session, "checklist", "company,item,date\nbussbygg-as,challenges,2026-01-19\n").message ==
        "in.csv:2: bussbygg-as: 'challenges' of phase 'vision' was already ticked on 2026-01-12; pass --update to "
        "replace it");
}

TEST_CASE("training enroll and import training refuse the same enrolment date and the same blank name") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::enrol_participant(*session, {"bussbygg-as", "Lisa Berg", std::nullopt, ymd(2025, 12, 1)});
  });
  CHECK(command.message == "the enrolment date 2025-12-01 is before bussbygg-as started the programme on 2026-01-05");
  CHECK(import_refusal(*session, "training", "company,person,enrolled\nbussbygg-as,Lisa Berg,2025-12-01\n").message ==
        "in.csv:2: column 'enrolled': " + command.message);

  command = refusal_of([&] { app::enrol_participant(*session, {"bussbygg-as", " ", std::nullopt, ymd(2026, 3, 2)}); });
  CHECK(command.message == "--person may not be empty; give the participant's name");
  CHECK(import_refusal(*session, "training", "company,person,enrolled\nbussbygg-as,\" \",2026-03-02\n").message ==
        "in.csv:2: column 'person' may not be empty; give the participant's name");

  // A completion before the enrolment, by training complete's rule.
  app::enrol_participant(*session, {"bussbygg-as", "Per Berg", std::nullopt, ymd(2026, 3, 2)});
  command = refusal_of([&] {
    app::end_course(*session, {"bussbygg-as", "Per Berg", app::CourseEnd::completion, ymd(2026, 3, 1)});
  });
  CHECK(command.message == "the completion date 2026-03-01 is before Per Berg enrolled on 2026-03-02");
  CHECK(import_refusal(*session, "training",
                       "company,person,enrolled,completed\nbussbygg-as,Tor Ek,2026-03-02,2026-03-01\n")
            .message == "in.csv:2: column 'completed': the completion date 2026-03-01 is before Tor Ek enrolled on "
                        "2026-03-02");
}

TEST_CASE("attendance at a gathering not yet held: the same rule for gathering attend and import attendance") {
  auto session = sample_session();
  app::add_gathering(*session, {"winter-2026", "Vinterträff", ymd(2026, 12, 9), std::nullopt, GatheringKind::joint});
  Refusal command = refusal_of([&] { app::record_attendance(*session, {"winter-2026", "bussbygg-as", 3}); });
  CHECK(command.message == "gathering winter-2026 takes place on 2026-12-09, after today (2026-11-16); record who "
                           "came once it has taken place");
  CHECK(import_refusal(*session, "attendance", "gathering,company,people\nwinter-2026,bussbygg-as,3\n").message ==
        "in.csv:2: " + command.message);

  command = refusal_of([&] { app::record_attendance(*session, {"winter-2026", "bussbygg-as", 0}); });
  CHECK(command.message == "--people must be a whole number of at least 1, not 0");
  CHECK(import_refusal(*session, "attendance", "gathering,company,people\nwinter-2026,bussbygg-as,0\n").message ==
        "in.csv:2: column 'people' must be a whole number of at least 1, not 0");
}

TEST_CASE("gathering add and import gatherings refuse the same key") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::add_gathering(*session, {"Höst", "Höstträff", ymd(2026, 10, 14), std::nullopt, GatheringKind::joint});
  });
  CHECK(command.message == "invalid gathering key 'Höst': use lower-case letters, digits and '-'");
  CHECK(import_refusal(*session, "gatherings", "key,title,date\nHöst,Höstträff,2026-10-14\n").message ==
        "in.csv:2: column 'key': " + command.message);
}

TEST_CASE("steering add and import steering refuse the same blank name; only the import refuses a member twice") {
  auto session = sample_session();
  Refusal command = refusal_of([&] {
    app::add_steering_member(*session, "bussbygg-as", " ", SteeringRole::union_member);
  });
  CHECK(command.message == "--person may not be empty; give the member's name");
  CHECK(import_refusal(*session, "steering", "company,person,role\nbussbygg-as,\" \",union\n").message ==
        "in.csv:2: column 'person' may not be empty; give the member's name");

  app::add_steering_member(*session, "bussbygg-as", "Per Berg", SteeringRole::union_member);
  CHECK(app::add_steering_member(*session, "bussbygg-as", "Per Berg", SteeringRole::management).before ==
        SteeringRole::union_member);
  CHECK(import_refusal(*session, "steering", "company,person,role\nbussbygg-as,Per Berg,union\n").message ==
        "in.csv:2: Per Berg is already in the steering group of bussbygg-as as management; pass --update to "
        "replace it");
}

TEST_CASE("kpi record and import kpis: the same unknown KPI; the command replaces a value, an import only with --update") {
  auto session = sample_session();
  Refusal command = refusal_of([&] { app::record_kpi(*session, {"bussbygg-as", "scarp", 2.5, ymd(2026, 3, 2)}); });
  CHECK(command.message.starts_with("no KPI 'scarp' (did you mean 'scrap'?)"));
  CHECK(import_refusal(*session, "kpis", "company,kpi,date,value\nbussbygg-as,scarp,2026-03-02,2.5\n").message ==
        "in.csv:2: " + command.message);

  app::record_kpi(*session, {"bussbygg-as", "scrap", 2.5, ymd(2026, 3, 2)});
  CHECK(app::record_kpi(*session, {"bussbygg-as", "scrap", 2.0, ymd(2026, 3, 2)}) == 2.5);
  const std::string csv = "company,kpi,date,value\nbussbygg-as,scrap,2026-03-02,1.5\n";
  CHECK(import_refusal(*session, "kpis", csv).message ==
        "in.csv:2: bussbygg-as already has a scrap value for 2026-03-02: 2; pass --update to replace it");
  CHECK(import_csv(*session, "kpis", csv, true).rows == 1);
}

TEST_CASE("assess and import assessments: an assessment of the day is never replaced, except by --update") {
  auto session = sample_session();
  std::map<std::string, int> scores;
  std::string csv = "company,date,dimension,score\n";
  for (const std::string& dimension : program().assessment_dimensions) {
    scores[dimension] = 3;
    csv += "bussbygg-as,2026-03-02," + dimension + ",4\n";
  }
  Refusal command = refusal_of([&] { app::record_assessment(*session, "bussbygg-as", ymd(2025, 3, 2), scores); });
  CHECK(command.message == "the assessment date 2025-03-02 is before bussbygg-as started the programme on 2026-01-05");

  app::record_assessment(*session, "bussbygg-as", ymd(2026, 3, 2), scores);
  command = refusal_of([&] { app::record_assessment(*session, "bussbygg-as", ymd(2026, 3, 2), scores); });
  CHECK(command.message == "bussbygg-as already has an assessment for 2026-03-02; an assessment is never replaced");
  CHECK(import_refusal(*session, "assessments", csv).message ==
        "in.csv:2: bussbygg-as already has an assessment for 2026-03-02; pass --update to replace it");
  CHECK(import_csv(*session, "assessments", csv, true).rows == program().assessment_dimensions.size());
}

TEST_CASE("a refused import changes nothing; a dry run collects every bad row") {
  auto session = sample_session();
  const std::string csv =
      "company,date,status\nbussbygg-as,2026-03-02,green\nbussbygg-as,2027-01-01,green\nnobody,2026-03-02,red\n";
  CHECK(import_refusal(*session, "pulses", csv).status == ExitStatus::data);
  std::istringstream in(csv);
  app::ImportResult dry = app::import_records(*session, {"pulses", &in, "in.csv", io::InputFormat::csv, true, false, {}});
  CHECK(dry.rows == 3);
  REQUIRE(dry.errors.size() == 2);
  CHECK(dry.errors[0].starts_with("in.csv:3: column 'date': the pulse date 2027-01-01 is in the future"));
  CHECK(dry.errors[1].starts_with("in.csv:4: no company 'nobody'"));
  // Neither wrote anything, not even the good row.
  CHECK(store::list_pulses(session->database(), {}).empty());
}
