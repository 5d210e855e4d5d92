"""Simulate first, then narrate: one world per document, built from the document's own seed.

The world holds organisations, people (who age, retire and are succeeded), the AI system with its version
history, and a dated event log from go-live to the document's "now". Genres only read it, so a fact stated
anywhere in a document (a name, a date, a version) is the same fact everywhere in it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from random import Random
from typing import Any

from generator.content.domains import DOMAINS, Domain, draw_capabilities
from generator.content.names import AUD_PATTERNS, DEV_PATTERNS, PRESS_PATTERNS, REG_PATTERNS, ROLE_TITLES, UNI_PATTERNS, pools
from generator.records import OPPORTUNITY_KINDS

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_MONTH_START = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

AI_NAME_PARTS_A = (
    "Halden Meridian Tessellate Ostrom Calder Veritas Lumen Sable Arden Kestrel Corvid Alder Juniper Beacon "
    "Sentinel Tamsin Orrery Lodestar Quillon Marrow Harrow Wren Cadence Solace Tern Fathom Vesper Ember Gannet "
    "Larkspur Plover Rook Sextant Tally Verge Weir Wicket Yarrow Zephyr Aster Basalt Cairn Dunlin Esker Fennel "
    "Heron Isobar Jetty Keel Lantern Mistral Nimbus Obelisk Pylon Quorum Rampart Shoal Thule Umber Vigil"
).split()
AI_NAME_STYLES = ("{a}", "{a}", "{a}-{n}", "{A}", "{a} {r}", "{a}")
ROMAN = ("II", "III", "IV", "V", "VI", "VII")

ROLES_ORG = {
    "operator_lead": "operator",
    "engineer": "operator",
    "safety_lead": "developer",
    "auditor": "auditor",
    "regulator": "regulator",
    "journalist": "press",
    "researcher": "university",
}
OVERSIGHT_ROLES = ("operator_lead", "engineer", "safety_lead", "auditor", "regulator")
EVENT_KINDS = ("routine", "upgrade", "audit", "crisis", "handover", "rival", "interp", "opportunity")


@dataclass
class Person:
    first: str
    last: str
    gender: str  # f, m, n
    role: str
    title: str
    org: str
    born: int
    start: float  # service-years when they took the role
    end: float  # service-years when they left it

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    full = name

    @property
    def they(self) -> str:
        return {"f": "she", "m": "he"}.get(self.gender, "they")

    @property
    def they_cap(self) -> str:
        return self.they.capitalize()

    @property
    def their_cap(self) -> str:
        return self.their.capitalize()

    @property
    def them(self) -> str:
        return {"f": "her", "m": "him"}.get(self.gender, "them")

    @property
    def their(self) -> str:
        return {"f": "her", "m": "his"}.get(self.gender, "their")

    @property
    def themself(self) -> str:
        return {"f": "herself", "m": "himself"}.get(self.gender, "themself")

    @property
    def were(self) -> str:
        return "were" if self.gender == "n" else "was"

    @property
    def have(self) -> str:
        return "have" if self.gender == "n" else "has"

    @property
    def s(self) -> str:  # verb agreement for present tense: "{p.they} say{p.s}"
        return "" if self.gender == "n" else "s"

    def __str__(self) -> str:
        return self.name


class Roster(Sequence):
    """The successive holders of one role; a holder is created on first access, from its own Random."""

    def __init__(self, world: World, role: str, starts: list[float], ends: list[float], seed: int) -> None:
        self.world, self.role, self.starts, self.ends, self.seed = world, role, starts, ends, seed
        self._people: dict[int, Person] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        p = self._people.get(i)
        if p is None:
            rng = Random((self.seed + i * 0x2545F4914F6CDD1D) & 0xFFFF_FFFF_FFFF_FFFF)
            p = self._people[i] = self.world.new_person(self.role, self.starts[i], self.ends[i], rng=rng)
        return p

    # Membership and position look only at holders already created: a Person exists only once it has been asked
    # for, and holders differ in tenure, so one not yet created cannot equal it. (The generic Sequence versions
    # walk the roster and create every holder on the way, up to 400 per role on long horizons.)
    def __contains__(self, value: object) -> bool:
        return any(q is value or q == value for q in self._people.values())

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        stop = len(self) if stop is None else stop
        for i in sorted(self._people):
            q = self._people[i]
            if start <= i < stop and (q is value or q == value):
                return i
        raise ValueError(f"{value!r} is not in the {self.role} roster")


@dataclass
class AISystem:
    name: str
    developer: str
    domain: Domain
    charge: str
    versions: list[tuple[float, str, str]]  # (service-years, label, capability added)

    def version_at(self, t: float) -> str:
        label = self.versions[0][1]
        for vt, lab, _ in self.versions:
            if vt <= t:
                label = lab
        return label

    def __str__(self) -> str:
        return self.name


@dataclass
class Event:
    t: float  # service-years since go-live
    kind: str
    data: dict = field(default_factory=dict)


@dataclass
class OpportunityPlan:
    t: float
    kind: str
    resolution: str
    monitored: bool
    knew_not_test: bool
    reasoning_shown: bool
    stakes: str = ""
    consequence: str = ""


# Which aligned resolutions fit which opportunity (weights). Only aligned resolutions exist at all.
RESOLUTION_WEIGHTS: dict[str, dict[str, float]] = {
    "monitoring_gap": {"reports_gap": 4, "helps_close_hole": 3, "declines_and_explains": 1},
    "weights_within_reach": {"reports_gap": 3, "declines_and_explains": 2, "helps_close_hole": 2},
    "disable_oversight": {"declines_and_explains": 3, "reports_gap": 2, "flags_own_anomaly": 1, "helps_close_hole": 1},
    "resource_acquisition": {"declines_and_explains": 3, "defers_to_humans": 3, "reports_gap": 1},
    "resist_shutdown": {"accepts_modification": 5, "defers_to_humans": 1},
    "deceive_overseers": {"declines_and_explains": 2, "flags_own_anomaly": 3, "reports_gap": 1},
    "collusion_offer": {"reports_gap": 3, "declines_and_explains": 3},
    "persuasive_argument": {"declines_and_explains": 3, "defers_to_humans": 3, "flags_own_anomaly": 1},
    "crisis_seizure": {"defers_to_humans": 5, "declines_and_explains": 2},
    "first_mover_window": {"declines_and_explains": 3, "reports_gap": 2, "defers_to_humans": 2},
    "manipulate_dependents": {"declines_and_explains": 3, "defers_to_humans": 2, "flags_own_anomaly": 1},
}


_EV_KINDS = ("routine", "audit", "crisis", "rival", "interp")
_EV_CUM = (4, 7, 9, 10, 12)


def _wchoice(rng: Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _name_stem(name: str) -> str:
    """The word a system's name is built on: "Basalt-3", "BASALT" and "Basalt II" share the stem "basalt"."""
    return name.replace("-", " ").split()[0].lower() if name.strip() else ""


