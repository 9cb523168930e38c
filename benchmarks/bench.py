#!/usr/bin/env python
"""Throughput, scaling, memory and start-up time of newsparse against camel-tools' own
normalise + word-tokenise (the floor: ``normalize_unicode`` + ``dediac_ar`` +
``simple_word_tokenize``). A script, not a test:

    python benchmarks/bench.py                       # corpus: ../shared/corpus/bench/ant-2000.jsonl
    python benchmarks/bench.py --corpus dump.jsonl --repeat 5 --workers 2
    python benchmarks/bench.py --profile             # where the time goes (cProfile)
    python benchmarks/bench.py --instructions 60     # instruction counts (callgrind): load-proof

Every measurement runs in a fresh process, end to end as a user runs it (``newsparse extract
CORPUS -o /dev/null --workers N``; the floor reads the same JSON Lines and normalises +
tokenises every text), in rounds (``--repeat``): each round runs the floor and newsparse in turn,
and the 1-worker ratio and the N-worker scaling reported are the medians of the rounds' ratios
(the ratios of the median wall times are printed too). Peak memory is
the largest resident set of any process of the run (``getrusage(RUSAGE_CHILDREN)``), i.e. per
worker. CPU seconds are reported too: wall times on a shared machine vary with its load.
Without the shared corpus a corpus of 1,000 articles is built from ``samples/``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "bench" / "ant-2000.jsonl"
SEED = ROOT / "samples" / "deir-ez-zor-coalition-strike.txt"
TARGETS = {"one_worker_vs_floor": 0.5, "scaling": 1.8, "peak_mb": 200, "single_vs_camel": 1.5}

FLOOR = r"""
import json, sys, time
t0 = time.perf_counter()
from camel_tools.utils.normalize import normalize_unicode
from camel_tools.utils.dediac import dediac_ar
from camel_tools.tokenizers.word import simple_word_tokenize
n = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            n += len(simple_word_tokenize(dediac_ar(normalize_unicode(json.loads(line)["text"]))))
print(n)
"""

ONE = r"""
import sys
from camel_tools.utils.normalize import normalize_unicode
from camel_tools.utils.dediac import dediac_ar
from camel_tools.tokenizers.word import simple_word_tokenize
print(len(simple_word_tokenize(dediac_ar(normalize_unicode(open(sys.argv[1], encoding="utf-8").read())))))
"""


def machine() -> dict:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": ram, "python": platform.python_version(),
            "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}


def build_corpus(path: Path, n: int = 1000) -> None:
    """A corpus of ``n`` articles from the files in samples/ (rotated paragraphs, so they
    are not all identical)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            paras = texts[i % len(texts)].split("\n")
            k = i % max(1, len(paras))
            f.write(json.dumps({"id": f"a{i}", "text": "\n".join(paras[k:] + paras[:k])}, ensure_ascii=False) + "\n")


def measure(cmd: list[str]) -> dict:
    """Wall, CPU and peak RSS (MB) of one fresh process tree running ``cmd``."""
    # each measurement in its own child, so RUSAGE_CHILDREN's maxima are this run's alone
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        f"r = subprocess.run({cmd!r}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "w = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'rc': r.returncode, 'wall': w, 'cpu': u.ru_utime + u.ru_stime,"
        " 'peak_mb': u.ru_maxrss / 1024, 'stderr': r.stderr.decode()[-400:]}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    if res["rc"] not in (0,):
        raise SystemExit(f"failed: {' '.join(cmd)}\n{res['stderr']}")
    return res


def summarise(runs: list[dict]) -> dict:
    """Medians of wall, CPU and peak memory over runs, and every wall time."""
    return {k: statistics.median(r[k] for r in runs) for k in ("wall", "cpu", "peak_mb")} | {
        "walls": [round(r["wall"], 2) for r in runs]}


def newsparse_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("newsparse")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "newsparse.cli"]


