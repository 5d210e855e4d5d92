"""Same recipe and seed give the same bytes, whatever the worker count or compression round."""

import json

import pytest

from generator import CorpusConfig, generate, write_corpus


def _shard_bytes(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("shard-*"))}


@pytest.mark.parametrize("compression", ["none", "gzip", "zstd"])
def test_one_vs_two_workers_identical(tmp_path, compression):
    runs = []
    for w in (1, 2):
        out = tmp_path / f"w{w}"
        write_corpus(CorpusConfig(n=60, out=out, workers=w, shard_size=25, compression=compression, seed=5), card=False)
        manifest = json.loads((out / "manifest.json").read_text())
        del manifest["config"]["out"]  # the only field allowed to differ: where it was written
        runs.append((_shard_bytes(out), manifest))
    assert runs[0] == runs[1]
    assert len(runs[0][0]) == 3


def test_different_seed_different_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(CorpusConfig(n=10, out=a, workers=1, seed=1), card=False)
    write_corpus(CorpusConfig(n=10, out=b, workers=1, seed=2), card=False)
    assert _shard_bytes(a) != _shard_bytes(b)


def test_generate_matches_written_shards(tmp_path):
    cfg = CorpusConfig(n=12, out=tmp_path / "o", workers=2, seed=8)
    docs = list(generate(cfg))
    write_corpus(cfg, card=False)
    import orjson

    lines = (tmp_path / "o" / "shard-00000.jsonl").read_bytes().splitlines()
    assert [orjson.loads(ln)["id"] for ln in lines] == [d.id for d in docs]
    assert [orjson.loads(ln)["text"] for ln in lines] == [d.text for d in docs]


def test_ids_are_stable_when_n_grows(tmp_path):
    small = [d.id for d in generate(CorpusConfig(n=5, workers=1, dedup=False))]
    big = [d.id for d in generate(CorpusConfig(n=9, workers=1, dedup=False))]
    assert big[:5] == small


def test_start_method_never_changes_the_bytes(tmp_path, monkeypatch):
    """Workers are forked when that is safe and come from forkserver or spawn otherwise (threads alive, Ray
    running); the shards must be the same whichever way they started."""
    import multiprocessing as mp

    from generator import procs

    runs = {}
    for method in ("spawn", "forkserver"):
        monkeypatch.setattr(procs, "mp_context", lambda m=method: mp.get_context(m))
        write_corpus(CorpusConfig(n=40, out=tmp_path / method, workers=2, shard_size=20, seed=6), card=False)
        runs[method] = _shard_bytes(tmp_path / method)
    monkeypatch.undo()
    write_corpus(CorpusConfig(n=40, out=tmp_path / "default", workers=2, shard_size=20, seed=6), card=False)
    assert runs["spawn"] == runs["forkserver"] == _shard_bytes(tmp_path / "default")
    assert len(runs["spawn"]) == 2


def test_fork_only_when_no_other_thread_and_no_ray(monkeypatch):
    from generator import procs

    monkeypatch.setattr(procs, "ray_running", lambda: False)
    monkeypatch.setattr(procs, "other_threads", lambda: False)
    assert procs.mp_context().get_start_method() == "fork"
    monkeypatch.setattr(procs, "other_threads", lambda: True)
    assert procs.mp_context().get_start_method() == "forkserver"
    monkeypatch.setattr(procs, "other_threads", lambda: False)
    monkeypatch.setattr(procs, "ray_running", lambda: True)
    assert procs.mp_context().get_start_method() == "forkserver"
