"""Where the corpus repeats itself: diagnostics for content work (run by hand; not part of `gen stats`).

    python bench/diversity_probe.py split [--docs 100] [--seed 0]
    python bench/diversity_probe.py genre NAME [--docs 150] [--seed 0] [--top 40]
    python bench/diversity_probe.py genres [--docs 60] [--seed 0]
    python bench/diversity_probe.py samples CORPUS_DIR [--sets 8] [--docs 100]

`split` renders a mixed sample of the default recipe (as `gen stats` samples it: all genres) and scores each
document's BLEU-4 three ways: against all the other documents (the Self-BLEU of `gen stats`), against the documents
of OTHER genres only, and against those of its own genre only. The gap between the first two is what same-genre
formulae add to the overall figure, per genre.

In a mixed sample each document has only a few documents of its own genre among its references, so what inflates
Self-BLEU is not a phrase repeated now and then but a formula that a large share of the genre's documents contain.
`genre` measures that directly for one genre: the few-ref BLEU (each of 100 documents against 4 others of the genre),
the p1 share (share of a document's 4-grams found in one random other document of the genre) and the 4-grams with
the most mass (occurrences x document frequency), with df% = share of the genre's documents containing the 4-gram.
`genres` prints the first two figures for every genre.
`samples` reads a written corpus and scores Self-BLEU-4 (exactly as `gen stats`) on several independent random
samples of 100 of its documents (sample k drawn with Random(k)), to show how much the single sample `gen stats`
reports moves from one draw of 100 documents to another.

Documents come from `Planner(CorpusConfig(n=10**7, seed=SEED)).plan(i)` for indices far from those of a default
10,000-document corpus, rendered in this process; the same arguments give the same figures.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter, defaultdict

from generator import stats as S
from generator.config import CorpusConfig
from generator.genres import all_genres
from generator.pipeline import render_plan
from generator.plan import Planner

START = 3_000_000


def _docs(seed: int, n: int, genre: str | None = None) -> tuple[list[tuple[str, list[str]]], float]:
    """n rendered documents (genre, words), optionally of one genre, and CPU ms per document."""
    planner = Planner(CorpusConfig(n=10**7, seed=seed))
    out: list[tuple[str, list[str]]] = []
    i, cpu = START, 0.0
    while len(out) < n:
        p = planner.plan(i)
        i += 1
        if genre and p.genre != genre:
            continue
        t0 = time.process_time()
        d = render_plan(p)
        cpu += time.process_time() - t0
        out.append((p.genre, S.words(d.text)))
    return out, 1000 * cpu / n


def _grams(tokens: list[str]) -> dict[int, Counter]:
    return {n: Counter(tuple(tokens[k : k + n]) for k in range(len(tokens) - n + 1)) for n in range(1, 5)}


def bleu(hyp: dict[int, Counter], refs: list[dict[int, Counter]]) -> float:
    """BLEU-4 as `gen stats` scores it (clipped precisions, smoothing method 1), without the brevity penalty."""
    log_p = 0.0
    for n in range(1, 5):
        h = hyp[n]
        den = sum(h.values())
        num = sum(min(v, max((r[n].get(g, 0) for r in refs), default=0)) for g, v in h.items())
        p = num / den if num else S.SELF_BLEU_EPSILON / max(den, 1)
        log_p += 0.25 * math.log(p)
    return math.exp(log_p)


def split(docs: int, seed: int) -> None:
    sample, _ = _docs(seed, docs)
    grams = [_grams(t) for _, t in sample]
    scores: dict[str, list[float]] = {"all": [], "other genres": [], "own genre": []}
    gap: dict[str, list[float]] = defaultdict(list)
    for j, (genre, _) in enumerate(sample):
        same = [grams[k] for k, (g, _) in enumerate(sample) if k != j and g == genre]
        other = [grams[k] for k, (g, _) in enumerate(sample) if g != genre]
        a, o = bleu(grams[j], same + other), bleu(grams[j], other)
        scores["all"].append(a)
        scores["other genres"].append(o)
        scores["own genre"].append(bleu(grams[j], same) if same else 0.0)
        gap[genre].append(a - o)
    print(f"{docs} mixed documents, seed {seed} (BLEU-4 without brevity penalty)")
    for k, v in scores.items():
        print(f"  against {k:13s} {sum(v) / len(v):.3f}")
    print("what same-genre references add, per genre (documents in sample, mean gap):")
    for g, v in sorted(gap.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
        print(f"  {g:28s} {len(v):3d}  {sum(v) / len(v):.3f}")


def _genre_figures(genre: str, docs: int, seed: int) -> tuple[float, float, float, Counter, Counter]:
    sample, ms = _docs(seed, docs, genre)
    grams = [_grams(t) for _, t in sample]
    m = min(100, docs - 4)
    few = sum(bleu(grams[i], [grams[(i + j) % docs] for j in range(1, 5)]) for i in range(m)) / m
    df: Counter = Counter()
    for g in grams:
        df.update(g[4].keys())
    mass: Counter = Counter()
    p1 = 0.0
    for g in grams:
        total = sum(g[4].values()) or 1
        share = 0.0
        for key, v in g[4].items():
            f = (df[key] - 1) / (docs - 1)
            share += v * f
            mass[key] += v * f
        p1 += share / total
    return few, p1 / docs, ms, df, mass


def genre(name: str, docs: int, seed: int, top: int) -> None:
    few, p1, ms, df, mass = _genre_figures(name, docs, seed)
    print(f"{name}: few-ref BLEU {few:.4f}  p1 share {100 * p1:.2f}%  {ms:.2f} ms/doc CPU  ({docs} documents, seed {seed})")
    print("  mass   df%  4-gram")
    for key, v in mass.most_common(top):
        print(f"{v:6.2f} {100 * df[key] / docs:5.1f}  {' '.join(key)}")


def genres(docs: int, seed: int) -> None:
    rows = []
    for name in sorted(all_genres()):
        few, p1, ms, _, _ = _genre_figures(name, docs, seed)
        rows.append(few)
        print(f"{name:28s} few-ref BLEU {few:.3f}  p1 share {100 * p1:5.2f}%  {ms:5.2f} ms/doc", flush=True)
    print(f"mean few-ref BLEU {sum(rows) / len(rows):.4f}")


def samples(corpus: str, sets: int, docs: int) -> None:
    import random

    from pathlib import Path

    from generator.shardio import iter_records

    texts = [r["text"] for r in iter_records([Path(corpus)])]
    if len(texts) < docs:
        raise SystemExit(f"{corpus}: {len(texts)} documents, fewer than --docs {docs}")
    vals = [S.self_bleu(random.Random(k).sample(texts, docs)) or 0.0 for k in range(sets)]
    print(f"{corpus}: {len(texts):,} documents; Self-BLEU-4 of {sets} random samples of {docs}:")
    print("  " + " ".join(f"{v:.3f}" for v in vals))
    mean = sum(vals) / len(vals)
    sd = (sum((v - mean) ** 2 for v in vals) / max(1, len(vals) - 1)) ** 0.5
    print(f"  mean {mean:.4f}  sd {sd:.4f}  min {min(vals):.3f}  max {max(vals):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("split", help="Self-BLEU against all / other-genre / own-genre references")
    a.add_argument("--docs", type=int, default=100)
    a.add_argument("--seed", type=int, default=0)
    b = sub.add_parser("genre", help="one genre's few-ref BLEU, p1 share and most widespread 4-grams")
    b.add_argument("name", choices=sorted(all_genres()))
    b.add_argument("--docs", type=int, default=150)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--top", type=int, default=40)
    c = sub.add_parser("genres", help="few-ref BLEU and p1 share of every genre")
    c.add_argument("--docs", type=int, default=60)
    c.add_argument("--seed", type=int, default=0)
    d = sub.add_parser("samples", help="Self-BLEU of several random 100-document samples of a written corpus")
    d.add_argument("corpus")
    d.add_argument("--sets", type=int, default=8)
    d.add_argument("--docs", type=int, default=100)
    args = ap.parse_args()
    if args.cmd == "samples":
        samples(args.corpus, args.sets, args.docs)
    elif args.cmd == "split":
        split(args.docs, args.seed)
    elif args.cmd == "genre":
        genre(args.name, args.docs, args.seed, args.top)
    else:
        genres(args.docs, args.seed)


if __name__ == "__main__":
    main()
