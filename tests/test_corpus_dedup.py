"""Dedup as `gen corpus` and `gen dedup` users meet it."""

import json

import orjson

from generator import CorpusConfig, validate, write_corpus
from generator.cli import run
from generator.dedup import jaccard, shingle_hashes


def _texts(folder):
    return [orjson.loads(ln)["text"] for p in sorted(folder.glob("shard-*.jsonl")) for ln in p.read_bytes().splitlines()]


def test_against_prior_corpus_removes_repeats_and_still_yields_n(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(CorpusConfig(n=40, out=a, workers=1, seed=3), card=False)
    # Same seed and content recipe: every document of b's first 40 indices repeats one of a's.
    write_corpus(CorpusConfig(n=40, out=b, workers=2, seed=3, against=[a], shard_size=15), card=False)
    mb = json.loads((b / "manifest.json").read_text())
    assert mb["documents"] == 40 and mb["dedup"]["against_documents"] == 40
    assert mb["dedup"]["exact_removed"] + mb["dedup"]["near_removed"] >= 40
    assert not set(_texts(a)) & set(_texts(b))
    removed = [json.loads(ln) for ln in (b / "dedup" / "removed.jsonl").read_text().splitlines()]
    assert len(removed) >= 40 and all(r["kept_id"].split("-")[0] == r["id"].split("-")[0] for r in removed)
    assert validate([a, b]).ok


def test_no_near_duplicates_survive_in_a_corpus(small_corpus):
    texts = _texts(small_corpus)
    sh = [shingle_hashes(t) for t in texts]
    worst = max(jaccard(sh[i], sh[j]) for i in range(len(sh)) for j in range(i + 1, len(sh)))
    assert worst < 0.8


def test_gen_dedup_cli_on_foreign_jsonl(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    base = "the quick brown fox jumps over the lazy dog while the cat sleeps on the warm mat " * 4
    recs = [{"id": "b", "text": base, "added": "2024-01-01", "source": "web"},
            {"id": "a", "text": base + " again", "source": "web"},
            {"id": "c", "text": "an entirely different document about shipping schedules and cranes in winter " * 3}]
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in recs))
    out = tmp_path / "out"
    assert run(["dedup", str(src), "--out", str(out)]) == 0
    kept = [orjson.loads(ln) for ln in (out / "shard-00000.jsonl").read_bytes().splitlines()]
    assert sorted(r["id"] for r in kept) == ["a", "c"]  # smallest id of the near-duplicate pair is kept
    assert kept[[r["id"] for r in kept].index("a")] == recs[1]  # records pass through unchanged
    assert "near removed 1" in capsys.readouterr().err
    assert run(["dedup", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o2")]) == 2
