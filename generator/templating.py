"""One cached jinja2 environment for document structure; StrictUndefined so a missing field fails loudly.

Built-in templates ship inside the wheel (`generator/templates`); in a source checkout they are read from the
top-level `templates/`. A user folder (`--templates DIR`) is searched first and rendered in jinja2's
SandboxedEnvironment, so a template cannot reach Python internals.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment


def builtin_template_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "templates", here.parent / "templates"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("built-in templates not found (broken installation)")


class TemplateError(ValueError):
    """A template failed to load or render; the message names the template."""


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses any name escaping its folders (jinja2 already blocks '..' segments)."""

    def get_source(self, environment, template):
        if template.startswith(("/", "\\")) or ".." in template.replace("\\", "/").split("/"):
            raise jinja2.TemplateNotFound(template)
        return super().get_source(environment, template)


@lru_cache(maxsize=8)
def environment(user_dir: str | None = None) -> jinja2.Environment:
    dirs = [str(builtin_template_dir())]
    if user_dir:
        dirs.insert(0, user_dir)
    # The sandbox checks every attribute access and call (about 4% of rendering time); only a user's folder
    # needs it. Our own templates get the same output from a plain environment (the tests compare).
    cls = SandboxedEnvironment if user_dir else jinja2.Environment
    env = cls(
        loader=_ConfinedLoader(dirs),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
        auto_reload=False,
        cache_size=400,
    )
    return env


RENDER_TIMEOUT_S = 10.0


class render_deadline:
    """Raise TemplateError if a user-template render runs past `seconds` (POSIX main thread; else a no-op)."""

    def __init__(self, name: str, seconds: float = RENDER_TIMEOUT_S, active: bool = True) -> None:
        self.name, self.seconds, self.active = name, seconds, active
        self.old: Any = None

    def _alarm(self, signum: int, frame: Any) -> None:
        raise TemplateError(f"template {self.name}: rendering took longer than {self.seconds:g} s; refused")

    def __enter__(self) -> render_deadline:
        import signal
        import threading

        if self.active and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.old = signal.signal(signal.SIGALRM, self._alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        else:
            self.active = False
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)


def user_overrides(user_dir: str | Path) -> list[str]:
    """Template names a user folder provides (overriding or adding)."""
    root = Path(user_dir)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.j2") if p.is_file())


def get_template(name: str, user_dir: str | None = None) -> jinja2.Template:
    try:
        return environment(user_dir).get_template(name)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"template {e.filename or name}:{e.lineno}: {e.message}") from None
    except jinja2.TemplateNotFound as e:
        raise TemplateError(f"template {name}: not found ({e.message})") from None
