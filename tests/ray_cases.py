"""`gen corpus --engine ray`: byte-identical to the local engine, resumable, and usable from the CLI.

These cases are not collected on their own (the name does not start with `test_`): `tests/test_ray_engine.py` runs
this file in a child pytest process in its own process group, so a Ray crash or hang cannot take a test worker
down with it. To run them directly: `python -m pytest -p no:xdist tests/ray_cases.py`.

Every comparison writes the local corpus first, moves it aside, and writes the Ray corpus to the same --out (the
output folder is part of the recorded recipe), then compares every file of the two folders byte for byte.
"""

from __future__ import annotations

import hashlib
import logging
import random
import shutil
from pathlib import Path

import numpy as np
import orjson
import pytest

ray = pytest.importorskip("ray")

from generator import CorpusConfig, validate
from generator.cli import run
from generator.dedup import NearDupIndex, prepare
from generator.engines import ray_engine as RE
from generator.pipeline import write_corpus

RECIPES: dict[str, dict] = {
    # a few hundred documents, several shards, dedup on, with the dataset card
    "many": {"n": 300, "shard_size": 70, "seed": 2},
    # dedup off, gzip shards (encoded in Ray tasks)
    "gzip": {"n": 200, "shard_size": 60, "seed": 4, "dedup": False, "compression": "gzip"},
    # one short genre and a very low threshold (0.1 stopped finding pairs once the genres' text became more
    # document-specific): dedup removes documents and replacements are rendered
    # (the first of NARROW that removes any documents with the local engine is used)
    "narrow": {},
    # interrupted and relaunched
    "resume": {"n": 240, "shard_size": 60, "seed": 7, "compression": "zstd"},
}
# n is a multiple of the engine's block size (16 at this n), so the first round renders no spare documents and any
# removal must be replaced in a second round
NARROW = [{"n": 160, "shard_size": 50, "seed": 1, "mix": mix, "length": length, "horizon": "1d:2d", "density": "1:10",
           "threshold": 0.05}
          for mix, length in (("news_article=1", "300:350"), ("op_ed=1", "300:350"), ("release_notes=1", "400:450"))]
CARD = {"many"}
CLI_ARGS = ["--n", "40", "--shard-size", "15", "--seed", "3", "-q"]


_CODE: dict[str, str] = {}  # code fingerprint when the local references were made


def _skip_if_sources_changed() -> None:
    """Comparisons only mean something if both engines ran the same generator code (a shared working tree may be
    edited while the tests run; in CI it never is, and this never skips)."""
    if _CODE and RE.code_fingerprint() != _CODE["refs"]:
        pytest.skip("generator sources were edited while these tests ran; rerun on a quiet tree")


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_same(local: Path, other: Path) -> None:
    a, b = _tree(local), _tree(other)
    if a != b:
        _skip_if_sources_changed()
    assert a.keys() == b.keys(), f"files differ: {sorted(a.keys() ^ b.keys())}"
    assert a == b, f"bytes differ: {sorted(k for k in a if a[k] != b[k])}"


@pytest.fixture(scope="module")
def refs(tmp_path_factory) -> Path:
    """Local-engine corpora of every recipe (and of the CLI run), in ROOT/NAME.local, made before Ray starts."""
    root = tmp_path_factory.mktemp("ray-engine")
    _CODE["refs"] = RE.code_fingerprint()
    for name, kw in RECIPES.items():
        for cand in [kw] if name != "narrow" else NARROW:
            shutil.rmtree(root / name, ignore_errors=True)
            write_corpus(CorpusConfig(out=root / name, workers=2, **cand), card=name in CARD)
            RECIPES[name] = cand
            if name != "narrow" or (root / name / "dedup" / "removed.jsonl").read_bytes():
                break
        (root / name).rename(root / f"{name}.local")
    assert run(["corpus", "--out", str(root / "cli"), "--workers", "2", *CLI_ARGS]) == 0
    (root / "cli").rename(root / "cli.local")
    return root


@pytest.fixture(scope="module")
def ray_instance(refs):
    """A local Ray instance with 2 CPUs for the whole module (the engine uses it and leaves it running)."""
    started = not ray.is_initialized()
    if started:
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield
    if started:
        ray.shutdown()


def _ray_corpus(root: Path, name: str, **extra) -> Path:
    out = root / name
    try:
        write_corpus(CorpusConfig(out=out, engine="ray", **RECIPES[name]), card=name in CARD, **extra)
    except RE.ConfigError as e:
        if "differ from this driver" in str(e):
            _skip_if_sources_changed()
        raise
    return out


