"""Dedup inside `gen corpus`: a streaming filter, first seen wins, exact by content hash then MinHash-LSH.

Render workers run the costly part (`dedup.prepare`: normalise, shingle, sign) beside rendering; the parent
checks each document strictly in corpus order against the kept ones, so output never depends on batching or
worker count. A kept document whose shingles fell out of the index's cache is re-rendered from its seed
(`text_of`), so every candidate is still confirmed by exact Jaccard. Removed ids go to `dedup/removed.jsonl`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import orjson

from generator.config import CorpusConfig
from generator.dedup import NearDupIndex, Prepared, prepare
from generator.records import ShardInfo
from generator.shardio import iter_lines, write_atomic

NUM_PERM = 128


def prepare_one(text: str) -> Prepared:
    return prepare([text], num_perm=NUM_PERM)


def slice_prepared(p: Prepared, i: int) -> Prepared:
    """Document i of a batch as a batch of one (views, no copies)."""
    a, b = int(p.offsets[i]), int(p.offsets[i + 1])
    return Prepared(
        content_hash=p.content_hash[i : i + 1],
        shingles=p.shingles[a:b],
        offsets=np.array([0, b - a], dtype=p.offsets.dtype),
        sigs=p.sigs[i : i + 1],
    )


class CorpusDedup:
    """The streaming filter `write_corpus` uses; `keep()` is called once per rendered document, in order."""

    def __init__(self, config: CorpusConfig) -> None:
        self.config = config
        self.index = NearDupIndex(config.threshold, NUM_PERM, text_of=self._text_of)
        self.gen_index: dict[str, int] = {}  # kept id -> generation index, to re-render evicted texts
        self.removed: list[dict[str, Any]] = []
        self.against_documents = sum(self.index.extend_from(Path(a)) for a in config.against)
        self.consecutive_rejects = 0
        self._planner: Any = None

    def _text_of(self, doc_id: str) -> str:
        from generator.pipeline import render_plan
        from generator.plan import Planner

        if self._planner is None:
            self._planner = Planner(self.config)
        tmpl = str(self.config.templates) if self.config.templates else None
        return render_plan(self._planner.plan(self.gen_index[doc_id]), tmpl).text

    def keep(self, index: int, doc_id: str, line: bytes, prepared: Prepared | None = None) -> bool:
        if prepared is None:
            prepared = prepare_one(orjson.loads(line)["text"])
        return self._record(index, doc_id, self.index.check_and_add_prepared([doc_id], prepared)[0])

    def keep_batch(self, rows: list[tuple[int, bytes, str, int]], prepared: Prepared | None) -> list[bool]:
        """The same decisions as calling keep() on each row in order, in one index call."""
        if prepared is None:
            prepared = prepare([orjson.loads(line)["text"] for _, line, _, _ in rows], num_perm=NUM_PERM)
        matches = self.index.check_and_add_prepared([r[2] for r in rows], prepared)
        return [self._record(r[0], r[2], m) for r, m in zip(rows, matches)]

    def _record(self, index: int, doc_id: str, match: Any) -> bool:
        if match is None:
            self.gen_index[doc_id] = index
            self.consecutive_rejects = 0
            return True
        self.removed.append({"id": doc_id, "index": index, "kept_id": match.kept_id, "reason": match.reason,
                             "jaccard": round(float(match.jaccard), 4)})
        self.consecutive_rejects += 1
        if self.consecutive_rejects > 2000:
            raise RuntimeError("2,000 documents in a row were near-duplicates: the recipe is too narrow to give unique documents")
        return False

    def rebuild(self, out: Path, shards: list[ShardInfo], next_index: int) -> None:
        """Resume: re-index the documents already written, and the removals recorded before the interruption."""
        for s in shards:
            ids, texts = [], []
            for _, line in iter_lines(out / s.path):
                rec = orjson.loads(line)
                ids.append(rec["id"])
                texts.append(rec["text"])
            self.index.check_and_add_batch(ids, texts)
        from generator.plan import Planner

        planner = Planner(self.config)
        # Generation indices of the kept documents: recomputed from ids by walking the plan (ids are cheap to plan).
        wanted = set(self.index.ids)
        i = 0
        while len(self.gen_index) < len(wanted) and i < next_index:
            pid = planner.plan(i).doc_id
            if pid in wanted:
                self.gen_index[pid] = i
            i += 1
        rp = out / "dedup" / "removed.jsonl"
        if rp.exists():
            for _, line in iter_lines(rp):
                r = orjson.loads(line)
                if r.get("index", 0) < next_index:
                    self.removed.append(r)
        # The index's own counters restart; the figures are recomputed from what is on disk.
        self._base_kept = sum(s.documents for s in shards)

    def checkpoint(self, out: Path) -> None:
        """Persist removals so far (called after each shard; small)."""
        (out / "dedup").mkdir(exist_ok=True)
        write_atomic(out / "dedup" / "removed.jsonl", b"".join(orjson.dumps(r) + b"\n" for r in self.removed))

    def save(self, out: Path) -> None:
        self.checkpoint(out)
        self.index.save(out / "dedup", rows_follow_shards=True)

    def figures(self) -> dict[str, Any]:
        exact = sum(1 for r in self.removed if r["reason"] == "exact")
        return {
            "method": "exact content hash, then MinHash-LSH over word 5-grams confirmed by exact Jaccard; first seen kept",
            "threshold": self.config.threshold,
            "num_perm": self.index.num_perm,
            "bands": self.index.bands,
            "rows": self.index.rows,
            "exact_removed": exact,
            "near_removed": len(self.removed) - exact,
            "against_documents": self.against_documents,
        }
