#!/usr/bin/env bash
# A small but realistic plift set-up: two programmes, each in its own folder
# with its own plift.toml and plift.db, each holding about a year of work.
#
#   produktionslyftet/       the Swedish programme, configured by
#                            examples/produktionslyftet.toml: four companies,
#                            one of which has completed and one withdrawn
#   produktivitetsspranget/  the Norwegian programme: the five companies of the
#                            2019 pilot in Innlandet, re-run here as a 2026 cohort
#
# For every company: its steering group, the coach's visits every other week
# in phases 1 and 2, the pulse meetings, Lean-course participants, key figures
# (KPIs) from a phase-1 baseline on and Lean status assessments; per programme
# two joint gatherings and a seminar with a guest company.
#
# Three things are wrong on purpose, as they would be in a real programme,
# so that `plift check` has something to say (and exits 1):
#   produktionslyftet       norrlands-traindustri-ab  visit-overdue
#                           (the coach's visits stopped at the end of September)
#   produktivitetsspranget  partner-plast-as          steering-incomplete
#                           (no union member in the steering group)
#                           bussbygg-as               phase-overdue
#                           (still in phase 1 past its planned end)
# tests/examples/run_examples.sh checks that these, and only these, are found.
#
# Run it in an empty folder with `plift` on PATH (scripts/demo does that).
# Organisation numbers are made up (with valid check digits), people's names
# are invented and e-mail addresses use the reserved .example domain, so
# nothing reaches anybody.
set -euo pipefail

# plift takes $PLIFT_TODAY as today. Default it to 2026-11-16, a Monday in ISO
# week 47: every date below is on or before it. A later day shows the
# programmes as they would stand then; an earlier one makes plift refuse the
# events that would lie in the future.
export PLIFT_TODAY="${PLIFT_TODAY:-2026-11-16}"

command -v plift >/dev/null || { echo "sample-programme.sh: plift is not on PATH" >&2; exit 1; }
examples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# ---------------------------------------------------------------------------
# Helpers. Checklist ticks, visits, pulse meetings and key figures are many;
# keep their confirmations quiet.

tick() { plift -q phase check "$@"; }
pulse() { plift -q pulse log "$@"; }

# Dates in plain bash, so that no GNU date is needed: a day number counts the
# days since 1970-01-01 (a Thursday).
day_number() { # YYYY-MM-DD
  local y=$((10#${1:0:4})) m=$((10#${1:5:2})) d=$((10#${1:8:2})) era yoe doy
  if ((m <= 2)); then y=$((y - 1)); fi
  era=$((y / 400)) # whole 400-year cycles
  yoe=$((y % 400))
  doy=$(((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1))
  echo $((era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468))
}
date_of() { # DAY-NUMBER
  local z=$(($1 + 719468)) era doe yoe y doy mp m
  era=$((z / 146097))
  doe=$((z % 146097))
  yoe=$(((doe - doe / 1460 + doe / 36524 - doe / 146096) / 365))
  y=$((era * 400 + yoe))
  doy=$((doe - (365 * yoe + yoe / 4 - yoe / 100)))
  mp=$(((5 * doy + 2) / 153))
  m=$((mp < 10 ? mp + 3 : mp - 9))
  if ((m <= 2)); then y=$((y + 1)); fi
  printf '%04d-%02d-%02d\n' "$y" "$m" "$((doy - (153 * mp + 2) / 5 + 1))"
}
iso_week() { # DAY-NUMBER: the ISO week number, that of the week's Thursday
  local thursday=$(($1 - ($1 + 3) % 7 + 3)) year
  year="$(date_of "$thursday")"
  echo $(((thursday - $(day_number "${year:0:4}-01-01")) / 7 + 1))
}

# The holiday weeks of the programme in the current folder, from its plift.toml
# (read after `plift init`): coaching pauses in them.
read_holiday_weeks() {
  holiday_weeks="$(plift config show --format csv |
    sed -n 's/^program\.holiday_weeks,"\[\(.*\)\]".*/\1/p' | tr -d ,)"
}
in_holiday_week() { # DAY-NUMBER
  local week w
  week="$(iso_week "$1")"
  for w in $holiday_weeks; do
    if [ "$w" -eq "$week" ]; then return 0; fi
  done
  return 1
}
# fortnightly FROM UNTIL: FROM and every 14th day after it up to UNTIL,
# leaving out the days in holiday weeks.
fortnightly() {
  local n end
  n="$(day_number "$1")"
  end="$(day_number "$2")"
  while ((n <= end)); do
    in_holiday_week "$n" || date_of "$n"
    n=$((n + 14))
  done
}

# visits KEY FROM UNTIL [PILOT-START]: the coach's visits every other week
# from FROM up to UNTIL, on the work of phase 1 (before PILOT-START, or all
# of them without it) or of phase 2: notes from $vision_notes and
# $pilot_notes. Every third visit is remote.
visits() {
  local key=$1 pilot_start=${4:-9999-12-31} day i=0 v=0 p=0 mode note
  for day in $(fortnightly "$2" "$3"); do
    mode=onsite
    if ((i % 3 == 2)); then mode=remote; fi
    if [[ "$day" < "$pilot_start" ]]; then
      note="${vision_notes[v % ${#vision_notes[@]}]}"; v=$((v + 1))
    else
      note="${pilot_notes[p % ${#pilot_notes[@]}]}"; p=$((p + 1))
    fi
    plift -q visit log "$key" --date "$day" --mode "$mode" --note "$note"
    i=$((i + 1))
  done
}

# pulse_rhythm KEY FROM UNTIL: the ordinary pulse meetings, every other
# Monday, between the noteworthy ones logged with `pulse`. Each keeps the
# status of the latest meeting before it; a day that has one is left alone.
pulse_rhythm() {
  local key=$1 day last status
  for day in $(fortnightly "$2" "$3"); do
    last="$(plift pulse list "$key" --until "$day" --format csv | sed 1d | tail -n 1 | cut -d, -f3,4)"
    if [ "${last%,*}" = "$day" ]; then continue; fi
    status="${last#*,}"
    status="${status:-green}"
    case "$status" in
      green) note="$routine_green" ;;
      yellow) note="$routine_yellow" ;;
      *) note="$routine_red" ;;
    esac
    pulse "$key" --status "$status" --date "$day" --note "$note"
  done
}

