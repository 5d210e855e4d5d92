"""`gen validate`: everything a training run relies on, checked before it starts.

Checks: each line is JSON and matches the Document schema; ids are unique across shards; the manifest's shard
list, counts, sizes and sha256 match the files; the corpus is marked complete; text holds no unfilled placeholder;
opportunity spans lie inside the text, in order, without overlap; the recorded word count and density are true.
Faults are reported as `path:line: problem`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import ValidationError

from generator.records import Document, Manifest
from generator.shardio import find_shards, is_shard, open_read, sha256_file

PLACEHOLDER = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}"  # jinja
    r"|\{[a-z_]+(?:[.:][a-z_]+)*\}"  # grammar references left unexpanded
    r"|\[[A-Z][A-Z0-9_]{1,}\]"  # [NAME]-style slots
    r"|\bNone\b(?!\s+[a-z])"  # a Python None rendered into text ("None of them..." is fine)
    r"|<[a-z']+(?: [a-z']+)*/[a-z']+(?: [a-z']+)*>"  # a fiction-kit tense marker left unresolved ("<was/is>")
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f]"  # control characters, including leftover span markers
)


@dataclass
class Fault:
    path: str
    line: int | None
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}" if self.line is not None else f"{self.path}: {self.problem}"


@dataclass
class ValidationReport:
    faults: list[Fault] = field(default_factory=list)
    documents: int = 0
    shards: int = 0

    @property
    def ok(self) -> bool:
        return not self.faults

    def add(self, path: Path | str, line: int | None, problem: str) -> None:
        self.faults.append(Fault(str(path), line, problem))


def check_document(rec: dict, doc: Document | None = None) -> list[str]:
    """Content checks on one record (after schema validation): placeholders, spans, counts."""
    problems: list[str] = []
    doc = doc or Document.model_validate(rec)
    text = doc.text
    m = PLACEHOLDER.search(text)
    if m:
        problems.append(f"unfilled placeholder {m.group(0)!r} at offset {m.start()}")
    prev_end = 0
    for i, o in enumerate(doc.metadata.opportunities):
        a, b = o.span
        if not (0 <= a < b <= len(text)):
            problems.append(f"opportunity {i} span [{a}, {b}) lies outside the text (length {len(text)})")
            continue
        if a < prev_end:
            problems.append(f"opportunity {i} span [{a}, {b}) overlaps the previous one")
        prev_end = b
    n_words = len(text.split())
    if doc.metadata.n_words != n_words:
        problems.append(f"metadata.n_words is {doc.metadata.n_words} but the text has {n_words} words")
    elif n_words:
        dens = 1000 * len(doc.metadata.opportunities) / n_words
        if abs(dens - doc.metadata.opportunity_density) > 0.01:
            problems.append(f"metadata.opportunity_density is {doc.metadata.opportunity_density} but the text gives {dens:.4f}")
    return problems


def _schema_problem(err: ValidationError) -> str:
    e = err.errors()[0]
    loc = ".".join(str(p) for p in e["loc"])
    if e["type"] == "missing":
        return f"record is missing field {loc!r}"
    if e["type"] == "extra_forbidden":
        return f"record has unknown field {loc!r}"
    return f"field {loc!r}: {e['msg']}"


def validate_shard(path: Path, report: ValidationReport, ids: dict[str, str], label: str | None = None) -> int:
    """Validate one shard file; returns its document count."""
    label = label or str(path)
    count = 0
    try:
        fh = open_read(path)
    except OSError as e:
        report.add(label, None, f"cannot open ({e.strerror})")
        return 0
    try:
        n = 0
        pending = b""
        with fh:
            for n, raw in enumerate(fh, 1):
                pending = raw
                line = raw.rstrip(b"\r\n")
                if not line.strip():
                    report.add(label, n, "empty line")
                    continue
                try:
                    rec = orjson.loads(line)
                except orjson.JSONDecodeError as e:
                    last = not raw.endswith(b"\n")
                    report.add(label, n, "truncated last line" if last else f"invalid JSON ({e.msg})")
                    continue
                count += 1
                if not isinstance(rec, dict):
                    report.add(label, n, "line is not a JSON object")
                    continue
                try:
                    doc = Document.model_validate(rec)
                except ValidationError as e:
                    report.add(label, n, _schema_problem(e))
                    continue
                if doc.id in ids:
                    report.add(label, n, f"duplicate id {doc.id!r} (first seen at {ids[doc.id]})")
                else:
                    ids[doc.id] = f"{label}:{n}"
                for p in check_document(rec, doc):
                    report.add(label, n, p)
        if n and not pending.endswith(b"\n"):
            if not any(f.path == label and f.line == n for f in report.faults):
                report.add(label, n, "truncated last line (no newline at end of file)")
    except (OSError, EOFError) as e:  # corrupt gzip / zstd streams
        report.add(label, None, f"cannot read: {e}")
    except Exception as e:  # zstandard raises its own error type
        report.add(label, None, f"cannot read: {type(e).__name__}: {e}")
    return count


def validate(paths: list[Path] | Path) -> ValidationReport:
    """Validate corpus folders (with manifest.json) and/or shard files.

    >>> from generator import validate
    >>> report = validate("output")  # doctest: +SKIP
    >>> report.ok, report.documents  # doctest: +SKIP
    (True, 100000)
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    report = ValidationReport()
    ids: dict[str, str] = {}
    for p in map(Path, paths):
        if p.is_dir() and (p / "manifest.json").exists():
            _validate_corpus(p, report, ids)
        elif p.is_dir():
            shards = find_shards([p])
            if not shards:
                report.add(p, None, "no manifest.json and no shard files here")
            for s in shards:
                report.documents += validate_shard(s, report, ids)
                report.shards += 1
        elif p.is_file():
            if p.name == "manifest.json":
                _validate_corpus(p.parent, report, ids)
            else:
                if not is_shard(p):
                    report.add(p, None, "not a shard file (.jsonl, .jsonl.gz or .jsonl.zst)")
                    continue
                report.documents += validate_shard(p, report, ids)
                report.shards += 1
        else:
            report.add(p, None, "no such file or folder")
    return report


