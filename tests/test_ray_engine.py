"""The Ray engine's cases (`tests/ray_cases.py`), run in a child pytest process in its own process group.

Ray starts daemons (GCS, raylet, workers) from the driver and keeps gRPC threads in it. Inside a pytest-xdist worker
a crash of that driver takes the worker down, and xdist may then wait forever for a replacement; a hung `ray.get`
would hang the whole suite. Here the driver is a child process with a time limit: when it ends, or the limit
passes, its whole process group (Ray's daemons included) is killed and its temporary Ray folder removed. Each case
of `ray_cases.py` is reported as its own test below, with the child's output when it fails.

A child that crashes or times out before reporting every case is run once more (a fresh Ray instance); a case
that still has no result fails with the exit status, the end of the child's output and the end of Ray's logs. A case
that hangs inside the child is ended by pytest-timeout there (every thread's stack goes into the child's output), so
the retry starts well before this module's own pytest-timeout, which is set above the harness's limits.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("ray")

CASES_FILE = Path(__file__).with_name("ray_cases.py")
CASES = re.findall(r"^def (test_\w+)\(", CASES_FILE.read_text(), re.M)
TIME_LIMIT = 420  # seconds for the whole child run (it takes about 30 s on 2 cores)
CASE_LIMIT = 240  # pytest-timeout inside the child: a hung case dumps every thread's stack into the log and ends it
ATTEMPTS = 2
# The outer tests wait for the child runs; pytest-timeout must not fire before the harness's own limits do.
OUTER_LIMIT = ATTEMPTS * TIME_LIMIT + 120


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _ray_logs(ray_tmp: Path) -> str:
    parts = []
    for pattern in ("raylet.err", "raylet.out", "gcs_server.err", "python-core-driver-*.log"):
        for p in sorted(ray_tmp.glob(f"session_*/logs/{pattern}"))[-1:]:
            text = _tail(p, 15)
            if text.strip():
                parts.append(f"--- {p.name} ---\n{text}")
    return "\n".join(parts)


def _run_child(work: Path, attempt: int) -> tuple[dict[str, tuple[str, str]], str]:
    """Run the cases once; return {case: (outcome, message)} for the cases that reported, and a diagnosis."""
    xml = work / f"cases-{attempt}.xml"
    log = work / f"output-{attempt}.txt"
    # Ray puts Unix sockets under its temp folder; their paths must stay under about 100 characters.
    ray_tmp = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp" if os.path.isdir("/tmp") else None))
    env = dict(os.environ, RAY_TMPDIR=str(ray_tmp), RAY_USAGE_STATS_ENABLED="0", PYTHONFAULTHANDLER="1")
    cmd = [sys.executable, "-m", "pytest", "-p", "no:xdist", "-p", "no:cacheprovider", "-o", "addopts=",
           "-o", f"timeout={CASE_LIMIT}", "-o", "timeout_method=thread", "-q",
           "-rfEs", f"--junitxml={xml}", f"--basetemp={work / f'base-{attempt}'}", str(CASES_FILE)]
    status = ""
    with open(log, "wb") as out:
        # Output goes to a file, not a pipe: a leftover daemon holding a pipe open could block the reader.
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=CASES_FILE.parent.parent, env=env, start_new_session=True)
        try:
            rc = proc.wait(timeout=TIME_LIMIT)
            status = f"exit status {rc}" if rc >= 0 else f"killed by signal {signal.Signals(-rc).name}"
        except subprocess.TimeoutExpired:
            status = f"no result within {TIME_LIMIT} s; killed"
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the child, Ray's daemons and workers: one process group
            except ProcessLookupError:
                pass
            proc.wait()
    results: dict[str, tuple[str, str]] = {}
    if xml.exists():
        try:
            for case in ET.parse(xml).getroot().iter("testcase"):
                name = case.get("name", "")
                bad = case.find("failure") if case.find("failure") is not None else case.find("error")
                skipped = case.find("skipped")
                if bad is not None:
                    results[name] = ("failed", (bad.get("message") or "") + "\n" + (bad.text or ""))
                elif skipped is not None:
                    results[name] = ("skipped", skipped.get("message") or "")
                else:
                    results[name] = ("passed", "")
        except ET.ParseError:
            pass
    diagnosis = f"child pytest: {status}\n--- end of its output ---\n{_tail(log)}\n{_ray_logs(ray_tmp)}"
    shutil.rmtree(ray_tmp, ignore_errors=True)
    return results, diagnosis


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> tuple[dict[str, tuple[str, str]], str]:
    work = tmp_path_factory.mktemp("ray-child")
    results: dict[str, tuple[str, str]] = {}
    diagnosis = ""
    for attempt in range(ATTEMPTS):
        got, diagnosis = _run_child(work, attempt)
        for name, res in got.items():
            results.setdefault(name, res)  # a retry only fills in cases the crashed run did not report
        if all(c in got for c in CASES):
            break
    return results, diagnosis


def test_cases_file_lists_cases():
    assert len(CASES) >= 6, CASES


@pytest.mark.timeout(OUTER_LIMIT)
@pytest.mark.parametrize("case", CASES)
def test_ray_case(case, outcomes):
    results, diagnosis = outcomes
    if case not in results:
        pytest.fail(f"{case}: no result from the Ray child process\n{diagnosis}", pytrace=False)
    outcome, message = results[case]
    if outcome == "skipped":
        pytest.skip(message)
    if outcome == "failed":
        pytest.fail(f"{case}:\n{message}", pytrace=False)


def test_a_crashing_child_is_reported_not_hung(tmp_path, monkeypatch):
    """The harness itself: a child that dies mid-run gives no results and a diagnosis naming the signal."""
    fake = tmp_path / "fake_cases.py"
    fake.write_text("import os, signal\n\ndef test_fine():\n    pass\n\n"
                    "def test_dies():\n    os.kill(os.getpid(), signal.SIGKILL)\n")
    monkeypatch.setattr(sys.modules[__name__], "CASES_FILE", fake)
    results, diagnosis = _run_child(tmp_path, 0)
    assert "test_dies" not in results
    assert "killed by signal SIGKILL" in diagnosis


def test_a_hanging_case_is_ended_inside_the_child(tmp_path, monkeypatch):
    """The harness itself: a case that never returns is stopped by the child's own pytest-timeout, with its stack."""
    fake = tmp_path / "fake_cases.py"
    fake.write_text("import time\n\ndef test_hangs():\n    time.sleep(10_000)\n")
    monkeypatch.setattr(sys.modules[__name__], "CASES_FILE", fake)
    monkeypatch.setattr(sys.modules[__name__], "CASE_LIMIT", 2)
    results, diagnosis = _run_child(tmp_path, 0)
    assert "test_hangs" not in results
    assert "Timeout" in diagnosis and "time.sleep(10_000)" in diagnosis
