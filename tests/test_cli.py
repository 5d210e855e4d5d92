"""The CLI as a user meets it: help everywhere, one-line errors, nothing written on bad input."""

import json

import pytest
import typer

from generator.cli import app, run


def _commands():
    return typer.main.get_command(app).commands


def test_every_command_and_option_has_help():
    cmds = _commands()
    assert {"corpus", "validate", "sample", "genres", "schema", "stats", "dedup"} <= set(cmds)
    for name, cmd in cmds.items():
        assert (cmd.help or "").strip(), f"command {name} has no help"
        for p in cmd.params:
            if p.name in ("help",):
                continue
            assert (getattr(p, "help", None) or "").strip(), f"{name} {p.name} has no help"


@pytest.mark.parametrize(
    "args,needle",
    [
        (["corpus", "--n", "0"], "greater than or equal to 1"),
        (["corpus", "--foo"], "No such option"),
        (["corpus", "--horizon", "1y-3y"], "horizon"),
        (["corpus", "--horizon", "9y:3y"], "MIN is longer"),
        (["corpus", "--mix", "fiction=0,technical=0"], "sum to zero"),
        (["corpus", "--mix", "poetry=1"], "unknown genre or kind"),
        (["corpus", "--compression", "lz4"], "compression"),
        (["corpus", "--workers", "0"], "workers"),
        (["corpus", "--shard-size", "0"], "shard_size"),
        (["corpus", "--density", "4:2"], "MIN is greater"),
        (["sample", "--genre", "nope"], "unknown genre"),
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(tmp_path, monkeypatch, capsys, args, needle):
    monkeypatch.chdir(tmp_path)
    assert run(args) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_config_file_errors(tmp_path, capsys):
    bad = tmp_path / "r.toml"
    bad.write_text("n = 5\nbogus = 1\n")
    assert run(["corpus", "--config", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "bogus: unknown setting" in capsys.readouterr().err
    assert run(["corpus", "--config", str(tmp_path / "missing.toml")]) == 2
    assert not (tmp_path / "o").exists()


def test_out_is_a_file(tmp_path, capsys):
    f = tmp_path / "f"
    f.write_text("x")
    assert run(["corpus", "--n", "2", "--out", str(f)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert f.read_text() == "x"


def test_flags_override_toml(tmp_path):
    cfg = tmp_path / "r.toml"
    cfg.write_text('n = 50\nseed = 3\nlength = "300:600"\n')
    out = tmp_path / "o"
    assert run(["corpus", "--config", str(cfg), "--n", "4", "--out", str(out), "--workers", "1", "-q"]) == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["documents"] == 4 and m["seed"] == 3 and m["config"]["length"] == {"min": 300.0, "max": 600.0}
    assert m["complete"] is True


def test_corpus_then_validate_then_refuse_overwrite(tmp_path, capsys):
    out = tmp_path / "o"
    assert run(["corpus", "--n", "6", "--out", str(out), "--workers", "1", "--compression", "gzip", "-q"]) == 0
    assert sorted(p.name for p in out.glob("shard-*")) == ["shard-00000.jsonl.gz"]
    assert run(["validate", str(out)]) == 0
    before = (out / "manifest.json").read_bytes()
    assert run(["corpus", "--n", "6", "--seed", "9", "--out", str(out), "-q"]) == 2
    assert "holds a different corpus" in capsys.readouterr().err
    assert (out / "manifest.json").read_bytes() == before
    assert run(["corpus", "--n", "6", "--seed", "9", "--out", str(out), "--overwrite", "-q", "--workers", "1"]) == 0
    assert json.loads((out / "manifest.json").read_text())["seed"] == 9


def test_sample_genres_schema(tmp_path, capsys):
    assert run(["sample", "--n", "2", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert out.count("=" * 100) == 4 and "⟦opportunity 1:" in out and "⟦end⟧" in out
    assert run(["sample", "--n", "1", "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert set(rec) == {"id", "text", "source", "metadata"}
    assert run(["genres"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(ln.split()[0] in ("fiction", "technical") for ln in lines)
    assert run(["schema", "--out", str(tmp_path / "s")]) == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["document.schema.json", "manifest.schema.json"]


def test_progress_lines_when_not_a_terminal(tmp_path, capsys):
    assert run(["corpus", "--n", "3", "--out", str(tmp_path / "o"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "gen corpus: 3/3 documents" in err and "docs/s" in err
    assert run(["corpus", "--n", "3", "--out", str(tmp_path / "p"), "--workers", "1", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_a_document_that_cannot_fit_the_recipe_is_one_line_exit_2(tmp_path, capsys, monkeypatch):
    """A recipe at the edge of what a genre can do (e.g. textbook chapters at 6-10 opportunities per 1,000 words)
    can leave a document no length that fits; that is reported as a recipe problem, not an internal error."""
    from generator import pipeline
    from generator.genres.base import FitError

    def no_fit(plan, templates=None):
        raise FitError(f"{plan.genre}: frame and passages alone take 1293 words, above 1167")

    monkeypatch.setattr(pipeline, "render_plan", no_fit)
    out = tmp_path / "c"
    assert run(["corpus", "--n", "5", "--workers", "1", "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gen: error: a document of this recipe cannot be fitted") and "\n" not in err
    assert "internal error" not in err and not list(out.glob("shard-*"))
