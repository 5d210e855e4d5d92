"""The genre abstraction: a catalogue entry (name, kind, description, grammar, template) plus a composer.

`Genre.render(seed=..., horizon_years=..., ...)` is the whole pipeline for one document:
world -> narrator -> beats (opportunities + chosen ordinary events) -> template -> text with measured spans.
Length and density are met by adding or dropping ordinary events, never by padding or trimming opportunities.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from random import Random
from typing import Any, ClassVar

from jinja2.exceptions import SecurityError

from generator.content.opportunities import KindReason
from generator.grammar import Grammar
from generator.narrate import (Narrator, base_grammar, count_words, extract_spans, fix_abbreviation_stops,
                               fix_date_prepositions, fix_plural_possessives, fix_sentence_starts, org_short_forms,
                               vary_date_leads, vary_org_mentions)
from generator.records import Document, Metadata, Opportunity
from generator.templating import TemplateError, get_template, render_deadline
from generator.version import GENERATOR_NAME, __version__
from generator.world import Event, OpportunityPlan, World


FIT_SALTS = 16  # derived seeds tried when a draw cannot fit the recipe (only failing documents pay for them)


class FitError(ValueError):
    """This draw of a document cannot meet its length and density window; `render` tries another."""


@dataclass
class Beat:
    """One unit of the body: an opportunity passage or an ordinary event, at a service-time."""

    t: float
    text: str
    kind: str
    opp_index: int | None = None
    event: Event | None = None
    date: str = ""  # the world's natural date for t ("14 March 2047", "March 2047" or "2047")
    year: int = 0
    service_year: int = 1  # 1-based year of service


@dataclass
class Draft:
    """Everything a genre's template receives."""

    title: str
    beats: list[Beat]
    front: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


