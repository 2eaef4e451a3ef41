#include "plift/core/acknowledgements.hpp"

namespace plift {

bool acknowledgement_lapsed(const Acknowledgement& ack, Date today) { return ack.until && today > *ack.until; }

bool acknowledgement_holds(const Acknowledgement& ack, const Finding& finding, Date today) {
  return ack.company == finding.company && ack.rule == finding.rule && !acknowledgement_lapsed(ack, today) &&
         finding.date <= ack.acknowledged;
}

std::vector<CheckedFinding> apply_acknowledgements(const std::vector<Finding>& findings,
                                                   const std::vector<Acknowledgement>& acks, Date today) {
  std::vector<CheckedFinding> checked;
  checked.reserve(findings.size());
  for (const Finding& finding : findings) {
    CheckedFinding row{finding, std::nullopt};
    for (const Acknowledgement& ack : acks) {
      if (acknowledgement_holds(ack, finding, today)) {
        row.acknowledgement = ack;
        break;
      }
    }
    checked.push_back(std::move(row));
  }
  return checked;
}

}  // namespace plift