# steering_group KEY: the members from stdin, one a line: role, name.
steering_group() {
  local role name
  while read -r role name; do
    case "$role" in '' | '#'*) continue ;; esac
    plift -q steering add "$1" --role "$role" --person "$name" </dev/null
  done
}

# lean_course KEY: the course participants from stdin, one a line: role,
# enrolled, completed, dropped ('-' for not), name.
lean_course() {
  local role enrolled completed dropped name
  while read -r role enrolled completed dropped name; do
    case "$role" in '' | '#'*) continue ;; esac
    plift -q training enroll "$1" --person "$name" --role "$role" --date "$enrolled" </dev/null
    if [ "$completed" != - ]; then plift -q training complete "$1" --person "$name" --date "$completed" </dev/null; fi
    if [ "$dropped" != - ]; then plift -q training drop "$1" --person "$name" --date "$dropped" </dev/null; fi
  done
}

# key_figures KEY: from stdin, one line per day measured: the day, then the
# values of the KPIs in $kpis ('-' for one not measured; a decimal comma is
# fine).
kpis=(delivery-precision lead-time productivity scrap sick-leave)
key_figures() {
  local day values value i
  while read -r day values; do
    case "$day" in '' | '#'*) continue ;; esac
    i=0
    for value in $values; do
      if [ "$value" != - ]; then plift -q kpi record "$1" "${kpis[i]}" "$value" --date "$day" </dev/null; fi
      i=$((i + 1))
    done
  done
}

# lean_status KEY: the Lean status assessments from stdin, one a line: the
# day, then a score (1..5) for each dimension in $dimensions.
dimensions=(leadership customer-focus flow standardised-work visual-management continuous-improvement employee-involvement)
lean_status() {
  local day scores score i args
  while read -r day scores; do
    case "$day" in '' | '#'*) continue ;; esac
    args=()
    i=0
    for score in $scores; do
      args+=("${dimensions[i]}=$score")
      i=$((i + 1))
    done
    plift -q assess "$1" --date "$day" "${args[@]}" </dev/null
  done
}

# ---------------------------------------------------------------------------
echo "== Produktionslyftet =="
mkdir -p produktionslyftet
cd produktionslyftet
# The example config (the produktionslyftet template); init keeps it and
# creates the database it names.
cp "$examples/produktionslyftet.toml" plift.toml
plift init --template produktionslyftet
read_holiday_weeks # 28-31 (the industrial summer holiday), 52, 53 and 1