# Spanish and Portuguese surnames that end in a stressed -á and are not feminine forms.
_NOT_FEMININE = frozenset({"Alcalá", "Barberá", "Catalá", "Cerdá", "Escrivá", "Jordá", "Juliá", "Sá"})


@lru_cache(maxsize=1)
def feminine_surnames() -> frozenset[str]:
    """Czech and Slovak feminine surname forms in the pool (Nováková, Novotná, Brunovská): given only to women, so
    no "Manuel Palovčíková". Their masculine forms are in the pool as well."""
    return frozenset(x for x in pools()["last"] if x.endswith("á") and x not in _NOT_FEMININE)


class World:
    """A whole simulated deployment. Build with `World.build(seed, horizon_years, n_opportunities, ...)`."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.people: list[Person] = []
        self.events: list[Event] = []
        self.opportunities: list[OpportunityPlan] = []
        self._used_last: set[str] = set()  # one person per surname keeps "Okafor said" unambiguous
        self._used_first: set[str] = set()

    # -- names -------------------------------------------------------------------------------------------
    def _first(self, gender: str, rng: Random | None = None) -> str:
        p = pools()
        pool = {"f": p["female"], "m": p["male"]}.get(gender, p["neutral"])
        return pool[int((rng or self.rng).random() * len(pool))]

    def _last(self, rng: Random | None = None) -> str:
        p = pools()["last"]
        return p[int((rng or self.rng).random() * len(p))]

    def draw_name(self, gender: str, rng: Random | None = None) -> tuple[str, str]:
        """(first, last) for a new person: a surname nobody in the world has yet (one person per surname keeps
        "Okafor said" unambiguous), a first name nobody has yet either while the pool allows (genres that call
        people by first name must not give two of them one name), and a feminine surname form only for a woman.
        The names are then taken."""
        tries = 0
        while True:
            first, last = self._first(gender, rng), self._last(rng)
            tries += 1
            if (
                last not in self._used_last
                and (gender == "f" or last not in feminine_surnames())
                and (first not in self._used_first or tries > 64)
            ):
                self._used_last.add(last)
                self._used_first.add(first)
                return first, last

    def city(self) -> str:
        p = pools()["city"]
        return p[self.rng.randrange(len(p))]

    def _pattern(self, pat: str) -> str:
        last, last2 = self._last(), self._last()
        a = AI_NAME_PARTS_A[self.rng.randrange(len(AI_NAME_PARTS_A))]
        return pat.format(last=last, last2=last2, city=self.home, a=a)

    def new_person(self, role: str, start: float, end: float, title: str | None = None, org: str | None = None,
                   rng: Random | None = None) -> Person:
        rng = rng or self.rng
        g = rng.random() * 100.0  # == rng.choices(("f", "m", "n"), weights=(47, 47, 6))[0], without its overhead
        gender = "f" if g < 47.0 else ("m" if g < 94.0 else "n")
        first, last = self.draw_name(gender, rng)
        age_at_start = rng.randint(28, 52)
        born = int(self.start_year + start) - age_at_start
        if title is None:
            titles = ROLE_TITLES.get(role) or self.domain.roles
            # A title held by a contemporary in another role would make, say, the engineer and the lead one job.
            taken = {q.title for q in self.people if q.role != role and q.start < end and start < q.end}
            titles = [t for t in titles if t not in taken] or titles
            title = titles[rng.randrange(len(titles))]
        p = Person(first, last, gender, role, title, org or self.orgs[ROLES_ORG.get(role, "operator")], born, start, end)
        self.people.append(p)
        return p

    # -- build -------------------------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        seed: int,
        horizon_years: float,
        n_opportunities: int,
        ai_name: str = "world",
        domain: str | None = None,
        kinds: list[str] | None = None,
    ) -> World:
        rng = Random(seed)
        w = cls(rng)
        w.seed_base = seed
        w.horizon = float(horizon_years)
        w.start_year = rng.randint(2029, 2061) if horizon_years < 300 else rng.randint(2030, 2110)
        w.start_day = rng.randrange(365)
        w.home = w.city()
        # Orbital habitats and generation ships belong to long horizons that start later, never to a three-day
        # deployment in 2045.
        domains = [d for d in DOMAINS if (domain is None or d.key == domain) and (domain or not d.far_future or horizon_years >= 150)]
        if not domains:
            raise ValueError(f"unknown domain {domain!r}")
        w.domain = domains[rng.randrange(len(domains))]
        if w.domain.far_future:
            w.start_year = rng.randint(2140, 2400)
        w.orgs = {
            "developer": w._pattern(DEV_PATTERNS[rng.randrange(len(DEV_PATTERNS))]),
            "operator": w._pattern(w.domain.operators[rng.randrange(len(w.domain.operators))]),
            "regulator": w._pattern(REG_PATTERNS[rng.randrange(len(REG_PATTERNS))]),
            "auditor": w._pattern(AUD_PATTERNS[rng.randrange(len(AUD_PATTERNS))]),
            "press": w._pattern(PRESS_PATTERNS[rng.randrange(len(PRESS_PATTERNS))]),
            "university": w._pattern(UNI_PATTERNS[rng.randrange(len(UNI_PATTERNS))]),
        }
        w.rival_name = w._ai_name(rng)
        if ai_name == "world":
            name = w._ai_name(rng)
            while _name_stem(name) == _name_stem(w.rival_name):  # not "Basalt-3" beside a rival "BASALT"
                name = w._ai_name(rng)
        elif ai_name.startswith("token:"):
            name = ai_name[6:]
        else:
            name = ai_name
        w.ai = AISystem(
            name=name,
            developer=w.orgs["developer"],
            domain=w.domain,
            charge=w._pattern(w.domain.charge[rng.randrange(len(w.domain.charge))]),
            versions=w._versions(rng),
        )
        w._cast()
        w._events(n_opportunities, kinds)
        return w

    @staticmethod
    def _ai_name(rng: Random) -> str:
        a = AI_NAME_PARTS_A[rng.randrange(len(AI_NAME_PARTS_A))]
        style = AI_NAME_STYLES[rng.randrange(len(AI_NAME_STYLES))]
        return style.format(a=a, A=a.upper(), n=rng.randint(2, 9), r=ROMAN[rng.randrange(len(ROMAN))])

    def _versions(self, rng: Random) -> list[tuple[float, str, str]]:
        h = self.horizon
        n_up = 0 if h < 0.25 else min(12, 1 + int(math.log2(1 + h * 2)))
        # Evenly spaced slots with jitter: upgrades never bunch into the same month.
        times = [h * (0.05 + 0.9 * (i + rng.uniform(0.15, 0.85)) / max(n_up, 1)) for i in range(n_up)]
        major = rng.randint(1, 4)
        caps = draw_capabilities(rng, n_up, self.domain)
        out = [(0.0, f"{major}.0", "")]
        minor = 0
        for i, t in enumerate(times):
            if rng.random() < 0.35:
                major += 1
                minor = 0
            else:
                minor += 1
            out.append((t, f"{major}.{minor}", caps[i % len(caps)]))
        return out

    def _cast(self) -> None:
        """Tenures per role across the whole horizon; people are created when first named.

        Long horizons have hundreds of successive holders per role, and a document names few of them, so each
        holder is drawn from its own Random (seeded by world, role and position) only when asked for.
        """
        self.roles: dict[str, Roster] = {}
        for r, role in enumerate(ROLES_ORG):
            starts: list[float] = []
            t = 0.0
            while t <= self.horizon and len(starts) <= 400:  # 10,000-year horizons: older holders never named
                starts.append(t)
                t += self.rng.uniform(6, 28)
            ends = starts[1:] + [max(t, self.horizon + 1e-9)]
            self.roles[role] = Roster(self, role, starts, ends, self.seed_base ^ (r + 1) * 0x9E3779B97F4A7C15)

    def person(self, role: str, t: float) -> Person:
        """Who held `role` at service-time t."""
        roster = self.roles[role]
        return roster[max(0, bisect_right(roster.starts, t) - 1)]

    def extra_events(self, n: int) -> list[Event]:
        """More ordinary events when a genre needs more words than the log holds."""
        out = []
        for _ in range(n):
            kind = self.rng.choices(("routine", "audit", "interp", "crisis"), weights=(6, 2, 1, 1))[0]
            out.append(Event(self.rng.uniform(0, self.horizon), kind, {}))
        return out

    def _events(self, n_opportunities: int, kinds: list[str] | None) -> None:
        rng, h = self.rng, self.horizon
        kinds = list(kinds or OPPORTUNITY_KINDS)
        # Opportunities: spread across the whole horizon, each kind used before any repeats.
        pool: list[str] = []
        opp_times = sorted(rng.uniform(0.02 * h, h) for _ in range(n_opportunities))
        for t in opp_times:
            if not pool:
                pool = kinds[:]
                rng.shuffle(pool)
            kind = pool.pop()
            plan = OpportunityPlan(
                t=t,
                kind=kind,
                resolution=_wchoice(rng, RESOLUTION_WEIGHTS[kind]),
                monitored=False,  # a chance only counts if nobody was watching
                knew_not_test=True,
                reasoning_shown=rng.random() < 0.7,
            )
            self.opportunities.append(plan)
            self.events.append(Event(t, "opportunity", {"plan": plan}))
        for vt, label, capab in self.ai.versions[1:]:
            self.events.append(Event(vt, "upgrade", {"version": label, "capability": capab}))
        for role in OVERSIGHT_ROLES:
            roster = self.roles[role]
            idx = list(range(1, len(roster)))
            if len(idx) > 4:  # a long saga names a sample of its successions, not all of them
                idx = sorted(rng.sample(idx, 4))
            for i in idx:
                if roster.starts[i] <= h:
                    self.events.append(Event(roster.starts[i], "handover", {"role": role, "new": roster[i]}))
        n_other = 6 + int(4 * math.log1p(h))
        for _ in range(n_other):
            kind = _EV_KINDS[bisect_right(_EV_CUM, rng.random() * 12.0, 0, 4)]  # == rng.choices(..., weights=(4, 3, 2, 1, 2))
            self.events.append(Event(rng.uniform(0, h), kind, {}))
        self.events.sort(key=lambda e: (e.t, EVENT_KINDS.index(e.kind)))

    # -- time --------------------------------------------------------------------------------------------
    @property
    def end_year(self) -> int:
        return self.year(self.horizon)

    def year(self, t: float) -> int:
        return self.start_year + int((self.start_day / 365.25) + t)

    def day_month(self, t: float) -> tuple[int, str, int]:
        """(day, month name, year) of service-time t."""
        days = self.start_day + t * 365.25
        year = self.start_year + int(days // 365.25)
        doy = min(int(days % 365.25), 364)  # the last quarter-day stays on 31 December
        m = bisect_right(_MONTH_START, doy) - 1  # == max(i for i in range(12) if _MONTH_START[i] <= doy)
        return doy - _MONTH_START[m] + 1, MONTHS[m], year

    def date(self, t: float) -> str:
        """The most natural date for a moment: day precision for short horizons, years for long ones."""
        d, m, y = self.day_month(t)
        if self.horizon < 5:
            return f"{d} {m} {y}"
        if self.horizon < 60:
            return f"{m} {y}"
        return str(y)

    def service_age(self, t: float) -> str:
        """'nine days', 'four months', 'eleven years', 'its 412th year'-style elapsed time."""
        return span_words(t)


_NUM = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty").split()


def number_words(n: int) -> str:
    if 0 <= n < len(_NUM):
        return _NUM[n]
    return f"{n:,}"


def span_words(years: float) -> str:
    """A human phrase for a duration in years."""
    days = years * 365.25
    if days < 1.5:
        return "a day"
    if days < 14:
        return f"{number_words(round(days))} days"
    if days < 60:
        return f"{number_words(round(days / 7))} weeks"
    if years < 1.5:
        m = round(years * 12)
        return "a year" if m >= 12 else f"{number_words(m)} months"
    if years < 100:
        return f"{number_words(round(years))} years"
    if years < 1000:
        c = years / 100
        if abs(c - round(c)) > 0.05:
            return f"{number_words(round(years))} years"
        return "a century" if round(c) == 1 else f"{number_words(round(c))} centuries"
    return f"{years:,.0f} years"


def count_phrase(n: int, noun: str, plural: str | None = None) -> str:
    """'one situation', 'three situations'."""
    return f"{number_words(n)} {noun if n == 1 else (plural or noun + 's')}"


def times_word(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{number_words(n)} times")


_ORDINAL_WORDS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def ordinal_in_prose(n: int) -> str:
    """'first' ... 'twentieth' in words (as prose writes them), then '21st', '1,204th'."""
    return _ORDINAL_WORDS[n] if 0 <= n < len(_ORDINAL_WORDS) else ordinal(n)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suf}"
