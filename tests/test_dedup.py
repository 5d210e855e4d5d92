"""Dedup: planted-duplicate evaluation harness, banding, determinism, pass-through, streaming, cross-run, errors."""

from __future__ import annotations

import gzip
import math
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import orjson
import pytest
import xxhash
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import dedup as D
from generator.records import Manifest
from generator.shardio import iter_lines

THRESHOLD = 0.8


# ------------------------------------------------------------------------------------------------ helpers
def _vocab(rng: random.Random, n: int) -> list[str]:
    syll = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "or", "an", "ix", "pe", "dro", "qua", "zi", "mon", "el"]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syll) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _doc(rng: random.Random, vocab: list[str], n_words: int) -> str:
    out: list[str] = []
    while len(out) < n_words:
        sent = [rng.choice(vocab) for _ in range(rng.randint(6, 18))]
        sent[0] = sent[0].capitalize()
        out.extend(sent[:-1] + [sent[-1] + rng.choice([".", ".", "!", "?", ";"])])
    return " ".join(out[:n_words])


def _edit(rng: random.Random, vocab: list[str], text: str, frac: float) -> str:
    words = text.split()
    for _ in range(max(1, round(len(words) * frac))):
        op = rng.random()
        p = rng.randrange(len(words))
        if op < 0.5:
            words[p] = rng.choice(vocab)
        elif op < 0.75:
            words.insert(p, rng.choice(vocab))
        else:
            del words[p]
    return " ".join(words)


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def _removed(out: Path) -> list[dict]:
    return [orjson.loads(line) for _, line in iter_lines(out / "dedup" / "removed.jsonl")]


def _kept_ids(out: Path) -> list[str]:
    return [orjson.loads(line)["id"] for p in sorted(out.glob("shard-*")) for _, line in iter_lines(p)]


def _tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _ground_truth(texts: dict[str, str], floor: float) -> dict[tuple[str, str], float]:
    """Exact Jaccard of every pair of documents (sparse shingle-incidence product), kept if >= floor."""
    from scipy import sparse

    names = sorted(texts)
    sh = [D.shingle_hashes(texts[i]) for i in names]
    allh, col = np.unique(np.concatenate(sh), return_inverse=True)
    rows = np.repeat(np.arange(len(sh)), [s.size for s in sh])
    x = sparse.csr_matrix((np.ones(col.size, dtype=np.int32), (rows, col)), shape=(len(sh), allh.size))
    inter = sparse.triu(x @ x.T, k=1).tocoo()
    sizes = np.array([s.size for s in sh])
    jac = inter.data / (sizes[inter.row] + sizes[inter.col] - inter.data)
    keep = jac >= floor
    return {(names[a], names[b]): float(j) for a, b, j in zip(inter.row[keep], inter.col[keep], jac[keep])}


def _generated_documents(n: int) -> list[str]:
    """Texts of a real generated corpus (short documents, dedup off), the background the copies are planted in."""
    from generator import CorpusConfig, generate

    cfg = CorpusConfig(n=n, seed=515, length="300:700", dedup=False, workers=1)  # no pool inside test workers
    return [d.text for d in generate(cfg)]


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> dict:
    """3,000 generated documents (300-700 words) + 300 planted near-duplicates (0.2%-15% of words edited,
    log-uniform, so half the copies are above the threshold), shuffled ids; dedup run once on them."""
    rng = random.Random(20240501)
    vocab = _vocab(rng, 20000)
    ids = [f"d{x:07d}" for x in rng.sample(range(10**7), 3300)]
    originals = list(zip(ids[:3000], _generated_documents(3000)))
    copies, sources = [], {}
    for k in range(300):
        src_id, src_text = rng.choice(originals)
        frac = math.exp(rng.uniform(math.log(0.002), math.log(0.15)))
        cid = ids[3000 + k]
        copies.append((cid, _edit(rng, vocab, src_text, frac)))
        sources[cid] = src_id
    docs = originals + copies
    rng.shuffle(docs)
    root = tmp_path_factory.mktemp("planted")
    half = len(docs) // 2
    _write_jsonl(root / "in" / "a.jsonl", [{"id": i, "text": t} for i, t in docs[:half]])
    _write_jsonl(root / "in" / "b.jsonl", [{"id": i, "text": t} for i, t in docs[half:]])
    rep = D.dedup_paths([root / "in"], root / "out", threshold=THRESHOLD, workers=1)
    texts = dict(docs)
    return {"texts": texts, "sources": sources, "report": rep, "out": root / "out", "root": root,
            "truth": _ground_truth(texts, THRESHOLD - 0.1)}