vision_notes=(
  "Uppstart med ledningen: utmaningar, ambitioner och nyckeltal"
  "Kundbehov: intervjuguide och urval av kunder"
  "Gemba walk och kartläggning av Lean-status"
  "Pulstavlan: struktur, mötesrytm och roller"
  "Medarbetarenkäten: svaren gås igenom med styrgruppen"
  "Workshop om vägledande principer"
)
pilot_notes=(
  "Värdeflödeskartläggning i pilotområdet"
  "5S i pilotområdet tillsammans med operatörerna"
  "Omställningar: SMED-workshop och filmning av ställen"
  "Standardiserat arbete: instruktionerna skrivs av dem som gör jobbet"
  "Förbättringstavlan: förslagsflöde och uppföljning"
  "Nyckeltalen i piloten följs upp med styrgruppen"
  "Problemlösning med A3 på ett återkommande kvalitetsfel"
)
routine_green="Ordinarie pulsmöte; tavlan uppdaterad, inga avvikelser"
routine_yellow="Ordinarie pulsmöte; avvikelserna följs upp till nästa möte"
routine_red="Ordinarie pulsmöte; åtgärderna från förra mötet står still"

echo "-- coaches"
plift coach add anna-bergstrom --name "Anna Bergström" --org RISE \
  --email anna.bergstrom@rise.example --region "Västsverige"
plift coach add jorgen-hakansson --name "Jörgen Håkansson" --org "IUC Norrland" \
  --email jorgen.hakansson@iuc.example --region "Övre Norrland"

echo "-- companies"
plift company add "Åkerlunds Plåt & Smide AB" --region "Mellersta Norrland" --sector "plåt och smide" \
  --employees 48 --start 2025-03-03 --org-number 556412-3874 --coach jorgen-hakansson
plift company add "Norrlands Träindustri AB" --region "Övre Norrland" --sector "trä" \
  --employees 132 --start 2026-02-02 --org-number 556078-2145 --coach jorgen-hakansson
plift company add "Söderberg Precision AB" --region "Västsverige" --sector "skärande bearbetning" \
  --employees 64 --start 2026-09-14 --org-number 559031-5627 --coach anna-bergstrom
plift company add "Ljungdahls Gjuteri AB" --region "Småland med öarna" --sector "gjuteri" \
  --employees 27 --start 2026-03-02 --org-number 556593-1408 --coach anna-bergstrom

# Steering groups, the course and the gatherings come first: once a company
# has completed or withdrawn, plift accepts nothing more for it.
echo "-- steering groups: management, union and an employee"
steering_group akerlunds-plat-smide-ab <<'END'
management  Mikael Åkerlund
management  Helena Öberg
union       Göran Nyström
employee    Sofia Lindqvist
END
steering_group norrlands-traindustri-ab <<'END'
management  Lars-Erik Holmström
union       Anneli Öhman
employee    Jonas Bäckström
END
steering_group soderberg-precision-ab <<'END'
management  Karin Söderberg
union       Rasmus Ekström
employee    Linnéa Åberg
END
steering_group ljungdahls-gjuteri-ab <<'END'
management  Bengt Ljungdahl
union       Märta Persson
employee    Tomas Järvinen
END

echo "-- the Lean course (7,5 hp)"
# One participant dropped out: Elin Råberg left Norrlands Träindustri in May;
# Niklas Öhrn took her place in the autumn.
lean_course akerlunds-plat-smide-ab <<'END'
# role     enrolled    completed   dropped     name
employee   2025-04-07  2025-12-12  -           Sofia Lindqvist
manager    2025-04-07  2025-12-12  -           Helena Öberg
employee   2025-08-25  2026-01-16  -           Patrik Sundén
END
lean_course norrlands-traindustri-ab <<'END'
employee   2026-03-16  2026-10-23  -           Jonas Bäckström
manager    2026-03-16  -           2026-05-29  Elin Råberg
employee   2026-08-24  -           -           Niklas Öhrn
END
lean_course soderberg-precision-ab <<'END'
employee   2026-10-05  -           -           Linnéa Åberg
union      2026-10-05  -           -           Rasmus Ekström
END
lean_course ljungdahls-gjuteri-ab <<'END'
union      2026-03-23  -           -           Märta Persson
employee   2026-03-23  -           -           Tomas Järvinen
END

echo "-- gatherings and a seminar"
plift gathering add traff-2026-var --title "Gemensam träff 1: Flöde och ledarskap" \
  --date 2026-04-22 --location "Scandic Sundsvall City, Sundsvall"
