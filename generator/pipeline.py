"""The corpus job: plan -> render (parallel, ordered) -> dedup (first seen wins) -> shards + manifest.

Documents are rendered by worker processes from per-document seeds and consumed strictly in index order, so the
bytes of every shard depend only on the recipe and seed, never on the worker count. Shards stream to a partial
file and are renamed into place when complete; the manifest is rewritten (atomically) after every shard, so a
killed job can be resumed from its last finished shard.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from generator.config import ConfigError, CorpusConfig
from generator.genres import get_genre
from generator.plan import DocPlan, Planner
from generator.procs import OrderedPool
from generator.records import Document, Manifest, ShardInfo
from generator.shardio import COMPRESSION_SUFFIX, tmp_name
from generator.version import GENERATOR_NAME, __version__

ProgressFn = Callable[[int, int], None]

CHUNK = 16  # documents per worker task: small enough to keep order cheap, large enough to amortise IPC


# ------------------------------------------------------------------------------------------------- rendering
def render_plan(plan: DocPlan, templates: str | None = None) -> Document:
    """Render the document a plan describes."""
    return get_genre(plan.genre).render(
        seed=plan.seed,
        horizon_years=plan.horizon_years,
        length=plan.length,
        density=plan.density,
        ai_name=plan.ai_name,
        doc_id=plan.doc_id,
        templates=templates,
    )


def render_line(plan: DocPlan, templates: str | None = None) -> bytes:
    doc = render_plan(plan, templates)
    return orjson.dumps(doc.model_dump(mode="json"))


_W: dict[str, Any] = {}


def _init_worker(config_json: bytes) -> None:
    cfg = CorpusConfig.model_validate_json(config_json)
    _W["planner"] = Planner(cfg)
    _W["templates"] = str(cfg.templates) if cfg.templates else None
    _W["dedup"] = cfg.dedup


Row = tuple[int, bytes, str, int]  # (index, JSON line, doc id, words)


def _render_chunk(indices: range) -> tuple[list[Row], Any]:
    """Render a run of documents; with dedup on, also their MinHash material (the parallel half of dedup)."""
    planner: Planner = _W["planner"]
    rows: list[Row] = []
    texts = []
    for i in indices:
        p = planner.plan(i)
        doc = render_plan(p, _W["templates"])
        rows.append((i, orjson.dumps(doc.model_dump(mode="json")), p.doc_id, doc.metadata.n_words))
        texts.append(doc.text)
    prep = None
    if _W["dedup"] and texts:
        from generator.corpus_dedup import NUM_PERM
        from generator.dedup import prepare

        prep = prepare(texts, num_perm=NUM_PERM)
    return rows, prep


def _chunks(start: int, size: int = CHUNK) -> Iterator[range]:
    """Runs of `size` document indices from `start` on, without end."""
    for a in itertools.count(start, size):
        yield range(a, a + size)


def _describe(chunk: range) -> str:
    return f"documents {chunk.start}-{chunk.stop - 1}"


class _Renderer:
    """Ordered stream of rendered chunks from `start` on; parallel when workers > 1."""

    def __init__(self, config: CorpusConfig) -> None:
        self.config = config
        self.workers = config.resolved_workers()
        self.pool: OrderedPool | None = None
        cfg_json = config.model_dump_json().encode()
        if self.workers > 1:
            self.pool = OrderedPool(self.workers, _render_chunk, _init_worker, (cfg_json,), describe=_describe)
        else:
            _init_worker(cfg_json)

    def stream(self, start: int) -> Iterator[tuple[list[Row], Any]]:
        """Chunks from `start` on, without end; the consumer stops when it has enough, then calls `close`."""
        if self.pool is None:
            for ch in _chunks(start):
                yield _render_chunk(ch)
        else:
            yield from self.pool.imap(_chunks(start))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


def iter_corpus_lines(
    config: CorpusConfig, start_index: int = 0, dedup_state: Any = None, need: Callable[[], int] | None = None
) -> Iterator[tuple[int, bytes, int]]:
    """(index, JSON line, words) of each document that belongs in the corpus, in corpus order, forever.

    With dedup on, near-duplicates of earlier documents are skipped; the caller stops when it has enough.
    `need()` says how many more documents the caller wants: a chunk that cannot overshoot it is checked against
    the dedup index in one batch; near the end documents are checked one by one, so the index never holds a
    document the corpus does not (resumed and uninterrupted runs stay identical).
    """
    filt = dedup_state if dedup_state is not None else (make_dedup(config) if config.dedup else None)
    r = _Renderer(config)
    try:
        for rows, prep in r.stream(start_index):
            if filt is None:
                for i, line, _, nw in rows:
                    yield i, line, nw
            elif need is not None and need() >= len(rows):
                for (i, line, _, nw), keep in zip(rows, filt.keep_batch(rows, prep)):
                    if keep:
                        yield i, line, nw
            else:
                for k, (i, line, did, nw) in enumerate(rows):
                    if filt.keep(i, did, line, None if prep is None else _slice(prep, k)):
                        yield i, line, nw
    finally:
        r.close()


def _slice(prep: Any, k: int) -> Any:
    from generator.corpus_dedup import slice_prepared

    return slice_prepared(prep, k)


def generate(config: CorpusConfig) -> Iterator[Document]:
    """Lazily yield the corpus's documents in order (exactly what `write_corpus` would write).

    >>> from generator import CorpusConfig, generate
    >>> docs = list(generate(CorpusConfig(n=2, workers=1)))
    >>> len(docs)
    2
    """
    produced = 0
    gen = iter_corpus_lines(config, need=lambda: config.n - produced)
    try:
        for _, line, _ in gen:
            yield Document.model_validate_json(line)
            produced += 1
            if produced >= config.n:
                return
    finally:
        gen.close()


# ------------------------------------------------------------------------------------------------- dedup hook
class _NoDedup:
    def keep(self, index: int, doc_id: str, line: bytes, prepared: Any = None) -> bool:
        return True

    def keep_batch(self, rows: list, prepared: Any) -> list[bool]:
        return [True] * len(rows)

    def checkpoint(self, out: Path) -> None:
        pass

    def figures(self) -> dict[str, Any]:
        return {}

    def save(self, out: Path) -> None:
        pass

    def rebuild(self, out: Path, shards: list[ShardInfo], next_index: int) -> None:
        pass


def make_dedup(config: CorpusConfig):
    """The streaming near-duplicate filter used inside `gen corpus` (first seen wins)."""
    from generator.corpus_dedup import CorpusDedup

    return CorpusDedup(config)


# ------------------------------------------------------------------------------------------------- writing
class _HashingFile:
    """Counts and hashes bytes as they reach the file (so sha256 needs no second read)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, b: bytes) -> int:
        self.fh.write(b)
        self.sha.update(b)
        self.size += len(b)
        return len(b)

    def flush(self) -> None:
        self.fh.flush()


