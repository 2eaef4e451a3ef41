// plift completion bash|zsh|fish, and the hidden `plift __complete KIND` the
// scripts run for the keys in the database.
//
// The scripts are generated from the CLI11 command tree, so a new command or
// option completes without anyone touching this file. What an argument is
// completed with (company keys, a fixed list, file names) comes from one
// table, source_rules(); each shell gets the same tables and a small generic
// walker over them.
#include <fmt/format.h>

#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "context.hpp"
#include "plift/app/import_export.hpp"
#include "plift/app/listings.hpp"
#include "plift/config/config.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"
#include "plift/core/reminders.hpp"

namespace plift::cli {

namespace {

// ---------------------------------------------------------------------------
// Keys known only at completion time: `plift __complete KIND`.

struct KeyKind {
  std::string_view name;
  std::function<std::vector<std::string>(Context&)> keys;
};

const std::vector<KeyKind>& key_kinds() {
  static const std::vector<KeyKind> kinds = {
      {"companies", [](Context& ctx) { return app::company_keys(ctx.session()); }},
      {"coaches", [](Context& ctx) { return app::coach_keys(ctx.session()); }},
      {"gatherings", [](Context& ctx) { return app::gathering_keys(ctx.session()); }},
      {"kpis",
       [](Context& ctx) {
         std::vector<std::string> keys;
         for (const KpiDefinition& kpi : ctx.program().kpis) keys.push_back(kpi.key);
         return keys;
       }},
      {"phases",
       [](Context& ctx) {
         std::vector<std::string> keys;
         for (const PhaseDefinition& phase : ctx.program().phases) keys.push_back(phase.key);
         return keys;
       }},
      {"regions", [](Context& ctx) { return ctx.program().regions; }},
      {"checklist-items",
       [](Context& ctx) {
         std::vector<std::string> keys;
         std::set<std::string> seen;
         for (const PhaseDefinition& phase : ctx.program().phases) {
           for (const ChecklistItem& item : phase.checklist) {
             if (seen.insert(item.key).second) keys.push_back(item.key);
           }
         }
         return keys;
       }},
  };
  return kinds;
}

// Whatever goes wrong (no config here, no database yet, a broken file), Tab
// must not print errors into the line being edited: then there are no keys.
// Without a database no command that takes a key can run, so even the keys
// the built-in defaults define (KPIs, phases) are not offered in a folder
// that is no programme's.
void print_keys(Context& ctx, const std::string& kind) {
  std::vector<std::string> keys;
  try {
    ctx.session();
    for (const KeyKind& known : key_kinds()) {
      if (known.name == kind) keys = known.keys(ctx);
    }
  } catch (...) {
    return;
  }
  for (const std::string& key : keys) ctx.out << key << '\n';
}

// ---------------------------------------------------------------------------
// What each argument is completed with. A source is encoded for the scripts
// as one of
//   flag             an option that takes no value
//   text             free text: nothing to offer
//   files, dirs      names from the file system
//   words A B …      a fixed list
//   keys KIND        the output of `plift __complete KIND`
// prefixed by "many " for an option or positional that takes several values.

const std::string flag_source = "flag";
const std::string text_source = "text";
const std::string files_source = "files";
const std::string dirs_source = "dirs";

std::string keys_of(std::string_view kind) { return fmt::format("keys {}", kind); }

std::string words_of(const std::vector<std::string>& words) { return fmt::format("words {}", fmt::join(words, " ")); }

template <typename Enum>
std::string words_of(std::initializer_list<Enum> values) {
  std::vector<std::string> words;
  for (Enum value : values) words.push_back(to_string(value));
  return words_of(words);
}

struct SourceRule {
  // The command path after "plift" ("gathering attend"); a rule for "kpi"
  // holds for every kpi command, one for "" for every command. The longest
  // matching path wins.
  std::string command;
  // An option's long or short name, or a positional's name as --help shows it.
  std::string argument;
  std::string source;
};

std::vector<std::string> entity_names() {
  std::vector<std::string> names = app::transfer_entity_names();
  names.push_back("all");
  return names;
}

std::vector<SourceRule> source_rules() {
  std::vector<std::string> reminder_kinds;
  for (ReminderKind kind : all_reminder_kinds()) reminder_kinds.push_back(to_string(kind));
  const std::string formats =
      words_of({render::Format::table, render::Format::json, render::Format::csv, render::Format::md});
  return {
      // Every command.
      {"", "key", keys_of("companies")},
      {"", "KEY", keys_of("companies")},
      {"", "--company", keys_of("companies")},
      {"", "--coach", keys_of("coaches")},
      {"", "--region", keys_of("regions")},
      {"", "--phase", keys_of("phases")},
      {"", "--kpi", keys_of("kpis")},
      {"", "--format", formats},
      {"", "--kind", words_of({GatheringKind::joint, GatheringKind::seminar})},
      {"", "--lang", words_of(std::vector<std::string>{"en", "sv", "nb"})},
      {"", "--config", files_source},
      {"", "--db", files_source},
      {"", "--output", files_source},
      {"", "file", files_source},
      // Keys of other things than companies, and new keys (nothing to offer).
      {"coach add", "key", text_source},
      {"coach edit", "key", keys_of("coaches")},
      {"gathering add", "key", text_source},
      {"gathering show", "key", keys_of("gatherings")},
      {"gathering attend", "gathering", keys_of("gatherings")},
      {"gathering attend", "company", keys_of("companies")},
      {"kpi", "kpi", keys_of("kpis")},
      {"phase", "item", keys_of("checklist-items")},
      // Fixed lists of one command.
      {"company list", "--status",
       words_of({CompanyStatus::planned, CompanyStatus::active, CompanyStatus::completed, CompanyStatus::withdrawn})},
      {"pulse log", "--status", words_of({PulseStatus::green, PulseStatus::yellow, PulseStatus::red})},
      {"training list", "--status",
       words_of({TrainingStatus::enrolled, TrainingStatus::completed, TrainingStatus::dropped})},
      {"visit log", "--mode", words_of({VisitMode::onsite, VisitMode::remote})},
      {"training enroll", "--role",
       words_of({TrainingRole::employee, TrainingRole::manager, TrainingRole::union_member, TrainingRole::other})},
      {"steering add", "--role",
       words_of({SteeringRole::management, SteeringRole::union_member, SteeringRole::employee})},
      {"remind", "--kind", words_of(reminder_kinds)},
      {"remind", "--format", words_of(std::vector<std::string>{"text", "mail", "table", "json", "csv", "md"})},
      {"remind", "--mail-dir", dirs_source},
      {"check", "--rule", words_of(check_rules())},
      {"check", "rule", words_of(check_rules())},
      {"init", "--template", words_of(config::template_names())},
      {"import", "entity", words_of(entity_names())},
      {"import", "--input-format", words_of(std::vector<std::string>{"csv", "ndjson", "json"})},
      {"export", "entity", words_of(entity_names())},
      {"report", "--format", words_of(std::vector<std::string>{"md", "json", "csv", "html"})},
      {"report company", "--format", words_of(std::vector<std::string>{"md", "json", "html"})},
      {"completion", "shell", words_of(std::vector<std::string>{"bash", "zsh", "fish"})},
  };
}

bool command_matches(const std::string& rule_command, const std::string& command) {
  if (rule_command.empty() || rule_command == command) return true;
  return command.size() > rule_command.size() && command.compare(0, rule_command.size(), rule_command) == 0 &&
         command[rule_command.size()] == ' ';
}

// The source of the rule with the longest command path matching `command`
// and naming one of `names`; `fallback` when none does.
std::string find_source(const std::vector<SourceRule>& rules, const std::string& command,
                        const std::vector<std::string>& names, const std::string& fallback) {
  const SourceRule* best = nullptr;
  for (const SourceRule& rule : rules) {
    bool named = false;
    for (const std::string& name : names) named = named || rule.argument == name;
    if (!named || !command_matches(rule.command, command)) continue;
    if (!best || rule.command.size() > best->command.size()) best = &rule;
  }
  return best ? best->source : fallback;
}

// ---------------------------------------------------------------------------
// The command tree as tables the scripts look things up in. Commands are
// named by their path, "plift", "plift company", "plift company add".

struct Entry {
  std::string name;
  std::string description;
};

struct Tables {
  std::vector<std::string> commands;  // parents before children
  std::map<std::string, std::vector<Entry>> subcommands;
  // What "-<Tab>" lists: the command's own long options, then those of the
  // commands above it (plift's global options work after any command).
  std::map<std::string, std::vector<Entry>> options;
  // "COMMAND|NAME" → source, for every name of the command's own options;
  // "COMMAND|#N" for its N-th positional, "COMMAND|#+" for those after the
  // last one when it takes several; also an inherited option where the
  // rules differ from above (report's --format). The scripts look an option
  // up in the commands above too.
  std::vector<std::pair<std::string, std::string>> sources;
};

std::string one_line(const std::string& text) {
  std::string line = text;
  for (char& c : line) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return line;
}

bool takes_several(const CLI::Option& option) { return option.get_items_expected_max() > 1; }

// An option as the commands below the one defining it see it (plift's
// global options work after any command).
struct InheritedOption {
  Entry listed;
  std::vector<std::string> names;
  bool takes_value = false;
  bool several = false;
  // As resolved for the command above; a command where the rules say
  // otherwise (report's --format) gets its own entry in the sources.
  std::string source;
};

std::string option_source(const std::vector<SourceRule>& rules, const std::string& path_after_plift,
                          const std::vector<std::string>& names, bool takes_value, bool several) {
  if (!takes_value) return flag_source;
  std::string source = find_source(rules, path_after_plift, names, text_source);
  return several ? "many " + source : source;
}

void collect(const CLI::App& app, const std::string& command, const std::string& path_after_plift,
             const std::vector<InheritedOption>& inherited, const std::vector<SourceRule>& rules, Tables& tables) {
  tables.commands.push_back(command);
  std::vector<Entry>& listed = tables.options[command];
  std::vector<InheritedOption> handed_down;
  int positional = 0;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    if (!option->nonpositional()) {
      ++positional;
      std::string source = find_source(rules, path_after_plift, {option->get_single_name()}, text_source);
      std::string many = takes_several(*option) ? "many " : "";
      tables.sources.emplace_back(fmt::format("{}|#{}", command, positional), many + source);
      if (!many.empty()) tables.sources.emplace_back(command + "|#+", many + source);
      continue;
    }
    InheritedOption own;
    for (const std::string& name : option->get_lnames()) own.names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) own.names.push_back("-" + name);
    own.takes_value = option->get_expected_max() > 0;
    own.several = takes_several(*option);
    own.source = option_source(rules, path_after_plift, own.names, own.takes_value, own.several);
    // A short name is listed only when there is no long one.
    own.listed = {own.names.front(), one_line(option->get_description())};
    for (const std::string& name : own.names) tables.sources.emplace_back(command + "|" + name, own.source);
    listed.push_back(own.listed);
    if (option != app.get_help_ptr() && option != app.get_version_ptr()) handed_down.push_back(own);
  }
  for (InheritedOption option : inherited) {
    bool shadowed = false;
    for (const Entry& mine : listed) shadowed = shadowed || mine.name == option.listed.name;
    if (shadowed) continue;
    listed.push_back(option.listed);
    std::string source = option_source(rules, path_after_plift, option.names, option.takes_value, option.several);
    if (source != option.source) {
      for (const std::string& name : option.names) tables.sources.emplace_back(command + "|" + name, source);
      option.source = source;
    }
    handed_down.push_back(option);
  }