def test_several_shards_with_dedup_and_card_match_local(refs, ray_instance):
    out = _ray_corpus(refs, "many")
    assert RE.LAST_RUN["blocks_rendered"] > 2 and len(list(out.glob("shard-*.jsonl"))) > 3
    assert (out / "README.md").exists() and (out / "dedup" / "signatures.npy").exists()
    _assert_same(refs / "many.local", out)
    assert validate(out).ok


def test_gzip_without_dedup_matches_local(refs, ray_instance):
    out = _ray_corpus(refs, "gzip")
    assert not (out / "dedup").exists() and list(out.glob("shard-*.jsonl.gz"))
    _assert_same(refs / "gzip.local", out)


def test_removed_documents_and_replacements_match_local(refs, ray_instance):
    n = RECIPES["narrow"]["n"]
    assert n % RE.block_size_for(n) == 0, "no spare documents in round one, so removals force a second round"
    out = _ray_corpus(refs, "narrow")
    removed = (out / "dedup" / "removed.jsonl").read_bytes()
    assert removed, "the recipe should make dedup remove documents"
    assert removed == (refs / "narrow.local" / "dedup" / "removed.jsonl").read_bytes()
    m = orjson.loads((out / "manifest.json").read_bytes())
    assert m["documents"] == RECIPES["narrow"]["n"] and m["dedup"]["near_removed"] > 0
    assert RE.LAST_RUN["rounds"] >= 2 and RE.LAST_RUN["verified_pairs"] > 0  # replacements were rendered
    _assert_same(refs / "narrow.local", out)


class _Stop(Exception):
    """Stands in for a kill: raised from the engine's test hook."""


def _stop_after(stage: str, count: int):
    seen = []

    def hook(s: str, k: int) -> None:
        if s == stage:
            seen.append(k)
            if len(seen) >= count:
                raise _Stop(f"{s} {k}")

    return hook


def test_relaunch_skips_finished_tasks_and_gives_identical_bytes(refs, ray_instance, monkeypatch):
    out = refs / "resume"
    markers = out / RE.SCRATCH / "blocks"
    # 1. killed while rendering: finished blocks have markers, nothing is under a shard name
    monkeypatch.setattr(RE, "_test_hook", _stop_after("block", 5))
    with pytest.raises(_Stop):
        _ray_corpus(refs, "resume")
    done = sorted(markers.glob("*.done"))
    assert len(done) >= 5
    assert not list(out.glob("shard-*")) and not list(out.rglob("*.partial"))
    assert not orjson.loads((out / "manifest.json").read_bytes())["complete"]

    # 2. relaunched: those blocks are not rendered again; killed after two shards are listed
    monkeypatch.setattr(RE, "_test_hook", _stop_after("shard", 2))
    with pytest.raises(_Stop):
        _ray_corpus(refs, "resume")
    assert RE.LAST_RUN["blocks_reused"] == len(done)
    total = RE.LAST_RUN["blocks_reused"] + RE.LAST_RUN["blocks_rendered"]
    m = orjson.loads((out / "manifest.json").read_bytes())
    assert not m["complete"] and [s["path"] for s in m["shards"]] == ["shard-00000.jsonl.zst", "shard-00001.jsonl.zst"]
    assert len(list(markers.glob("*.done"))) == total and list((out / RE.SCRATCH / "pairs").glob("*.npz"))

    # 3. a listed shard lost, relaunched: no rendering, no re-verification, the intact shard kept
    (out / "shard-00001.jsonl.zst").unlink()
    monkeypatch.setattr(RE, "_test_hook", None)
    _ray_corpus(refs, "resume")
    assert RE.LAST_RUN["blocks_rendered"] == 0 and RE.LAST_RUN["blocks_reused"] == total
    assert RE.LAST_RUN["rounds_reused"] == RE.LAST_RUN["rounds"] and RE.LAST_RUN["shards_reused"] == 1
    assert not (out / RE.SCRATCH).exists()
    _assert_same(refs / "resume.local", out)
    assert validate(out).ok

    # 4. a complete corpus is left as it is
    _ray_corpus(refs, "resume")
    _assert_same(refs / "resume.local", out)


