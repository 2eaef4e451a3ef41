#!/usr/bin/env bash
# A small but realistic plift set-up: two programmes, each in its own folder
# with its own plift.toml and plift.db.
#
#   produktionslyftet/       the Swedish programme, configured by
#                            examples/produktionslyftet.toml: four companies,
#                            one of which has completed and one withdrawn
#   produktivitetsspranget/  the Norwegian programme: the five companies of the
#                            2019 pilot in Innlandet, re-run here as a 2026 cohort
#
# Run it in an empty folder with `plift` on PATH (scripts/demo does that).
# Organisation numbers are made up (with valid check digits) and e-mail
# addresses use the reserved .example domain, so nothing reaches anybody.
set -euo pipefail

# plift takes $PLIFT_TODAY as today. Default it to 2026-11-16, a Monday in ISO
# week 47: every date below is on or before it. A later day shows the
# programmes as they would stand then; an earlier one makes plift refuse the
# events that would lie in the future.
export PLIFT_TODAY="${PLIFT_TODAY:-2026-11-16}"

command -v plift >/dev/null || { echo "sample-programme.sh: plift is not on PATH" >&2; exit 1; }
examples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Checklist ticks and pulse meetings are many; keep their confirmations quiet.
tick() { plift -q phase check "$@"; }
pulse() { plift -q pulse log "$@"; }

echo "== Produktionslyftet =="
mkdir -p produktionslyftet
cd produktionslyftet
# The example config (the produktionslyftet template); init keeps it and
# creates the database it names.
cp "$examples/produktionslyftet.toml" plift.toml
plift init --template produktionslyftet

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
pulse $k --status green --date 2026-10-19 --note "Standardiserat arbetssätt för kvalitetskontroll, även på kvällsskiftet"
pulse $k --status green --date 2026-11-02 --note "Styrgruppen vill ta pilotens arbetssätt till sågen"

echo "-- Söderberg Precision: in its first weeks"
k=soderberg-precision-ab
tick $k challenges --date 2026-09-25
tick $k pulse-rhythm --date 2026-10-02
tick $k lean-status --date 2026-10-16
pulse $k --status green --date 2026-10-05 --note "Första pulsmötet vid fleroperationsmaskinerna; bra stämning"
pulse $k --status yellow --date 2026-10-19 --note "Leveransprecisionen 78 %; kundundersökningen är inte påbörjad"
pulse $k --status yellow --date 2026-11-02 --note "Medarbetarenkäten ute; svarsfrekvensen hittills 40 %"
pulse $k --status green --date 2026-11-16 --note "Ägarna ställer upp på de vägledande principerna"

echo "-- Ljungdahls Gjuteri: withdrawn"
k=ljungdahls-gjuteri-ab
tick $k challenges --date 2026-03-20
tick $k pulse-rhythm --date 2026-04-03
pulse $k --status yellow --date 2026-03-16 --note "Gjuteriet går för fullt; svårt att frigöra tid till möten"
pulse $k --status red --date 2026-04-13 --note "Pulsmötet inställt två gånger; ägarfrågan oklar"
pulse $k --status red --date 2026-05-11 --note "Företaget är till salu; ledningen pausar förändringsarbetet"
plift company withdraw $k --date 2026-06-12 \
  --reason "Ägarbyte: nya ägarna vill vänta med förändringsarbetet till 2027"

cd ..

echo
echo "== Produktivitetsspranget =="
mkdir -p produktivitetsspranget
cd produktivitetsspranget
plift init --template produktivitetsspranget

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

echo "-- Bussbygg: in its first phase, past the planned end"
k=bussbygg-as
tick $k challenges --date 2026-09-11
tick $k pulse-rhythm --date 2026-09-25
tick $k lean-status --date 2026-10-09
tick $k employee-attitudes --date 2026-10-23
pulse $k --status green --date 2026-09-14 --note "Oppstartsmøte med ledelse og tillitsvalgte; stor interesse"
pulse $k --status yellow --date 2026-10-12 --note "Karosseriverkstedet mangler folk; møtene blir korte"
pulse $k --status yellow --date 2026-11-09 --note "Kundeintervjuer med to fylkeskommuner avtalt i uke 48"

cd ..
echo
echo "Done: produktionslyftet/ and produktivitetsspranget/ each hold a plift.toml and a plift.db."