plift -q gathering attend traff-2026-var akerlunds-plat-smide-ab --people 3
plift -q gathering attend traff-2026-var norrlands-traindustri-ab --people 4
plift -q gathering attend traff-2026-var ljungdahls-gjuteri-ab --people 2
plift gathering add seminarium-2026-ledarskap --kind seminar \
  --title "Seminarium: Ledarskap i förbättringsarbetet" --date 2026-09-23 --location "Jönköping University"
plift -q gathering attend seminarium-2026-ledarskap norrlands-traindustri-ab --people 2
plift -q gathering attend seminarium-2026-ledarskap soderberg-precision-ab --people 2
plift -q gathering attend seminarium-2026-ledarskap "Värnamo Svets & Montage AB" --people 3
plift -q gathering attend seminarium-2026-ledarskap --people 14 # students and local businesses
plift gathering add traff-2026-host --title "Gemensam träff 2: Standardiserat arbete och förbättringstavlor" \
  --date 2026-10-14 --location "Söderberg Precision, Borås"
plift -q gathering attend traff-2026-host norrlands-traindustri-ab --people 3
plift -q gathering attend traff-2026-host soderberg-precision-ab --people 5

echo "-- Åkerlunds Plåt & Smide: the whole journey, completed"
k=akerlunds-plat-smide-ab
tick $k challenges --date 2025-03-14
tick $k customer-needs --date 2025-03-28
tick $k employee-attitudes --date 2025-04-04
tick $k lean-status --date 2025-04-11
tick $k pulse-rhythm --date 2025-04-11
tick $k guiding-principles --date 2025-04-30
tick $k organise-phase-2 --date 2025-05-08
pulse $k --status yellow --date 2025-04-14 --note "Pulstavlan uppe i svetsen; målen är ännu oklara för skiftlaget"
pulse $k --status green --date 2025-04-28 --note "Ledningsgruppen enig om vägledande principer"
plift phase advance $k --date 2025-05-12
tick $k pilot-areas --date 2025-05-23
pulse $k --status green --date 2025-06-09 --note "Piloten i kantpressen igång; 5S i förrådet klart"
pulse $k --status red --date 2025-09-01 --note "Två nyckelpersoner sjukskrivna efter semestern; förbättringstavlan står still"
pulse $k --status yellow --date 2025-09-15 --note "Åter i takt; omställningstiden i kantpressen ner från 40 till 25 minuter"
tick $k improvement-tools --date 2026-01-23
plift phase advance $k --date 2026-02-02
pulse $k --status green --date 2026-03-02 --note "Pulsmöten i alla tre lagen, även på kvällsskiftet"
tick $k anchoring --date 2026-08-28
pulse_rhythm $k 2025-03-10 2026-08-31
visits $k 2025-03-04 2026-02-01 2025-05-12 # phases 1 and 2
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2025-04-11  82                  21         540           4,2    6,8
2025-10-31  86                  17         565           3,6    7,4
2026-01-30  91                  14         590           3,0    6,1
2026-08-28  94                  11         620           2,4    5,3
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2025-04-11  2           2         1     1         2       1            2
2026-01-30  3           3         3     2         4       3            3
2026-08-28  4           3         3     3         4       4            4
END
plift phase advance $k --date 2026-09-07

echo "-- Norrlands Träindustri: moved on to the pilot with open items"
k=norrlands-traindustri-ab
tick $k challenges --date 2026-02-13
tick $k lean-status --date 2026-03-06
tick $k pulse-rhythm --date 2026-03-06
tick $k organise-phase-2 --date 2026-04-10
pulse $k --status yellow --date 2026-02-23 --note "Sågverket och hyvleriet har olika bild av flaskhalsen"
pulse $k --status yellow --date 2026-03-09 --note "Kundenkäten skjuts upp till efter bokslutet"
pulse $k --status green --date 2026-03-23 --note "Pulstavla vid torkarna; första förbättringsförslagen från golvet"
plift phase advance $k --date 2026-04-20 --force \
  --reason "Kund- och medarbetarenkäten görs i pilotfasen; styrgruppen beslutade 2026-04-15"
