"""How this package starts worker processes.

`fork` is the fast way on Linux, and it is used when it is safe: when this process has no other threads. A fork
copies only the calling thread, together with every lock in whatever state the other threads left it; a lock held
at that moment (by a progress-bar refresh thread, a test harness's watchdog or I/O thread, or Ray's gRPC threads)
stays locked forever in the child, and a worker that touches it hangs. So when other threads are alive, or Ray is
running here, workers come from `forkserver` (a clean single-threaded server process that forks them, with this
package preloaded), or `spawn` where that is not available. The start method never changes what is computed.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import threading
from multiprocessing.context import BaseContext

_PRELOAD = ["generator.pipeline", "generator.stats"]


def ray_running() -> bool:
    """True when this process is a Ray driver or worker (Ray imported and initialised)."""
    ray = sys.modules.get("ray")
    if ray is None:
        return False
    try:
        return bool(ray.is_initialized())
    except Exception:  # a half-imported or broken Ray: do not fork either
        return True


def other_threads() -> bool:
    """True when threads other than the calling one are alive in this process."""
    return threading.active_count() > 1


def mp_context() -> BaseContext:
    """The multiprocessing context for worker pools: fork when it is safe, else forkserver, else spawn."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and not ray_running() and not other_threads():
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return mp.get_context("spawn")
