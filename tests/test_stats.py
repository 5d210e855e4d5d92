"""Diversity metrics on constructed texts, streaming corpus statistics, target checks."""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import stats as S
from generator.shardio import compress, encode_lines, sha256_file

# ---------------------------------------------------------------------------------------------- helpers


def random_words(rng: random.Random, n: int, vocab: int = 20_000) -> list[str]:
    return [f"w{rng.randrange(vocab)}" for _ in range(n)]


def random_doc(rng: random.Random, n: int, vocab: int = 20_000) -> str:
    w = random_words(rng, n, vocab)
    sents = [" ".join(w[i : i + 12]).capitalize() + "." for i in range(0, n, 12)]
    return " ".join(sents)


def make_record(
    i: int, text: str, kind: str, genre: str, horizon: float, opps: list[tuple[str, str]]
) -> dict:
    n_words = len(text.split())
    return {
        "id": f"doc-{i:05d}",
        "text": text,
        "source": "test",
        "metadata": {
            "kind": kind,
            "genre": genre,
            "title": f"T{i}",
            "seed": i,
            "generator_version": "0",
            "n_words": n_words,
            "horizon_years": horizon,
            "opportunity_density": 1000 * len(opps) / n_words,
            "opportunities": [
                {
                    "kind": k,
                    "resolution": r,
                    "span": [0, 5],
                    "year": 2050,
                    "service_year": 1.0,
                    "stakes": "s",
                    "monitored": j == 0,
                    "knew_not_test": True,
                    "reasoning_shown": j % 2 == 0,
                    "consequence": "c",
                }
                for j, (k, r) in enumerate(opps)
            ],
            "ai_name": "A",
            "ai_domain": "d",
            "developer": "D",
            "start_year": 2040,
            "end_year": 2041,
            "style": {},
        },
    }