class ShardWriter:
    """Streams one shard to its partial name; `close()` fsyncs and renames it into place."""

    def __init__(self, final: Path, compression: str) -> None:
        self.final = final
        self.tmp = tmp_name(final)
        self.raw = open(self.tmp, "wb")
        self.hf = _HashingFile(self.raw)
        self.compression = compression
        self.count = 0
        if compression == "gzip":
            import gzip

            self.stream: Any = gzip.GzipFile(filename="", mode="wb", fileobj=self.hf, mtime=0, compresslevel=6)
        elif compression == "zstd":
            import zstandard

            self.stream = zstandard.ZstdCompressor(level=3).stream_writer(self.hf, closefd=False)
        else:
            self.stream = self.hf

    def write(self, line: bytes) -> None:
        self.stream.write(line + b"\n")
        self.count += 1

    def close(self) -> ShardInfo:
        if self.stream is not self.hf:
            self.stream.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.replace(self.tmp, self.final)
        return ShardInfo(path=self.final.name, documents=self.count, bytes=self.hf.size, sha256=self.hf.sha.hexdigest())

    def abort(self) -> None:
        try:
            self.raw.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def shard_name(i: int, compression: str) -> str:
    return f"shard-{i:05d}{COMPRESSION_SUFFIX[compression]}"


def _write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    with open(tmp, "wb") as fh:
        fh.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass
class _State:
    shards: list[ShardInfo]
    next_index: int
    documents: int
    words: int


def prepare_output(config: CorpusConfig, overwrite: bool = False, resume: bool = True) -> _State | None:
    """Check the output folder before anything is written.

    Returns the state to resume from, None for a fresh start. Raises ConfigError if the folder holds a different
    corpus (unless overwrite), is a file, or cannot be written.
    """
    out = config.out
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a folder")
    if not out.exists():
        parent = out.resolve().parent
        while not parent.exists():
            parent = parent.parent
        if not os.access(parent, os.W_OK):
            raise ConfigError(f"--out {out}: cannot create the folder here (permission denied)")
        return None
    if not os.access(out, os.W_OK | os.X_OK):
        raise ConfigError(f"--out {out}: folder is not writable")
    mpath = out / "manifest.json"
    if not mpath.exists():
        ours = [p for p in out.iterdir() if p.name.startswith(("shard-", ".shard-"))]
        if ours and not overwrite:
            raise ConfigError(f"--out {out}: holds shards without a manifest; use --overwrite to replace them")
        return None
    try:
        old = orjson.loads(mpath.read_bytes())
    except (orjson.JSONDecodeError, OSError):
        if not overwrite:
            raise ConfigError(f"--out {out}: has an unreadable manifest.json; use --overwrite to replace it") from None
        return None
    same = old.get("config") == config.recipe() and old.get("generator_version") == __version__
    if overwrite or not same:
        if not overwrite:
            raise ConfigError(f"--out {out}: holds a different corpus; use --overwrite to replace it or choose another --out")
        return None
    if not resume:
        raise ConfigError(f"--out {out}: holds this corpus already; use --resume to finish it or --overwrite to redo it")
    prog = old.get("progress") or {}
    shards = [ShardInfo(**s) for s in old.get("shards", [])]
    return _State(shards, int(prog.get("next_index", 0)), int(old.get("documents", 0)), int(old.get("words", 0)))


