import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from generator.config import ConfigError, CorpusConfig, describe_validation_error, load_toml, parse_duration, parse_horizon, parse_mix


@pytest.mark.parametrize("text,years", [("30d", 30 / 365.25), ("20y", 20.0), ("3ky", 3000.0), ("6mo", 0.5), ("2w", 14 / 365.25), ("7", 7.0)])
def test_durations(text, years):
    assert math.isclose(parse_duration(text), years)


@pytest.mark.parametrize("bad", ["", "y", "3x", "-1y", "1y:2y:3y", "abc"])
def test_bad_durations(bad):
    with pytest.raises(ConfigError):
        parse_horizon(bad)


def test_horizon_range_and_order():
    r = parse_horizon("500y:3000y")
    assert (r.min, r.max) == (500, 3000)
    with pytest.raises(ConfigError, match="MIN is longer"):
        parse_horizon("5y:1y")


def test_mix_parsing():
    assert parse_mix("fiction=0.5, technical=0.5,saga=2") == {"fiction": 0.5, "technical": 0.5, "saga": 2.0}
    for bad in ("fiction", "fiction=x", ""):
        with pytest.raises(ConfigError):
            parse_mix(bad)


@pytest.mark.parametrize(
    "kw,needle",
    [
        ({"n": 0}, "n:"),
        ({"workers": 0}, "workers"),
        ({"shard_size": 0}, "shard_size"),
        ({"compression": "lz4"}, "compression"),
        ({"mix": "fiction=0,technical=0"}, "sum to zero"),
        ({"density": "5:2"}, "MIN is greater"),
        ({"density": "5:6", "length": "150:160"}, "no whole number"),
        ({"bogus": 1}, "unknown setting"),
        ({"length": "10:20"}, "at least 150"),
    ],
)
def test_bad_configs_name_the_problem(kw, needle):
    with pytest.raises(ValidationError) as e:
        CorpusConfig(**kw)
    msg = describe_validation_error(e.value)
    assert needle in msg and "\n" not in msg


def test_toml_flat_and_sectioned(tmp_path):
    p = tmp_path / "r.toml"
    p.write_text('n = 7\nhorizon = "1y:20y"\nmix = { fiction = 1 }\n')
    cfg = CorpusConfig.model_validate(load_toml(p))
    assert cfg.n == 7 and cfg.horizon.max == 20 and cfg.mix == {"fiction": 1}
    p.write_text('[corpus]\nn = 9\n')
    assert CorpusConfig.model_validate(load_toml(p)).n == 9


def test_toml_errors_are_one_line(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("n = [\n")
    with pytest.raises(ConfigError) as e:
        load_toml(p)
    assert "not valid TOML" in str(e.value)
    with pytest.raises(ConfigError, match="cannot read"):
        load_toml(tmp_path / "missing.toml")


@settings(max_examples=60, deadline=None)
@given(
    dmin=st.floats(0, 10), dspan=st.floats(0, 10), lmin=st.integers(150, 5000), lspan=st.integers(0, 5000),
)
def test_feasibility_is_decided_up_front(dmin, dspan, lmin, lspan):
    """A config either validates and admits a whole number of opportunities, or fails with one clear line."""
    try:
        cfg = CorpusConfig(density=f"{dmin}:{dmin + dspan}", length=f"{lmin}:{lmin + lspan}")
    except ValidationError as e:
        assert "\n" not in describe_validation_error(e)
        return
    k_lo = max(1, math.ceil(cfg.density.min * cfg.length.min / 1000 - 1e-9))
    k_hi = math.floor(cfg.density.max * cfg.length.max / 1000 + 1e-9)
    assert k_lo <= k_hi


def test_recipe_round_trips_through_manifest_form():
    cfg = CorpusConfig(n=5, horizon="3d:30d", mix="fiction=1")
    r = cfg.recipe()
    assert r["n"] == 5 and r["mix"] == {"fiction": 1.0} and "workers" not in r
    assert math.isclose(r["horizon"]["max_years"], 30 / 365.25)
