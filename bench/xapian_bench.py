#!/usr/bin/python3
"""The Xapian peer of the Verbatim benchmark.

Indexes a folder with Xapian (Debian's python3-xapian: one document per file,
TermGenerator with the English stemmer, the relative path stored as document
data), then runs a question set (QueryParser, STEM_SOME, English stemmer,
default OR) and prints one JSON object with the same fields as
bench/verbatim_bench: ingest time and MB/s, index size on disk, peak RSS,
search p50/p99 (warm, many repetitions) and recall@5 against each question's
gold file.

Usage (system python, which is where python3-xapian installs; as root it
installs the package itself when missing):
    /usr/bin/python3 bench/xapian_bench.py --folder DIR --questions Q.jsonl \
        [--index-dir DIR] [--phase all|ingest|search] [--reps 20] [--k 5]
        [--latencies FILE] [--misses FILE] [--out result.json]
"""

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import xapian
except ImportError:  # pragma: no cover - installs the peer on a fresh machine
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", "python3-xapian"]
    if subprocess.call(cmd, env=env, stdout=sys.stderr) != 0:
        subprocess.check_call(["apt-get", "update"], stdout=sys.stderr)
        subprocess.check_call(cmd, env=env, stdout=sys.stderr)
    import xapian


def walk(folder):
    """Regular files under folder, relative slash paths, sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            out.append(os.path.relpath(full, folder).replace(os.sep, "/"))
    return out


def disk_usage(path):
    """(apparent bytes, allocated bytes) of every file under path."""
    apparent = allocated = 0
    for dirpath, _, filenames in os.walk(path):
        for name in filenames:
            st = os.lstat(os.path.join(dirpath, name))
            apparent += st.st_size
            allocated += st.st_blocks * 512
    return apparent, allocated


def ingest(folder, db_dir):
    start = time.perf_counter()
    db = xapian.WritableDatabase(db_dir, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("english"))
    files = nbytes = 0
    for rel in walk(folder):
        with open(os.path.join(folder, rel), "rb") as f:
            raw = f.read()
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(raw.decode("utf-8", "replace"))
        doc.set_data(rel)
        db.add_document(doc)
        files += 1
        nbytes += len(raw)
    db.commit()
    db.close()
    return files, nbytes, time.perf_counter() - start


def percentile(sorted_ms, p):
    if not sorted_ms:
        return 0.0
    i = min(len(sorted_ms) - 1, max(0, math.ceil(p / 100 * len(sorted_ms)) - 1))  # nearest rank
    return sorted_ms[i]


def search(db_dir, questions, k, reps):
    db = xapian.Database(db_dir)
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("english"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    qp.set_default_op(xapian.Query.OP_OR)
    enq = xapian.Enquire(db)

    def run(q):
        enq.set_query(qp.parse_query(q))
        return [m.document.get_data().decode() for m in enq.get_mset(0, k)]

    hits, misses = 0, []
    for q in questions:  # warm-up pass, also the recall pass
        got = run(q["q"])
        if q["gold"] in got:
            hits += 1
        else:
            misses.append({"q": q["q"], "gold": q["gold"], "got": got})
    lat = []
    for _ in range(reps):
        for q in questions:
            t = time.perf_counter_ns()
            run(q["q"])
            lat.append((time.perf_counter_ns() - t) / 1e6)
    lat.sort()
    return hits, misses, lat


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def ingest_phase(a, db_dir):
    cpu = cpu_seconds()
    files, nbytes, secs = ingest(a.folder, db_dir)
    cpu = cpu_seconds() - cpu
    apparent, allocated = disk_usage(db_dir)
    return {
        "folder": os.path.abspath(a.folder),
        "files": files,
        "bytes": nbytes,
        "ingest_seconds": round(secs, 3),
        "ingest_cpu_seconds": round(cpu, 3),
        "ingest_mb_s": round(nbytes / 1e6 / secs, 3),
        "files_per_s": round(files / secs, 1),
        "index_bytes": allocated,
        "index_apparent_bytes": apparent,
    }


def search_phase(a, db_dir):
    with open(a.questions, encoding="utf-8") as f:
        questions = [json.loads(line) for line in f if line.strip()]
    hits, misses, lat = search(db_dir, questions, a.k, a.reps)
    if a.misses:
        with open(a.misses, "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(m) + "\n" for m in misses))
    if a.latencies:
        with open(a.latencies, "w", encoding="utf-8") as f:
            f.write("".join(f"{x:.4f}\n" for x in lat))
    return {
        "queries": len(questions),
        "reps": a.reps,
        "k": a.k,
        "search_p50_ms": round(percentile(lat, 50), 4),
        "search_p99_ms": round(percentile(lat, 99), 4),
        "search_mean_ms": round(sum(lat) / max(1, len(lat)), 4),
        "hits_at_k": hits,
        "recall_at_k": round(hits / max(1, len(questions)), 4),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folder", help="folder to index (phases all, ingest)")
    ap.add_argument("--questions", help="question set, JSON lines with q and gold (phases all, search)")
    ap.add_argument("--index-dir", help="index location (default: a temp dir, removed); kept when given")
    ap.add_argument("--phase", choices=["all", "ingest", "search"], default="all")
    ap.add_argument("--reps", type=int, default=20, help="timed passes over the question set")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--latencies", help="write every timed search latency (ms, one a line) here")
    ap.add_argument("--misses", help="write the questions whose gold file was missed (JSON lines) here")
    ap.add_argument("--out", help="also write the JSON here")
    a = ap.parse_args()
    if a.phase in ("all", "ingest") and not a.folder:
        ap.error("--folder is required")
    if a.phase in ("all", "search") and not a.questions:
        ap.error("--questions is required")
    if a.phase == "search" and not a.index_dir:
        ap.error("--index-dir is required for --phase search")

    tmp = None
    db_dir = a.index_dir
    if not db_dir:
        tmp = tempfile.mkdtemp(prefix="xapian-bench-")
        db_dir = os.path.join(tmp, "db")
    res = {"engine": "xapian", "version": xapian.version_string()}
    try:
        if a.phase in ("all", "ingest"):
            res.update(ingest_phase(a, db_dir))
        if a.phase in ("all", "search"):
            res.update(search_phase(a, db_dir))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    res["peak_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    text = json.dumps(res, indent=2)
    print(text)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