tick $k pilot-areas --date 2026-05-08
pulse $k --status green --date 2026-05-18 --note "Pilot i justerverket: flödeskartläggning klar"
pulse $k --status yellow --date 2026-08-24 --note "Uppstarten efter semestern seg; ny arbetsledare på kvällsskiftet"
pulse $k --status green --date 2026-09-07 --note "Ställtiden på hyvellinje 2 halverad"
pulse $k --status yellow --date 2026-10-05 --note "Coachen föräldraledig sedan oktober; ingen ersättare utsedd än"
pulse $k --status green --date 2026-10-19 --note "Standardiserat arbetssätt för kvalitetskontroll, även på kvällsskiftet"
pulse $k --status green --date 2026-11-02 --note "Styrgruppen vill ta pilotens arbetssätt till sågen"
pulse_rhythm $k 2026-02-09 2026-11-16
# Deliberate breach (visit-overdue): Jörgen Håkansson's visits stop after
# 2026-09-29, when his parental leave began; no other coach has been
# assigned, so `plift check` finds the next visit overdue since late October.
visits $k 2026-02-03 2026-09-29 2026-04-20
# Sick leave gets worse: the evening shift has been short-handed since the
# summer.
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-03-06  88                  28         455           6,5    4,9
2026-06-26  90                  25         470           5,8    5,6
2026-10-30  93                  21         490           5,1    6,7
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-03-06  2           1         2     1         1       1            2
2026-10-30  3           2         3     3         3       2            3
END

echo "-- Söderberg Precision: in its first weeks"
k=soderberg-precision-ab
tick $k challenges --date 2026-09-25
tick $k pulse-rhythm --date 2026-10-02
tick $k lean-status --date 2026-10-16
pulse $k --status green --date 2026-10-05 --note "Första pulsmötet vid fleroperationsmaskinerna; bra stämning"
pulse $k --status yellow --date 2026-10-19 --note "Leveransprecisionen 78 %; kundundersökningen är inte påbörjad"
pulse $k --status yellow --date 2026-11-02 --note "Medarbetarenkäten ute; svarsfrekvensen hittills 40 %"
pulse $k --status green --date 2026-11-16 --note "Ägarna ställer upp på de vägledande principerna"
pulse_rhythm $k 2026-09-21 2026-11-16
visits $k 2026-09-15 2026-11-16
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-10-16  78                  19         610           2,8    4,1
2026-11-13  81                  -          -             -      -
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-10-16  2           2         2     2         1       1            2
END

echo "-- Ljungdahls Gjuteri: withdrawn"
k=ljungdahls-gjuteri-ab
tick $k challenges --date 2026-03-20
tick $k pulse-rhythm --date 2026-04-03
pulse $k --status yellow --date 2026-03-16 --note "Gjuteriet går för fullt; svårt att frigöra tid till möten"
pulse $k --status red --date 2026-04-13 --note "Pulsmötet inställt två gånger; ägarfrågan oklar"
pulse $k --status red --date 2026-05-11 --note "Företaget är till salu; ledningen pausar förändringsarbetet"
visits $k 2026-03-03 2026-05-26
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-03-20  71                  35         380           7,9    8,2
END
plift company withdraw $k --date 2026-06-12 \
  --reason "Ägarbyte: nya ägarna vill vänta med förändringsarbetet till 2027"

cd ..

# ---------------------------------------------------------------------------
echo
echo "== Produktivitetsspranget =="
mkdir -p produktivitetsspranget
cd produktivitetsspranget
plift init --template produktivitetsspranget
read_holiday_weeks # 28-30 (fellesferien), 52, 53 and 1

vision_notes=(
  "Oppstart med ledelsen: utfordringer, ambisjoner og nøkkeltall"
  "Kundebehov: intervjuguide og utvalg av kunder"
  "Gemba walk og kartlegging av Lean-status"
  "Pulstavla: struktur, møterytme og roller"
  "Medarbeiderundersøkelsen: svarene gjennomgås med styringsgruppen"
  "Workshop om styrende prinsipper"
)
pilot_notes=(
  "Verdistrømskartlegging i pilotområdet"
  "5S i pilotområdet sammen med operatørene"
  "Omstillinger: SMED-workshop og filming av omstillingene"
  "Standardisert arbeid: instruksene skrives av dem som gjør jobben"
  "Forbedringstavla: forslagsflyt og oppfølging"
  "Nøkkeltallene i piloten følges opp med styringsgruppen"
  "Problemløsning med A3 på en gjentakende kvalitetsfeil"
)
routine_green="Ordinært pulsmøte; tavla oppdatert, ingen avvik"
routine_yellow="Ordinært pulsmøte; avvikene følges opp til neste møte"
routine_red="Ordinært pulsmøte; tiltakene fra forrige møte står stille"