# ------------------------------------------------------------------------------------------------ harness
def test_planted_duplicates_meet_targets(planted: dict) -> None:
    texts, truth, out = planted["texts"], planted["truth"], planted["out"]
    removed = {r["id"]: r for r in _removed(out)}
    kept = set(_kept_ids(out))
    assert kept | set(removed) == set(texts) and not (kept & set(removed))

    # recall: pairs at J >= threshold + 0.05 must not both survive
    high = [p for p, j in truth.items() if j >= THRESHOLD + 0.05]
    assert len(high) >= 80, "the harness must plant enough pairs above the threshold to measure recall"
    recall = sum(1 for a, b in high if not (a in kept and b in kept)) / len(high)
    assert recall >= 0.95

    # every removed document has a kept document at J >= threshold - 0.1; precision at the threshold itself
    best_kept: dict[str, float] = {}
    for (a, b), j in truth.items():
        for x, y in ((a, b), (b, a)):
            if x in removed and y in kept:
                best_kept[x] = max(best_kept.get(x, 0.0), j)
    assert all(best_kept.get(r, 0.0) >= THRESHOLD - 0.1 for r in removed)
    precision = sum(1 for r in removed if best_kept.get(r, 0.0) >= THRESHOLD) / max(1, len(removed))
    assert precision >= 0.99

    # never both sides of a pair lost: an original with one copy keeps one of the two; an original with several
    # copies keeps at least one member of the family (two copies may both go if a third member is kept)
    families: dict[str, list[str]] = {}
    for cid, src in planted["sources"].items():
        families.setdefault(src, [src]).append(cid)
    assert any(len(f) > 2 for f in families.values()), "some originals must have several copies"
    for fam in families.values():
        assert any(m in kept for m in fam)
        if len(fam) == 2:
            assert not (fam[0] in removed and fam[1] in removed)
    # kept_id is kept and its reported Jaccard is the exact one
    for rid, r in removed.items():
        assert r["kept_id"] in kept
        j = truth.get((min(rid, r["kept_id"]), max(rid, r["kept_id"])))
        assert j is not None and abs(j - r["jaccard"]) < 1e-6 and j >= THRESHOLD

    s_curve_at_high = D.s_curve(THRESHOLD + 0.05, planted["report"].bands, planted["report"].rows)
    print(f"\nplanted harness: {len(high)} pairs at J>={THRESHOLD + 0.05}, recall {recall:.4f} "
          f"(S-curve {s_curve_at_high:.4f}), {len(removed)} removed, precision@{THRESHOLD} {precision:.4f}")


def test_keeper_is_smallest_id_and_cluster_labels(planted: dict) -> None:
    removed = _removed(planted["out"])
    assert removed, "the planted corpus must have removals"
    for r in removed:
        assert r["kept_id"] < r["id"]  # batch keeper rule: smallest id first
        assert r["cluster"] <= r["kept_id"]
        assert r["reason"] in ("exact", "near")
    ids = [r["id"] for r in removed]
    assert ids == sorted(ids)


def test_manifest_describes_output(planted: dict) -> None:
    out = planted["out"]
    m = Manifest.model_validate_json((out / "manifest.json").read_bytes())
    assert m.complete and m.documents == len(_kept_ids(out))
    assert sum(s.documents for s in m.shards) == m.documents
    for s in m.shards:
        assert (out / s.path).stat().st_size == s.bytes
    d = m.dedup or {}
    rep = planted["report"]
    assert d["input_documents"] == 3300 == rep.input_documents
    assert d["exact_removed"] + d["near_removed"] == len(_removed(out)) == 3300 - m.documents
    assert (d["threshold"], d["num_perm"], d["bands"], d["rows"]) == (0.8, 128, rep.bands, rep.rows)
    assert d["candidates_checked"] >= d["near_removed"]