  std::vector<Entry>& subcommands = tables.subcommands[command];
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden, like __complete
    subcommands.push_back({sub->get_name(), one_line(sub->get_description())});
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;
    std::string path = path_after_plift.empty() ? sub->get_name() : path_after_plift + " " + sub->get_name();
    collect(*sub, command + " " + sub->get_name(), path, handed_down, rules, tables);
  }
}

Tables tables_of(const CLI::App& root) {
  Tables tables;
  collect(root, "plift", "", {}, source_rules(), tables);
  return tables;
}

std::vector<std::string> names_of(const std::vector<Entry>& entries) {
  std::vector<std::string> names;
  for (const Entry& entry : entries) names.push_back(entry.name);
  return names;
}

// 'text' for bash and zsh.
std::string single_quoted(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// $'text' for zsh, with newlines as \n.
std::string dollar_quoted(std::string_view text) {
  std::string quoted = "$'";
  for (char c : text) {
    if (c == '\\' || c == '\'') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// 'text' for fish, where \ and ' are escaped inside single quotes.
std::string fish_quoted(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

std::string described(const std::vector<Entry>& entries) {
  std::string lines;
  for (const Entry& entry : entries) {
    if (!lines.empty()) lines += '\n';
    lines += entry.name + ":" + entry.description;
  }
  return lines;
}

constexpr std::string_view scope_note =
    "# Keys (companies, coaches, gatherings, KPIs, phases, regions, checklist items)\n"
    "# come from `plift __complete KIND` at completion time, with any --db or -c\n"
    "# typed earlier on the line, so they are those of the database in use.\n";

// ---------------------------------------------------------------------------
// bash

constexpr std::string_view bash_engine = R"BASH(
# Follows the words before the cursor through the command tree: which
# command they name, how many positionals it has, and whether the word at
# the cursor is an option's value.
_plift_source() {  # COMMAND NAME: REPLY = the source of NAME there or above
  local command=$1
  while :; do
    REPLY=${_plift_sources["$command|$2"]-}
    [[ -n $REPLY ]] && return 0
    [[ $2 == '#'* || $command != *' '* ]] && return 1
    command=${command% *}
  done
}

_plift_unquoted() {  # WORD: REPLY = WORD as the shell would pass it, roughly
  REPLY=$1
  case $REPLY in
    \'*\') REPLY=${REPLY:1:${#REPLY}-2} ;;
    \"*\") REPLY=${REPLY:1:${#REPLY}-2} ;;
    *) REPLY=${REPLY//\\/} ;;
  esac
  [[ $REPLY == '~/'* ]] && REPLY=$HOME/${REPLY:2}
}

_plift_add() {  # SOURCE CURRENT-WORD: adds the source's candidates to COMPREPLY
  local source=${1#many } cur=$2 key
  local -a found=()
  case $source in
    words\ *)
      mapfile -t found < <(compgen -W "${source#words }" -- "$cur")
      ;;
    keys\ *)
      while IFS= read -r key; do
        [[ $key == "$cur"* ]] && found+=("${key// /\\ }")
      done < <("$_plift_command" "${_plift_scope[@]}" __complete "${source#keys }" 2>/dev/null)
      ;;
    files)
      compopt -o filenames 2>/dev/null
      mapfile -t found < <(compgen -f -- "$cur")
      ;;
    dirs)
      compopt -o filenames 2>/dev/null
      mapfile -t found < <(compgen -d -- "$cur")
      ;;
  esac
  COMPREPLY+=("${found[@]}")
}

_plift() {
  local cur=${COMP_WORDS[COMP_CWORD]} command=plift word option expecting= i
  local -i positionals=0 values=0
  local _plift_command=${COMP_WORDS[0]}
  local -a _plift_scope=()
  [[ $_plift_command == '~/'* ]] && _plift_command=$HOME/${_plift_command:2}
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    # bash splits --db=x into --db, = and x.
    [[ $word == = && -n $expecting ]] && continue
    if [[ $word == -?* ]]; then
      expecting=
      option=${word%%=*}
      _plift_source "$command" "$option" || continue
      [[ $REPLY == flag ]] && continue
      if [[ $word == *=* ]]; then
        _plift_unquoted "${word#*=}"
        [[ $option == @(-c|--config|--db) ]] && _plift_scope+=("$option" "$REPLY")
      else
        expecting=$option values=0
      fi
      continue
    fi
    if [[ -n $expecting ]]; then
      _plift_unquoted "$word"
      [[ $expecting == @(-c|--config|--db) ]] && _plift_scope+=("$expecting" "$REPLY")
      values+=1
      _plift_source "$command" "$expecting"
      [[ $REPLY == 'many '* ]] || expecting=
      continue
    fi
    if ((positionals == 0)) && [[ " ${_plift_subcommands[$command]-} " == *" $word "* ]]; then
      command+=" $word"
      continue
    fi
    positionals+=1
  done

  [[ $cur == = ]] && cur=
  if [[ -n $expecting ]] && ((values == 0)) || [[ -n $expecting && $cur != -* ]]; then
    _plift_source "$command" "$expecting" && _plift_add "$REPLY" "$cur"
  elif [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "${_plift_options[$command]-}" -- "$cur")
  else
    if ((positionals == 0)); then
      mapfile -t COMPREPLY < <(compgen -W "${_plift_subcommands[$command]-}" -- "$cur")
    fi
    if _plift_source "$command" "#$((positionals + 1))" || _plift_source "$command" '#+'; then
      _plift_add "$REPLY" "$cur"
    fi
  fi
  return 0
}

complete -F _plift plift
)BASH";

