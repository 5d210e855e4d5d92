"""Plan: from (recipe, index) to one document's seed, genre, horizon and ranges. Pure and cheap.

Every choice for document i comes from a Random seeded by (master seed, i), so any document can be re-planned
and re-rendered alone, in any process, in any order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from random import Random

import orjson
import xxhash

from generator.config import ConfigError, CorpusConfig
from generator.genres import all_genres

KINDS = ("fiction", "technical")


@dataclass(frozen=True)
class DocPlan:
    index: int
    seed: int
    doc_id: str
    genre: str
    horizon_years: float
    length: tuple[float, float]
    density: tuple[float, float]
    ai_name: str


def doc_seed(master: int, index: int) -> int:
    """A 63-bit per-document seed; stable across Python versions and platforms (no `hash()`)."""
    return xxhash.xxh3_64_intdigest(f"{master}:{index}".encode()) >> 1


def content_fingerprint(config: CorpusConfig) -> str:
    return xxhash.xxh3_64_hexdigest(orjson.dumps(config.content_key(), option=orjson.OPT_SORT_KEYS))


def genre_weights(config: CorpusConfig) -> dict[str, float]:
    """Resolve `mix` (kinds and/or genre names) into a weight per eligible genre.

    Kind weights split evenly across that kind's genres, scaled by any genre weights named; if only genres are
    named, only those genres are used. Genres whose natural horizon cannot meet the recipe's are left out.
    """
    genres = all_genres()
    mix = config.mix
    unknown = [k for k in mix if k not in KINDS and k not in genres]
    if unknown:
        raise ConfigError(f"mix: unknown genre or kind {unknown[0]!r} (see `gen genres`)")
    h, ln = config.horizon, config.length

    def fits(g) -> bool:
        # A genre needs real room to land a length: an overlap of at least a tenth of its lower end (and 50 words).
        lo, hi = max(g.length_range[0], ln.min), min(g.length_range[1], ln.max)
        return (g.horizon_range[0] <= h.max and g.horizon_range[1] >= h.min
                and hi - lo >= max(50.0, 0.1 * lo))

    eligible = {n: g for n, g in genres.items() if fits(g)}
    kinds_named = [k for k in KINDS if k in mix]
    out: dict[str, float] = {}
    if kinds_named:
        for kind in kinds_named:
            members = [n for n, g in eligible.items() if g.kind == kind]
            gw = {n: mix.get(n, 1.0) for n in members}
            total = sum(gw.values())
            if total <= 0:
                continue
            for n, w in gw.items():
                out[n] = out.get(n, 0.0) + mix[kind] * w / total
        # genres named whose kind was not named still count, at their own weight
        for n in mix:
            if n in eligible and eligible[n].kind not in kinds_named:
                out[n] = out.get(n, 0.0) + mix[n]
    else:
        for n in mix:
            if n in eligible:
                out[n] = mix[n]
            elif n in genres:
                g = genres[n]
                raise ConfigError(
                    f"mix: genre {n!r} needs a horizon within {g.horizon_range[0]:g}y:{g.horizon_range[1]:g}y and a length "
                    f"within {g.length_range[0]:g}:{g.length_range[1]:g} words, which the recipe excludes"
                )
    out = {n: w for n, w in out.items() if w > 0}
    if not out:
        raise ConfigError("mix: no genre has positive weight for this recipe (check weights and horizon)")
    return dict(sorted(out.items()))


@lru_cache(maxsize=16)
def _cum_weights(items: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    names = tuple(n for n, _ in items)
    cum, acc = [], 0.0
    for _, w in items:
        acc += w
        cum.append(acc)
    return names, tuple(cum)


def _intersect(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float] | None:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None


class Planner:
    """Plans documents for one recipe."""

    def __init__(self, config: CorpusConfig) -> None:
        self.config = config
        self.weights = genre_weights(config)
        self.names, self.cum = _cum_weights(tuple(self.weights.items()))
        self.fingerprint = content_fingerprint(config)
        self.genres = all_genres()

    def plan(self, index: int) -> DocPlan:
        c = self.config
        seed = doc_seed(c.seed, index)
        rng = Random(seed)
        r = rng.random() * self.cum[-1]
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:  # bisect on cumulative weights
            mid = (lo + hi) // 2
            if self.cum[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        name = self.names[lo]
        g = self.genres[name]
        hr = _intersect((c.horizon.min, c.horizon.max), g.horizon_range) or (c.horizon.min, c.horizon.max)
        if c.horizon_dist == "log-uniform" and hr[1] > hr[0]:
            horizon = math.exp(rng.uniform(math.log(hr[0]), math.log(hr[1])))
        else:
            horizon = rng.uniform(*hr)
        length = _intersect((c.length.min, c.length.max), g.length_range) or (c.length.min, c.length.max)
        density = (c.density.min, c.density.max)
        if not _feasible(length, density):
            length = (c.length.min, c.length.max)
        doc_id = xxhash.xxh3_64_hexdigest(f"{self.fingerprint}:{index}".encode())
        return DocPlan(index, seed, f"{name}-{doc_id}", name, horizon, length, density, c.ai_name)


def _feasible(length: tuple[float, float], density: tuple[float, float]) -> bool:
    k_lo = max(1, math.ceil(density[0] * length[0] / 1000 - 1e-9))
    k_hi = math.floor(density[1] * length[1] / 1000 + 1e-9)
    return k_lo <= k_hi
