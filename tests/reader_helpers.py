"""Shared by the reader-defect tests: rendering a document together with its world, and the openings of a rule."""
from __future__ import annotations

import generator.genres.base as base
from generator.genres import get_genre
from generator.world import World


def render_with_world(genre: str, seed: int, horizon: float) -> tuple[str, World]:
    """The text of one document of `genre` and the World it was told from."""
    got: dict[str, World] = {}
    real = World.build.__func__  # type: ignore[attr-defined]

    def grab(cls, *a, **k):
        w = real(cls, *a, **k)
        got["w"] = w
        return w

    base.World.build = classmethod(grab)  # type: ignore[method-assign]
    try:
        text = get_genre(genre).render(seed=seed, horizon_years=horizon).text
    finally:
        base.World.build = classmethod(real)  # type: ignore[method-assign]
    return text, got["w"]


def rule_openings(alt: str) -> list[str]:
    """The ways a rule can begin: each top-level branch of a leading [a|b|c] choice, else the rule itself."""
    if not alt.startswith("["):
        return [alt]
    out, depth, start = [], 0, 1
    for i, c in enumerate(alt):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                out.append(alt[start:i])
                return [o for b in out for o in rule_openings(b)]
        elif c == "|" and depth == 1:
            out.append(alt[start:i])
            start = i + 1
    return out