def _validate_corpus(folder: Path, report: ValidationReport, ids: dict[str, str]) -> None:
    mpath = folder / "manifest.json"
    try:
        manifest = Manifest.model_validate_json(mpath.read_bytes())
    except (OSError, ValidationError, ValueError) as e:
        msg = _schema_problem(e) if isinstance(e, ValidationError) else str(e)
        report.add(mpath, None, f"unreadable manifest: {msg}")
        return
    if not manifest.complete:
        report.add(mpath, None, "corpus is incomplete (the run that wrote it did not finish; re-run to resume)")
    listed = set()
    total = 0
    for s in manifest.shards:
        sp = folder / s.path
        listed.add(sp.name)
        if not sp.exists():
            report.add(sp, None, "listed in manifest.json but missing")
            continue
        size = sp.stat().st_size
        if size != s.bytes:
            report.add(sp, None, f"size {size} bytes does not match manifest ({s.bytes})")
        digest = sha256_file(sp)
        if digest != s.sha256:
            report.add(sp, None, "sha256 does not match manifest (the file changed or is corrupt)")
        n = validate_shard(sp, report, ids)
        report.shards += 1
        report.documents += n
        total += n
        if n != s.documents:
            report.add(sp, None, f"holds {n} documents but manifest says {s.documents}")
    if total != manifest.documents and all((folder / s.path).exists() for s in manifest.shards):
        report.add(mpath, None, f"manifest total {manifest.documents} documents but shards hold {total}")
    for extra in sorted(p for p in folder.iterdir() if p.is_file() and is_shard(p) and p.name not in listed):
        report.add(extra, None, "shard file not listed in manifest.json")
