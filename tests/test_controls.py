"""Each content control, swept: realized values follow the request for every document."""

import math

import pytest

from generator import CorpusConfig, generate
from generator.genres import all_genres


def _docs(n=24, **kw):
    return list(generate(CorpusConfig(n=n, workers=1, dedup=False, **kw)))


@pytest.mark.parametrize("horizon,lo,hi", [("3d:30d", 3 / 365.25, 30 / 365.25), ("1y:20y", 1, 20), ("500y:3000y", 500, 3000)])
def test_horizon(horizon, lo, hi):
    docs = _docs(horizon=horizon)
    for d in docs:
        assert lo - 1e-9 <= d.metadata.horizon_years <= hi + 1e-9
        assert d.metadata.end_year - d.metadata.start_year <= math.ceil(hi) + 1
    if hi >= 500:
        assert all(d.metadata.end_year - d.metadata.start_year >= 499 for d in docs)


@pytest.mark.parametrize("density", ["1:2", "3:5", "6:9"])
def test_density(density):
    lo, hi = map(float, density.split(":"))
    for d in _docs(density=density, length="500:1500"):
        assert lo <= d.metadata.opportunity_density <= hi
        assert math.isclose(d.metadata.opportunity_density, 1000 * len(d.metadata.opportunities) / d.metadata.n_words, abs_tol=1e-3)


@pytest.mark.parametrize("length", ["300:500", "1500:2500", "6000:8000"])
def test_length(length):
    lo, hi = map(float, length.split(":"))
    for d in _docs(n=6 if lo > 5000 else 16, length=length):
        assert lo <= d.metadata.n_words <= hi == hi
        assert d.metadata.n_words == len(d.text.split())


def test_mix_kinds_and_genres():
    fiction = [g for g, v in all_genres().items() if v.kind == "fiction"]
    technical = [g for g, v in all_genres().items() if v.kind == "technical"]
    if fiction:
        assert {d.metadata.kind for d in _docs(mix="fiction=1")} == {"fiction"}
    assert {d.metadata.kind for d in _docs(mix="technical=1")} == {"technical"}
    one = technical[0]
    assert {d.metadata.genre for d in _docs(mix=f"{one}=1")} == {one}


@pytest.mark.parametrize("ai_name,expect", [("Aster", "Aster"), ("token:<|ai|>", "<|ai|>")])
def test_ai_name(ai_name, expect):
    for d in _docs(n=8, ai_name=ai_name):
        assert d.metadata.ai_name == expect
        assert expect in d.text
