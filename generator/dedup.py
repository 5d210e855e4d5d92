"""Exact and near-duplicate removal: MinHash-LSH candidates, confirmed by exact Jaccard, first/smallest kept.

Why this module exists: a pretraining team only mixes in a corpus whose dedup it can trust and re-run. So every
stage is deterministic (no Python ``hash()``, no global random state, no dependence on worker count), every
candidate pair is confirmed on the documents' exact shingle sets before anything is removed, and the LSH banding is
chosen for recall at the threshold rather than by datasketch's min-area default (which, at threshold 0.9 and 128
permutations, finds only about 31% of the pairs at Jaccard 0.9).

Pipeline, per document
----------------------
1. **Normalisation** (:func:`normalize`): Unicode NFKC, lowercase, every run of characters that is not a letter or
   digit (punctuation, symbols, underscores, whitespace) becomes one space, ends stripped. So ``"Hello,  World!"``
   and ``"hello world"`` are the same document. Pure-ASCII text takes a byte-level fast path with identical output.
2. **Exact stage**: ``xxh3_64`` of the normalised text. A document whose content hash matches a kept document is
   removed with reason ``exact`` before any MinHash work is looked at.
3. **Shingles** (:func:`shingle_hashes`): word 5-grams of the normalised text. Each word is hashed with
   ``xxh3_64``; a shingle's hash folds its five word hashes (multiply by an odd constant, xor) and finishes with
   the splitmix64 mixer, all vectorised in numpy. Documents of 1-4 words have one shingle (all their words); an
   empty document has none and can only be an exact duplicate.
4. **MinHash** (:func:`minhash_signatures`), one-permutation hashing with densification: each shingle hash is
   salted and mixed once more with splitmix64; its high 32 bits pick one of ``num_perm`` bins (multiply-shift), its
   low 32 bits are its value, and the signature keeps the smallest value per bin (``uint32``). A bin no shingle fell
   in borrows the value of the first non-empty bin among 16 fixed probes (the same for every document, so the chance
   that two documents agree in a bin stays about their Jaccard), or else of the next non-empty bin. One hash per
   shingle instead of one per shingle and permutation: about 25x less arithmetic than 128 permutations, with the
   same spread of estimates (tested against exact Jaccard). The salt and probes come from ``xxh3_64`` of fixed strings
   and the seed, so signatures are identical on every machine, process and numpy version.
5. **LSH** (:func:`choose_bands`): ``b`` bands of ``r`` rows, chosen so the S-curve ``1 - (1 - s**r)**b`` is at least
   0.95 at the threshold while the area under the curve below the threshold (the expected rate of false candidates)
   is smallest. At 0.8 and 128 permutations that is **13 bands x 7 rows** (91 of the 128 values; the rest stay in
   the persisted signatures): P(candidate) is 0.953 at J=0.8, 0.993 at 0.85, 0.67 at 0.7, 0.31 at 0.6 and 0.10 at
   0.5. datasketch's default for the same setting, 9 x 13, finds only 0.40 of the pairs at J=0.8 and 0.69 at 0.85.
6. **Verification**: every candidate pair is checked by exact Jaccard ``|A & B| / |A | B|`` of the two documents'
   shingle-hash sets; only pairs at or above the threshold count.
7. **Keeper rule**: documents are processed in order (streaming: arrival order; batch: ascending ``id``, ties by input
   position) and a document is removed only if it duplicates a document that was *kept*; kept documents are indexed,
   removed ones are not. Union-find over the confirmed (removed, kept) pairs gives the clusters reported in
   ``dedup/removed.jsonl``; a cluster's label is its smallest id, and in batch mode that document is always kept
   (nothing before it in id order can have removed it). This greedy rule is stricter than "keep only the smallest id
   of each connected component": in a chain A~B~C where A and C are not near-duplicates, C is kept, because removing
   it would lose text that no kept document holds. So every removed document has a kept document at Jaccard >= the
   threshold, and its ``kept_id`` is the most similar one (ties: the earliest kept).

Memory (streaming, :class:`NearDupIndex`)
-----------------------------------------
Band keys of kept documents live in sorted numpy runs (``uint64`` key + ``int32`` document number, 12 bytes per band;
14 entries per document at 0.8/128 with the exact key) merged like an LSM tree, so lookups are vectorised
``searchsorted`` calls and 1,000,000 documents cost about 170 MB of index. Full signatures are spilled to an unnamed
temporary file (needed only for :meth:`NearDupIndex.save`), not kept in RAM. Shingle sets for exact verification
come from a bounded LRU cache of recently kept documents; on a miss, from ``text_of(id)`` if the caller gave one,
or from the shards of a prior corpus for documents loaded with :meth:`NearDupIndex.extend_from`. Only if none of
these can supply the text is the MinHash estimate used instead (counted in ``estimated_checks``; batch mode never
needs it).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import os
import re
import tempfile
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import xxhash

from generator.records import Manifest, ShardInfo
from generator.shardio import (
    COMPRESSION_SUFFIX,
    SHARD_SUFFIXES,
    compress,
    find_shards,
    iter_lines,
    write_atomic,
)
from generator.version import GENERATOR_NAME, __version__

__all__ = [
    "DEFAULT_SEED",
    "SHINGLE_WORDS",
    "DedupReport",
    "Match",
    "NearDupIndex",
    "Prepared",
    "choose_bands",
    "dedup_paths",
    "jaccard",
    "minhash_signatures",
    "normalize",
    "prepare",
    "s_curve",
    "shingle_hashes",
    "signatures",
]

SHINGLE_WORDS = 5
DEFAULT_SEED = 1
# Bumped whenever normalisation, shingle hashing or the MinHash family changes: signatures persisted under another
# scheme cannot be compared with new ones, and extend_from refuses them.
SCHEME = "ac-minhash/2 nfkc-lower-alnum xxh3_64-words fold5-splitmix64 oph-splitmix64-densified16"
SIGNATURE_FORMAT = "alignment-corpus-dedup-signatures/1"

_U64 = np.uint64
_MASK64 = (1 << 64) - 1
_FOLD = _U64(0x9E3779B97F4A7C15)
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
_LOW32 = _U64(0xFFFFFFFF)
_EXACT_SALT = 0xD6E8FEB86659FD93
_BLOCK = 4096  # documents per vectorised LSH step

# ------------------------------------------------------------------------------------------------ normalisation
_ASCII_TABLE = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))
_NON_ALNUM = re.compile(r"[\W_]+")


# Non-ASCII punctuation common in generated text (dashes, quotes, middle dots, arrows, box drawing, check marks):
# kept only if NFKC leaves it unchanged and it is not a word character, so blanking it is what the regex would do.
_PUNCT = tuple(
    c for c in "\u2014\u2013\u00b7\u25b2\u25bc\u00d7\u2019\u2018\u201c\u201d\u2022\u00b0\u00a7\u00b6\u2020\u2021"
    "\u2190\u2192\u2191\u2193\u25a0\u25a1\u25cf\u25cb\u2605\u2010\u2012\u2015\u2032\u2713\u2714\u2717"
    "\u2265\u2264\u2260\u2248\u00b1\u2500\u2502\u2514\u251c\u2510\u250c\u2518\u253c"
    if unicodedata.normalize("NFKC", c) == c and not re.match(r"\w", c) and not re.match(r"\w", c.lower())
)
# Bytes table for UTF-8 text whose only non-ASCII characters are word characters: ASCII as above, the bytes of
# multi-byte characters kept.
_UTF8_TABLE = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or c >= 128) else 32 for c in range(256))
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")


def _tokens(text: str) -> list[bytes]:
    """Normalised words as UTF-8 bytes (what gets hashed): NFKC, lowercase, runs of non-word characters split.

    Fast paths give the same result as the general one (a test compares them): ASCII text needs neither NFKC nor
    the regex; text already in NFKC whose non-ASCII characters are letters, digits or the common punctuation in
    ``_PUNCT`` is blanked with byte tables. About 3x faster on generated documents, which nearly all contain a
    dash or an accented name.
    """
    if text.isascii():
        return text.encode("ascii").lower().translate(_ASCII_TABLE).split()
    if unicodedata.is_normalized("NFKC", text):
        t = text.lower()
        for c in _PUNCT:
            if c in t:
                t = t.replace(c, " ")
        if _NON_ASCII_NON_WORD.search(t) is None:
            return t.encode("utf-8").translate(_UTF8_TABLE).split()
    return _tokens_general(text)


def _tokens_general(text: str) -> list[bytes]:
    t = unicodedata.normalize("NFKC", text).lower()
    return _NON_ALNUM.sub(" ", t).encode("utf-8").split()


def normalize(text: str) -> str:
    """The text dedup compares: NFKC, lowercase, non-alphanumeric runs -> one space, stripped.

    Case, spacing and punctuation differences are formatting, not content, so they must not hide a duplicate.

    >>> normalize("  Hello,\\tWORLD!  It's  ﬁne_ok. ")
    'hello world it s fine ok'
    """
    return b" ".join(_tokens(text)).decode("utf-8")


def _fmix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, in place: spreads every input bit over the whole word."""
    h ^= h >> _U64(30)
    h *= _MIX1
    h ^= h >> _U64(27)
    h *= _MIX2
    h ^= h >> _U64(31)
    return h


