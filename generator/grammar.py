"""A small sentence grammar: tagged alternatives, entity bindings, a/an, inline choices, usage-aware picks.

Rule text syntax (compiled once per process):

- ``{sym}`` expands grammar symbol ``sym`` (or a bound entity's default form);
- ``{ai.their}`` reads attribute ``their`` of the binding ``ai``;
- ``{a:sym}`` prefixes the expansion with "a" or "an"; ``{cap:sym}`` capitalises it;
- ``[one|two|three]`` picks one inline alternative; an empty branch ``[very |]`` makes the word optional.

Selection is usage-aware: within one document an alternative of a symbol is not reused until every other
alternative of that symbol has been used once, so a phrase never repeats while fresh ones remain. All choices
come from the document's own ``random.Random``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from random import Random
from typing import Any, Union


class GrammarError(KeyError):
    """A rule references a symbol or attribute that does not exist (the grammar's StrictUndefined)."""


@dataclass(frozen=True, slots=True)
class Ref:
    mod: str
    name: str
    attr: str | None


@dataclass(frozen=True, slots=True)
class Choice:
    options: tuple[tuple[Any, ...], ...]


Node = Union[str, Ref, Choice]


def _parse(text: str, i: int = 0, stop: str = "") -> tuple[list[tuple[Node, ...]], int]:
    """Parse until one of `stop` chars; returns branches split on '|' (only inside [...])."""
    branches: list[tuple[Node, ...]] = []
    cur: list[Node] = []
    buf: list[str] = []
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            j = text.index("}", i)
            if buf:
                cur.append("".join(buf))
                buf = []
            cur.append(_ref(text[i + 1 : j]))
            i = j + 1
        elif c == "[":
            if buf:
                cur.append("".join(buf))
                buf = []
            opts, i = _parse(text, i + 1, "]")
            cur.append(Choice(tuple(opts)))
        elif stop and (c == stop or c == "|"):
            if c == "|":
                if buf:
                    cur.append("".join(buf))
                    buf = []
                branches.append(tuple(cur))
                cur = []
                i += 1
                continue
            if buf:
                cur.append("".join(buf))
            branches.append(tuple(cur))
            return branches, i + 1
        else:
            buf.append(c)
            i += 1
    if stop:
        raise ValueError(f"unclosed '[' in rule: {text!r}")
    if buf:
        cur.append("".join(buf))
    branches.append(tuple(cur))
    return branches, i


def _ref(body: str) -> Ref:
    mod = ""
    if ":" in body:
        mod, body = body.split(":", 1)
    name, _, attr = body.partition(".")
    return Ref(mod, name, attr or None)


# Tokens of rule text: a whole {reference}, a bracket or bar, or a run of other characters. ("}" on its own is text.)
_TOKEN = re.compile(r"\{[^}]*\}|[\[\]|]|[^{\[\]|]+|\{")


def compile_rule(text: str) -> tuple[Node, ...]:
    """Compile one rule string into nodes: the same result as ``_parse`` (the reference, kept for tests), built
    from regex tokens instead of a character loop (about 5x faster; compiling every genre's grammar is start-up
    work each worker process pays)."""
    stack: list[tuple[list[tuple[Node, ...]], list[Node], list[str]]] = []
    branches: list[tuple[Node, ...]] = []
    cur: list[Node] = []
    buf: list[str] = []
    for tok in _TOKEN.findall(text):
        c = tok[0]
        if c == "{":
            if len(tok) == 1 or tok[-1] != "}":
                raise ValueError(f"unclosed '{{' in rule: {text!r}")
            if buf:
                cur.append("".join(buf))
                buf = []
            cur.append(_ref(tok[1:-1]))
        elif c == "[" and len(tok) == 1:
            if buf:
                cur.append("".join(buf))
                buf = []
            stack.append((branches, cur, buf))
            branches, cur, buf = [], [], []
        elif stack and len(tok) == 1 and c in "|]":
            if buf:
                cur.append("".join(buf))
                buf = []
            branches.append(tuple(cur))
            cur = []
            if c == "]":
                opts = branches
                branches, cur, buf = stack.pop()
                cur.append(Choice(tuple(opts)))
        else:
            buf.append(tok)
    if stack:
        raise ValueError(f"unclosed '[' in rule: {text!r}")
    if buf:
        cur.append("".join(buf))
    return tuple(cur)


_compile_cached = lru_cache(maxsize=16384)(compile_rule)  # for ad-hoc `fill` strings, which recur a lot
_compile_shared = cache(compile_rule)  # grammar rules: genres share large rule sets, each string compiled once


_VOWEL_SOUND_EXCEPTIONS_AN = ("hour", "honest", "honour", "honor", "heir", "herb")
_CONSONANT_SOUND_EXCEPTIONS_A = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubiq", "ura", "uro")
_LETTER_AN = set("AEFHILMNORSX")


def article(word: str) -> str:
    """'a' or 'an' for the following word, by sound ('an hour', 'a unit', 'an FPGA')."""
    w = word.lstrip("\"'(“")
    if not w:
        return "a"
    low = w.lower()
    if low.startswith(_VOWEL_SOUND_EXCEPTIONS_AN):
        return "an"
    if low.startswith(_CONSONANT_SOUND_EXCEPTIONS_A):
        return "a"
    head = w.split()[0].rstrip(".,;:")
    if len(head) > 1 and head.isupper() and head.isalpha():
        return "an" if head[0] in _LETTER_AN else "a"
    if w[0].isdigit():
        return "an" if w.startswith(("8", "11", "18")) else "a"
    return "an" if low[0] in "aeiou" else "a"


def cap(s: str) -> str:
    c = s[:1]
    if c.isalpha():  # the common case: a letter first
        return s if c.isupper() else c.upper() + s[1:]
    if s.startswith("<|"):  # a special-token name ("--ai-name token:<|ai|>") is never recased
        return s
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :]
        if ch.isdigit():
            return s
    return s


