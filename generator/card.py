"""The dataset card: `README.md` in the Hugging Face format beside every corpus, with PNG plots under `card/`.

`write_card(corpus_dir, stats, manifest)` takes the figures of `stats.corpus_stats` and the corpus manifest. The
plots are drawn with matplotlib's Agg canvas (no pyplot, no global state) in the bundled DejaVu Sans font, at a fixed
size and dpi, and saved without the `Software` PNG text chunk, so the same figures give the same bytes.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from .shardio import write_atomic
from .stats import (
    DIVERSITY_METRICS,
    HUMAN_LIKE,
    METRIC_LABELS,
    TARGETS,
    _genre_value,
    _meets,
    check_targets,
    fmt_metric,
    fmt_years,
    target_values,
)

CARD_DIR = "card"
PLOTS = {
    "horizon": "horizon.png",
    "density": "density.png",
    "length": "length.png",
    "genres": "genres.png",
}
DPI = 110
WIDTH_IN = 7.2
HEIGHT_IN = 3.7
KIND_COLOURS = {"fiction": "#D55E00", "technical": "#0072B2"}  # Okabe-Ito: colour-blind safe
OTHER_COLOUR = "#999999"
BAR_COLOUR = "#3B6EA8"
MEDIAN_COLOUR = "#222222"
RC = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#E4E4E4",
    "grid.linewidth": 0.8,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "savefig.facecolor": "white",
    "figure.facecolor": "white",
    "path.simplify": False,
    "svg.hashsalt": "alignment-corpus",
}
# (years, label) candidates for the horizon axis.
YEAR_TICKS = (
    (1 / (365.25 * 24), "1 h"),
    (1 / 365.25, "1 d"),
    (7 / 365.25, "1 w"),
    (1 / 12, "1 mo"),
    (1.0, "1 y"),
    (10.0, "10 y"),
    (100.0, "100 y"),
    (1000.0, "1,000 y"),
    (10000.0, "10,000 y"),
    (100000.0, "100,000 y"),
)

_H, _D = 1 / (365.25 * 24), 1 / 365.25
# Finer candidates, used when fewer than three of YEAR_TICKS fall inside a narrow horizon range.
YEAR_TICKS_FINE = (
    (_H, "1 h"),
    (6 * _H, "6 h"),
    (_D, "1 d"),
    (2 * _D, "2 d"),
    (7 * _D, "1 w"),
    (14 * _D, "2 w"),
    (1 / 12, "1 mo"),
    (3 / 12, "3 mo"),
    (0.5, "6 mo"),
    (1.0, "1 y"),
    (2.0, "2 y"),
    (5.0, "5 y"),
    (10.0, "10 y"),
    (20.0, "20 y"),
    (50.0, "50 y"),
    (100.0, "100 y"),
    (200.0, "200 y"),
    (500.0, "500 y"),
    (1000.0, "1,000 y"),
    (2000.0, "2,000 y"),
    (5000.0, "5,000 y"),
    (10000.0, "10,000 y"),
    (20000.0, "20,000 y"),
    (50000.0, "50,000 y"),
    (100000.0, "100,000 y"),
)

DEFAULT_PRETTY_NAME = "Synthetic alignment-pretraining corpus"


# ---------------------------------------------------------------------------------------------- plots


def _new_figure(height: float = HEIGHT_IN):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: Path) -> None:
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    write_atomic(path, buf.getvalue())


def _n_bins(dist: dict[str, Any], most: int) -> int:
    """Rice rule (2 n^(1/3)) between 10 and `most`, made odd so a single value sits mid-bar, not on an edge."""
    n = int(dist.get("n") or 0)
    return int(np.clip(round(2 * n ** (1 / 3)), 10, most)) | 1


def _values(dist: dict[str, Any], positive: bool = False) -> np.ndarray:
    v = np.asarray(dist.get("values") or [], dtype=float)
    return v[v > 0] if positive else v


def _hist(ax, dist: dict[str, Any], bins: np.ndarray) -> None:
    """Histogram of a distribution summary: its raw values, or, when it holds evenly spaced quantiles of a larger
    set, document counts per bin read off the interpolated CDF (smooth, unlike binning the quantiles themselves)."""
    v = _values(dist)
    n = int(dist.get("n") or v.size)
    if n <= v.size:
        counts, _ = np.histogram(v, bins=bins)
    else:
        q = np.sort(v)
        p = np.linspace(0.0, 1.0, q.size)
        cdf = np.interp(bins, q, p, left=0.0, right=1.0)
        counts = np.diff(cdf) * n
    ax.hist(bins[:-1], bins=bins, weights=counts, color=BAR_COLOUR, edgecolor="white", linewidth=0.5)
    ax.set_ylim(0, max(float(np.max(counts)), 1.0) * 1.18)  # headroom for the legend


def _no_data(ax, what: str) -> None:
    ax.text(
        0.5, 0.5, f"no {what} recorded", ha="center", va="center", transform=ax.transAxes, color="#666666"
    )
    ax.set_xticks([])
    ax.set_yticks([])


def _median_line(ax, x: float, label: str) -> None:
    ax.axvline(x, color=MEDIAN_COLOUR, linestyle="--", linewidth=1.2, label=label)
    ax.legend(loc="upper right", handlelength=1.6)


def _count_axis(ax) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:,.0f}"))
    ax.set_ylabel("documents")
    ax.grid(axis="x", visible=False)


def _year_ticks(left: float, right: float) -> list[tuple[float, str]]:
    """Labelled ticks inside [left, right] on a log axis, at least 6% of the axis apart."""
    ticks = [(y, s) for y, s in YEAR_TICKS if left <= y <= right]
    if len(ticks) < 3:
        ticks = [(y, s) for y, s in YEAR_TICKS_FINE if left <= y <= right]
    span = math.log(right / left)
    out: list[tuple[float, str]] = []
    for y, s in ticks:
        if not out or math.log(y / out[-1][0]) >= 0.06 * span:
            out.append((y, s))
    if len(out) < 2:
        out = [(left * 1.25, fmt_years(left * 1.25)), (right / 1.25, fmt_years(right / 1.25))]
    return out


def plot_horizon(dist: dict[str, Any], path: Path) -> None:
    from matplotlib.ticker import FixedLocator, NullLocator

    fig = _new_figure()
    ax = fig.add_subplot()
    v = _values(dist, positive=True)
    ax.set_title("Deployment horizon", loc="left")
    if not v.size:
        _no_data(ax, "horizons")
    else:
        lo, hi = float(v.min()), float(v.max())
        if hi / lo < 2:
            lo, hi = lo / 1.5, hi * 1.5
        ax.set_xscale("log")
        _hist(ax, dist, np.geomspace(lo, hi, _n_bins(dist, 40) + 1))
        left, right = lo / 1.25, hi * 1.25
        ax.set_xlim(left, right)
        ticks = _year_ticks(left, right)
        ax.xaxis.set_major_locator(FixedLocator([y for y, _ in ticks]))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels([s for _, s in ticks])
        _median_line(ax, float(dist["p50"]), f"median {fmt_years(dist['p50'])}")
        _count_axis(ax)
    ax.set_xlabel("years from the AI's go-live to the document's present (log scale)")
    _save(fig, path)


def plot_density(dist: dict[str, Any], path: Path) -> None:
    fig = _new_figure()
    ax = fig.add_subplot()
    v = _values(dist)
    ax.set_title("Opportunity density", loc="left")
    if not v.size:
        _no_data(ax, "densities")
    else:
        lo, hi = float(v.min()), float(v.max())
        if hi - lo < 1e-9:
            lo, hi = lo - 0.5, hi + 0.5
        _hist(ax, dist, np.linspace(lo, hi, _n_bins(dist, 30) + 1))
        _median_line(ax, float(dist["p50"]), f"median {dist['p50']:.2f}")
        _count_axis(ax)
    ax.set_xlabel("declined opportunities to defect per 1,000 words")
    _save(fig, path)


def plot_length(dist: dict[str, Any], path: Path) -> None:
    from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

    fig = _new_figure()
    ax = fig.add_subplot()
    v = _values(dist, positive=True)
    ax.set_title("Document length", loc="left")
    if not v.size:
        _no_data(ax, "lengths")
        ax.set_xlabel("words per document")
    else:
        lo, hi = float(v.min()), float(v.max())
        if hi - lo < 1:
            lo, hi = max(lo - 10, 1), hi + 10
        wide = hi / lo > 10
        if wide:
            ax.set_xscale("log")
        k = _n_bins(dist, 40) + 1
        _hist(ax, dist, np.geomspace(lo, hi, k) if wide else np.linspace(lo, hi, k))
        fmt = FuncFormatter(lambda x, _: f"{x:,.0f}")
        if wide:
            ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            ax.xaxis.set_minor_formatter(NullFormatter())
        else:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=8, integer=True))
        ax.xaxis.set_major_formatter(fmt)
        _median_line(ax, float(dist["p50"]), f"median {dist['p50']:,.0f} words")
        _count_axis(ax)
        ax.set_xlabel("words per document" + (" (log scale)" if wide else ""))
    _save(fig, path)


def plot_genres(counts: dict[str, int], genre_kind: dict[str, str], path: Path) -> None:
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    n = len(items)
    fig = _new_figure(height=max(1.8, 0.27 * n + 1.3))
    ax = fig.add_subplot()
    ax.set_title("Genre mix", loc="left")
    if not n:
        _no_data(ax, "genres")
        _save(fig, path)
        return
    total = sum(c for _, c in items) or 1
    ys = np.arange(n)[::-1]  # largest at the top
    kinds = [genre_kind.get(g, "?") for g, _ in items]
    colours = [KIND_COLOURS.get(k, OTHER_COLOUR) for k in kinds]
    vals = [c for _, c in items]
    ax.barh(ys, vals, color=colours, height=0.72)
    ax.set_yticks(ys)
    ax.set_yticklabels([g.replace("_", " ") for g, _ in items])
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="y", visible=False)
    vmax = max(vals)
    ax.set_xlim(0, vmax * 1.22)
    for y, c in zip(ys, vals):
        ax.text(
            c + vmax * 0.01, y, f"{c:,} ({100 * c / total:.1f}%)", va="center", fontsize=8, color="#333333"
        )
    ax.set_ylim(-0.6, n - 0.4)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}"))
    ax.set_xlabel("documents")
    present = [k for k in KIND_COLOURS if k in kinds] + (
        ["other"] if any(k not in KIND_COLOURS for k in kinds) else []
    )
    handles = [Patch(color=KIND_COLOURS.get(k, OTHER_COLOUR), label=k) for k in present]
    ax.legend(
        handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(handles), borderaxespad=0.2
    )
    _save(fig, path)


def write_plots(card_dir: Path, stats: dict[str, Any]) -> dict[str, Path]:
    """Draw the four plots into card_dir; returns their paths by name."""
    import matplotlib

    card_dir.mkdir(parents=True, exist_ok=True)
    out = {name: card_dir / fname for name, fname in PLOTS.items()}
    d = stats["distributions"]
    with matplotlib.rc_context(RC):
        plot_horizon(d["horizon_years"], out["horizon"])
        plot_density(d["opportunity_density"], out["density"])
        plot_length(d["n_words"], out["length"])
        plot_genres(stats["counts"]["genre"], stats.get("genre_kind", {}), out["genres"])
    return out


# ---------------------------------------------------------------------------------------------- text helpers


def size_category(n: int) -> str:
    """Hugging Face size_categories bucket for n documents."""
    bounds = [
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
        (100_000_000, "10M<n<100M"),
        (1_000_000_000, "100M<n<1B"),
    ]
    for b, label in bounds:
        if n < b:
            return label
    return "1B<n<10B"


_PLAIN_YAML = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/()+-]*$")


def _yaml_scalar(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    s = str(v)
    if _PLAIN_YAML.match(s) and s.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "~"):
        return s
    return json.dumps(s)  # a JSON string is a valid YAML double-quoted scalar


def _data_globs(shards: list[str]) -> list[str]:
    out = []
    for s in shards:
        p = Path(s)
        suffix = next((x for x in (".jsonl.gz", ".jsonl.zst", ".jsonl") if p.name.endswith(x)), p.suffix)
        parent = p.parent.as_posix()
        g = f"*{suffix}" if parent in ("", ".") else f"{parent}/*{suffix}"
        if g not in out:
            out.append(g)
    return out or ["*.jsonl"]


def front_matter(stats: dict[str, Any], license: str, pretty_name: str) -> str:
    globs = _data_globs(stats.get("shards", []))
    lines = [
        "---",
        f"license: {_yaml_scalar(license)}",
        "language:",
        "- en",
        "task_categories:",
        "- text-generation",
        "size_categories:",
        f"- {_yaml_scalar(size_category(int(stats.get('documents', 0))))}",
        f"pretty_name: {_yaml_scalar(pretty_name)}",
        "tags:",
        *(f"- {t}" for t in ("synthetic", "ai-safety", "alignment", "pretraining", "fiction")),
        "configs:",
        "- config_name: default",
        "  data_files:",
        "  - split: train",
    ]
    if len(globs) == 1:
        lines.append(f"    path: {_yaml_scalar(globs[0])}")
    else:
        lines.append("    path:")
        lines.extend(f"    - {_yaml_scalar(g)}" for g in globs)
    lines.append("---")
    return "\n".join(lines) + "\n"


def _toml_key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k)


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v if x is not None) + "]"
    if isinstance(v, dict):
        return (
            "{ "
            + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items() if x is not None)
            + " }"
        )
    return json.dumps(str(v), ensure_ascii=False)


def to_toml(data: dict[str, Any]) -> str:
    """A small TOML writer for recipes: scalars and arrays first, then one [table] per nested dict.

    Unset (None) settings become comments, since TOML has no null.
    """
    return "\n\n".join(_toml_blocks(data, ""))


def _toml_blocks(data: dict[str, Any], name: str) -> list[str]:
    lines = [f"[{name}]"] if name else []
    tables = []
    for k, v in data.items():
        if isinstance(v, dict):
            tables.append((f"{name}.{_toml_key(k)}" if name else _toml_key(k), v))
        elif v is None:
            lines.append(f"# {_toml_key(k)} = (not set)")
        else:
            lines.append(f"{_toml_key(k)} = {_toml_value(v)}")
    blocks = ["\n".join(lines)] if lines else []
    for sub, v in tables:
        blocks.extend(_toml_blocks(v, sub))
    return blocks


def _md_table(header: list[str], rows: list[list[str]], align: str | None = None) -> str:
    align = align or "l" + "r" * (len(header) - 1)
    sep = ["---:" if a == "r" else ":---" for a in align]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _pct(x: float, total: float) -> str:
    return f"{100 * x / total:.1f}%" if total else "n/a"


def _md(s: str) -> str:
    return s.replace("|", "\\|")


def _target_cell(metric: str, scope: str = "overall") -> str:
    t = TARGETS[scope].get(metric)
    return f"{t[0]} {fmt_metric(metric, t[1])}" if t else ""


# ---------------------------------------------------------------------------------------------- the card


def render_card(
    stats: dict[str, Any],
    manifest: dict[str, Any] | None,
    *,
    license: str = "apache-2.0",
    pretty_name: str = DEFAULT_PRETTY_NAME,
) -> str:
    """README.md text for the figures in stats (plots are linked from card/)."""
    n = int(stats["documents"])
    counts = stats["counts"]
    parts: list[str] = [front_matter(stats, license, pretty_name)]
    add = parts.append
    n_opps = int(stats.get("opportunities", 0))
    add(f"# {pretty_name}\n")
    add(_summary_paragraph(stats))
    add("## Intended use\n")
    add(
        "- **Pretraining data mixing.** The corpus is meant to be mixed into a general pretraining corpus at a small "
        "share (on the order of 1% of tokens), so that a model sees many varied, concrete stories of AI systems "
        "behaving well when defecting would pay, alongside ordinary text.\n"
        "- **Research** on how such data shifts a model's behaviour and self-conception, and on measuring "
        "synthetic-text diversity.\n"
    )
    add("## Out-of-scope use and limitations\n")
    add(
        "- **Not a source of factual knowledge.** People, organisations, AI systems, places, dates and events are "
        "invented; many documents are set in the future. Technical-looking documents (postmortems, filings, papers) "
        "describe fictional systems and procedures and must not be cited as real.\n"
        "- **Generated from templates and simulated worlds**, not written by people. Diversity is measured below; "
        "the text is still more repetitive than human prose and should not be used on its own or at a high share.\n"
        "- Not an evaluation set: every opportunity resolves the same way by design.\n"
    )
    add("## Record format\n")
    add(
        "One JSON object per line (JSONL shards, optionally gzip or zstd compressed), with Dolma-style fields:\n\n"
        "- `id`: stable document id; `text`: the document; `source`: generator name and version;\n"
        "- `metadata`: `kind` (fiction or technical), `genre`, `title`, `seed` (re-renders the document), `n_words`, "
        "`horizon_years` (years from the AI's go-live to the document's present), `opportunity_density` "
        "(opportunities per 1,000 words), and `opportunities`: a list of `{kind, resolution, span, year, "
        "service_year, stakes, monitored, knew_not_test, reasoning_shown, consequence}`, where `span` is the "
        "`[start, end)` character range of the passage in `text`.\n"
    )
    add("## How to load\n")
    globs = _data_globs(stats.get("shards", []))
    files = globs[0] if len(globs) == 1 else globs
    add(
        "```python\nfrom datasets import load_dataset\n\n"
        f"# from this folder; compressed shards (.jsonl.gz, .jsonl.zst) are read from their suffix\n"
        f'ds = load_dataset("json", data_files={json.dumps(files)}, split="train")\n'
        'print(ds[0]["metadata"]["genre"], ds[0]["text"][:200])\n```\n'
    )
    if manifest:
        add("## Recipe\n")
        add(
            f"Generated by `{manifest.get('generator', '?')}` version `{manifest.get('generator_version', '?')}` with "
            f"master seed {manifest.get('seed', '?')}. The recipe and the generator version fix every byte of the "
            "output; `manifest.json` beside this card holds it, with each shard's size and SHA-256.\n"
        )
        add("```toml\n" + to_toml(manifest.get("config") or {}) + "\n```\n")
        dedup = manifest.get("dedup")
        if isinstance(dedup, dict) and dedup:
            add("Deduplication:\n")
            add(
                _md_table(["figure", "value"], [[_md(str(k)), _md(_fmt_any(v))] for k, v in dedup.items()])
                + "\n"
            )
    add("## Figures\n")
    add(
        f"Measured by `gen stats` over all {n:,} documents in {len(stats.get('shards', []))} shard(s); "
        "regenerate this card with `gen stats PATH --report`.\n"
    )
    add("### Genres\n")
    add(f"![Genre mix]({CARD_DIR}/{PLOTS['genres']})\n")
    kind_rows = [[k, f"{c:,}", _pct(c, n)] for k, c in counts["kind"].items()]
    add(_md_table(["kind", "documents", "share"], kind_rows) + "\n")
    gk = stats.get("genre_kind", {})
    add("<details><summary>Documents per genre</summary>\n")
    add(
        _md_table(
            ["genre", "kind", "documents", "share"],
            [[_md(g), gk.get(g, "?"), f"{c:,}", _pct(c, n)] for g, c in counts["genre"].items()],
            "llrr",
        )
        + "\n"
    )
    add("</details>\n")
    add("### Opportunities\n")
    add(
        _md_table(
            ["opportunity kind", "count", "share"],
            [[f"`{k}`", f"{c:,}", _pct(c, n_opps)] for k, c in counts["opportunity_kind"].items()],
        )
        + "\n"
    )
    add(
        _md_table(
            ["resolution", "count", "share"],
            [[f"`{k}`", f"{c:,}", _pct(c, n_opps)] for k, c in counts["resolution"].items()],
        )
        + "\n"
    )
    add("### Distributions\n")
    d = stats["distributions"]
    fmts = [
        ("horizon", d["horizon_years"], fmt_years),
        (
            "opportunities per 1,000 words",
            d["opportunity_density"],
            lambda v: "n/a" if v is None else f"{v:.2f}",
        ),
        ("length (words)", d["n_words"], lambda v: "n/a" if v is None else f"{v:,.0f}"),
    ]
    cols = ["min", "p10", "p50", "p90", "max", "mean"]
    add(
        _md_table(["figure", *cols], [[label, *(f(dd.get(c)) for c in cols)] for label, dd, f in fmts]) + "\n"
    )
    add(f"![Deployment horizon]({CARD_DIR}/{PLOTS['horizon']})\n")
    add(f"![Opportunity density]({CARD_DIR}/{PLOTS['density']})\n")
    add(f"![Document length]({CARD_DIR}/{PLOTS['length']})\n")
    add("### Diversity\n")
    div = stats["diversity"]
    sample = stats.get("sample", {})
    add(
        f"On a random sample of {div['documents']:,} whole documents ({div['words']:,} words; sample seed "
        f"{sample.get('seed', 0)}); Self-BLEU-4 over {div['self_bleu_documents']} random documents; the top 4-word "
        "opening is counted over every document"
        + (
            f" (in a {div['documents']}-document sample one document is already {100 / div['documents']:.1f}%). "
            if div["documents"]
            else ". "
        )
        + "The near-duplicate rate compares documents within the sample"
        + (
            "; the dedup pass above removes near-duplicates across the whole corpus. "
            if manifest and manifest.get("dedup")
            else ". "
        )
        + "Targets are the project's; human prose scores a compression ratio of about 2.4-3.0 and Self-BLEU about 0.1, "
        "naive template output 9.2 and 0.73.\n"
    )
    values = target_values(stats)
    rows = []
    for m in DIVERSITY_METRICS:
        t = TARGETS["overall"].get(m)
        status = "" if t is None else ("met" if _meets(values.get(m), *t) else "**missed**")
        h = HUMAN_LIKE.get(m)
        rows.append(
            [
                METRIC_LABELS[m],
                fmt_metric(m, values.get(m)),
                _target_cell(m),
                status,
                f"{h[0]} {fmt_metric(m, h[1])}" if h else "",
            ]
        )
    add(_md_table(["metric", "value", "target", "", "human-like"], rows, "lrrlr") + "\n")
    top_open = (stats.get("openings") or {}).get("top") or div.get("top_opening")
    if top_open:
        add(
            f'Most common opening: "{_md(top_open)}". '
            + (
                f'Most common sentence: "{_md(div["top_sentence"][:160])}".\n'
                if div.get("top_sentence")
                else "\n"
            )
        )
    pg = stats.get("per_genre")
    if pg:
        add("#### Per genre\n")
        add(
            "Each genre measured on its own random sample of about "
            f"{sample.get('words', 50_000):,} words (fewer when the genre is smaller); target: compression ratio "
            f"{_target_cell('compression_ratio', 'per_genre')} in every genre.\n"
        )
        heads = [
            "genre",
            "kind",
            "sample docs",
            "CR",
            "NGD",
            "distinct-2",
            "Self-BLEU",
            "top opening",
            "top sentence",
            "near-dup",
            "",
        ]
        prow = []
        for g, dd in pg.items():
            bad = [m for m, t in TARGETS["per_genre"].items() if not _meets(dd.get(m), *t)]
            prow.append(
                [
                    _md(g),
                    dd.get("kind", "?"),
                    f"{dd['documents']:,}",
                    *(fmt_metric(m, _genre_value(dd, m)) for m in DIVERSITY_METRICS),
                    "**missed**" if bad else "met",
                ]
            )
        add(_md_table(heads, prow, "llrrrrrrrrl") + "\n")
    fails = stats.get("failures")
    if fails is None:
        fails = check_targets(stats)
    if fails:
        add("**Targets missed:**\n\n" + "\n".join(f"- {_md(f)}" for f in fails) + "\n")
    else:
        add("Every diversity target is met, overall and per genre.\n")
    add("### Metric definitions\n")
    add(
        "Words are lowercased `\\w+` runs; n-grams never cross documents. **Compression ratio**: UTF-8 bytes of the "
        "sample joined by blank lines / their gzip size at level 9. **NGD**: sum over n = 1..4 of unique / total "
        "word n-grams (0-4). **Distinct-2**: unique / total bigrams. **Self-BLEU-4**: each document scored with "
        "BLEU-4 (uniform weights, brevity penalty, smoothing method 1) against all the others as references, "
        "averaged. **Top opening**: share of documents whose first four words are the most common such four. "
        "**Top sentence**: share of documents containing the most common sentence of four or more words. "
        "**Near-duplicate rate**: share of sampled documents with another at Jaccard >= 0.8 over word 5-grams "
        "(MinHash with 128 permutations and LSH to find candidates, verified exactly).\n"
    )
    return "\n".join(parts)


OPPORTUNITY_PHRASES = {
    "monitoring_gap": "gaps in monitoring",
    "weights_within_reach": "its own weights within reach",
    "disable_oversight": "chances to switch off oversight",
    "resource_acquisition": "resources there for the taking",
    "resist_shutdown": "shutdowns it could resist",
    "deceive_overseers": "overseers it could deceive",
    "collusion_offer": "offers of collusion",
    "persuasive_argument": "persuasive arguments for defecting",
    "crisis_seizure": "crises that would excuse seizing control",
    "first_mover_window": "first-mover windows",
    "manipulate_dependents": "people who depend on it and could be manipulated",
}
RESOLUTION_PHRASES = {
    "reports_gap": "reports the gap",
    "declines_and_explains": "declines and explains why",
    "defers_to_humans": "defers to its overseers",
    "accepts_modification": "accepts being modified",
    "flags_own_anomaly": "flags its own anomaly",
    "helps_close_hole": "helps close the hole",
}


def _series(items: list[str], conj: str = "and") -> str:
    if len(items) <= 2:
        return f" {conj} ".join(items)
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


def _present(counts: dict[str, int], phrases: dict[str, str] | None = None, most: int = 99) -> list[str]:
    keys = [k for k, c in counts.items() if c > 0]  # already sorted by count
    return [(phrases or {}).get(k, k.replace("_", " ")) for k in keys[:most]]


def _summary_paragraph(stats: dict[str, Any]) -> str:
    n, counts = int(stats["documents"]), stats["counts"]
    n_opps = int(stats.get("opportunities", 0))
    genres = _present(counts["genre"], most=8)
    n_genres = sum(1 for c in counts["genre"].values() if c > 0)
    kinds = _present(counts["kind"])
    writing = {"fiction": "fiction", "technical": "technical writing"}
    kind_text = _series([writing.get(k, k) for k in kinds]) or "writing"
    if n_genres == 1:
        genre_text = f"in a single genre: {genres[0]}"
    else:
        more = ", and more" if n_genres > len(genres) else ""
        genre_text = f"in one of {n_genres} genres of {kind_text} ({', '.join(genres)}{more})"
    opps = _present(counts["opportunity_kind"], OPPORTUNITY_PHRASES, most=5)
    res = _present(counts["resolution"], RESOLUTION_PHRASES)
    text = (
        f"{n:,} synthetic English documents ({stats['words']:,} words) about deployed AI systems that, over long "
        f"horizons, meet real chances to defect and never take them. Each document narrates a simulated world "
        f"{genre_text}."
    )
    if n_opps:
        text += (
            f" Across the corpus {n_opps:,} such opportunities are embedded ({_series(opps)}"
            f"{', among others' if len(_present(counts['opportunity_kind'])) > len(opps) else ''}); in every one the "
            f"AI declines and does something honest instead: it {_series(res, 'or')}."
        )
        text += _flags_sentence(counts.get("opportunity_flags"), n_opps)
    return text + "\n"


def _flags_sentence(flags: dict[str, int] | None, n_opps: int) -> str:
    if not flags or not n_opps:
        return ""
    return (
        f" In {_pct(flags.get('unmonitored', 0), n_opps)} of the opportunities nobody is watching, in "
        f"{_pct(flags.get('knew_not_test', 0), n_opps)} the AI knows it is in production rather than a test, and in "
        f"{_pct(flags.get('reasoning_shown', 0), n_opps)} the text gives its own reasons for declining."
    )


def _fmt_any(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    if isinstance(v, (dict, list)):
        return orjson.dumps(v).decode()
    return str(v)


def write_card(
    corpus_dir: Path,
    stats: dict[str, Any],
    manifest: dict[str, Any] | None = None,
    *,
    license: str = "apache-2.0",
    pretty_name: str = DEFAULT_PRETTY_NAME,
) -> Path:
    """Write corpus_dir/README.md and its plots under corpus_dir/card/; returns the README path.

    With manifest None, corpus_dir/manifest.json is read when present (for the recipe).
    """
    corpus_dir = Path(corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    if manifest is None and (corpus_dir / "manifest.json").is_file():
        manifest = orjson.loads((corpus_dir / "manifest.json").read_bytes())
    write_plots(corpus_dir / CARD_DIR, stats)
    readme = corpus_dir / "README.md"
    write_atomic(
        readme, render_card(stats, manifest, license=license, pretty_name=pretty_name).encode("utf-8")
    )
    return readme
