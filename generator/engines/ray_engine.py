"""`gen corpus --engine ray`: the corpus job as Ray tasks, byte-identical to the local engine.

Same recipe and seed, same bytes: every shard, ``manifest.json``, ``dedup/`` and the dataset card match what
:func:`generator.pipeline.write_corpus` writes with the local engine, with dedup on or off, whatever the number of
nodes, CPUs or blocks. Only the machinery differs:

1. **Render** (map). Generation indices are cut into blocks of ``block_size`` indices. One Ray task per block
   renders its documents with the local engine's own code (:func:`generator.pipeline._render_chunk`, so the JSON
   lines are the same bytes) and, with dedup on, their dedup material (:func:`generator.dedup.prepare`: content
   hashes, MinHash signatures, shingle hashes). The task also computes the LSH band keys and splits them into one
   partition per reduce task by key hash. The driver persists each finished block under ``OUT/.ray/blocks/`` (lines,
   arrays, then a ``.done`` marker), so a relaunch skips it.
2. **Shuffle** (reduce). One task per key partition gathers that partition from every block and emits the
   candidate pairs: two documents that share a band key. Exact duplicates of an earlier document ("twins", found by
   the driver from the content hashes) are left out: a twin has the same shingles as its first copy, so its fate
   follows from that copy's pairs and ``k`` copies never cost ``k**2`` pairs.
3. **Verify**. Candidate pairs are grouped by block and checked by exact Jaccard of their shingle sets
   (:func:`generator.dedup.jaccard`) in tasks; the pairs at or above the threshold are kept (``OUT/.ray/pairs/``).
4. **Resolve** (driver). Walking the documents in index order, a document is removed if it is a twin of a kept
   document (``exact``) or has a verified pair with an earlier *kept* document (``near``: the most similar one,
   ties to the earliest), exactly as :class:`generator.dedup.NearDupIndex` decides in the local engine; removed
   documents are never matched against. The corpus is the first ``n`` kept documents. If fewer than ``n``
   survive, further blocks are rendered (sized from the observed keep rate) and steps 1-4 run for them against
   everything before, as the local engine renders replacements.
5. **Write**. The driver writes the shards from the persisted blocks, filtered by the removal list, through the
   local engine's :class:`generator.pipeline.ShardWriter` (compressed shards are encoded by the same class in Ray
   tasks, in parallel, and written by the driver); each shard goes to a partial name and is renamed into place,
   then ``manifest.json`` is rewritten listing only complete shards, as in the local engine. Finally
   ``dedup/`` (removal list, signatures), the dataset card and the complete manifest are written and ``.ray/`` is
   removed.

Kill and relaunch at any point: finished blocks and verified rounds are reused from ``.ray/``, complete shards
listed in the manifest are kept (after checking their sha256), and the output is identical to an uninterrupted
run. The manifest written while running has the local engine's format, so either engine can finish the job.

Scale: the driver holds per-document ids, word counts and content hashes (about 100 bytes a document) and the
verified pairs; shingle sets stay in the Ray object store (about 8 bytes a word; Ray spills them to disk when the
store is full). The output folder only needs to be on the driver's machine: workers return their results through
the object store. Every node needs the same ``generator`` version installed (checked) and, with ``--templates``,
the template folder at the same path.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from generator.config import ConfigError, CorpusConfig
from generator.pipeline import (
    ProgressFn,
    ShardWriter,
    _clear_outputs,
    _is_complete,
    _State,
    _write_card,
    _write_json_atomic,
    preflight_templates,
    prepare_output,
    shard_name,
)
from generator.records import Manifest, ShardInfo
from generator.shardio import sha256_file, write_atomic
from generator.version import GENERATOR_NAME, __version__

__all__ = ["LAST_RUN", "SCRATCH", "block_size_for", "code_fingerprint", "first_copies", "resolve_first_seen", "write_corpus_ray"]

SCRATCH = ".ray"  # scratch folder inside --out; removed when the corpus is complete
SCRATCH_FORMAT = 1
MAX_CONSECUTIVE_REJECTS = 2000  # the local engine's "recipe too narrow" limit (generator.corpus_dedup)
_PAIRS_PER_VERIFY_TASK = 20_000
_BLOCKS_PER_VERIFY_TASK = 24

#: Counters of the last :func:`write_corpus_ray` call in this process (blocks rendered or reused from markers,
#: verified rounds reused, shards kept from an interrupted run, candidate and verified pairs) and the wall seconds
#: of its phases (render_s, dedup_s: shuffle + verify + resolve, write_s). For tests, benchmarks and monitoring;
#: not part of the output.
LAST_RUN: dict[str, float] = {}

#: Called as ``_test_hook(stage, number)`` after each block is persisted (``"block"``) and after each shard is
#: listed in the manifest (``"shard"``). Tests set it to simulate an interruption; None in normal use.
_test_hook: Callable[[str, int], None] | None = None


def block_size_for(n: int) -> int:
    """Generation indices per render task: about n/256, between 16 and 500 (a relaunch reuses the stored size)."""
    return min(500, max(16, math.ceil(n / 256)))


def code_fingerprint(templates: str | None = None) -> str:
    """xxh3-128 of the generator's own source and templates (and a user template folder): what decides content.

    The driver and every render task compute it; a mismatch (nodes with different installs, or files edited while a
    job runs) stops the job instead of mixing documents from two versions of the code. It is also part of the
    scratch fingerprint, so blocks rendered by other code are never reused. The engines package is left out: it
    decides how documents are made, not what they say.
    """
    import xxhash

    import generator
    from generator.templating import builtin_template_dir

    h = xxhash.xxh3_128()
    pkg = Path(generator.__file__).resolve().parent
    roots = [("generator", pkg, "*.py"), ("templates", builtin_template_dir(), "*")]
    if templates:
        roots.append(("user", Path(templates), "*"))
    for label, root, pattern in roots:
        for p in sorted(root.rglob(pattern)):
            rel = p.relative_to(root)
            if not p.is_file() or "__pycache__" in rel.parts or (label == "generator" and rel.parts[0] == "engines"):
                continue
            h.update(f"{label}/{rel.as_posix()}\0".encode())
            h.update(p.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


# ================================================================================================= Ray tasks
# Plain functions, wrapped with ray.remote on first use (so importing this module does not need Ray).

_WORKER_CFG: dict[str, bytes] = {}


def _render_block(cfg_json: bytes, start: int, stop: int, nparts: int, bands: int, rows: int) -> Any:
    """Render indices [start, stop) with the local engine's code; returns the payload (and dedup material).

    With dedup on the task returns ``2 + nparts`` objects: the payload, the block's (shingles, offsets), and one
    (keys, doc indices) array pair per reduce partition; with dedup off, the payload alone.
    """
    from generator import pipeline

    if _WORKER_CFG.get("cfg") != cfg_json:
        pipeline._init_worker(cfg_json)
        _WORKER_CFG["cfg"] = cfg_json
    # once per process and template folder, right after the first import of the genres: the code this process runs
    code_key = f"code:{pipeline._W['templates']}"
    if code_key not in _WORKER_CFG:
        _WORKER_CFG[code_key] = code_fingerprint(pipeline._W["templates"]).encode()
    rows_, prep = pipeline._render_chunk(range(start, stop))
    payload: dict[str, Any] = {
        "version": __version__,
        "code": _WORKER_CFG[code_key].decode(),
        "blob": b"".join(line + b"\n" for _, line, _, _ in rows_),
        "lens": np.fromiter((len(r[1]) for r in rows_), dtype=np.int64, count=len(rows_)),
        "ids": [r[2] for r in rows_],
        "words": np.fromiter((r[3] for r in rows_), dtype=np.int64, count=len(rows_)),
    }
    if prep is None:
        return payload
    empty = prep.offsets[1:] == prep.offsets[:-1]
    payload.update(chash=prep.content_hash, sigs=prep.sigs, empty=empty)
    parts = _partition(prep.sigs, empty, start, nparts, bands, rows)
    return (payload, (prep.shingles, prep.offsets), *parts)


def _partition(sigs: np.ndarray, empty: np.ndarray, start: int, nparts: int, bands: int, rows: int
               ) -> list[tuple[np.ndarray, np.ndarray]]:
    """LSH band keys of a block's documents, split by ``key % nparts``: (keys, generation indices) per partition.

    Keys are those of :class:`generator.dedup.NearDupIndex` (all bands share one key space, as there); documents
    without shingles have no band keys (they can only be exact duplicates).
    """
    from generator.dedup import _band_keys

    n = sigs.shape[0]
    keys = _band_keys(sigs, bands, rows)
    docs = np.broadcast_to(np.arange(start, start + n, dtype=np.int64)[:, None], keys.shape)
    ok = ~np.asarray(empty, dtype=bool)
    k, d = keys[ok].ravel(), docs[ok].ravel()
    p = (k % np.uint64(nparts)).astype(np.int64)
    return [(k[p == i], d[p == i]) for i in range(nparts)]


def _partition_task(sigs: np.ndarray, empty: np.ndarray, start: int, nparts: int, bands: int, rows: int) -> Any:
    """Band-key partitions of a block restored from the scratch folder."""
    parts = _partition(sigs, empty, start, nparts, bands, rows)
    return tuple(parts) if nparts > 1 else parts[0]


def _reduce_pairs(lo: int, exclude: np.ndarray, *parts: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Candidate pairs of one key partition: documents sharing a key, the later one at index >= ``lo``.

    Returns sorted unique ``uint64`` codes ``later << 32 | earlier``. Documents in ``exclude`` (twins) take no
    part.
    """
    keys = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, np.uint64)
    docs = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
    if exclude.size and docs.size:
        m = ~np.isin(docs, exclude)
        keys, docs = keys[m], docs[m]
    if docs.size < 2:
        return np.empty(0, np.uint64)
    order = np.lexsort((docs, keys))
    keys, docs = keys[order], docs[order]
    first = np.ones(keys.size, dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])  # a document repeating a key in two bands
    keys, docs = keys[first], docs[first]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], keys.size]
    codes: list[np.ndarray] = []
    for s, e in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
        g = docs[s:e]  # ascending
        if g[-1] < lo:
            continue
        a, b = np.triu_indices(g.size, 1)
        later, earlier = g[b], g[a]
        sel = later >= lo
        codes.append((later[sel].astype(np.uint64) << np.uint64(32)) | earlier[sel].astype(np.uint64))
    return np.unique(np.concatenate(codes)) if codes else np.empty(0, np.uint64)