void write_bash(std::ostream& out, const Tables& tables) {
  out << "# bash completion for plift                                -*- shell-script -*-\n"
      << "# Generated by `plift completion bash` (plift " << PLIFT_VERSION << ") from its command tree.\n"
      << "# Install as /usr/share/bash-completion/completions/plift, or load it with\n"
      << "#   source <(plift completion bash)\n"
      << scope_note << "\n";
  // declare -g: bash-completion sources this file inside a function.
  out << "declare -gA _plift_subcommands=(\n";
  for (const std::string& command : tables.commands) {
    const std::vector<Entry>& subs = tables.subcommands.at(command);
    if (subs.empty()) continue;
    out << "  [" << single_quoted(command) << "]=" << single_quoted(fmt::format("{}", fmt::join(names_of(subs), " ")))
        << '\n';
  }
  out << ")\n\ndeclare -gA _plift_options=(\n";
  for (const std::string& command : tables.commands) {
    out << "  [" << single_quoted(command) << "]="
        << single_quoted(fmt::format("{}", fmt::join(names_of(tables.options.at(command)), " "))) << '\n';
  }
  out << ")\n\ndeclare -gA _plift_sources=(\n";
  for (const auto& [key, source] : tables.sources) {
    out << "  [" << single_quoted(key) << "]=" << single_quoted(source) << '\n';
  }
  out << ")\n" << bash_engine;
}

