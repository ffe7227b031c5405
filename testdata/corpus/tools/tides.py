"""Estimate safe relief windows for Skerry Finn.

A relief boat may land at Skerry Finn only on a falling tide, between two
hours after high water and one hour before low water, with swell under one
metre. This script reads a tide table (CSV: iso_time,height_m,kind) and
prints the windows.
"""

import csv
import sys
from datetime import datetime, timedelta

AFTER_HIGH = timedelta(hours=2)
BEFORE_LOW = timedelta(hours=1)
MAX_SWELL_M = 1.0


def windows(rows):
    """Yield (start, end) of each relief window in the table."""
    high = None
    for when, _height, kind in rows:
        if kind == "HW":
            high = when
        elif kind == "LW" and high is not None:
            start, end = high + AFTER_HIGH, when - BEFORE_LOW
            if end > start:
                yield start, end
            high = None


def main(path, swell):
    if swell >= MAX_SWELL_M:
        print(f"no relief: swell {swell} m is not under {MAX_SWELL_M} m")
        return 1
    with open(path, newline="") as f:
        rows = [(datetime.fromisoformat(t), float(h), k) for t, h, k in csv.reader(f)]
    for start, end in windows(rows):
        print(f"{start:%d %b %H:%M} - {end:%H:%M}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
