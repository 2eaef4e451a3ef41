#include "plift/core/keys.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "plift/core/error.hpp"
#include "plift/core/text.hpp"

namespace plift {

namespace {

constexpr std::size_t max_key_length = 64;

// Decodes one UTF-8 sequence at `pos` and advances past it. Malformed bytes
// decode as U+FFFD so that they become a separator rather than vanish silently.
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  constexpr char32_t replacement = 0xFFFD;
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  std::uint8_t lead = byte(pos);
  std::size_t length = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07u;
  } else {
    ++pos;
    return replacement;
  }
  if (pos + length > text.size()) {
    ++pos;
    return replacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return replacement;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3Fu);
  }
  pos += length;
  return cp;
}

// The ASCII spelling of a Latin-1 letter in a key, or "" when it has none.
std::string_view fold_latin1(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) cp += 0x20;  // capitals to their small forms
  switch (cp) {
    case U'à': case U'á': case U'â': case U'ã': case U'ä': case U'å':
      return "a";
    case U'æ':
      return "ae";
    case U'ç':
      return "c";
    case U'è': case U'é': case U'ê': case U'ë':
      return "e";
    case U'ì': case U'í': case U'î': case U'ï':
      return "i";
    case U'ñ':
      return "n";
    case U'ò': case U'ó': case U'ô': case U'õ': case U'ö': case U'ø':
      return "o";
    case U'ù': case U'ú': case U'û': case U'ü':
      return "u";
    case U'ý': case U'ÿ':
      return "y";
    case U'ß':
      return "ss";
    default:
      return "";
  }
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

std::string derive_key(std::string_view name) {
  std::string key;
  bool pending_dash = false;
  auto append = [&](std::string_view part) {
    if (pending_dash && !key.empty()) key += '-';
    pending_dash = false;
    key += part;
  };
  for (std::size_t pos = 0; pos < name.size();) {
    char32_t cp = next_code_point(name, pos);
    if (cp >= U'A' && cp <= U'Z') {
      append(std::string(1, static_cast<char>(cp - U'A' + U'a')));
    } else if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9')) {
      append(std::string(1, static_cast<char>(cp)));
    } else if (std::string_view folded = fold_latin1(cp); !folded.empty()) {
      append(folded);
    } else {
      pending_dash = true;
    }
  }
  // A long name makes a key of its first words (a 100 kB name, a 64-byte key).
  if (key.size() > max_key_length) {
    std::size_t cut = key.rfind('-', max_key_length);
    key.resize(cut == std::string::npos || cut == 0 ? max_key_length : cut);
  }
  return key;
}

bool is_valid_key(std::string_view key) {
  return !key.empty() && key.size() <= max_key_length && key.front() != '-' &&
         key.back() != '-' && std::all_of(key.begin(), key.end(), is_key_char);
}

void require_valid_key(std::string_view key, std::string_view what) {
  if (is_valid_key(key)) return;
  if (key.size() > max_key_length)
    throw UsageError(fmt::format("invalid {} '{}': at most {} characters", what, visible_text(key, 80),
                                 max_key_length));
  throw UsageError(
      fmt::format("invalid {} '{}': use lower-case letters, digits and '-'", what, visible_text(key, 80)));
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.empty()) return "";

  const std::string* prefixed = nullptr;
  int prefix_matches = 0;
  for (const auto& candidate : candidates) {
    if (candidate.starts_with(word)) {
      prefixed = &candidate;
      ++prefix_matches;
    }
  }
  if (prefix_matches == 1) return *prefixed;

  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    std::size_t distance = edit_distance(word, candidate);
    // Rewriting every character is no typo: "ab" should not suggest "xy".
    if (distance > limit || distance >= std::max(word.size(), candidate.size())) continue;
    if (!best || distance < best_distance) {
      best = &candidate;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string suggestion = nearest(word, candidates);
  return suggestion.empty() ? "" : fmt::format(" (did you mean '{}'?)", suggestion);
}

std::string join_list(const std::vector<std::string>& items, std::size_t max_items) {
  std::string joined;
  std::size_t shown = std::min(items.size(), max_items);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) joined += ", ";
    joined += items[i];
  }
  if (items.size() > shown) {
    if (shown > 0) joined += ", ";
    joined += fmt::format("… ({} more)", items.size() - shown);
  }
  return joined;
}

std::size_t display_width(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<std::uint8_t>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace plift
