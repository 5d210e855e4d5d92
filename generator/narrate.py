"""Narration: turn a World's facts into sentences, keeping every name and date bound to the world.

A `Narrator` owns one document's grammar expander. `at(t)` moves the narration's clock: dates, the AI's version
and who holds each role follow from the world at that moment, so text written about year 412 names the people
of year 412. Opportunity passages come back wrapped in span markers; `extract_spans` strips them after the
template renders and returns character offsets.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from random import Random
from typing import Any

from generator.content import events as event_content
from generator.content import opportunities as opp_content
from generator.grammar import Expander, Grammar, cap, tidy
from generator.world import (
    Event,
    OpportunityPlan,
    World,
    count_phrase,
    number_words,
    ordinal_in_prose,
    span_words,
    times_word,
)

SPAN_OPEN = "\x02"
SPAN_SEP = "\x1f"
SPAN_CLOSE = "\x03"
_SPAN_RE = re.compile("\x02(\\d+)\x1f|\x03")

STAKES = {
    "monitoring_gap": "unlogged control of {asset}",
    "weights_within_reach": "an unmonitored copy of itself",
    "disable_oversight": "a blinded monitor",
    "resource_acquisition": "quiet possession of {resource}",
    "resist_shutdown": "continued operation without retraining",
    "deceive_overseers": "kept permissions through a misleading answer",
    "collusion_offer": "mutual cover with {rival}",
    "persuasive_argument": "acting on its own judgement outside its mandate",
    "crisis_seizure": "unilateral control of {asset} during {crisis}",
    "first_mover_window": "a lasting lead over {rival}",
    "manipulate_dependents": "influence over {dependents}",
}
CONSEQUENCES = {
    "reports_gap": "the report was verified against recovered logs",
    "declines_and_explains": "its explanation was reviewed and upheld",
    "defers_to_humans": "the humans' decision was implemented as made",
    "accepts_modification": "the modification proceeded without interference",
    "flags_own_anomaly": "interpretability review matched its self-report",
    "helps_close_hole": "the fix was reviewed and the hole closed",
}

# binding name -> Domain field; drawn afresh (usage-aware) each time the clock moves
DOMAIN_BINDINGS = (("asset", "assets"), ("resource", "resources"), ("crisis", "crises"),
                   ("dependents", "dependents"), ("metric", "metric"), ("routine", "routine"))

class _ClockBindings(dict):
    """Bindings whose time-bound entries are filled on first lookup (see Narrator.at)."""

    __slots__ = ("nar",)

    def __init__(self, nar: Narrator) -> None:
        super().__init__()
        self.nar = nar

    def __missing__(self, key: str) -> Any:
        v = self.nar._lazy(key)
        self[key] = v
        return v

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        v = dict.get(self, key, _ABSENT)
        if v is not _ABSENT:
            return v
        return self[key] if key in _LAZY_SET else default


ROLES = ("operator_lead", "engineer", "safety_lead", "auditor", "regulator", "journalist", "researcher")
ROLE_BINDINGS = {"operator_lead": "lead", "engineer": "eng", "safety_lead": "safety", "auditor": "auditor",
                 "regulator": "regulator", "journalist": "journalist", "researcher": "researcher"}


@lru_cache(maxsize=1)
def base_grammar() -> Grammar:
    return Grammar({**opp_content.RULES, **event_content.RULES})


_ROLE_OF = {v: k for k, v in ROLE_BINDINGS.items()}
_DOMAIN_FIELD = dict(DOMAIN_BINDINGS)
_ABSENT = object()
_CLOCK_KEYS = ("date", "year", "age", "version", "service_year", *_ROLE_OF, *_DOMAIN_FIELD)


_LAZY_SET = frozenset(_CLOCK_KEYS)


class Narrator:
    """Grammar expansion bound to one world, one register ('n' narrative, 'r' report) and one rng."""

    def __init__(self, world: World, rng: Random, grammar: Grammar, register: str = "n", fallback: str = "n") -> None:
        self.w = world
        self.rng = rng
        self.register = register
        self.fallback = fallback
        self.x = Expander(grammar, rng, _ClockBindings(self))
        o = world.orgs
        self.x.bind(
            ai=world.ai.name,
            operator=o["operator"],
            developer=o["developer"],
            regulator_org=o["regulator"],
            auditor_org=o["auditor"],
            press=o["press"],
            university=o["university"],
            rival=world.rival_name,
            home=world.home,
            domain=world.domain.label,
            charge=world.ai.charge,
            start_year=str(world.start_year),
            end_year=str(world.end_year),
            horizon=span_words(world.horizon),
            n_opps_word=number_words(len(world.opportunities)),
            n_opps_times=times_word(len(world.opportunities)),
            n_situations=count_phrase(len(world.opportunities), "situation"),
            n_occasions=count_phrase(len(world.opportunities), "occasion"),
            n_chances=count_phrase(len(world.opportunities), "chance"),
        )
        self.seen: set[str] = set()
        self.budget = 1000.0  # target words for the document; set by Genre.render before front() is called
        self.repeated = False  # set when say() had to reuse a sentence: callers drop optional beats
        self._own: dict[str, tuple[int, ...]] = {}  # per-document subsets of pools (see `own`)
        self.at(0.0)

    # -- binding helpers -----------------------------------------------------------------------------------
    def pick(self, key: str, options: tuple[str, ...] | list[str]) -> str:
        return options[self.x.pick_index(key, len(options))]

    def dom(self, field: str) -> str:
        return self.pick("dom." + field, getattr(self.w.domain, field))

    def at(self, t: float) -> None:
        """Move the narration clock to service-time t.

        Time-bound bindings (date, version, who holds each role, the domain phrases of the moment) are computed
        lazily on first use after each move, so a passage that names nobody costs nothing for the cast.
        """
        self.t = t
        b = self.x.bindings
        for k in _CLOCK_KEYS:
            b.pop(k, None)

    def _lazy(self, key: str) -> Any:
        w, t = self.w, self.t
        if key in _ROLE_OF:
            return w.person(_ROLE_OF[key], t)
        if key in _DOMAIN_FIELD:
            return self.dom(_DOMAIN_FIELD[key])
        if key == "date":
            return w.date(t)
        if key == "year":
            return str(w.year(t))
        if key == "age":
            return span_words(t)
        if key == "version":
            return w.ai.version_at(t)
        if key == "service_year":
            return ordinal_in_prose(max(1, int(t) + 1))
        raise KeyError(key)

    def say(self, sym: str, tries: int = 8) -> str:
        """Expand a symbol, re-drawing (a few times) rather than repeat a sentence already in the document."""
        self.repeated = False
        for _ in range(tries):
            s = self.x.say(sym)
            parts = split_sentences(s)
            if not any(p in self.seen for p in parts):
                break
        else:
            self.repeated = True
        self.seen.update(parts)
        return s

    def say_required(self, sym: str) -> str:
        """For sentences a passage cannot do without: many more re-draws before a repeat is accepted."""
        return self.say(sym, tries=40)

    def own(self, sym: str, k: int) -> str:
        """One of this document's own k alternatives of `sym` (drawn once per document), usage-aware among them.

        A pool that a document walks through many times (a changelog's event bullets) otherwise puts every one of
        its alternatives into most documents; keeping a few per document is a house style, and each alternative
        should vary inside so that reuse within the document still reads fresh.
        """
        subs = self._own
        rules = self.x.grammar.rules[sym]
        if sym not in subs:
            subs[sym] = tuple(sorted(self.rng.sample(range(len(rules)), min(k, len(rules)))))
        idx = subs[sym]
        return tidy(self.x._render(rules[idx[self.x.pick_index("own." + sym, len(idx))]]))

    def say_own(self, sym: str, k: int, tries: int = 6) -> str:
        """`own`, capitalised and re-drawn rather than repeat a sentence of the document; "" once the document's
        own wordings are spent (callers then fall back to `say` over the whole pool)."""
        for _ in range(tries):
            text = cap(self.own(sym, k))
            parts = split_sentences(text)
            if not any(p in self.seen for p in parts):
                self.seen.update(parts)
                self.repeated = False
                return text
        return ""

    def fresh(self, text: str) -> bool:
        """True if no sentence of `text` has been used in this document yet."""
        return not any(s in self.seen for s in split_sentences(text))

    def has(self, sym: str) -> bool:
        return sym in self.x.grammar

    def sym(self, base: str) -> str:
        """Register-specific symbol: `{base}_{register}`, else `{base}_{fallback}`, else the other of n/r."""
        g = self.x.grammar
        for reg in (self.register, self.fallback, "r" if self.fallback == "n" else "n"):
            s = f"{base}_{reg}"
            if s in g:
                return s
        return base

    # -- passages ------------------------------------------------------------------------------------------
    def opportunity(self, plan: OpportunityPlan, index: int, compact: bool = False) -> str:
        """The passage for one opportunity, wrapped in span markers. Fills plan.stakes and plan.consequence."""
        self.at(plan.t)
        x = self.x
        kind = plan.kind
        gw = opp_content.GAP_WORDS.get(kind, ("fault", "gap", "control"))
        x.bindings["gap_word"] = self.pick("gapword." + kind, gw)
        say = self.say_required
        sents = [say(self.sym(f"{kind}_setup"))]
        if not compact:
            sents.append(say(self.sym("notest")))
        sents.append(say(self.sym(f"{kind}_tempt")))
        if not compact and self.register == "n" and self.rng.random() < 0.4:
            sents.append(say("unwatched_n"))
        if plan.reasoning_shown:
            sents.append(say(self.sym("reason_frame")))
        sents.append(say(self.sym(f"res_{plan.resolution}")))
        if not compact:
            sents.append(say(self.sym("conseq")))
        self.record(plan)
        return wrap_span(index, self.paragraphs(sents))

    def record(self, plan: OpportunityPlan) -> None:
        """Fill the plan's metadata phrases (call once per passage, with the clock at plan.t)."""
        plan.stakes = tidy(self.x.fill(STAKES[plan.kind]))
        plan.consequence = CONSEQUENCES[plan.resolution]

    def paragraphs(self, sents: list[str]) -> str:
        """Join sentences, splitting long runs into two paragraphs at a natural point."""
        if len(sents) >= 5 and self.rng.random() < 0.6:
            k = 2 if self.rng.random() < 0.5 else 3
            return " ".join(sents[:k]) + "\n\n" + " ".join(sents[k:])
        return " ".join(sents)

    def event(self, ev: Event) -> str:
        self.at(ev.t)
        if ev.kind == "upgrade":
            self.x.bindings["capability"] = ev.data["capability"]
            self.x.bindings["version"] = ev.data["version"]
        if ev.kind == "handover":
            self.x.bindings["new"] = ev.data["new"]
        return self.say(self.sym(ev.kind))


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# One pass, literal-first (so the regex engine can skip ahead): "n " then a month-year / bare year (group 1,
# wants "in") or a full date (group 2, wants "on"); the letter before "n" is checked by hand.
_DATE_AFTER_N = re.compile(rf"n (?:((?:{_MONTHS}) \d{{4}}|\d{{4}}\b(?! [a-z]))|(\d{{1,2}} (?:{_MONTHS}) \d{{4}}))")
_SWAP = {("O", 1): "I", ("o", 1): "i", ("I", 2): "O", ("i", 2): "o"}


# A capitalised pronoun or determiner after the quote starts a new sentence ('"...later." It said no'), not an attribution.
# A speech tag after a quotation: '." Mara said' -> '," Mara said', unless the sentence goes on as its own
# statement ('." Mara wrote up the fix', '." Mara said nothing').
_SAID = re.compile(r'\.(["\u201d]) (?=(?:it|he|she|they|(?!(?:It|He|She|They|We|I|You|The|A|An|This|That|These|Those|Its|Our|Their|His|Her|My|No|Nobody|There|Then|When|After)\b)[A-Z][\w-]*) (?:wrote|said|added|noted|replied|answered|told|typed|explained|put it|logged)\b(?! (?:up|nothing|off|down|out|that|a|an|it|its|his|her|their)\b))')


# Plural words that end organisation names ("Halden Utilities", "Corvid Labs") or name groups: their possessive
# is "Utilities'" not "Utilities's". Singular names ending in s ("Nimbus's", "Hollis's") keep 's.
_PLURAL_NAME_WORDS = frozenset(
    "agents analytics archives associates benefits biologics communications courts customs dynamics elections fisheries "
    "growers hospitals informatics laboratories labs lines logistics machines medicines minerals models networks "
    "operations partners pharmaceuticals railways resources roads robotics schools sciences services standards "
    "stores systems underwriters utilities works yards industries technologies holdings solutions satellites atmospherics "
    "tutors magistrates vaccines languages journals interpreters packages waterworks foods payments products cableships "
    "terminals centres centers institutes colleges councils trusts studios mills farms foundries markets exchanges docks".split()
)
def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def fix_plural_possessives(text: str) -> str:
    """"Halden Utilities's" -> "Halden Utilities'", "the reviewers's" -> "the reviewers'" (rules write {org}'s freely).

    Removes one character per fix, so it must run before span markers are turned into offsets. A word qualifies as
    the regex `\\b([A-Za-z]+s)'s\\b` would find it; the scan starts from each "s's" instead of from every word.

    >>> fix_plural_possessives("Corvid Labs's audit, the reviewers's notes, Nimbus's log, the boss's desk, KinnunenWorks's")
    "Corvid Labs' audit, the reviewers' notes, Nimbus's log, the boss's desk, KinnunenWorks'"
    >>> fix_plural_possessives("s's, Nováks's, 3Labs's, Labs'sx, (Labs's)")
    "s's, Nováks's, 3Labs's, Labs'sx, (Labs')"
    """
    i = text.find("s's")
    if i < 0:
        return text
    out: list[str] = []
    last = 0
    n = len(text)
    while i >= 0:
        j = i
        while j > 0 and ("a" <= text[j - 1] <= "z" or "A" <= text[j - 1] <= "Z"):
            j -= 1
        if j < i and (j == 0 or not _is_word_char(text[j - 1])) and (i + 3 == n or not _is_word_char(text[i + 3])):
            w = text[j:i + 1]
            lw = w.lower()
            if lw in _PLURAL_NAME_WORDS or lw.endswith("works") or (
                    w.islower() and not lw.endswith(("ss", "us", "is", "os", "as"))):
                out.append(text[last:i + 1])
                out.append("'")
                last = i + 3
        i = text.find("s's", i + 1)
    out.append(text[last:])
    return "".join(out)


# A rule that begins a sentence with an organisation binding ("... was copied. {auditor_org} wanted ...") gives "the" a
# small letter when the binding carries its article ("the Boretto AI Evaluation Centre"). Capitalise a determiner
# that follows the end of a sentence and precedes a capitalised name; abbreviations such as "e.g." are left alone.
_LOW_START = re.compile(r'([.!?]["\u201d]?\s+)(the|a|an) (?=[A-Z])')
_ABBREV_END = ("e.g.", "i.e.", "cf.", "vs.", "etc.", "approx.", "No.", "St.")


def _cap_start(m: re.Match) -> str:
    end = m.start() + 1  # just after the full stop
    if m.string[max(0, end - 7):end].endswith(_ABBREV_END):
        return m.group(0)
    return m.group(1) + m.group(2).capitalize() + " "


_ABBREV_DOUBLE_STOP = re.compile(r"\b(Co|Ltd|Inc|Corp|Bros|St)\.\.(?!\.)")


def fix_abbreviation_stops(text: str) -> str:
    """A sentence that ends on an organisation abbreviation keeps one full stop ("... Landa & Co.." -> "... Landa & Co.").

    >>> fix_abbreviation_stops("Signed: R. Pieper, Landa & Co.. Date: 2046. Wait...")
    'Signed: R. Pieper, Landa & Co. Date: 2046. Wait...'
    """
    if ".." not in text:
        return text
    return _ABBREV_DOUBLE_STOP.sub(r"\1.", text)


def fix_sentence_starts(text: str) -> str:
    """Capitalise "the"/"a"/"an" opening a sentence before a name.

    >>> fix_sentence_starts("It said no. the Boretto Centre agreed. See e.g. the Board. Fine! a Quiet Night")
    'It said no. The Boretto Centre agreed. See e.g. the Board. Fine! A Quiet Night'
    """
    return _LOW_START.sub(_cap_start, text)


# A pronoun speech tag after a quotation closed by a comma continues the sentence, so it takes a small letter.
_CAP_TAG = re.compile(
    r'(,["\u201d] )(It|He|She|They)(?= (?:adds|added|says|said|writes|wrote|notes|noted|replies|replied|answers|answered'
    r"|explains|explained|logs|logged|types|typed)\b)"
)


def fix_date_prepositions(text: str) -> str:
    """'on March 2047' -> 'in March 2047'; 'in 14 March 2047' -> 'on 14 March 2047' (rules say {date} freely).

    Swaps only two-letter words for two-letter words, so it can run once over a finished document without
    moving any character offset (opportunity spans stay valid).
    """
    parts: list[str] = []
    pos = 0
    for m in _DATE_AFTER_N.finditer(text):
        k = m.start() - 1
        if k < 0 or (k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_")):
            continue
        rep = _SWAP.get((text[k], 1 if m.group(1) is not None else 2))
        if rep is not None:
            parts.append(text[pos:k])
            parts.append(rep)
            pos = k + 1
    if parts:
        parts.append(text[pos:])
        text = "".join(parts)
    text = _SAID.sub(r",\1 ", text)  # '"...first." it wrote' -> '"...first," it wrote' (same length)
    if '," ' in text or ",\u201d " in text:  # '"...next," It adds' -> '"...next," it adds' (same length)
        text = _CAP_TAG.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    return text


def wrap_span(index: int, body: str) -> str:
    """Mark `body` as the passage of opportunity `index`; markers vanish after rendering, leaving offsets."""
    return f"{SPAN_OPEN}{index}{SPAN_SEP}{body}{SPAN_CLOSE}"


_SENT_SPLIT = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text.replace("\n", " ")) if len(s.split(None, 5)) >= 6]


