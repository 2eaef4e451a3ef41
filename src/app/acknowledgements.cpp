// plift check and check ack|unack, and the import and export of
// acknowledgements (the entity "acknowledgements").
#include "plift/app/acknowledgements.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/acknowledgements.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "transfer.hpp"

namespace plift::app {

namespace {

void require_rule(const std::string& rule) {
  const auto& rules = check_rules();
  if (std::find(rules.begin(), rules.end(), rule) != rules.end()) return;
  if (rule.empty()) throw RuleError(fmt::format("no rule given; the rules are: {}", join_list(rules)));
  throw RuleError(
      fmt::format("unknown rule '{}'{}; the rules are: {}", rule, did_you_mean(rule, rules), join_list(rules)));
}

// The company's findings of `rule` on `today`.
std::vector<Finding> findings_of(Session& session, const Company& company, const std::string& rule, Date today) {
  CompanyRecords records = store::load_company_records(session.database(), company);
  std::vector<Finding> found;
  for (Finding& finding : check_company(session.program(), records, today)) {
    if (finding.rule == rule) found.push_back(std::move(finding));
  }
  return found;
}

}  // namespace

Acknowledged acknowledge_finding(Recorder& recorder, const AcknowledgeRequest& request) {
  const RecordingPolicy& policy = recorder.policy;
  Session& session = recorder.session;
  Date today = session.today();
  require_free_text(request.reason, policy.name("--reason", "reason"));
  const Company& company = recorder.company(request.company);
  policy.in_column("rule", [&] { require_rule(request.rule); });
  Date day = policy.history() ? request.acknowledged.value_or(today) : today;
  if (day > today) {
    throw RuleError(policy.about("acknowledged", fmt::format("the day of acknowledgement {} is in the future "
                                                             "(today is {})",
                                                             format_date(day), format_date(today))));
  }
  if (request.until && *request.until < day) {
    throw RuleError(fmt::format("{} is before {} ({}): the acknowledgement would never hold",
                                policy.valued("--until", "until", format_date(*request.until)),
                                policy.history() ? "the day of acknowledgement" : "today", format_date(day)));
  }
  Acknowledgement ack{company.key, request.rule, request.reason, day, request.until};
  std::optional<Acknowledgement> earlier = store::find_acknowledgement(session.database(), company.key, request.rule);
  if (earlier && policy.existing != RecordingPolicy::Existing::as_command && !policy.replaces()) {
    policy.refuse_existing(fmt::format("{} already has an acknowledgement of {} (acknowledged {})", company.key,
                                       request.rule, format_date(earlier->acknowledged)));
  }
  std::vector<Finding> findings = findings_of(session, company, request.rule, today);
  if (!policy.history() && findings.empty()) {
    throw RuleError(fmt::format("{} has no {} finding on {}: there is nothing to acknowledge", company.key,
                                request.rule, format_date(today)));
  }
  store::put_acknowledgement(recorder.tx, ack);
  int covered = 0;
  for (const Finding& finding : findings) covered += acknowledgement_holds(ack, finding, today) ? 1 : 0;
  return {ack, earlier.has_value(), covered};
}

Acknowledged acknowledge_finding(Session& session, const AcknowledgeRequest& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  Acknowledged done = acknowledge_finding(recorder, request);
  tx.commit();
  return done;
}

Acknowledgement remove_acknowledgement(Session& session, const std::string& company_key, const std::string& rule) {
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, company_key);
  require_rule(rule);
  std::optional<Acknowledgement> ack = store::find_acknowledgement(session.database(), company.key, rule);
  if (!ack) {
    std::vector<Acknowledgement> acks = store::list_acknowledgements(session.database(), company.key);
    std::vector<std::string> rules;
    for (const Acknowledgement& a : acks) rules.push_back(a.rule);
    throw RuleError(fmt::format("{} has no acknowledgement of {}{}", company.key, rule,
                                rules.empty() ? std::string(" (it has none)")
                                              : fmt::format(" (it has: {})", join_list(rules))));
  }
  store::delete_acknowledgement(tx, company.key, rule);
  tx.commit();
  return *ack;
}

std::vector<CheckedFinding> check_programme(Session& session) {
  store::ReadTransaction snapshot(session.database());
  std::vector<Acknowledgement> acks = store::list_acknowledgements(session.database());
  Date today = session.today();
  std::vector<CheckedFinding> checked;
  for (const CompanyRecords& records : store::load_all_company_records(session.database())) {
    for (CheckedFinding& row : apply_acknowledgements(check_company(session.program(), records, today), acks, today)) {
      checked.push_back(std::move(row));
    }
  }
  return checked;
}

std::vector<Acknowledgement> list_acknowledgements(Session& session, const std::optional<std::string>& company) {
  store::ReadTransaction snapshot(session.database());
  return store::list_acknowledgements(session.database(), company);
}

// --- acknowledgements: company, rule, reason, acknowledged, until -----------

namespace {

// `plift check ack`, as history: the row's day of acknowledgement.
void import_acknowledgement(ImportSession& session, const ImportRow& row) {
  AcknowledgeRequest request;
  request.company = row.required_text("company");
  request.rule = row.required_text("rule");
  request.reason = row.required_text("reason");
  request.acknowledged = row.date("acknowledged");
  request.until = row.date("until");
  acknowledge_finding(session.recorder, request);
}

void export_acknowledgements(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Acknowledgement& ack : store::list_acknowledgements(session.database())) {
    emit({{"company", ack.company},
          {"rule", ack.rule},
          {"reason", ack.reason},
          {"acknowledged", format_date(ack.acknowledged)},
          {"until", ack.until ? render::Json(format_date(*ack.until)) : render::Json(nullptr)}});
  }
}

}  // namespace

void add_acknowledgement_transfers(std::vector<EntityTransfer>& entities) {
  entities.push_back({"acknowledgements",
                      {{"company", true}, {"rule", true}, {"reason", true}, {"acknowledged"}, {"until"}},
                      import_acknowledgement,
                      export_acknowledgements,
                      nullptr});
}

}  // namespace plift::app
