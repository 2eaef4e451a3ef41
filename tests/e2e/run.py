#!/usr/bin/env python3
"""Run plift end-to-end case files (*.t) against a built binary.

Each case runs its commands in order in a fresh temporary folder with a fixed
environment and compares stdout, stderr and exit status with what the file
expects. The file format is described in tests/e2e/README.md.

    python3 tests/e2e/run.py --plift build/src/plift tests/e2e/cases/company.t
    python3 tests/e2e/run.py --plift build/src/plift --update tests/e2e/cases/*.t
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

TODAY = "2026-11-16"  # a Monday, ISO week 47
TIMEOUT_SECONDS = 60
SYSTEM_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
# Passed through from the caller when set, so sanitizer builds behave.
PASSED_THROUGH = ["ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"]

STATUS_RE = re.compile(r"^\[(\d+)\]$")
ESC_SUFFIX = " (esc)"


class CaseFileError(Exception):
    pass


# ---------------------------------------------------------------------------
# Expected results


@dataclass
class Result:
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    status: int = 0


@dataclass
class Command:
    line: int  # 1-based line of the "$ " line
    source: list[str]  # the "$ " line and its "> " lines, verbatim
    script: str  # what bash runs
    expected: Result
    trailer: list[str]  # blank lines and comments after the output


@dataclass
class Case:
    preamble: list[str]
    commands: list[Command]


def is_blank(line: str) -> bool:
    return line.strip() == ""


def is_comment(line: str) -> bool:
    return line.startswith("#")


def decode_esc(text: str, where: str) -> str:
    """Undo encode_esc: \\\\ \\t \\r \\n \\xNN \\uNNNN."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1 : i + 2]
        simple = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n"}
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt in ("x", "u"):
            digits = 2 if nxt == "x" else 4
            hex_part = text[i + 2 : i + 2 + digits]
            if len(hex_part) != digits or not all(h in "0123456789abcdefABCDEF" for h in hex_part):
                raise CaseFileError(f"{where}: bad \\{nxt} escape in an (esc) line")
            out.append(chr(int(hex_part, 16)))
            i += 2 + digits
        else:
            raise CaseFileError(f"{where}: unknown escape '\\{nxt}' in an (esc) line")
    return "".join(out)


def needs_esc(text: str) -> bool:
    if text.endswith(ESC_SUFFIX) or (text and text[-1] in " \t"):
        return True
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text)


def encode_esc(text: str) -> str:
    out = []
    for c in text:
        code = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        else:
            out.append(c)
    return "".join(out) + ESC_SUFFIX


def parse_block(lines: list[str], first_line: int, path: str) -> Result:
    result = Result()
    if lines and STATUS_RE.match(lines[-1]):
        result.status = int(STATUS_RE.match(lines[-1]).group(1))
        lines = lines[:-1]
    for offset, line in enumerate(lines):
        where = f"{path}:{first_line + offset}"
        if line == "!" or line.startswith("! "):
            target, text = result.stderr, line[2:]
        elif line.startswith("\\"):
            target, text = result.stdout, line[1:]
        elif STATUS_RE.match(line):
            raise CaseFileError(f"{where}: an exit status '{line}' must be the last line of the output")
        else:
            target, text = result.stdout, line
        if text.endswith(ESC_SUFFIX):
            text = decode_esc(text[: -len(ESC_SUFFIX)], where)
        target.append(text)
    return result