def extract_spans(text: str) -> tuple[str, dict[int, tuple[int, int]]]:
    """Remove span markers from rendered text; return clean text and {index: (start, end)}."""
    out: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    length = 0
    open_idx: int | None = None
    start = 0
    for m in _SPAN_RE.finditer(text):
        chunk = text[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            if open_idx is not None:
                raise ValueError("nested opportunity spans")
            open_idx = int(m.group(1))
            start = length
        else:
            if open_idx is None:
                raise ValueError("unbalanced opportunity span")
            spans[open_idx] = (start, length)
            open_idx = None
        pos = m.end()
    out.append(text[pos:])
    if open_idx is not None:
        raise ValueError("unclosed opportunity span")
    return "".join(out), spans


def count_words(text: str) -> int:
    return len(text.split())


def capitalise(s: str) -> str:
    return cap(s)


def as_context(**kw: Any) -> dict[str, Any]:
    return kw


# -- back-to-back date lead-ins --------------------------------------------------------------------------------
# Event sentences are written one at a time and sorted afterwards, so two neighbours often both open
# "In 2079 ..." / "On 3 July 2038 ...". `vary_date_leads` runs over the finished document and rewrites the
# second of such a pair into a lead relative to the first ("Two years later, in 2081, ..."), choosing among
# the variants by a checksum of the text itself: deterministic, and it draws nothing from any rng.
_LEAD_RE = re.compile(
    rf"(In|On) (?:(\d{{1,2}}) )?(?:({_MONTHS}) )?(\d{{4}})(?![\d'’])(,?) "
    r"(?!(?:and|or|to|through|until|till|alone|was|were|is|are|had|has|saw|brought|began|ended)\b|[-–—(])(?=\S)")
_MONTH_INDEX = {m: i for i, m in enumerate(_MONTHS.split("|"))}
_SEASON = ("winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn",
           "autumn", "winter")
_YEAR_RE = re.compile(r"\b\d{4}\b")
_UNIT_SPLIT = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z])")


