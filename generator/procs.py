"""How this package starts worker processes.

`fork` is the fast way on Linux and is used by default. It is not safe in a process that has Ray running: Ray's
driver holds gRPC threads and locks, and a forked copy of it can deadlock or abort (the parent's locks are copied
in whatever state they were in). Once Ray is initialised in this process, workers are started with `spawn`, which
begins from a fresh interpreter. The start method never changes what is computed, only how the processes begin.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from multiprocessing.context import BaseContext


def ray_running() -> bool:
    """True when this process is a Ray driver or worker (Ray imported and initialised)."""
    ray = sys.modules.get("ray")
    if ray is None:
        return False
    try:
        return bool(ray.is_initialized())
    except Exception:  # a half-imported or broken Ray: do not fork either
        return True


def mp_context() -> BaseContext:
    """The multiprocessing context for worker pools: fork when safe and available, else spawn."""
    if "fork" in mp.get_all_start_methods() and not ray_running():
        return mp.get_context("fork")
    return mp.get_context("spawn")
