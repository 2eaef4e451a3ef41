#!/usr/bin/env python3
"""Checks man/plift.1 against the plift binary it documents.

    check_man.py --plift BINARY --man FILE [--timeout SECONDS]

1. `mandoc -T lint -W warning FILE` prints nothing and exits 0 (skipped, with
   a note, when mandoc is not installed).
2. Every command path that `plift --help` and `plift NOUN --help` list under
   "Subcommands:" ("init", "company add", ...) appears in the page as
   "plift PATH" on one line, and every noun has its own .SS in COMMANDS.
   Commands are at most two levels deep (noun verb); a listed subcommand
   whose own --help is not its help (CLI11 prints the parent's help for a
   word it does not know) is a problem, not followed.
3. Every long option and positional argument of a leaf command's --help (and
   of a command that also runs itself, like "assess KEY DIM=SCORE...")
   appears in that command's entry of the page, and every global option in
   GLOBAL OPTIONS.
4. Every command the page names in bold ("plift company add", anywhere, so
   also in COMMANDS and SYNOPSIS) or runs in an example ("$ plift ...")
   exists in --help.

Each run of plift or mandoc may take --timeout seconds (default 10).
Exit 0 when all hold, 1 otherwise (naming each problem, or why plift could
not be asked), 2 on bad usage.
Python 3 standard library only.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------------------
# Reading CLI11's help.
#
# CLI11 2.1 prints a command's help as a description, a "Usage:" line, and
# sections such as
#
#     Positionals:
#       key TEXT REQUIRED           Company key
#
#     Options:
#       -h,--help                   Print this help message and exit
#
#     Subcommands:
#       log                         Log a coach visit
#
# each heading unindented, each entry indented by two spaces, and a blank
# line after the last entry; a footer of free text may follow. Only entries
# of those sections count: a footer ("With KEY, table and md end ...") or a
# wrapped description (indented deeper) names no subcommand or option.

SECTION_RE = re.compile(r"^(positionals|options|subcommands|flags):\s*$", re.IGNORECASE)
ENTRY_RE = re.compile(r"^  (?! )(\S.*)$")  # exactly two spaces, then the entry
COMMAND_NAME_RE = re.compile(r"[a-z][a-z0-9-]*")
LONG_OPTION_RE = re.compile(r"(?<![\w-])--[a-z0-9][a-z0-9-]*")
USAGE_RE = re.compile(r"^Usage:\s")

# plift's commands are at most two levels deep: "noun" or "noun verb".
MAX_DEPTH = 2
DEFAULT_TIMEOUT = 10.0  # seconds per `plift ... --help`


class CheckError(Exception):
    """plift could not be asked for its help; the check cannot go on."""


def run_help(plift, words, cwd, timeout):
    """The --help text of `plift WORDS`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["NO_COLOR"] = "1"
    command = [plift, *words, "--help"]
    shown = " ".join(command)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise CheckError(f"{shown} did not finish within {timeout:g} seconds")
    except OSError as e:
        raise CheckError(f"cannot run {shown}: {e}")
    if done.returncode != 0:
        raise CheckError(f"{shown} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def help_sections(text):
    """{'positionals': [first column, ...], 'options': [...], 'subcommands': [...]}

    A section is its heading line ("Options:", unindented) and the entry
    lines right after it, up to the first blank or unindented line. Lines
    indented deeper than an entry (a wrapped description) are skipped."""
    sections = {}
    current = None
    for line in text.splitlines():
        if not line.strip():
            current = None
            continue
        if not line.startswith(" "):
            match = SECTION_RE.match(line.strip())
            current = match.group(1).lower() if match else None
            if current:
                sections.setdefault(current, [])
            continue
        if current is None:
            continue
        match = ENTRY_RE.match(line)
        if not match:
            continue  # a continuation of the entry above
        # The first column ends at the first run of two or more spaces (newer
        # CLI11 pads "-c,     --config TEXT", so join a short name to its long one).
        entry = re.sub(r"^(-\w,)\s+(?=--)", r"\1", match.group(1).strip())
        first = re.split(r"\s{2,}", entry, maxsplit=1)[0]
        sections[current].append(first)
    return sections


def usage_names(text):
    """The command words of the "Usage:" line: ["log"] in "Usage: log [OPTIONS]
    key" (newer CLI11 may print the whole path, "plift visit log [OPTIONS]")."""
    for line in text.splitlines():
        match = USAGE_RE.match(line)
        if match:
            words = []
            for word in line.split()[1:]:
                if not COMMAND_NAME_RE.fullmatch(word):
                    break
                words.append(word)
            return words
    return []


def long_options(entries):
    found = []
    for entry in entries:
        for option in LONG_OPTION_RE.findall(entry):
            if option not in found:
                found.append(option)
    return found


class Command:
    def __init__(self, path, help_text):
        self.path = path  # ("company", "add")
        sections = help_sections(help_text)
        self.subcommands = []
        self.odd_subcommands = []  # entries of "Subcommands:" that are no command name
        for entry in sections.get("subcommands", []):
            name = entry.split()[0]
            if COMMAND_NAME_RE.fullmatch(name):
                if name not in self.subcommands:
                    self.subcommands.append(name)
            else:
                self.odd_subcommands.append(name)
        self.options = [o for o in long_options(sections.get("options", [])) if o != "--help"]
        self.positionals = [e.split()[0] for e in sections.get("positionals", []) if e.split()]
        self.usage_names = usage_names(help_text)
        self.children = {}

    @property
    def name(self):
        return " ".join(self.path)

    @property
    def runs_itself(self):
        """A command that does something of its own (it has arguments or
        options besides --help), like "assess KEY DIM=SCORE..." beside "assess list"."""
        return bool(self.positionals or self.options)


def help_command(path):
    return " ".join(["plift", *path, "--help"])


def command_tree(plift, timeout, problems):
    """The root Command, with children down to the leaves (at most MAX_DEPTH
    levels). What --help lists but is no real command goes to `problems`."""
    with tempfile.TemporaryDirectory() as cwd:
        root = Command((), run_help(plift, [], cwd, timeout))
        if not root.subcommands:
            raise CheckError("'plift --help' lists no subcommands; has its format changed?")
        pending = [root]
        seen = {()}
        while pending:
            parent = pending.pop(0)
            for odd in parent.odd_subcommands:
                problems.append(f"'{help_command(parent.path)}' lists '{odd}' under Subcommands, "
                                "which is no command name")
            kept = []
            for name in parent.subcommands:
                path = parent.path + (name,)
                if path in seen:
                    continue
                seen.add(path)
                if len(path) > MAX_DEPTH:
                    problems.append(f"'{help_command(parent.path)}' lists a subcommand '{name}', but plift's "
                                    f"commands are at most {MAX_DEPTH} levels deep; not following it")
                    continue
                child = Command(path, run_help(plift, list(path), cwd, timeout))
                # CLI11 answers "plift NOUN WORD --help" with NOUN's help when
                # WORD is no subcommand: then WORD was not one.
                if name not in child.usage_names:
                    problems.append(f"'{help_command(parent.path)}' lists '{name}' as a subcommand, but "
                                    f"'{help_command(path)}' prints the help of '{' '.join(child.usage_names) or '?'}'")
                    continue
                kept.append(name)
                parent.children[name] = child
                pending.append(child)
            parent.subcommands = kept
    return root


def leaves(command):
    """The commands the page documents: those without subcommands, and those
    with subcommands that also run themselves; parents before children."""
    if command.path and (not command.children or command.runs_itself):
        yield command
    for name in command.subcommands:
        yield from leaves(command.children[name])


# ---------------------------------------------------------------------------
# Reading the roff source.

NAMED_CHARACTERS = {
    "-": "-", "aq": "'", "dq": '"', "lq": '"', "rq": '"', "oq": "'", "cq": "'",
    "em": "--", "en": "-", "->": "->", "mu": "x", "/o": "o", "/O": "O", "oa": "a",
    "oA": "A", ":a": "a", ":A": "A", ":o": "o", ":O": "O", ":u": "u", ":U": "U",
    "ae": "ae", "AE": "AE", "'e": "e", "ss": "ss", "ti": "~", "ha": "^", "ba": "|",
    "rs": "\\", "bu": "*",
}


def unescape(text):
    """Roff text to plain text: fonts dropped, \\- to -, named characters."""

    def named(match):
        return NAMED_CHARACTERS.get(match.group(1) or match.group(2), "")

    text = re.sub(r"\\f(?:\[[^\]]*\]|\(..|.)", "", text)
    text = re.sub(r"\\\((..)|\\\[([^\]]*)\]", named, text)
    text = text.replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ").replace("\\~", " ")
    text = re.sub(r"\\[&|^c%]", "", text)
    return text


def macro_arguments(text):
    """Splits a macro line's arguments the way roff does ("a b" is one)."""
    arguments = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position] in " \t":
            position += 1
        if position >= len(text):
            break
        if text[position] == '"':
            position += 1
            argument = []
            while position < len(text):
                if text[position] == '"':
                    if text[position + 1:position + 2] == '"':
                        argument.append('"')
                        position += 2
                        continue
                    position += 1
                    break
                argument.append(text[position])
                position += 1
            arguments.append("".join(argument))
        else:
            end = position
            while end < len(text) and text[end] not in " \t":
                end += 1
            arguments.append(text[position:end])
            position = end
    return arguments


