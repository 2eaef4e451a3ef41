#!/usr/bin/env python3
"""Generate a deterministic, realistic Produktionslyftet programme for plift.

Three output modes describe the same programme (same seed, same data):

  --mode commands   a POSIX shell script of plift commands (init, coach add,
                    gathering add and attend, company add, steering add,
                    phase check, pulse log, visit log, training enroll,
                    complete and drop, kpi record, assess, phase advance,
                    company withdraw). Everything goes through plift's own
                    validation; slow for big N (one process per command).
  --mode sql        one SQL transaction in plift's schema
                    (src/store/migrations/00*.sql) to load with
                    `sqlite3 plift.db < file.sql` into a database that
                    `plift init --template produktionslyftet` created.
                    Seconds for 10,000 companies.
  --mode import     -o DIR: one CSV file per `plift import` entity (coaches,
                    companies, phases, checklist, pulses, visits, training,
                    gatherings, attendance, steering, kpis, assessments) with
                    its import columns, and manifest.csv: the files in the
                    order to import them (each after those its rows name)
                    with their row counts. `plift import` of each file in
                    that order into a database that `plift init --template
                    produktionslyftet` created gives --mode sql's rows.

Tables filled: coach, company, phase_history, checklist_tick, pulse (all from
migration 001) and the journey records of migration 002: visit, training,
gathering, attendance, steering_member, kpi_value and assessment_score (leave
them out with --no-visits for a plift older than migration 002). Gatherings
and every company's records from its steering group on use random streams of
their own, so adding them left the coach to visit tables as they were.

All modes follow plift's rules: planned phase ends skip the holidays
(start + 7*weeks - 1 day, plus 7 days per holiday week inside the span and
a day per Easter day, Maundy Thursday to Easter Monday, outside them,
repeated while the span grows), advancing closes a phase on the day the next
one starts, completing sets company.completed, withdrawing closes the open
phase, and every event date lies within the journey and not after --today.
Steering groups and the course are changed only while a company is active
(in the script: before it completes or withdraws), a joint gathering is
attended only by its region's companies in the programme that day, and only
gatherings that have taken place have attendance.
bench/verify.sh checks that the three modes give identical databases.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import re
import shlex
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

# --- the produktionslyftet template (src/config/templates.cpp) ---------------

HOLIDAY_WEEKS = frozenset({28, 29, 30, 31, 52, 53, 1})

REGIONS = [  # name, weight (roughly manufacturing employment)
    ("Stockholm", 9),
    ("Östra Mellansverige", 16),
    ("Småland med öarna", 15),
    ("Sydsverige", 13),
    ("Västsverige", 20),
    ("Norra Mellansverige", 12),
    ("Mellersta Norrland", 6),
    ("Övre Norrland", 9),
]

PHASES = [  # key, coaching weeks, checklist item keys, coach visit every N weeks (0: none)
    ("vision", 10, ["challenges", "customer-needs", "employee-attitudes", "lean-status",
                    "pulse-rhythm", "guiding-principles", "organise-phase-2"], 2),
    ("pilot", 32, ["pilot-areas", "improvement-tools"], 2),
    ("line", 26, ["anchoring"], 0),
]

# --- names -------------------------------------------------------------------

FIRST_NAMES = [
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kristina", "Emma", "Ingrid", "Malin",
    "Johanna", "Sofia", "Helena", "Linnea", "Åsa", "Märta", "Elin", "Ida", "Cecilia", "Annika",
    "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Mikael", "Jan", "Magnus",
    "Nils", "Björn", "Göran", "Håkan", "Mats", "Stefan", "Ulf", "Jörgen", "Fredrik", "Oskar",
]
SURNAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
    "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
    "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist",
    "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist",
    "Claesson", "Nordström", "Mårtensson", "Lundström", "Ali", "Viklund", "Björklund",
    "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg",
    "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström",
]
PLACES = [
    "Gnosjö", "Anderstorp", "Värnamo", "Ljungby", "Älmhult", "Växjö", "Tranås", "Nässjö",
    "Eksjö", "Vetlanda", "Jönköping", "Huskvarna", "Skillingaryd", "Vaggeryd", "Gislaved",
    "Smålandsstenar", "Oskarshamn", "Västervik", "Kalmar", "Nybro", "Emmaboda", "Karlskrona",
    "Ronneby", "Olofström", "Hässleholm", "Osby", "Ystad", "Trelleborg", "Landskrona",
    "Helsingborg", "Ängelholm", "Halmstad", "Falkenberg", "Varberg", "Kungsbacka", "Borås",
    "Ulricehamn", "Alingsås", "Lerum", "Trollhättan", "Vänersborg", "Uddevalla", "Lidköping",
    "Skara", "Skövde", "Falköping", "Tidaholm", "Mariestad", "Hjo", "Töreboda", "Mölnlycke",
    "Karlstad", "Kristinehamn", "Arvika", "Säffle", "Hagfors", "Filipstad", "Degerfors",
    "Karlskoga", "Örebro", "Hallsberg", "Lindesberg", "Köping", "Arboga", "Västerås", "Sala",
    "Fagersta", "Norberg", "Eskilstuna", "Katrineholm", "Flen", "Nyköping", "Oxelösund",
    "Norrköping", "Finspång", "Motala", "Linköping", "Mjölby", "Uppsala", "Enköping",
    "Östhammar", "Tierp", "Gävle", "Sandviken", "Hofors", "Bollnäs", "Söderhamn", "Hudiksvall",
    "Ljusdal", "Falun", "Borlänge", "Ludvika", "Avesta", "Hedemora", "Mora", "Leksand",
    "Sundsvall", "Timrå", "Härnösand", "Kramfors", "Sollefteå", "Örnsköldsvik", "Östersund",
    "Åre", "Umeå", "Skellefteå", "Lycksele", "Piteå", "Luleå", "Boden", "Kalix", "Kiruna",
    "Gällivare", "Haparanda", "Södertälje", "Norrtälje", "Järfälla", "Botkyrka", "Nacka",
]
TRADES = [  # name part, sector
    ("Mekaniska Verkstad", "metal"), ("Mekaniska", "metal"), ("Verkstad", "metal"),
    ("Gjuteri", "metal"), ("Svets", "metal"), ("Plåt", "metal"), ("Smide", "metal"),
    ("Precision", "metal"), ("Bearbetning", "metal"), ("Industri", "metal"),
    ("Plast", "plastics"), ("Plastteknik", "plastics"), ("Formsprutning", "plastics"),
    ("Gummi", "plastics"), ("Komposit", "plastics"),
    ("Trä", "wood"), ("Träindustri", "wood"), ("Snickeri", "wood"), ("Möbler", "wood"),
    ("Hus", "wood"), ("Trappor", "wood"),
    ("Livsmedel", "food"), ("Bageri", "food"), ("Chark", "food"), ("Mejeri", "food"),
    ("Elektronik", "electronics"), ("Elektro", "electronics"), ("Kabel", "electronics"),
    ("Automation", "electronics"),
    ("Tryckeri", "printing"), ("Förpackning", "packaging"), ("Kartong", "packaging"),
    ("Textil", "textiles"), ("Väveri", "textiles"),
    ("Hydraulik", "machinery"), ("Maskin", "machinery"), ("Lyftteknik", "machinery"),
    ("Transmission", "machinery"), ("Pump", "machinery"),
    ("Betong", "building materials"), ("Glas", "building materials"), ("Fönster", "building materials"),
    ("Kemi", "chemicals"), ("Färg", "chemicals"), ("Lack", "chemicals"),
]
INVENTED = ["Nord", "Scandi", "Sven", "Polar", "Fjäll", "Berg", "Älv", "Sjö", "Norr", "Väst",
            "Syd", "Öst", "Mälar", "Vätter", "Vänern", "Kust", "Skog", "Järn", "Stål", "Ek"]
INVENTED_TAILS = ["tec", "form", "tech", "produkt", "plan", "line", "pro", "flex", "matic",
                  "cast", "weld", "pack", "trä", "plast", "metall", "komponent", "system"]

COACH_ORGS = ["RISE", "IUC Syd", "IUC Väst", "IUC Norr", "IUC Dalarna", "IUC Sjuhärad",
              "IUC Z-Group", "Chalmers Industriteknik", "Produktionslyftet", "Swerea IVF",
              "Teknikföretagen", "Lean Forum"]
ORG_DOMAINS = {"RISE": "ri.se", "Chalmers Industriteknik": "chalmersindustriteknik.se",
               "Produktionslyftet": "produktionslyftet.se", "Swerea IVF": "swerea.se",
               "Teknikföretagen": "teknikforetagen.se", "Lean Forum": "leanforum.se"}

PULSE_NOTES = [
    "Bra fart i piloten", "Leveransproblem från underleverantör", "Hög sjukfrånvaro i monteringen",
    "5S klart i svetsen", "Ledningen engagerad, pulsmötet sitter", "Brist på tid för förbättringsarbete",
    "Semesterplanering tar fokus", "Ny produktionschef på plats", "Flödeskartläggning genomförd",
    "Orderingången har ökat kraftigt", "Varsel i produktionen", "Pulstavlan flyttad till golvet",
    "Kundens \"nya\" krav på ledtid", "Fackets representant saknades", "Ställtiden halverad i pressen",
    "Svårt att få med kvällsskiftet", "Förbättringsförslag: 14 nya, 9 genomförda",
    "Coachen på plats; bra diskussion om standardiserat arbete", "Materialbrist, köper från Polen",
    "Leveransprecisionen upp till 94 %", "Inget möte förra veckan p.g.a. inventering",
    "Oklart vem som äger pulsmötet", "Kassationen ökar i lackeringen", "VD:s 'vision 2030' presenterad",
]
WITHDRAW_REASONS = [
    "Konkurs", "Ägarbyte; den nya ledningen prioriterar annat", "Brist på resurser och tid",
    "Orderras och varsel", "Produktionen flyttas utomlands", "Uppköpt av en koncern med eget Lean-program",
    "VD slutade, ingen drivande kraft kvar", "Brand i fabriken", "Pandemin: korttidsarbete",
]
FORCE_REASONS = [
    "Kundundersökningen blir klar först efter semestern; styrgruppen beslöt att gå vidare",
    "Styrgruppen beslöt att gå vidare, punkten följs upp i nästa fas",
    "Medarbetarenkäten försenad p.g.a. omorganisation",
    "Piloten fortsätter parallellt med linjefasen",
]
VISIT_NOTES = [
    "Genomgång av pulstavlan", "Workshop om flödeskartläggning", "Styrgruppsmöte", "5S-runda i verkstaden",
    "Uppföljning av förbättringsförslag", "Coachning av produktionsledare", "Avvikelsehantering",
    "Planering av nästa fas", "Teams-möte; VD sjuk", "Standardiserat arbete i monteringen",
]
SEMINAR_GUESTS = [
    "Almi Företagspartner", "Tillväxtverket", "Vinnova", "Region Jönköpings län", "Region Västerbotten",
    "Jönköping University", "Högskolan i Skövde", "Luleå tekniska universitet", "Teknikcollege",
    "IF Metall", "Unionen", "Svenskt Näringsliv", "Business Sweden", "Stålbyggnadsinstitutet",
    "Industriarbetsgivarna", "Kommunens näringslivskontor",
]
KPI_MODEL = [  # key, baseline range, spread of the change over the journey, decimals, better
    ("delivery-precision", (62.0, 94.0), (-0.04, 0.14), 1, "higher"),
    ("lead-time", (4.0, 45.0), (-0.05, 0.35), 1, "lower"),
    ("productivity", (420.0, 980.0), (-0.03, 0.22), 0, "higher"),
    ("scrap", (0.6, 7.5), (-0.10, 0.45), 2, "lower"),
    ("sick-leave", (2.0, 8.5), (-0.15, 0.25), 1, "lower"),
]
ASSESSMENT_DIMENSIONS = ["leadership", "customer-focus", "flow", "standardised-work", "visual-management",
                         "continuous-improvement", "employee-involvement"]
SEASONS = ["vintern", "våren", "sommaren", "hösten"]

# --- plift's rules -----------------------------------------------------------


def iso_week(d: dt.date) -> int:
    return d.isocalendar()[1]


def holiday_weeks_touching(start: dt.date, end: dt.date) -> int:
    if end < start:
        return 0
    count = 0
    monday = start - dt.timedelta(days=start.isoweekday() - 1)
    while monday <= end:
        if iso_week(monday) in HOLIDAY_WEEKS:
            count += 1
        monday += dt.timedelta(days=7)
    return count


def easter_sunday(year: int) -> dt.date:
    """The Gregorian computus (src/core/date.cpp easter_sunday())."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def is_holiday_day(d: dt.date) -> bool:
    """HOLIDAYS = ["easter"]: Maundy Thursday to Easter Monday."""
    sunday = easter_sunday(d.year)
    return sunday - dt.timedelta(days=3) <= d <= sunday + dt.timedelta(days=1)


