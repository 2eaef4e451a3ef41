#pragma once
// Keys name companies, coaches and gatherings: [a-z0-9-]+.

#include <string>
#include <string_view>
#include <vector>

namespace plift {

// Lower case; å/ä→a, ö/ø→o, æ→ae, é→e, ü→u (and their capitals); other runs of
// non-alphanumerics become one '-', trimmed at both ends.
// "Brødrene Midthaug AS" → "brodrene-midthaug-as". Empty when nothing is left;
// cut after the last whole word that fits in 64 characters.
std::string derive_key(std::string_view name);

bool is_valid_key(std::string_view key);

// Throws UsageError when `key` is not [a-z0-9-]+ (what: "--key", "company key").
void require_valid_key(std::string_view key, std::string_view what);

// Levenshtein distance over bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, when it is near enough to be a likely typo.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "a, b, c" — for listing known keys in a message; long lists are cut with "…".
std::string join_list(const std::vector<std::string>& items, std::size_t max_items = 12);

// Number of Unicode code points (terminal columns for the text plift prints).
std::size_t display_width(std::string_view utf8);

}  // namespace plift