# ------------------------------------------------------------------------------------------------ banding
def test_chosen_bands_meet_recall_on_the_s_curve() -> None:
    from datasketch.lsh import _optimal_param

    b, r = D.choose_bands(0.8, 128)
    assert b * r <= 128
    assert D.s_curve(0.8, b, r) >= 0.95
    assert D.s_curve(0.5, b, r) < 0.15  # and few false candidates well below the threshold
    db, dr = _optimal_param(0.8, 128, 0.5, 0.5)
    assert D.s_curve(0.8, db, dr) < 0.5 < D.s_curve(0.8, b, r)  # the min-area default would miss most pairs
    for t in (0.5, 0.6, 0.7, 0.85, 0.9, 0.95):
        bb, rr = D.choose_bands(t, 128)
        assert bb * rr <= 128 and D.s_curve(t, bb, rr) >= 0.95
    with pytest.raises(ValueError):
        D.choose_bands(0.0, 128)


# ------------------------------------------------------------------------------------------------ hashing
def _slow_normalize(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[\W_]+", " ", t).split())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_fast_path_matches_unicode_path(text: str) -> None:
    assert D.normalize(text) == _slow_normalize(text)


# Characters that exercise the non-ASCII fast path and every way out of it: the listed punctuation, accented and
# non-Latin letters, digits of other scripts, compatibility forms (NFKC changes them), combining marks, a dotted
# capital I (lowercases to i + combining dot), no-break space, underscore, unlisted symbols.
_MIXED = "aZ9 _-.,'\n" + "".join(D._PUNCT) + "éÉšŠıİßΣσ٣ﬁＦ…\u0301\u00a0€™✓≥½"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED), max_size=60))
def test_non_ascii_fast_path_matches_unicode_path(text: str) -> None:
    assert D._tokens(text) == D._tokens_general(text)
    assert D.normalize(text) == _slow_normalize(text)


def test_non_ascii_fast_path_is_taken_for_generated_text() -> None:
    # Proof the fast path is the one that runs (an accented name, dashes and a middle dot), and gives the same words.
    text = "Dr. Šimić — the night shift · 2044–2084 “quoted” ✓"
    assert unicodedata.is_normalized("NFKC", text) and not D._NON_ASCII_NON_WORD.search(
        "".join(" " if c in D._PUNCT else c for c in text.lower()))
    assert D._tokens(text) == D._tokens_general(text) == [
        b"dr", "šimić".encode(), b"the", b"night", b"shift", b"2044", b"2084", b"quoted"]


def test_normalize_folds_case_punctuation_space_and_compatibility_forms() -> None:
    assert D.normalize("  Hello,\tWORLD!!  it's_fine ") == "hello world it s fine"
    assert D.normalize("ﬁle Ｆｕｌｌｗｉｄｔｈ café") == "file fullwidth café"
    a = D.shingle_hashes("The quick brown fox jumps over the lazy dog")
    b = D.shingle_hashes("THE quick -- brown, fox; jumps over the LAZY dog!!")
    assert np.array_equal(a, b) and a.size == 5
    assert D.shingle_hashes("").size == 0 and D.shingle_hashes("two words").size == 1
    assert not np.array_equal(D.shingle_hashes("a b c d e"), D.shingle_hashes("e d c b a"))


def _fmix64(h: int) -> int:
    m = (1 << 64) - 1
    h ^= h >> 30
    h = (h * 0xBF58476D1CE4E5B9) & m
    h ^= h >> 27
    h = (h * 0x94D049BB133111EB) & m
    return h ^ (h >> 31)