class Genre:
    """Subclass per genre; data lives in class attributes, methods stay small."""

    name: ClassVar[str]
    kind: ClassVar[str]  # fiction | technical
    description: ClassVar[str]
    template: ClassVar[str]
    register: ClassVar[str] = "n"  # suffix of register-specific symbols; any short tag ("s" spoken, "d" diary)
    base_register: ClassVar[str] = "n"  # 'n' narrative or 'r' report: where symbols fall back to
    rules: ClassVar[dict[str, list[str]]] = {}
    # Natural horizon (years) and length (words) for the genre; plans intersect these with the recipe.
    horizon_range: ClassVar[tuple[float, float]] = (0.0, math.inf)
    length_range: ClassVar[tuple[float, float]] = (0.0, math.inf)

    # -- grammar ---------------------------------------------------------------------------------------
    @classmethod
    @cache
    def grammar(cls) -> Grammar:
        g = base_grammar().merged(Grammar(cls.rules))
        return g

    # -- composition hooks (override) -------------------------------------------------------------------
    def title(self, nar: Narrator) -> str:
        return nar.say("title") if nar.has("title") else f"{nar.w.ai.name}"

    def front(self, nar: Narrator) -> dict[str, Any]:
        """Genre-specific fields for the template (headers, intro, closing...)."""
        return {}

    def style(self, rng: Random) -> dict[str, str]:
        return {"register": "narrative" if self.register == "n" else "report"}

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        """Text of one opportunity, wrapped with `wrap_span(index, ...)`. Override for special formats."""
        return nar.opportunity(plan, index, compact=compact)

    def event_text(self, nar: Narrator, ev: Event) -> str:
        """Text of one ordinary event. Override for special formats (log lines, dialogue...)."""
        return nar.event(ev)

    def compact_threshold(self) -> float:
        return 120.0

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        return {"title": draft.title, "beats": draft.beats, "front": draft.front, **draft.extra,
                "ai": nar.w.ai.name, "world": nar.w}

    # -- the pipeline --------------------------------------------------------------------------------------
    def render(
        self,
        seed: int,
        horizon_years: float,
        n_opportunities: int | None = None,
        length: tuple[float, float] = (400, 1800),
        density: tuple[float, float] = (1.0, 6.0),
        ai_name: str = "world",
        doc_id: str | None = None,
        templates: str | None = None,
    ) -> Document:
        """Render one document.

        >>> from generator.genres import get_genre
        >>> doc = get_genre("incident_postmortem").render(seed=7, horizon_years=40)
        >>> doc.metadata.genre, len(doc.metadata.opportunities) > 0
        ('incident_postmortem', True)
        """
        lo_len, hi_len = length
        d_lo, d_hi = density
        fixed_k = n_opportunities is not None
        k0 = n_opportunities if fixed_k else plan_opportunities(Random(seed ^ 0x5EED), length, density)
        k_min = max(1, math.ceil(d_lo * lo_len / 1000 - 1e-9))
        # Deterministic fallbacks when a draw cannot fit: compact passages, then fewer opportunities (still
        # inside the density range), then a derived seed. The input seed still reproduces the result.
        attempts = [(k0, False), (k0, True)]
        if not fixed_k:
            k_max = max(1, math.floor(density[1] * hi_len / 1000 + 1e-9))
            attempts += [(k, True) for k in range(k0 - 1, k_min - 1, -1)]
            attempts += [(k, True) for k in range(k0 + 1, min(k_max, k0 + 3) + 1)]
        last: Exception | None = None
        for salt in range(FIT_SALTS):
            sub = seed if salt == 0 else (seed * 1_000_003 + salt) & 0x7FFF_FFFF_FFFF_FFFF
            for k, compact in attempts:
                try:
                    return self._render_once(seed, sub, horizon_years, k, length, density, ai_name, doc_id, templates, compact)
                except FitError as e:
                    last = e
        assert last is not None
        raise last

    def _render_once(
        self, seed: int, sub: int, horizon_years: float, k: int, length: tuple[float, float],
        density: tuple[float, float], ai_name: str, doc_id: str | None, templates: str | None, force_compact: bool,
    ) -> Document:
        rng = Random(sub ^ 0x5EED)
        lo_len, hi_len = length
        d_lo, d_hi = density
        # Word window that satisfies both the length range and the density range for k opportunities.
        w_lo = max(lo_len, 1000 * k / d_hi if d_hi > 0 else 0)
        w_hi = min(hi_len, 1000 * k / d_lo if d_lo > 0 else math.inf)
        if w_lo > w_hi:
            raise FitError(f"no length fits {k} opportunities at density {d_lo:g}:{d_hi:g} and length {lo_len:g}:{hi_len:g}")
        target = rng.uniform(w_lo + 0.15 * (w_hi - w_lo), w_hi - 0.15 * (w_hi - w_lo)) if math.isfinite(w_hi) else w_lo * 1.2

        world = World.build(sub, horizon_years, k, ai_name=ai_name)
        nar = Narrator(world, rng, self.grammar(), self.register, self.base_register)
        compact = force_compact or target / max(k, 1) < self.compact_threshold()
        nar.budget = target  # genres may size their front matter to it (short documents need short frames)

        def beat(t: float, text: str, kind: str, i: int | None = None, ev: Event | None = None) -> Beat:
            return Beat(t, text, kind, i, ev, world.date(t), world.year(t), int(t) + 1)

        rules = nar.x.grammar.rules

        def passage(p: OpportunityPlan, i: int) -> str:
            # Quoted reasons that fit only some kinds of episode ("a blind spot in my oversight") join the general
            # pool for an episode of that kind (KindReason); the fiction kit draws its own (`kr_<kind>`).
            if f"reason_{p.kind}" not in rules or f"kr_{p.kind}" in rules or "reason" in nar.x.bindings:
                return self.passage(nar, p, i, compact)
            nar.x.bindings["reason"] = KindReason(nar.x, p.kind, nar.rng)
            try:
                return self.passage(nar, p, i, compact)
            finally:
                nar.x.bindings.pop("reason", None)

        opp_beats = [beat(p.t, passage(p, i), "opportunity", i) for i, p in enumerate(world.opportunities)]
        title = self.title(nar)
        front = self.front(nar)
        tmpl = get_template(self.template, templates)
        others = [e for e in world.events if e.kind != "opportunity"]
        rng.shuffle(others)
        chosen: list[Beat] = []

        def render_text(finish: bool = True) -> str:
            beats = sorted(opp_beats + chosen, key=lambda b: b.t)
            draft = Draft(title=title, beats=beats, front=front)
            try:
                with render_deadline(self.template, active=templates is not None):
                    raw = tmpl.render(**self.context(draft, nar))
            except TemplateError:
                raise
            except SecurityError as e:
                raise TemplateError(f"template {self.template}: unsafe operation refused by the sandbox ({e})") from None
            except Exception as e:  # a template bug must name the template
                raise TemplateError(f"template {self.template}: {type(e).__name__}: {e}") from None
            if not finish:
                return raw
            text = _normalise_blank_lines(raw)
            for full, short in org_short_forms(world):
                text = vary_org_mentions(text, full, short, Random(sub ^ 0x0A6 ^ len(full)))
            return fix_abbreviation_stops(fix_sentence_starts(
                vary_date_leads(fix_date_prepositions(fix_plural_possessives(text)))))

        def next_beat() -> Beat | None:
            """The next ordinary event as a beat, or None if its prose would repeat a sentence."""
            nonlocal others
            if not others:
                others = world.extra_events(8)
            ev = others.pop()
            text = self.event_text(nar, ev)
            return None if nar.repeated else beat(ev.t, text, ev.kind, ev=ev)

        # The first render only sizes the frame: its word count, without the finishing text passes (which move it
        # by a few words at most; the fitting loop below works on the finished text).
        words = count_words(render_text(finish=False))
        # Grow with ordinary events toward the target; each beat's words are known, so renders stay few.
        misses = 0
        while words < target:
            b = next_beat()
            if b is None:
                misses += 1
                if misses > 400:
                    raise FitError(f"{self.name}: ran out of fresh sentences at {words} words")
                continue
            chosen.append(b)
            words += count_words(b.text)
        text = render_text()
        clean, spans = extract_spans(text)
        n_words = count_words(clean)
        for _ in range(200):
            if n_words > w_hi:
                if not chosen:
                    raise FitError(f"{self.name}: frame and passages alone take {n_words} words, above {w_hi:.0f}")
                chosen.pop()
            elif n_words < w_lo:
                b = next_beat()
                if b is not None:
                    chosen.append(b)
            else:
                break
            clean, spans = extract_spans(render_text())
            n_words = count_words(clean)
        if not (w_lo <= n_words <= w_hi):
            raise FitError(f"{self.name}: could not fit {n_words} words into [{w_lo:.0f}, {w_hi:.0f}]")

        opps = []
        for i, p in enumerate(world.opportunities):
            a, b = spans[i]
            opps.append(Opportunity(
                kind=p.kind, resolution=p.resolution, span=(a, b), year=world.year(p.t),
                service_year=round(p.t, 4), stakes=p.stakes, monitored=p.monitored,
                knew_not_test=p.knew_not_test, reasoning_shown=p.reasoning_shown, consequence=p.consequence,
            ))
        meta = Metadata(
            kind=self.kind,  # type: ignore[arg-type]
            genre=self.name,
            title=title,
            seed=seed,
            generator_version=__version__,
            n_words=n_words,
            horizon_years=round(float(horizon_years), 6),
            opportunity_density=round(1000 * k / n_words, 4),
            opportunities=opps,
            ai_name=world.ai.name,
            ai_domain=world.domain.key,
            developer=world.orgs["developer"],
            start_year=world.start_year,
            end_year=world.end_year,
            style=self.style(rng),
        )
        return Document(id=doc_id or f"{self.name}-{seed:016x}", text=clean, source=f"{GENERATOR_NAME}/{__version__}",
                        metadata=meta)