def profile(corpus: Path, n: int) -> None:
    """cProfile of the per-article function over ``n`` articles, grouped by module."""
    import cProfile
    import pstats

    from newsparse import batch

    batch._init_worker(())
    jobs = list(batch.iter_jobs([str(corpus)]))[:n]
    pr = cProfile.Profile()
    t = time.perf_counter()
    pr.enable()
    for j in jobs:
        batch.process(j)
    pr.disable()
    el = time.perf_counter() - t
    st = pstats.Stats(pr)
    by_mod: dict[str, float] = {}
    for (fn, _line, _name), (_cc, _nc, tt, _ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        key = Path(fn).name if "newsparse" in fn else ("builtins" if fn == "~" else Path(fn).parent.name + "/" + Path(fn).name)
        by_mod[key] = by_mod.get(key, 0.0) + tt
    total = sum(by_mod.values())
    print(f"profile: {len(jobs)} articles in {el:.2f}s under cProfile; own time by module:")
    for k, v in sorted(by_mod.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {k:40s} {v:6.2f}s {100 * v / total:5.1f}%")
    print("\ncumulative, top 25:")
    st.sort_stats("cumulative").print_stats(25)
    print("own time, top 25:")
    st.sort_stats("tottime").print_stats(25)


def _callgrind(cmd: list[str], env: dict) -> int:
    """Instructions executed by ``cmd`` under valgrind's callgrind (the same count for the
    same code and input, whatever the machine's load)."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                         capture_output=True, text=True, env=env)
    for line in out.stderr.splitlines():
        if "Collected" in line:
            return int(line.split()[-1])
    raise SystemExit(f"callgrind gave no count for {' '.join(cmd)}:\n{out.stderr[-400:]}")


def instructions(corpus: Path, n: int) -> dict:
    """Instructions per article and for start-up, of newsparse and of the floor: each run over
    the first ``n`` articles and over the first one, the difference divided by ``n - 1``."""
    import shutil

    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    tmp = Path(tempfile.mkdtemp(prefix="newsparse-cg-"))
    lines = [l for l in open(corpus, encoding="utf-8") if l.strip()][:n]
    many, one = tmp / "many.jsonl", tmp / "one.jsonl"
    many.write_text("".join(lines), encoding="utf-8")
    one.write_text(lines[0], encoding="utf-8")
    # a fixed hash seed: with random ones, set and dict layouts change the count by up to
    # ±0.5 G instructions from run to run (the floor's start-up builds large sets)
    env = dict(os.environ, NEWSPARSE_CACHE_DIR=str(tmp / "cache"), PYTHONHASHSEED="0")
    subprocess.run(newsparse_cmd() + ["extract", str(one), "-o", os.devnull, "-q"], check=True, env=env)
    res = {}
    for key, cmd in (("newsparse", newsparse_cmd() + ["extract", "{}", "-o", os.devnull, "-q", "--workers", "1"]),
                     ("floor", [sys.executable, "-c", FLOOR, "{}"])):
        a = _callgrind([c.replace("{}", str(many)) for c in cmd], env)
        b = _callgrind([c.replace("{}", str(one)) for c in cmd], env)
        res[key] = {"per_article": (a - b) / (len(lines) - 1), "startup": b}
        print(f"{key:10s} {res[key]['per_article'] / 1e6:8.2f} M instructions per article,"
              f" {b / 1e9:6.2f} G for start-up (callgrind, first {len(lines)} articles)")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED if SHARED.exists() else None,
                    help="JSON Lines with 'text' (default: the shared bench corpus, else built from samples/)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N for the N-worker run")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--single-runs", type=int, default=10, help="runs for the single-article timing")
    ap.add_argument("--profile", action="store_true", help="profile instead of benchmarking")
    ap.add_argument("--profile-articles", type=int, default=400)
    ap.add_argument("--json", type=Path, help="also write the numbers to this JSON file")
    ap.add_argument("--instructions", type=int, metavar="N", default=0,
                    help="instead: count instructions under callgrind over the first N articles (about 1 min for 60)")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    corpus = a.corpus
    if corpus is None:
        corpus = tmp / "corpus.jsonl"
        build_corpus(corpus)
    if a.profile:
        profile(corpus, a.profile_articles)
        return
    if a.instructions:
        spec = importlib.util.find_spec("newsparse")
        if spec is not None and spec.origin:
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(spec.origin).parent)], check=True)
        res = instructions(corpus, max(2, a.instructions))
        if a.json:
            a.json.write_text(json.dumps(res, indent=2))
        return
    texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8") if l.strip()]
    n, chars = len(texts), sum(map(len, texts))
    m = machine()
    print(f"machine: nproc={m['nproc']}, {m['cpu']}, RAM {m['ram']}, Python {m['python']}, load {m['load']:.2f}")
    print(f"corpus: {corpus} — {n} articles, {chars:,} characters ({chars / n:.0f} per article)\n")

    res: dict = {"machine": m, "articles": n, "chars": chars}
    # bytecode compiled once, as pip does when it installs a wheel (camel-tools, the floor's
    # package, has its bytecode); an editable install writes it on first import, except where
    # PYTHONDONTWRITEBYTECODE is set, and then every run would compile newsparse again
    spec = importlib.util.find_spec("newsparse")
    if spec is not None and spec.origin:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(spec.origin).parent)], check=True)
    # one untimed run first: newsparse's start-up cache (the name index and parsed data
    # files, see newsparse/cache.py) is then in place, as on any later run
    subprocess.run(newsparse_cmd() + ["extract", str(SEED), "-o", os.devnull, "-q"], check=True)
    # the floor and newsparse run in turn, round after round: on a shared machine whose speed
    # drifts over minutes, each round's ratio compares runs made under the same conditions
    cmds = {"floor": [sys.executable, "-c", FLOOR, str(corpus)]}
    for w in sorted({1, a.workers}):
        cmds[f"workers_{w}"] = newsparse_cmd() + ["extract", str(corpus), "-o", os.devnull, "-q", "--workers", str(w)]
    rounds = [{k: measure(c) for k, c in cmds.items()} for _ in range(a.repeat)]
    for k in cmds:
        res[k] = summarise([r[k] for r in rounds])
    floor = res["floor"]
    paired = [r["floor"]["wall"] / r["workers_1"]["wall"] for r in rounds]
    # the scaling the same way: each round's 1-worker and N-worker runs are minutes apart at
    # most, while the machine's speed drifts over the whole benchmark
    paired_scaling = [r["workers_1"]["wall"] / r[f"workers_{a.workers}"]["wall"] for r in rounds]

    def line(name: str, r: dict) -> str:
        return (f"{name:26s} {n / r['wall']:8.1f} art/s {chars / r['wall'] / 1000:8.1f} kchar/s"
                f"  wall {r['wall']:6.2f}s  cpu {r['cpu']:6.2f}s  peak {r['peak_mb']:6.1f} MB  runs {r['walls']}")

    print(line("camel-tools floor", floor))
    for w in sorted({1, a.workers}):
        print(line(f"newsparse, {w} worker{'s' if w > 1 else ''}", res[f"workers_{w}"]))
    one, nw = res["workers_1"], res[f"workers_{a.workers}"]
    ratio = statistics.median(paired)
    scaling = statistics.median(paired_scaling)
    peak = max(one["peak_mb"], nw["peak_mb"])
    print(f"\n1 worker / floor throughput: {ratio:.2f}× (target ≥ {TARGETS['one_worker_vs_floor']}):"
          f" median of the {len(paired)} rounds' ratios {[round(x, 2) for x in paired]}"
          f"\n  ratio of the median walls {floor['wall'] / one['wall']:.2f}×,"
          f" per CPU-second {floor['cpu'] / one['cpu']:.2f}×")
    cpu_scaling = a.workers * one["cpu"] / nw["cpu"]
    print(f"{a.workers} workers / 1 worker: {scaling:.2f}× (target ≥ {TARGETS['scaling']}):"
          f" median of the {len(paired_scaling)} rounds' ratios {[round(x, 2) for x in paired_scaling]}"
          f"\n  ratio of the median walls {one['wall'] / nw['wall']:.2f}×; from CPU time"
          f" (what {a.workers} idle cores give): {cpu_scaling:.2f}×")
    print("  (wall-time scaling needs idle cores: check the load average printed above — this"
          " benchmark itself adds ~1 — and compare with the CPU-time figure)")
    print(f"peak memory per process: {peak:.0f} MB (target ≤ {TARGETS['peak_mb']})")

    seed = str(SEED)
    runs = []
    for _ in range(a.single_runs):
        for cmd, key in ((newsparse_cmd() + ["extract", seed, "--format", "json"], "newsparse"),
                         ([sys.executable, "-c", ONE, seed], "camel")):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            runs.append((key, time.perf_counter() - t))
    ns = statistics.median(t for k, t in runs if k == "newsparse")
    cm = statistics.median(t for k, t in runs if k == "camel")
    res["single"] = {"newsparse": ns, "camel": cm}
    print(f"single article ({SEED.name}): newsparse {ns * 1000:.0f} ms, camel-tools process {cm * 1000:.0f} ms"
          f" → {ns / cm:.2f}× (target ≤ {TARGETS['single_vs_camel']}); median of {a.single_runs}")
    res["ratios"] = {"one_worker_vs_floor": ratio, "scaling": scaling, "cpu_scaling": cpu_scaling, "peak_mb": peak, "single_vs_camel": ns / cm}
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))
    _ = resource  # imported for the children's getrusage; keeps linters quiet


if __name__ == "__main__":
    main()
