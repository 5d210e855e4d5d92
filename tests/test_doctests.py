"""The usage examples in docstrings are run, so a changed behaviour cannot leave a stale example behind."""

import doctest
import importlib
import pkgutil

import pytest

import generator
import generator.genres

MODULES = sorted(
    ["generator." + m.name for m in pkgutil.iter_modules(generator.__path__) if m.name != "__main__"]
    + ["generator.genres." + m.name for m in pkgutil.iter_modules(generator.genres.__path__)]
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    mod = importlib.import_module(name)
    result = doctest.testmod(mod, report=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples failed"


def test_examples_exist_where_expected():
    # The modules whose examples document behaviour users rely on; an example deleted by mistake shows up here.
    for name in ("generator.grammar", "generator.narrate", "generator.pipeline", "generator.genres.base"):
        assert doctest.testmod(importlib.import_module(name), report=False).attempted > 0, name