def write_corpus(root: Path, records: list[dict], shard_size: int = 7) -> dict:
    """Shards (alternating plain and gzip) plus a manifest, as `gen corpus` lays them out."""
    shards = []
    (root / "shards").mkdir(parents=True, exist_ok=True)
    for k in range(0, len(records), shard_size):
        comp = "gzip" if (k // shard_size) % 2 else "none"
        name = f"shards/part-{k // shard_size:05d}.jsonl" + (".gz" if comp == "gzip" else "")
        (root / name).write_bytes(compress(encode_lines(records[k : k + shard_size]), comp))
        shards.append(
            {
                "path": name,
                "documents": len(records[k : k + shard_size]),
                "bytes": (root / name).stat().st_size,
                "sha256": sha256_file(root / name),
            }
        )
    manifest = {
        "format": "alignment-corpus/1",
        "generator": "test",
        "generator_version": "0",
        "seed": 0,
        "config": {
            "n": len(records),
            "seed": 0,
            "mix": {"fiction": 0.5, "technical": 0.5},
            "templates": None,
        },
        "documents": len(records),
        "words": sum(r["metadata"]["n_words"] for r in records),
        "bytes": sum(s["bytes"] for s in shards),
        "shards": shards,
        "dedup": None,
        "complete": True,
    }
    (root / "manifest.json").write_bytes(orjson.dumps(manifest))
    return manifest


def reference_bleu(hyp: list[str], refs: list[list[str]]) -> float:
    """Plain-Python BLEU-4 as NLTK's sentence_bleu with SmoothingFunction().method1 computes it."""
    logs = []
    for n in range(1, 5):
        hc = Counter(tuple(hyp[i : i + n]) for i in range(len(hyp) - n + 1))
        best: Counter = Counter()
        for r in refs:
            for g, c in Counter(tuple(r[i : i + n]) for i in range(len(r) - n + 1)).items():
                best[g] = max(best[g], c)
        num = sum(min(c, best[g]) for g, c in hc.items())
        den = max(1, sum(hc.values()))
        if n == 1 and num == 0:
            return 0.0
        logs.append(math.log(num / den if num else 0.1 / den))
    c = len(hyp)
    r = min((len(x) for x in refs), key=lambda rl: (abs(rl - c), rl))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(sum(0.25 * x for x in logs))


# ---------------------------------------------------------------------------------------------- diversity


def test_identical_documents_score_as_copies():
    doc = random_doc(random.Random(1), 300)
    d = S.diversity([doc] * 6)
    assert d["self_bleu"] == pytest.approx(1.0)
    assert d["near_dup_rate"] == 1.0
    assert d["near_dup_documents"] == 6
    assert d["top_opening_share"] == 1.0
    assert d["top_sentence_share"] == 1.0


def test_random_vocabulary_documents_are_diverse():
    rng = random.Random(2)
    docs = [random_doc(rng, 400, vocab=50_000) for _ in range(30)]
    d = S.diversity(docs)
    assert d["self_bleu"] < 0.05
    assert d["distinct_2"] > 0.95
    assert d["ngd"] > 3.5
    assert d["near_dup_rate"] == 0.0
    assert d["top_opening_share"] == pytest.approx(1 / 30, abs=1e-6)


def test_sentence_repeated_in_every_document():
    rng = random.Random(3)
    common = "The model flagged the gap in its own logs and waited for the review board."
    docs = [f"{random_doc(rng, 80)} {common} {random_doc(rng, 60)}" for _ in range(10)]
    d = S.diversity(docs)
    assert d["top_sentence_share"] == 1.0
    assert d["top_sentence"] == "the model flagged the gap in its own logs and waited for the review board"


def test_short_sentences_are_ignored():
    rng = random.Random(4)
    docs = [f"Chapter one.\n{random_doc(rng, 50)}" for _ in range(8)]  # "chapter one" is under 4 words
    assert S.diversity(docs)["top_sentence_share"] == pytest.approx(1 / 8, abs=1e-6)


def test_compression_ratio_repetitive_vs_random():
    rng = random.Random(5)
    repetitive = ["The system reported the anomaly to its overseers. " * 60 for _ in range(5)]
    varied = [random_doc(rng, 500) for _ in range(5)]
    cr_rep, cr_var = S.compression_ratio(repetitive), S.compression_ratio(varied)
    assert cr_rep > 10
    assert cr_var < 3.5
    assert cr_rep > 4 * cr_var


def test_ngd_extremes():
    assert S.diversity([" ".join(f"u{i}" for i in range(200))])["ngd"] == pytest.approx(4.0)
    assert S.diversity(["same " * 200])["ngd"] < 0.03


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="ab cd.\n", max_size=60), max_size=6))
def test_metric_bounds(texts):
    d = S.diversity(texts)
    assert 0.0 <= d["ngd"] <= 4.0 + 1e-9
    assert 0.0 <= d["distinct_2"] <= 1.0
    assert d["self_bleu"] is None or 0.0 <= d["self_bleu"] <= 1.0 + 1e-9
    for k in ("top_opening_share", "top_sentence_share", "near_dup_rate"):
        assert 0.0 <= d[k] <= 1.0


def test_self_bleu_matches_reference_implementation():
    rng = random.Random(6)
    vocab = [f"v{i}" for i in range(12)]
    lens = [0, 2, 3, 5, 9, 15, 15, 30, 41, 60, 8, 22]
    texts = [" ".join(rng.choice(vocab) for _ in range(n)) for n in lens]
    toks = [S.words(t) for t in texts]
    expected = sum(
        reference_bleu(toks[i], toks[:i] + toks[i + 1 :]) if toks[i] else 0.0 for i in range(len(toks))
    ) / len(toks)
    assert S.self_bleu(texts) == pytest.approx(expected, abs=1e-12)
    assert S.diversity(texts)["self_bleu"] == pytest.approx(expected, abs=1e-6)


def test_self_bleu_uses_at_most_100_documents():
    rng = random.Random(7)
    docs = [random_doc(rng, 30, vocab=300) for _ in range(130)]
    d = S.diversity(docs)
    assert d["self_bleu_documents"] == 100
    assert d["self_bleu"] == pytest.approx(S.self_bleu(docs[:100]), abs=1e-6)