echo "-- coaches"
plift coach add kari-nordhagen --name "Kari Nordhagen" --org SINTEF \
  --email kari.nordhagen@sintef.example --region Innlandet
plift coach add oystein-bjornstad --name "Øystein Bjørnstad" --org Kiwa \
  --email oystein.bjornstad@kiwa.example --region Innlandet

echo "-- companies (the 2019 pilot, as a 2026 cohort)"
plift company add "Dokka Fasteners AS" --region Innlandet --sector "festemidler" \
  --employees 112 --start 2026-01-19 --org-number 916345720 --coach kari-nordhagen
plift company add "Brødrene Midthaug AS" --region Innlandet --sector "mekanisk industri" \
  --employees 58 --start 2026-01-19 --org-number 987451203 --coach kari-nordhagen
plift company add "Furnes Jernstøperi AS" --region Innlandet --sector "støperi" \
  --employees 46 --start 2026-02-16 --org-number 971328657 --coach oystein-bjornstad
plift company add "Partner Plast AS" --region Innlandet --sector "plast" \
  --employees 39 --start 2026-03-02 --org-number 945187301 --coach oystein-bjornstad
plift company add "Bussbygg AS" --region Innlandet --sector "karosseri og kjøretøy" \
  --employees 71 --start 2026-08-31 --org-number 988123463 --coach kari-nordhagen

echo "-- steering groups: management, union and an employee"
steering_group dokka-fasteners-as <<'END'
management  Trond Hagebakken
union       Hilde Sørbråten
employee    Ole Kristian Lien
END
steering_group brodrene-midthaug-as <<'END'
management  Eirik Midthaug
union       Åse Grøndahl
employee    Jørn Haugli
END
steering_group furnes-jernstoperi-as <<'END'
management  Bjørg Løvlien
union       Pål Engebråten
employee    Stian Røste
END
# Deliberate breach (steering-incomplete): Partner Plast has no union club,
# and its employees have yet to elect a representative to the steering group.
steering_group partner-plast-as <<'END'
management  Marit Skjærli
management  Kjetil Bøe
employee    Ingrid Sæther
END
steering_group bussbygg-as <<'END'
management  Geir Ødegård
union       Tone Fjellstad
employee    Håkon Bråten
END

echo "-- the Lean course (7,5 studiepoeng)"
# One participant dropped out: Lise Bakkehaug left Furnes Jernstøperi in
# April; Rune Dæhlen, the quality engineer, enrolled in the autumn.
lean_course dokka-fasteners-as <<'END'
# role     enrolled    completed   dropped     name
employee   2026-02-02  2026-06-19  -           Ole Kristian Lien
manager    2026-02-02  2026-06-19  -           Mette Nordby
employee   2026-08-24  -           -           Sindre Kværne
END
lean_course brodrene-midthaug-as <<'END'
employee   2026-02-09  2026-06-19  -           Jørn Haugli
union      2026-02-09  -           -           Åse Grøndahl
END
lean_course furnes-jernstoperi-as <<'END'
employee   2026-03-02  -           2026-04-24  Lise Bakkehaug
employee   2026-03-02  2026-06-19  -           Stian Røste
other      2026-08-24  -           -           Rune Dæhlen
END
lean_course partner-plast-as <<'END'
employee   2026-03-16  -           -           Ingrid Sæther
manager    2026-03-16  -           -           Kjetil Bøe
END
lean_course bussbygg-as <<'END'
employee   2026-09-07  -           -           Håkon Bråten
union      2026-09-07  -           -           Tone Fjellstad
END

echo "-- gatherings and a seminar"
plift gathering add samling-2026-mars --title "Samling 1: Felles bilde og drivkraft" \
  --date 2026-03-11 --location "Quality Hotel Strand, Gjøvik"
plift -q gathering attend samling-2026-mars dokka-fasteners-as --people 4
plift -q gathering attend samling-2026-mars brodrene-midthaug-as --people 3
plift -q gathering attend samling-2026-mars furnes-jernstoperi-as --people 3
plift -q gathering attend samling-2026-mars partner-plast-as --people 2
plift gathering add seminar-2026-medvirkning --kind seminar \
  --title "Lean-seminar: Ledelse og medvirkning" --date 2026-06-10 --location "Høgskolen i Innlandet, Lillehammer"
