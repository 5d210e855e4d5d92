"""Reading and writing JSONL shards (.jsonl, .jsonl.gz, .jsonl.zst), atomically and deterministically."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import orjson
import zstandard

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst")
COMPRESSION_SUFFIX = {"none": ".jsonl", "gzip": ".jsonl.gz", "zstd": ".jsonl.zst"}


def is_shard(path: Path) -> bool:
    return path.name.endswith(SHARD_SUFFIXES)


def open_read(path: Path) -> IO[bytes]:
    """Open a shard for reading bytes, decompressing by suffix."""
    name = path.name
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        raw = open(path, "rb")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return open(path, "rb")


def find_shards(paths: list[Path]) -> list[Path]:
    """Expand folders into their shard files (sorted); keep files as given. Raises FileNotFoundError."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and is_shard(q) and "dedup" not in q.parts)
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw line without newline) for each non-empty line."""
    with open_read(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip(b"\r\n")
            if line:
                yield n, line


def iter_records(paths: list[Path]) -> Iterator[dict]:
    for path in find_shards(paths):
        for _, line in iter_lines(path):
            yield orjson.loads(line)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def tmp_name(final: Path) -> Path:
    """Partial files live under a name no reader mistakes for a shard."""
    return final.with_name(f".{final.name}.partial")


def encode_lines(records: list[dict]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def compress(data: bytes, compression: str) -> bytes:
    """Deterministic compression: gzip with mtime 0 and no file name, zstd at a fixed level."""
    if compression == "gzip":
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
            gz.write(data)
        return buf.getvalue()
    if compression == "zstd":
        return zstandard.ZstdCompressor(level=3).compress(data)
    return data


def write_atomic(final: Path, data: bytes) -> None:
    """Write to a partial name, fsync, then rename: a final name only ever holds a complete file."""
    tmp = tmp_name(final)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