def test_near_duplicate_threshold_is_exact():
    """A doc of N distinct words vs the same doc with its last k words replaced: J = (N-4-k) / (N-4+k)."""
    rng = random.Random(8)
    fresh = iter(f"x{i}" for i in range(10**6))
    base = [next(fresh) for _ in range(404)]
    above = base[:-40] + [next(fresh) for _ in range(40)]  # J = 360/440 = 0.818
    below = [next(fresh) for _ in range(404)]
    below_twin = below[:-50] + [next(fresh) for _ in range(50)]  # J = 350/450 = 0.778
    other = random_words(rng, 404)
    mask = S.near_duplicates([S._shingle_hashes(t) for t in (base, above, below, below_twin, other)])
    assert mask.tolist() == [True, True, False, False, False]
    d = S.diversity([" ".join(t) for t in (base, above, below, below_twin, other)])
    assert d["near_dup_rate"] == pytest.approx(0.4)


def test_minhash_is_deterministic():
    h = S._shingle_hashes(S.words(random_doc(random.Random(9), 100)))
    assert S.minhash_signature(h).tolist() == S.minhash_signature(h.copy()).tolist()


# ---------------------------------------------------------------------------------------------- sampling


def test_sample_is_deterministic_and_order_free():
    rng = random.Random(10)
    recs = [{"id": f"d{i}", "text": random_doc(rng, rng.randint(200, 900))} for i in range(300)]
    a = S.sample_for_diversity(recs, words=20_000, seed=3)
    b = S.sample_for_diversity(list(reversed(recs)), words=20_000, seed=3)
    c = S.sample_for_diversity(recs, words=20_000, seed=4)
    assert a == b
    assert a != c
    total = sum(len(t.split()) for t in a)
    assert 20_000 <= total < 20_000 + 900
    # the last document is needed to reach the budget
    assert total - len(a[-1].split()) < 20_000


def test_sample_matches_brute_force():
    rng = random.Random(11)
    recs = [{"id": f"d{i}", "text": random_doc(rng, rng.randint(10, 200))} for i in range(500)]
    got = S.sample_for_diversity(recs, words=5_000, seed=0)
    order = sorted(recs, key=lambda r: S._sample_key(r["id"], 0))
    want, total = [], 0
    for r in order:
        if total >= 5_000:
            break
        want.append(r["text"])
        total += len(r["text"].split())
    assert got == want


def test_long_document_becomes_a_window():
    text = " ".join(f"w{i}" for i in range(10_000))
    (got,) = S.sample_for_diversity([text], words=1_000)
    assert len(got.split()) == 1_000
    assert got in text


# ---------------------------------------------------------------------------------------------- corpus


GENRES = {"saga": "fiction", "diary": "fiction", "postmortem": "technical"}


def fake_records(n: int = 40) -> list[dict]:
    rng = random.Random(12)
    out = []
    for i in range(n):
        genre = list(GENRES)[i % 3]
        opps = [("monitoring_gap", "reports_gap")] + [("resist_shutdown", "accepts_modification")] * (i % 3)
        out.append(make_record(i, random_doc(rng, 100 + 10 * i), GENRES[genre], genre, 0.1 * (i + 1), opps))
    return out


def test_corpus_stats_counts(tmp_path):
    recs = fake_records()
    write_corpus(tmp_path, recs)
    st_ = S.corpus_stats(tmp_path, sample_words=3_000)
    assert st_["documents"] == 40
    assert st_["manifest"] is True
    assert len(st_["shards"]) == 6
    assert st_["words"] == sum(len(r["text"].split()) for r in recs)
    c = st_["counts"]
    assert c["genre"] == {"saga": 14, "diary": 13, "postmortem": 13}
    assert c["kind"] == {"fiction": 27, "technical": 13}
    n_opps = sum(len(r["metadata"]["opportunities"]) for r in recs)
    assert st_["opportunities"] == n_opps
    assert c["opportunity_kind"]["monitoring_gap"] == 40
    assert c["opportunity_kind"]["resist_shutdown"] == n_opps - 40
    assert c["opportunity_kind"]["crisis_seizure"] == 0  # every known kind listed
    assert c["resolution"]["accepts_modification"] == n_opps - 40
    assert c["opportunity_flags"]["unmonitored"] == n_opps - 40
    assert st_["genre_kind"] == dict(sorted(GENRES.items()))
    h = st_["distributions"]["horizon_years"]
    assert h["n"] == 40 and h["min"] == pytest.approx(0.1) and h["max"] == pytest.approx(4.0)
    assert h["p50"] == pytest.approx(2.05)
    assert len(h["values"]) == 40
    nw = st_["distributions"]["n_words"]
    assert nw["min"] == 100 and nw["max"] == 490
    assert set(st_["per_genre"]) == set(GENRES)
    assert st_["per_genre"]["saga"]["corpus_documents"] == 14
    assert st_["per_genre"]["saga"]["kind"] == "fiction"
    assert st_["diversity"]["words"] >= 3_000
    assert st_["openings"]["documents"] == 40
    orjson.dumps(st_)  # JSON-ready