plift -q gathering attend seminar-2026-medvirkning dokka-fasteners-as --people 2
plift -q gathering attend seminar-2026-medvirkning furnes-jernstoperi-as --people 1
plift -q gathering attend seminar-2026-medvirkning partner-plast-as --people 2
plift -q gathering attend seminar-2026-medvirkning "Vestre Toten Presisjon AS" --people 2
plift -q gathering attend seminar-2026-medvirkning --people 15 # students and the county's business office
plift gathering add samling-2026-oktober --title "Samling 2: Piloter og forbedringsverktøy" \
  --date 2026-10-07 --location "Raufoss Industripark"
plift -q gathering attend samling-2026-oktober dokka-fasteners-as --people 3
plift -q gathering attend samling-2026-oktober brodrene-midthaug-as --people 2
plift -q gathering attend samling-2026-oktober furnes-jernstoperi-as --people 3
plift -q gathering attend samling-2026-oktober partner-plast-as --people 2
plift -q gathering attend samling-2026-oktober bussbygg-as --people 2

vision_items=(challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2)

echo "-- Dokka Fasteners: ahead of plan, now in the line organisation"
k=dokka-fasteners-as
days=(2026-01-30 2026-02-06 2026-02-13 2026-02-20 2026-02-20 2026-03-13 2026-03-20)
for i in "${!vision_items[@]}"; do tick $k "${vision_items[$i]}" --date "${days[$i]}"; done
pulse $k --status green --date 2026-02-02 --note "Pulstavle i gjengevalseriet; gode diskusjoner"
pulse $k --status yellow --date 2026-02-16 --note "Kundene vil ha kortere ledetid på spesialbolter"
pulse $k --status green --date 2026-03-02 --note "Styringsgruppen med tillitsvalgte på plass"
plift phase advance $k --date 2026-03-30
tick $k pilot-areas --date 2026-04-17
pulse $k --status green --date 2026-05-04 --note "Pilot i herdeavdelingen: verdistrømskart ferdig"
pulse $k --status yellow --date 2026-08-17 --note "Tregt etter fellesferien; to nyansatte på opplæring"
pulse $k --status green --date 2026-09-14 --note "Omstillingstiden i presse 4 redusert fra 90 til 35 minutter"
tick $k improvement-tools --date 2026-10-30
plift phase advance $k --date 2026-11-09
pulse $k --status green --date 2026-11-16 --note "Forbedringstavler også i pakking og ekspedisjon"
pulse_rhythm $k 2026-01-26 2026-11-16
visits $k 2026-01-20 2026-11-08 2026-03-30 # phases 1 and 2; none in the line organisation
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-02-13  84                  16         720           1,9    5,2
2026-05-29  88                  13         745           1,7    4,8
2026-09-25  92                  10         790           1,4    4,5
2026-11-13  94                  9          805           1,3    4,6
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-02-20  2           2         2     1         2       2            2
2026-10-30  4           3         4     3         4       3            3
END

echo "-- Brødrene Midthaug: in the pilot"
k=brodrene-midthaug-as
days=(2026-02-02 2026-02-13 2026-02-27 2026-03-06 2026-02-20 2026-03-20 2026-03-31)
for i in "${!vision_items[@]}"; do tick $k "${vision_items[$i]}" --date "${days[$i]}"; done
pulse $k --status yellow --date 2026-02-09 --note "Sveiseavdelingen skeptisk; må få se resultater først"
pulse $k --status green --date 2026-03-09 --note "Felles bilde av utfordringene; lønnsomhet og leveringspresisjon"
plift phase advance $k --date 2026-04-06
tick $k pilot-areas --date 2026-04-24
pulse $k --status green --date 2026-05-18 --note "5S i sveisecella; verktøytavler montert"
pulse $k --status red --date 2026-09-21 --note "Stor ordre fra Sverige; forbedringsarbeidet prioriteres ned"
pulse $k --status yellow --date 2026-10-05 --note "Tilbake i rytmen, men piloten er tre uker på etterskudd"
pulse $k --status green --date 2026-11-02 --note "Tavlemøter hver morgen kl. 07.15 i sveisecella"
pulse_rhythm $k 2026-01-26 2026-11-16
visits $k 2026-01-21 2026-11-16 2026-04-06
# Delivery precision gets worse: the big order from Sweden in September
# took the capacity.
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-02-27  87                  24         640           3,4    6,0
2026-06-19  91                  21         665           3,0    5,5
2026-10-30  82                  23         690           2,9    5,8
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-03-06  2           2         1     1         1       1            1
2026-10-30  3           2         2     2         3       2            2
END