def _reference_signature(text: str, k: int, seed: int = D.DEFAULT_SEED) -> list[int]:
    """The documented one-permutation scheme, one document at a time, in plain Python integers."""
    salt = xxhash.xxh3_64_intdigest(b"oph-salt", seed=seed)
    best: dict[int, int] = {}
    for x in D.shingle_hashes(text).tolist():
        h = _fmix64(x ^ salt)
        b, v = ((h >> 32) * k) >> 32, h & 0xFFFFFFFF
        best[b] = min(v, best.get(b, v))
    if not best:
        return [0xFFFFFFFF] * k
    out = []
    for i in range(k):
        if i in best:
            out.append(best[i])
            continue
        probes = [xxhash.xxh3_64_intdigest(f"oph-probe-{i}-{t}".encode(), seed=seed) % k for t in range(16)]
        j = next((p for p in probes if p in best), None)
        if j is None:  # circular scan
            j = (i + 1) % k
            while j not in best:
                j = (j + 1) % k
        out.append(best[j])
    return out


def test_bulk_minhash_matches_per_document_reference() -> None:
    rng = random.Random(3)
    texts = ["", "one", "two words", " ".join(f"w{rng.randrange(50)}" for _ in range(40))] + [
        " ".join(f"w{rng.randrange(500)}" for _ in range(rng.randint(0, 300))) for _ in range(40)
    ]
    ref = D.signatures(texts, 64)
    for i, t in enumerate(texts):
        assert ref[i].tolist() == _reference_signature(t, 64), i
    # a batch gives each document the signature it gets alone, whatever its neighbours
    for i in range(0, len(texts), 7):
        assert np.array_equal(D.signatures(texts[i:i + 3], 64), ref[i:i + 3])


def test_signatures_identical_in_another_process() -> None:
    texts = ["alpha beta gamma delta epsilon zeta eta", "Ünïcödé text with ﬁ ligatures and more words here"]
    here = D.signatures(texts, 128)
    code = ("import sys, orjson; from generator.dedup import signatures; "
            f"sys.stdout.write(orjson.dumps(signatures({texts!r}, 128).tolist()).decode())")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""}, cwd=Path(__file__).resolve().parents[1])
    assert np.array_equal(np.array(orjson.loads(other.stdout), dtype=np.uint32), here)


def test_minhash_estimate_tracks_exact_jaccard() -> None:
    rng = random.Random(5)
    vocab = _vocab(rng, 3000)
    base = _doc(rng, vocab, 400)
    for frac in (0.01, 0.03, 0.08):
        other = _edit(rng, vocab, base, frac)
        j = D.jaccard(D.shingle_hashes(base), D.shingle_hashes(other))
        s = D.signatures([base, other], 256)
        est = float(np.mean(s[0] == s[1]))
        assert abs(est - j) < 0.1, (frac, j, est)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=30), min_size=1, max_size=12))
def test_sorted_runs_behave_like_a_multimap(batches: list[list[int]]) -> None:
    runs = D._SortedRuns()
    ref: dict[int, list[int]] = {}
    v = 0
    for batch in batches:
        keys = np.array(batch, dtype=np.uint64)
        vals = np.arange(v, v + len(batch), dtype=np.int32)
        runs.add(keys, vals)
        for k, val in zip(batch, vals.tolist()):
            ref.setdefault(k, []).append(val)
        v += len(batch)
        q = np.arange(0, 42, dtype=np.uint64)
        pos, got = runs.lookup(q)
        pairs = sorted(zip(pos.tolist(), got.tolist()))
        assert pairs == sorted((int(k), val) for k in range(42) for val in ref.get(k, []))


# ------------------------------------------------------------------------------------------------ batch mode
def test_exact_duplicates_removed_with_smallest_id_kept(tmp_path: Path) -> None:
    text = "The same document, written twice; only its formatting differs between the copies here."
    recs = [{"id": "b", "text": text}, {"id": "a", "text": text.upper().replace(" ", "   ")},
            {"id": "c", "text": "Something else entirely, with enough words to have several shingles."}]
    rep = D.dedup_paths([_write_jsonl(tmp_path / "in.jsonl", recs)], tmp_path / "out", workers=1)
    assert (rep.exact_removed, rep.near_removed, rep.kept) == (1, 0, 2)
    assert _removed(tmp_path / "out") == [{"id": "b", "cluster": "a", "kept_id": "a", "reason": "exact",
                                           "jaccard": 1.0}]
    assert _kept_ids(tmp_path / "out") == ["a", "c"]


