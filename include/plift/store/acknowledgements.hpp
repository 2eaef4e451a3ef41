#pragma once
// The findings acknowledged as known and accepted (plift check ack): one per
// company and rule (see plift/core/acknowledgements.hpp).

#include <optional>
#include <string>
#include <vector>

#include "plift/core/acknowledgements.hpp"
#include "plift/store/database.hpp"

namespace plift::store {

// Every acknowledgement, or one company's, ordered by company, then rule.
std::vector<Acknowledgement> list_acknowledgements(Database& db,
                                                   const std::optional<std::string>& company = std::nullopt);

std::optional<Acknowledgement> find_acknowledgement(Database& db, const std::string& company, const std::string& rule);

// Records it, replacing the reason, day and until of an earlier one of the
// same company and rule. The caller holds a WriteTransaction.
void put_acknowledgement(WriteTransaction& tx, const Acknowledgement& ack);

// False (and nothing changes) when there was none.
bool delete_acknowledgement(WriteTransaction& tx, const std::string& company, const std::string& rule);

}  // namespace plift::store
