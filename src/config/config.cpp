#include "plift/config/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <system_error>
#include <utility>

#include <toml++/toml.h>

#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

namespace plift::config {

namespace {

namespace fs = std::filesystem;

// Counts and day spans above this are typos, and would overflow date arithmetic.
constexpr std::int64_t max_count = 100000;
// A range of holidays longer than a year is a typo (the holiday weeks repeat every year).
constexpr long max_holiday_range_days = 366;

// ---------------------------------------------------------------------------
// Values as TOML writes them (for `config show` and for messages).

// Control characters as TOML escapes: toml++ puts the character it stumbled
// on into its message as it is, and a line break there would garble ours.
std::string escape_control_characters(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        else
          out += c;
    }
  }
  return out;
}

std::string quote(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return "\"" + escape_control_characters(escaped) + "\"";
}

std::string string_array(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  quoted.reserve(items.size());
  for (const auto& item : items) quoted.push_back(quote(item));
  return fmt::format("[{}]", fmt::join(quoted, ", "));
}

template <typename Number>
std::string number_array(const std::vector<Number>& items) {
  return fmt::format("[{}]", fmt::join(items, ", "));
}


// A value from the file as the user wrote it, for "…, not X".
std::string describe(const toml::node& node) {
  if (const auto* text = node.as_string()) return quote(text->get());
  if (const auto* array = node.as_array()) {
    std::vector<std::string> parts;
    for (const auto& element : *array) parts.push_back(describe(element));
    return fmt::format("[{}]", fmt::join(parts, ", "));
  }
  if (node.is_table()) return "a table";
  std::ostringstream out;
  node.visit([&](const auto& value) { out << value; });
  return out.str();
}

// ---------------------------------------------------------------------------
// Reading the TOML tree into a Program, failing at the first problem in file order.

struct Located {
  std::string value;
  std::string origin;  // "plift.toml:12"
};

class Reader {
 public:
  explicit Reader(std::string file_name) : file_name_(std::move(file_name)) {}

  Program program = default_program();
  std::map<std::string, std::string> origins;  // setting key -> "file:line"
  std::optional<Located> database_path;

  void read(const toml::table& root) {
    read_table(root, "", {
        {"database", [&](const Field& f) { read_database(f); }},
        {"program", [&](const Field& f) { read_program(f); }},
        {"phase", [&](const Field& f) { read_phases(f); }},
        {"training", [&](const Field& f) { read_training(f); }},
        {"gatherings", [&](const Field& f) { read_gatherings(f); }},
        {"pulse", [&](const Field& f) { read_pulse(f); }},
        {"reminders", [&](const Field& f) { read_reminders(f); }},
        {"kpi", [&](const Field& f) { read_kpis(f); }},
        {"assessment", [&](const Field& f) { read_assessment(f); }},
    });
  }

 private:
  struct Field {
    const toml::node& node;
    std::string path;  // "program.language", "phase[2].weeks"
  };
  using Handler = std::function<void(const Field&)>;

  std::string file_name_;

  std::string at(const toml::source_region& where) const {
    return fmt::format("{}:{}", file_name_, where.begin.line);
  }
  std::string at(const toml::node& node) const { return at(node.source()); }

  [[noreturn]] void fail(const toml::source_region& where, std::string_view path,
                         std::string_view problem) const {
    throw ConfigError(fmt::format("{}: {}: {}", at(where), path, problem));
  }
  [[noreturn]] void fail(const toml::node& node, std::string_view path,
                         std::string_view problem) const {
    fail(node.source(), path, problem);
  }

  // A key from the file as TOML writes it, bare when it can be: a quoted
  // key may hold ": ", spaces or line breaks that would garble the message.
  static std::string key_text(std::string_view key) {
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    return bare ? std::string(key) : quote(key);
  }

  static std::string join_path(std::string_view prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : fmt::format("{}.{}", prefix, key);
  }

