#!/usr/bin/env bash
# Opens the quarterly HTML report in headless Chromium, offline: the page must
# render its four SVG charts and give a screenshot the size of an A4 page.
# Skips (exit 0, printing SKIP) when chromium is not installed.
# Usage: browser_check.sh PLIFT [KEEP_DIR]
set -euo pipefail
plift=$(realpath "$1")
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 0
fi
work=${2:-$(mktemp -d)}
mkdir -p "$work"
profile=$(mktemp -d)
trap 'rm -rf "$profile"; [[ -n "${2:-}" ]] || rm -rf "$work"' EXIT
cd "$work"
export PLIFT_TODAY=2026-11-16
"$plift" init -q
"$plift" -q coach add eva --name "Eva Lind" --org RISE >/dev/null
"$plift" -q company add '<script>alert(1)</script> & "Co"' --key hostile --region Innlandet --sector wood --employees 80 --start 2026-01-05 --coach eva >/dev/null
for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2; do
  "$plift" -q phase check hostile "$item" --date 2026-03-02
done
"$plift" -q phase advance hostile --date 2026-03-16
for d in 2026-08-10 2026-08-24; do "$plift" -q visit log hostile --date "$d"; done
"$plift" -q pulse log hostile --status yellow --date 2026-09-20
"$plift" -q kpi record hostile lead-time 10 --date 2026-01-20
"$plift" -q kpi record hostile lead-time 8 --date 2026-09-01
"$plift" -q company add "Bussbygg AS" --key bussbygg --region Viken --sector metal --employees 40 --start 2026-08-03 >/dev/null
"$plift" -q pulse log bussbygg --status green --date 2026-09-10
"$plift" -q report quarterly --quarter 2026Q3 --format html -o q.html

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile")
"$browser" "${flags[@]}" --dump-dom "file://$work/q.html" > dom.html 2> chromium.log
"$browser" "${flags[@]}" --screenshot="$work/out.png" --window-size=1240,1754 "file://$work/q.html" >> chromium.log 2>&1

fail() { echo "FAIL: $*"; exit 1; }
for id in timeline visits pulse kpis; do
  grep -q "<svg[^>]*id=\"$id\"" dom.html || fail "chart '$id' is missing from the rendered page"
done
# The hostile name stays text: the browser built no script element from it.
! grep -q '<script' dom.html || fail "a <script> element exists in the rendered page"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Co"' dom.html || fail "the hostile name is not shown as text"
[[ -s out.png ]] || fail "no screenshot"
# A PNG's width and height, big-endian at bytes 16-23.
size=$(od -An -tu1 -j16 -N8 out.png | tr -s ' ' | sed 's/^ //')
read -r w1 w2 w3 w4 h1 h2 h3 h4 <<<"$size"
width=$(( (w1 << 24) | (w2 << 16) | (w3 << 8) | w4 ))
height=$(( (h1 << 24) | (h2 << 16) | (h3 << 8) | h4 ))
[[ $width -eq 1240 && $height -eq 1754 ]] || fail "screenshot is ${width}x${height}, not 1240x1754"
echo "ok: 4 charts rendered, hostile name escaped, screenshot ${width}x${height}"
