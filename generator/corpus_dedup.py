"""Dedup inside `gen corpus`: a streaming filter over rendered lines, first seen wins.

Exact duplicates (same normalised text) are always caught here; near-duplicates use the MinHash-LSH index from
`generator.dedup` once available.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import xxhash

from generator.config import CorpusConfig
from generator.records import ShardInfo
from generator.shardio import iter_lines


class CorpusDedup:
    def __init__(self, config: CorpusConfig) -> None:
        self.config = config
        self.seen: set[int] = set()
        self.exact_removed = 0
        self.near_removed = 0
        self.checked = 0
        self.consecutive_rejects = 0

    def keep(self, doc_id: str, line: bytes) -> bool:
        text = orjson.loads(line)["text"]
        return self.keep_text(doc_id, text)

    def keep_text(self, doc_id: str, text: str) -> bool:
        self.checked += 1
        h = xxhash.xxh3_64_intdigest(" ".join(text.lower().split()).encode())
        if h in self.seen:
            self.exact_removed += 1
            self._reject()
            return False
        self.seen.add(h)
        self.consecutive_rejects = 0
        return True

    def _reject(self) -> None:
        self.consecutive_rejects += 1
        if self.consecutive_rejects > 5000:
            raise RuntimeError("5,000 documents in a row were duplicates: the recipe is too narrow to give unique documents")

    def rebuild(self, out: Path, shards: list[ShardInfo]) -> None:
        """Re-index the documents already written (resume)."""
        for s in shards:
            for _, line in iter_lines(out / s.path):
                rec = orjson.loads(line)
                self.keep_text(rec["id"], rec["text"])
        self.checked = 0

    def save(self, out: Path) -> None:
        pass

    def figures(self) -> dict[str, Any]:
        return {
            "threshold": self.config.threshold,
            "candidates_checked": self.checked,
            "exact_removed": self.exact_removed,
            "near_removed": self.near_removed,
        }
