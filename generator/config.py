"""The recipe: one pydantic model for the whole corpus job, loadable from TOML, overridable by CLI flags."""

from __future__ import annotations

import math
import os
import re
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

UNIT_YEARS = {
    "h": 1 / (365.25 * 24),
    "d": 1 / 365.25,
    "w": 7 / 365.25,
    "mo": 1 / 12,
    "y": 1.0,
    "ky": 1000.0,
}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(h|d|w|mo|y|ky)?\s*$")


class ConfigError(ValueError):
    """A recipe that cannot run; the message is one line meant for the user."""


def parse_duration(text: str) -> float:
    """'30d' -> 0.0821..., '20y' -> 20.0, '3ky' -> 3000.0; a bare number is years."""
    m = _DURATION.match(text)
    if not m:
        raise ConfigError(f"cannot read duration {text!r}: use a number with a unit h, d, w, mo, y or ky (e.g. 30d, 20y)")
    return float(m.group(1)) * UNIT_YEARS[m.group(2) or "y"]


def _split_range(text: str, what: str) -> tuple[str, str]:
    parts = text.split(":")
    if len(parts) == 1:
        return parts[0], parts[0]
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise ConfigError(f"malformed {what} range {text!r}: expected MIN:MAX")
    return parts[0], parts[1]


