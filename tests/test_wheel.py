"""The installed wheel works: templates and schemas ship inside it, not only in a source checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    d = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(d), str(ROOT)],
                       capture_output=True, text=True)
    if r.returncode != 0 and "hatchling" in r.stderr:
        r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(d), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return next(d.glob("*.whl"))


def test_wheel_contains_templates_and_schemas(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tmpl = sorted(n for n in names if n.startswith("generator/templates/"))
    src = sorted(p.name for p in (ROOT / "templates").iterdir() if p.is_file())
    assert [Path(n).name for n in tmpl] == src
    assert "generator/schemas/document.schema.json" in names
    assert "generator/py.typed" in names


def test_wheel_renders_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import generator, sys; from generator.genres import all_genres;"
        "assert generator.__file__.startswith(sys.argv[1]), generator.__file__;"
        "docs = [g.render(seed=7, horizon_years=max(g.horizon_range[0], 1.0) * 2, "
        "length=(max(g.length_range[0], 600.0), max(g.length_range[0], 600.0) * 1.6), density=(1.0, 4.0), "
        "doc_id=f'{n}-0') for n, g in all_genres().items()];"
        "print(sum(1 for d in docs if d.text.strip()))"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-c", code, str(target)], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    from generator.genres import all_genres

    assert int(r.stdout.strip()) == len(all_genres())
