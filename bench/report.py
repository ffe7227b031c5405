#!/usr/bin/python3
"""Merge the measurements of one bench/run.sh run into a comparison.

Usage (run.sh calls it):
    /usr/bin/python3 bench/report.py WORK_DIR OUT_JSON OUT_MD

WORK_DIR holds {verbatim,xapian}-ingest.json, {verbatim,xapian}-search-N.json
(round N; round 1 gives recall) and {verbatim,xapian}-lat-N.txt (every timed
latency in ms). Latencies of all rounds are pooled before taking p50/p99.
Writes the merged JSON and a markdown table, and prints the table.
"""

import glob
import json
import math
import os
import sys

GIB = 1 << 30


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def percentile(xs, p):
    if not xs:
        return 0.0
    return xs[min(len(xs) - 1, max(0, math.ceil(p / 100 * len(xs)) - 1))]


def engine(work, name):
    res = load(os.path.join(work, f"{name}-ingest.json"))
    notrain = os.path.join(work, f"{name}-ingest-notrain.json")
    if os.path.exists(notrain):
        nt = load(notrain)
        for key in ("ingest_seconds", "ingest_cpu_seconds", "ingest_mb_s", "ingest_peak_rss_bytes"):
            if key in nt:
                res["no_train_" + key] = nt[key]
    res["ingest_peak_rss_bytes"] = res.get("ingest_peak_rss_bytes", res.get("peak_rss_bytes", 0))
    rounds = sorted(glob.glob(os.path.join(work, f"{name}-search-*.json")))
    first = load(rounds[0])
    for key in ("queries", "k", "hits_at_k", "recall_at_k", "empty_queries", "passages_per_query"):
        if key in first:
            res[key] = first[key]
    lat = []
    for path in sorted(glob.glob(os.path.join(work, f"{name}-lat-*.txt"))):
        with open(path, encoding="utf-8") as f:
            lat.extend(float(x) for x in f if x.strip())
    lat.sort()
    res["search_rounds"] = len(rounds)
    res["search_samples"] = len(lat)
    res["search_p50_ms"] = round(percentile(lat, 50), 4)
    res["search_p90_ms"] = round(percentile(lat, 90), 4)
    res["search_p99_ms"] = round(percentile(lat, 99), 4)
    res["search_mean_ms"] = round(sum(lat) / max(1, len(lat)), 4)
    res.pop("peak_rss_bytes", None)
    return res


def ratio(a, b):
    return round(a / b, 3) if b else None


def rows(v, x):
    """(label, verbatim, xapian, ratio, goal, met) for the table."""
    mb = 1e6
    trained = " (Verbatim: training included)" if v.get("trained") else ""
    out = [
        ("ingest MB/s (original bytes)" + trained, v["ingest_mb_s"], x["ingest_mb_s"], "≥ 1", lambda r: r >= 1),
        ("ingest wall s" + trained, v["ingest_seconds"], x["ingest_seconds"], "", None),
    ]
    if v.get("trained"):
        out += [
            ("  Verbatim training s (from the files stored, beside the index merge)", v.get("train_seconds", 0), None, "", None),
        ]
    if "no_train_ingest_seconds" in v:
        out += [
            ("ingest MB/s, Verbatim --no-train", v["no_train_ingest_mb_s"], x["ingest_mb_s"], "", None),
            ("ingest wall s, Verbatim --no-train", v["no_train_ingest_seconds"], x["ingest_seconds"], "", None),
            ("ingest peak RSS MB, Verbatim --no-train", v["no_train_ingest_peak_rss_bytes"] / 1e6,
             x["ingest_peak_rss_bytes"] / 1e6, "", None),
        ]
    out += [
        ("ingest CPU s (user+sys)" + trained, v["ingest_cpu_seconds"], x["ingest_cpu_seconds"], "", None),
        ("ingest MB per CPU-second", v["bytes"] / mb / v["ingest_cpu_seconds"],
         x["bytes"] / mb / x["ingest_cpu_seconds"], "", None),
        ("files/s", v["files_per_s"], x["files_per_s"], "", None),
        ("on disk MB (Verbatim: store+index)", v["index_bytes"] / mb, x["index_bytes"] / mb, "", None),
        ("  Verbatim store (originals, text, passages) MB", v.get("store_bytes", 0) / mb, None, "", None),
        ("  Verbatim bleve index MB", v.get("bleve_bytes", 0) / mb, None, "", None),
        ("search p50 ms", v["search_p50_ms"], x["search_p50_ms"], "≤ 2", lambda r: r <= 2),
        ("search p90 ms", v["search_p90_ms"], x["search_p90_ms"], "", None),
        ("search p99 ms", v["search_p99_ms"], x["search_p99_ms"], "", None),
        (f"recall@{v['k']}", v["recall_at_k"], x["recall_at_k"], "≥ 1", lambda r: r >= 1),
        ("ingest peak RSS MB" + trained, v["ingest_peak_rss_bytes"] / mb, x["ingest_peak_rss_bytes"] / mb,
         "Verbatim < 1024 MiB", None),
    ]
    table = []
    for label, a, b, goal, test in out:
        r = ratio(a, b) if b is not None else None
        met = "" if test is None or r is None else ("yes" if test(r) else "NO")
        if label.startswith("ingest peak RSS MB (") or label == "ingest peak RSS MB":
            met = "yes" if v["ingest_peak_rss_bytes"] < GIB else "NO"
        table.append((label, a, b, r, goal, met))
    return table


