"""Synthetic alignment-pretraining corpus generator.

Everything the `gen` CLI does is a function call first:

>>> from generator import CorpusConfig, generate, write_corpus, validate
>>> cfg = CorpusConfig(n=3, workers=1, out="/tmp/acg-demo", seed=1)
>>> docs = list(generate(cfg))          # lazy iterator of Document records
>>> manifest = write_corpus(cfg)        # doctest: +SKIP  (shards + manifest.json + dataset card)
>>> validate("/tmp/acg-demo").ok        # doctest: +SKIP
True
"""

from generator.config import ConfigError, CorpusConfig
from generator.pipeline import generate, write_corpus
from generator.records import Document, Manifest, Metadata, Opportunity
from generator.validate import ValidationReport, validate
from generator.version import __version__

__all__ = [
    "ConfigError",
    "CorpusConfig",
    "Document",
    "Manifest",
    "Metadata",
    "Opportunity",
    "ValidationReport",
    "__version__",
    "generate",
    "validate",
    "write_corpus",
]
