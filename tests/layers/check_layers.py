#!/usr/bin/env python3
"""The layering rules of ARCHITECTURE.md, checked on the source tree.

- src/cli includes no store header and names no database engine: it parses,
  calls one use case (src/app) and renders.
- Only src/store includes an engine's headers (SQLiteCpp, sqlite3, libpq).
- src/core includes no SQLite, TOML, CLI11 or libpq header.
- The public headers of app name no store type: what the use cases return is
  core's or report's.
- plift_cli does not link plift_store (src/CMakeLists.txt).

Usage: check_layers.py SOURCE_ROOT
"""
import pathlib
import re
import sys

ENGINE_INCLUDE = re.compile(r'#include\s*[<"](SQLiteCpp/|sqlite3\.h|libpq-fe\.h|postgresql/)')
STORE_INCLUDE = re.compile(r'#include\s*"plift/store/')
ENGINE_NAME = re.compile(r"\b(SQLite|sqlite3?|libpq|PGconn)\b")
CORE_FORBIDDEN = re.compile(r'#include\s*[<"](SQLiteCpp/|sqlite3\.h|toml\+\+/|CLI/|libpq-fe\.h)')


def sources(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix in (".cpp", ".hpp"))


def main():
    root = pathlib.Path(sys.argv[1])
    problems = []
    for path in sources(root / "src" / "cli"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if STORE_INCLUDE.search(line):
                problems.append(f"{path}:{number}: the cli includes a store header: {line.strip()}")
            if ENGINE_NAME.search(line):
                problems.append(f"{path}:{number}: the cli names a database engine: {line.strip()}")
    for folder in ("src", "include"):
        for path in sources(root / folder):
            if (root / "src" / "store") in path.parents or (root / "include" / "plift" / "store") in path.parents:
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if ENGINE_INCLUDE.search(line):
                    problems.append(f"{path}:{number}: only src/store includes an engine's headers: {line.strip()}")
    for path in sources(root / "src" / "core") + sources(root / "include" / "plift" / "core"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if CORE_FORBIDDEN.search(line):
                problems.append(f"{path}:{number}: core includes a library header it must not: {line.strip()}")
    for path in sources(root / "include" / "plift" / "app"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if STORE_INCLUDE.search(line) or re.search(r"\bstore::(?!Database\b|WriteTransaction\b)\w+", line):
                problems.append(f"{path}:{number}: a use case's header names a store type: {line.strip()}")
    cmake = (root / "src" / "CMakeLists.txt").read_text()
    cli_link = re.search(r"target_link_libraries\(plift_cli ([^)]*)\)", cmake)
    if not cli_link:
        problems.append("src/CMakeLists.txt: no target_link_libraries(plift_cli …)")
    elif "plift_store" in cli_link.group(1).split():
        problems.append("src/CMakeLists.txt: plift_cli links plift_store")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} layering problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
