"""Plant each kind of fault and check `gen validate` names it with path and line."""

import gzip
import hashlib
import json

import orjson
import pytest

from generator import validate
from generator.cli import run


def _lines(p):
    return p.read_bytes().splitlines(keepends=True)


def _rewrite_manifest(folder):
    """Make the manifest agree with damaged files, so the content check (not sha256) is what fires."""
    m = json.loads((folder / "manifest.json").read_text())
    for s in m["shards"]:
        data = (folder / s["path"]).read_bytes()
        s["bytes"] = len(data)
        s["sha256"] = hashlib.sha256(data).hexdigest()
        s["documents"] = sum(1 for ln in data.splitlines() if ln.strip())
    m["documents"] = sum(s["documents"] for s in m["shards"])
    (folder / "manifest.json").write_text(json.dumps(m))


def test_clean_corpus_passes(small_corpus, capsys):
    rep = validate(small_corpus)
    assert rep.ok and rep.documents == 120 and rep.shards == 3
    assert run(["validate", str(small_corpus)]) == 0
    assert "ok: 120 documents" in capsys.readouterr().out


def _plant(folder, fn, fix_manifest=True):
    shard = sorted(folder.glob("shard-*.jsonl"))[1]
    lines = _lines(shard)
    fn(lines)
    shard.write_bytes(b"".join(lines))
    if fix_manifest:
        _rewrite_manifest(folder)
    return shard


def _recs(lines, i):
    return orjson.loads(lines[i])


CASES = {
    "invalid_json": (lambda L: L.__setitem__(3, b'{"id": broken\n'), 4, "invalid JSON"),
    "missing_field": (lambda L: L.__setitem__(5, orjson.dumps({k: v for k, v in _recs(L, 5).items() if k != "source"}) + b"\n"), 6, "missing field 'source'"),
    "placeholder": (lambda L: L.__setitem__(2, orjson.dumps({**_recs(L, 2), "text": _recs(L, 2)["text"].replace(" the ", " {{ name }} ", 1)}) + b"\n"), 3, "placeholder"),
    "bare_none": (lambda L: L.__setitem__(2, orjson.dumps({**_recs(L, 2), "text": _recs(L, 2)["text"].replace(" the ", " None, ", 1)}) + b"\n"), 3, "placeholder 'None'"),
    "tense_marker": (lambda L: L.__setitem__(2, orjson.dumps({**_recs(L, 2), "text": _recs(L, 2)["text"].replace(" the ", " nobody <was/is> watching ", 1)}) + b"\n"), 3, "placeholder '<was/is>'"),
    "slot": (lambda L: L.__setitem__(2, orjson.dumps({**_recs(L, 2), "text": _recs(L, 2)["text"].replace(" the ", " [NAME] ", 1)}) + b"\n"), 3, "placeholder '[NAME]'"),
    "span_outside": (lambda L: L.__setitem__(7, _span(L, 7)), 8, "outside the text"),
    "truncated": (lambda L: L.__setitem__(len(L) - 1, L[-1][: len(L[-1]) // 2]), 50, "truncated last line"),
}


def _span(L, i):
    r = _recs(L, i)
    r["metadata"]["opportunities"][-1]["span"] = [10, len(r["text"]) + 50]
    return orjson.dumps(r) + b"\n"


@pytest.mark.parametrize("case", sorted(CASES))
def test_planted_faults_are_reported_with_path_and_line(corpus_copy, case, capsys):
    fn, line, needle = CASES[case]
    shard = _plant(corpus_copy, fn)
    rep = validate(corpus_copy)
    hits = [f for f in rep.faults if f.path == str(shard) and f.line == line and needle in f.problem]
    assert hits, [str(f) for f in rep.faults]
    assert run(["validate", str(corpus_copy)]) == 1
    assert f"{shard}:{line}: " in capsys.readouterr().out


def test_flipped_byte_breaks_sha256(corpus_copy):
    shard = sorted(corpus_copy.glob("shard-*.jsonl"))[0]
    data = bytearray(shard.read_bytes())
    i = data.index(b"the ")
    data[i] = ord("T")
    shard.write_bytes(bytes(data))
    assert any("sha256" in f.problem and f.path == str(shard) for f in validate(corpus_copy).faults)


def test_missing_shard(corpus_copy):
    shard = sorted(corpus_copy.glob("shard-*.jsonl"))[2]
    shard.unlink()
    assert any("missing" in f.problem and f.path == str(shard) for f in validate(corpus_copy).faults)


def test_duplicate_ids_across_shards(corpus_copy):
    a, b = sorted(corpus_copy.glob("shard-*.jsonl"))[:2]
    first = _lines(a)[0]
    lines = _lines(b)
    lines[4] = first
    b.write_bytes(b"".join(lines))
    _rewrite_manifest(corpus_copy)
    faults = validate(corpus_copy).faults
    assert any(f.path == str(b) and f.line == 5 and "duplicate id" in f.problem for f in faults)


def test_count_mismatch_and_unlisted_shard(corpus_copy):
    m = json.loads((corpus_copy / "manifest.json").read_text())
    m["shards"][0]["documents"] += 1
    (corpus_copy / "manifest.json").write_text(json.dumps(m))
    (corpus_copy / "shard-00099.jsonl").write_bytes(b"")
    problems = [f.problem for f in validate(corpus_copy).faults]
    assert any("manifest says" in p for p in problems)
    assert any("not listed" in p for p in problems)


def test_incomplete_manifest_is_a_fault(corpus_copy):
    m = json.loads((corpus_copy / "manifest.json").read_text())
    m["complete"] = False
    (corpus_copy / "manifest.json").write_text(json.dumps(m))
    assert any("incomplete" in f.problem for f in validate(corpus_copy).faults)


def test_plain_shard_files_and_compressed(corpus_copy, tmp_path):
    shard = sorted(corpus_copy.glob("shard-*.jsonl"))[0]
    gz = tmp_path / "x.jsonl.gz"
    gz.write_bytes(gzip.compress(shard.read_bytes()))
    rep = validate([shard, gz])
    # the same ids twice: the second file's lines are duplicates
    assert rep.documents == 100 and any("duplicate id" in f.problem for f in rep.faults)
    assert validate([gz]).ok


def test_fault_output_is_capped(corpus_copy, capsys):
    shard = sorted(corpus_copy.glob("shard-*.jsonl"))[0]
    shard.write_bytes(b"not json\n" * 80)
    _rewrite_manifest(corpus_copy)
    assert run(["validate", "--max-faults", "10", str(corpus_copy)]) == 1
    out = capsys.readouterr().out
    assert out.count("invalid JSON") == 10 and "... and" in out