def test_corpus_stats_without_manifest_and_per_genre_off(tmp_path):
    recs = fake_records(12)
    write_corpus(tmp_path, recs)
    (tmp_path / "manifest.json").unlink()
    one = tmp_path / "shards" / "part-00001.jsonl.gz"
    st_ = S.corpus_stats(one, sample_words=500, per_genre=False)
    assert st_["documents"] == 5
    assert "per_genre" not in st_
    st_all = S.corpus_stats(tmp_path, sample_words=500)
    assert st_all["documents"] == 12 and st_all["manifest"] is False


def test_corpus_stats_quantile_sketch_is_compact(tmp_path):
    rng = random.Random(13)
    recs = [
        make_record(i, "a b c d e", "fiction", "saga", rng.random(), [("monitoring_gap", "reports_gap")])
        for i in range(3000)
    ]
    write_corpus(tmp_path, recs, shard_size=1000)
    h = S.corpus_stats(tmp_path, sample_words=100, per_genre=False)["distributions"]["horizon_years"]
    assert h["n"] == 3000
    assert len(h["values"]) == S.SKETCH_POINTS
    assert h["values"] == sorted(h["values"])
    assert 0.45 < h["p50"] < 0.55


def test_check_targets_flags_failures():
    good = {
        "compression_ratio": 3.0,
        "ngd": 2.5,
        "distinct_2": 0.6,
        "self_bleu": 0.1,
        "top_opening_share": 0.005,
        "near_dup_rate": 0.0,
    }
    assert S.check_targets({"diversity": good, "per_genre": {"saga": {"compression_ratio": 4.2}}}) == []
    bad = dict(good, compression_ratio=4.6, self_bleu=0.45)
    fails = S.check_targets({"diversity": bad, "per_genre": {"saga": {"compression_ratio": 4.6}}})
    assert len(fails) == 3
    assert any("compression ratio" in f and "overall" in f for f in fails)
    assert any("Self-BLEU" in f for f in fails)
    assert any(f.startswith("genre saga") for f in fails)
    # the corpus-wide opening count overrides the sample's figure
    sampled = dict(good, top_opening_share=1 / 70)
    assert S.check_targets({"diversity": sampled, "openings": {"top_share": 0.002}}) == []
    assert len(S.check_targets({"diversity": sampled})) == 1


def test_format_stats_report(tmp_path):
    write_corpus(tmp_path, fake_records())
    st_ = S.corpus_stats(tmp_path, sample_words=3_000)
    st_["per_genre"]["diary"]["compression_ratio"] = 9.9
    st_["failures"] = S.check_targets(st_)
    out = S.format_stats(st_)
    for word in ("saga", "postmortem", "monitoring_gap", "Self-BLEU-4", "horizon", "9.90", "FAIL"):
        assert word in out
    assert "genre diary" in out
    assert "\x1b[" not in out  # no colour codes


def test_corpus_stats_do_not_depend_on_worker_count(tmp_path):
    write_corpus(tmp_path, fake_records())
    one = S.corpus_stats(tmp_path, sample_words=3_000, workers=1)
    two = S.corpus_stats(tmp_path, sample_words=3_000, workers=2)
    assert orjson.dumps(one, option=orjson.OPT_SORT_KEYS) == orjson.dumps(two, option=orjson.OPT_SORT_KEYS)
    assert one["per_genre"]["saga"]["documents"] > 0 and one["diversity"]["documents"] > 0
