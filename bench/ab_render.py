"""Same-run A/B of rendering CPU per document between two checkouts (e.g. a `git worktree` of an older commit).

    python bench/ab_render.py OLD_TREE NEW_TREE [--n 600] [--reps 2] [--dedup]

Each tree renders documents 0..n-1 of the default recipe (seed 0) in a fresh process with its own code
(`PYTHONPATH=TREE`), alternating trees between repetitions so machine load hits both alike. Reports CPU ms per
document (`time.process_time`, after a warm-up chunk) and a digest of the JSON lines (and, with --dedup, the MinHash
signatures), so a speed change can also be checked to give the same bytes. Both trees use this interpreter.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CODE = r"""
import hashlib, time
from generator.config import CorpusConfig
from generator import pipeline as P
P._init_worker(CorpusConfig(n=10**6, dedup={dedup}).model_dump_json().encode())
P._render_chunk(range(900000, 900032))
h = hashlib.sha256(); t = time.process_time()
for a in range(0, {n}, 16):
    rows, prep = P._render_chunk(range(a, min(a + 16, {n})))
    for r in rows: h.update(r[1])
    if prep is not None: h.update(prep.sigs.tobytes())
print(1000 * (time.process_time() - t) / {n}, h.hexdigest()[:16])
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--dedup", action="store_true", help="also compute dedup signatures, as the render workers do")
    a = ap.parse_args()
    code = CODE.format(dedup=a.dedup, n=a.n)
    ms: dict[str, list[float]] = {a.old: [], a.new: []}
    digests: dict[str, set[str]] = {a.old: set(), a.new: set()}
    for r in range(a.reps):
        for tree in (a.old, a.new) if r % 2 == 0 else (a.new, a.old):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree,
                                 env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"})
            if out.returncode:
                sys.exit(f"{tree}: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else 'failed'}")
            t, d = out.stdout.split()
            ms[tree].append(float(t))
            digests[tree].add(d)
    for tree in (a.old, a.new):
        print(f"{tree}: {' '.join(f'{x:.3f}' for x in ms[tree])} ms/doc, median {statistics.median(ms[tree]):.3f}, "
              f"digest {','.join(sorted(digests[tree]))}")
    ratio = statistics.median(ms[a.new]) / statistics.median(ms[a.old])
    same = "same bytes" if digests[a.old] == digests[a.new] else "different bytes"
    print(f"new / old CPU per document: {ratio:.3f} ({same})")


if __name__ == "__main__":
    main()
