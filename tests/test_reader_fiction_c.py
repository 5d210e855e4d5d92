"""Reader defects in five fiction genres: short-story weather against the month, a novel chapter's weekly habit on the
day its scene is set, a myth's watcher described twice at first mention, kit lines whose {asset} does not fit the
verb, and screenplay action lines that name people never put on screen."""

from __future__ import annotations

import re
from random import Random

import pytest

from generator.genres import get_genre
from generator.genres import novel_chapter as nc
from generator.genres import science_fiction_passage as sf
from generator.genres import short_story as ss
from generator.narrate import Narrator
from generator.world import World
from reader_helpers import render_with_world

H = [0.05, 0.3, 1, 5, 30, 200, 1500]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _render(genre: str, seed: int, h: float | None = None) -> tuple[str, World]:
    return render_with_world(genre, seed, H[seed % 7] if h is None else h)


# ---------------------------------------------------------------------------------------------- short story
_COLD = re.compile(r"\b(?:[Ss]leet|[Ss]now|[Hh]ail|[Ff]rost|[Ff]reezing|clear and cold)\b")
_HOT = re.compile(r"\b(?:[Hh]eat|summer|still light at ten)\b")


def test_short_story_head_has_no_fixed_weather() -> None:
    """'Sleet hits the basement floor windows on 12 July 2033.'"""
    for sym, alts in ss.ShortStory.rules.items():
        if sym.startswith("ss_head"):
            assert not any("Sleet" in a or "clear and cold" in a for a in alts), sym


@pytest.mark.parametrize("seed", [1, 4, 9])
def test_short_story_weather_fits_the_month(seed: int) -> None:
    w = World.build(seed, 1.0, 2)
    nar = Narrator(w, Random(seed), ss.ShortStory.grammar(), "ss", "n")
    get_genre("short_story")._voice(nar)
    for k in range(12):
        t = k / 12 + 0.01
        sf.at(nar, t)
        month = MONTHS.index(w.day_month(t)[1])
        said = " ".join(str(nar.x.bindings[b]) for b in ("ss_pelt", "ss_sky") for _ in range(6))
        if w.domain.far_future:
            assert not re.search(r"\b(?:[Rr]ain|[Ss]leet|[Ss]now|sky)\b", said), said
        elif month in (5, 6, 7):
            assert not _COLD.search(said), (MONTHS[month], said)
        elif month in (11, 0, 1):
            assert not _HOT.search(said), (MONTHS[month], said)


@pytest.mark.parametrize("seed", [9, 49, 156, 216, 245, 247])
def test_short_story_no_sleet_in_summer(seed: int) -> None:
    text, w = _render("short_story", seed)
    for sen in re.split(r"(?<=[.!?])\s+", text):
        m = re.search(r"\b(May|June|July|August)\b", sen)
        assert not (m and _COLD.search(sen)), sen
        assert not (w.domain.far_future and re.search(r"\b(?:Rain|Sleet|Wind) (?:hit|hits)\b|sky over", sen)), sen


# ---------------------------------------------------------------------------------------------- novel chapter
_HABIT = [rf"\bat the [^.]* every {DAYS}", rf"\b{DAYS}s (?:belonged|belong) to", rf"free on {DAYS}s",
          rf"\b{DAYS}s (?:meant|mean) the", rf"\blos(?:t|es) an? {DAYS} to the vet"]


@pytest.mark.parametrize("seed", [2, 7, 18, 21, 22, 25, 30, 32])
def test_novel_chapter_habit_day_is_not_a_working_day(seed: int) -> None:
    """'Qori was at the swimming club every Monday' beside 'By 09:39 on the Monday, Qori had the workstation back'."""
    assert not any("{weekday}s <belonged" in a for k, v in nc.NovelChapter.rules.items() for a in v)
    text, _ = _render("novel_chapter", seed)
    habit, other = set(), set()
    for sen in re.split(r"(?<=[.!?])\s+", text):
        days = {m.group(1) for p in _HABIT for m in re.finditer(p, sen)}
        habit |= days
        if not days:
            other |= set(re.findall(DAYS, sen))
    assert not habit & other, (habit, other)