  // Calls the handler of each key in the order the file lists them (toml++
  // iterates sorted by name), so the error reported is the first in the file.
  void read_table(const toml::table& table, const std::string& prefix,
                  const std::vector<std::pair<std::string, Handler>>& handlers) const {
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    for (const auto& [key, node] : table) entries.emplace_back(&key, &node);
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      const auto& pa = a.first->source().begin;
      const auto& pb = b.first->source().begin;
      return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
    });

    std::vector<std::string> known;
    for (const auto& [name, handler] : handlers) known.push_back(name);

    for (const auto& [key, node] : entries) {
      std::string name(key->str());
      auto handler = std::find_if(handlers.begin(), handlers.end(),
                                  [&](const auto& h) { return h.first == name; });
      if (handler == handlers.end()) {
        const bool section = prefix.empty() && (node->is_table() || node->is_array_of_tables());
        std::string hint = did_you_mean(name, known);
        if (hint.empty()) hint = fmt::format(" (known {}: {})", prefix.empty() ? "sections" : "keys",
                                             join_list(known));
        fail(key->source(), join_path(prefix, key_text(name)),
             fmt::format("unknown {}{}", section ? "section" : "key", hint));
      }
      handler->second(Field{*node, join_path(prefix, name)});
    }
  }

  // --- scalars

  const toml::table& section(const Field& f) const {
    const auto* table = f.node.as_table();
    if (!table) fail(f.node, f.path, fmt::format("must be a table ([{}]), not {}", f.path, describe(f.node)));
    return *table;
  }

  const toml::table& item_table(const toml::node& node, const std::string& path,
                                std::string_view what) const {
    const auto* table = node.as_table();
    if (!table) fail(node, path, fmt::format("must be a table with {}, not {}", what, describe(node)));
    return *table;
  }

  int read_int(const Field& f, std::int64_t min) const {
    const auto* value = f.node.as_integer();
    if (!value) fail(f.node, f.path, fmt::format("must be an integer, not {}", describe(f.node)));
    std::int64_t number = value->get();
    if (number < min)
      fail(f.node, f.path,
           min == 1 ? fmt::format("must be a whole number above 0, not {}", number)
                    : fmt::format("must be a whole number, 0 or more, not {}", number));
    if (number > max_count)
      fail(f.node, f.path, fmt::format("must be at most {}, not {}", max_count, number));
    return static_cast<int>(number);
  }

  std::string read_string(const Field& f, bool allow_empty = false) const {
    const auto* value = f.node.as_string();
    if (!value) fail(f.node, f.path, fmt::format("must be a string, not {}", describe(f.node)));
    if (!allow_empty && value->get().empty()) fail(f.node, f.path, "must not be empty");
    return value->get();
  }

  std::string read_key(const Field& f) const {
    std::string key = read_string(f);
    if (!is_valid_key(key)) {
      std::string suggestion = derive_key(key);
      fail(f.node, f.path,
           fmt::format("must be a key of a-z, 0-9 and '-', not {}{}", quote(key),
                       suggestion.empty() ? "" : fmt::format(" (did you mean '{}'?)", suggestion)));
    }
    return key;
  }

  const toml::array& read_array(const Field& f, std::string_view what) const {
    const auto* array = f.node.as_array();
    if (!array) fail(f.node, f.path, fmt::format("must be {}, not {}", what, describe(f.node)));
    return *array;
  }

  // An array of unique keys, e.g. assessment dimensions.
  std::vector<std::string> read_key_list(const Field& f, std::string_view what) const {
    const auto& array = read_array(f, fmt::format("an array of {}", what));
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < array.size(); ++i) {
      Field element{array[i], fmt::format("{}[{}]", f.path, i + 1)};
      std::string key = read_key(element);
      if (std::find(keys.begin(), keys.end(), key) != keys.end())
        fail(element.node, element.path, fmt::format("{} is listed twice", quote(key)));
      keys.push_back(std::move(key));
    }
    return keys;
  }

  void record(const std::string& setting, const toml::node& node) { origins[setting] = at(node); }

  // --- sections

  void read_database(const Field& f) {
    read_table(section(f), f.path, {
        {"path", [&](const Field& p) { database_path = Located{read_string(p), at(p.node)}; }},
    });
  }

  void read_program(const Field& f) {
    read_table(section(f), f.path, {
        {"name", [&](const Field& p) {
           program.name = read_string(p);
           record("program.name", p.node);
         }},
        {"language", [&](const Field& p) {
           std::string text = read_string(p, true);
           auto language = parse_language(text);
           if (!language) fail(p.node, p.path, fmt::format(R"(must be "en", "sv" or "nb", not {})", quote(text)));
           program.language = *language;
           record("program.language", p.node);
         }},
        {"user", [&](const Field& p) {
           program.user = read_string(p, true);
           record("program.user", p.node);
         }},
        {"holiday_weeks", [&](const Field& p) { read_holiday_weeks(p); }},
        {"holidays", [&](const Field& p) { read_holidays(p); }},
        {"regions", [&](const Field& p) { read_regions(p); }},
    });
  }

  void read_holiday_weeks(const Field& f) {
    constexpr std::string_view what = "an array of week numbers 1..53";
    const auto& array = read_array(f, what);
    std::vector<unsigned> weeks;
    for (const auto& element : array) {
      const auto* week = element.as_integer();
      if (!week || week->get() < 1 || week->get() > 53)
        fail(element, f.path, fmt::format("must be {}; {} is not one", what, describe(element)));
      auto number = static_cast<unsigned>(week->get());
      if (std::find(weeks.begin(), weeks.end(), number) != weeks.end())
        fail(element, f.path, fmt::format("week {} is listed twice", number));
      weeks.push_back(number);
    }
    if (weeks.size() >= 52) fail(f.node, f.path, "leaves no week (or only week 53) for coaching");
    program.holiday_weeks = std::move(weeks);
    record("program.holiday_weeks", f.node);
  }

  // Holiday days: "YYYY-MM-DD", "YYYY-MM-DD..YYYY-MM-DD" (inclusive) or "easter".
  void read_holidays(const Field& f) {
    constexpr std::string_view forms = R"(a day "YYYY-MM-DD", a range of days "YYYY-MM-DD..YYYY-MM-DD" or "easter")";
    const auto& array = read_array(f, fmt::format("an array of holidays, each {}", forms));
    std::vector<HolidayRule> rules;
    for (std::size_t i = 0; i < array.size(); ++i) {
      Field element{array[i], fmt::format("{}[{}]", f.path, i + 1)};
      const auto* text = element.node.as_string();
      if (!text) fail(element.node, element.path, fmt::format("must be {}, not {}", forms, describe(element.node)));
      std::optional<HolidayRule> rule = parse_holiday_rule(text->get());
      if (!rule) {
        const std::string& value = text->get();
        auto dots = value.find("..");
        std::optional<Date> from = dots == std::string::npos ? std::nullopt : parse_iso_date(value.substr(0, dots));
        std::optional<Date> to = dots == std::string::npos ? std::nullopt : parse_iso_date(value.substr(dots + 2));
        if (from && to && *to < *from)
          fail(element.node, element.path, fmt::format("{} ends before it begins", quote(value)));
        fail(element.node, element.path, fmt::format("must be {}, not {}", forms, quote(value)));
      }
      if (rule->kind == HolidayRule::Kind::days) {
        auto days = (rule->last - rule->first).count() + 1;
        if (days > max_holiday_range_days)
          fail(element.node, element.path,
               fmt::format("{} spans {} days; a range may span at most {}", quote(text->get()), days,
                           max_holiday_range_days));
      }
      if (std::find(rules.begin(), rules.end(), *rule) != rules.end())
        fail(element.node, element.path, fmt::format("{} is listed twice", quote(to_string(*rule))));
      rules.push_back(*rule);
    }
    program.holiday_days = std::move(rules);
    record("program.holidays", f.node);
  }

  void read_regions(const Field& f) {
    const auto& array = read_array(f, "an array of region names");
    std::vector<std::string> regions;
    for (std::size_t i = 0; i < array.size(); ++i) {
      Field element{array[i], fmt::format("{}[{}]", f.path, i + 1)};
      std::string region = read_string(element);
      // Regions match case-insensitively and by key form, so those must be unique too.
      for (const auto& other : regions)
        if (other == region || (!derive_key(region).empty() && derive_key(other) == derive_key(region)))
          fail(element.node, element.path,
               fmt::format("{} is the same region as {}", quote(region), quote(other)));
      regions.push_back(std::move(region));
    }
    program.regions = std::move(regions);
    record("program.regions", f.node);
  }

  void read_phases(const Field& f) {
    const auto& array = read_array(f, "an array of tables; write [[phase]]");
    if (array.empty()) fail(f.node, f.path, "needs at least one phase");

    std::vector<PhaseDefinition> phases;
    std::map<std::string, std::string> phase_origins;
    for (std::size_t i = 0; i < array.size(); ++i) {
      std::string path = fmt::format("phase[{}]", i + 1);
      const auto& table = item_table(array[i], path, "key, name and weeks");
      PhaseDefinition phase;
      std::map<std::string, std::string> lines;  // field -> "file:line"
      const toml::node* key_node = nullptr;
      read_table(table, path, {
          {"key", [&](const Field& p) {
             phase.key = read_key(p);
             key_node = &p.node;
           }},
          {"name", [&](const Field& p) {
             phase.name = read_string(p);
             lines["name"] = at(p.node);
           }},
          {"weeks", [&](const Field& p) {
             phase.weeks = read_int(p, 1);
             lines["weeks"] = at(p.node);
           }},
          {"visit_every_weeks", [&](const Field& p) {
             phase.visit_every_weeks = read_int(p, 0);
             lines["visit_every_weeks"] = at(p.node);
           }},
          {"checklist", [&](const Field& p) {
             phase.checklist = read_checklist(p);
             lines["checklist"] = at(p.node);
           }},
      });

      for (const char* required : {"key", "name", "weeks"}) {
        if (table.contains(required)) continue;
        fail(table.source(), fmt::format("{}.{}", path, required),
             "missing (every [[phase]] needs key, name and weeks)");
      }
      for (std::size_t j = 0; j < phases.size(); ++j)
        if (phases[j].key == phase.key)
          fail(*key_node, path + ".key",
               fmt::format("{} is already the key of phase[{}]", quote(phase.key), j + 1));

      for (const char* field : {"name", "weeks", "visit_every_weeks", "checklist"}) {
        auto line = lines.find(field);
        phase_origins[fmt::format("phase.{}.{}", phase.key, field)] =
            line != lines.end() ? line->second : at(table);
      }
      phases.push_back(std::move(phase));
    }
    program.phases = std::move(phases);
    origins.insert(phase_origins.begin(), phase_origins.end());
  }

  std::vector<ChecklistItem> read_checklist(const Field& f) {
    const auto& array = read_array(f, "an array of tables with key and title");
    std::vector<ChecklistItem> items;
    for (std::size_t i = 0; i < array.size(); ++i) {
      std::string path = fmt::format("{}[{}]", f.path, i + 1);
      const auto& table = item_table(array[i], path, "key and title");
      ChecklistItem item;
      const toml::node* key_node = nullptr;
      read_table(table, path, {
          {"key", [&](const Field& p) {
             item.key = read_key(p);
             key_node = &p.node;
           }},
          {"title", [&](const Field& p) { item.title = read_string(p); }},
      });
      for (const char* required : {"key", "title"}) {
        if (table.contains(required)) continue;
        fail(table.source(), fmt::format("{}.{}", path, required),
             "missing (every checklist item needs key and title)");
      }
      for (std::size_t j = 0; j < items.size(); ++j)
        if (items[j].key == item.key)
          fail(*key_node, path + ".key",
               fmt::format("{} is already the key of {}[{}]", quote(item.key), f.path, j + 1));
      items.push_back(std::move(item));
    }
    return items;
  }

  void read_training(const Field& f) {
    read_table(section(f), f.path, {
        {"course", [&](const Field& p) {
           program.training_course = read_string(p);
           record("training.course", p.node);
         }},
        {"min_per_company", [&](const Field& p) {
           program.training_min_per_company = read_int(p, 0);
           record("training.min_per_company", p.node);
         }},
    });
  }

  void read_gatherings(const Field& f) {
    read_table(section(f), f.path, {
        {"per_company", [&](const Field& p) {
           program.gatherings_per_company = read_int(p, 0);
           record("gatherings.per_company", p.node);
         }},
    });
  }

  void read_pulse(const Field& f) {
    read_table(section(f), f.path, {
        {"every_days", [&](const Field& p) {
           program.pulse_every_days = read_int(p, 1);
           record("pulse.every_days", p.node);
         }},
    });
  }

  void read_reminders(const Field& f) {
    read_table(section(f), f.path, {
        {"warn_days", [&](const Field& p) {
           program.reminder_warn_days = read_int(p, 0);
           record("reminders.warn_days", p.node);
         }},
        {"visit_grace_days", [&](const Field& p) {
           program.reminder_visit_grace_days = read_int(p, 0);
           record("reminders.visit_grace_days", p.node);
         }},
        {"mail_from", [&](const Field& p) {
           program.reminder_mail_from = read_string(p, true);
           record("reminders.mail_from", p.node);
         }},
        {"sendmail", [&](const Field& p) {
           program.reminder_sendmail = read_string(p);
           record("reminders.sendmail", p.node);
         }},
    });
  }

  void read_kpis(const Field& f) {
    // `kpi = []` is allowed: a programme that records no key figures.
    const auto& array = read_array(f, "an array of tables; write [[kpi]]");
    std::vector<KpiDefinition> kpis;
    std::map<std::string, std::string> kpi_origins;
    for (std::size_t i = 0; i < array.size(); ++i) {
      std::string path = fmt::format("kpi[{}]", i + 1);
      const auto& table = item_table(array[i], path, "key, name and better");
      KpiDefinition kpi;
      std::map<std::string, std::string> lines;
      const toml::node* key_node = nullptr;
      read_table(table, path, {
          {"key", [&](const Field& p) {
             kpi.key = read_key(p);
             key_node = &p.node;
           }},
          {"name", [&](const Field& p) {
             kpi.name = read_string(p);
             lines["name"] = at(p.node);
           }},
          {"unit", [&](const Field& p) {
             kpi.unit = read_string(p, true);
             lines["unit"] = at(p.node);
           }},
          {"better", [&](const Field& p) {
             std::string text = read_string(p, true);
             if (text == "higher") kpi.better = Better::higher;
             else if (text == "lower") kpi.better = Better::lower;
             else fail(p.node, p.path, fmt::format(R"(must be "higher" or "lower", not {})", quote(text)));
             lines["better"] = at(p.node);
           }},
      });
      for (const char* required : {"key", "name", "better"}) {
        if (table.contains(required)) continue;
        fail(table.source(), fmt::format("{}.{}", path, required),
             "missing (every [[kpi]] needs key, name and better)");
      }
      for (std::size_t j = 0; j < kpis.size(); ++j)
        if (kpis[j].key == kpi.key)
          fail(*key_node, path + ".key",
               fmt::format("{} is already the key of kpi[{}]", quote(kpi.key), j + 1));
      for (const char* field : {"name", "unit", "better"}) {
        auto line = lines.find(field);
        kpi_origins[fmt::format("kpi.{}.{}", kpi.key, field)] =
            line != lines.end() ? line->second : at(table);
      }
      kpis.push_back(std::move(kpi));
    }
    program.kpis = std::move(kpis);
    origins.insert(kpi_origins.begin(), kpi_origins.end());
  }

  void read_assessment(const Field& f) {
    read_table(section(f), f.path, {
        {"dimensions", [&](const Field& p) {
           program.assessment_dimensions = read_key_list(p, "dimension keys");
           record("assessment.dimensions", p.node);
         }},
        {"scale", [&](const Field& p) {
           const auto& array = read_array(p, "[lowest, highest]");
           const bool ok = array.size() == 2 && array[0].is_integer() && array[1].is_integer() &&
                           array[0].as_integer()->get() < array[1].as_integer()->get() &&
                           array[0].as_integer()->get() >= -max_count &&
                           array[1].as_integer()->get() <= max_count;
           if (!ok)
             fail(p.node, p.path,
                  fmt::format("must be [lowest, highest], two whole numbers with the lowest first, not {}",
                              describe(p.node)));
           program.assessment_scale_min = static_cast<int>(array[0].as_integer()->get());
           program.assessment_scale_max = static_cast<int>(array[1].as_integer()->get());
           record("assessment.scale", p.node);
         }},
    });
  }
};

