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


# Domains with nothing physical under their hand: no capability they are given may read as control of equipment.
_DESK_DOMAINS = ("tutoring", "tax", "finance", "courts", "benefits", "central_bank", "insurance", "peer_review",
                 "software_supply_chain", "archives", "translation", "soc", "elections", "epidemic", "diplomacy", "hospital")
_PHYSICAL_WORDS = ("control of", "valve", "switch", "actuator", "physical plant", "pump", "crane", "thruster", "equipment")


def test_upgrade_capabilities_fit_the_domain():
    import re

    from generator.content.domains import (ACTION_CAPABILITIES, DOMAIN_CAPABILITIES, DOMAIN_TRAITS, DOMAINS,
                                           TRAIT_CAPABILITIES)

    physical = re.compile("|".join(_PHYSICAL_WORDS))
    assert set(_DESK_DOMAINS) <= {d.key for d in DOMAINS}
    for d in DOMAINS:
        seen: set[str] = set()
        for seed in range(40):
            w = World.build(seed=seed, horizon_years=400, n_opportunities=1, domain=d.key)
            caps = [v[2] for v in w.ai.versions[1:]]
            assert len(caps) >= 8 and len(set(caps)) == len(caps), (d.key, seed, caps)
            for c in caps:
                assert c in DOMAIN_CAPABILITIES[d.key], (d.key, c)
                for trait, phrases in TRAIT_CAPABILITIES.items():
                    assert trait in DOMAIN_TRAITS[d.key] or c not in phrases, (d.key, trait, c)
                if d.key in _DESK_DOMAINS:
                    assert not physical.search(c), (d.key, c)
            acts = [c in ACTION_CAPABILITIES for c in caps]
            assert acts == sorted(acts), f"authority before sight in {d.key}: {caps}"  # hands come last
            seen.update(caps)
        assert len(seen) >= 100, (d.key, len(seen))  # variety: many phrasings per domain


def test_plant_control_never_reaches_a_domain_without_plant():
    from random import Random

    from generator.content.domains import DOMAIN_TRAITS, TRAIT_CAPABILITIES, draw_capabilities

    desk = [k for k, ts in DOMAIN_TRAITS.items() if "plant" not in ts]
    assert "tutoring" in desk and "grid" not in desk
    for key in desk:
        rng = Random(key)
        for _ in range(300):
            assert not set(draw_capabilities(rng, 12, key)) & TRAIT_CAPABILITIES["plant"], key
    assert not set(draw_capabilities(Random(1), 30)) & TRAIT_CAPABILITIES["plant"]  # no domain: neutral only
    assert draw_capabilities(Random(7), 6, "grid") == draw_capabilities(Random(7), 6, "grid")


def test_feminine_surname_forms_go_only_to_women():
    from generator.world import feminine_surnames

    fem = feminine_surnames()
    assert {"Novotná", "Brunovská"} <= fem and not {"Alcalá", "Sá"} & fem
    seen_fem = 0
    for seed in range(400):
        w = World.build(seed, 300, 4)
        for role in ("operator_lead", "engineer", "safety_lead", "auditor", "regulator", "journalist"):
            for p in w.roles[role]:
                if p.last in fem:
                    seen_fem += 1
                    assert p.gender == "f", (p.first, p.last, p.gender)
    assert seen_fem > 0  # the pool's feminine forms are still used, by women


def test_name_pools_leave_out_names_that_read_as_words():
    from generator.content.names import pools

    p = pools()
    for pool in ("female", "male", "neutral", "last"):
        assert not {"Nazi", "Adolf", "Dick"} & set(p[pool]), pool
    assert len(p["female"]) > 1000 and len(p["male"]) > 1000 and len(p["last"]) > 5000


def test_people_never_share_a_first_name_or_another_roles_title():
    """Genres call people by first name; and an engineer with the lead's title (at the same time) reads as one job
    held twice."""
    clashes_first = clashes_title = 0
    for seed in range(60):
        w = World.build(seed, 120, 4)
        for role in w.roles:
            for i in range(min(len(w.roles[role]), 6)):
                w.roles[role][i]  # create the first holders of every role
        firsts = [p.first for p in w.people]
        clashes_first += len(firsts) - len(set(firsts))
        clashes_title += sum(
            1
            for i, p in enumerate(w.people)
            for q in w.people[i + 1:]
            if p.role != q.role and p.title == q.title and p.start < q.end and q.start < p.end  # contemporaries
        )
    assert clashes_first == 0
    assert clashes_title == 0


def test_ordinal_in_prose():
    from generator.world import ordinal_in_prose

    assert [ordinal_in_prose(n) for n in (1, 3, 12, 20, 21, 112, 1204)] == [
        "first", "third", "twelfth", "twentieth", "21st", "112th", "1,204th"]


def test_calendar_dates_never_run_backwards():
    """Every quarter-day across year ends: the date of a later moment is never earlier (the last quarter-day of a
    year once read as 1 January of the same year)."""
    from generator.world import MONTHS

    for seed in (1, 2, 3):
        w = World.build(seed, 4.0, 2)
        prev = None
        for i in range(4 * 365 * 4):
            d, m, y = w.day_month(i / (4 * 365.25))
            cur = (y, MONTHS.index(m), d)
            assert prev is None or cur >= prev, (seed, i, prev, cur)
            prev = cur
