#!/usr/bin/env bash
# Opens the quarterly and the company HTML reports in headless Chromium,
# offline: each page must render its SVG charts without a console message,
# keep the hostile company name as text and give a screenshot the size of an
# A4 page (out.png, company.png). Exits 77, which ctest reports as skipped,
# when chromium is not installed.
# Usage: browser_check.sh PLIFT [KEEP_DIR]
set -euo pipefail
plift=$(realpath "$1")
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 77
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
# More of the company's journey for its own report (after the quarterly, which stays as it was).
for d in 2026-01-19 2026-02-16 2026-10-12 2026-11-09; do "$plift" -q visit log hostile --date "$d"; done
"$plift" -q pulse log hostile --status green --date 2026-02-02
"$plift" -q pulse log hostile --status red --date 2026-11-02 --note '<img src=x onerror=alert(2)>'
"$plift" -q kpi record hostile lead-time 7.5 --date 2026-11-01
"$plift" -q kpi record hostile delivery-precision 82 --date 2026-01-20
"$plift" -q kpi record hostile delivery-precision 91.5 --date 2026-10-01
"$plift" -q steering add hostile --person "Kari Nord" --role management
"$plift" -q training enroll hostile --person "Ola Fag" --role union --date 2026-02-01
"$plift" -q assess hostile --date 2026-01-20 leadership=2 customer-focus=3 flow=1 standardised-work=2 visual-management=1 continuous-improvement=2 employee-involvement=2
"$plift" -q assess hostile --date 2026-10-20 leadership=3 customer-focus=4 flow=3 standardised-work=3 visual-management=4 continuous-improvement=3 employee-involvement=3
"$plift" -q report company hostile --format html -o company.html

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile")
"$browser" "${flags[@]}" --dump-dom "file://$work/q.html" > dom.html 2> chromium.log
"$browser" "${flags[@]}" --screenshot="$work/out.png" --window-size=1240,1754 "file://$work/q.html" >> chromium.log 2>&1
# --enable-logging shows the page's console on stderr; a page without scripts has nothing to say.
"$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$work/company.html" > company-dom.html \
  2> company-chromium.log
"$browser" "${flags[@]}" --screenshot="$work/company.png" --window-size=1240,1754 "file://$work/company.html" \
  >> company-chromium.log 2>&1

fail() { echo "FAIL: $*"; exit 1; }
for id in timeline visits pulse kpis; do
  grep -q "<svg[^>]*id=\"$id\"" dom.html || fail "chart '$id' is missing from the rendered page"
done
# The hostile name stays text: the browser built no script element from it.
! grep -q '<script' dom.html || fail "a <script> element exists in the rendered page"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Co"' dom.html || fail "the hostile name is not shown as text"
# A PNG's width and height, big-endian at bytes 16-23.
check_a4_screenshot() {
  [[ -s $1 ]] || fail "no screenshot $1"
  local size w1 w2 w3 w4 h1 h2 h3 h4
  size=$(od -An -tu1 -j16 -N8 "$1" | tr -s ' ' | sed 's/^ //')
  read -r w1 w2 w3 w4 h1 h2 h3 h4 <<<"$size"
  width=$(( (w1 << 24) | (w2 << 16) | (w3 << 8) | w4 ))
  height=$(( (h1 << 24) | (h2 << 16) | (h3 << 8) | h4 ))
  [[ $width -eq 1240 && $height -eq 1754 ]] || fail "screenshot $1 is ${width}x${height}, not 1240x1754"
}
check_a4_screenshot out.png
echo "ok: 4 charts rendered, hostile name escaped, screenshot ${width}x${height}"

# The company report: the journey, visits and pulse charts and a trend line per key figure.
for id in journey visits pulse; do
  grep -q "<svg[^>]*id=\"$id\"" company-dom.html || fail "company chart '$id' is missing from the rendered page"
done
sparks=$(grep -o '<svg class="spark"' company-dom.html | wc -l)
[[ $sparks -eq 2 ]] || fail "the company page shows $sparks trend lines, not 2"
! grep -q '<script\|<img' company-dom.html || fail "a <script> or <img> element exists in the rendered company page"
grep -q '<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "Co": journey report</h1>' company-dom.html ||
  fail "the hostile name is not shown as text on the company page"
! grep -q 'CONSOLE' company-chromium.log || fail "console messages: $(grep CONSOLE company-chromium.log)"
check_a4_screenshot company.png
echo "ok: company report with 3 charts and $sparks trend lines rendered, no console message, screenshot ${width}x${height}"