def _word_hashes(tokens_list: Sequence[list[bytes]]) -> tuple[np.ndarray, np.ndarray]:
    """Flat xxh3_64 of every word of every document, and each document's word count."""
    lens = np.fromiter(map(len, tokens_list), dtype=np.int64, count=len(tokens_list))
    total = int(lens.sum())
    words = np.fromiter(
        map(xxhash.xxh3_64_intdigest, itertools.chain.from_iterable(tokens_list)), dtype=np.uint64, count=total
    )
    return words, lens


def _shingles_from_words(words: np.ndarray, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat shingle hashes for many documents at once, plus offsets (len n+1) of each document's shingles.

    One vectorised pass over the concatenated word hashes computes the 5-gram hash at every position; positions
    whose 5-gram crosses a document boundary are simply never gathered.
    """
    k = SHINGLE_WORDS
    n_sh = np.where(lens >= k, lens - (k - 1), np.minimum(lens, 1))
    sh_off = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(n_sh, out=sh_off[1:])
    w_off = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(lens, out=w_off[1:])
    out = np.empty(int(sh_off[-1]), dtype=np.uint64)
    long = lens >= k
    n = len(words)
    if long.any():
        g = words[: n - k + 1].copy()
        for j in range(1, k):
            g *= _FOLD
            g ^= words[j : n - k + 1 + j]
        _fmix(g)
        c = n_sh[long]
        within = np.arange(int(c.sum()), dtype=np.int64) - np.repeat(np.cumsum(c) - c, c)
        out[np.repeat(sh_off[:-1][long], c) + within] = g[np.repeat(w_off[:-1][long], c) + within]
    for i in np.nonzero(~long & (lens > 0))[0]:
        s, e = int(w_off[i]), int(w_off[i + 1])
        g = words[s : s + 1].copy()
        for j in range(s + 1, e):
            g *= _FOLD
            g ^= words[j : j + 1]
        out[sh_off[i]] = _fmix(g)[0]
    return out, sh_off


def shingle_hashes(text: str) -> np.ndarray:
    """The document's set of word 5-gram hashes (sorted, unique ``uint64``): what exact Jaccard is computed on."""
    words, lens = _word_hashes([_tokens(text)])
    sh, _ = _shingles_from_words(words, lens)
    return np.unique(sh)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sorted, unique ``uint64`` arrays. Two empty sets count as identical (1.0)."""
    if a.size == 0 or b.size == 0:
        return 1.0 if a.size == b.size else 0.0
    if a.size > b.size:
        a, b = b, a
    pos = np.searchsorted(b, a)
    pos[pos == b.size] = 0
    inter = int(np.count_nonzero(b[pos] == a))
    return inter / (a.size + b.size - inter)


# ------------------------------------------------------------------------------------------------ MinHash
_DENSIFY_TRIES = 16  # hashed probes per empty bin before the circular-scan fallback
_OPH_CACHE: dict[tuple[int, int], tuple[np.uint64, np.ndarray]] = {}


def _oph_params(num_perm: int, seed: int) -> tuple[np.uint64, np.ndarray]:
    """(salt, probe table) of the one-permutation scheme, from xxh3 of fixed strings: the same on every machine.

    The probe table holds, for each bin ``i``, the bins ``C[i, 0..15]`` an empty bin borrows from, in order.
    """
    key = (num_perm, seed)
    if key not in _OPH_CACHE:
        salt = _U64(xxhash.xxh3_64_intdigest(b"oph-salt", seed=seed))
        probes = np.array(
            [[xxhash.xxh3_64_intdigest(f"oph-probe-{i}-{t}".encode(), seed=seed) % num_perm
              for t in range(_DENSIFY_TRIES)] for i in range(num_perm)],
            dtype=np.int64,
        ).reshape(num_perm, _DENSIFY_TRIES)
        _OPH_CACHE[key] = (salt, probes)
    return _OPH_CACHE[key]


def _oph_hash(shingles: np.ndarray, num_perm: int, salt: np.uint64) -> tuple[np.ndarray, np.ndarray]:
    """(bin, value) of each shingle: splitmix64 of the salted hash; bin from its high 32 bits, value its low 32."""
    h = shingles ^ salt
    _fmix(h)
    bins = ((h >> _U64(32)) * _U64(num_perm)) >> _U64(32)
    return bins.astype(np.int64), (h & _LOW32).astype(np.uint32)


def minhash_signatures(
    shingles: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = DEFAULT_SEED
) -> np.ndarray:
    """``uint32`` signature matrix (documents x ``num_perm`` bins) from flat shingle hashes and per-document offsets.

    One-permutation hashing with densification: each shingle is hashed once, lands in one of ``num_perm`` bins and
    the signature keeps the smallest value per bin, so a document costs one hash per shingle instead of one per
    shingle and permutation. A bin no shingle landed in borrows the value of the first non-empty bin among its
    probes ``C[i, 0..15]`` (the same probes for every document, so equal sets give equal signatures and the chance
    that two documents agree in a bin stays about their Jaccard), and failing all 16, of the next non-empty bin
    after it, circularly. A document without shingles gets all ``0xFFFFFFFF``.
    """
    salt, probes = _oph_params(num_perm, seed)
    n_docs = len(offsets) - 1
    flat = np.full(n_docs * num_perm, 0xFFFFFFFF, dtype=np.uint32)
    if n_docs == 0 or shingles.size == 0:
        return flat.reshape(n_docs, num_perm)
    bins, vals = _oph_hash(shingles, num_perm, salt)
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(offsets))
    key = doc * num_perm + bins
    np.minimum.at(flat, key, vals)
    filled = np.zeros(n_docs * num_perm, dtype=bool)
    filled[key] = True
    sig, filled = flat.reshape(n_docs, num_perm), filled.reshape(n_docs, num_perm)
    n_filled = filled.sum(axis=1)
    partial = np.flatnonzero((n_filled > 0) & (n_filled < num_perm))
    if partial.size:
        src = sig[partial]
        have = filled[partial]
        hit = have[:, probes]  # (documents, bins, probes): is probe t of bin i non-empty
        first = hit.argmax(axis=2)
        found = hit.any(axis=2)
        borrow = probes[np.arange(num_perm)[None, :], first]
        take = ~have & found
        rows = np.nonzero(take)
        out = src.copy()
        out[rows] = src[rows[0], borrow[rows]]
        for d, i in zip(*np.nonzero(~have & ~found)):  # rare: documents with few non-empty bins
            j = (i + 1) % num_perm
            while not have[d, j]:
                j = (j + 1) % num_perm
            out[d, i] = src[d, j]
        sig[partial] = out
    return sig


@dataclass
class Prepared:
    """Everything dedup needs from a batch of texts, as flat arrays (no per-document Python objects).

    Picklable and cheap to send between processes, so the expensive part (normalise, shingle, sign) can run in the
    workers that produce the texts, and only :meth:`NearDupIndex.check_and_add_prepared` runs in the parent.
    """

    content_hash: np.ndarray  # uint64 per document
    shingles: np.ndarray  # flat uint64, unsorted, may repeat
    offsets: np.ndarray  # int64, len n+1
    sigs: np.ndarray  # uint32 (n, num_perm)
    words: np.ndarray | None = None  # int64 whitespace-separated words of the original text (batch mode only)

    def __len__(self) -> int:
        return len(self.content_hash)


def prepare(texts: Sequence[str], num_perm: int = 128, seed: int = DEFAULT_SEED, count_words: bool = False
            ) -> Prepared:
    """Normalise, hash, shingle and sign a batch of texts (the costly, parallelisable part of dedup)."""
    tokens_list = [_tokens(t) for t in texts]
    chash = np.fromiter(
        (xxhash.xxh3_64_intdigest(b" ".join(t)) for t in tokens_list), dtype=np.uint64, count=len(tokens_list)
    )
    words, lens = _word_hashes(tokens_list)
    sh, off = _shingles_from_words(words, lens)
    sigs = minhash_signatures(sh, off, num_perm, seed)
    n_words = np.fromiter((len(t.split()) for t in texts), dtype=np.int64, count=len(texts)) if count_words else None
    return Prepared(chash, sh, off, sigs, n_words)


def signatures(texts: Sequence[str], num_perm: int = 128, seed: int = DEFAULT_SEED) -> np.ndarray:
    """MinHash signatures (``uint32``, documents x permutations) of raw texts, normalised and shingled as above."""
    return prepare(texts, num_perm, seed).sigs


# ------------------------------------------------------------------------------------------------ banding
def s_curve(s: float, bands: int, rows: int) -> float:
    """Probability that a pair at Jaccard ``s`` shares at least one band: ``1 - (1 - s**r)**b``."""
    return 1.0 - (1.0 - s**rows) ** bands


def _area(lo: float, hi: float, bands: int, rows: int, steps: int = 400) -> float:
    xs = np.linspace(lo, hi, steps + 1)
    ys = 1.0 - (1.0 - xs**rows) ** bands
    return float(np.sum((ys[1:] + ys[:-1]) * 0.5) * (hi - lo) / steps)


def choose_bands(threshold: float, num_perm: int = 128, min_recall: float = 0.95) -> tuple[int, int]:
    """(bands, rows) with recall >= ``min_recall`` at ``threshold`` and the fewest false candidates.

    Among all ``b * r <= num_perm`` whose S-curve reaches ``min_recall`` at the threshold (so every pair at or above
    the threshold is found with at least that probability), pick the one with the smallest area under the S-curve
    below the threshold: the expected share of dissimilar pairs that become candidates and cost a verification.
    Ties go to fewer bands (less index memory). If nothing reaches ``min_recall`` (tiny ``num_perm``), the
    highest-recall choice is returned.

    0.8 / 128 -> (13, 7): 0.953 at J=0.8, 0.993 at 0.85, 0.31 at J=0.6, 0.10 at J=0.5.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if num_perm < 1:
        raise ValueError(f"num_perm must be positive, got {num_perm}")
    best: tuple[float, int, int] | None = None
    fallback: tuple[float, int, int] | None = None
    for r in range(1, num_perm + 1):
        b_max = num_perm // r
        # the smallest b reaching min_recall for this r: more bands only add false candidates
        b = next((b for b in range(1, b_max + 1) if s_curve(threshold, b, r) >= min_recall), None)
        if b is None:
            p = s_curve(threshold, b_max, r)
            if fallback is None or p > fallback[0]:
                fallback = (p, b_max, r)
            continue
        fp = _area(0.0, threshold, b, r)
        if best is None or (fp, b) < (best[0], best[1]):
            best = (fp, b, r)
    chosen = best or fallback
    assert chosen is not None
    return chosen[1], chosen[2]


def _band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) ``uint64`` keys: band ``j`` of a signature hashed with a band-specific seed, so all bands can share
    one sorted index without colliding with each other."""
    n = sigs.shape[0]
    out = np.empty((n, bands), dtype=np.uint64)
    s64 = sigs.astype(np.uint64)
    for j in range(bands):
        h = np.full(n, xxhash.xxh3_64_intdigest(f"band-{j}".encode()), dtype=np.uint64)
        for c in range(j * rows, (j + 1) * rows):
            h ^= s64[:, c]
            h *= _FOLD
            h ^= h >> _U64(29)
        out[:, j] = _fmix(h)
    return out


def _exact_keys(content_hash: np.ndarray) -> np.ndarray:
    return _fmix(content_hash ^ _U64(_EXACT_SALT))


# ------------------------------------------------------------------------------------------------ index storage
def _merge_runs(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Merge two sorted (keys, values) runs in O(n): b's entries go after equal keys of a (stable)."""
    ak, av = a
    bk, bv = b
    pos = np.searchsorted(ak, bk, side="right") + np.arange(bk.size)
    n = ak.size + bk.size
    keys = np.empty(n, dtype=np.uint64)
    vals = np.empty(n, dtype=np.int32)
    mask = np.ones(n, dtype=bool)
    mask[pos] = False
    keys[pos] = bk
    vals[pos] = bv
    keys[mask] = ak
    vals[mask] = av
    return keys, vals