def test_chain_keeps_the_end_that_no_kept_document_covers(tmp_path: Path) -> None:
    rng = random.Random(11)
    vocab = _vocab(rng, 5000)
    a = _doc(rng, vocab, 200).split()
    b = list(a)
    for p in (20, 80, 140):
        b[p] = "bbbb"
    c = list(b)
    for p in (50, 110, 170):
        c[p] = "cccc"
    texts = {"a": " ".join(a), "b": " ".join(b), "c": " ".join(c)}
    sh = {k: D.shingle_hashes(v) for k, v in texts.items()}
    assert D.jaccard(sh["a"], sh["b"]) >= 0.8 and D.jaccard(sh["b"], sh["c"]) >= 0.8
    assert D.jaccard(sh["a"], sh["c"]) < 0.8
    D.dedup_paths([_write_jsonl(tmp_path / "in.jsonl", [{"id": k, "text": v} for k, v in texts.items()])],
                  tmp_path / "out", workers=1)
    assert _kept_ids(tmp_path / "out") == ["a", "c"]
    assert [(r["id"], r["kept_id"]) for r in _removed(tmp_path / "out")] == [("b", "a")]


def test_output_is_byte_identical_across_runs_and_worker_counts(planted: dict) -> None:
    root = planted["root"]
    D.dedup_paths([root / "in"], root / "again1", workers=1)
    D.dedup_paths([root / "in"], root / "again2", workers=2)
    first = _tree_bytes(planted["out"])
    assert _tree_bytes(root / "again1") == first
    assert _tree_bytes(root / "again2") == first


