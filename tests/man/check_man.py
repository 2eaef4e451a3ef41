#!/usr/bin/env python3
"""Checks man/plift.1 against the plift binary it documents.

    check_man.py --plift BINARY --man FILE

1. `mandoc -T lint -W warning FILE` prints nothing and exits 0 (skipped, with
   a note, when mandoc is not installed).
2. Every command path that `plift --help` and `plift NOUN --help` list
   ("init", "company add", ...) appears in the page as "plift PATH" on one
   line, and every noun has its own .SS in COMMANDS.
3. Every long option of a leaf command's --help appears in that command's
   entry of the page, and every global option in GLOBAL OPTIONS.
4. Every command the page names in bold ("plift company add", anywhere, so
   also in COMMANDS and SYNOPSIS) or runs in an example ("$ plift ...")
   exists in --help.

Exit 0 when all hold, 1 otherwise (naming each problem), 2 on bad usage.
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

SECTION_RE = re.compile(r"^(positionals|options|subcommands|flags):\s*$", re.IGNORECASE)
LONG_OPTION_RE = re.compile(r"(?<![\w-])--[a-z0-9][a-z0-9-]*")


def run_help(plift, words, cwd):
    """The --help text of `plift WORDS`; exits the check when plift fails."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["NO_COLOR"] = "1"
    command = [plift, *words, "--help"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, cwd=cwd, env=env)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit(f"check_man: cannot run {' '.join(command)}: {e}")
    if done.returncode != 0:
        sys.exit(f"check_man: {' '.join(command)} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def help_sections(text):
    """{'positionals': [first column, ...], 'options': [...], 'subcommands': [...]}"""
    sections = {}
    current = None
    for line in text.splitlines():
        match = SECTION_RE.match(line.strip()) if not line.startswith(" ") else None
        if match:
            current = match.group(1).lower()
            sections.setdefault(current, [])
            continue
        if current is None:
            continue
        if not line.strip() or not line.startswith(" "):
            current = None
            continue
        # The first column ends at the first run of two or more spaces (newer
        # CLI11 pads "-c,     --config TEXT", so join a short name to its long one).
        entry = re.sub(r"^(-\w,)\s+(?=--)", r"\1", line.strip())
        first = re.split(r"\s{2,}", entry, maxsplit=1)[0]
        sections[current].append(first)
    return sections


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
        self.subcommands = [e.split()[0] for e in sections.get("subcommands", []) if e.split()]
        self.options = [o for o in long_options(sections.get("options", [])) if o != "--help"]
        self.positionals = [e.split()[0] for e in sections.get("positionals", []) if e.split()]
        self.children = {}

    @property
    def name(self):
        return " ".join(self.path)


def command_tree(plift):
    """The root Command, with children down to the leaves."""
    with tempfile.TemporaryDirectory() as cwd:
        root = Command((), run_help(plift, [], cwd))
        if not root.subcommands:
            sys.exit("check_man: 'plift --help' lists no subcommands; has its format changed?")
        pending = [root]
        while pending:
            parent = pending.pop()
            for name in parent.subcommands:
                child = Command(parent.path + (name,), run_help(plift, [*parent.path, name], cwd))
                parent.children[name] = child
                pending.append(child)
    return root


def leaves(command):
    if not command.children:
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


def check_lint(man_path, problems):
    mandoc = shutil.which("mandoc")
    if not mandoc:
        print("check_man: note: mandoc is not installed; skipping the lint check")
        return
    done = subprocess.run([mandoc, "-T", "lint", "-W", "warning", man_path], capture_output=True, text=True)
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
    the command exists."""
    position = 0
    while position < len(words) and words[position].startswith("-"):
        position += 2 if words[position] in GLOBAL_VALUE_OPTIONS else 1
    if position >= len(words):
        return None
    word = words[position]
    if not re.fullmatch(r"[a-z][a-z0-9-]*", word):
        return None
    command = root
    path = []
    while True:
        path.append(word)
        if word not in command.children:
            return False, path
        command = command.children[word]
        position += 1
        if not command.children or position >= len(words):
            return True, path
        word = words[position]
        if not re.fullmatch(r"[a-z][a-z0-9-]*", word):
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
    args = parser.parse_args()

    if not os.path.isfile(args.man):
        print(f"check_man: {args.man} does not exist", file=sys.stderr)
        return 1

    # --help runs in a scratch folder, so a relative binary path must not depend on it.
    plift = os.path.abspath(args.plift) if os.sep in args.plift else (shutil.which(args.plift) or args.plift)

    problems = []
    check_lint(args.man, problems)
    root = command_tree(plift)
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
