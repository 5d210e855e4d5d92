"""`gen`: a thin command line over the library. Each command builds a config and calls one function.

Errors are one line on stderr and exit code 2 (bad input) or 1 (validation found faults); never a traceback.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from pydantic import ValidationError

from generator.config import ConfigError, CorpusConfig, describe_validation_error, load_toml
from generator.procs import WorkerError
from generator.templating import TemplateError
from generator.version import __version__

try:  # typer >= 0.29 vendors its own copy of click
    from typer._click import exceptions as cx
except ImportError:  # pragma: no cover
    from click import exceptions as cx

app = typer.Typer(
    name="gen",
    help="Generate, deduplicate, validate and measure a synthetic alignment-pretraining corpus.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class UserError(Exception):
    """Bad input: printed as one line, exit code 2."""


def _fail(msg: str, code: int = 2) -> None:
    raise UserError(msg) if code == 2 else typer.Exit(code)


def build_config(config_file: Path | None, overrides: dict[str, Any]) -> CorpusConfig:
    """TOML recipe (if any) overridden by the flags actually given; one-line errors."""
    data: dict[str, Any] = {}
    try:
        if config_file is not None:
            data = load_toml(config_file)
        data.update({k: v for k, v in overrides.items() if v is not None})
        return CorpusConfig.model_validate(data)
    except ConfigError as e:
        raise UserError(str(e)) from None
    except ValidationError as e:
        where = f"config {config_file}: " if config_file and any(
            str(err["loc"][0]) in data and str(err["loc"][0]) not in overrides for err in e.errors() if err["loc"]
        ) else ""
        raise UserError(where + describe_validation_error(e)) from None


# ------------------------------------------------------------------------------------------------ progress
class Progress:
    """A rich bar on a terminal, plain periodic lines otherwise, nothing when quiet."""

    def __init__(self, label: str, quiet: bool = False) -> None:
        self.label = label
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Progress:
        if not self.quiet and self.tty:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(), transient=False,
                console=__import__("rich.console").console.Console(stderr=True),
            )
            self.bar.__enter__()
            self.task = self.bar.add_task(self.label, total=None, rate="0")
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        el = time.perf_counter() - self.t0
        rate = done / el if el > 0 else 0.0
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total, rate=f"{rate:,.0f}")
        elif el - self.last >= 5 or done >= total:
            self.last = el
            print(f"{self.label}: {done:,}/{total:,} documents ({rate:,.0f} docs/s, {el:,.0f} s)", file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


# ------------------------------------------------------------------------------------------------ commands
RangeHelp = "MIN:MAX"


@app.command()
def corpus(
    n: Annotated[int | None, typer.Option("--n", help="Number of unique documents to write (default 1000).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: output).")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Master seed (default 0).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="Worker processes (default: all cores).")] = None,
    shard_size: Annotated[int | None, typer.Option("--shard-size", help="Documents per shard (default 10000).")] = None,
    compression: Annotated[str | None, typer.Option("--compression", help="Shard compression: none, gzip or zstd.")] = None,
    horizon: Annotated[str | None, typer.Option("--horizon", help="Deployment horizon range with units h,d,w,mo,y,ky, e.g. 3d:30d, 1y:20y, 500y:3000y.", metavar=RangeHelp)] = None,
    density: Annotated[str | None, typer.Option("--density", help="Opportunities per 1,000 words, e.g. 1:6.", metavar=RangeHelp)] = None,
    length: Annotated[str | None, typer.Option("--length", help="Document length in words, e.g. 400:1800 (up to 200000).", metavar=RangeHelp)] = None,
    mix: Annotated[str | None, typer.Option("--mix", help="Weights by kind and/or genre, e.g. fiction=0.5,technical=0.5 or saga=1,news_article=2.")] = None,
    ai_name: Annotated[str | None, typer.Option("--ai-name", help="'world' (names from the world), one fixed NAME, or token:XXF.")] = None,
    dedup: Annotated[bool | None, typer.Option("--dedup/--no-dedup", help="Remove near-duplicates while generating (default on).")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Near-duplicate Jaccard threshold (default 0.8).")] = None,
    against: Annotated[list[Path] | None, typer.Option("--against", help="Earlier corpus folder to deduplicate against (repeatable).")] = None,
    templates: Annotated[Path | None, typer.Option("--templates", help="Folder of your own templates (same layout as templates/); rendered sandboxed.")] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="Execution engine: local or ray.")] = None,
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="Ray cluster address (with --engine ray).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML recipe; flags given here override it.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace a different corpus already in --out.")] = False,
    resume: Annotated[bool, typer.Option("--resume/--no-resume", help="Finish an interrupted run of the same recipe in --out (default on).")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
) -> None:
    """Generate a corpus: JSONL shards, manifest.json and a dataset card in --out."""
    from generator.pipeline import write_corpus

    cfg = build_config(config, {
        "n": n, "out": out, "seed": seed, "workers": workers, "shard_size": shard_size, "compression": compression,
        "horizon": horizon, "density": density, "length": length, "mix": mix, "ai_name": ai_name, "dedup": dedup,
        "threshold": threshold, "against": against or None, "templates": templates, "engine": engine,
        "ray_address": ray_address,
    })
    _check_corpus_inputs(cfg)
    t0 = time.perf_counter()
    with Progress("gen corpus", quiet) as prog:
        m = write_corpus(cfg, progress=prog, overwrite=overwrite, resume=resume)
    if not quiet:
        el = time.perf_counter() - t0
        d = m.dedup or {}
        removed = (d.get("exact_removed", 0) or 0) + (d.get("near_removed", 0) or 0)
        print(f"wrote {m.documents:,} documents ({m.words:,} words) in {len(m.shards)} shards to {cfg.out}/ "
              f"in {el:,.1f} s; dedup removed {removed:,}", file=sys.stderr)


def _check_corpus_inputs(cfg: CorpusConfig) -> None:
    """Checks that need the filesystem or the genre catalogue, done before anything is written."""
    from generator.pipeline import prepare_output  # noqa: F401  (checked inside write_corpus too)
    from generator.plan import genre_weights

    try:
        genre_weights(cfg)
    except ConfigError as e:
        raise UserError(str(e)) from None
    if cfg.templates is not None and not cfg.templates.is_dir():
        raise UserError(f"--templates {cfg.templates}: not a folder")
    for a in cfg.against:
        if not (a / "manifest.json").exists():
            raise UserError(f"--against {a}: not a corpus folder (no manifest.json)")
    if cfg.engine == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            raise UserError("--engine ray needs Ray: pip install '.[ray]'") from None


@app.command("validate")
def validate_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Corpus folders (with manifest.json) and/or shard files.")],
    max_faults: Annotated[int, typer.Option("--max-faults", min=1, help="Print at most this many faults.")] = 50,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only faults and the summary line.")] = False,
) -> None:
    """Check shards and manifest: schema, unique ids, counts, sha256, placeholders, spans. Exit 0 only if clean."""
    from generator.validate import validate

    report = validate(paths)
    for f in report.faults[:max_faults]:
        print(str(f))
    if len(report.faults) > max_faults:
        print(f"... and {len(report.faults) - max_faults} more")
    if report.ok:
        print(f"ok: {report.documents:,} documents in {report.shards} shards")
    else:
        print(f"FAILED: {len(report.faults)} faults in {report.documents:,} documents ({report.shards} shards)", file=sys.stderr)
        raise typer.Exit(1)


@app.command()
def sample(
    n: Annotated[int, typer.Option("--n", min=1, help="How many documents to print.")] = 3,
    genre: Annotated[str | None, typer.Option("--genre", help="Only this genre (see `gen genres`).")] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, help="Seed for the sample.")] = 0,
    horizon: Annotated[str | None, typer.Option("--horizon", help="Horizon range, e.g. 1y:20y.", metavar=RangeHelp)] = None,
    length: Annotated[str | None, typer.Option("--length", help="Length range in words.", metavar=RangeHelp)] = None,
    density: Annotated[str | None, typer.Option("--density", help="Opportunities per 1,000 words.", metavar=RangeHelp)] = None,
    ai_name: Annotated[str | None, typer.Option("--ai-name", help="'world', a NAME, or token:XXF.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records instead of readable text.")] = False,
) -> None:
    """Print a few freshly generated documents, readably, with their opportunities marked."""
    from generator.genres import all_genres
    from generator.pipeline import render_plan
    from generator.plan import Planner

    if genre is not None and genre not in all_genres():
        raise UserError(f"--genre: unknown genre {genre!r} (see `gen genres`)")
    cfg = build_config(None, {"seed": seed, "horizon": horizon, "length": length, "density": density,
                              "ai_name": ai_name, "mix": f"{genre}=1" if genre else None, "dedup": False})
    _check_corpus_inputs(cfg)
    planner = Planner(cfg)
    for i in range(n):
        doc = render_plan(planner.plan(i))
        if as_json:
            sys.stdout.write(orjson.dumps(doc.model_dump(mode="json")).decode() + "\n")
            continue
        m = doc.metadata
        print("=" * 100)
        print(f"{doc.id}  |  {m.kind} / {m.genre}  |  horizon {m.horizon_years:,.2f} y ({m.start_year}-{m.end_year})  |  "
              f"{m.n_words:,} words  |  {len(m.opportunities)} opportunities ({m.opportunity_density:.2f}/1k words)")
        print("=" * 100)
        print(_marked(doc))
        print()


def _marked(doc: Any) -> str:
    """The text with each opportunity passage bracketed, so a reader sees exactly what the spans cover."""
    text = doc.text
    out, pos = [], 0
    for i, o in enumerate(doc.metadata.opportunities):
        a, b = o.span
        out.append(text[pos:a])
        out.append(f"⟦opportunity {i + 1}: {o.kind} -> {o.resolution}⟧ ")
        out.append(text[a:b])
        out.append(" ⟦end⟧")
        pos = b
    out.append(text[pos:])
    return "".join(out)


@app.command()
def genres() -> None:
    """List the available genres: kind, name, what it is."""
    from generator.genres import all_genres

    items = sorted(all_genres().values(), key=lambda g: (g.kind, g.name))
    width = max(len(g.name) for g in items)
    for g in items:
        print(f"{g.kind:<10} {g.name:<{width}}  {g.description}")


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the JSON Schema files into.")] = Path("schemas"),
) -> None:
    """Write JSON Schema (2020-12) files for the document record and the manifest."""
    from generator.records import json_schemas

    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    for name, sch in json_schemas().items():
        (out / name).write_bytes(orjson.dumps(sch, option=orjson.OPT_INDENT_2) + b"\n")
        print(out / name)


@app.command()
def stats(
    path: Annotated[Path, typer.Argument(help="Corpus folder (with manifest.json) or a shard file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    report: Annotated[bool, typer.Option("--report", help="Also (re)write the dataset card README.md and plots beside the corpus.")] = False,
    sample_words: Annotated[int, typer.Option("--sample-words", min=1000, help="Words per diversity sample.")] = 50_000,
    seed: Annotated[int, typer.Option("--seed", min=0, help="Seed for the diversity samples.")] = 0,
) -> None:
    """Counts, distributions and diversity figures (compression ratio, NGD, distinct-2, Self-BLEU, openings, near-dups)."""
    from generator.stats import corpus_stats, format_stats

    if not path.exists():
        raise UserError(f"{path}: no such file or folder")
    st = corpus_stats(path, sample_words=sample_words, seed=seed)
    if as_json:
        sys.stdout.write(orjson.dumps(st, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY).decode() + "\n")
    else:
        print(format_stats(st))
    if report:
        from generator.card import write_card

        if not path.is_dir():
            raise UserError("--report needs a corpus folder")
        mp = path / "manifest.json"
        manifest = orjson.loads(mp.read_bytes()) if mp.exists() else None
        card = write_card(path, st, manifest)
        print(f"wrote {card}", file=sys.stderr)


@app.command("dedup")
def dedup_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL files (.jsonl, .jsonl.gz, .jsonl.zst) or folders of them; lines need id and text.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder for the deduplicated shards.")],
    threshold: Annotated[float, typer.Option("--threshold", min=0.05, max=1.0, help="Near-duplicate Jaccard threshold.")] = 0.8,
    num_perm: Annotated[int, typer.Option("--num-perm", min=16, max=1024, help="MinHash permutations.")] = 128,
    against: Annotated[list[Path] | None, typer.Option("--against", help="Earlier dedup output or corpus to dedup against (repeatable).")] = None,
    compression: Annotated[str, typer.Option("--compression", help="Output compression: none, gzip or zstd.")] = "none",
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes (default: all cores).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary output.")] = False,
) -> None:
    """Remove exact and near-duplicate documents (MinHash-LSH, verified by exact Jaccard) from any JSONL."""
    from generator.dedup import dedup_paths

    if compression not in ("none", "gzip", "zstd"):
        raise UserError(f"--compression: unknown compression {compression!r} (none, gzip or zstd)")
    for p in inputs:
        if not p.exists():
            raise UserError(f"{p}: no such file or folder")
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out}: exists and is not a folder")
    try:
        rep = dedup_paths(list(inputs), out, threshold=threshold, num_perm=num_perm, against=list(against or []),
                          compression=compression, workers=workers)
    except (ValueError, FileNotFoundError) as e:
        raise UserError(str(e)) from None
    if not quiet:
        print(_dedup_summary(rep), file=sys.stderr)


def _dedup_summary(rep: Any) -> str:
    d = rep if isinstance(rep, dict) else getattr(rep, "__dict__", {})
    keys = [k for k in ("input_documents", "exact_removed", "near_removed", "kept") if k in d]
    return "dedup: " + ", ".join(f"{k.replace('_', ' ')} {d[k]:,}" for k in keys) if keys else f"dedup: {rep}"


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        print(f"gen {__version__}")
        raise typer.Exit(0)


# ------------------------------------------------------------------------------------------------ entry point
def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; errors become one line on stderr."""
    cmd = typer.main.get_command(app)
    try:
        rv = cmd.main(args=argv, prog_name="gen", standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except UserError as e:
        print(f"gen: error: {e}", file=sys.stderr)
        return 2
    except cx.UsageError as e:
        if type(e).__name__.startswith("NoArgsIsHelp"):
            print(e.ctx.get_help() if e.ctx else "", file=sys.stderr)
            return 2
        cmdname = e.ctx.command_path if e.ctx else "gen"
        print(f"{cmdname}: error: {e.format_message()}", file=sys.stderr)
        return 2
    except typer.Exit as e:
        return e.exit_code
    except typer.Abort:
        print("gen: interrupted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("gen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:
        where = f" {e.filename}" if getattr(e, "filename", None) else ""
        print(f"gen: error:{where} {e.strerror or e}", file=sys.stderr)
        return 2
    except ConfigError as e:
        print(f"gen: error: {e}", file=sys.stderr)
        return 2
    except TemplateError as e:
        print(f"gen: error: {e}", file=sys.stderr)
        return 2
    except WorkerError as e:  # a worker killed from outside (out of memory, a signal) or stuck for good
        print(f"gen: error: {e}; finished shards are kept, run the same command again to resume", file=sys.stderr)
        return 1
    except Exception as e:  # a bug: still one line, with a way to see the traceback
        import os

        from generator.genres.base import FitError

        if isinstance(e, FitError):  # a recipe at the edge of what a genre can do, not a bug
            print(f"gen: error: a document of this recipe cannot be fitted ({e}); widen --length, lower --density, "
                  "or leave that genre out of --mix (no partial shard is left under a final name)", file=sys.stderr)
            return 2

        if os.environ.get("GEN_DEBUG"):
            raise
        print(f"gen: internal error: {type(e).__name__}: {e} (set GEN_DEBUG=1 for a traceback)", file=sys.stderr)
        return 1


def main() -> None:
    sys.exit(run())