def holiday_days_outside_weeks(start: dt.date, end: dt.date) -> int:
    count = 0
    d = start
    while d <= end:
        if is_holiday_day(d) and iso_week(d) not in HOLIDAY_WEEKS:
            count += 1
        d += dt.timedelta(days=1)
    return count


def planned_end(start: dt.date, weeks: int) -> dt.date:
    """src/core/date.cpp planned_end(): each holiday week touched adds a week
    and each holiday day outside them a day, until nothing more is added."""
    base = start + dt.timedelta(days=7 * weeks - 1)
    end = base
    while True:
        nxt = base + dt.timedelta(days=7 * holiday_weeks_touching(start, end)
                                  + holiday_days_outside_weeks(start, end))
        if nxt == end:
            return end
        end = nxt


def in_holiday(d: dt.date) -> bool:
    return iso_week(d) in HOLIDAY_WEEKS or is_holiday_day(d)


def derive_key(name: str) -> str:
    """The key rule from PRODUCT.md (å/ä→a, ö/ø→o, æ→ae, é→e, ü→u, …)."""
    out = []
    for ch in name.lower():
        ch = {"æ": "ae", "ø": "o", "ß": "ss"}.get(ch, ch)
        ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(ch)
    text = "".join(out)
    key, dash = [], False
    for ch in text:
        if ch.isascii() and ch.isalnum():
            key.append(ch)
            dash = False
        elif not dash:
            key.append("-")
            dash = True
    return "".join(key).strip("-")