// ---------------------------------------------------------------------------
// zsh

constexpr std::string_view zsh_engine = R"ZSH(
_plift_source() {  # COMMAND NAME: REPLY = the source of NAME there or above
  local command=$1 key
  while true; do
    key="$command|$2"
    REPLY=${_plift_sources[$key]}
    [[ -n $REPLY ]] && return 0
    [[ $2 == '#'* || $command != *' '* ]] && return 1
    command=${command% *}
  done
}

_plift_add() {  # SOURCE: offers the source's candidates
  local source=${1#many }
  case $source in
    (words\ *) compadd -- ${=${source#words }} ;;
    (keys\ *) compadd -- ${(f)"$("$_plift_command" "${_plift_scope[@]}" __complete "${source#keys }" 2>/dev/null)"} ;;
    (files) _files ;;
    (dirs) _files -/ ;;
  esac
}

_plift() {
  local command=plift word option expecting= cur=${words[CURRENT]} key
  local -i i positionals=0 values=0
  local _plift_command=${words[1]/#\~/$HOME}
  local -a _plift_scope subcommands described
  for (( i = 2; i < CURRENT; i++ )); do
    word=${(Q)words[i]}
    if [[ $word == -?* ]]; then
      expecting=
      option=${word%%=*}
      _plift_source $command $option || continue
      [[ $REPLY == flag ]] && continue
      if [[ $word == *=* ]]; then
        [[ $option == (-c|--config|--db) ]] && _plift_scope+=($option ${${word#*=}/#\~/$HOME})
      else
        expecting=$option values=0
      fi
      continue
    fi
    if [[ -n $expecting ]]; then
      [[ $expecting == (-c|--config|--db) ]] && _plift_scope+=($expecting ${word/#\~/$HOME})
      values+=1
      _plift_source $command $expecting
      [[ $REPLY == 'many '* ]] || expecting=
      continue
    fi
    subcommands=(${=_plift_subcommands[$command]})
    if (( positionals == 0 && ${subcommands[(Ie)$word]} )); then
      command+=" $word"
      continue
    fi
    positionals+=1
  done

  if [[ -z $expecting && $cur == -*=* ]]; then
    expecting=${cur%%=*}
    compset -P '*='
    _plift_source $command $expecting && _plift_add $REPLY
  elif [[ -n $expecting ]] && (( values == 0 )) || [[ -n $expecting && $cur != -* ]]; then
    _plift_source $command $expecting && _plift_add $REPLY
  elif [[ $cur == -* ]]; then
    described=(${(f)_plift_options[$command]})
    _describe -t options 'plift option' described
  else
    if (( positionals == 0 )) && [[ -n ${_plift_described[$command]} ]]; then
      described=(${(f)_plift_described[$command]})
      _describe -t commands 'plift command' described
    fi
    if _plift_source $command "#$(( positionals + 1 ))" || _plift_source $command '#+'; then
      _plift_add $REPLY
    fi
  fi
  return 0
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _plift "$@"  # autoloaded from $fpath: this file is the first call
else
  compdef _plift plift  # sourced: source <(plift completion zsh)
fi
)ZSH";

void write_zsh(std::ostream& out, const Tables& tables) {
  out << "#compdef plift\n"
      << "# zsh completion for plift, generated by `plift completion zsh` (plift " << PLIFT_VERSION << ")\n"
      << "# from its command tree. Install as _plift in a folder of $fpath, or load it\n"
      << "# (after compinit) with: source <(plift completion zsh)\n"
      << scope_note << "\n";
  out << "typeset -gA _plift_subcommands _plift_described _plift_options _plift_sources\n\n";
  out << "_plift_subcommands=(\n";
  for (const std::string& command : tables.commands) {
    const std::vector<Entry>& subs = tables.subcommands.at(command);
    if (subs.empty()) continue;
    out << "  " << single_quoted(command) << ' ' << single_quoted(fmt::format("{}", fmt::join(names_of(subs), " ")))
        << '\n';
  }
  out << ")\n\n_plift_described=(\n";
  for (const std::string& command : tables.commands) {
    const std::vector<Entry>& subs = tables.subcommands.at(command);
    if (subs.empty()) continue;
    out << "  " << single_quoted(command) << ' ' << dollar_quoted(described(subs)) << '\n';
  }
  out << ")\n\n_plift_options=(\n";
  for (const std::string& command : tables.commands) {
    out << "  " << single_quoted(command) << ' ' << dollar_quoted(described(tables.options.at(command))) << '\n';
  }
  out << ")\n\n_plift_sources=(\n";
  for (const auto& [key, source] : tables.sources) {
    out << "  " << single_quoted(key) << ' ' << single_quoted(source) << '\n';
  }
  out << ")\n" << zsh_engine;
}

// ---------------------------------------------------------------------------
// fish

constexpr std::string_view fish_engine = R"FISH(
# Rows of the table above, split on tabs: __plift_rows KIND COMMAND prints
# NAME<tab>VALUE for each row of that kind and command.
function __plift_rows --argument-names kind command
    string match -- "$kind"\t"$command"\t'*' $__plift_table | string replace -- "$kind"\t"$command"\t ''
end

# The source of NAME in COMMAND or a command above it.
function __plift_source --argument-names command name
    while true
        set -l row (string match -- "src"\t"$command"\t"$name"\t'*' $__plift_table)
        if test -n "$row"
            string split -f 4 \t -- $row[1]
            return 0
        end
        if string match -q -- '#*' $name; or not string match -q -- '* *' $command
            return 1
        end
        set command (string replace -r ' [^ ]*$' '' -- $command)
    end
end

function __plift_add --argument-names source current prefix
    set source (string replace -r '^many ' '' -- $source)
    switch $source
        case 'words *'
            printf '%s\n' $prefix(string split ' ' -- (string replace 'words ' '' -- $source))
        case 'keys *'
            set -l keys ($__plift_command $__plift_scope __complete (string replace 'keys ' '' -- $source) 2>/dev/null)
            test -n "$keys"; and printf '%s\n' $prefix$keys
        case files
            printf '%s\n' $prefix(__fish_complete_path $current)
        case dirs
            printf '%s\n' $prefix(__fish_complete_directories $current '')
    end
end

function __plift_complete --description 'Complete a plift command line'
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -g __plift_command (string replace -r '^~' $HOME -- $tokens[1])
    set -g __plift_scope
    set -l command plift
    set -l positionals 0
    set -l values 0
    set -l expecting
    for word in $tokens[2..]
        if string match -q -- '-?*' $word
            set expecting
            set -l option (string split -m 1 = -- $word)[1]
            set -l source (__plift_source $command $option); or continue
            test "$source" = flag; and continue
            if string match -q -- '*=*' $word
                contains -- $option -c --config --db; and set -a __plift_scope $option (string split -m 1 = -- $word)[2]
            else
                set expecting $option
                set values 0
            end
            continue
        end
        if test -n "$expecting"
            contains -- $expecting -c --config --db; and set -a __plift_scope $expecting $word
            set values (math $values + 1)
            string match -q -- 'many *' (__plift_source $command $expecting); or set expecting
            continue
        end
        if test $positionals -eq 0; and contains -- $word (__plift_rows sub $command | string split -f 1 \t)
            set command "$command $word"
            continue
        end
        set positionals (math $positionals + 1)
    end

    if test -z "$expecting"; and string match -q -- '-*=*' $cur
        set -l option (string split -m 1 = -- $cur)[1]
        set -l source (__plift_source $command $option); or return 0
        __plift_add $source (string split -m 1 = -- $cur)[2] $option=
    else if test -n "$expecting"; and begin; test $values -eq 0; or not string match -q -- '-*' $cur; end
        set -l source (__plift_source $command $expecting); or return 0
        __plift_add $source $cur ''
    else if string match -q -- '-*' $cur
        __plift_rows opt $command
    else
        test $positionals -eq 0; and __plift_rows sub $command
        set -l source (__plift_source $command "#"(math $positionals + 1)); or set source (__plift_source $command '#+')
        and __plift_add $source $cur ''
    end
    return 0
end

complete -c plift -e
complete -c plift -f -a '(__plift_complete)'
)FISH";

void write_fish(std::ostream& out, const Tables& tables) {
  out << "# fish completion for plift, generated by `plift completion fish` (plift " << PLIFT_VERSION << ")\n"
      << "# from its command tree. Install in a vendor_completions.d folder, or load it with\n"
      << "#   plift completion fish | source\n"
      << scope_note << "\n"
      << "# One row per subcommand (sub), listed option (opt) and option or positional\n"
      << "# source (src): KIND<tab>COMMAND<tab>NAME<tab>DESCRIPTION or SOURCE.\n"
      << "set -g __plift_table \\\n";
  auto row = [&out](std::string_view kind, const std::string& command, const std::string& name,
                    const std::string& value) {
    out << "    " << kind << "\\t" << fish_quoted(command) << "\\t" << fish_quoted(name) << "\\t" << fish_quoted(value)
        << " \\\n";
  };
  for (const std::string& command : tables.commands) {
    for (const Entry& sub : tables.subcommands.at(command)) row("sub", command, sub.name, sub.description);
    for (const Entry& option : tables.options.at(command)) row("opt", command, option.name, option.description);
  }
  for (const auto& [key, source] : tables.sources) {
    auto bar = key.rfind('|');
    row("src", key.substr(0, bar), key.substr(bar + 1), source);
  }
  out << "\n" << fish_engine;
}

}  // namespace

void add_completion_command(CLI::App& app, Context& ctx) {
  auto shell = std::make_shared<std::string>();
  CLI::App* completion = app.add_subcommand("completion", "Print a shell script completing plift's commands and keys");
  completion->add_option("shell", *shell, "bash, zsh or fish")->required();
  completion->footer(
      "Load it with 'source <(plift completion bash)' (zsh: the same after compinit; fish: "
      "'plift completion fish | source'), or install it where the shell looks (cmake --install does).");
  completion->callback([&ctx, completion, shell] {
    const CLI::App& root = *completion->get_parent();
    if (*shell == "bash") {
      write_bash(ctx.out, tables_of(root));
    } else if (*shell == "zsh") {
      write_zsh(ctx.out, tables_of(root));
    } else if (*shell == "fish") {
      write_fish(ctx.out, tables_of(root));
    } else {
      throw UsageError(fmt::format("unknown shell '{}': use bash, zsh or fish", *shell));
    }
  });

  // What the scripts run on Tab; hidden from --help (no group).
  auto kind = std::make_shared<std::string>();
  CLI::App* complete = app.add_subcommand("__complete", "Print the keys of KIND, one a line");
  complete->group("");
  complete->add_option("kind", *kind, "companies, coaches, gatherings, kpis, phases, regions or checklist-items");
  complete->callback([&ctx, kind] { print_keys(ctx, *kind); });
}

}  // namespace plift::cli