class _SortedRuns:
    """uint64 key -> int32 value multimap as a few sorted numpy runs (a tiny LSM tree).

    12 bytes per entry and vectorised lookups; a Python dict of ints would cost ~100 bytes per entry, too much for
    14 entries x 1,000,000 documents.
    """

    def __init__(self) -> None:
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []

    @property
    def size(self) -> int:
        return sum(k.size for k, _ in self.runs)

    @property
    def nbytes(self) -> int:
        return sum(k.nbytes + v.nbytes for k, v in self.runs)

    def add(self, keys: np.ndarray, vals: np.ndarray) -> None:
        if keys.size == 0:
            return
        order = np.argsort(keys, kind="stable")
        self.runs.append((keys[order], vals[order].astype(np.int32)))
        while len(self.runs) > 1 and self.runs[-2][0].size <= 4 * self.runs[-1][0].size:
            b = self.runs.pop()
            a = self.runs.pop()
            self.runs.append(_merge_runs(a, b))

    def lookup(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """All (query position, value) pairs with ``keys == q[position]``, sorted by position."""
        qs: list[np.ndarray] = []
        vs: list[np.ndarray] = []
        if q.size == 0:
            return np.empty(0, np.int64), np.empty(0, np.int32)
        order = np.argsort(q, kind="stable")
        qsorted = q[order]
        for keys, vals in self.runs:
            lo = np.searchsorted(keys, qsorted, side="left")
            lo_c = np.minimum(lo, keys.size - 1)
            hit = np.nonzero(keys[lo_c] == qsorted)[0]
            if hit.size == 0:
                continue
            hi = np.searchsorted(keys, qsorted[hit], side="right")
            cnt = hi - lo[hit]
            within = np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            qs.append(np.repeat(order[hit], cnt))
            vs.append(vals[np.repeat(lo[hit], cnt) + within])
        if not qs:
            return np.empty(0, np.int64), np.empty(0, np.int32)
        qpos = np.concatenate(qs)
        val = np.concatenate(vs)
        o = np.lexsort((val, qpos))
        return qpos[o], val[o]


class _SigSpill:
    """Append-only signature rows in an unnamed temporary file: written once, read back only by ``save``."""

    def __init__(self, num_perm: int) -> None:
        self.row_bytes = num_perm * 4
        self.num_perm = num_perm
        self.fh = tempfile.TemporaryFile(prefix="dedup-sigs-")  # noqa: SIM115 - lives as long as the index
        self.rows = 0

    def append(self, sigs: np.ndarray) -> int:
        first = self.rows
        if sigs.shape[0]:
            self.fh.seek(0, os.SEEK_END)
            self.fh.write(np.ascontiguousarray(sigs, dtype=np.uint32).tobytes())
            self.rows += sigs.shape[0]
        return first

    def read(self, start: int, stop: int) -> np.ndarray:
        self.fh.flush()
        data = os.pread(self.fh.fileno(), (stop - start) * self.row_bytes, start * self.row_bytes)
        return np.frombuffer(data, dtype=np.uint32).reshape(-1, self.num_perm)

    def close(self) -> None:
        self.fh.close()


class _ShardTexts:
    """Texts of a written corpus, fetched in bulk by signature row (or, failing that, by id).

    When the signatures were saved in shard order (``rows_follow_shards``), row -> (shard, line) is arithmetic on the
    manifest's document counts and costs no memory; otherwise an id -> (shard, line) map is built by one scan the
    first time a text is needed.
    """

    def __init__(self, corpus_dir: Path, rows_follow_shards: bool) -> None:
        self.dir = corpus_dir
        self.shards: list[Path] = []
        self.starts: list[int] = []
        mp = corpus_dir / "manifest.json"
        if rows_follow_shards and mp.exists():
            m = orjson.loads(mp.read_bytes())
            total = 0
            for s in m.get("shards", []):
                self.shards.append(corpus_dir / s["path"])
                self.starts.append(total)
                total += int(s["documents"])
        self.by_id: dict[str, tuple[int, int]] | None = None
        self.scan_shards: list[Path] = []

    def _locate_by_id(self, ids: list[str]) -> dict[str, tuple[int, int]]:
        if self.by_id is None:
            self.scan_shards = find_shards([self.dir])
            self.by_id = {}
            for si, p in enumerate(self.scan_shards):
                for n, line in iter_lines(p):
                    rec = orjson.loads(line)
                    if isinstance(rec, dict) and "id" in rec:
                        self.by_id[str(rec["id"])] = (si, n)
        return {i: self.by_id[i] for i in ids if i in self.by_id}

    def fetch(self, rows: Sequence[int], ids: Sequence[str]) -> dict[str, str]:
        """id -> text for as many of the requested documents as can be found."""
        want: dict[tuple[Path, int], str] = {}
        missing: list[str] = []
        for row, doc_id in zip(rows, ids):
            k = bisect.bisect_right(self.starts, row) - 1
            if k >= 0 and self.shards:
                want[(self.shards[k], row - self.starts[k])] = doc_id
            else:
                missing.append(doc_id)
        out = _read_texts_at(want, count_from=0)
        missing.extend(i for i in want.values() if i not in out)
        if missing:
            loc = self._locate_by_id(missing)
            want2 = {(self.scan_shards[s], n): i for i, (s, n) in loc.items()}
            out.update(_read_texts_at(want2, count_from=1))
        return out


def _read_texts_at(want: dict[tuple[Path, int], str], count_from: int) -> dict[str, str]:
    """Read the texts at (shard, line) positions, one sequential pass per shard; line numbers from ``count_from``
    (0: index among non-empty lines, 1: iter_lines numbering). Records whose id differs are skipped."""
    out: dict[str, str] = {}
    by_shard: dict[Path, dict[int, str]] = {}
    for (p, n), doc_id in want.items():
        by_shard.setdefault(p, {})[n] = doc_id
    for p, lines in by_shard.items():
        if not p.exists():
            continue
        last = max(lines)
        for k, (n, line) in enumerate(iter_lines(p)):
            key = k if count_from == 0 else n
            if key in lines:
                rec = orjson.loads(line)
                if str(rec.get("id")) == lines[key] and isinstance(rec.get("text"), str):
                    out[lines[key]] = rec["text"]
            if key >= last:
                break
    return out


# ------------------------------------------------------------------------------------------------ sources
class _Source:
    """Where the signatures and texts of a group of kept documents come from."""

    persist = False

    def signature(self, row: int) -> np.ndarray:
        raise NotImplementedError

    def shingles(self, rows: list[int], ids: list[str]) -> dict[int, np.ndarray]:
        return {}


class _SessionSource(_Source):
    """Documents added in this process: signatures spilled to disk, texts from the caller's ``text_of``."""

    persist = True

    def __init__(self, num_perm: int, text_of: Callable[[str], str] | None) -> None:
        self.spill = _SigSpill(num_perm)
        self.text_of = text_of

    def signature(self, row: int) -> np.ndarray:
        return self.spill.read(row, row + 1)[0]

    def shingles(self, rows: list[int], ids: list[str]) -> dict[int, np.ndarray]:
        if self.text_of is None:
            return {}
        return {r: shingle_hashes(self.text_of(i)) for r, i in zip(rows, ids)}


class _StoredSource(_Source):
    """Documents from a saved signature folder (``load`` or ``extend_from``), texts from the corpus beside it."""

    def __init__(self, sig_dir: Path, sigs: np.ndarray, texts: _ShardTexts | None, persist: bool,
                 text_of: Callable[[str], str] | None) -> None:
        self.dir = sig_dir
        self.sigs = sigs
        self.texts = texts
        self.persist = persist
        self.text_of = text_of

    def signature(self, row: int) -> np.ndarray:
        return np.asarray(self.sigs[row])

    def shingles(self, rows: list[int], ids: list[str]) -> dict[int, np.ndarray]:
        found: dict[str, str] = self.texts.fetch(rows, ids) if self.texts is not None else {}
        out: dict[int, np.ndarray] = {}
        for r, i in zip(rows, ids):
            if i in found:
                out[r] = shingle_hashes(found[i])
            elif self.text_of is not None:
                out[r] = shingle_hashes(self.text_of(i))
        return out


# ------------------------------------------------------------------------------------------------ the index
@dataclass(frozen=True)
class Match:
    """Why a document was removed: the kept document it duplicates, how, and at what exact Jaccard."""

    kept_id: str
    reason: str  # "exact" | "near"
    jaccard: float
    kept_index: int = -1  # position of the kept document in the index (internal; for clustering)
    also: tuple[int, ...] = ()  # other kept documents it was confirmed against (internal; for clustering)


@dataclass
class _Stats:
    added: int = 0
    kept: int = 0
    exact_removed: int = 0
    near_removed: int = 0
    candidates_checked: int = 0
    estimated_checks: int = 0
    text_fetches: int = 0


class NearDupIndex:
    """Streaming exact + near-duplicate filter: the first-seen document of each group is kept, deterministically.

    Feed documents in order with :meth:`check_and_add_batch`; each is compared with every earlier *kept* document
    (including earlier items of the same batch), exact hash first, then LSH candidates confirmed by exact Jaccard.
    Kept documents are indexed; removed ones are not, so a group is represented by its first member only.

    Memory is bounded by design (see the module docstring): band keys in sorted numpy runs, signatures spilled to a
    temporary file, shingle sets in an LRU cache of ``cache_bytes``. ``text_of(id) -> text`` is how the index
    re-reads a kept document that fell out of the cache; without it such a candidate is judged by its MinHash
    estimate and counted in ``stats['estimated_checks']``.
    """

    def __init__(
        self,
        threshold: float = 0.8,
        num_perm: int = 128,
        *,
        bands: int | None = None,
        rows: int | None = None,
        seed: int = DEFAULT_SEED,
        cache_bytes: int = 256 << 20,
        text_of: Callable[[str], str] | None = None,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if (bands is None) != (rows is None):
            raise ValueError("give both bands and rows, or neither")
        if bands is None or rows is None:
            bands, rows = choose_bands(threshold, num_perm)
        if bands * rows > num_perm:
            raise ValueError(f"bands x rows = {bands * rows} exceeds num_perm = {num_perm}")
        self.threshold = float(threshold)
        self.num_perm = int(num_perm)
        self.bands = int(bands)
        self.rows = int(rows)
        self.seed = int(seed)
        self.cache_bytes = int(cache_bytes)
        self.ids: list[str] = []
        self._doc_src = bytearray()  # source number per kept document (< 256 sources)
        self._rows = _IntList()
        self._chash = _IntList(np.uint64)
        self._runs = _SortedRuns()
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._cache_used = 0
        self._session = _SessionSource(num_perm, text_of)
        self._sources: list[_Source] = [self._session]
        self._stats = _Stats()

    # ---------------------------------------------------------------- public
    def __len__(self) -> int:
        return len(self.ids)

    @property
    def stats(self) -> dict[str, int]:
        """Running counters: added, kept, exact_removed, near_removed, candidates_checked, estimated_checks."""
        return asdict(self._stats)

    @property
    def text_of(self) -> Callable[[str], str] | None:
        return self._session.text_of

    @text_of.setter
    def text_of(self, fn: Callable[[str], str] | None) -> None:
        self._session.text_of = fn

    def memory_bytes(self) -> int:
        """Approximate resident bytes of the index (band runs, per-document arrays, id strings, shingle cache)."""
        ids = sum(map(len, self.ids)) + 57 * len(self.ids)  # compact str object + list slot, ASCII ids
        return (self._runs.nbytes + self._rows.nbytes + self._chash.nbytes + len(self._doc_src) + self._cache_used
                + ids)

    def check_and_add_batch(self, ids: Sequence[str], texts: Sequence[str]) -> list[str | None]:
        """For each document in order: ``None`` if kept (and now indexed), else the id of the kept one it duplicates."""
        return [m.kept_id if m is not None else None for m in self.check_and_add_batch_detailed(ids, texts)]

    def check_and_add_batch_detailed(self, ids: Sequence[str], texts: Sequence[str]) -> list[Match | None]:
        """Like :meth:`check_and_add_batch` but with the reason (exact/near) and exact Jaccard of each removal."""
        if len(ids) != len(texts):
            raise ValueError(f"{len(ids)} ids but {len(texts)} texts")
        out: list[Match | None] = []
        for s in range(0, len(ids), _BLOCK):
            out.extend(self.check_and_add_prepared(ids[s : s + _BLOCK],
                                                   prepare(texts[s : s + _BLOCK], self.num_perm, self.seed)))
        return out

    def check_and_add_prepared(self, ids: Sequence[str], prepared: Prepared) -> list[Match | None]:
        """Like :meth:`check_and_add_batch_detailed` for texts already run through :func:`prepare` (e.g. in the
        worker processes that rendered them, with this index's ``num_perm`` and ``seed``)."""
        if len(ids) != len(prepared):
            raise ValueError(f"{len(ids)} ids but {len(prepared)} prepared documents")
        if prepared.sigs.shape[1] != self.num_perm:
            raise ValueError(f"prepared with {prepared.sigs.shape[1]} permutations, index has {self.num_perm}")
        out: list[Match | None] = []
        for s in range(0, len(ids), _BLOCK):
            e = min(len(ids), s + _BLOCK)
            off = prepared.offsets[s : e + 1]

            def shingles_of(i: int, off: np.ndarray = off) -> np.ndarray:
                return np.unique(prepared.shingles[off[i] : off[i + 1]])

            def raw_of(i: int, off: np.ndarray = off) -> np.ndarray:
                return prepared.shingles[off[i] : off[i + 1]]

            out.extend(self._add_block([str(i) for i in ids[s:e]], prepared.sigs[s:e], prepared.content_hash[s:e],
                                       off, shingles_of, src=0, rows=None, raw_of=raw_of))
        return out

    def save(self, directory: Path, rows_follow_shards: bool = False) -> None:
        """Persist the signatures of this index's own documents (not those added by ``extend_from``).

        Writes ``signatures.npy`` (uint32, documents x permutations), ``content_hashes.npy``, ``ids.jsonl`` and
        ``index.json`` into ``directory``. Pass ``rows_follow_shards=True`` if the kept documents were written to the
        corpus's shards in the order they were kept: a later ``extend_from`` can then fetch their texts by position.
        """
        directory.mkdir(parents=True, exist_ok=True)
        keep = [k for k in range(len(self.ids)) if self._sources[self._doc_src[k]].persist]

        def sig_rows(chunk: list[int]) -> np.ndarray:
            return np.stack([self._signature(k) for k in chunk]) if chunk else np.empty((0, self.num_perm), np.uint32)

        chashes = self._chash.array()[keep] if keep else np.empty(0, np.uint64)
        _write_signature_dir(
            directory,
            ids=[self.ids[k] for k in keep],
            sig_chunks=(sig_rows(keep[i : i + 65536]) for i in range(0, len(keep), 65536)),
            n=len(keep),
            content_hashes=chashes,
            meta={"num_perm": self.num_perm, "seed": self.seed, "threshold": self.threshold, "bands": self.bands,
                  "rows": self.rows, "rows_follow_shards": rows_follow_shards},
        )

    @classmethod
    def load(cls, directory: Path, threshold: float | None = None, *, text_of: Callable[[str], str] | None = None,
             cache_bytes: int = 256 << 20) -> NearDupIndex:
        """An index holding the documents saved in ``directory`` as its own (a later ``save`` writes them again)."""
        meta = _read_signature_meta(_signature_dir(directory))
        idx = cls(threshold if threshold is not None else float(meta.get("threshold", 0.8)), int(meta["num_perm"]),
                  seed=int(meta["seed"]), text_of=text_of, cache_bytes=cache_bytes)
        idx._extend(directory, persist=True)
        return idx

    def extend_from(self, prior_dir: Path) -> int:
        """Treat every document of an earlier corpus as already kept (``--against``); returns how many were added.

        ``prior_dir`` is a corpus or dedup output folder (with ``dedup/index.json``) or the signature folder itself.
        Their texts, needed to verify candidates exactly, are read on demand from that corpus's shards.
        """
        return self._extend(prior_dir, persist=False)

    def close(self) -> None:
        self._session.spill.close()

    # ---------------------------------------------------------------- internals
    def _signature(self, k: int) -> np.ndarray:
        return self._sources[self._doc_src[k]].signature(self._rows[k])

    def _extend(self, path: Path, persist: bool) -> int:
        sig_dir = _signature_dir(path)
        meta = _read_signature_meta(sig_dir)
        if meta.get("scheme") != SCHEME or int(meta.get("seed", -1)) != self.seed:
            raise ValueError(f"{sig_dir}: signatures use another hashing scheme or seed; re-run dedup on that corpus")
        if int(meta["num_perm"]) != self.num_perm:
            raise ValueError(f"{sig_dir}: signatures have {meta['num_perm']} permutations, this index {self.num_perm}")
        sigs = np.load(sig_dir / "signatures.npy", mmap_mode="r")
        chash = np.load(sig_dir / "content_hashes.npy")
        ids = [orjson.loads(line) for line in (sig_dir / "ids.jsonl").read_bytes().splitlines() if line]
        n = len(ids)
        if sigs.shape != (n, self.num_perm) or chash.shape != (n,):
            raise ValueError(f"{sig_dir}: signatures.npy, content_hashes.npy and ids.jsonl disagree in length")
        if len(self._sources) >= 255:
            raise ValueError("too many signature folders in one index (255 at most)")
        # a corpus keeps its signatures in <corpus>/dedup; a bare signature folder has no texts beside it
        texts = _ShardTexts(sig_dir.parent, bool(meta.get("rows_follow_shards"))) if sig_dir.name == "dedup" else None
        self._sources.append(_StoredSource(sig_dir, sigs, texts, persist, self.text_of))
        src = len(self._sources) - 1
        base = len(self.ids)
        self.ids.extend(str(i) for i in ids)
        self._doc_src.extend(bytes([src]) * n)
        self._rows.extend(np.arange(n, dtype=np.int64))
        self._chash.extend(chash)
        for s in range(0, n, 65536):
            e = min(n, s + 65536)
            part = np.asarray(sigs[s:e])
            keys, vals = self._keys_for(part, chash[s:e], np.arange(base + s, base + e))
            self._runs.add(keys, vals)
        return n

    def _keys_for(self, sigs: np.ndarray, chash: np.ndarray, kept_index: np.ndarray,
                  empty: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Band keys + exact key of documents, flattened with their kept index (empty documents: exact key only)."""
        q = np.concatenate([_band_keys(sigs, self.bands, self.rows), _exact_keys(chash)[:, None]], axis=1)
        if empty is None:
            empty = np.all(sigs == np.uint32(0xFFFFFFFF), axis=1)
        valid = np.ones(q.shape, dtype=bool)
        valid[empty, : self.bands] = False
        vals = np.broadcast_to(kept_index[:, None], q.shape)
        return q[valid], vals[valid].astype(np.int32)

    def _cache_put(self, k: int, sh: np.ndarray) -> None:
        if self.cache_bytes <= 0 or sh.nbytes > self.cache_bytes:
            return
        old = self._cache.pop(k, None)
        if old is not None:
            self._cache_used -= old.nbytes
        self._cache[k] = sh
        self._cache_used += sh.nbytes
        while self._cache_used > self.cache_bytes:
            _, ev = self._cache.popitem(last=False)
            self._cache_used -= ev.nbytes

    def _fetch_shingles(self, kept: Iterable[int]) -> dict[int, np.ndarray]:
        """Shingle sets of earlier kept documents: LRU cache first, then each source in bulk."""
        out: dict[int, np.ndarray] = {}
        need: dict[int, list[int]] = {}
        for k in kept:
            sh = self._cache.get(k)
            if sh is not None:
                self._cache.move_to_end(k)
                out[k] = np.unique(sh)  # cached raw (sorting every kept document would cost more than it saves)
            else:
                need.setdefault(self._doc_src[k], []).append(k)
        for src, ks in need.items():
            rows = [self._rows[k] for k in ks]
            got = self._sources[src].shingles(rows, [self.ids[k] for k in ks])
            self._stats.text_fetches += len(got)
            for k, r in zip(ks, rows):
                if r in got:
                    out[k] = got[r]
                    self._cache_put(k, got[r])
        return out

    def _add_block(
        self,
        ids: list[str],
        sigs: np.ndarray,
        chash: np.ndarray,
        offsets: np.ndarray,
        shingles_of: Callable[[int], np.ndarray],
        src: int,
        rows: Sequence[int] | None,
        raw_of: Callable[[int], np.ndarray] | None = None,
    ) -> list[Match | None]:
        """Decide a block of documents in order.

        Lookups against earlier blocks are one vectorised search. Within the block, only documents that share a key
        with an earlier block member (found by one ``np.unique``) go through a small dict of the block's kept keys;
        every other document without a hit is kept on a fast path, and the bookkeeping for kept documents is done
        in bulk afterwards.
        """
        n = len(ids)
        nb = self.bands
        width = nb + 1
        empty = offsets[1:] == offsets[:-1]
        q = np.concatenate([_band_keys(sigs, nb, self.rows), _exact_keys(chash)[:, None]], axis=1)
        valid = np.ones(q.shape, dtype=bool)
        valid[empty, :nb] = False
        flat_pos = np.nonzero(valid.ravel())[0]
        flat_keys = q.ravel()[flat_pos]
        qpos, hit_vals = self._runs.lookup(flat_keys)
        hit_pos = flat_pos[qpos]
        exact_prev: dict[int, int] = {}
        band_prev: dict[int, set[int]] = {}
        for d, c, v in zip((hit_pos // width).tolist(), (hit_pos % width).tolist(), hit_vals.tolist()):
            if c == nb:
                exact_prev.setdefault(d, v)
            else:
                band_prev.setdefault(d, set()).add(v)
        # documents sharing any key with another document of this block
        _, inv, counts = np.unique(flat_keys, return_inverse=True, return_counts=True)
        colliding = np.zeros(n, dtype=bool)
        colliding[flat_pos[counts[inv] > 1] // width] = True
        slow = set(np.nonzero(colliding)[0].tolist()) | exact_prev.keys() | band_prev.keys()
        # shingles of earlier kept documents that some document of this block may need
        prev_sh = self._fetch_shingles(sorted(set().union(*band_prev.values()))) if band_prev else {}

        pending: dict[int, list[int]] = {}
        block_sh: dict[int, np.ndarray] = {}
        first_new = len(self.ids)
        new_local: list[int] = []
        out: list[Match | None] = []
        st = self._stats
        thr = self.threshold

        def own(i: int) -> np.ndarray:
            sh = block_sh.get(i)
            if sh is None:
                sh = block_sh[i] = shingles_of(i)
            return sh

        def id_of(k: int) -> str:
            return self.ids[k] if k < first_new else ids[new_local[k - first_new]]

        for i in range(n):
            if i not in slow:
                new_local.append(i)
                out.append(None)
                continue
            keys = q[i].tolist()
            ek = keys[nb]
            k_exact = exact_prev.get(i)
            if k_exact is None and ek in pending:
                k_exact = pending[ek][0]
            if k_exact is not None:
                st.exact_removed += 1
                out.append(Match(id_of(k_exact), "exact", 1.0, k_exact))
                continue
            matches: list[tuple[float, int]] = []
            if not empty[i]:
                cands = set(band_prev.get(i, ()))
                for key in keys[:nb]:
                    lst = pending.get(key)
                    if lst:
                        cands.update(lst)
                for k in sorted(cands):
                    other = own(new_local[k - first_new]) if k >= first_new else prev_sh.get(k)
                    if other is not None:
                        j = jaccard(own(i), other)
                        st.candidates_checked += 1
                    else:
                        ref = sigs[new_local[k - first_new]] if k >= first_new else self._signature(k)
                        j = float(np.count_nonzero(ref == sigs[i])) / self.num_perm
                        st.estimated_checks += 1
                    if j >= thr:
                        matches.append((j, k))
            if matches:
                matches.sort(key=lambda t: (-t[0], t[1]))
                j, k = matches[0]
                st.near_removed += 1
                out.append(Match(id_of(k), "near", j, k, tuple(m[1] for m in matches[1:])))
                continue
            k_new = first_new + len(new_local)
            new_local.append(i)
            if colliding[i]:
                for key in keys if not empty[i] else (ek,):
                    pending.setdefault(key, []).append(k_new)
            out.append(None)

        st.added += n
        st.kept += len(new_local)
        if new_local:
            loc = np.asarray(new_local, dtype=np.int64)
            self.ids.extend(ids[i] for i in new_local)
            self._doc_src.extend(bytes([src]) * loc.size)
            if src == 0:
                first_row = self._session.spill.append(sigs[loc])
                self._rows.extend(np.arange(first_row, first_row + loc.size, dtype=np.int64))
            else:
                assert rows is not None
                self._rows.extend(np.asarray([rows[i] for i in new_local], dtype=np.int64))
            self._chash.extend(chash[loc])
            kv = q[loc]
            vv = np.broadcast_to(np.arange(first_new, first_new + loc.size, dtype=np.int64)[:, None], kv.shape)
            m = valid[loc]
            self._runs.add(kv[m], vv[m])
            if self.cache_bytes > 0:
                for pos, i in enumerate(new_local):
                    sh = block_sh.get(i)
                    if sh is None:
                        sh = raw_of(i).copy() if raw_of is not None else own(i)
                    self._cache_put(first_new + pos, sh)
        return out


class _IntList:
    """Growable numpy-backed integer list: 8 bytes per item instead of a Python int object each."""

    def __init__(self, dtype: Any = np.int64) -> None:
        self._a = np.empty(1024, dtype=dtype)
        self._n = 0

    def _grow(self, need: int) -> None:
        if need > self._a.size:
            new = np.empty(max(need, self._a.size * 2), dtype=self._a.dtype)
            new[: self._n] = self._a[: self._n]
            self._a = new

    def append(self, v: int) -> None:
        self._grow(self._n + 1)
        self._a[self._n] = v
        self._n += 1

    def extend(self, vs: np.ndarray) -> None:
        self._grow(self._n + len(vs))
        self._a[self._n : self._n + len(vs)] = vs
        self._n += len(vs)

    def __getitem__(self, i: int) -> int:
        return int(self._a[i])

    def __len__(self) -> int:
        return self._n

    def array(self) -> np.ndarray:
        return self._a[: self._n]

    @property
    def nbytes(self) -> int:
        return self._a.nbytes


# ------------------------------------------------------------------------------------------------ persistence
def _signature_dir(path: Path) -> Path:
    for cand in (path / "dedup", path):
        if (cand / "index.json").exists():
            return cand
    raise FileNotFoundError(f"{path}: no dedup signatures (expected {path / 'dedup' / 'index.json'})")


def _read_signature_meta(sig_dir: Path) -> dict[str, Any]:
    meta = orjson.loads((sig_dir / "index.json").read_bytes())
    if meta.get("format") != SIGNATURE_FORMAT:
        raise ValueError(f"{sig_dir / 'index.json'}: not a dedup signature index (format {meta.get('format')!r})")
    return meta


def _write_signature_dir(directory: Path, ids: list[str], sig_chunks: Iterable[np.ndarray], n: int,
                         content_hashes: np.ndarray, meta: dict[str, Any]) -> None:
    """signatures.npy is streamed chunk by chunk (an .npy header, then rows), so saving 1M documents needs no
    512 MB array in memory; every file goes through a partial name and a rename."""
    from numpy.lib import format as npformat

    final = directory / "signatures.npy"
    tmp = directory / ".signatures.npy.partial"
    with open(tmp, "wb") as fh:
        npformat.write_array_header_1_0(
            fh, {"descr": npformat.dtype_to_descr(np.dtype(np.uint32)), "fortran_order": False,
                 "shape": (n, int(meta["num_perm"]))}
        )
        for chunk in sig_chunks:
            fh.write(np.ascontiguousarray(chunk, dtype=np.uint32).tobytes())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    import io

    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(content_hashes, dtype=np.uint64))
    write_atomic(directory / "content_hashes.npy", buf.getvalue())
    write_atomic(directory / "ids.jsonl", b"".join(orjson.dumps(i) + b"\n" for i in ids))
    info = {"format": SIGNATURE_FORMAT, "scheme": SCHEME, "shingle_words": SHINGLE_WORDS, "documents": n, **meta}
    write_atomic(directory / "index.json", orjson.dumps(info, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))


# ------------------------------------------------------------------------------------------------ batch mode
@dataclass
class DedupReport:
    """What ``dedup_paths`` did; the same figures go into the output manifest's ``dedup`` section."""

    out: Path
    input_documents: int
    kept: int
    exact_removed: int
    near_removed: int
    threshold: float
    num_perm: int
    bands: int
    rows: int
    candidates_checked: int
    against_documents: int
    shards: list[dict[str, Any]] = field(default_factory=list)
    words: int = 0
    bytes: int = 0

    def figures(self) -> dict[str, Any]:
        return {
            "input_documents": self.input_documents,
            "kept": self.kept,
            "exact_removed": self.exact_removed,
            "near_removed": self.near_removed,
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            "bands": self.bands,
            "rows": self.rows,
            "candidates_checked": self.candidates_checked,
            "against_documents": self.against_documents,
            "keeper": "smallest id (greedy: removed only if a kept document is a verified near-duplicate)",
        }


_CHUNK_LINES = 2048


def _prepare_chunk(path: str, line_nos: list[int], lines: list[bytes], num_perm: int, seed: int
                   ) -> tuple[list[str], Prepared]:
    """Worker: parse and validate one chunk of lines, then hash it. Errors name path:line."""
    ids: list[str] = []
    texts: list[str] = []
    for n, line in zip(line_nos, lines):
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: invalid JSON ({e})") from None
        if not isinstance(rec, dict):
            raise ValueError(f"{path}:{n}: expected a JSON object with 'id' and 'text'")
        doc_id = rec.get("id")
        text = rec.get("text")
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            raise ValueError(f"{path}:{n}: missing or non-string 'id'")
        if not isinstance(text, str):
            raise ValueError(f"{path}:{n}: missing or non-string 'text'")
        ids.append(str(doc_id))
        texts.append(text)
    return ids, prepare(texts, num_perm, seed, count_words=True)


def _iter_chunks(shards: list[Path]) -> Iterator[tuple[int, list[int], list[bytes]]]:
    for si, p in enumerate(shards):
        nos: list[int] = []
        lines: list[bytes] = []
        for n, line in iter_lines(p):
            nos.append(n)
            lines.append(line)
            if len(lines) >= _CHUNK_LINES:
                yield si, nos, lines
                nos, lines = [], []
        if lines:
            yield si, nos, lines


def _map_chunks(shards: list[Path], num_perm: int, seed: int, workers: int
                ) -> Iterator[tuple[int, list[int], list[str], Prepared]]:
    """Prepared chunks in input order. Workers only change speed: chunking is fixed, results are ordered."""
    if workers <= 1:
        for si, nos, lines in _iter_chunks(shards):
            ids, prep = _prepare_chunk(str(shards[si]), nos, lines, num_perm, seed)
            yield si, nos, ids, prep
        return
    with ProcessPoolExecutor(max_workers=workers) as ex:
        window: list[tuple[int, list[int], Future]] = []
        for si, nos, lines in _iter_chunks(shards):
            window.append((si, nos, ex.submit(_prepare_chunk, str(shards[si]), nos, lines, num_perm, seed)))
            if len(window) >= 2 * workers:
                s, n, f = window.pop(0)
                ids, prep = f.result()
                yield s, n, ids, prep
        for s, n, f in window:
            ids, prep = f.result()
            yield s, n, ids, prep


class _BatchSource(_Source):
    """Input documents of a batch run: signatures and shingles held from the first pass, re-read if over budget."""

    persist = False

    def __init__(self, sigs: np.ndarray, shingles: list[np.ndarray | None], chunk_of: np.ndarray,
                 offsets: list[np.ndarray], doc_base: np.ndarray, shards: list[Path], loc_shard: np.ndarray,
                 loc_line: np.ndarray) -> None:
        self.sigs = sigs
        self.chunk_sh = shingles
        self.chunk_of = chunk_of
        self.chunk_off = offsets
        self.doc_base = doc_base
        self.shard_paths = shards
        self.loc_shard = loc_shard
        self.loc_line = loc_line

    def signature(self, row: int) -> np.ndarray:
        return self.sigs[row]

    def raw(self, row: int) -> np.ndarray | None:
        c = int(self.chunk_of[row])
        sh = self.chunk_sh[c]
        if sh is None:
            return None
        i = row - int(self.doc_base[c])
        off = self.chunk_off[c]
        return sh[off[i] : off[i + 1]]

    def one(self, row: int) -> np.ndarray:
        r = self.raw(row)
        if r is not None:
            return np.unique(r)
        return self.shingles([row], [""])[row]

    def shingles(self, rows: list[int], ids: list[str]) -> dict[int, np.ndarray]:
        out: dict[int, np.ndarray] = {}
        reread: dict[tuple[Path, int], int] = {}
        for r in rows:
            raw = self.raw(r)
            if raw is not None:
                out[r] = np.unique(raw)
            else:
                reread[(self.shard_paths[int(self.loc_shard[r])], int(self.loc_line[r]))] = r
        by_shard: dict[Path, dict[int, int]] = {}
        for (p, n), r in reread.items():
            by_shard.setdefault(p, {})[n] = r
        for p, want in by_shard.items():
            last = max(want)
            for n, line in iter_lines(p):
                if n in want:
                    out[want[n]] = shingle_hashes(orjson.loads(line)["text"])
                if n >= last:
                    break
        return out


def dedup_paths(
    inputs: Sequence[Path],
    out: Path,
    threshold: float = 0.8,
    num_perm: int = 128,
    against: Sequence[Path] = (),
    compression: str = "none",
    workers: int | None = None,
    *,
    shard_docs: int = 10_000,
    seed: int = DEFAULT_SEED,
    max_shingle_bytes: int = 1 << 30,
) -> DedupReport:
    """Deduplicate JSONL shards (any producer: lines need ``id`` and ``text``) into ``out``.

    Kept records are copied byte for byte, in input order, into ``out/shard-NNNNN.jsonl[.gz|.zst]``; removed ids go
    to ``out/dedup/removed.jsonl`` as ``{id, cluster, kept_id, reason, jaccard}``; the kept documents' signatures go
    to ``out/dedup/`` so a later run can pass ``against=[out]``; ``out/manifest.json`` (a valid
    :class:`generator.records.Manifest`) lists the shards and the dedup figures, and is written last.

    Keeper: the smallest ``id`` (ties: earlier input position); see the module docstring for the exact rule.
    The output bytes do not depend on ``workers``. Raises FileNotFoundError / ValueError with a one-line message
    (``path:line: ...``) for missing inputs, bad JSON or lines without ``id``/``text``.
    """
    if compression not in COMPRESSION_SUFFIX:
        raise ValueError(f"unknown compression {compression!r} (none, gzip or zstd)")
    if shard_docs < 1:
        raise ValueError("shard_docs must be at least 1")
    bands, rows = choose_bands(threshold, num_perm)
    inputs = [Path(p) for p in inputs]
    shards = find_shards(inputs)
    for p in shards:
        if not p.name.endswith(SHARD_SUFFIXES):
            raise ValueError(f"{p}: not a .jsonl, .jsonl.gz or .jsonl.zst file")
    if not shards:
        raise FileNotFoundError(f"no .jsonl/.jsonl.gz/.jsonl.zst files in {', '.join(map(str, inputs))}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(p.name.startswith("shard-") for p in out.iterdir()):
        raise ValueError(f"{out}: already holds shards; choose an empty or new folder")
    if workers is None:
        workers = os.cpu_count() or 1

    # ---- pass 1: parse, validate, normalise, hash, shingle, sign (parallel, ordered)
    all_ids: list[str] = []
    chash_parts: list[np.ndarray] = []
    sig_parts: list[np.ndarray] = []
    word_parts: list[np.ndarray] = []
    sh_parts: list[np.ndarray | None] = []
    off_parts: list[np.ndarray] = []
    loc_shard_parts: list[np.ndarray] = []
    loc_line_parts: list[np.ndarray] = []
    doc_base: list[int] = []
    held = 0
    for si, nos, ids, prep in _map_chunks(shards, num_perm, seed, workers):
        doc_base.append(len(all_ids))
        all_ids.extend(ids)
        chash_parts.append(prep.content_hash)
        sig_parts.append(prep.sigs)
        assert prep.words is not None
        word_parts.append(prep.words)
        held += prep.shingles.nbytes
        sh_parts.append(prep.shingles if held <= max_shingle_bytes else None)
        off_parts.append(prep.offsets)
        loc_shard_parts.append(np.full(len(ids), si, dtype=np.int32))
        loc_line_parts.append(np.asarray(nos, dtype=np.int64))
    n = len(all_ids)
    sigs = np.concatenate(sig_parts) if sig_parts else np.empty((0, num_perm), np.uint32)
    chash = np.concatenate(chash_parts) if chash_parts else np.empty(0, np.uint64)
    n_words = np.concatenate(word_parts) if word_parts else np.empty(0, np.int64)
    chunk_of = np.repeat(np.arange(len(doc_base)), [len(p) for p in chash_parts]) if doc_base else np.empty(0, int)
    src_obj = _BatchSource(sigs, sh_parts, chunk_of, off_parts, np.asarray(doc_base, dtype=np.int64), shards,
                           np.concatenate(loc_shard_parts) if n else np.empty(0, np.int32),
                           np.concatenate(loc_line_parts) if n else np.empty(0, np.int64))
    empty = np.zeros(n, dtype=bool)
    for c, off in enumerate(off_parts):
        empty[doc_base[c] : doc_base[c] + len(off) - 1] = off[1:] == off[:-1]

    # ---- near/exact stage in keeper order: smallest id first (ties by input position)
    index = NearDupIndex(threshold, num_perm, bands=bands, rows=rows, seed=seed, cache_bytes=0)
    against_docs = sum(index.extend_from(Path(p)) for p in against)
    index._sources.append(src_obj)
    batch_src = len(index._sources) - 1
    order = sorted(range(n), key=all_ids.__getitem__)
    decisions: dict[int, Match] = {}
    for s in range(0, n, _BLOCK):
        rows_b = order[s : s + _BLOCK]
        ra = np.asarray(rows_b, dtype=np.int64)
        offs = np.zeros(len(rows_b) + 1, dtype=np.int64)
        offs[1:] = np.cumsum(~empty[ra])  # only emptiness matters to _add_block
        res = index._add_block([all_ids[r] for r in rows_b], sigs[ra], chash[ra], offs,
                               lambda i, rb=rows_b: src_obj.one(rb[i]), src=batch_src, rows=rows_b)
        for r, m in zip(rows_b, res):
            if m is not None:
                decisions[r] = m
    st = index.stats
    index.close()

    # ---- clusters: union-find over confirmed (removed -> kept) pairs, labelled by their smallest id
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in decisions.values():
        for other in m.also:
            ra_, rb_ = find(m.kept_index), find(other)
            if ra_ != rb_:
                parent[max(ra_, rb_)] = min(ra_, rb_)
    label: dict[int, str] = {}
    for k in [*parent, *(m.kept_index for m in decisions.values())]:
        root = find(k)
        if root not in label or index.ids[k] < label[root]:
            label[root] = index.ids[k]
    for r, m in decisions.items():
        root = find(m.kept_index)
        label[root] = min(label[root], all_ids[r])
    removed_lines = [
        orjson.dumps({"id": all_ids[r], "cluster": label[find(m.kept_index)], "kept_id": m.kept_id,
                      "reason": m.reason, "jaccard": round(m.jaccard, 6)}) + b"\n"
        for r in order if (m := decisions.get(r)) is not None
    ]

    # ---- pass 2: copy kept lines byte for byte, in input order
    keep = np.ones(n, dtype=bool)
    if decisions:
        keep[np.fromiter(decisions.keys(), dtype=np.int64, count=len(decisions))] = False
    out.mkdir(parents=True, exist_ok=True)
    (out / "dedup").mkdir(exist_ok=True)
    shard_infos: list[ShardInfo] = []
    buf: list[bytes] = []
    pos = 0

    def flush() -> None:
        data = compress(b"".join(buf), compression)
        name = f"shard-{len(shard_infos):05d}{COMPRESSION_SUFFIX[compression]}"
        write_atomic(out / name, data)
        shard_infos.append(ShardInfo(path=name, documents=len(buf), bytes=len(data),
                                     sha256=hashlib.sha256(data).hexdigest()))
        buf.clear()

    for p in shards:
        for _, line in iter_lines(p):
            if pos >= n:
                raise ValueError(f"{p}: changed while dedup was running")
            if keep[pos]:
                buf.append(line + b"\n")
                if len(buf) >= shard_docs:
                    flush()
            pos += 1
    if pos != n:
        raise ValueError("an input file changed while dedup was running")
    if buf:
        flush()

    kept_rows = np.nonzero(keep)[0]
    write_atomic(out / "dedup" / "removed.jsonl", b"".join(removed_lines))
    _write_signature_dir(
        out / "dedup", ids=[all_ids[r] for r in kept_rows],
        sig_chunks=(sigs[kept_rows[i : i + 65536]] for i in range(0, kept_rows.size, 65536)),
        n=int(kept_rows.size), content_hashes=chash[kept_rows],
        meta={"num_perm": num_perm, "seed": seed, "threshold": threshold, "bands": bands, "rows": rows,
              "rows_follow_shards": True},
    )
    exact_removed = sum(1 for m in decisions.values() if m.reason == "exact")
    report = DedupReport(
        out=out, input_documents=n, kept=int(kept_rows.size), exact_removed=exact_removed,
        near_removed=len(decisions) - exact_removed, threshold=threshold, num_perm=num_perm, bands=bands, rows=rows,
        candidates_checked=st["candidates_checked"], against_documents=against_docs,
        shards=[s.model_dump() for s in shard_infos], words=int(n_words[kept_rows].sum()) if n else 0,
        bytes=sum(s.bytes for s in shard_infos),
    )
    manifest = Manifest(
        generator=GENERATOR_NAME, generator_version=__version__, seed=0,
        config={"command": "dedup", "inputs": [str(p) for p in inputs], "against": [str(p) for p in against],
                "threshold": threshold, "num_perm": num_perm, "compression": compression, "shard_docs": shard_docs,
                "minhash_seed": seed},
        documents=report.kept, words=report.words, bytes=report.bytes, shards=shard_infos,
        dedup=report.figures(), complete=True,
    )
    write_atomic(out / "manifest.json",
                 orjson.dumps(manifest.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n")
    return report
