// plift check ack|unack and check on an in-memory database, on fixed dates.
#include <doctest/doctest.h>

#include "plift/app/acknowledgements.hpp"
#include "plift/app/company.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/session.hpp"
#include "plift/core/error.hpp"

using namespace plift;

namespace {

const Date start = make_date(2026, 1, 5);
const Date today = make_date(2026, 11, 16);

struct Programme {
  Program program = default_program();
  std::unique_ptr<app::Session> session = app::Session::in_memory(program, {today, true});
  std::string key =
      app::add_company(*session, {"", "Dokka", "Innlandet", "metal", 40, start, std::nullopt, std::nullopt});

  app::Session& operator*() { return *session; }

  // The rules of the findings that still count.
  std::vector<std::string> counting() {
    std::vector<std::string> rules;
    for (const CheckedFinding& row : app::check_programme(*session)) {
      if (!row.acknowledgement) rules.push_back(row.finding.rule);
    }
    return rules;
  }
  int acknowledged(const std::string& rule) {
    int count = 0;
    for (const CheckedFinding& row : app::check_programme(*session)) {
      count += row.acknowledgement && row.finding.rule == rule ? 1 : 0;
    }
    return count;
  }
  app::Acknowledged ack(const std::string& rule, std::optional<Date> until = std::nullopt) {
    return app::acknowledge_finding(*session, {key, rule, "Known and accepted", until, std::nullopt});
  }
  bool counts(const std::string& rule) {
    auto rules = counting();
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
  }
};

}  // namespace

TEST_CASE("an acknowledged finding no longer counts, and counts again once taken back") {
  Programme p;
  REQUIRE(p.counts("pulse-gap"));
  app::Acknowledged done = p.ack("pulse-gap");
  CHECK(done.findings == 1);
  CHECK_FALSE(done.replaced);
  CHECK(done.acknowledgement.acknowledged == today);
  CHECK_FALSE(p.counts("pulse-gap"));
  CHECK(p.acknowledged("pulse-gap") == 1);
  CHECK(p.counts("visit-overdue"));

  Acknowledgement removed = app::remove_acknowledgement(*p, p.key, "pulse-gap");
  CHECK(removed.reason == "Known and accepted");
  CHECK(p.counts("pulse-gap"));
  CHECK_THROWS_AS(app::remove_acknowledgement(*p, p.key, "pulse-gap"), RuleError);
}

TEST_CASE("with every finding acknowledged nothing counts") {
  Programme p;
  for (const std::string& rule : p.counting()) p.ack(rule);
  CHECK(p.counting().empty());
}

TEST_CASE("check ack refuses an unknown company or rule, a blank reason, a past until and a finding not there") {
  Programme p;
  CHECK_THROWS_WITH_AS(app::acknowledge_finding(*p, {"dokk", "pulse-gap", "why", std::nullopt, std::nullopt}),
                       doctest::Contains("did you mean 'dokka'"), RuleError);
  CHECK_THROWS_WITH_AS(app::acknowledge_finding(*p, {p.key, "pulse-gaps", "why", std::nullopt, std::nullopt}),
                       doctest::Contains("the rules are: event-outside-journey"), RuleError);
  CHECK_THROWS_AS(app::acknowledge_finding(*p, {p.key, "pulse-gap", " \n", std::nullopt, std::nullopt}), UsageError);
  CHECK_THROWS_WITH_AS(p.ack("pulse-gap", make_date(2026, 11, 15)), doctest::Contains("before today"), RuleError);
  CHECK_THROWS_WITH_AS(p.ack("training-quota"), doctest::Contains("has no training-quota finding"), RuleError);
  CHECK(app::list_acknowledgements(*p, std::nullopt).empty());
}

TEST_CASE("acknowledging again replaces the reason and until") {
  Programme p;
  p.ack("phase-overdue");
  app::Acknowledged again =
      app::acknowledge_finding(*p, {p.key, "phase-overdue", "Board decided", make_date(2026, 12, 31), std::nullopt});
  CHECK(again.replaced);
  std::vector<Acknowledgement> acks = app::list_acknowledgements(*p, p.key);
  REQUIRE(acks.size() == 1);
  CHECK(acks[0].reason == "Board decided");
  CHECK(acks[0].until == make_date(2026, 12, 31));
}

TEST_CASE("an acknowledgement lapses after its until day") {
  Programme p;
  p.ack("steering-incomplete", make_date(2026, 11, 30));
  p.session->set_today({make_date(2026, 11, 30), true});
  CHECK_FALSE(p.counts("steering-incomplete"));
  p.session->set_today({make_date(2026, 12, 1), true});
  CHECK(p.counts("steering-incomplete"));
}

TEST_CASE("a new pulse gap after the acknowledgement counts again") {
  Programme p;
  p.ack("pulse-gap");
  app::log_pulse(*p, {p.key, PulseStatus::green, today, std::nullopt});
  CHECK_FALSE(p.counts("pulse-gap"));  // the old gap, now closed, stays acknowledged
  p.session->set_today({make_date(2027, 1, 18), true});
  CHECK(p.counts("pulse-gap"));
  CHECK(p.acknowledged("pulse-gap") == 1);
}