def fmt(d: dt.date) -> str:
    return d.isoformat()


# --- the model -----------------------------------------------------------------


@dataclass
class Coach:
    key: str
    name: str
    org: str
    email: str | None
    region: str


@dataclass
class Phase:
    key: str
    started: dt.date
    planned_end: dt.date
    ended: dt.date | None = None
    forced_reason: str | None = None


@dataclass
class Company:
    key: str
    name: str
    org_number: str | None
    region: str
    sector: str
    employees: int
    start: dt.date
    coach: str | None
    completed: dt.date | None = None
    withdrawn: dt.date | None = None
    withdraw_reason: str | None = None
    phases: list[Phase] = field(default_factory=list)
    # (date, order, kind, payload): order sorts same-day events: ticks and
    # pulses before an advance, an advance before a withdrawal.
    events: list[tuple] = field(default_factory=list)


@dataclass
class Gathering:
    key: str
    title: str
    date: dt.date
    location: str
    kind: str  # joint (one region's companies) or seminar (national, guests welcome)
    region: str | None
    # who came from outside the programme: (guest name or None for a head count, people)
    others: list[tuple] = field(default_factory=list)


def luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


class Generator:
    def __init__(self, seed: int, companies: int, today: dt.date, last_cohort: dt.date,
                 cohorts: int, coaches: int, visits: bool = True):
        self.rng = random.Random(seed)
        self.seed = seed
        self.visits = visits  # and the other journey records of migration 002
        self.n = companies
        self.today = today
        self.last_cohort = last_cohort
        self.n_cohorts = cohorts
        self.n_coaches = coaches
        self.coaches: list[Coach] = []
        self.companies: list[Company] = []
        self.gatherings: list[Gathering] = []

    # -- helpers
    def weekday_on_or_after(self, d: dt.date) -> dt.date:
        while d.isoweekday() > 5:
            d += dt.timedelta(days=1)
        return d

    def pick_region(self) -> str:
        names = [r for r, _ in REGIONS]
        weights = [w for _, w in REGIONS]
        return self.rng.choices(names, weights)[0]

    # -- coaches
    def make_coaches(self) -> None:
        used = set()
        regions = [r for r, _ in REGIONS]
        for i in range(self.n_coaches):
            # every region gets coaches; the rest follow the region weights
            region = regions[i] if i < len(regions) else self.pick_region()
            while True:
                first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
                key = derive_key(f"{first} {last}")
                if key not in used:
                    break
                key = f"{key}-{i}"
                if key not in used:
                    break
            used.add(key)
            org = self.rng.choice(COACH_ORGS)
            domain = ORG_DOMAINS.get(org, derive_key(org).replace("-", "") + ".se")
            local = derive_key(f"{first}.{last}").replace("-", ".")
            email = None if self.rng.random() < 0.05 else f"{local}@{domain}"
            self.coaches.append(Coach(key, f"{first} {last}", org, email, region))

    # -- companies
    def company_name(self) -> tuple[str, str]:
        r = self.rng.random()
        trade, sector = self.rng.choice(TRADES)
        if r < 0.35:
            name = f"{self.rng.choice(SURNAMES)}s {trade}"
        elif r < 0.70:
            name = f"{self.rng.choice(PLACES)} {trade}"
        elif r < 0.80:
            name = f"{self.rng.choice(SURNAMES)} & {self.rng.choice(SURNAMES)} {trade}"
        elif r < 0.92:
            name = f"{self.rng.choice(INVENTED)}{self.rng.choice(INVENTED_TAILS)} {trade}"
        else:
            name = f"{self.rng.choice(PLACES)} {self.rng.choice(SURNAMES)}s {trade}"
        suffix = self.rng.choices([" AB", " Aktiebolag", " i Sverige AB", " & Co AB", " HB"],
                                  [85, 4, 3, 5, 3])[0]
        return name + suffix, sector

    def make_companies(self) -> None:
        names, keys, org_numbers = set(), set(), set()
        by_region: dict[str, list[str]] = {}
        for c in self.coaches:
            by_region.setdefault(c.region, []).append(c.key)
        self.coaches_by_region = by_region
        # cohorts every 13 weeks, the last one on --last-cohort
        cohorts = [self.last_cohort - dt.timedelta(weeks=13 * k) for k in range(self.n_cohorts)]
        cohorts.reverse()
        for i in range(self.n):
            while True:
                name, sector = self.company_name()
                key = derive_key(name)
                if name not in names and key not in keys:
                    break
            names.add(name)
            keys.add(key)
            org_number = None
            if self.rng.random() >= 0.04:
                while True:
                    digits = "556" + f"{self.rng.randrange(10**6):06d}"
                    number = f"{digits[:6]}-{digits[6:]}{luhn_digit(digits)}"
                    if number not in org_numbers:
                        break
                org_numbers.add(number)
            region = self.pick_region()
            employees = int(min(1200, max(15, self.rng.lognormvariate(4.1, 0.8))))
            cohort = cohorts[i * len(cohorts) // self.n]
            start = self.weekday_on_or_after(cohort + dt.timedelta(days=self.rng.randrange(12)))
            coach = None if self.rng.random() < 0.02 else self.rng.choice(by_region[region])
            company = Company(key, name, org_number, region, sector, employees, start, coach)
            self.simulate(company)
            if self.visits:
                self.add_journey_records(company)
            self.companies.append(company)

    def simulate(self, c: Company) -> None:
        rng, today = self.rng, self.today
        day = dt.timedelta(days=1)
        # ~8 % withdraw, somewhere in the journey (only journeys that began)
        withdraw_at = None
        if c.start < today - dt.timedelta(days=21) and rng.random() < 0.088:
            journey = (planned_end(c.start, 68 + 4) - c.start).days
            withdraw_at = c.start + dt.timedelta(days=rng.randrange(14, journey))
            withdraw_at = self.weekday_on_or_after(withdraw_at)
            if withdraw_at > today:
                withdraw_at = None  # still with us
        stop = min(d for d in (today, withdraw_at) if d is not None)  # last day anything happens

        started = c.start
        for index, (phase_key, weeks, items, _) in enumerate(PHASES):
            phase = Phase(phase_key, started, planned_end(started, weeks))
            c.phases.append(phase)
            if started > today:  # planned company: enrolled, nothing happened yet
                return
            # when it leaves: mostly a little late, sometimes early, sometimes much later
            slip = int(rng.choice([rng.gauss(10, 14), rng.gauss(10, 14), rng.gauss(45, 30)]))
            leave = self.weekday_on_or_after(max(started + 21 * day, phase.planned_end + (1 + slip) * day))
            forced = rng.random() < 0.06
            last = min(leave - day, stop)  # last day of work inside this phase
            # checklist: items get done spread over the phase
            span = max(1, (leave - started).days - 1)
            if leave <= stop:
                n_done = len(items) - (rng.randint(1, min(2, len(items))) if forced else 0)
            else:
                elapsed = (stop - started).days / span
                n_done = min(len(items), int(len(items) * elapsed * rng.uniform(0.6, 1.3)))
                forced = False
            for item in items[:n_done] if rng.random() < 0.7 else rng.sample(items, n_done):
                d = started + dt.timedelta(days=rng.randrange(span))
                if d > last:
                    d = last
                c.events.append((d, 0, "tick", (phase_key, item)))
            if leave > stop:  # still in this phase (or withdrew in it)
                break
            reason = rng.choice(FORCE_REASONS) if forced else None
            c.events.append((leave, 2, "advance", reason))
            phase.ended = leave
            phase.forced_reason = reason
            started = leave
            if index == len(PHASES) - 1:
                c.completed = leave
        end = c.completed or stop
        if withdraw_at is not None and c.completed is None:
            c.withdrawn = withdraw_at
            c.withdraw_reason = rng.choice(WITHDRAW_REASONS)
            c.events.append((withdraw_at, 3, "withdraw", c.withdraw_reason))
            for phase in c.phases:
                if phase.ended is None:
                    phase.ended = max(withdraw_at, phase.started)
        # coach visits: every other week in the phases that have them, none in
        # holiday weeks; now and then remote, missed or by a stand-in coach
        for phase, (_, _, _, every) in zip(c.phases, PHASES):
            if not every or not self.visits:
                continue
            last_day = min(phase.ended or end, end)
            d = self.weekday_on_or_after(phase.started + dt.timedelta(days=rng.randrange(2, 9)))
            while d <= last_day:
                if not in_holiday(d) and rng.random() > 0.06:
                    coach = c.coach
                    if rng.random() < 0.04:
                        coach = rng.choice(self.coaches_by_region[c.region])
                    mode = "remote" if rng.random() < 0.3 else "onsite"
                    note = rng.choice(VISIT_NOTES) if rng.random() < 0.15 else None
                    c.events.append((d, 1, "visit", (coach, mode, note)))
                d = self.weekday_on_or_after(d + dt.timedelta(days=7 * every + rng.choice([-2, -1, 0, 0, 1, 2])))
        # pulse meetings: weekly to fortnightly, none in holiday weeks
        cadence = rng.choice([7, 7, 7, 10, 14, 14])
        mood = 0  # 0 green, 1 yellow, 2 red; sticky
        d = c.start + dt.timedelta(days=rng.randrange(5, 15))
        while d <= end:
            if not in_holiday(d):
                r = rng.random()
                if r < 0.12:
                    mood = min(2, mood + 1)
                elif r < 0.40:
                    mood = max(0, mood - 1)
                status = ("green", "yellow", "red")[mood]
                note = rng.choice(PULSE_NOTES) if rng.random() < (0.2 if mood == 0 else 0.6) else None
                c.events.append((d, 1, "pulse", (status, note)))
            step = cadence + rng.choice([-1, 0, 0, 0, 1])
            if rng.random() < 0.05:
                step += 7  # a missed meeting
            d += dt.timedelta(days=max(3, step))
        c.events.sort(key=lambda e: (e[0], e[1]))

    # -- gatherings: a joint one per region and quarter, two national seminars a year
    def make_gatherings(self) -> None:
        rng = random.Random(f"gatherings/{self.seed}")
        first = self.last_cohort - dt.timedelta(weeks=13 * (self.n_cohorts - 1))
        # from the first cohort's quarter to the one after today's (those still ahead are planned)
        year, quarter = first.year, (first.month - 1) // 3 + 1
        last_year, last_quarter = self.today.year, (self.today.month - 1) // 3 + 2
        if last_quarter > 4:
            last_year, last_quarter = last_year + 1, 1

        def day_in(start: dt.date, lo: int, hi: int) -> dt.date:
            d = self.weekday_on_or_after(start + dt.timedelta(days=rng.randrange(lo, hi)))
            while in_holiday(d):
                d = self.weekday_on_or_after(d + dt.timedelta(days=7))
            return d

        while (year, quarter) <= (last_year, last_quarter):
            quarter_start = dt.date(year, 3 * quarter - 2, 1)
            for region, _ in REGIONS:
                self.gatherings.append(Gathering(
                    f"{derive_key(region)}-{year}-q{quarter}", f"Nätverksträff {region}, {SEASONS[quarter - 1]} {year}",
                    day_in(quarter_start, 30, 75), rng.choice(PLACES), "joint", region))
            if quarter in (1, 4):
                name = "Lean-dagen" if quarter == 1 else "Höstseminariet"
                seminar = Gathering(derive_key(f"{name} {year}"), f"{name} {year}", day_in(quarter_start, 40, 70),
                                    rng.choice(["Stockholm", "Göteborg", "Jönköping", "Malmö", "Västerås"]),
                                    "seminar", None)
                if seminar.date <= self.today:
                    for guest in rng.sample(SEMINAR_GUESTS, rng.randint(2, 6)):
                        seminar.others.append((guest, rng.randint(1, 4)))
                    if rng.random() < 0.5:
                        seminar.others.append((None, rng.randint(5, 40)))
                self.gatherings.append(seminar)
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        self.gatherings.sort(key=lambda g: (g.date, g.key))

    # -- steering group, course participants, gatherings attended, key figures, assessments
    def add_journey_records(self, c: Company) -> None:
        if c.start > self.today:
            return  # planned: nothing recorded yet
        # A stream of its own, so the tables of migration 001 stay as they were.
        rng = random.Random(f"records/{self.seed}/{c.key}")
        last = c.completed or c.withdrawn or self.today  # the journey's last day so far
        day = dt.timedelta(days=1)
        events = []

        def person(taken: set) -> str:
            while True:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
                if name not in taken:
                    taken.add(name)
                    return name

        # steering group, set up at the start: now and then without union or management
        members: set = set()
        roles = ["management"] * rng.choices([0, 1, 2], [3, 62, 35])[0]
        roles += ["union"] * (rng.random() < 0.9)
        roles += ["employee"] * rng.choices([0, 1, 2], [30, 50, 20])[0]
        for role in roles:
            events.append((c.start, -1, "steering", (person(members), role)))

        # Lean-course participants: enrolled in the first months; most complete, some drop out
        participants: set = set()
        for _ in range(rng.choices([0, 1, 2, 3, 4], [4, 12, 44, 30, 10])[0]):
            enrolled = c.start + rng.randrange(20, 160) * day
            if enrolled > last:
                continue
            name = person(participants)
            role = rng.choices(["employee", "manager", "union", "other"], [62, 25, 8, 5])[0]
            events.append((enrolled, 1, "enroll", (name, role)))
            r = rng.random()
            if r < 0.1:
                dropped = enrolled + rng.randrange(14, 120) * day
                if dropped <= last:
                    events.append((dropped, 1, "drop", name))
            elif r < 0.85:
                completed = enrolled + rng.randrange(120, 270) * day
                if completed > last and last < self.today:
                    completed = last  # finished with the journey
                if completed <= last:
                    events.append((completed, 1, "complete", name))

        # joint gatherings of its region and national seminars while it was in the programme
        for g in self.gatherings:
            if g.date < c.start or g.date > last or g.date > self.today:
                continue
            if g.kind == "joint" and g.region == c.region and rng.random() < 0.75:
                events.append((g.date, 1, "attend", (g.key, rng.randint(1, 5))))
            elif g.kind == "seminar" and rng.random() < 0.12:
                events.append((g.date, 1, "attend", (g.key, rng.randint(1, 3))))

        # key figures: a baseline of each, then a few every quarter, and the last day's on completion
        if rng.random() < 0.9:
            kpis = KPI_MODEL if rng.random() < 0.85 else rng.sample(KPI_MODEL, rng.randint(2, 4))
            journey = max(1, (planned_end(c.start, sum(p[1] for p in PHASES)) - c.start).days)
            shape = {k[0]: (rng.uniform(*k[1]), rng.uniform(*k[2])) for k in kpis}

            def value(kpi, when: dt.date) -> float:
                key, _, _, decimals, better = kpi
                base, change = shape[key]
                progress = min(1.2, (when - c.start).days / journey)
                v = base * (1 + (change if better == "higher" else -change) * progress)
                v *= 1 + rng.gauss(0, 0.03)
                if key == "delivery-precision":
                    v = min(v, 99.9)
                return round(max(v, 0.1), decimals) if decimals else float(round(v))

            d = c.start + rng.randrange(7, 35) * day
            recorded = set()
            while d <= last:
                for kpi in kpis:
                    if not recorded or rng.random() < 0.7:
                        events.append((d, 1, "kpi", (kpi[0], value(kpi, d))))
                        recorded.add((kpi[0], d))
                d = self.weekday_on_or_after(d + rng.randrange(80, 100) * day)
            if c.completed and recorded:
                for kpi in kpis:
                    if (kpi[0], c.completed) not in recorded:
                        events.append((c.completed, 1, "kpi", (kpi[0], value(kpi, c.completed))))

        # Lean status: a baseline in the vision phase, again as the pilot ends and on completion
        if rng.random() < 0.88:
            scores = {dim: rng.choices([1, 2, 3, 4], [20, 45, 28, 7])[0] for dim in ASSESSMENT_DIMENSIONS}
            d = c.start + rng.randrange(14, 60) * day
            later = []
            if len(c.phases) > 1 and c.phases[1].ended and rng.random() < 0.75:
                later.append(c.phases[1].ended - rng.randrange(0, 14) * day)
            if c.completed and rng.random() < 0.65:
                later.append(c.completed - rng.randrange(0, 10) * day)
            previous = None
            for when in [d] + later:
                if when > last or (previous and when <= previous):
                    continue
                if previous:
                    scores = {dim: max(1, min(5, s + rng.choices([-1, 0, 1, 2], [8, 40, 40, 12])[0]))
                              for dim, s in scores.items()}
                events.append((when, 1, "assess", tuple(sorted(scores.items()))))
                previous = when

        c.events.extend(events)
        c.events.sort(key=lambda e: (e[0], e[1]))

    def run(self) -> None:
        self.make_coaches()
        if self.visits:
            self.make_gatherings()
        self.make_companies()


# --- the programme's rows --------------------------------------------------------


@dataclass
class Table:
    """One table of plift's schema as the programme fills it."""
    name: str  # the table (src/store/migrations/)
    entity: str  # what `plift import` calls its records
    columns: tuple  # the table's columns, as --mode sql inserts them
    rows: Callable[[], Iterator[tuple]]  # its rows, in the order the commands script inserts them


def programme_tables(gen: Generator) -> list[Table]:
    """Every row of the programme, table by table: the one source of the sql
    and import modes. Within a table the rows come in the order the commands
    script records them, so the ids (pulse, visit, attendance, assessment) agree
    between all three modes."""
    companies = gen.companies

    def events(kind: str) -> Iterator[tuple]:
        for c in companies:
            for d, _, k, payload in c.events:
                if k == kind:
                    yield c, d, payload

    def attendance() -> Iterator[tuple]:
        # the commands script's order: the guests with their seminar, then company by company
        for g in gen.gatherings:
            for guest, people in g.others:
                yield (g.key, None, guest, people)
        for c, _, (gathering, people) in events("attend"):
            yield (gathering, c.key, None, people)

    def participants() -> Iterator[tuple]:
        for c in companies:
            seen = {}  # person -> [role, enrolled, completed, dropped]
            for d, _, kind, payload in c.events:
                if kind == "enroll":
                    seen[payload[0]] = [payload[1], d, None, None]
                elif kind == "complete":
                    seen[payload][2] = d
                elif kind == "drop":
                    seen[payload][3] = d
            for person, (role, enrolled, completed, dropped) in seen.items():
                yield (c.key, person, role, enrolled, completed, dropped)

    def assessment_scores() -> Iterator[tuple]:
        for number, (c, d, scores) in enumerate(events("assess"), 1):
            for dimension, score in scores:
                yield (number, c.key, d, dimension, score)

    tables = [
        Table("coach", "coaches", ("key", "name", "organisation", "email", "region"),
              lambda: ((c.key, c.name, c.org, c.email, c.region) for c in gen.coaches)),
        Table("company", "companies",
              ("key", "name", "org_number", "region", "sector", "employees", "start", "coach", "completed",
               "withdrawn", "withdraw_reason"),
              lambda: ((c.key, c.name, c.org_number, c.region, c.sector, c.employees, c.start, c.coach,
                        c.completed, c.withdrawn, c.withdraw_reason) for c in companies)),
        Table("phase_history", "phases",
              ("company", "seq", "phase", "started", "ended", "planned_end", "forced_reason"),
              lambda: ((c.key, seq, p.key, p.started, p.ended, p.planned_end, p.forced_reason)
                       for c in companies for seq, p in enumerate(c.phases, 1))),
        Table("checklist_tick", "checklist", ("company", "phase", "item", "date"),
              lambda: ((c.key, phase, item, d) for c, d, (phase, item) in events("tick"))),
        Table("pulse", "pulses", ("company", "date", "status", "note"),
              lambda: ((c.key, d, status, note) for c, d, (status, note) in events("pulse"))),
        Table("visit", "visits", ("company", "date", "coach", "mode", "note"),
              lambda: ((c.key, d, coach, mode, note) for c, d, (coach, mode, note) in events("visit"))),
    ]
    if gen.visits:
        tables += [
            Table("gathering", "gatherings", ("key", "title", "date", "location", "kind"),
                  lambda: ((g.key, g.title, g.date, g.location, g.kind) for g in gen.gatherings)),
            Table("attendance", "attendance", ("gathering", "company", "guest", "people"), attendance),
            Table("steering_member", "steering", ("company", "person", "role"),
                  lambda: ((c.key, person, role) for c, _, (person, role) in events("steering"))),
            Table("training", "training", ("company", "person", "role", "enrolled", "completed", "dropped"),
                  participants),
            Table("kpi_value", "kpis", ("company", "kpi", "date", "value"),
                  lambda: ((c.key, kpi, d, value) for c, d, (kpi, value) in events("kpi"))),
            Table("assessment_score", "assessments", ("assessment", "company", "date", "dimension", "score"),
                  assessment_scores),
        ]
    return tables


# --- writers -------------------------------------------------------------------


def sql_text(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)  # as the commands script writes it
    if isinstance(value, dt.date):
        value = fmt(value)
    return "'" + str(value).replace("'", "''") + "'"


class SqlWriter:
    BATCH = 500

    def __init__(self, out):
        self.out = out
        self.table = None
        self.rows = []

    def row(self, table: str, columns: str, values: tuple) -> None:
        if (table, columns) != self.table or len(self.rows) >= self.BATCH:
            self.flush()
            self.table = (table, columns)
        self.rows.append("(" + ",".join(sql_text(v) for v in values) + ")")

    def flush(self) -> None:
        if self.rows:
            table, columns = self.table
            self.out.write(f"INSERT INTO {table} ({columns}) VALUES\n" + ",\n".join(self.rows) + ";\n")
        self.rows = []


def write_sql(gen: Generator, out, args) -> dict:
    out.write(f"-- plift bench programme: {len(gen.companies)} companies, seed {args.seed}, "
              f"today {fmt(gen.today)}\n-- Load into a database made by "
              "`plift init --template produktionslyftet`:  sqlite3 plift.db < this.sql\n")
    out.write("BEGIN IMMEDIATE;\n")
    w = SqlWriter(out)
    counts = {}
    for table in programme_tables(gen):
        columns = ", ".join(table.columns)
        counts[table.name] = 0
        for values in table.rows():
            w.row(table.name, columns, values)
            counts[table.name] += 1
    w.flush()
    out.write("COMMIT;\n")
    return counts


# The files of --mode import in the order they load: each entity after those
# its rows name (companies their coach, checklist ticks their phase,
# attendance its gathering).
IMPORT_ORDER = ["coaches", "companies", "phases", "checklist", "pulses", "visits", "training", "gatherings",
                "attendance", "steering", "kpis", "assessments"]


def csv_cell(value) -> str:
    if value is None:
        return ""  # an empty cell is an absent value
    if isinstance(value, float):
        return repr(value)  # as the commands script writes it
    if isinstance(value, dt.date):
        return fmt(value)
    if isinstance(value, str):
        return guard_formula(value)
    return str(value)


def guard_formula(text: str) -> str:
    """What `plift export` does to a text that a spreadsheet would run as a
    formula (src/io/records.cpp): a leading ', which import takes off again."""
    rest = text.lstrip("'")
    plain_number = re.fullmatch(r"-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", rest) is not None
    return "'" + text if rest and rest[0] in "=+-@\t\r" and not plain_number else text


def import_rows(gen: Generator, table: Table) -> tuple[tuple, Iterator[tuple]]:
    """The header and rows of the table's import file: its columns, except
    that a journey's phases leave their number and planned end to plift, and
    an assessment's id is the import's 'id' column."""
    if table.name == "assessment_score":
        return ("id",) + table.columns[1:], table.rows()
    if table.name != "phase_history":
        return table.columns, table.rows()
    return (("company", "phase", "started", "ended", "forced_reason"),
            ((c.key, p.key, p.started, p.ended, p.forced_reason)
             for c in gen.companies for p in c.phases))


def write_import(gen: Generator, folder: str, args) -> dict:
    """One CSV file per `plift import` entity, and manifest.csv: the files in
    the order to import them, with their row counts."""
    os.makedirs(folder, exist_ok=True)
    by_entity = {t.entity: t for t in programme_tables(gen)}
    counts = {}
    for entity in IMPORT_ORDER:
        if entity not in by_entity or (entity == "visits" and not gen.visits):
            continue  # --no-visits: migration 002's entities
        header, rows = import_rows(gen, by_entity[entity])
        with open(os.path.join(folder, f"{entity}.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            n = 0
            for values in rows:
                w.writerow([csv_cell(v) for v in values])
                n += 1
        counts[entity] = n
    with open(os.path.join(folder, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["entity", "file", "rows"])
        for entity, n in counts.items():
            w.writerow([entity, f"{entity}.csv", n])
    return counts


def write_commands(gen: Generator, out, args) -> dict:
    q = shlex.quote
    out.write("#!/bin/sh\n"
              f"# plift bench programme: {len(gen.companies)} companies, seed {args.seed}.\n"
              "# Run in an empty folder; PLIFT names the binary (default: plift on PATH).\n"
              "set -eu\n"
              'PLIFT="${PLIFT:-plift}"\n'
              f"PLIFT_TODAY={fmt(gen.today)}\nexport PLIFT_TODAY\n"
              'p() { "$PLIFT" -q "$@" >/dev/null; }\n'
              "p init --template produktionslyftet\n")
    counts = {"commands": 1}
    for c in gen.coaches:
        cmd = ["p", "coach", "add", c.key, "--name", c.name, "--org", c.org, "--region", c.region]
        if c.email:
            cmd += ["--email", c.email]
        out.write(" ".join(q(x) for x in cmd) + "\n")
        counts["commands"] += 1
    for g in gen.gatherings:
        lines = [["p", "gathering", "add", g.key, "--title", g.title, "--date", fmt(g.date),
                  "--location", g.location, "--kind", g.kind]]
        for guest, people in g.others:
            lines.append(["p", "gathering", "attend", g.key] + ([guest] if guest else []) + ["--people", str(people)])
        for cmd in lines:
            out.write(" ".join(q(x) for x in cmd) + "\n")
        counts["commands"] += len(lines)
    for c in gen.companies:
        cmd = ["p", "company", "add", c.name, "--key", c.key, "--region", c.region, "--sector", c.sector,
               "--employees", str(c.employees), "--start", fmt(c.start)]
        if c.org_number:
            cmd += ["--org-number", c.org_number]
        if c.coach:
            cmd += ["--coach", c.coach]
        lines = [cmd]
        for d, _, kind, payload in c.events:
            if kind == "tick":
                lines.append(["p", "phase", "check", c.key, payload[1], "--date", fmt(d)])
            elif kind == "pulse":
                cmd = ["p", "pulse", "log", c.key, "--status", payload[0], "--date", fmt(d)]
                if payload[1]:
                    cmd += ["--note", payload[1]]
                lines.append(cmd)
            elif kind == "visit":
                cmd = ["p", "visit", "log", c.key, "--date", fmt(d), "--mode", payload[1]]
                if payload[0] != c.coach:
                    cmd += ["--coach", payload[0]]
                if payload[2]:
                    cmd += ["--note", payload[2]]
                lines.append(cmd)
            elif kind == "advance":
                cmd = ["p", "phase", "advance", c.key, "--date", fmt(d)]
                if payload:
                    cmd += ["--force", "--reason", payload]
                lines.append(cmd)
            elif kind == "withdraw":
                lines.append(["p", "company", "withdraw", c.key, "--date", fmt(d), "--reason", payload])
            elif kind == "steering":
                lines.append(["p", "steering", "add", c.key, "--person", payload[0], "--role", payload[1]])
            elif kind == "enroll":
                lines.append(["p", "training", "enroll", c.key, "--person", payload[0], "--role", payload[1],
                              "--date", fmt(d)])
            elif kind in ("complete", "drop"):
                lines.append(["p", "training", kind, c.key, "--person", payload, "--date", fmt(d)])
            elif kind == "attend":
                lines.append(["p", "gathering", "attend", payload[0], c.key, "--people", str(payload[1])])
            elif kind == "kpi":
                lines.append(["p", "kpi", "record", c.key, payload[0], repr(payload[1]), "--date", fmt(d)])
            elif kind == "assess":
                lines.append(["p", "assess", "--date", fmt(d), c.key] + [f"{k}={v}" for k, v in payload])
        for cmd in lines:
            out.write(" ".join(q(x) for x in cmd) + "\n")
        counts["commands"] += len(lines)
    return counts


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["sql", "commands", "import"], default="sql",
                    help="SQL to load with sqlite3 (default), a shell script of plift commands, or one "
                         "CSV file per `plift import` entity in the folder -o names")
    ap.add_argument("--companies", type=int, default=10000, metavar="N", help="default 10000")
    ap.add_argument("--coaches", type=int, default=200, metavar="N", help="default 200")
    ap.add_argument("--seed", type=int, default=1, help="default 1; the same seed gives the same programme")
    ap.add_argument("--today", type=parse_date, default=dt.date(2026, 11, 20),
                    help="the day the programme is seen from, default 2026-11-20 (give plift the same "
                         "via PLIFT_TODAY)")
    ap.add_argument("--last-cohort", type=parse_date, default=dt.date(2026, 11, 16),
                    help="start of the last quarterly cohort (default 2026-11-16)")
    ap.add_argument("--cohorts", type=int, default=40, help="quarterly cohorts (default 40: ten years)")
    ap.add_argument("--no-visits", action="store_true",
                    help="none of migration 002's records: visits, course participants, gatherings, "
                         "steering groups, KPIs, assessments (for a plift older than migration 002)")
    ap.add_argument("-o", "--output", default="-",
                    help="file to write (default stdout); with --mode import the folder for the files "
                         "(made if missing)")
    args = ap.parse_args()
    if args.companies < 1 or args.coaches < len(REGIONS) or args.cohorts < 1:
        ap.error(f"need at least 1 company, {len(REGIONS)} coaches and 1 cohort")
    if args.mode == "import" and args.output == "-":
        ap.error("--mode import writes a folder of files: name it with -o DIR")

    gen = Generator(args.seed, args.companies, args.today, args.last_cohort, args.cohorts, args.coaches,
                    not args.no_visits)
    gen.run()
    if args.mode == "import":
        counts = write_import(gen, args.output, args)
    else:
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
        try:
            counts = (write_sql if args.mode == "sql" else write_commands)(gen, out, args)
        finally:
            if out is not sys.stdout:
                out.close()
    status: dict[str, int] = {}
    for c in gen.companies:
        s = ("withdrawn" if c.withdrawn and c.withdrawn <= gen.today else
             "completed" if c.completed and c.completed <= gen.today else
             "planned" if c.start > gen.today else "active")
        status[s] = status.get(s, 0) + 1
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    print(f"generate.py: {summary}; companies: "
          + ", ".join(f"{status.get(k, 0)} {k}" for k in ("planned", "active", "completed", "withdrawn")),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