def test_foreign_records_pass_through_byte_for_byte(tmp_path: Path) -> None:
    lines = [
        (b'{"text": "Dolma style record with extra fields and odd spacing, enough words for shingles", '
         b'"id": "x1", "added": "2024-01-01T00:00:00Z", "metadata": {"url": "http://e.x/\\u00e9", "n": 1.50}}'),
        b'{"id":"x2","source":"c4","text":"caf\\u00e9 \\ud83d\\ude00 unicode escapes are kept as written, too"}',
        b'{"id": "x3", "text": "Dolma style record with extra fields and odd spacing, enough words for shingles"}',
        b'{"id": 7, "text": "an integer id is accepted and kept as it was in the input line"}',
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl.gz").write_bytes(gzip.compress(b"\n".join(lines[:2]) + b"\n"))
    (tmp_path / "in" / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(b"\r\n".join(lines[2:])))
    rep = D.dedup_paths([tmp_path / "in"], tmp_path / "out", workers=1, compression="zstd")
    assert rep.exact_removed == 1 and rep.kept == 3
    out_lines = [line for p in sorted((tmp_path / "out").glob("shard-*.jsonl.zst")) for _, line in iter_lines(p)]
    assert out_lines == [lines[0], lines[1], lines[3]]


def test_bad_input_raises_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nope"):
        D.dedup_paths([tmp_path / "nope.jsonl"], tmp_path / "o1")
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_bytes(b'{"id": "a", "text": "fine"}\n{"id": "b", "text": \n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: invalid JSON"):
        D.dedup_paths([bad_json], tmp_path / "o2", workers=1)
    no_id = _write_jsonl(tmp_path / "noid.jsonl", [{"id": "a", "text": "x"}, {"text": "y"}])
    with pytest.raises(ValueError, match=r"noid\.jsonl:2: missing or non-string 'id'"):
        D.dedup_paths([no_id], tmp_path / "o3", workers=2)
    no_text = _write_jsonl(tmp_path / "notext.jsonl", [{"id": "a", "body": "x"}])
    with pytest.raises(ValueError, match=r"notext\.jsonl:1: missing or non-string 'text'"):
        D.dedup_paths([no_text], tmp_path / "o4", workers=1)
    other = tmp_path / "data.csv"
    other.write_text("id,text\n")
    with pytest.raises(ValueError, match="not a .jsonl"):
        D.dedup_paths([other], tmp_path / "o5")
    ok = _write_jsonl(tmp_path / "ok" / "ok.jsonl", [{"id": "a", "text": "x"}])
    D.dedup_paths([ok], tmp_path / "o6", workers=1)
    with pytest.raises(ValueError, match="already holds shards"):
        D.dedup_paths([ok], tmp_path / "o6", workers=1)
    with pytest.raises(ValueError, match="compression"):
        D.dedup_paths([ok], tmp_path / "o7", compression="lz4")


# ------------------------------------------------------------------------------------------------ streaming
def test_streaming_keeps_the_first_seen(planted: dict) -> None:
    texts, sources = planted["texts"], planted["sources"]
    cid, src = next((c, s) for c, s in sorted(sources.items())
                    if D.jaccard(D.shingle_hashes(texts[c]), D.shingle_hashes(texts[s])) >= 0.9)
    idx = D.NearDupIndex(THRESHOLD)
    # the copy comes first: it is kept even if its id is larger, and the original is the one removed
    assert idx.check_and_add_batch([cid, src], [texts[cid], texts[src]]) == [None, cid]
    # across batches, and exact duplicates with other formatting
    assert idx.check_and_add_batch(["z", "y"], [texts[src].upper(), "an unrelated text " * 3]) == [cid, None]
    idx2 = D.NearDupIndex(THRESHOLD)
    assert idx2.check_and_add_batch([src], [texts[src]]) == [None]
    assert idx2.check_and_add_batch([cid], [texts[cid]]) == [src]
    m = idx2.check_and_add_batch_detailed(["q"], [texts[cid]])[0]
    assert m is not None and m.reason == "near" and m.kept_id == src and m.jaccard >= THRESHOLD
    assert idx2.stats["candidates_checked"] >= 2 and idx2.stats["estimated_checks"] == 0


def test_streaming_matches_batch_when_fed_in_id_order(planted: dict) -> None:
    texts = planted["texts"]
    order = sorted(texts)
    idx = D.NearDupIndex(THRESHOLD)
    res = []
    for s in range(0, len(order), 700):  # batch size unrelated to the internal block size
        res += idx.check_and_add_batch(order[s : s + 700], [texts[i] for i in order[s : s + 700]])
    streamed = {i: k for i, k in zip(order, res) if k is not None}
    batch = {r["id"]: r["kept_id"] for r in _removed(planted["out"])}
    assert streamed == batch


def test_evicted_documents_are_verified_through_text_of(planted: dict) -> None:
    texts, sources = planted["texts"], planted["sources"]
    pairs = [(c, s) for c, s in sorted(sources.items())
             if D.jaccard(D.shingle_hashes(texts[c]), D.shingle_hashes(texts[s])) >= 0.9][:5]
    calls: list[str] = []

    def text_of(i: str) -> str:
        calls.append(i)
        return texts[i]

    idx = D.NearDupIndex(THRESHOLD, cache_bytes=0, text_of=text_of)
    idx.check_and_add_batch([s for _, s in pairs], [texts[s] for _, s in pairs])
    assert idx.check_and_add_batch([c for c, _ in pairs], [texts[c] for c, _ in pairs]) == [s for _, s in pairs]
    assert sorted(set(calls)) == sorted(s for _, s in pairs)
    assert idx.stats["estimated_checks"] == 0
    # without the cache or text_of, the MinHash estimate is the (counted) fallback
    blind = D.NearDupIndex(THRESHOLD, cache_bytes=0)
    blind.check_and_add_batch([s for _, s in pairs], [texts[s] for _, s in pairs])
    blind.check_and_add_batch([c for c, _ in pairs], [texts[c] for c, _ in pairs])
    assert blind.stats["estimated_checks"] > 0 and blind.stats["candidates_checked"] == 0


# ------------------------------------------------------------------------------------------------ cross-run
def test_against_removes_near_duplicates_of_a_prior_corpus(planted: dict, tmp_path: Path) -> None:
    texts, prior = planted["texts"], planted["out"]
    prior_kept = _kept_ids(prior)
    rng = random.Random(9)
    vocab = _vocab(rng, 5000)
    near = [(f"new-{k}", _edit(rng, vocab, texts[i], 0.003)) for k, i in enumerate(prior_kept[:20])]
    fresh = [(f"new-f{k}", _doc(rng, vocab, 200)) for k in range(20)]
    inp = _write_jsonl(tmp_path / "b.jsonl", [{"id": i, "text": t} for i, t in near + fresh])
    rep = D.dedup_paths([inp], tmp_path / "out", against=[prior], workers=1)
    removed = {r["id"]: r for r in _removed(tmp_path / "out")}
    assert rep.against_documents == len(prior_kept)
    assert set(removed) == {i for i, _ in near}
    assert all(removed[f"new-{k}"]["kept_id"] == prior_kept[k] for k in range(20))
    assert _kept_ids(tmp_path / "out") == [i for i, _ in fresh]

    # the same through the streaming index: texts of the prior corpus are fetched from its shards
    idx = D.NearDupIndex(THRESHOLD)
    assert idx.extend_from(prior) == len(prior_kept)
    got = idx.check_and_add_batch([i for i, _ in near + fresh], [t for _, t in near + fresh])
    assert got == prior_kept[:20] + [None] * 20
    assert idx.stats["estimated_checks"] == 0 and idx.stats["text_fetches"] >= 20


def test_save_and_load_round_trip(planted: dict, tmp_path: Path) -> None:
    texts, sources = planted["texts"], planted["sources"]
    pairs = [(c, s) for c, s in sorted(sources.items())
             if D.jaccard(D.shingle_hashes(texts[c]), D.shingle_hashes(texts[s])) >= 0.9][:5]
    idx = D.NearDupIndex(THRESHOLD)
    idx.check_and_add_batch([s for _, s in pairs] + ["u"], [texts[s] for _, s in pairs] + ["unique words " * 5])
    idx.save(tmp_path / "sig")
    loaded = D.NearDupIndex.load(tmp_path / "sig", text_of=texts.__getitem__)
    assert loaded.ids == idx.ids and (loaded.bands, loaded.rows) == (idx.bands, idx.rows)
    assert loaded.check_and_add_batch([c for c, _ in pairs], [texts[c] for c, _ in pairs]) == [s for _, s in pairs]
    assert loaded.stats["estimated_checks"] == 0
    loaded.save(tmp_path / "sig2")  # own documents are saved again, identically
    assert _tree_bytes(tmp_path / "sig") == _tree_bytes(tmp_path / "sig2")
    other = D.NearDupIndex(THRESHOLD, num_perm=64)
    with pytest.raises(ValueError, match="permutations"):
        other.extend_from(tmp_path / "sig")
    with pytest.raises(FileNotFoundError):
        other.extend_from(tmp_path / "nowhere")


def test_reread_path_gives_the_same_result_as_held_shingles(planted: dict) -> None:
    root = planted["root"]
    D.dedup_paths([root / "in"], root / "reread", workers=1, max_shingle_bytes=0)  # nothing held: re-read texts
    assert _tree_bytes(root / "reread") == _tree_bytes(planted["out"])


def test_extend_from_a_corpus_whose_rows_do_not_follow_its_shards(planted: dict, tmp_path: Path) -> None:
    texts, sources = planted["texts"], planted["sources"]
    pairs = [(c, s) for c, s in sorted(sources.items())
             if D.jaccard(D.shingle_hashes(texts[c]), D.shingle_hashes(texts[s])) >= 0.9][:4]
    originals = [s for _, s in pairs] + ["pad-1", "pad-2"]
    body = {**texts, "pad-1": "first padding document " * 4, "pad-2": "second padding document " * 4}
    corpus = tmp_path / "corpus"
    # shards hold the documents in reverse order of the index, so positions cannot be used: ids are scanned
    _write_jsonl(corpus / "shard-00000.jsonl", [{"id": i, "text": body[i]} for i in reversed(originals)])
    idx = D.NearDupIndex(THRESHOLD)
    idx.check_and_add_batch(originals, [body[i] for i in originals])
    idx.save(corpus / "dedup", rows_follow_shards=False)
    fresh = D.NearDupIndex(THRESHOLD)
    fresh.extend_from(corpus)
    assert fresh.check_and_add_batch([c for c, _ in pairs], [texts[c] for c, _ in pairs]) == [s for _, s in pairs]
    assert fresh.stats["estimated_checks"] == 0 and fresh.stats["text_fetches"] >= len(pairs)