def test_cli_engine_ray_end_to_end(refs, ray_instance, capsys):
    out = refs / "cli"
    rc = run(["corpus", "--engine", "ray", "--out", str(out), *CLI_ARGS])
    if rc != 0:
        _skip_if_sources_changed()
    assert rc == 0
    _assert_same(refs / "cli.local", out)
    assert run(["validate", str(out), "-q"]) == 0
    capsys.readouterr()
    # --against is refused in one line, before anything is written
    bad = refs / "cli-against"
    assert run(["corpus", "--engine", "ray", "--out", str(bad), "--against", str(out), *CLI_ARGS]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gen: error: --against is not supported with --engine ray") and "\n" not in err
    assert not bad.exists()


def test_unreachable_cluster_is_one_line_error(tmp_path, capsys):
    if ray.is_initialized():  # the engine joins an already running Ray as it is; test the address path alone
        with pytest.raises(RE.ConfigError, match="nothing answers"):
            RE._check_reachable("127.0.0.1:1", timeout=2)
        return
    assert run(["corpus", "--engine", "ray", "--ray-address", "127.0.0.1:1", "--out", str(tmp_path / "x"),
                "--n", "5"]) == 2
    assert "nothing answers" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_pair_shuffle_and_resolution_decide_like_the_streaming_index():
    """The Ray dedup path (band-key partitions, reduce, verify, resolve) against NearDupIndex, in one process, on
    texts with exact copies (of kept and of removed documents), near-duplicates and chains."""
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(400)]
    base = [" ".join(rng.choice(vocab) for _ in range(120)) for _ in range(40)]
    texts: list[str] = []
    for _ in range(260):
        r = rng.random()
        if r < 0.15 and texts:
            texts.append(rng.choice(texts))  # exact copy (of a kept or a removed document)
        elif r < 0.55:
            words = rng.choice(base).split()
            for _ in range(rng.randint(0, 25)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            texts.append(" ".join(words))  # near-duplicate family
        else:
            texts.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(3, 120))))
    texts.append("")  # an empty document and its copy
    texts.append("  ")
    ids = [f"d{i:04d}" for i in range(len(texts))]
    thr = 0.6
    idx = NearDupIndex(thr, 128)
    local = idx.check_and_add_batch_detailed(ids, texts)
    want_removed = [(i, m.kept_id, m.reason, round(float(m.jaccard), 4)) for i, m in enumerate(local) if m]
    want_kept = [i for i, m in enumerate(local) if m is None]

    B, nparts = 32, 3
    prep = prepare(texts, num_perm=128)
    empty = prep.offsets[1:] == prep.offsets[:-1]
    twins = np.flatnonzero(RE.first_copies(prep.content_hash) != np.arange(len(texts)))
    parts: list[list] = [[] for _ in range(nparts)]
    blocks = {}
    for b, s in enumerate(range(0, len(texts), B)):
        e = min(s + B, len(texts))
        for p, part in enumerate(RE._partition(prep.sigs[s:e], empty[s:e], s, nparts, idx.bands, idx.rows)):
            parts[p].append(part)
        blocks[b] = (prep.shingles[prep.offsets[s] : prep.offsets[e]], prep.offsets[s : e + 1] - prep.offsets[s])
    codes = np.unique(np.concatenate([RE._reduce_pairs(0, twins, *parts[p]) for p in range(nparts)]))
    later = (codes >> np.uint64(32)).astype(np.int64)
    earlier = (codes & np.uint64(0xFFFFFFFF)).astype(np.int64)
    jac = RE._verify_pairs(later, earlier, B, list(blocks), *blocks.values())
    ok = jac >= thr
    kept, removed = RE.resolve_first_seen(len(texts), prep.content_hash, [(later[ok], earlier[ok], jac[ok])],
                                          ids.__getitem__)
    got = [(r["index"], r["kept_id"], r["reason"], r["jaccard"]) for r in removed]
    assert {r[2] for r in want_removed} == {"exact", "near"}
    assert got == want_removed and kept == want_kept
    # the first n kept documents stop the walk where the local engine stops
    n = len(want_kept) // 2
    kept_n, removed_n = RE.resolve_first_seen(n, prep.content_hash, [(later[ok], earlier[ok], jac[ok])],
                                              ids.__getitem__)
    assert kept_n == want_kept[:n] and all(r["index"] < kept_n[-1] for r in removed_n)
    assert len(removed_n) == sum(1 for r in want_removed if r[0] < kept_n[-1])