def trailer_start(lines: list[str]) -> int:
    """Index where the trailing run of blank and comment lines that begins
    with a blank line starts, or len(lines) when there is none."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if is_blank(lines[i]):
            start = i
        elif not is_comment(lines[i]):
            break
    return start


def parse_case(path: str) -> Case:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()

    i = 0
    preamble = []
    while i < len(lines) and not lines[i].startswith("$ "):
        if not (is_blank(lines[i]) or is_comment(lines[i])):
            raise CaseFileError(
                f"{path}:{i + 1}: expected a command ('$ ...') or a comment ('# ...') before the first command"
            )
        preamble.append(lines[i])
        i += 1

    commands = []
    while i < len(lines):
        start = i
        script_lines = [lines[i][2:]]
        i += 1
        while i < len(lines) and (lines[i] == ">" or lines[i].startswith("> ")):
            script_lines.append(lines[i][2:])
            i += 1
        source = lines[start:i]
        block_start = i
        while i < len(lines) and not lines[i].startswith("$ "):
            i += 1
        block = lines[block_start:i]
        cut = trailer_start(block)
        commands.append(
            Command(
                line=start + 1,
                source=source,
                script="\n".join(script_lines),
                expected=parse_block(block[:cut], block_start + 1, path),
                trailer=block[cut:],
            )
        )
    return Case(preamble, commands)


def format_block(result: Result) -> list[str]:
    """The lines a case file holds for `result`; parse_block reads them back."""
    lines = []
    for text in result.stdout:
        if needs_esc(text):
            text = encode_esc(text)
        if (
            text.startswith(("\\", "$ ", "! ", "> "))
            or text in ("!", ">")
            or STATUS_RE.match(text)
        ):
            text = "\\" + text
        lines.append(text)
    for text in result.stderr:
        if needs_esc(text):
            text = encode_esc(text)
        lines.append("! " + text if text else "!")
    if result.status != 0:
        lines.append(f"[{result.status}]")
    # An empty line followed only by empty lines and '#' lines would read as the
    # separator before a comment: write it as a lone backslash.
    for i in range(trailer_start(lines), len(lines)):
        if lines[i] == "":
            lines[i] = "\\"
    return lines


def format_case(case: Case, actual: list[Result]) -> str:
    out = list(case.preamble)
    for command, result in zip(case.commands, actual):
        out.extend(command.source)
        out.extend(format_block(result))
        out.extend(command.trailer)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Running


def make_environment(plift: str, home: str) -> dict[str, str]:
    path = [os.path.dirname(plift)] + SYSTEM_PATH
    for entry in os.environ.get("PATH", "").split(os.pathsep):
        if entry and entry not in path:
            path.append(entry)
    env = {
        "PATH": os.pathsep.join(path),
        "HOME": home,
        "USER": "coordinator",
        "LOGNAME": "coordinator",
        "PLIFT_TODAY": TODAY,
        "PLIFT_NOW": TODAY + "T09:00:00Z",
        "NO_COLOR": "1",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
    }
    for name in PASSED_THROUGH:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def split_output(data: bytes, workdir: str) -> list[str]:
    # The case's folder differs on every run; cases see it as $CASE.
    text = data.decode("utf-8", errors="replace")
    for folder in {os.path.realpath(workdir), workdir}:
        text = text.replace(folder, "$CASE")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # a final newline, or no output at all
    return lines


def run_command(script: str, cwd: str, env: dict[str, str]) -> tuple[Result, str | None]:
    process = subprocess.Popen(
        ["bash", "-c", script],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    problem = None
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        problem = f"timed out after {TIMEOUT_SECONDS} s"
    status = process.returncode
    if status < 0:
        status = 128 - status  # as a shell reports a signal
    return Result(split_output(stdout, cwd), split_output(stderr, cwd), status), problem


def describe(command: Command) -> str:
    first = command.script.split("\n", 1)[0]
    return first + (" ..." if "\n" in command.script else "")


def run_case(path: str, plift: str, update: bool, keep: bool) -> bool:
    try:
        case = parse_case(path)
    except CaseFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    except (OSError, UnicodeDecodeError) as error:
        print(f"{path}: error: {error}", file=sys.stderr)
        return False

    workdir = tempfile.mkdtemp(prefix="plift-e2e-")
    env = make_environment(plift, workdir)
    actual = []
    failures = 0
    timeouts = 0
    try:
        for command in case.commands:
            result, problem = run_command(command.script, workdir, env)
            # --update keeps what the file says for a command that timed out.
            actual.append(command.expected if problem else result)
            if result == command.expected and problem is None:
                continue
            failures += 1
            if problem:
                timeouts += 1
            if update and problem is None:
                print(f"updating {path}:{command.line}: $ {describe(command)}")
                continue
            print(f"FAIL {path}:{command.line}: $ {describe(command)}")
            if problem:
                print(f"  {problem}")
            diff = difflib.unified_diff(
                format_block(command.expected),
                format_block(result),
                fromfile="expected",
                tofile="actual",
                lineterm="",
            )
            for line in diff:
                print("  " + line)
    finally:
        if keep:
            print(f"{path}: kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    total = len(case.commands)
    if update:
        new_text = format_case(case, actual)
        with open(path, encoding="utf-8") as f:
            old_text = f.read()
        if new_text != old_text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new_text)
            print(f"{path}: updated")
        return timeouts == 0
    if failures:
        print(f"{path}: {failures} of {total} commands failed")
        return False
    print(f"{path}: {total} commands ok")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description="Run plift end-to-end case files.")
    parser.add_argument("--plift", required=True, help="the plift binary to test")
    parser.add_argument("--update", action="store_true", help="rewrite the case files with the actual output")
    parser.add_argument("--keep", action="store_true", help="keep each case's temporary folder and print its path")
    parser.add_argument("cases", nargs="+", metavar="CASE.t")
    args = parser.parse_args()

    plift = os.path.abspath(args.plift)
    if not (os.path.isfile(plift) and os.access(plift, os.X_OK)):
        print(f"run.py: error: not an executable: {plift}", file=sys.stderr)
        return 2
    link_dir = None
    if os.path.basename(plift) != "plift":
        # Cases call `plift` by name; give it that name on PATH.
        link_dir = tempfile.mkdtemp(prefix="plift-e2e-bin-")
        os.symlink(plift, os.path.join(link_dir, "plift"))
        plift = os.path.join(link_dir, "plift")
    try:
        ok = all([run_case(case, plift, args.update, args.keep) for case in args.cases])
    finally:
        if link_dir:
            shutil.rmtree(link_dir, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
