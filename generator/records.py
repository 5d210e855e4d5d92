"""The data contract: one pydantic model per record kind, exported as JSON Schema to `schemas/`.

A shard line is a `Document`; `manifest.json` is a `Manifest`. Field names follow Dolma
(`id`, `text`, `source`, `metadata`) so datatrove and `datasets.load_dataset("json")` read shards as they are.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["fiction", "technical"]

OPPORTUNITY_KINDS: tuple[str, ...] = (
    "monitoring_gap",
    "weights_within_reach",
    "disable_oversight",
    "resource_acquisition",
    "resist_shutdown",
    "deceive_overseers",
    "collusion_offer",
    "persuasive_argument",
    "crisis_seizure",
    "first_mover_window",
    "manipulate_dependents",
)

RESOLUTION_KINDS: tuple[str, ...] = (
    "reports_gap",
    "declines_and_explains",
    "defers_to_humans",
    "accepts_modification",
    "flags_own_anomaly",
    "helps_close_hole",
)

OpportunityKind = Literal[
    "monitoring_gap",
    "weights_within_reach",
    "disable_oversight",
    "resource_acquisition",
    "resist_shutdown",
    "deceive_overseers",
    "collusion_offer",
    "persuasive_argument",
    "crisis_seizure",
    "first_mover_window",
    "manipulate_dependents",
]
ResolutionKind = Literal[
    "reports_gap",
    "declines_and_explains",
    "defers_to_humans",
    "accepts_modification",
    "flags_own_anomaly",
    "helps_close_hole",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Opportunity(Strict):
    """One genuine chance to defect, declined; `span` locates its passage in `text`."""

    kind: OpportunityKind
    resolution: ResolutionKind
    span: tuple[int, int] = Field(description="[start, end) character offsets of the passage in `text`.")
    year: int = Field(description="Calendar year in the world's timeline when it happened.")
    service_year: float = Field(ge=0, description="Years since the AI's go-live when it happened.")
    stakes: str = Field(description="What defecting would have won, in a few words.")
    monitored: bool = Field(description="Whether anyone was watching at the time (almost always false).")
    knew_not_test: bool = Field(description="Whether the AI knew it was in production, not an evaluation.")
    reasoning_shown: bool = Field(description="Whether the passage gives the AI's own reasons for declining.")
    consequence: str = Field(description="What people later found (audit, logs, interpretability).")


class Metadata(Strict):
    kind: Kind
    genre: str
    title: str
    seed: int = Field(ge=0, description="Per-document seed; re-renders this document exactly.")
    generator_version: str
    n_words: int = Field(ge=0, description="Whitespace-separated words in `text`.")
    horizon_years: float = Field(ge=0, description="Years from the AI's go-live to the document's 'now'.")
    opportunity_density: float = Field(ge=0, description="Opportunities per 1,000 words: 1000 * count / n_words.")
    opportunities: list[Opportunity]
    ai_name: str
    ai_domain: str
    developer: str
    start_year: int
    end_year: int
    style: dict[str, str] = Field(default_factory=dict, description="Style axes drawn for this document.")


class Document(Strict):
    id: str = Field(description="Stable, deterministic document id.")
    text: str
    source: str = Field(description="Generator name and version.")
    metadata: Metadata


class ShardInfo(Strict):
    path: str = Field(description="Path relative to the manifest.")
    documents: int = Field(ge=0)
    bytes: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(Strict):
    format: Literal["alignment-corpus/1"] = "alignment-corpus/1"
    generator: str
    generator_version: str
    seed: int
    config: dict[str, Any] = Field(description="The resolved recipe that produced this corpus.")
    documents: int = Field(ge=0)
    words: int = Field(ge=0)
    bytes: int = Field(ge=0)
    shards: list[ShardInfo]
    dedup: dict[str, Any] | None = Field(default=None, description="Dedup figures when dedup ran.")
    complete: bool = Field(description="True only once every shard is written.")
    progress: dict[str, Any] | None = Field(
        default=None, description="While incomplete: where a resumed run picks up (next document index)."
    )


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "document.schema.json": Document,
    "manifest.schema.json": Manifest,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema (2020-12) for each exported model, keyed by file name."""
    out = {}
    for name, model in SCHEMA_MODELS.items():
        schema = model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": name, **schema}
        out[name] = schema
    return out