def fmt(val):
    if val is None:
        return "–"
    if isinstance(val, float):
        return f"{val:.4g}" if abs(val) < 1000 else f"{val:.0f}"
    return str(val)


def markdown(meta, v, x, table):
    lines = [
        f"# Verbatim vs Xapian — {meta['mode']} folder",
        "",
        f"Folder `{v['folder']}`: {v['files']} files, {v['bytes'] / 1e6:.1f} MB; "
        f"{v.get('passages', '?')} Verbatim passages; {v['queries']} questions, "
        f"{v['search_samples']} timed searches per engine in {v['search_rounds']} interleaved rounds.",
        f"Machine: {meta['cpus']} CPUs, load average {meta['load']} at start; {meta['date']}; "
        f"commit {meta['commit']}; Xapian {x.get('version', '?')}.",
        "",
        "| metric | Verbatim | Xapian | ratio V/X | goal | met |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for label, a, b, r, goal, met in table:
        lines.append(f"| {label} | {fmt(a)} | {fmt(b)} | {fmt(r)} | {goal} | {met} |")
    lines += [
        "",
        "Xapian: python3-xapian, one document per file, TermGenerator + English stemmer, "
        "QueryParser STEM_SOME default OR, single-threaded. Verbatim: library defaults "
        "(ingest.DefaultConfig, index.Open, retrieve.DefaultConfig), "
        f"{v.get('passages_per_query', '?')} passages per query deduplicated to files.",
    ]
    if v.get("failed") or v.get("empty_queries"):
        lines.append(f"Verbatim: {v.get('failed', 0)} files failed, "
                     f"{v.get('empty_queries', 0)} queries had no searchable words.")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: report.py WORK_DIR OUT_JSON OUT_MD")
    work, out_json, out_md = sys.argv[1:]
    meta = load(os.path.join(work, "meta.json"))
    v, x = engine(work, "verbatim"), engine(work, "xapian")
    table = rows(v, x)
    ratios = {label: r for label, _, _, r, _, _ in table if r is not None}
    doc = {"meta": meta, "verbatim": v, "xapian": x, "ratios_verbatim_over_xapian": ratios,
           "goals_met": {label: met == "yes" for label, _, _, _, _, met in table if met}}
    os.makedirs(os.path.dirname(out_json) or ".", exist_ok=True)
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    md = markdown(meta, v, x, table)
    with open(out_md, "w", encoding="utf-8") as f:
        f.write(md)
    print(md)


if __name__ == "__main__":
    main()