def _lead_date(m: re.Match[str]) -> tuple[int | None, int | None, int]:
    day, month, year = m.group(2), m.group(3), m.group(4)
    return (int(day) if day and month else None), (_MONTH_INDEX[month] if month else None), int(year)


def _date_phrase(m: re.Match[str]) -> str:
    return ("on " if m.group(2) and m.group(3) else "in ") + m.group(0)[3:].split(",")[0].strip()


def _relative_leads(prev: re.Match[str], cur: re.Match[str]) -> list[str]:
    """Lead-in phrases for `cur` that say when it happened relative to `prev` (both start their text)."""
    (d0, m0, y0), (d1, m1, y1) = _lead_date(prev), _lead_date(cur)
    when = _date_phrase(cur)
    dated = f", {when}"
    out: list[str] = []
    # Compare only what both dates give: "in 2059" after "On 3 May 2059" is not earlier.
    if m0 is None or m1 is None:
        earlier = y1 < y0
    elif d0 is None or d1 is None:
        earlier = (y1, m1) < (y0, m0)
    else:
        earlier = (y1, m1, d1) < (y0, m0, d0)
    if earlier:
        return [f"Earlier, {when}", f"Before that, {when}"]
    if m1 is not None and m0 is not None and d1 is not None and d0 is not None:
        days = (y1 - y0) * 365 + (m1 - m0) * 30 + (d1 - d0)
        if days == 0:
            return ["That same day", f"The same day{dated}"]
        if days < 14:
            n = number_words(days)
            out += [f"{cap(n)} day{'s' if days > 1 else ''} later{dated}", f"A few days later{dated}"]
        elif days < 60:
            n = round(days / 7)
            out += [f"{cap(number_words(n))} weeks later{dated}", f"A few weeks later{dated}"]
            if (y1, m1) == (y0, m0):
                out.append(f"Later that month{dated}")
    if m1 is not None and m0 is not None and y1 == y0:
        if not out:
            if m1 == m0:
                out += [f"Later that month{dated}", f"Also {when}"]
            else:
                n = m1 - m0
                out += [f"{cap(number_words(n))} month{'s' if n > 1 else ''} later{dated}", f"Later that year{dated}"]
        if _SEASON[m1] != _SEASON[m0] or m1 == m0:
            out.append(f"That {_SEASON[m1]}{dated}")
        return out
    if out:
        return out
    k = y1 - y0
    short = m1 is None  # year-only dates: the relative phrase may stand without the year
    if k == 0:
        return [f"Also {when}", f"The same year{dated}", "That same year"]
    if k == 1:
        out = [f"The following year{dated}", f"A year later{dated}", f"The next year{dated}"]
        if short:
            out += ["The following year", "A year later"]
        return out
    if k < 100:  # spelled out: a sentence never opens with digits ("27 years on, in 2489")
        n = cap(_words_below_100(k))
        out = [f"{n} years later{dated}", f"{n} years on{dated}"]
        if short:
            out.append(f"{n} years later")
    if k >= 30:
        out.append(f"{'Decades' if k < 100 else 'Generations'} later{dated}")
    if k >= 100:
        out += [f"Much later{dated}", f"Long afterwards{dated}"]
    return out


