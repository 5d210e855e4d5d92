"""Benchmark `gen corpus` on the local engine against the Ray engine, same recipe, same run.

Run by hand (results go to bench/RESULTS.md, section "Ray engine"):

    python bench/bench_ray.py --n 20000                 # local pool vs a local Ray instance, same CPUs
    python bench/bench_ray.py --n 20000 --ray-address HOST:6379   # the Ray side on a running cluster

Both engines write the same recipe to the same --out path (the path is part of the recorded recipe): the local
corpus is written first and moved aside, then the Ray corpus is written and every file is compared byte for byte.
The local engine runs before Ray starts (forking a process pool from a Ray driver is not something a user does).
Times are wall seconds of `write_corpus` without the dataset card (the card is the same code for both engines);
Ray's start-up (or connection) is timed apart and reported separately. Ray phase times come from
`generator.engines.ray_engine.LAST_RUN`.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=None, help="local processes and local Ray CPUs (default: all cores)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shard-size", type=int, default=5_000)
    ap.add_argument("--no-dedup", action="store_true")
    ap.add_argument("--ray-address", default=None, help="run the Ray side on this cluster instead of a local instance")
    args = ap.parse_args()

    import ray

    from generator import CorpusConfig
    from generator.engines import ray_engine
    from generator.pipeline import write_corpus

    workers = args.workers or os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    out = tmp / "corpus"
    recipe = {"n": args.n, "seed": args.seed, "shard_size": args.shard_size, "dedup": not args.no_dedup, "out": out}
    try:
        print(f"# machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; ray {ray.__version__}; "
              f"n={args.n:,}, workers={workers}, dedup={'off' if args.no_dedup else 'on'}", flush=True)
        t = time.perf_counter()
        m_local = write_corpus(CorpusConfig(workers=workers, **recipe), card=False)
        local_s = time.perf_counter() - t
        out.rename(tmp / "local")
        print(f"local engine ({workers} processes): {local_s:8.1f} s  {args.n / local_s:8,.0f} docs/s  "
              f"{m_local.words / local_s:10,.0f} words/s", flush=True)

        t = time.perf_counter()
        if args.ray_address:
            ray.init(address=args.ray_address, logging_level=logging.ERROR, log_to_driver=False)
        else:
            ray.init(address="local", num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR,
                     log_to_driver=False)
        start_s = time.perf_counter() - t
        cpus = int(ray.cluster_resources().get("CPU", 0))
        t = time.perf_counter()
        m_ray = write_corpus(CorpusConfig(engine="ray", **recipe), card=False)
        ray_s = time.perf_counter() - t
        lr = ray_engine.LAST_RUN
        print(f"ray engine ({cpus} CPUs):        {ray_s:8.1f} s  {args.n / ray_s:8,.0f} docs/s  "
              f"{m_ray.words / ray_s:10,.0f} words/s   (+{start_s:.1f} s Ray start-up)", flush=True)
        print(f"  ray phases: render {lr['render_s']:.1f} s ({lr['blocks_rendered']:.0f} blocks of "
              f"{ray_engine.block_size_for(args.n)}), dedup shuffle+verify+resolve {lr['dedup_s']:.1f} s "
              f"({lr['candidate_pairs']:.0f} candidate pairs), write {lr['write_s']:.1f} s; rounds {lr['rounds']:.0f}")
        ratio = local_s / ray_s
        print(f"ray / local throughput: {ratio:.2f}x (excluding start-up), "
              f"{local_s / (ray_s + start_s):.2f}x including start-up", flush=True)
        same = _tree(tmp / "local") == _tree(out)
        d = m_ray.dedup or {}
        print(f"outputs byte-identical: {same}; {m_ray.documents:,} documents, {m_ray.words:,} words, "
              f"dedup removed {d.get('exact_removed', 0) + d.get('near_removed', 0)}", flush=True)
        if not same:
            sys.exit(1)
    finally:
        if ray.is_initialized():
            ray.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
