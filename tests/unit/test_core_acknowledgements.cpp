// When an acknowledged finding still holds, on fixed dates.
#include <doctest/doctest.h>

#include "plift/core/acknowledgements.hpp"

using namespace plift;

namespace {

Finding finding(const std::string& rule, Date day) { return {"dokka", rule, day, "A sentence."}; }

Acknowledgement ack(const std::string& rule, Date day, std::optional<Date> until = std::nullopt) {
  return {"dokka", rule, "Known; the plant was closed.", day, until};
}

}  // namespace

TEST_CASE("an acknowledgement covers its company's findings of its rule dated up to its day") {
  Acknowledgement a = ack("pulse-gap", make_date(2026, 11, 16));
  CHECK(acknowledgement_holds(a, finding("pulse-gap", make_date(2026, 3, 2)), make_date(2026, 11, 16)));
  CHECK(acknowledgement_holds(a, finding("pulse-gap", make_date(2026, 11, 16)), make_date(2026, 11, 16)));
  CHECK(acknowledgement_holds(a, finding("pulse-gap", make_date(2026, 3, 2)), make_date(2030, 1, 1)));
  CHECK_FALSE(acknowledgement_holds(a, finding("visit-overdue", make_date(2026, 3, 2)), make_date(2026, 11, 16)));
  Finding other = finding("pulse-gap", make_date(2026, 3, 2));
  other.company = "sen";
  CHECK_FALSE(acknowledgement_holds(a, other, make_date(2026, 11, 16)));
}

TEST_CASE("a finding dated after the day of acknowledgement is a new fact") {
  Acknowledgement a = ack("pulse-gap", make_date(2026, 11, 16));
  CHECK_FALSE(acknowledgement_holds(a, finding("pulse-gap", make_date(2026, 11, 17)), make_date(2026, 11, 30)));
}

TEST_CASE("an acknowledgement holds through its until day and lapses the day after") {
  Acknowledgement a = ack("steering-incomplete", make_date(2026, 11, 16), make_date(2026, 12, 31));
  Finding f = finding("steering-incomplete", make_date(2026, 1, 5));
  CHECK(acknowledgement_holds(a, f, make_date(2026, 12, 31)));
  CHECK_FALSE(acknowledgement_lapsed(a, make_date(2026, 12, 31)));
  CHECK_FALSE(acknowledgement_holds(a, f, make_date(2027, 1, 1)));
  CHECK(acknowledgement_lapsed(a, make_date(2027, 1, 1)));
}

TEST_CASE("apply_acknowledgements pairs each finding with the acknowledgement covering it, in order") {
  std::vector<Finding> findings = {finding("phase-overdue", make_date(2026, 3, 15)),
                                   finding("pulse-gap", make_date(2026, 2, 1)),
                                   finding("pulse-gap", make_date(2026, 11, 20))};
  std::vector<Acknowledgement> acks = {ack("pulse-gap", make_date(2026, 11, 16))};
  std::vector<CheckedFinding> checked = apply_acknowledgements(findings, acks, make_date(2026, 11, 30));
  REQUIRE(checked.size() == 3);
  CHECK_FALSE(checked[0].acknowledgement);
  REQUIRE(checked[1].acknowledgement);
  CHECK(checked[1].acknowledgement->reason == "Known; the plant was closed.");
  CHECK_FALSE(checked[2].acknowledgement);
  CHECK(checked[2].finding.date == make_date(2026, 11, 20));
}
