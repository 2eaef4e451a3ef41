# plift report quarterly --format html: one self-contained page for the board.
# Today is 2026-11-16; 2026Q3 is reported as it stood on 2026-09-30.

$ plift init -q
$ plift -q coach add eva --name "Eva Lind" --org RISE
eva
$ plift -q company add '<script>alert(1)</script> & "Co"' --key hostile --region Innlandet --sector wood --employees 80 --start 2026-01-05 --coach eva
hostile
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2; do plift -q phase check hostile $item --date 2026-03-02; done
$ plift -q phase advance hostile --date 2026-03-16
$ for d in 2026-08-10 2026-08-24; do plift -q visit log hostile --date $d; done
$ plift -q pulse log hostile --status yellow --date 2026-09-20
$ plift -q kpi record hostile lead-time 10 --date 2026-01-20
$ plift -q kpi record hostile lead-time 8 --date 2026-09-01
$ plift -q company add "Bussbygg AS" --key bussbygg --region Viken --sector metal --employees 40 --start 2026-08-03
bussbygg
$ plift -q pulse log bussbygg --status green --date 2026-09-10

# The page, to a file (mode 0600) and on stdout: the same bytes, twice.

$ plift report quarterly --quarter 2026Q3 --format html -o q.html
wrote q.html
$ stat -c %a q.html
600
$ plift report quarterly --quarter 2026Q3 --format html > again.html
$ cmp q.html again.html
$ head -c 15 q.html; echo
<!DOCTYPE html>
$ tail -1 q.html
</html>

# The hostile name appears only escaped: no <script> anywhere in the page.

$ grep -c '<script' q.html
0
[1]
$ grep -o '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;' q.html | sort | uniq -c | sed 's/^ *//'
11 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;
$ grep -c 'alert(1)</script>' q.html
0
[1]

# Nothing is fetched: the only "http" is the SVG namespace.

$ grep -o 'http[^"]*' q.html | sort | uniq -c | sed 's/^ *//'
4 http://www.w3.org/2000/svg
$ grep -Eic '<link|<img|<iframe|@import|url\(' q.html
0
[1]

# The four charts, each with a title, and the print rules for A4.

$ grep -o '<svg [^>]*id="[a-z]*"' q.html | grep -o 'id="[a-z]*"'
id="timeline"
id="visits"
id="pulse"
id="kpis"
$ grep -o '<title' q.html | wc -l
49
$ grep -o '@page { size: A4; margin: 15mm; }' q.html
@page { size: A4; margin: 15mm; }

# In Swedish.

$ plift report quarterly --quarter 2026Q3 --format html --lang sv | grep -o '<html lang="sv">\|<h1>[^<]*</h1>'
<html lang="sv">
<h1>Kvartalsrapport 2026Q3: Lean production programme</h1>

# An unknown format names html among the choices.

$ plift report quarterly --format pdf
! plift: error: unknown --format 'pdf' for report quarterly: use md, json, csv or html
[64]