// ---------------------------------------------------------------------------
// Settings: every effective value with its origin, in the order of the file's sections.

std::vector<Setting> settings_of(const Program& p, const std::map<std::string, std::string>& origins,
                                 const Config& config) {
  std::vector<Setting> settings;
  auto add = [&](std::string key, std::string value) {
    auto origin = origins.find(key);
    settings.push_back(Setting{std::move(key), std::move(value),
                               origin != origins.end() ? origin->second : "default"});
  };

  settings.push_back(Setting{"database.path", quote(config.database.string()), config.database_origin});
  add("program.name", quote(p.name));
  add("program.language", quote(to_string(p.language)));
  add("program.user", quote(p.user));
  add("program.holiday_weeks", number_array(p.holiday_weeks));
  std::vector<std::string> holidays;
  for (const HolidayRule& rule : p.holiday_days) holidays.push_back(to_string(rule));
  add("program.holidays", string_array(holidays));
  add("program.regions", string_array(p.regions));
  for (const auto& phase : p.phases) {
    std::vector<std::string> items;
    for (const auto& item : phase.checklist) items.push_back(item.key);
    add(fmt::format("phase.{}.name", phase.key), quote(phase.name));
    add(fmt::format("phase.{}.weeks", phase.key), std::to_string(phase.weeks));
    add(fmt::format("phase.{}.visit_every_weeks", phase.key), std::to_string(phase.visit_every_weeks));
    add(fmt::format("phase.{}.checklist", phase.key), string_array(items));
  }
  add("training.course", quote(p.training_course));
  add("training.min_per_company", std::to_string(p.training_min_per_company));
  add("gatherings.per_company", std::to_string(p.gatherings_per_company));
  add("pulse.every_days", std::to_string(p.pulse_every_days));
  add("reminders.warn_days", std::to_string(p.reminder_warn_days));
  add("reminders.visit_grace_days", std::to_string(p.reminder_visit_grace_days));
  add("reminders.mail_from", quote(p.reminder_mail_from));
  add("reminders.sendmail", quote(p.reminder_sendmail));
  for (const auto& kpi : p.kpis) {
    add(fmt::format("kpi.{}.name", kpi.key), quote(kpi.name));
    add(fmt::format("kpi.{}.unit", kpi.key), quote(kpi.unit));
    add(fmt::format("kpi.{}.better", kpi.key), quote(to_string(kpi.better)));
  }
  add("assessment.dimensions", string_array(p.assessment_dimensions));
  add("assessment.scale",
      fmt::format("[{}, {}]", p.assessment_scale_min, p.assessment_scale_max));
  return settings;
}