def _verify_pairs(later: np.ndarray, earlier: np.ndarray, block_size: int, block_ids: list[int],
                  *shingles: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Exact Jaccard of each pair's shingle sets (the same function and sets as the local engine)."""
    from generator.dedup import jaccard

    by_block = dict(zip(block_ids, shingles))
    cache: dict[int, np.ndarray] = {}

    def sh(d: int) -> np.ndarray:
        s = cache.get(d)
        if s is None:
            flat, off = by_block[d // block_size]
            k = d % block_size
            s = cache[d] = np.unique(flat[off[k] : off[k + 1]])
        return s

    return np.fromiter((jaccard(sh(i), sh(j)) for i, j in zip(later.tolist(), earlier.tolist())),
                       dtype=np.float64, count=later.size)


def _reshingle(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(shingles, offsets) of a persisted block's lines: what its render task returned, recomputed after a relaunch."""
    from generator.dedup import _shingles_from_words, _tokens, _word_hashes

    texts = [orjson.loads(line)["text"] for line in blob.split(b"\n") if line]
    words, lens = _word_hashes([_tokens(t) for t in texts])
    return _shingles_from_words(words, lens)


def _encode_shard(name: str, blob: bytes, compression: str) -> tuple[bytes, dict[str, Any]]:
    """A compressed shard's bytes, made by the local engine's ShardWriter (in a private temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="gen-shard-") as d:
        w = ShardWriter(Path(d) / name, compression)
        try:
            for line in blob.split(b"\n"):
                if line:
                    w.write(line)
        except BaseException:
            w.abort()
            raise
        info = w.close()
        return (Path(d) / name).read_bytes(), info.model_dump()


_REMOTE: dict[str, Any] = {}


def _remote(fn: Callable[..., Any]) -> Any:
    import ray

    r = _REMOTE.get(fn.__name__)
    if r is None:
        r = _REMOTE[fn.__name__] = ray.remote(fn)
    return r


# ================================================================================================= resolution
def first_copies(chash: np.ndarray) -> np.ndarray:
    """For each document, the index of the first document with the same content hash (itself if it is first)."""
    _, first, inv = np.unique(chash, return_index=True, return_inverse=True)
    return first[inv.ravel()]


def resolve_first_seen(
    n: int,
    chash: np.ndarray,
    verified: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    id_of: Callable[[int], str],
) -> tuple[list[int], list[dict[str, Any]]]:
    """Walk documents 0, 1, 2, ... and decide each as :class:`generator.dedup.NearDupIndex` does when fed in order.

    ``chash`` holds the content hashes of documents [0, len(chash)); ``verified`` the pairs (later, earlier,
    exact Jaccard) at or above the threshold among documents that are not later copies of an earlier content
    hash. A document is removed as ``exact`` if an earlier copy of its content was kept; else as ``near`` if a
    verified pair links it (or, for a later copy, its first copy: same shingles, same pairs) to an earlier *kept*
    document, naming the most similar one (ties: the earliest); else it is kept. Stops after the n-th kept
    document. Returns the kept indices and the records for ``dedup/removed.jsonl``, in index order. Raises
    RuntimeError, as the local engine does, after 2,000 removals in a row.
    """
    rep = first_copies(chash)
    adj: dict[int, list[tuple[int, float]]] = {}
    for later, earlier, jac in verified:
        for i, j, x in zip(later.tolist(), earlier.tolist(), jac.tolist()):
            adj.setdefault(i, []).append((j, x))
            adj.setdefault(j, []).append((i, x))
    total = int(chash.size)
    kept_mask = np.zeros(total, dtype=bool)
    kept: list[int] = []
    removed: list[dict[str, Any]] = []
    rejects = 0
    for i in range(total):
        r = int(rep[i])
        match: tuple[int, str, float] | None = None
        if r != i and kept_mask[r]:
            match = (r, "exact", 1.0)
        else:
            best: tuple[int, float] | None = None
            for j, x in adj.get(r, ()):
                if j < i and kept_mask[j] and (best is None or x > best[1] or (x == best[1] and j < best[0])):
                    best = (j, x)
            if best is not None:
                match = (best[0], "near", best[1])
        if match is None:
            kept_mask[i] = True
            kept.append(i)
            rejects = 0
            if len(kept) >= n:
                break
            continue
        removed.append({"id": id_of(i), "index": i, "kept_id": id_of(match[0]), "reason": match[1],
                        "jaccard": round(float(match[2]), 4)})
        rejects += 1
        if rejects > MAX_CONSECUTIVE_REJECTS:
            raise RuntimeError("2,000 documents in a row were near-duplicates: the recipe is too narrow to give "
                               "unique documents")
    return kept, removed


# ================================================================================================= scratch
class _Scratch:
    """``OUT/.ray/``: finished blocks and verified rounds of an interrupted run, valid for one content recipe.

    ``run.json`` holds the fingerprint (generator version, :func:`code_fingerprint`, and every recipe field that
    decides the documents and the dedup decisions, but not n, shard size or compression) and the block size;
    scratch with another fingerprint is discarded.
    """

    def __init__(self, root: Path, block_size: int) -> None:
        self.root = root
        self.block_size = block_size
        self.blocks = root / "blocks"
        self.pairs = root / "pairs"

    @classmethod
    def open(cls, root: Path, config: CorpusConfig, reuse: bool, code: str) -> _Scratch:
        fp = {"format": SCRATCH_FORMAT, "generator_version": __version__, "code": code,
              "content": config.content_key(), "dedup": config.dedup, "threshold": config.threshold}
        info_path = root / "run.json"
        if reuse and info_path.is_file():
            try:
                info = orjson.loads(info_path.read_bytes())
            except (OSError, orjson.JSONDecodeError):
                info = {}
            if info.get("fingerprint") == orjson.loads(orjson.dumps(fp)) and int(info.get("block_size", 0)) > 0:
                s = cls(root, int(info["block_size"]))
                s.blocks.mkdir(exist_ok=True)
                s.pairs.mkdir(exist_ok=True)
                return s
        if root.exists():
            shutil.rmtree(root)
        s = cls(root, block_size_for(config.n))
        s.blocks.mkdir(parents=True)
        s.pairs.mkdir()
        write_atomic(info_path, orjson.dumps({"fingerprint": fp, "block_size": s.block_size},
                                             option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
        return s

    def _stem(self, b: int) -> Path:
        return self.blocks / f"b{b:07d}"

    def block_done(self, b: int) -> bool:
        return self._stem(b).with_suffix(".done").exists()

    def save_block(self, b: int, blob: bytes, arrays: dict[str, np.ndarray]) -> None:
        """Lines, then arrays, then the marker: a block is reused only if all three were written."""
        import io

        stem = self._stem(b)
        write_atomic(stem.with_suffix(".lines"), blob)
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        write_atomic(stem.with_suffix(".npz"), buf.getvalue())
        write_atomic(stem.with_suffix(".done"), b"")

    def load_arrays(self, b: int) -> dict[str, np.ndarray]:
        with np.load(self._stem(b).with_suffix(".npz"), allow_pickle=False) as z:
            return {k: z[k] for k in z.files}

    def lines(self, b: int) -> bytes:
        return self._stem(b).with_suffix(".lines").read_bytes()

    def pairs_path(self, lo: int, hi: int) -> Path:
        return self.pairs / f"r{lo:07d}-{hi:07d}.npz"

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class _Block:
    """What the driver keeps of one rendered block (lines and signatures stay on disk)."""

    start: int
    ids: list[str]
    lens: np.ndarray
    words: np.ndarray
    chash: np.ndarray | None = None
    empty: np.ndarray | None = None
    shingles: Any = None  # ObjectRef of (shingles, offsets), while held in the object store
    parts: list[Any] | None = None  # ObjectRefs of the band-key partitions


# ================================================================================================= driver
def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install '.[ray]'") from None
    return ray


def _connect(ray: Any, config: CorpusConfig) -> bool:
    """Join the cluster at ``config.ray_address``, or start a local instance with ``resolved_workers()`` CPUs.

    An already initialised Ray (e.g. by the caller) is used as it is. Returns True if this call started or joined
    Ray, so the caller shuts down only what it started.
    """
    if ray.is_initialized():
        return False
    if config.ray_address:
        _check_reachable(config.ray_address)
        # `ray start --head` enables token authentication and saves the token where this process can read it,
        # but a client joining by address only sends it in token mode: turn that on when a token is at hand
        # (a cluster without authentication ignores it). An explicit RAY_AUTH_MODE is respected.
        if "RAY_AUTH_MODE" not in os.environ and _auth_token_available():
            os.environ["RAY_AUTH_MODE"] = "token"
            with contextlib.suppress(Exception):  # Ray caches its config at import: refresh it (Ray >= 2.5x)
                from ray._raylet import Config

                Config.initialize("")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    kw: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
    try:
        if config.ray_address:
            ray.init(address=config.ray_address, **kw)
        else:
            # address="local": a new instance even if `ray start` left a cluster running on this machine
            ray.init(address="local", num_cpus=config.resolved_workers(), include_dashboard=False, **kw)
    except (ConnectionError, RuntimeError, ValueError, TimeoutError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        where = f"--ray-address {config.ray_address}" if config.ray_address else "local Ray instance"
        hint = ("; if the cluster uses token authentication, give its token in RAY_AUTH_TOKEN or "
                "~/.ray/auth_token" if config.ray_address else "")
        raise ConfigError(f"{where}: cannot start or connect to Ray ({first}){hint}") from None
    return True


def _auth_token_available() -> bool:
    path = os.environ.get("RAY_AUTH_TOKEN_PATH")
    return bool(os.environ.get("RAY_AUTH_TOKEN")) or bool(path and Path(path).is_file()) or (
        Path.home() / ".ray" / "auth_token").is_file()


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast, in one line, if nothing listens at a ``host:port`` or ``ray://host:port`` address (Ray itself
    would retry for minutes). ``auto`` and addresses without a port are left to Ray."""
    import socket

    hostport = address.split("://", 1)[-1].rstrip("/")
    host, sep, port = hostport.rpartition(":")
    if address == "auto" or not sep or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as e:
        raise ConfigError(f"--ray-address {address}: nothing answers at {hostport} ({e.strerror or e}); start a "
                          "cluster with `ray start --head` and pass the address it prints") from None


def write_corpus_ray(
    config: CorpusConfig,
    progress: ProgressFn | None = None,
    overwrite: bool = False,
    resume: bool = True,
    card: bool = True,
) -> Manifest:
    """Generate the corpus of ``config`` with Ray; same arguments, checks and output as the local ``write_corpus``.

    ``--against`` is refused (ConfigError, before anything is written): dedup against earlier corpora needs their
    texts on the driver's disk and is left to the local engine or to ``gen dedup --against``.
    """
    if config.against:
        raise ConfigError("--against is not supported with --engine ray: use --engine local, "
                          "or run `gen dedup --against` on the Ray corpus")
    ray = _import_ray()
    from generator.plan import genre_weights

    genre_weights(config)  # a recipe no genre fits fails here, in one line, not inside a Ray task
    preflight_templates(config)
    # The engine and the cluster address say how a corpus is made, not what it is: the manifest (and the check
    # that --out holds this corpus) use the recipe as the local engine records it.
    lcfg = config.model_copy(update={"engine": "local", "ray_address": None})
    state = prepare_output(lcfg, overwrite=overwrite, resume=resume)
    out = config.out
    if state is not None and _is_complete(out):
        shutil.rmtree(out / SCRATCH, ignore_errors=True)
        return Manifest.model_validate_json((out / "manifest.json").read_bytes())
    started = _connect(ray, config)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if state is None:
            _clear_outputs(out)
        else:
            known = {s.path for s in state.shards}
            for p in out.iterdir():
                if p.name.startswith(".shard-") or (p.name.startswith("shard-") and p.name not in known):
                    p.unlink()
        code = code_fingerprint(str(config.templates) if config.templates else None)
        scratch = _Scratch.open(out / SCRATCH, lcfg, reuse=resume or state is not None, code=code)
        job = _Job(ray, lcfg, scratch, progress, code)
        return job.run(state, card)
    finally:
        if started:
            ray.shutdown()


class _Job:
    """One run of the Ray engine: render rounds until n documents survive dedup, then write."""

    def __init__(self, ray: Any, config: CorpusConfig, scratch: _Scratch, progress: ProgressFn | None,
                 code: str) -> None:
        self.ray = ray
        self.code = code
        self.config = config
        self.out = config.out
        self.scratch = scratch
        self.B = scratch.block_size
        self.progress = progress
        self.cfg_json = config.model_dump_json().encode()
        self.blocks: dict[int, _Block] = {}
        self.verified: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.nparts = max(1, min(64, int(ray.cluster_resources().get("CPU", 1))))
        self.bands = self.rows = 0
        self.reporter: Any = None
        if config.dedup:
            from generator.corpus_dedup import CorpusDedup

            self.reporter = CorpusDedup(config)  # formats the figures and removed.jsonl exactly as the local run
            self.bands, self.rows = self.reporter.index.bands, self.reporter.index.rows
        self.pending: set[Any] = set()
        LAST_RUN.clear()
        LAST_RUN.update(blocks_rendered=0, blocks_reused=0, rounds=0, rounds_reused=0, shards_reused=0,
                        candidate_pairs=0, verified_pairs=0, render_s=0.0, dedup_s=0.0, write_s=0.0)

    # ---------------------------------------------------------------------------------------------- top level
    def run(self, state: _State | None, card: bool) -> Manifest:
        try:
            if state is None:
                state = _State([], 0, 0, 0)
                self._write_manifest([], 0, 0, [], next_index=0)
            n = self.config.n
            lo, hi = 0, math.ceil(n / self.B)
            while True:
                LAST_RUN["rounds"] += 1
                t0 = time.perf_counter()
                self._render(range(lo, hi))
                t1 = time.perf_counter()
                if self.config.dedup:
                    self._pairs(lo, hi)
                kept, removed = self._resolve(hi * self.B)
                LAST_RUN["render_s"] += t1 - t0
                LAST_RUN["dedup_s"] += time.perf_counter() - t1
                if len(kept) >= n:
                    break
                rate = max(len(kept) / (hi * self.B), 0.02)
                more = math.ceil((n - len(kept)) / rate * 1.1)
                lo, hi = hi, hi + max(1, math.ceil(more / self.B))
            t0 = time.perf_counter()
            final = self._write(np.asarray(kept, dtype=np.int64), removed, state, card)
            LAST_RUN["write_s"] = time.perf_counter() - t0
            return final
        except BaseException:
            for r in list(self.pending):
                with contextlib.suppress(Exception):  # best effort: the task may have finished meanwhile
                    self.ray.cancel(r, force=True)
            raise
        finally:
            if self.reporter is not None:
                self.reporter.index.close()

    # ---------------------------------------------------------------------------------------------- render
    def _render(self, block_range: range) -> None:
        """Make every block in the range available: from its completion marker, or by a render task."""
        todo = []
        for b in block_range:
            if b in self.blocks:
                continue
            if self.scratch.block_done(b):
                self.blocks[b] = self._restore(b)
                LAST_RUN["blocks_reused"] += 1
            else:
                todo.append(b)
        rendered = sum(len(bl.ids) for bl in self.blocks.values())
        self._report(rendered)
        fn = _remote(_render_block)
        nret = 2 + self.nparts if self.config.dedup else 1
        waiting: dict[Any, tuple[int, list[Any]]] = {}
        for b in todo:
            refs = fn.options(num_returns=nret).remote(self.cfg_json, b * self.B, (b + 1) * self.B, self.nparts,
                                                       self.bands, self.rows)
            refs = refs if isinstance(refs, list) else [refs]
            waiting[refs[0]] = (b, refs)
            self.pending.add(refs[0])
        while waiting:
            ready, _ = self.ray.wait(list(waiting), num_returns=1)
            for ref in ready:
                b, refs = waiting.pop(ref)
                payload = self.ray.get(ref)
                self.pending.discard(ref)
                if payload["version"] != __version__:
                    raise ConfigError(f"a Ray worker runs generator {payload['version']} but this driver runs "
                                      f"{__version__}: install the same version on every node")
                if payload["code"] != self.code:
                    raise ConfigError("a Ray worker's generator code or templates differ from this driver's (another "
                                      "install on that node, or files edited during the run): the same code must "
                                      "render every document; relaunch to resume")
                arrays = {"lens": payload["lens"], "words": payload["words"],
                          "ids": np.array(payload["ids"], dtype=str)}
                if self.config.dedup:
                    arrays.update(chash=payload["chash"], sigs=payload["sigs"], empty=payload["empty"])
                self.scratch.save_block(b, payload["blob"], arrays)
                blk = _Block(b * self.B, payload["ids"], payload["lens"], payload["words"],
                             payload.get("chash"), payload.get("empty"))
                if self.config.dedup:
                    blk.shingles, blk.parts = refs[1], refs[2:]
                self.blocks[b] = blk
                LAST_RUN["blocks_rendered"] += 1
                rendered += len(blk.ids)
                self._report(rendered)
                if _test_hook is not None:
                    _test_hook("block", b)

    def _restore(self, b: int) -> _Block:
        a = self.scratch.load_arrays(b)
        return _Block(b * self.B, a["ids"].tolist(), a["lens"], a["words"], a.get("chash"), a.get("empty"))

    def _report(self, rendered: int) -> None:
        if self.progress:
            self.progress(min(rendered, self.config.n - 1), self.config.n)

    # ---------------------------------------------------------------------------------------------- dedup
    def _pairs(self, lo: int, hi: int) -> None:
        """Verified near-duplicate pairs whose later document lies in blocks [lo, hi): reused or computed."""
        path = self.scratch.pairs_path(lo, hi)
        if path.exists():
            with np.load(path, allow_pickle=False) as z:
                self.verified.append((z["later"], z["earlier"], z["jaccard"]))
                LAST_RUN["candidate_pairs"] += int(z["candidates"])
            LAST_RUN["rounds_reused"] += 1
            return
        ray = self.ray
        chash = np.concatenate([self.blocks[b].chash for b in range(hi)])
        twins = np.flatnonzero(first_copies(chash) != np.arange(chash.size))
        for b in range(hi):
            self._ensure_parts(b)
        red = _remote(_reduce_pairs)
        refs = [red.remote(lo * self.B, twins, *[self.blocks[b].parts[p] for b in range(hi)])
                for p in range(self.nparts)]
        self.pending.update(refs)
        codes = np.unique(np.concatenate(ray.get(refs)))
        self.pending.difference_update(refs)
        later = (codes >> np.uint64(32)).astype(np.int64)
        earlier = (codes & np.uint64(0xFFFFFFFF)).astype(np.int64)
        jac = self._verify(later, earlier)
        keep = jac >= float(self.config.threshold)
        import io

        buf = io.BytesIO()
        np.savez(buf, later=later[keep], earlier=earlier[keep], jaccard=jac[keep], candidates=np.int64(codes.size))
        write_atomic(path, buf.getvalue())
        self.verified.append((later[keep], earlier[keep], jac[keep]))
        LAST_RUN["candidate_pairs"] += int(codes.size)

    def _ensure_parts(self, b: int) -> None:
        blk = self.blocks[b]
        if blk.parts is not None:
            return
        a = self.scratch.load_arrays(b)
        refs = _remote(_partition_task).options(num_returns=self.nparts).remote(
            a["sigs"], a["empty"], blk.start, self.nparts, self.bands, self.rows)
        blk.parts = refs if isinstance(refs, list) else [refs]

    def _shingles(self, b: int) -> Any:
        blk = self.blocks[b]
        if blk.shingles is None:
            blk.shingles = _remote(_reshingle).remote(self.scratch.lines(b))
        return blk.shingles

    def _verify(self, later: np.ndarray, earlier: np.ndarray) -> np.ndarray:
        """Exact Jaccard of every candidate pair, in tasks of at most 20,000 pairs over at most 24 blocks."""
        jac = np.zeros(later.size, dtype=np.float64)
        if later.size == 0:
            return jac
        B = self.B
        order = np.lexsort((earlier // B, later // B))
        chunks: list[tuple[np.ndarray, list[int]]] = []
        cur: list[int] = []
        cur_blocks: set[int] = set()
        for k in order.tolist():
            need = {int(later[k]) // B, int(earlier[k]) // B}
            if cur and (len(cur) >= _PAIRS_PER_VERIFY_TASK or len(cur_blocks | need) > _BLOCKS_PER_VERIFY_TASK):
                chunks.append((np.asarray(cur, dtype=np.int64), sorted(cur_blocks)))
                cur, cur_blocks = [], set()
            cur.append(k)
            cur_blocks |= need
        chunks.append((np.asarray(cur, dtype=np.int64), sorted(cur_blocks)))
        fn = _remote(_verify_pairs)
        refs = [fn.remote(later[sel], earlier[sel], B, blocks, *[self._shingles(b) for b in blocks])
                for sel, blocks in chunks]
        self.pending.update(refs)
        for (sel, _), res in zip(chunks, self.ray.get(refs)):
            jac[sel] = res
        self.pending.difference_update(refs)
        LAST_RUN["verified_pairs"] += int(later.size)
        return jac

    def _id(self, i: int) -> str:
        return self.blocks[i // self.B].ids[i % self.B]

    def _resolve(self, total: int) -> tuple[list[int], list[dict[str, Any]]]:
        """First seen wins over [0, total): the kept indices (at most n) and the removal records."""
        if not self.config.dedup:
            return list(range(min(self.config.n, total))), []
        chash = np.concatenate([self.blocks[b].chash for b in range(total // self.B)])
        return resolve_first_seen(self.config.n, chash, self.verified, self._id)

    # ---------------------------------------------------------------------------------------------- write
    def _kept_lines(self, idx: np.ndarray) -> Iterator[bytes]:
        """The JSON lines of the given (ascending) generation indices, read block by block from the scratch."""
        cur_b, blob, offs = -1, b"", np.zeros(1, dtype=np.int64)
        for i in idx.tolist():
            b, k = divmod(i, self.B)
            if b != cur_b:
                cur_b, blob = b, self.scratch.lines(b)
                offs = np.zeros(len(self.blocks[b].lens) + 1, dtype=np.int64)
                np.cumsum(self.blocks[b].lens + 1, out=offs[1:])
            yield blob[offs[k] : offs[k] + self.blocks[b].lens[k]]

    def _words(self, idx: np.ndarray) -> int:
        return int(sum(int(self.blocks[i // self.B].words[i % self.B]) for i in idx.tolist()))

    def _write_manifest(self, shards: list[ShardInfo], documents: int, words: int, removed: list[dict[str, Any]],
                        next_index: int, complete: bool = False) -> Manifest:
        figures = None
        if self.reporter is not None:
            self.reporter.removed = removed
            figures = self.reporter.figures() or None
        m = Manifest(
            generator=GENERATOR_NAME,
            generator_version=__version__,
            seed=self.config.seed,
            config=self.config.recipe(),
            documents=documents,
            words=words,
            bytes=sum(s.bytes for s in shards),
            shards=shards,
            dedup=figures,
            complete=complete,
            progress=None if complete else {"next_index": next_index},
        )
        if not complete:
            _write_json_atomic(self.out / "manifest.json", m.model_dump(mode="json"))
        return m

    def _reusable(self, k: int, prior: list[ShardInfo], name: str, count: int) -> ShardInfo | None:
        """Shard k of an interrupted run, if the manifest lists it and the file is intact."""
        if k >= len(prior):
            return None
        s = prior[k]
        p = self.out / name
        if s.path != name or s.documents != count or not p.is_file() or p.stat().st_size != s.bytes:
            return None
        return s if sha256_file(p) == s.sha256 else None

    def _write(self, kept: np.ndarray, removed: list[dict[str, Any]], state: _State, card: bool) -> Manifest:
        cfg = self.config
        n, size, comp = cfg.n, cfg.shard_size, cfg.compression
        shards: list[ShardInfo] = []
        documents = words = 0
        reusing = True
        window: deque[tuple[int, np.ndarray, Any]] = deque()
        enc = _remote(_encode_shard)

        def listed(k: int, idx: np.ndarray, info: ShardInfo) -> None:
            nonlocal documents, words
            shards.append(info)
            documents += idx.size
            words += self._words(idx)
            nxt = int(idx[-1]) + 1
            so_far = [r for r in removed if r["index"] < nxt]
            if self.reporter is not None:  # removals so far, then the manifest, as the local engine checkpoints
                self.reporter.removed = so_far
                self.reporter.checkpoint(self.out)
            self._write_manifest(shards, documents, words, so_far, nxt)
            if self.progress:
                self.progress(documents, n)
            if _test_hook is not None:
                _test_hook("shard", k)

        def drain(limit: int) -> None:
            while len(window) > limit:
                k, idx, ref = window.popleft()
                data, info = self.ray.get(ref)
                self.pending.discard(ref)
                write_atomic(self.out / info["path"], data)
                listed(k, idx, ShardInfo(**info))

        for k in range(math.ceil(n / size)):
            idx = kept[k * size : (k + 1) * size]
            name = shard_name(k, comp)
            prior = self._reusable(k, state.shards, name, idx.size) if reusing else None
            if prior is not None:
                LAST_RUN["shards_reused"] += 1
                listed(k, idx, prior)
                continue
            reusing = False
            if comp == "none":
                w = ShardWriter(self.out / name, comp)
                try:
                    for line in self._kept_lines(idx):
                        w.write(line)
                except BaseException:
                    w.abort()
                    raise
                listed(k, idx, w.close())
            else:
                blob = b"".join(line + b"\n" for line in self._kept_lines(idx))
                ref = enc.remote(name, blob, comp)
                self.pending.add(ref)
                window.append((k, idx, ref))
                drain(min(self.nparts, 8))  # a shard's lines in flight per task: bound the object store use
        drain(0)

        if self.reporter is not None:
            self.reporter.removed = removed
            self.reporter.checkpoint(self.out)
            self._save_signatures(kept)
        final = self._write_manifest(shards, documents, words, removed, 0, complete=True)
        if card:
            _write_card(self.out, final)
        _write_json_atomic(self.out / "manifest.json", final.model_dump(mode="json"))
        self.scratch.remove()
        return final

    def _save_signatures(self, kept: np.ndarray) -> None:
        """``dedup/`` signature files of the kept documents, in corpus order, as NearDupIndex.save writes them."""
        from generator.dedup import _write_signature_dir

        idx = self.reporter.index
        by_block: dict[int, list[int]] = {}
        for i in kept.tolist():
            by_block.setdefault(i // self.B, []).append(i % self.B)

        def chunks() -> Iterator[np.ndarray]:
            for b in sorted(by_block):
                yield self.scratch.load_arrays(b)["sigs"][by_block[b]]

        chash = np.concatenate([self.blocks[b].chash[by_block[b]] for b in sorted(by_block)])
        (self.out / "dedup").mkdir(exist_ok=True)
        _write_signature_dir(
            self.out / "dedup",
            ids=[self._id(i) for i in kept.tolist()],
            sig_chunks=chunks(),
            n=int(kept.size),
            content_hashes=chash,
            meta={"num_perm": idx.num_perm, "seed": idx.seed, "threshold": idx.threshold, "bands": idx.bands,
                  "rows": idx.rows, "rows_follow_shards": True},
        )
