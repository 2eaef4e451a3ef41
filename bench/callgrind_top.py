#!/usr/bin/env python3
"""Reads `callgrind_annotate --inclusive=yes` on stdin and prints the markdown
rows (share, instructions, function) of plift's own functions and the SQLite,
JSON and malloc hot spots under them, with the template noise cut from the
names. Used by bench/run.sh --profile."""

import re, sys
rows = []
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+\S*?:(.*) \[(.*)\]$", line)
    if not m:
        continue
    count, pct, fn, obj = m.groups()
    if not re.search(r"plift::(store|cli|render|report)|sqlite3_step|dump|json_value::destroy|sqlite3_mutex_(enter|leave)|^(malloc|free)$", fn):
        continue
    if re.search(r"plift::cli::(main|run)\b|_M_invoke|App::|'\d+$", fn):  # 'N: a recursion level
        continue
    fn = re.sub(r"nlohmann::json_abi_v[\d_]+::", "", fn)
    fn = re.sub(r"basic_json<ordered_map.*?std::vector<unsigned char, std::allocator<unsigned char> > >", "json", fn)
    fn = re.sub(r"std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string", fn)
    fn = fn.replace("(anonymous namespace)::", "").replace("[abi:cxx11]", "")
    fn = re.sub(r"\((?!\)).*\)( const)?$", "()", fn)
    rows.append((float(pct), count, fn[:110]))
for pct, count, fn in rows[:14]:
    print(f"| {pct:.1f} % | {count} | `{fn}` |")
