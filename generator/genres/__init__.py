"""The genre catalogue. Each module in this package defines one or more `Genre` subclasses.

>>> from generator.genres import get_genre, all_genres
>>> get_genre("news_article").kind
'technical'
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from generator.genres.base import Genre


@lru_cache(maxsize=1)
def _registry() -> dict[str, Genre]:
    found: dict[str, Genre] = {}
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        if mod.startswith("_") or mod == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Genre) and obj is not Genre and getattr(obj, "name", None):
                if obj.__module__ == module.__name__:
                    if obj.name in found:
                        raise RuntimeError(f"genre {obj.name!r} defined twice")
                    found[obj.name] = obj()
    return dict(sorted(found.items()))


def all_genres() -> dict[str, Genre]:
    """Every registered genre by name, sorted."""
    return _registry()


def get_genre(name: str) -> Genre:
    """The genre called `name`; KeyError naming the known ones otherwise."""
    reg = _registry()
    if name not in reg:
        raise KeyError(f"unknown genre {name!r}; known: {', '.join(reg)}")
    return reg[name]


__all__ = ["Genre", "all_genres", "get_genre"]