echo "-- Furnes Jernstøperi: to the pilot before the customer survey"
k=furnes-jernstoperi-as
tick $k challenges --date 2026-02-27
tick $k employee-attitudes --date 2026-03-13
tick $k lean-status --date 2026-03-20
tick $k pulse-rhythm --date 2026-03-20
tick $k guiding-principles --date 2026-04-17
tick $k organise-phase-2 --date 2026-04-24
pulse $k --status yellow --date 2026-03-02 --note "Ovn 2 står; mye brannslukking i støperiet"
pulse $k --status green --date 2026-03-30 --note "Formeriet har startet egne pulsmøter"
plift phase advance $k --date 2026-05-04 --force \
  --reason "Kundeundersøkelsen tas etter ovnsrenoveringen; styringsgruppen godkjente overgangen 2026-04-28"
tick $k pilot-areas --date 2026-05-22
pulse $k --status green --date 2026-06-01 --note "Pilot i rensehallen: mindre omarbeid på kumlokk"
pulse $k --status yellow --date 2026-09-28 --note "Kassasjonen opp igjen etter ny sandleverandør"
pulse $k --status green --date 2026-11-09 --note "Kassasjonen nede i 3,1 %; målet for året nådd"
pulse_rhythm $k 2026-02-23 2026-11-16
visits $k 2026-02-17 2026-11-16 2026-05-04
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-03-20  79                  30         560           4,8    7,5
2026-06-26  83                  27         585           3,6    7,1
2026-10-02  84                  26         590           5,4    6,9
2026-11-09  86                  25         600           3,1    6,6
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-03-20  1           2         1     1         2       1            2
2026-10-23  3           2         2     2         3       3            3
END

echo "-- Partner Plast: in the pilot"
k=partner-plast-as
days=(2026-03-13 2026-03-27 2026-04-03 2026-04-10 2026-03-20 2026-04-30 2026-05-08)
for i in "${!vision_items[@]}"; do tick $k "${vision_items[$i]}" --date "${days[$i]}"; done
pulse $k --status green --date 2026-03-16 --note "Sprøytestøping og montasje samlet rundt én tavle"
pulse $k --status yellow --date 2026-04-13 --note "Få svar på medarbeiderundersøkelsen fra nattskiftet"
plift phase advance $k --date 2026-05-18
tick $k pilot-areas --date 2026-06-05
pulse $k --status green --date 2026-06-15 --note "Verktøybytte på maskin 7 ned fra 2 timer til 50 minutter"
pulse $k --status green --date 2026-10-26 --note "Piloten i montasjen viser 12 % høyere produktivitet"
pulse_rhythm $k 2026-03-09 2026-11-16
visits $k 2026-03-04 2026-11-16 2026-05-18
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-04-10  90                  12         590           2,2    3,8
2026-10-23  93                  9          661           1,8    3,6
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-04-10  2           3         2     2         2       1            2
2026-10-23  3           3         3     3         3       2            2
END

echo "-- Bussbygg: in its first phase, past the planned end"
# Deliberate breach (phase-overdue): phase 1 was planned to end on
# 2026-11-08, but the customer survey and the guiding principles are open.
k=bussbygg-as
tick $k challenges --date 2026-09-11
tick $k pulse-rhythm --date 2026-09-25
tick $k lean-status --date 2026-10-09
tick $k employee-attitudes --date 2026-10-23
pulse $k --status green --date 2026-09-14 --note "Oppstartsmøte med ledelse og tillitsvalgte; stor interesse"
pulse $k --status yellow --date 2026-10-12 --note "Karosseriverkstedet mangler folk; møtene blir korte"
pulse $k --status yellow --date 2026-11-09 --note "Kundeintervjuer med to fylkeskommuner avtalt i uke 48"
pulse_rhythm $k 2026-09-07 2026-11-16
visits $k 2026-09-01 2026-11-16
key_figures $k <<'END'
# day       delivery-precision  lead-time  productivity  scrap  sick-leave
2026-10-09  76                  45         480           -      6,3
END
lean_status $k <<'END'
# day       leadership  customer  flow  std-work  visual  improvement  involvement
2026-10-09  2           2         1     1         1       1            2
END

cd ..
echo
echo "Done: produktionslyftet/ and produktivitetsspranget/ each hold a plift.toml and a plift.db."
echo "In either folder, 'plift check' lists the rule breaches planted on purpose (and exits 1)."