ALTERNATING = {"BR", "RB", "BI", "IB", "IR", "RI"}


class ManLine:
    """One source line of the page, as plain text, with its bold spans."""

    def __init__(self, number, source, text, bold, section, subsection, macro):
        self.number = number
        self.source = source
        self.text = text
        self.bold = bold  # plain texts set in bold on this line
        self.section = section
        self.subsection = subsection
        self.macro = macro


def bold_spans_of_text(source):
    """The \\fB...\\fR spans of a text line, as plain text."""
    spans = []
    for match in re.finditer(r"\\f(?:B|\[B\]|\(BI)(.*?)(?=\\f|$)", source):
        spans.append(unescape(match.group(1)))
    return spans


def read_page(path):
    with open(path, encoding="utf-8") as stream:
        source_lines = stream.read().split("\n")
    lines = []
    section = ""
    subsection = ""
    in_example = False
    for number, source in enumerate(source_lines, start=1):
        macro = ""
        bold = []
        if source.startswith((".", "'")):
            match = re.match(r"^[.']\s*(\S*)\s?(.*)$", source)
            macro, rest = match.group(1), match.group(2)
            if macro.startswith('\\"') or macro == "\\\"":
                continue
            arguments = [unescape(a) for a in macro_arguments(rest)]
            if macro in ALTERNATING:
                text = "".join(arguments)
                first_bold = macro[0] == "B"
                bold = [a for i, a in enumerate(arguments) if (i % 2 == 0) == first_bold]
            else:
                text = " ".join(arguments)
                if macro == "B":
                    bold = [text]
            bold += [s for a in macro_arguments(rest) for s in bold_spans_of_text(a)]
            if macro == "SH":
                section, subsection = text, ""
            elif macro == "SS":
                subsection = text
            elif macro == "EX":
                in_example = True
            elif macro == "EE":
                in_example = False
        else:
            text = unescape(source)
            bold = bold_spans_of_text(source)
        lines.append(ManLine(number, source, text, bold, section, subsection, "EX" if in_example and not macro else macro))
    return lines