// ---------------------------------------------------------------------------
// Discovery and the database path.

fs::path base_folder(const Inputs& inputs) {
  return inputs.cwd.empty() ? fs::current_path() : inputs.cwd;
}

// `path` as the process would open it, given that relative paths are relative to inputs.cwd.
fs::path resolve(const fs::path& path, const Inputs& inputs) {
  return path.is_absolute() ? path : base_folder(inputs) / path;
}

bool is_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::optional<std::string> non_empty(const std::optional<std::string>& value) {
  if (value && !value->empty()) return value;
  return std::nullopt;
}

struct Found {
  fs::path path;       // as given, or built from inputs.cwd / the config home
  std::string name;    // in messages: as given, or relative to cwd when found by search
  std::string origin;  // Config::file_origin
};

// A file named by --config or $PLIFT_CONFIG must exist, except for `init` (it writes it).
Found named_file(const fs::path& path, std::string_view from, const Inputs& inputs, bool must_exist) {
  if (must_exist) {
    std::error_code ec;
    fs::path real = resolve(path, inputs);
    if (!fs::exists(real, ec))
      throw ConfigError(fmt::format("config file '{}' (from {}) does not exist", path.string(), from));
    if (fs::is_directory(real, ec))
      throw ConfigError(fmt::format("config file '{}' (from {}) is a folder", path.string(), from));
  }
  return Found{path, path.string(), std::string(from)};
}