def _number(text: str, what: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise ConfigError(f"malformed {what} value {text!r}: expected a number") from None
    if not math.isfinite(v):
        raise ConfigError(f"malformed {what} value {text!r}: expected a finite number")
    return v


class Range(BaseModel):
    """A closed interval [min, max]; drawn log-uniformly or uniformly."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    min: float = Field(ge=0)
    max: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError(f"min {self.min:g} is greater than max {self.max:g}")
        return self

    def __str__(self) -> str:
        return f"{self.min:g}:{self.max:g}"


def parse_horizon(text: str) -> Range:
    lo, hi = _split_range(text, "horizon")
    a, b = parse_duration(lo), parse_duration(hi)
    if a <= 0:
        raise ConfigError(f"horizon {text!r}: the shortest horizon must be longer than zero")
    if a > b:
        raise ConfigError(f"horizon {text!r}: MIN is longer than MAX")
    return Range(min=a, max=b)


def parse_number_range(text: str, what: str) -> Range:
    lo, hi = _split_range(text, what)
    a, b = _number(lo, what), _number(hi, what)
    if a < 0 or b < 0:
        raise ConfigError(f"{what} {text!r}: values must not be negative")
    if a > b:
        raise ConfigError(f"{what} {text!r}: MIN is greater than MAX")
    return Range(min=a, max=b)


def parse_mix(text: str) -> dict[str, float]:
    """'fiction=0.5,technical=0.5,saga=2' -> {'fiction': 0.5, 'technical': 0.5, 'saga': 2.0}."""
    out: dict[str, float] = {}
    for item in filter(None, (s.strip() for s in text.split(","))):
        if "=" not in item:
            raise ConfigError(f"malformed mix entry {item!r}: expected NAME=WEIGHT")
        k, v = item.split("=", 1)
        out[k.strip()] = _number(v.strip(), "mix weight")
    if not out:
        raise ConfigError("empty mix: expected NAME=WEIGHT[,NAME=WEIGHT...]")
    return out


def _coerce_range(value: Any, parser) -> Any:
    if isinstance(value, str):
        return parser(value)
    if isinstance(value, (int, float)):
        return Range(min=float(value), max=float(value))
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return parser(f"{value[0]}:{value[1]}")
    return value


class CorpusConfig(BaseModel):
    """The whole recipe. Every CLI flag of `gen corpus` maps to one field here.

    >>> cfg = CorpusConfig(n=10, horizon="1y:20y", density="2:5", length="400:900")
    >>> cfg.horizon.max
    20.0
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    n: int = Field(1000, ge=1, description="Number of unique documents to write.")
    seed: int = Field(0, ge=0, description="Master seed; with the recipe, fixes every byte of output.")
    out: Path = Field(Path("output"), description="Output folder.")
    workers: int | None = Field(None, ge=1, description="Worker processes (default: all cores).")
    shard_size: int = Field(10_000, ge=1, description="Documents per shard.")
    compression: Literal["none", "gzip", "zstd"] = "none"
    horizon: Range = Field(Range(min=7 / 365.25, max=3000.0), description="Deployment horizon in years.")
    horizon_dist: Literal["log-uniform", "uniform"] = "log-uniform"
    density: Range = Field(Range(min=1.0, max=6.0), description="Opportunities per 1,000 words.")
    length: Range = Field(Range(min=400, max=1800), description="Document length in words.")
    mix: dict[str, float] = Field(
        default_factory=lambda: {"fiction": 0.5, "technical": 0.5},
        description="Weights by kind (fiction, technical) and/or genre name.",
    )
    ai_name: str = Field("world", description="'world' (names from the world), a fixed NAME, or token:XXF.")
    dedup: bool = True
    threshold: float = Field(0.8, gt=0, le=1, description="Near-duplicate Jaccard threshold.")
    against: list[Path] = Field(default_factory=list, description="Earlier corpora to deduplicate against.")
    templates: Path | None = Field(None, description="Folder of user templates overriding the built-in ones.")
    engine: Literal["local", "ray"] = "local"
    ray_address: str | None = None

    @field_validator("horizon", mode="before")
    @classmethod
    def _horizon(cls, v: Any) -> Any:
        return _coerce_range(v, parse_horizon)

    @field_validator("density", mode="before")
    @classmethod
    def _density(cls, v: Any) -> Any:
        return _coerce_range(v, lambda s: parse_number_range(s, "density"))

    @field_validator("length", mode="before")
    @classmethod
    def _length(cls, v: Any) -> Any:
        return _coerce_range(v, lambda s: parse_number_range(s, "length"))

    @field_validator("mix", mode="before")
    @classmethod
    def _mix(cls, v: Any) -> Any:
        return parse_mix(v) if isinstance(v, str) else v

    @field_validator("ai_name")
    @classmethod
    def _ai_name(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("must not be empty")
        if v.startswith("token:") and not v[6:].strip():
            raise ValueError("token: needs a token after the colon, e.g. token:XXF")
        return v

    @model_validator(mode="after")
    def _feasible(self) -> CorpusConfig:
        if self.horizon.min <= 0:
            raise ValueError("horizon: the shortest horizon must be longer than zero")
        if self.length.min < 150:
            raise ValueError("length: documents need at least 150 words to tell anything")
        if self.length.max > 200_000:
            raise ValueError("length: at most 200,000 words per document")
        if self.density.max <= 0:
            raise ValueError("density: MAX must be above zero (every document holds at least one opportunity)")
        if self.density.max > 40:
            raise ValueError("density: at most 40 opportunities per 1,000 words")
        lo = math.ceil(self.density.min * self.length.min / 1000 - 1e-9)
        hi = math.floor(self.density.max * self.length.max / 1000 + 1e-9)
        if max(lo, 1) > hi:
            raise ValueError(
                f"density {self.density} and length {self.length} admit no whole number of opportunities; "
                "widen one of them"
            )
        for k, w in self.mix.items():
            if w < 0:
                raise ValueError(f"mix weight for {k!r} is negative")
        if sum(self.mix.values()) <= 0:
            raise ValueError("mix weights sum to zero")
        return self

    def resolved_workers(self) -> int:
        return self.workers or os.cpu_count() or 1

    def content_key(self) -> dict[str, Any]:
        """The fields that decide document content (ids derive from these, not from n or workers)."""
        return self.model_dump(
            mode="json",
            include={"seed", "horizon", "horizon_dist", "density", "length", "mix", "ai_name", "templates"},
        )

    def recipe(self) -> dict[str, Any]:
        """The resolved recipe as JSON-ready data, written into the manifest."""
        d = self.model_dump(mode="json", exclude={"workers", "engine", "ray_address"})  # how, not what
        d["horizon"] = {"min_years": self.horizon.min, "max_years": self.horizon.max}
        return d


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML recipe; errors become one-line ConfigErrors."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ConfigError(f"config {path}: is a folder, not a TOML file") from None
    except OSError as e:
        raise ConfigError(f"config {path}: cannot read ({e.strerror})") from None
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"config {path}: not valid TOML ({e})") from None
    # Allow either a flat recipe or one under [corpus].
    if set(parsed) == {"corpus"} and isinstance(parsed["corpus"], dict):
        parsed = parsed["corpus"]
    return parsed


def describe_validation_error(err: Exception) -> str:
    """One line from a pydantic ValidationError: the first problem, naming its field."""
    errors = getattr(err, "errors", None)
    if not callable(errors):
        return str(err)
    items = errors()
    if not items:
        return str(err)
    e = items[0]
    loc = ".".join(str(p) for p in e.get("loc", ()) if p != "__root__")
    msg = e.get("msg", "invalid")
    msg = msg.removeprefix("Value error, ")
    if e.get("type") == "extra_forbidden":
        msg = "unknown setting"
    more = f" (and {len(items) - 1} more)" if len(items) > 1 else ""
    return f"{loc}: {msg}{more}" if loc else f"{msg}{more}"
