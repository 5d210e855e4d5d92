"""Execution engines for `gen corpus`.

The default engine is the local one in :mod:`generator.pipeline` (a process pool on one machine). The engines here
produce byte-identical output for the same recipe and seed, on other machinery:

- ``ray`` (:mod:`generator.engines.ray_engine`): render blocks of documents as Ray tasks on a local instance or a
  cluster, deduplicate by shuffling LSH band keys across reduce tasks, resolve first-seen-wins on the driver.

Engines are imported lazily (``config.engine`` selects one inside :func:`generator.pipeline.write_corpus`), so
their optional dependencies are only needed when used.
"""

ENGINES = ("local", "ray")

__all__ = ["ENGINES"]
