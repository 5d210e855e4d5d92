"""Benchmark `gen corpus` stage by stage, with baselines measured in the same run.

Run by hand (results go to bench/RESULTS.md):

    python bench/bench_corpus.py --n 100000            # end-to-end + stages
    python bench/bench_corpus.py --n 1000000 --rss-only  # peak RSS of a 1M-document run

Stages, each timed on its own over the same documents:
  generate    render documents with --workers processes (no dedup, no writing)
  signatures  normalise + shingle + 128-permutation MinHash (generator.dedup.prepare), one process
  lsh         first-seen LSH filtering with exact-Jaccard confirmation (NearDupIndex), one process
  write       JSONL shard writing (ShardWriter: stream, sha256, fsync, rename)
Baselines on the same texts: plain per-document datasketch (MinHash with sha1 + MinHashLSH) and rensa when
installed. End to end: `gen corpus` as a subprocess, wall time and peak RSS (/usr/bin/time or getrusage).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson


def _stage(label: str, fn, n_docs: int, n_words: int, results: list) -> object:
    t = time.perf_counter()
    out = fn()
    el = time.perf_counter() - t
    results.append((label, el, n_docs / el if el else 0.0, n_words / el if el else 0.0))
    print(f"{label:<28} {el:8.2f} s  {n_docs / el:10,.0f} docs/s  {n_words / el:12,.0f} words/s", flush=True)
    return out


def _tree_rss_kib(pid: int, field: str = "Pss:") -> int:
    """Memory of a process and all its descendants (KiB), from /proc: proportional set size by default.

    PSS splits pages shared between forked processes among them, so the sum is the tree's real footprint
    (summing RSS would count the parent's copy-on-write pages once per child).
    """
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith(field):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def end_to_end(n: int, workers: int | None, out: Path, extra: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS of the largest process and peak summed PSS of the process tree (KiB)."""
    cmd = [sys.executable, "-m", "generator", "corpus", "--n", str(n), "--out", str(out), "-q", *extra]
    if workers:
        cmd += ["--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    tree_peak = 0
    while proc.poll() is None:
        tree_peak = max(tree_peak, _tree_rss_kib(proc.pid))
        time.sleep(0.25)
    el = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"gen corpus failed with exit code {proc.returncode}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return el, peak, tree_peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--stage-docs", type=int, default=20_000, help="documents for the per-stage timings")
    ap.add_argument("--rss-only", action="store_true", help="only the end-to-end run (for 1M-document RSS)")
    args = ap.parse_args()

    from generator import CorpusConfig
    from generator.pipeline import iter_corpus_lines

    tmp = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        print(f"# machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
        el, rss, tree = end_to_end(args.n, args.workers, tmp / "e2e", [])
        m = orjson.loads((tmp / "e2e" / "manifest.json").read_bytes())
        print(f"end-to-end gen corpus --n {args.n:,}: {el:.1f} s, {args.n / el:,.0f} docs/s, "
              f"{m['words'] / el:,.0f} words/s, peak RSS {rss / 1024:,.0f} MiB (largest process), "
              f"{tree / 1024:,.0f} MiB (whole process tree, PSS, sampled every 0.25 s), "
              f"{m['words']:,} words, dedup {m.get('dedup')}", flush=True)
        shutil.rmtree(tmp / "e2e")
        if args.rss_only:
            return

        k = args.stage_docs
        cfg = CorpusConfig(n=k, dedup=False, workers=args.workers)
        results: list = []
        lines: list[bytes] = []
        words = 0

        def gen() -> None:
            nonlocal words
            for _, line, nw in iter_corpus_lines(cfg):
                lines.append(line)
                words += nw
                if len(lines) >= k:
                    break

        t = time.perf_counter()
        gen()
        el = time.perf_counter() - t
        results.append(("generate", el, k / el, words / el))
        print(f"{'generate':<28} {el:8.2f} s  {k / el:10,.0f} docs/s  {words / el:12,.0f} words/s", flush=True)
        recs = [orjson.loads(ln) for ln in lines]
        texts = [r["text"] for r in recs]
        ids = [r["id"] for r in recs]

        from generator.dedup import NearDupIndex, prepare

        prep = _stage("signatures (ours, 1 proc)", lambda: prepare(texts, num_perm=128), k, words, results)
        idx = NearDupIndex(0.8, 128)
        _stage("lsh + verify (ours)", lambda: idx.check_and_add_prepared(ids, prep), k, words, results)

        from generator.pipeline import ShardWriter

        def write() -> None:
            w = ShardWriter(tmp / "shard-00000.jsonl", "none")
            for ln in lines:
                w.write(ln)
            w.close()

        _stage("write", write, k, words, results)

        def datasketch_baseline() -> None:
            from datasketch import MinHash, MinHashLSH

            lsh = MinHashLSH(threshold=0.8, num_perm=128)
            for i, t in enumerate(texts):
                toks = t.lower().split()
                mh = MinHash(num_perm=128)
                mh.update_batch([" ".join(toks[j : j + 5]).encode() for j in range(max(1, len(toks) - 4))])
                if not lsh.query(mh):
                    lsh.insert(str(i), mh)

        _stage("baseline: datasketch per-doc", datasketch_baseline, k, words, results)
        try:
            import rensa

            def rensa_baseline() -> None:
                lsh = rensa.RMinHashLSH(threshold=0.8, num_perm=128, num_bands=16)
                for i, t in enumerate(texts):
                    toks = t.lower().split()
                    mh = rensa.RMinHash(num_perm=128, seed=1)
                    mh.update([" ".join(toks[j : j + 5]) for j in range(max(1, len(toks) - 4))])
                    if not lsh.query(mh):
                        lsh.insert(i, mh)

            _stage("baseline: rensa per-doc", rensa_baseline, k, words, results)
        except ImportError:
            print("rensa not installed: pip install '.[bench]' for that baseline")
        base = {r[0]: r[1] for r in results}
        ours = base["signatures (ours, 1 proc)"] + base["lsh + verify (ours)"]
        print(f"dedup ours (signatures + lsh) vs datasketch: {base['baseline: datasketch per-doc'] / ours:.1f}x faster")
        if "baseline: rensa per-doc" in base:
            print(f"dedup ours vs rensa: {ours / base['baseline: rensa per-doc']:.2f}x rensa's time")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