def map_plain(text: str, fn: Callable[[str], str]) -> str:
    """Rule text with `fn` applied to its plain-text runs; {references} and [choices] (nested) are left as they are.

    For rewriting the wording of rules (phrase variation, naming the system) without touching their syntax.

    >>> map_plain("the system met {lead.name} [at the system|later] in the system's hall", str.upper)
    "THE SYSTEM MET {lead.name} [at the system|later] IN THE SYSTEM'S HALL"
    """
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for c in text:
        if c in "{[":
            if depth == 0 and buf:
                out.append(fn("".join(buf)))
                buf = []
            depth += 1
            out.append(c)
        elif depth:
            if c in "}]":
                depth -= 1
            out.append(c)
        else:
            buf.append(c)
    if buf:
        out.append(fn("".join(buf)))
    return "".join(out)


def swap_alternatives(rules: dict[str, list[str]], key: str, needle: str, new: list[str]) -> None:
    """In `rules`, replace every alternative of `key` (and of its `_p` twin) that contains `needle` with `new`."""
    for k in (key, key + "_p"):
        if k in rules:
            out: list[str] = []
            for alt in rules[k]:
                if needle in alt:
                    out.extend(a for a in new if a not in out)
                else:
                    out.append(alt)
            rules[k] = out


def extend_rules(rules: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    """Append each symbol's extra alternatives in `more` to the existing symbol in `rules` (KeyError for a symbol
    `rules` lacks, so a misspelt name fails at import).

    >>> r = {"x": ["a"]}
    >>> extend_rules(r, {"x": ["b", "c"]})
    >>> r
    {'x': ['a', 'b', 'c']}
    """
    for k, v in more.items():
        rules[k] = rules[k] + v


def replace_in_rules(rules: dict[str, list[str]], prefix: str, pairs: list[tuple[str, str]],
                     drop_empty: bool = False) -> None:
    """In `rules`, apply each plain (old, new) replacement, in order, to every alternative of every symbol whose
    name starts with `prefix`; with `drop_empty`, alternatives left empty are removed.

    >>> r = {"x_a": ["the cat sat", "a dog"], "y": ["the cat"]}
    >>> replace_in_rules(r, "x_", [("cat", "[cat|fox]"), ("a dog", "")], drop_empty=True)
    >>> r
    {'x_a': ['the [cat|fox] sat'], 'y': ['the cat']}
    """
    for k in list(rules):
        if k.startswith(prefix):
            out: list[str] = []
            for s in rules[k]:
                for a, b in pairs:
                    s = s.replace(a, b)
                out.append(s)
            rules[k] = [s for s in out if s] if drop_empty else out


class Grammar:
    """Compiled rules: symbol -> tuple of alternatives (each a tuple of nodes)."""

    def __init__(self, rules: Mapping[str, list[str] | tuple[str, ...] | str] | None = None) -> None:
        self.rules: dict[str, tuple[tuple[Node, ...], ...]] = {}
        if rules:
            self.update(rules)

    def update(self, rules: Mapping[str, list[str] | tuple[str, ...] | str]) -> None:
        for sym, alts in rules.items():
            if isinstance(alts, str):
                alts = [alts]
            if not alts:
                raise ValueError(f"symbol {sym!r} has no alternatives")
            self.rules[sym] = tuple(_compile_shared(a) for a in alts)

    def merged(self, *others: Grammar) -> Grammar:
        g = Grammar()
        g.rules = dict(self.rules)
        for o in others:
            g.rules.update(o.rules)
        return g

    def __contains__(self, sym: str) -> bool:
        return sym in self.rules

    def symbols_referenced(self) -> set[str]:
        out: set[str] = set()

        def walk(nodes: tuple[Node, ...]) -> None:
            for nd in nodes:
                if isinstance(nd, Ref):
                    out.add(nd.name)
                elif isinstance(nd, Choice):
                    for o in nd.options:
                        walk(o)

        for alts in self.rules.values():
            for a in alts:
                walk(a)
        return out


_SPACE_FIX = [
    (re.compile(r"[ \t]{2,}"), " "),
    (re.compile(r" ([,.;:!?])"), r"\1"),
    (re.compile(r"\.\.(?!\.)"), "."),
    (re.compile(r",,"), ","),
    (re.compile(r"\( "), "("),
]
_DOUBLE_THE = re.compile(r"\b([Tt]he) the\b")  # "the {asset}" where the binding already says "the farm decks"


_TIDY_TRIGGER = re.compile(r"  |\t| [,.;:!?]|\.\.|,,|\( ")  # one C-level scan instead of eleven substring tests


def tidy(s: str) -> str:
    """Collapse doubled spaces and stray spaces before punctuation (cheap when nothing needs fixing)."""
    if _TIDY_TRIGGER.search(s):
        for pat, rep in _SPACE_FIX:
            s = pat.sub(rep, s)
    if "he the " in s:  # a plain substring test first: the regex alone would slow every call
        s = _DOUBLE_THE.sub(r"\1", s)
    return s.strip()


class Expander:
    """Expands symbols for one document with its own rng, bindings and usage memory."""

    __slots__ = ("grammar", "rng", "bindings", "_used", "_last", "depth")

    def __init__(self, grammar: Grammar, rng: Random, bindings: dict[str, Any] | None = None) -> None:
        self.grammar = grammar
        self.rng = rng
        self.bindings: dict[str, Any] = bindings if bindings is not None else {}
        self._used: dict[str, set[int]] = {}
        self._last: dict[str, int] = {}
        self.depth = 0

    def bind(self, **kw: Any) -> None:
        self.bindings.update(kw)

    def pick_index(self, sym: str, n: int) -> int:
        """Usage-aware choice: a fresh alternative while any remain, then start over."""
        used = self._used.get(sym)
        if used is None:
            used = self._used[sym] = set()
        if len(used) >= n:
            # Start over, but never hand back the alternative used just before the reset.
            last = self._last.get(sym, -1)
            used.clear()
            if n > 1 and last >= 0:
                used.add(last)
        # rng.random() is a C call; randrange is several Python frames. Same determinism, a fraction of the cost.
        if not used:
            i = int(self.rng.random() * n)
        else:
            # The k-th free index, found by stepping over the (few) used ones below it rather than listing all n.
            i = int(self.rng.random() * (n - len(used)))
            for u in sorted(used):
                if u > i:
                    break
                i += 1
        used.add(i)
        self._last[sym] = i
        return i

    def expand(self, sym: str) -> str:
        alts = self.grammar.rules.get(sym)
        if alts is None:
            raise GrammarError(f"unknown grammar symbol {sym!r}")
        i = self.pick_index(sym, len(alts)) if len(alts) > 1 else 0
        self.depth += 1
        if self.depth > 60:
            raise GrammarError(f"grammar recursion too deep at {sym!r}")
        try:
            return self._render(alts[i])
        finally:
            self.depth -= 1

    def fill(self, text: str) -> str:
        """Expand an ad-hoc rule string (compiled on the fly; prefer named symbols on hot paths)."""
        return tidy(self._render(_compile_cached(text)))

    def say(self, sym: str) -> str:
        """Expand a symbol as a finished sentence or phrase: tidied, first letter capitalised."""
        return cap(tidy(self.expand(sym)))

    def _render(self, nodes: tuple[Node, ...]) -> str:
        parts: list[str] = []
        for nd in nodes:
            if type(nd) is str:
                parts.append(nd)
            elif type(nd) is Ref:
                parts.append(self._ref(nd))
            else:
                opts = nd.options
                parts.append(self._render(opts[int(self.rng.random() * len(opts))]))
        return "".join(parts)

    def _ref(self, r: Ref) -> str:
        b = self.bindings.get(r.name)
        if b is not None:
            if r.attr is None:
                val = b if isinstance(b, str) else str(b)
            else:
                try:
                    val = getattr(b, r.attr) if not isinstance(b, dict) else b[r.attr]
                except (AttributeError, KeyError):
                    raise GrammarError(f"binding {r.name!r} has no attribute {r.attr!r}") from None
                if callable(val):
                    val = val()
                val = str(val)
        elif r.attr is None:
            val = self.expand(r.name)
        else:
            raise GrammarError(f"unknown binding {r.name!r} (for {r.name}.{r.attr})")
        if r.mod == "a":
            val = tidy(val)
            return f"{article(val)} {val}"
        if r.mod == "cap":
            return cap(val)
        if r.mod == "lower":
            return val[:1].lower() + val[1:]
        if r.mod:
            raise GrammarError(f"unknown modifier {r.mod!r}")
        return val