std::optional<Found> discover(const Inputs& inputs, bool must_exist) {
  // 1. --config FILE
  if (inputs.config_option) return named_file(*inputs.config_option, "--config", inputs, must_exist);

  // 2. $PLIFT_CONFIG
  if (auto env = non_empty(inputs.env_config)) return named_file(*env, "PLIFT_CONFIG", inputs, must_exist);

  // 3. plift.toml in the current folder or its nearest parent.
  const fs::path cwd = base_folder(inputs);
  for (fs::path folder = cwd;; folder = folder.parent_path()) {
    fs::path candidate = folder / "plift.toml";
    if (is_file(candidate)) {
      fs::path relative = candidate.lexically_relative(cwd);
      return Found{candidate, relative.empty() ? candidate.string() : relative.string(),
                   folder == cwd ? "current folder" : fmt::format("parent folder {}", folder.string())};
    }
    if (folder == folder.parent_path() || folder.parent_path().empty()) break;
  }

  // 4. $XDG_CONFIG_HOME/plift/plift.toml, else ~/.config/plift/plift.toml. The XDG
  // spec says to ignore a relative XDG_CONFIG_HOME.
  auto xdg = non_empty(inputs.env_xdg_config_home);
  if (xdg && fs::path(*xdg).is_absolute()) {
    fs::path candidate = fs::path(*xdg) / "plift" / "plift.toml";
    if (is_file(candidate)) return Found{candidate, candidate.string(), "XDG_CONFIG_HOME"};
  } else if (auto home = non_empty(inputs.env_home)) {
    fs::path candidate = fs::path(*home) / ".config" / "plift" / "plift.toml";
    if (is_file(candidate)) return Found{candidate, candidate.string(), "~/.config"};
  }

  // 5. built-in defaults
  return std::nullopt;
}