def _clear_outputs(out: Path) -> None:
    for p in out.iterdir():
        if p.name.startswith(("shard-", ".shard-")) or p.name in ("manifest.json", "README.md"):
            p.unlink()
        elif p.name in ("card", "dedup") and p.is_dir():
            shutil.rmtree(p)


def write_corpus(
    config: CorpusConfig,
    progress: ProgressFn | None = None,
    overwrite: bool = False,
    resume: bool = True,
    card: bool = True,
) -> Manifest:
    """Generate `config.n` unique documents into `config.out` as shards + manifest.json (+ dataset card).

    Safe to re-run: a finished corpus is left as it is; an interrupted one resumes after its last whole shard.
    With ``config.engine == "ray"`` the job runs on Ray (:mod:`generator.engines.ray_engine`), same output.
    """
    if config.engine == "ray":
        from generator.engines.ray_engine import write_corpus_ray

        return write_corpus_ray(config, progress=progress, overwrite=overwrite, resume=resume, card=card)
    preflight_templates(config)
    state = prepare_output(config, overwrite=overwrite, resume=resume)
    out = config.out
    if state is not None and _is_complete(out):
        return Manifest.model_validate_json((out / "manifest.json").read_bytes())
    out.mkdir(parents=True, exist_ok=True)
    if state is None:
        _clear_outputs(out)
        state = _State([], 0, 0, 0)
    else:
        for p in out.iterdir():  # partial files from the interrupted run
            if p.name.startswith(".shard-"):
                p.unlink()
        known = {s.path for s in state.shards}
        for p in out.iterdir():
            if p.name.startswith("shard-") and p.name not in known:
                p.unlink()

    dedup = make_dedup(config) if config.dedup else _NoDedup()
    if config.dedup and state.shards:
        dedup.rebuild(out, state.shards, state.next_index)
    recipe = config.recipe()
    shards = list(state.shards)
    documents, words = state.documents, state.words
    writer: ShardWriter | None = None
    n = config.n

    def manifest(complete: bool, next_index: int) -> Manifest:
        return Manifest(
            generator=GENERATOR_NAME,
            generator_version=__version__,
            seed=config.seed,
            config=recipe,
            documents=documents,
            words=words,
            bytes=sum(s.bytes for s in shards),
            shards=shards,
            dedup=dedup.figures() or None,
            complete=complete,
            progress=None if complete else {"next_index": next_index},
        )

    if progress:
        progress(documents, n)
    lines = iter_corpus_lines(config, start_index=state.next_index, dedup_state=dedup, need=lambda: n - documents)
    try:
        for index, line, n_words in (lines if documents < n else ()):
            if writer is None:
                writer = ShardWriter(out / shard_name(len(shards), config.compression), config.compression)
            writer.write(line)
            documents += 1
            words += n_words
            if writer.count >= config.shard_size or documents >= n:
                shards.append(writer.close())
                writer = None
                dedup.checkpoint(out)
                _write_json_atomic(out / "manifest.json", manifest(False, index + 1).model_dump(mode="json"))
            if progress and (documents % 50 == 0 or documents >= n):
                progress(documents, n)
            if documents >= n:
                break
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        lines.close()
    dedup.save(out)
    final = manifest(True, 0)
    # The dedup index is the one structure that grows with the corpus: release it before the dataset card's
    # measuring processes fork, so they do not start from (and count) a copy of it.
    dedup = _NoDedup()
    gc.collect()
    if card:
        _write_card(out, final)
    _write_json_atomic(out / "manifest.json", final.model_dump(mode="json"))
    return final


def preflight_templates(config: CorpusConfig) -> None:
    """Render every genre whose template a user folder overrides, once, before anything is written.

    A template that reaches Python internals, includes a file outside its folder, fails, or renders for too long
    raises TemplateError naming it, and the corpus folder is never touched.
    """
    if config.templates is None:
        return
    from generator.genres import all_genres
    from generator.templating import get_template, user_overrides

    user = str(config.templates)
    names = user_overrides(user)
    by_template = {g.template: g for g in all_genres().values()}
    for name in names:
        get_template(name, user)  # syntax errors, named
        g = by_template.get(name)
        if g is not None:
            lo = max(config.length.min, g.length_range[0])
            g.render(seed=config.seed, horizon_years=max(config.horizon.min, min(g.horizon_range[0] or 1.0, config.horizon.max)),
                     length=(lo, max(lo, config.length.max)), density=(config.density.min, config.density.max),
                     ai_name=config.ai_name, templates=user)


def _is_complete(out: Path) -> bool:
    try:
        return bool(orjson.loads((out / "manifest.json").read_bytes()).get("complete"))
    except (OSError, orjson.JSONDecodeError):
        return False


def _write_card(out: Path, manifest: Manifest) -> None:
    try:
        from generator.card import write_card
        from generator.stats import corpus_stats
    except ImportError:  # the card module is optional until it lands
        return
    stats = corpus_stats(out)
    write_card(out, stats, manifest.model_dump(mode="json"))


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    r = fn()
    return r, time.perf_counter() - t
