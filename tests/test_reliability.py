"""Crash-safe resume, refusal of bad input, write errors, sandboxed user templates."""

import errno
import json
import os
import signal
import subprocess
import sys
import time

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import CorpusConfig, validate, write_corpus
from generator.cli import run
from generator.pipeline import ShardWriter

N, SHARD = 480, 40
ARGS = ["corpus", "--n", str(N), "--shard-size", str(SHARD), "--seed", "21", "--workers", "2", "-q", "--length", "300:700"]


def _cmd(out):
    return [sys.executable, "-m", "generator", *ARGS, "--out", str(out)]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "o"
    subprocess.run(_cmd(out), check=True, timeout=300)
    return out


def _files(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("shard-*"))}


def _assert_no_partial_under_final_names(out):
    for p in out.glob("shard-*.jsonl"):
        data = p.read_bytes()
        assert data.endswith(b"\n"), f"{p.name} is partial under its final name"
        for ln in data.splitlines():
            orjson.loads(ln)
        assert len(data.splitlines()) == SHARD


@pytest.mark.parametrize("wait_shards", [0, 2, 7])
def test_kill_9_then_rerun_gives_identical_bytes(tmp_path, reference, wait_shards):
    out = tmp_path / "o"
    proc = subprocess.Popen(_cmd(out))
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        n = len(list(out.glob("shard-*.jsonl"))) if out.exists() else -1
        if (wait_shards == 0 and out.exists()) or n >= wait_shards > 0:
            break
        time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if out.exists():
        _assert_no_partial_under_final_names(out)
        if killed and (out / "manifest.json").exists():
            m = json.loads((out / "manifest.json").read_text())
            assert not m["complete"]
            listed = {s["path"] for s in m["shards"]}
            assert listed <= {p.name for p in out.glob("shard-*")}
    subprocess.run(_cmd(out), check=True, timeout=300)
    assert _files(out) == _files(reference)
    assert json.loads((out / "manifest.json").read_text())["complete"] is True
    assert validate(out).ok
    assert not list(out.glob(".*partial"))


def test_finished_corpus_is_not_rewritten(tmp_path):
    out = tmp_path / "o"
    cfg = CorpusConfig(n=20, out=out, workers=1, shard_size=10)
    write_corpus(cfg, card=False)
    stamp = {p.name: p.stat().st_mtime_ns for p in out.glob("shard-*")}
    write_corpus(cfg, card=False)
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("shard-*")} == stamp


def test_disk_full_mid_run_leaves_only_complete_shards(tmp_path, monkeypatch, capsys):
    out = tmp_path / "o"
    real_write = ShardWriter.write
    calls = {"n": 0}

    def failing(self, line):
        calls["n"] += 1
        if calls["n"] == 25:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, line)

    monkeypatch.setattr(ShardWriter, "write", failing)
    code = run(["corpus", "--n", "40", "--shard-size", "10", "--out", str(out), "--workers", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "No space left on device" in err and "\n" not in err.strip()
    m = json.loads((out / "manifest.json").read_text())
    assert not m["complete"] and [s["path"] for s in m["shards"]] == ["shard-00000.jsonl", "shard-00001.jsonl"]
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(("shard", ".shard"))) == ["shard-00000.jsonl", "shard-00001.jsonl"]
    monkeypatch.setattr(ShardWriter, "write", real_write)
    assert run(["corpus", "--n", "40", "--shard-size", "10", "--out", str(out), "--workers", "1", "-q"]) == 0
    assert validate(out).ok and json.loads((out / "manifest.json").read_text())["documents"] == 40


# ------------------------------------------------------------------------------------------------ user templates
def _user_dir(tmp_path, body, name="incident_postmortem.md.j2"):
    d = tmp_path / "tpl"
    d.mkdir(exist_ok=True)
    (d / name).write_text(body)
    return d


@pytest.mark.parametrize(
    "body,needle",
    [
        ('{{ "".__class__.__mro__ }}', "unsafe"),
        ("{{ title.__init__.__globals__ }}", "unsafe"),
        ('{% include "../../../../etc/passwd" %}', "TemplateNotFound"),
        ("{% for b in beats %}{{ b.text }", "incident_postmortem.md.j2"),
    ],
)
def test_hostile_or_broken_templates_are_refused_before_writing(tmp_path, capsys, body, needle):
    d = _user_dir(tmp_path, body)
    out = tmp_path / "o"
    assert run(["corpus", "--n", "3", "--out", str(out), "--templates", str(d), "--mix", "incident_postmortem=1"]) == 2
    err = capsys.readouterr().err
    assert needle in err and "incident_postmortem.md.j2" in err and "\n" not in err.strip()
    assert not out.exists()


def test_slow_template_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("generator.templating.RENDER_TIMEOUT_S", 0.5)
    monkeypatch.setattr("generator.templating.render_deadline.__init__.__defaults__", (0.5, True))
    d = _user_dir(tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}")
    assert run(["corpus", "--n", "2", "--out", str(tmp_path / "o"), "--templates", str(d), "--mix", "incident_postmortem=1"]) == 2
    assert "took longer" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_user_template_overrides_builtin(tmp_path):
    d = _user_dir(tmp_path, "CUSTOM {{ title }}\n{% for b in beats %}\n{{ b.text }}\n\n{% endfor %}\n")
    out = tmp_path / "o"
    assert run(["corpus", "--n", "3", "--out", str(out), "--templates", str(d), "--mix", "incident_postmortem=1", "-q", "--workers", "1"]) == 0
    recs = [orjson.loads(ln) for ln in (out / "shard-00000.jsonl").read_bytes().splitlines()]
    assert all(r["text"].startswith("CUSTOM ") for r in recs)
    assert validate(out).ok


# ------------------------------------------------------------------------------------------------ bad input, property
BAD_VALUES = {
    "--n": ["0", "-3", "x"], "--workers": ["0", "-1"], "--shard-size": ["0"], "--compression": ["lz4", ""],
    "--horizon": ["5y:1y", "1y:", "abc", "0d:1d"], "--density": ["3:1", "a:b"], "--length": ["100:50", "10:20"],
    "--mix": ["fiction=0,technical=0", "nope=1", "fiction"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(BAD_VALUES)).flatmap(lambda k: st.tuples(st.just(k), st.sampled_from(BAD_VALUES[k]))))
def test_any_bad_flag_exits_2_and_writes_nothing(tmp_path_factory, flag_value):
    flag, value = flag_value
    out = tmp_path_factory.mktemp("bad") / "o"
    assert run(["corpus", "--out", str(out), flag, value, "-q"]) == 2
    assert not out.exists()


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["n", "seed", "workers", "shard_size", "horizon", "density", "length", "mix", "bogus"]),
                       st.one_of(st.integers(-5, 50), st.text(max_size=8), st.floats(allow_nan=True)), max_size=4))
def test_config_either_validates_or_fails_in_one_line(data):
    from pydantic import ValidationError

    from generator.config import describe_validation_error

    try:
        CorpusConfig.model_validate(data)
    except ValidationError as e:
        msg = describe_validation_error(e)
        assert msg and "\n" not in msg
