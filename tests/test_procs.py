"""The worker pool: ordered results, errors that surface, and no silent hang when a worker dies or gets stuck."""

import os
import time
from pathlib import Path

import pytest

from generator.procs import OrderedPool, WorkerError, cpu_seconds


def _square(x):
    return x * x


def _fail_on_seven(x):
    if x == 7:
        raise ValueError(f"no sevens ({x})")
    return x


def _die_on_five(x):
    if x == 5:
        os._exit(3)
    return x


def _stuck_once(arg):
    """Sleeps (no CPU, like a worker blocked on a lock) the first time it sees item 4, then works."""
    x, marker = arg
    if x == 4 and not Path(marker).exists():
        Path(marker).write_text("stuck once")
        time.sleep(3600)
    return x + 100


def _always_stuck(x):
    if x == 2:
        time.sleep(3600)
    return x


def _unpicklable_result(x):
    return (lambda: x) if x == 3 else x


def _children_alive(pool_procs):
    return [p for p in pool_procs if p.is_alive()]


@pytest.mark.parametrize("workers,depth", [(1, 1), (2, 2), (3, 1)])
def test_results_in_order(workers, depth):
    with OrderedPool(workers, _square, depth=depth) as pool:
        assert list(pool.imap(range(23))) == [x * x for x in range(23)]
        assert list(pool.imap([])) == []
        assert list(pool.imap(range(3))) == [0, 1, 4]  # the pool is reusable after a full run


def test_reads_items_lazily():
    seen = []

    def items():
        for x in range(1000):
            seen.append(x)
            yield x

    with OrderedPool(2, _square, depth=2) as pool:
        it = pool.imap(items())
        assert [next(it) for _ in range(3)] == [0, 1, 4]
    # 3 consumed, at most 2 workers x depth 2 ahead of them (plus the one sent when the third was received)
    assert len(seen) <= 3 + 2 * 2 + 1


def test_exception_in_fn_reaches_the_caller():
    with OrderedPool(2, _fail_on_seven) as pool:
        got = []
        with pytest.raises(ValueError, match="no sevens"):
            for r in pool.imap(range(20)):
                got.append(r)
        assert got == list(range(7))


def test_unpicklable_result_is_a_clear_error():
    with OrderedPool(2, _unpicklable_result) as pool, pytest.raises(WorkerError, match="on 3"):
        list(pool.imap(range(6)))


def test_dead_worker_raises_instead_of_hanging():
    t0 = time.monotonic()
    with OrderedPool(2, _die_on_five, stall_seconds=30) as pool:
        with pytest.raises(WorkerError, match=r"ended \(exit code 3\)"):
            list(pool.imap(range(12)))
    assert time.monotonic() - t0 < 25  # detected from the process sentinel, not by the stall timer


def test_stuck_worker_is_replaced_and_output_unchanged(tmp_path, capsys):
    marker = str(tmp_path / "marker")
    with OrderedPool(2, _stuck_once, stall_seconds=1.0) as pool:
        got = list(pool.imap((x, marker) for x in range(10)))
        assert pool.restarts == 1
    assert got == [x + 100 for x in range(10)]
    assert "used no CPU" in capsys.readouterr().err


def test_worker_stuck_for_good_gives_up_with_an_error():
    with OrderedPool(2, _always_stuck, stall_seconds=0.5, max_restarts=2) as pool:
        with pytest.raises(WorkerError, match="gave up after 2 restarts"):
            list(pool.imap(range(6)))


def test_close_stops_busy_and_idle_workers():
    pool = OrderedPool(2, _square)
    procs = [s.proc for s in pool.slots]
    it = pool.imap(range(10_000))
    next(it)  # both workers now hold queued items
    pool.close()
    assert _children_alive(procs) == []
    pool = OrderedPool(2, _square)
    procs = [s.proc for s in pool.slots]
    assert list(pool.imap(range(4))) == [0, 1, 4, 9]
    pool.close()  # idle workers exit on request
    assert _children_alive(procs) == []
    assert {p.exitcode for p in procs} == {0}


def test_bad_arguments():
    with pytest.raises(ValueError):
        OrderedPool(0, _square)
    with pytest.raises(ValueError):
        OrderedPool(2, _square, depth=0)


def test_cpu_seconds_of_this_process():
    t = cpu_seconds(os.getpid())
    if t is None:
        pytest.skip("no /proc here")
    x = 0
    for i in range(2_000_000):
        x += i
    assert cpu_seconds(os.getpid()) > t
    assert cpu_seconds(10**9) is None


from generator.pipeline import _render_chunk as _render_chunk_original  # noqa: E402


def _chunk_dies_at_16(chunk):
    if 16 in chunk:
        os._exit(9)
    return _render_chunk_original(chunk)


def test_gen_corpus_reports_a_dead_worker_and_resumes(tmp_path, monkeypatch, capsys):
    """A worker killed from outside: one line naming the documents, no partial shard, and a re-run finishes."""
    import generator.pipeline as pipeline
    from generator.cli import run

    out = tmp_path / "c"
    args = ["corpus", "--n", "48", "--workers", "2", "--shard-size", "8", "--out", str(out), "--quiet"]
    monkeypatch.setattr(pipeline, "_render_chunk", _chunk_dies_at_16)
    assert run(args) == 1
    err = capsys.readouterr().err
    assert "ended (exit code 9) while holding documents 16-31" in err
    assert "run the same command again to resume" in err
    kept = sorted(p.name for p in out.glob("shard-*"))
    assert kept == ["shard-00000.jsonl", "shard-00001.jsonl"]  # documents 0-15, finished before the death
    import json

    listed = [s["path"] for s in json.loads((out / "manifest.json").read_text())["shards"]]
    assert listed == kept
    monkeypatch.undo()
    assert run(args) == 0
    assert len(sorted(out.glob("shard-*"))) == 6
