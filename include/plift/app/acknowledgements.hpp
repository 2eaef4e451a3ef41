#pragma once
// plift check, check ack and check unack: the findings of every company on
// today, and the acknowledgements that set a known and accepted finding aside
// (plift/core/acknowledgements.hpp says when one holds).

#include <optional>
#include <string>
#include <vector>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/acknowledgements.hpp"

namespace plift::app {

struct AcknowledgeRequest {
  std::string company;
  std::string rule;
  std::string reason;
  std::optional<Date> until;         // the last day it holds
  std::optional<Date> acknowledged;  // an import's day; the command's is today
};

struct Acknowledged {
  Acknowledgement acknowledgement;
  bool replaced = false;  // an earlier one of the company and rule was replaced
  int findings = 0;       // the company's findings of the rule it covers today
};

// `plift check ack`: the company (RuleError with the nearest keys), a rule of
// check_rules() (RuleError listing them), a reason (UsageError when blank), an
// until day not before today (RuleError), and the company must have a finding
// of the rule today (RuleError). Acknowledging again replaces the reason,
// until and day of the earlier one.
Acknowledged acknowledge_finding(Session& session, const AcknowledgeRequest& request);
// The import's form: history, so the day is the row's (default today), no
// finding need be there on it, and one already there is refused unless --update.
Acknowledged acknowledge_finding(Recorder& recorder, const AcknowledgeRequest& request);

// `plift check unack`: RuleError when the company has no acknowledgement of the rule.
Acknowledgement remove_acknowledgement(Session& session, const std::string& company, const std::string& rule);

// The findings of every company on today, each with the acknowledgement that
// covers it, read on one snapshot; in check_company's order, company by company.
std::vector<CheckedFinding> check_programme(Session& session);

// Every acknowledgement, or one company's, ordered by company, then rule.
std::vector<Acknowledgement> list_acknowledgements(Session& session, const std::optional<std::string>& company);

}  // namespace plift::app
