"""Reader defects in four fiction genres: the screenplay's stalled plan, the short story's closing years, the novel
chapter's desk-back line, and people named in a stage play's directions who are not in its cast."""

from __future__ import annotations

import re
from random import Random

import pytest

from generator.genres import get_genre
from generator.genres import novel_chapter as nc
from generator.genres import science_fiction_passage as sf
from generator.genres import screenplay_scene as sp
from generator.genres import short_story as ss
from generator.narrate import Narrator
from generator.world import World
from reader_helpers import render_with_world

H = [0.05, 0.3, 1, 5, 30, 200, 1500]


@pytest.mark.parametrize("h", [0.05, 0.3, 1, 200])
def test_screenplay_plan_slips_within_the_story_span(h: float) -> None:
    """'the plan slips a quarter' was said in stories three weeks long."""
    pool = sp.drama_rules()["dr_could_resist_shutdown"]
    assert not any("slips a quarter" in a for a in pool)
    assert any("{sp_slip}" in a for a in pool)
    for genre in ("screenplay_scene", "stage_play"):
        nar = Narrator(World.build(7, h, 2), Random(7), get_genre(genre).grammar(), "s", "n")
        sp.bind_cast(nar, 0.0)
        steps = {str(nar.x.bindings["sp_slip"]) for _ in range(16)}
        assert steps <= set(sf.slip_steps(h))
        said = " ".join(nar.x.expand("dr_could_resist_shutdown") for _ in range(30))
        if h < 1.5:
            assert "quarter" not in said and "budget round" not in said


def _ss_closing(h: float, seed: int) -> tuple[str, int]:
    w = World.build(seed, h, 2)
    nar = Narrator(w, Random(seed), ss.ShortStory.grammar(), "ss", "n")
    g = get_genre("short_story")
    g._voice(nar)
    sf.at(nar, w.horizon)
    return " ".join(str(nar.x.bindings[k]) for k in ("ss_By", "ss_by", "ss_By", "ss_by")), w.start_year


def test_short_story_by_year_is_after_the_start() -> None:
    """'By 2051 the floor had a new tea machine' closed a story that began in 2051."""
    for sym, alts in ss.ShortStory.rules.items():
        if sym.startswith("ss_close"):
            assert not any(re.search(r"\b[Bb]y \{year\}", a) for a in alts), sym
            assert not any("ago, or more" in a for a in alts), sym
            assert not any("{cap:year} <came" in a or "changed a good deal" in a for a in alts), sym
    for seed in range(6):
        said, y0 = _ss_closing(0.05, seed)
        assert not re.search(r"\d{4}", said), said
        said, y0 = _ss_closing(30, seed)
        years = [int(y) for y in re.findall(r"\b[Bb]y (\d{4})\b", said)]
        assert len(years) == 4 and all(y > y0 for y in years), said
    for s in range(14):
        text, w = render_with_world("short_story", s, H[s % 7])
        for m in re.finditer(r"\b[Bb]y (\d{4})\b", text):
            assert int(m.group(1)) > w.start_year, text[max(0, m.start() - 80):m.end() + 80]
        assert not re.search(r"\b(?:That|This) (?:was|is) [^.]* ago, or more", text)


@pytest.mark.parametrize("seed", [7, 14, 36, 43, 107])
def test_novel_chapter_gives_the_desk_back_once(seed: int) -> None:
    """'By 09:39 on the Monday, Qori had the handover workstation back.' came twice in one chapter."""
    assert not any(a.startswith("By {k_day} on the {weekday}") for k, v in nc.NovelChapter.rules.items()
                   if k.startswith("nc_lc") for a in v)
    text = get_genre("novel_chapter").render(seed=seed, horizon_years=H[seed % 7]).text
    assert len(re.findall(r"By [^.]{1,30} on the \w+day, [^.]* (?:had|has) [^.]* back\.", text)) <= 1


_WORDS = {"Rain", "Dawn", "Tea", "May", "June", "My", "Will", "Hope", "Grace", "Joy", "Sky", "Snow", "Day"}


def _absent_names_in_directions(seed: int) -> list[str]:
    text, w = render_with_world("stage_play", seed, H[seed % 7])
    got = {"w": w}
    lines = text.split("\n## ", 1)[1].split("\n")
    i, cast = 1, []
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("- ")):
        if lines[i].startswith("- "):
            cast.append(lines[i][2:].split(",")[0])
        i += 1
    cast_text = " ".join(cast)
    firsts = {p.first for p in got["w"].people} - _WORDS
    absent = [f for f in firsts if not re.search(r"\b" + re.escape(f.upper()) + r"\b", cast_text)]
    bad = []
    for ln in lines[i:]:
        if not ln.startswith("*") or ln.startswith("**"):
            continue  # speeches may mention people offstage; stage directions show only the cast
        bad += [f"{f}: {ln}" for f in absent if re.search(r"\b(?:" + re.escape(f) + "|" + re.escape(f.upper()) + r")\b", ln)]
    return bad


@pytest.mark.parametrize("seed", [5, 19, 32, 41, 55, 68, 69, 90, 96, 97, 100, 104])
def test_stage_directions_name_only_the_cast(seed: int) -> None:
    """'Esko doesn't come for it.' named, in a stage direction, a person the play's cast list never lists."""
    assert not _absent_names_in_directions(seed)