# ---------------------------------------------------------------------------------------------- far-future myth
def test_myth_watcher_described_once() -> None:
    """'first among them Necilal, keeper of the lamp-watch in that age, slow to trust'; 'the Notch-Counters, led by
    Radomír, who counted for the Notch-Counters then'."""
    for seed, h in ((22, 200), (46, 200), (33, 1500), (15, 30)):
        text, _ = _render("far_future_myth", seed, h)
        assert not re.search(r"(?:chief of them|first among them) [^\W\d_]+, (?:keeper|who|then|the watcher)", text)
        assert not re.search(r"\bled by [^\W\d_]+,? (?:one of|who counted|of the)", text)


# ---------------------------------------------------------------------------------------------- kit {asset} lines
def test_kit_asset_lines_fit_every_asset() -> None:
    """'until Raimondo has compared it with spare satellites'; 'a sensor on eligibility checks'."""
    bad = re.compile(r"compared it with \{asset\}|raw records from \{asset\}|a sensor on \{asset\}|\{asset\}'s")
    for sym, alts in sf.kit_rules().items():
        assert not any(bad.search(a) for a in alts), sym
    for seed in (14, 27, 71, 82):
        text, _ = _render("science_fiction_passage", seed)
        assert "compared it with" not in text or "compared it with the raw logs" in text
        assert " a sensor on " not in text


# ---------------------------------------------------------------------------------------------- screenplay
_WORDS = {"Rain", "Dawn", "Tea", "May", "June", "My", "Will", "Hope", "Grace", "Joy", "Sky", "Snow", "Day"}
_HEAD = re.compile(r"^(?:INT\.|EXT\.|INT/EXT|\d+ INT|\d+ EXT|TITLE CARD|CAPTION|SUPER|MONTAGE|SERIES OF SHOTS|QUICK CUTS|"
                   r"BLACK SCREEN|FADE|CUT TO|THE END|Screenplay|by )")


def _unseen_names_in_action(seed: int) -> list[str]:
    """People named in action lines (not speeches) whom the script has not yet put on screen in capitals."""
    text, w = _render("screenplay_scene", seed)
    firsts = {p.first for p in w.people if p.first} - _WORDS
    firsts -= set(re.findall(r"[^\W\d_]+", " ".join((w.ai.name, w.home, *w.orgs.values()))))
    lines = text.split("\n")
    bad, talk = [], False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            talk = False
            continue
        cue = re.sub(r"\s*\(.*\)$", "", s)
        if talk or ln.startswith(" ") or _HEAD.match(s):
            continue
        if cue == cue.upper() and any(c.isalpha() for c in cue):
            talk = True  # a cue: the speech runs to the next blank line
            continue
        seen = "\n".join(lines[:i + 1])
        for f in firsts:
            if re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", ln) and \
                    not re.search(r"(?<![\w-])" + re.escape(f.upper()) + r"(?![\w-])", seen):
                bad.append(f"{f}: {ln}")
    return bad


@pytest.mark.parametrize("seed", [10, 80, 130, 132, 137, 139, 161, 175, 197, 202, 206, 228])
def test_screenplay_action_names_only_people_on_screen(seed: int) -> None:
    """'Mikaela's lanyard hangs off the duty chair.' and on-screen log lines naming people the script never shows."""
    assert not _unseen_names_in_action(seed)


def test_audit_questions_do_not_date_the_episode_to_the_audit() -> None:
    """An auditor's question is asked at the audit, about an older decision: '{date}' there gave 'That night on
    30 January 2062' in an audit held on 30 January 2062 about a night in May 2061."""
    from generator.genres.screenplay_scene import ScreenplayScene
    from generator.genres.stage_play import StagePlay

    for genre in (ScreenplayScene, StagePlay):
        qs = genre.rules["dr_audit_q"]
        assert qs and not [q for q in qs if "{date}" in q], genre.name
