from __future__ import annotations

from pathlib import Path

import pytest

from generator import CorpusConfig, write_corpus


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """A 120-document corpus in 3 shards, written once for the session (read-only for tests)."""
    out = tmp_path_factory.mktemp("corpus") / "c"
    write_corpus(CorpusConfig(n=120, out=out, workers=2, shard_size=50, seed=11), card=False)
    return out


@pytest.fixture
def corpus_copy(small_corpus, tmp_path) -> Path:
    """A private copy of the small corpus that a test may damage."""
    import shutil

    dst = tmp_path / "c"
    shutil.copytree(small_corpus, dst)
    return dst
