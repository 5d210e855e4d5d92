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
import os
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

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


# ------------------------------------------------------------------------------------------------- worker pool
class WorkerError(RuntimeError):
    """A worker process died, or stayed stuck after restarts, while holding work."""


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, or None where /proc is not available."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _serve(conn: Connection, fn: Callable[[Any], Any], initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """A worker's loop: receive an item, send back ("ok", fn(item)) or ("err", exception, traceback text)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    if initializer is not None:
        initializer(*initargs)
    parent = mp.parent_process()
    watch = [conn] if parent is None else [conn, parent.sentinel]
    while True:
        if conn not in wait(watch):  # the parent ended without closing the pipe (it was killed): stop too
            return
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        try:
            reply: tuple = ("ok", fn(item))
        except Exception as e:  # noqa: BLE001 - reported to the parent, which re-raises it
            reply = ("err", e, traceback.format_exc())
        try:
            conn.send(reply)
        except (BrokenPipeError, EOFError, ConnectionResetError):
            return
        except Exception:  # noqa: BLE001 - an unpicklable result or exception: send its text instead
            conn.send(("err", None, traceback.format_exc()))


@dataclass
class _Slot:
    proc: BaseProcess
    conn: Connection
    queued: deque = field(default_factory=deque)  # items sent and not yet answered, oldest first


class OrderedPool:
    """`imap` over worker processes, in order, that never hangs silently.

    Item k goes to worker k mod n, each worker over its own pipe (no lock is shared between processes, so no
    worker can leave one held), with at most `depth` items queued per worker, so a consumer that stops early
    has made the workers compute at most `n * depth` items more than it used. A worker that dies while holding
    items raises `WorkerError` naming them. A worker that holds items but has used no CPU for `stall_seconds`
    is stuck (for example on a lock inherited in a fork): it is killed and replaced, and its items are sent
    again (results depend only on the item, so nothing changes); after `max_restarts` replacements in one pool
    `WorkerError` is raised instead. Exceptions raised by `fn` are re-raised in the caller.

    With depth > 1 an item is sent while its worker is still busy, so items must be small (a few KB, like the
    index ranges of `gen corpus`): a send that filled the pipe would wait for a worker that is itself waiting to
    send its result. Large items need depth=1 (as `gen stats` uses), where a worker is idle whenever it is sent one.
    """

    def __init__(
        self,
        workers: int,
        fn: Callable[[Any], Any],
        initializer: Callable[..., None] | None = None,
        initargs: tuple = (),
        *,
        depth: int = 2,
        stall_seconds: float = 60.0,
        max_restarts: int = 3,
        describe: Callable[[Any], str] = repr,
    ) -> None:
        if workers < 1 or depth < 1:
            raise ValueError("OrderedPool needs at least one worker and a depth of at least one")
        self.ctx = mp_context()
        self.fn, self.initializer, self.initargs = fn, initializer, initargs
        self.depth, self.stall_seconds, self.max_restarts = depth, stall_seconds, max_restarts
        self.describe = describe
        self.restarts = 0
        self.slots: list[_Slot] = []
        try:
            for _ in range(workers):
                self.slots.append(self._start())
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_serve, args=(child, self.fn, self.initializer, self.initargs), daemon=True, name="gen-worker"
        )
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def _send(self, slot: _Slot, item: Any) -> None:
        slot.queued.append(item)
        try:
            slot.conn.send(item)
        except OSError:  # the worker has died; _receive reports it when this item's turn comes
            pass

    def _restart(self, k: int, why: str) -> None:
        old = self.slots[k]
        self.restarts += 1
        if self.restarts > self.max_restarts:
            raise WorkerError(f"{why}; gave up after {self.max_restarts} restarts ({self._items(old.queued)})")
        print(f"warning: {why}; restarting it and sending its {len(old.queued)} item(s) again", file=sys.stderr)
        items = list(old.queued)
        _stop(old, kill=True)
        new = self._start()
        for item in items:
            self._send(new, item)
        self.slots[k] = new

    def _receive(self, k: int) -> Any:
        """The answer to the oldest item queued on worker k."""
        while True:
            slot = self.slots[k]
            pid = slot.proc.pid
            before = cpu_seconds(pid) if pid is not None else None
            ready = wait([slot.conn, slot.proc.sentinel], timeout=self.stall_seconds)
            if slot.conn in ready:
                try:
                    reply = slot.conn.recv()
                except (EOFError, OSError):
                    reply = None
                if reply is not None:
                    item = slot.queued.popleft()
                    if reply[0] == "ok":
                        return reply[1]
                    _, exc, text = reply
                    if exc is None:
                        raise WorkerError(f"a worker failed on {self.describe(item)}:\n{text}")
                    if hasattr(exc, "add_note"):  # Python 3.11+
                        exc.add_note(f"(in a worker process, on {self.describe(item)})\n{text}")
                    raise exc
            if ready:  # the process ended (or its pipe closed) with items still queued
                slot.proc.join(1)
                raise WorkerError(
                    f"worker process {pid} ended (exit code {slot.proc.exitcode}) while holding "
                    f"{self._items(slot.queued)}"
                )
            after = cpu_seconds(pid) if pid is not None else None
            if before is not None and after is not None and after - before < 0.01:
                self._restart(k, f"worker process {pid} used no CPU for {self.stall_seconds:g} s while holding work")

    def _items(self, items: Iterable[Any]) -> str:
        return ", ".join(self.describe(i) for i in items) or "nothing"

    def imap(self, items: Iterable[Any]) -> Iterator[Any]:
        """fn(item) for each item, in order; reads `items` lazily, at most n * depth ahead of what was yielded."""
        it = iter(items)
        n = len(self.slots)
        sent = 0
        for _ in range(n * self.depth):
            item = next(it, _END)
            if item is _END:
                break
            self._send(self.slots[sent % n], item)
            sent += 1
        done = 0
        while done < sent:
            k = done % n
            result = self._receive(k)
            done += 1
            item = next(it, _END)
            if item is not _END:  # item number `sent` belongs to worker sent % n == k
                self._send(self.slots[k], item)
                sent += 1
            yield result

    def close(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones are terminated (their results are unwanted)."""
        for slot in self.slots:
            _stop(slot, kill=bool(slot.queued))
        self.slots = []

    def __enter__(self) -> OrderedPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_END = object()


def _stop(slot: _Slot, kill: bool) -> None:
    proc = slot.proc
    if not kill:
        try:
            slot.conn.send(None)
        except OSError:
            kill = True
    if not kill:
        proc.join(5)
    if proc.is_alive():
        proc.terminate()
        proc.join(5)
    if proc.is_alive():
        proc.kill()
        proc.join(5)
    slot.conn.close()
    slot.queued.clear()
