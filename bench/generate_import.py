#!/usr/bin/env python3
"""Writes plift import files for the import benchmark: coaches.csv,
companies.csv and pulses.csv with --pulses rows spread over the companies'
journeys. Deterministic for a given --seed."""
import argparse
import csv
import datetime
import os
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, help="folder for the CSV files")
    parser.add_argument("--companies", type=int, default=2000)
    parser.add_argument("--pulses", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", default="2026-11-20")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    today = datetime.date.fromisoformat(args.today)
    os.makedirs(args.out, exist_ok=True)
    regions = ["Stockholm", "Östra Mellansverige", "Småland med öarna", "Sydsverige", "Västsverige",
               "Norra Mellansverige", "Mellersta Norrland", "Övre Norrland"]
    with open(os.path.join(args.out, "coaches.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "name", "organisation", "email", "region"])
        for n in range(50):
            w.writerow([f"coach-{n:03}", f"Coach {n}", "IUC", f"coach{n}@example.se", regions[n % len(regions)]])
    starts = []
    with open(os.path.join(args.out, "companies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "name", "region", "sector", "employees", "start", "org_number", "coach"])
        for n in range(args.companies):
            start = today - datetime.timedelta(days=rng.randrange(30, 3650))
            starts.append(start)
            w.writerow([f"company-{n:05}", f"Company {n} AB", rng.choice(regions), "metal",
                        rng.randrange(15, 800), start.isoformat(), f"55{n:04}-{n % 10000:04}",
                        f"coach-{rng.randrange(50):03}"])
    notes = ["", "", "", "Good week", "Delivery late, material shortage", "Pulse board moved, \"5S\" started"]
    statuses = ["green", "green", "green", "yellow", "red"]
    with open(os.path.join(args.out, "pulses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "date", "status", "note"])
        for _ in range(args.pulses):
            n = rng.randrange(args.companies)
            span = (today - starts[n]).days
            day = starts[n] + datetime.timedelta(days=rng.randrange(span + 1))
            w.writerow([f"company-{n:05}", day.isoformat(), rng.choice(statuses), rng.choice(notes)])


if __name__ == "__main__":
    main()