// A config is a few kilobytes; a larger file is not one (and is not read whole).
constexpr std::size_t max_config_bytes = 1024 * 1024;

std::string read_file(const fs::path& path, const std::string& name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot read config file '{}': {}", name, std::strerror(errno)));
  std::string text(max_config_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw IoError(fmt::format("cannot read config file '{}': {}", name, std::strerror(errno)));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_config_bytes) {
    throw ConfigError(fmt::format("config file '{}' is larger than 1 MiB; a plift config is a few kilobytes", name));
  }
  return text;
}

void resolve_database(Config& config, const std::optional<Located>& from_file, const Inputs& inputs) {
  if (inputs.db_option) {
    config.database = *inputs.db_option;
    config.database_origin = "--db";
  } else if (auto env = non_empty(inputs.env_db)) {
    config.database = *env;
    config.database_origin = "PLIFT_DB";
  } else if (from_file && config.file) {
    config.database = config.file->parent_path() / from_file->value;
    config.database_origin = from_file->origin;
  } else if (config.file) {
    config.database = config.file->parent_path() / "plift.db";
    config.database_origin = "beside the config file";
  } else {
    config.database = base_folder(inputs) / "plift.db";
    config.database_origin = "default";
  }
}

Config load_found(const std::string& text, const Found& found, const Inputs& inputs) {
  toml::table root;
  try {
    root = toml::parse(std::string_view(text), std::string_view(found.name));
  } catch (const toml::parse_error& e) {
    throw ConfigError(fmt::format("{}:{}:{}: invalid TOML: {}", found.name, e.source().begin.line,
                                  e.source().begin.column, escape_control_characters(e.description())));
  }

  Reader reader(found.name);
  reader.read(root);

  Config config;
  config.program = std::move(reader.program);
  config.file = found.path;
  config.file_origin = found.origin;
  resolve_database(config, reader.database_path, inputs);
  config.settings = settings_of(config.program, reader.origins, config);
  return config;
}

}  // namespace

Config load(const Inputs& inputs) {
  auto found = discover(inputs, true);
  if (!found) {
    Config config;
    config.program = default_program();
    config.file_origin = "built-in defaults";
    resolve_database(config, std::nullopt, inputs);
    config.settings = settings_of(config.program, {}, config);
    return config;
  }
  return load_found(read_file(resolve(found->path, inputs), found->name), *found, inputs);
}

Config load_text(const std::string& text, const std::filesystem::path& file_name,
                 const Inputs& inputs) {
  std::string origin = "given file";
  if (inputs.config_option && *inputs.config_option == file_name) origin = "--config";
  else if (non_empty(inputs.env_config) && fs::path(*inputs.env_config) == file_name) origin = "PLIFT_CONFIG";
  return load_found(text, Found{file_name, file_name.string(), origin}, inputs);
}

std::filesystem::path init_target(const Inputs& inputs) {
  if (auto found = discover(inputs, false)) return found->path;
  return base_folder(inputs) / "plift.toml";
}

}  // namespace plift::config
