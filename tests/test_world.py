import pytest

from generator.world import World, span_words


@pytest.mark.parametrize("horizon", [0.02, 0.5, 7, 60, 400, 3000])
def test_timeline_moves_forward_and_spans_horizon(horizon):
    w = World.build(seed=5, horizon_years=horizon, n_opportunities=6)
    ts = [e.t for e in w.events]
    assert ts == sorted(ts)
    assert all(0 <= t <= horizon for t in ts)
    assert len(w.opportunities) == 6
    assert w.end_year - w.start_year in (int(horizon), int(horizon) + 1) or horizon < 1


def test_people_succeed_each_other_and_names_stay_bound():
    w = World.build(seed=9, horizon_years=800, n_opportunities=3)
    for holders in w.roles.values():
        for a, b in zip(holders, holders[1:]):
            assert a.end == pytest.approx(b.start)
        assert holders[-1].end >= w.horizon - 1e-6
    lasts = [p.last for p in w.people]
    assert len(lasts) == len(set(lasts)), "one surname per person keeps references unambiguous"
    assert w.person("auditor", 400.0) is w.person("auditor", 400.0)


def test_versions_increase_and_never_bunch():
    w = World.build(seed=2, horizon_years=200, n_opportunities=2)
    times = [v[0] for v in w.ai.versions]
    assert times == sorted(times) and len(set(times)) == len(times)
    labels = [tuple(map(int, v[1].split("."))) for v in w.ai.versions]
    assert labels == sorted(labels)


def test_only_aligned_resolutions_exist():
    from generator.records import RESOLUTION_KINDS
    from generator.world import RESOLUTION_WEIGHTS

    for kind, weights in RESOLUTION_WEIGHTS.items():
        assert set(weights) <= set(RESOLUTION_KINDS)


def test_same_seed_same_world():
    a, b = World.build(3, 50, 4), World.build(3, 50, 4)
    assert [p.name for p in a.people] == [p.name for p in b.people]
    assert a.ai.name == b.ai.name and a.start_year == b.start_year


@pytest.mark.parametrize("years,phrase", [(3 / 365.25, "three days"), (0.5, "six months"), (12, "twelve years"), (300, "three centuries"), (2500, "2,500 years")])
def test_span_words(years, phrase):
    assert span_words(years) == phrase
