// plift.toml loading (plift::config::load_text, TOML through toml++).
//
// Properties: a config loads or throws plift::ConfigError whose message names
// the file and a line inside it, then either the TOML column ("invalid TOML")
// or the key at fault; nothing else is thrown. A loaded programme keeps the
// rules the loader checks: at least one phase, keys of a-z 0-9 '-' that are
// unique where they must be, weeks above 0, holiday weeks 1..53 leaving
// coaching weeks, a scale lowest below highest. Every setting `config show`
// prints is a TOML value that reads back, strings as the very text loaded,
// and names its origin: a default or a line of the file.

#include "fuzz_support.hpp"
#include "plift/config/config.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plift::fuzz::require;

constexpr std::string_view file_name = "plift.toml";

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_bare_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// " KEY: problem", KEY a dotted TOML key whose parts are bare or "quoted",
// each maybe followed by [N]: "phase[2].checklist[1].key", "program.\"a: b\"".
bool names_a_key(std::string_view rest) {
  if (rest.empty() || rest[0] != ' ') {
    return false;
  }
  std::size_t at = 1;
  for (;;) {
    if (at < rest.size() && rest[at] == '"') {
      for (++at; at < rest.size() && rest[at] != '"'; ++at) {
        at += rest[at] == '\\' ? 1 : 0;
      }
      if (at >= rest.size()) {
        return false;
      }
      ++at;
    } else {
      const std::size_t start = at;
      while (at < rest.size() && is_bare_key_character(rest[at])) {
        ++at;
      }
      if (at == start) {
        return false;
      }
    }
    while (at < rest.size() && rest[at] == '[') {
      const std::size_t digits_from = ++at;
      while (at < rest.size() && rest[at] >= '0' && rest[at] <= '9') {
        ++at;
      }
      if (at == digits_from || at >= rest.size() || rest[at] != ']') {
        return false;
      }
      ++at;
    }
    if (at < rest.size() && rest[at] == '.') {
      ++at;
      continue;
    }
    return rest.substr(at, 2) == ": " && rest.size() > at + 2;
  }
}

void check_error(std::string_view message, std::string_view text) {
  require(plift::fuzz::is_utf8(message), "config errors are UTF-8", message);
  require(std::none_of(message.begin(), message.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }),
          "config errors hold no control characters", message);
  const auto line = plift::fuzz::line_of_message(message, file_name);
  require(line.has_value(), "config errors start plift.toml:LINE:", message);
  require(*line >= 1 && *line <= plift::fuzz::line_count(text), "the line of a config error lies in the file",
          message);
  std::string_view rest = message.substr(message.find(':', file_name.size() + 1) + 1);
  const std::size_t colon = rest.find(':');
  require(colon != std::string_view::npos, "config errors go on \": \" after the line", message);
  if (all_digits(rest.substr(0, colon))) {
    require(rest.substr(colon, 16) == ": invalid TOML: " && rest.size() > colon + 16,
            "a TOML syntax error names its column and the problem", message);
    return;
  }
  require(names_a_key(rest), "a config error names the key at fault, written as TOML, and the problem", message);
}

template <typename Items, typename Key>
void require_unique_keys(const Items& items, Key key, std::string_view what) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    require(plift::is_valid_key(key(items[i])), "keys are a-z, 0-9 and '-'", key(items[i]));
    for (std::size_t j = 0; j < i; ++j) {
      require(key(items[j]) != key(items[i]), what, key(items[i]));
    }
  }
}

void check_program(const plift::Program& program) {
  require(!program.phases.empty(), "a programme has at least one phase");
  require_unique_keys(program.phases, [](const auto& p) { return p.key; }, "phase keys are unique");
  for (const auto& phase : program.phases) {
    require(!phase.name.empty() && phase.weeks >= 1 && phase.visit_every_weeks >= 0,
            "a phase has a name and weeks above 0", phase.key);
    require_unique_keys(phase.checklist, [](const auto& item) { return item.key; },
                        "checklist keys are unique within their phase");
  }
  require_unique_keys(program.kpis, [](const auto& kpi) { return kpi.key; }, "KPI keys are unique");
  require_unique_keys(program.assessment_dimensions, [](const auto& d) { return d; },
                      "assessment dimensions are unique");
  require(program.holiday_weeks.size() < 52, "holiday weeks leave weeks for coaching");
  for (std::size_t i = 0; i < program.holiday_weeks.size(); ++i) {
    const unsigned week = program.holiday_weeks[i];
    require(week >= 1 && week <= 53, "holiday weeks are ISO weeks 1..53");
    require(std::count(program.holiday_weeks.begin(), program.holiday_weeks.end(), week) == 1,
            "holiday weeks are listed once");
  }
  require(program.assessment_scale_min < program.assessment_scale_max, "the scale's lowest is below its highest");
}

// The text settings hold, by setting key.
std::map<std::string, std::string> text_settings(const plift::config::Config& config) {
  const plift::Program& p = config.program;
  std::map<std::string, std::string> texts = {
      {"database.path", config.database.string()}, {"program.name", p.name},
      {"program.language", plift::to_string(p.language)}, {"program.user", p.user},
      {"training.course", p.training_course}, {"reminders.mail_from", p.reminder_mail_from}};
  for (const auto& phase : p.phases) {
    texts["phase." + phase.key + ".name"] = phase.name;
  }
  for (const auto& kpi : p.kpis) {
    texts["kpi." + kpi.key + ".name"] = kpi.name;
    texts["kpi." + kpi.key + ".unit"] = kpi.unit;
  }
  return texts;
}

void check_settings(const plift::config::Config& config, std::string_view text) {
  const auto texts = text_settings(config);
  for (const auto& setting : config.settings) {
    toml::table table;
    try {
      table = toml::parse("value = " + setting.value);
    } catch (const toml::parse_error& error) {
      plift::fuzz::broken("every setting `config show` prints is a TOML value",
                          setting.key + " = " + setting.value + ": " + std::string(error.description()));
    }
    const auto expected = texts.find(setting.key);
    if (expected != texts.end()) {
      const auto* read_back = table["value"].as_string();
      require(read_back != nullptr && read_back->get() == expected->second,
              "a text setting reads back as the very text loaded", setting.key + " = " + setting.value);
    }
    if (setting.key == "database.path") {
      continue;  // its origin says where the path came from, in words
    }
    if (setting.origin != "default") {
      const auto line = plift::fuzz::line_of_message(setting.origin + ":", file_name);
      require(line && *line >= 1 && *line <= plift::fuzz::line_count(text),
              "a setting's origin is a default or a line of the file", setting.key + ": " + setting.origin);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  plift::config::Inputs inputs;
  inputs.cwd = "/nonexistent/fuzz";  // load_text reads no files; nothing may look here
  std::optional<plift::config::Config> config;
  try {
    config = plift::config::load_text(text, std::string(file_name), inputs);
  } catch (const plift::ConfigError& error) {
    check_error(error.what(), text);
    return 0;
  } catch (const std::exception& error) {
    plift::fuzz::broken("loading a config throws only plift::ConfigError", error.what());
  }
  require(config->file == std::filesystem::path(file_name), "the config names the file it was read from");
  check_program(config->program);
  check_settings(*config, text);
  return 0;
}