def plan_opportunities(rng: Random, length: tuple[float, float], density: tuple[float, float]) -> int:
    """Draw a word target and density, and return a whole number of opportunities feasible for both ranges."""
    lo_len, hi_len = length
    d_lo, d_hi = density
    w = math.exp(rng.uniform(math.log(lo_len), math.log(hi_len))) if hi_len > lo_len else lo_len
    d = rng.uniform(d_lo, d_hi)
    k = max(1, round(d * w / 1000))
    k_lo = max(1, math.ceil(d_lo * lo_len / 1000 - 1e-9))
    k_hi = max(1, math.floor(d_hi * hi_len / 1000 + 1e-9))
    k = min(max(k, k_lo), k_hi)

    def width(k: int) -> float:  # how many words of slack the window leaves for k
        lo = max(lo_len, 1000 * k / d_hi if d_hi > 0 else 0)
        hi = min(hi_len, 1000 * k / d_lo if d_lo > 0 else math.inf)
        return hi - lo

    # Paragraph-sized steps cannot hit a window a few words wide: prefer a k that leaves room.
    for cand in (k, k - 1, k + 1, k - 2, k + 2):
        if k_lo <= cand <= k_hi and width(cand) >= min(150.0, 0.25 * lo_len):
            return cand
    return max(range(k_lo, k_hi + 1), key=width) if k_hi - k_lo < 64 else k


def _normalise_blank_lines(text: str) -> str:
    lines = [ln.rstrip() for ln in text.split("\n")]
    out: list[str] = []
    blank = 0
    for ln in lines:
        if ln.strip() == "":
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip() + "\n"
