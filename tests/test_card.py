"""The dataset card: README.md with a Hugging Face YAML header, recipe, figures and four deterministic PNG plots."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import orjson
import pytest

from generator import card as C
from generator.stats import corpus_stats

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GENRES = {"short_story": "fiction", "diary": "fiction", "incident_postmortem": "technical"}
RECIPE = {
    "n": 30,
    "seed": 7,
    "out": "output",
    "workers": None,
    "compression": "gzip",
    "horizon": {"min_years": 0.02, "max_years": 3000.0},
    "density": {"min": 1.0, "max": 6.0},
    "mix": {"fiction": 0.5, "technical": 0.5},
    "dedup": True,
    "against": [],
    "templates": None,
}


def build_corpus(root: Path, n: int = 30) -> dict:
    rng = random.Random(0)
    root.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        genre = list(GENRES)[i % 3]
        text = " ".join(f"w{rng.randrange(3000)}" for _ in range(rng.randint(150, 600))) + "."
        nw = len(text.split())
        opp = {
            "kind": "monitoring_gap",
            "resolution": "reports_gap",
            "span": [0, 4],
            "year": 2050,
            "service_year": 1.0,
            "stakes": "s",
            "monitored": False,
            "knew_not_test": True,
            "reasoning_shown": True,
            "consequence": "c",
        }
        md = {
            "kind": GENRES[genre],
            "genre": genre,
            "title": "t",
            "seed": i,
            "generator_version": "0",
            "n_words": nw,
            "horizon_years": 10 ** rng.uniform(-2, 3.4),
            "opportunity_density": 1000 / nw,
            "opportunities": [opp],
            "ai_name": "A",
            "ai_domain": "d",
            "developer": "D",
            "start_year": 2040,
            "end_year": 2041,
            "style": {},
        }
        lines.append(orjson.dumps({"id": f"d{i}", "text": text, "source": "t", "metadata": md}))
    data = b"\n".join(lines) + b"\n"
    (root / "shard-00000.jsonl").write_bytes(data)
    manifest = {
        "format": "alignment-corpus/1",
        "generator": "alignment-corpus-generator",
        "generator_version": "0.1.0",
        "seed": 7,
        "config": RECIPE,
        "documents": n,
        "words": 0,
        "bytes": len(data),
        "shards": [{"path": "shard-00000.jsonl", "documents": n, "bytes": len(data), "sha256": "0" * 64}],
        "dedup": {"removed": 2, "threshold": 0.8},
        "complete": True,
    }
    (root / "manifest.json").write_bytes(orjson.dumps(manifest))
    return manifest


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    manifest = build_corpus(root)
    stats = corpus_stats(root, sample_words=4_000)
    readme = C.write_card(root, stats, manifest)
    return root, stats, manifest, readme


def front_matter(text: str) -> dict[str, object]:
    """A hand parser for the flat YAML header we write: `key: value` and `key:` followed by `- item` lines."""
    lines = text.splitlines()
    assert lines[0] == "---"
    end = lines.index("---", 1)
    out: dict[str, object] = {}
    key = None
    for line in lines[1:end]:
        if line.startswith("- ") and key:
            out.setdefault(key, []).append(line[2:].strip().strip('"'))  # type: ignore[union-attr]
        elif not line.startswith(" "):
            key, _, value = line.partition(":")
            if value.strip():
                out[key] = value.strip().strip('"')
    return out


def test_readme_header_and_sections(written):
    root, stats, _, readme = written
    assert readme == root / "README.md"
    text = readme.read_text()
    header = front_matter(text)
    assert header["license"] == "apache-2.0"
    assert header["language"] == ["en"]
    assert header["task_categories"] == ["text-generation"]
    assert header["size_categories"] == ["n<1K"]
    assert header["pretty_name"]
    assert "synthetic" in header["tags"]
    try:
        import yaml
    except ImportError:
        yaml = None
    if yaml is not None:
        parsed = yaml.safe_load(text.split("---")[1])
        assert parsed["configs"][0]["data_files"][0]["path"] == "*.jsonl"
        assert parsed["size_categories"] == ["n<1K"]
    for needle in (
        "## Intended use",
        "not a source of factual knowledge",
        'load_dataset("json"',
        'data_files="*.jsonl"',
        "## Recipe",
        "```toml",
        "### Diversity",
        "#### Per genre",
        "short_story",
        "incident_postmortem",
        "Self-BLEU-4",
        "<= 4.00",
        "<= 4.50",
        "removed",
    ):
        assert needle.lower() in text.lower(), needle
    assert f"{stats['documents']:,} synthetic English documents" in text


def test_recipe_block_is_valid_toml(written):
    text = written[3].read_text()
    block = text.split("```toml\n", 1)[1].split("\n```", 1)[0]
    parsed = tomllib.loads(block)
    want = {k: v for k, v in RECIPE.items() if v is not None}
    assert parsed == want
    assert "# workers = (not set)" in block


def test_plots_exist_and_are_linked(written):
    root, _, _, readme = written
    text = readme.read_text()
    for fname in C.PLOTS.values():
        png = root / C.CARD_DIR / fname
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"matplotlib" not in data  # no Software chunk naming the version
        assert f"]({C.CARD_DIR}/{fname})" in text


def test_plots_are_deterministic(written, tmp_path):
    root, stats, manifest, _ = written
    again = C.write_card(tmp_path, stats, manifest)
    for fname in C.PLOTS.values():
        assert (tmp_path / C.CARD_DIR / fname).read_bytes() == (root / C.CARD_DIR / fname).read_bytes(), fname
    assert again.read_text() == (root / "README.md").read_text()


def test_card_reads_manifest_when_not_given(tmp_path):
    build_corpus(tmp_path, n=4)
    stats = corpus_stats(tmp_path, sample_words=500)
    text = C.write_card(tmp_path, stats, None).read_text()
    assert "```toml" in text and "seed = 7" in text


def test_card_without_manifest_or_values(tmp_path):
    """A corpus with no manifest and a single document still gets a card and all four plots."""
    build_corpus(tmp_path, n=1)
    (tmp_path / "manifest.json").unlink()
    stats = corpus_stats(tmp_path, sample_words=500)
    stats["distributions"]["horizon_years"] = {"n": 0, "values": []}
    readme = C.write_card(tmp_path, stats, None)
    assert "## Recipe" not in readme.read_text()
    assert all((tmp_path / C.CARD_DIR / f).stat().st_size > 1000 for f in C.PLOTS.values())


def test_size_categories():
    assert C.size_category(999) == "n<1K"
    assert C.size_category(10_000) == "10K<n<100K"
    assert C.size_category(250_000) == "100K<n<1M"


def test_year_ticks_cover_the_range_without_crowding():
    labels = [s for _, s in C._year_ticks(7 / 365.25 / 1.25, 3000 * 1.25)]
    assert labels == ["1 w", "1 mo", "1 y", "10 y", "100 y", "1,000 y"]
    narrow = [s for _, s in C._year_ticks(500 / 1.25, 3000 * 1.25)]
    assert narrow == ["500 y", "1,000 y", "2,000 y"]