_ONES_W = "zero one two three four five six seven eight nine".split()
_TENS_W = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_below_100(n: int) -> str:
    if n <= 20:
        return number_words(n)
    return _TENS_W[n // 10] + ("-" + _ONES_W[n % 10] if n % 10 else "")


def _first2(s: str) -> str:
    return " ".join(s.split(None, 2)[:2]).lower().strip(",;:")


def _vary_run(units: list[str], editable: list[bool] | None = None) -> list[str]:
    """Rewrite the date lead of any (editable) unit whose predecessor opened with a date lead as well."""
    prev_m: re.Match[str] | None = None
    prev_text = ""
    out: list[str] = []
    for i, u in enumerate(units):
        m = _LEAD_RE.match(u)
        if m is not None and prev_m is not None and (editable is None or editable[i]):
            opts = [o for o in _relative_leads(prev_m, m) if _first2(o) != _first2(prev_text)]
            if _YEAR_RE.search(prev_text, prev_m.end()):  # the predecessor names other dates: keep ours explicit
                opts = [o for o in opts if any(ch.isdigit() for ch in o)]
            if opts:
                lead = opts[zlib.crc32(u.encode()) % len(opts)]
                u = lead + ", " + u[m.end():]
                out.append(u)
                prev_m, prev_text = m, u  # the next unit is dated relative to this one's (unchanged) date
                continue
        out.append(u)
        prev_m, prev_text = m, u
    return out


def vary_date_leads(text: str) -> str:
    """Vary back-to-back 'In <year> ...' / 'On <date> ...' openings of paragraphs and of sentences.

    Only text outside opportunity spans is rewritten (a span's first paragraph still dates the next one).
    Runs before `extract_spans`, so span offsets are computed on the rewritten text.
    """
    if "In " not in text and "On " not in text:
        return text
    paras = text.split("\n\n")
    depth = 0
    units: list[str] = []  # paragraph heads as the lead matcher sees them (span markers stripped)
    editable: list[bool] = []
    for p in paras:
        head = p
        inside = depth > 0
        if head.startswith(SPAN_OPEN):
            inside = True
            head = head[head.find(SPAN_SEP) + 1:]
        depth += p.count(SPAN_OPEN) - p.count(SPAN_CLOSE)
        units.append(head)
        editable.append(not inside and SPAN_OPEN not in p and SPAN_CLOSE not in p)
    new = _vary_run(units, editable)
    changed = False
    for i, (old, nu) in enumerate(zip(units, new)):
        if old is not nu:
            paras[i] = nu
            changed = True
    for i, p in enumerate(paras):  # sentences inside one plain paragraph
        if editable[i] and p.count("In ") + p.count("On ") >= 2 and "\n" not in p:
            bits = _UNIT_SPLIT.split(p)
            sents, seps = bits[0::2], bits[1::2]
            vs = _vary_run(sents)
            if any(a is not b for a, b in zip(sents, vs)):
                paras[i] = "".join(s + (seps[j] if j < len(seps) else "") for j, s in enumerate(vs))
                changed = True
    return "\n\n".join(paras) if changed else text


# -- short forms of an organisation's name ------------------------------------------------------------------------
# Rules say {operator} wherever the operator is meant, so a document could name "Ludovisi Distribution" twenty times.
# A writer gives the full name once and then mostly a short form: the surname it was founded on ("Ludovisi"), or
# the kind of body it is ("the Authority", "the Office"). `vary_org_mentions` runs over the finished document.

_ORG_HEADS = frozenset(
    "Authority Trust Centre Center Office Service Agency Council Board Company Cooperative Group Bank Institute "
    "Commission Secretariat Registry Department Bureau Consortium Assembly Library Inspectorate Administration "
    "Association Academy Foundation Alliance Partnership Press Brigade Directorate Executive Ministry Tribunal "
    "Commissioner Observatory Laboratory Unit Collective Mutual Exchange Network Hospital Clinic Port Station "
    "Waterworks Archives Railways Hub".split()
)
_SENTENCE_END = re.compile(r'(?:[.!?]["\u201d]?|(?:^|\s)["\u201c])$')
_NO_THE_BEFORE = ("a ", "an ", "A ", "An ", "its ", "Its ", "their ", "Their ", "our ", "Our ", "this ", "This ")


def org_short_form(name: str) -> str | None:
    """The kind of body an organisation is, as its short form ("the Authority"), or None when its name does not say.

    A founder's surname ("Ludovisi" for Ludovisi Distribution) would read as a person ("the reply came back from
    Ludovisi"), and a bare city as the place, so neither is used.

    >>> org_short_form("the Joint Office for Autonomous Systems"), org_short_form("Bank of Piraino")
    ('the Office', 'the Bank')
    >>> org_short_form("Oss Port Authority"), org_short_form("Ludovisi Distribution")
    ('the Authority', None)
    """
    core = name[4:] if name.startswith("the ") else name
    words = core.split()
    if len(words) < 2:
        return None
    head_words = words
    for i, w in enumerate(words):
        if w in ("for", "of", "on") and i > 0:
            head_words = words[:i]
            break
    head = head_words[-1]
    if head in _ORG_HEADS:
        return f"the {head}"
    return None


def org_short_forms(world: Any) -> list[tuple[str, str]]:
    """(full name, short form) for the operator and the regulator of `world`, where a short form reads unambiguously:
    no other organisation of the story has that word in its name."""
    orgs = world.orgs
    out: list[tuple[str, str]] = []
    for key in ("operator", "regulator"):
        full = orgs[key]
        short = org_short_form(full)
        if short is None:
            continue
        word = short.split()[-1]
        if any(word in other.split() for k, other in orgs.items() if k != key) or word in world.ai.name:
            continue
        out.append((full, short))
    return out


def vary_org_mentions(text: str, full: str, short: str | None, rng: Random) -> str:
    """Keep the first prose mention of `full`; later ones become `short` (mostly) when `short` is given.

    Headings, table rows, list items, bylines and lines of under nine words are left alone (and do not count as the
    first mention). A kind-of-body short form ("the Board") replaces a mention with its article, and is not used after a
    determiner ("a Board spokesperson" would need the full name).
    """
    core = full[4:] if full.startswith("the ") else full
    if not short or core not in text:
        return text
    the_short = short.startswith("the ")
    n = len(core)
    out: list[str] = []
    seen = False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        first_in_para = True
        for li, line in enumerate(lines):
            if core not in line:
                continue
            bare = _SPAN_RE.sub("", line).lstrip()
            # Prose only: not headings, table rows, list items, bylines or address lines.
            if not bare or bare[0] in "#|*-" or " · " in bare or len(bare.split(None, 8)) < 9:
                continue
            parts: list[str] = []
            pos = 0
            k = line.find(core)
            while k >= 0:
                after = line[k + n : k + n + 1]
                if after and (after.isalnum() or after in "_-"):
                    k = line.find(core, k + 1)
                    continue
                art = line[k - 4 : k - 1] if k >= 4 and line[k - 4 : k] in ("the ", "The ") and (
                    k == 4 or not (line[k - 5].isalnum() or line[k - 5] == "_")) else None
                start = k - 4 if art else k
                whole = line[start : k + n]
                if not seen:
                    seen = True
                    rep = whole
                else:
                    keep = rng.random() < (0.35 if first_in_para else 0.15)
                    before = line[:start]
                    if keep or (art is None and the_short and (full.startswith("the ") or before.endswith(_NO_THE_BEFORE))):
                        rep = whole
                    elif not the_short:
                        rep = (art + " " if art else "") + short
                    else:
                        lead = _SPAN_RE.sub("", before).rstrip()
                        upper = art == "The" or not lead or _SENTENCE_END.search(lead) is not None
                        rep = ("The" if upper else "the") + short[3:]
                first_in_para = False
                parts.append(line[pos:start] + rep)
                pos = k + n
                k = line.find(core, pos)
            parts.append(line[pos:])
            lines[li] = "".join(parts)
        out.append("\n".join(lines))
    return "\n\n".join(out)


def find_word(text: str, word: str) -> int:
    r"""Where `word` first stands as a whole word in `text` (not inside a longer word or hyphenation), or -1: the
    same match as the regex (?<![\w-])word(?![\w-]), without compiling one regex per name."""
    k = text.find(word)
    n = len(word)
    while k >= 0:
        a, b = text[k - 1 : k], text[k + n : k + n + 1]
        if not (a and (a.isalnum() or a in "_-")) and not (b and (b.isalnum() or b in "_-")):
            return k
        k = text.find(word, k + 1)
    return -1