def contains_words(text, words):
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])"
    return re.search(pattern, text) is not None


# ---------------------------------------------------------------------------
# The checks.

GLOBAL_VALUE_OPTIONS = {"-c", "--config", "--db", "--today", "--format"}


def check_lint(man_path, problems, timeout):
    mandoc = shutil.which("mandoc")
    if not mandoc:
        print("check_man: note: mandoc is not installed; skipping the lint check")
        return
    try:
        done = subprocess.run([mandoc, "-T", "lint", "-W", "warning", man_path], capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise CheckError(f"mandoc -T lint {man_path} did not finish within {timeout:g} seconds")
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or output:
        problems.append(f"mandoc -T lint -W warning {man_path} exited {done.returncode}:\n{output}")


def is_entry_start(line):
    """A command's synopsis line in COMMANDS: a text or .B line that begins
    with "plift ..." in bold."""
    return (line.section == "COMMANDS" and line.macro in ("", "B") and line.text.strip().startswith("plift ")
            and bool(line.bold) and line.bold[0].strip().startswith("plift "))


def entry_lines(lines, command):
    """The lines of the page's entry for a leaf command: from its synopsis
    line ("plift PATH ...") to the next synopsis line or heading."""
    wanted = ["plift", *command.path]
    for index, line in enumerate(lines):
        if is_entry_start(line) and line.bold[0].split() == wanted:
            for end in range(index + 1, len(lines)):
                if lines[end].macro in ("SH", "SS") or is_entry_start(lines[end]):
                    return lines[index:end]
            return lines[index:]
    return None


def check_commands_documented(root, lines, problems):
    for command in leaves(root):
        words = ["plift", *command.path]
        if not any(contains_words(line.text, words) for line in lines):
            problems.append(f"command '{command.name}' is not documented (no line with '{' '.join(words)}')")
    headings = {line.text.strip() for line in lines if line.macro == "SS" and line.section == "COMMANDS"}
    for name in root.subcommands:
        if name not in headings:
            problems.append(f"command '{name}' has no '.SS {name}' in COMMANDS")


def check_options_documented(root, lines, problems):
    for command in leaves(root):
        entry = entry_lines(lines, command)
        if entry is None:
            problems.append(f"command '{command.name}' has no entry in COMMANDS (a line starting 'plift {command.name}')")
            continue
        text = "\n".join(line.text for line in entry)
        for option in command.options:
            if not re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", text):
                problems.append(f"option '{option}' of '{command.name}' is not in its entry "
                                f"(man page lines {entry[0].number}-{entry[-1].number})")
        for positional in command.positionals:
            if not re.search(r"(?<![\w-])" + re.escape(positional) + r"(?![\w-])", text, re.IGNORECASE):
                problems.append(f"argument '{positional}' of '{command.name}' is not in its entry "
                                f"(man page lines {entry[0].number}-{entry[-1].number})")
    global_text = "\n".join(line.text for line in lines if line.section == "GLOBAL OPTIONS")
    if not global_text:
        problems.append("the page has no GLOBAL OPTIONS section")
    for option in root.options + ["--help"]:
        if not re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", global_text):
            problems.append(f"global option '{option}' is not in GLOBAL OPTIONS")


def named_command(root, words):
    """Follows `words` (what comes after "plift") down the tree. Returns None
    when they name no command, else (known, path) where known tells whether
    the command exists. A word after a command that takes arguments of its
    own ("plift assess acme ...") is an argument, not a missing subcommand."""
    position = 0
    while position < len(words) and words[position].startswith("-"):
        position += 2 if words[position] in GLOBAL_VALUE_OPTIONS else 1
    if position >= len(words):
        return None
    word = words[position]
    if not COMMAND_NAME_RE.fullmatch(word):
        return None
    command = root
    path = []
    while True:
        if word not in command.children:
            if path and command.runs_itself:
                return True, path
            return False, path + [word]
        path.append(word)
        command = command.children[word]
        position += 1
        if not command.children or position >= len(words):
            return True, path
        word = words[position]
        if not COMMAND_NAME_RE.fullmatch(word):
            return True, path


def check_named_commands_exist(root, lines, problems):
    seen = set()
    for line in lines:
        mentions = []
        # Commands are set in bold wherever the page names them.
        mentions += [span for span in line.bold if span.strip().startswith("plift ")]
        if line.section == "EXAMPLES" and line.macro == "EX":
            match = re.match(r"^\s*\$\s+(plift\s.*)$", line.text)
            if match:
                mentions.append(match.group(1))
        for mention in mentions:
            # Only up to a pipe, redirection or the end of a quoted shell word.
            words = re.split(r"[|<>;]", mention)[0].split()[1:]
            result = named_command(root, words)
            if result is None:
                continue
            known, path = result
            name = " ".join(path)
            if not known and (line.number, name) not in seen:
                seen.add((line.number, name))
                problems.append(f"man page line {line.number} names 'plift {name}', which --help does not list "
                                f"({line.section})")


def main():
    parser = argparse.ArgumentParser(description="Check the plift man page against plift --help.")
    parser.add_argument("--plift", required=True, help="the plift binary")
    parser.add_argument("--man", required=True, help="the man page source (man/plift.1)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"seconds each plift or mandoc run may take (default {DEFAULT_TIMEOUT:g})")
    args = parser.parse_args()
    if args.timeout <= 0:
        parser.error("--timeout must be above 0")

    if not os.path.isfile(args.man):
        print(f"check_man: {args.man} does not exist", file=sys.stderr)
        return 1

    # --help runs in a scratch folder, so a relative binary path must not depend on it.
    plift = os.path.abspath(args.plift) if os.sep in args.plift else (shutil.which(args.plift) or args.plift)

    problems = []
    try:
        check_lint(args.man, problems, args.timeout)
        root = command_tree(plift, args.timeout, problems)
    except CheckError as e:
        print(f"check_man: {e}", file=sys.stderr)
        return 1
    lines = read_page(args.man)
    check_commands_documented(root, lines, problems)
    check_options_documented(root, lines, problems)
    check_named_commands_exist(root, lines, problems)

    paths = [c.name for c in leaves(root)]
    if problems:
        for problem in problems:
            print(f"FAIL: {problem}")
        print(f"check_man: {len(problems)} problem(s) in {args.man}")
        return 1
    print(f"check_man: ok: {len(paths)} commands ({', '.join(paths)}) and their options are documented "
          f"in {args.man}, and it names no other")
    return 0


if __name__ == "__main__":
    sys.exit(main())
