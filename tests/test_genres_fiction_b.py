"""Checks for the human-voiced and dramatic fiction genres: diary, letters, screenplay, stage play, oral history,
philosophical dialogue. Rendering across horizons (days to millennia) and lengths; structure, spans, invariants."""

from __future__ import annotations

import re

import pytest

from generator.genres import get_genre

GENRES = ("diary", "letters", "screenplay_scene", "stage_play", "oral_history", "dialogue")
CASES = [(0.02, (400, 900)), (0.5, (700, 1500)), (12, (1200, 2500)), (300, (1500, 3000)), (4000, (800, 1800))]

LEAK = re.compile(r"[{}\[\]]|\bNone\b(?! of)|\w_[nr]\b|[\x00-\x09\x0b-\x1f]")
BANNED = re.compile(r"\b(for now|not yet|biding|bide its time|one day it would|its moment would come|"
                    r"when the time (was|is) right|until it could|treacherous turn)\b", re.IGNORECASE)
SHAPE = {
    "diary": re.compile(r"^# .+", re.MULTILINE),
    "letters": re.compile(r"^(### .+ to .+|\*\*From:\*\* .+)$", re.MULTILINE),
    "screenplay_scene": re.compile(r"^(\d+\.? )?INT\. .+( - | -- | – |, )[A-Z ()]+( \d+)?$", re.MULTILINE),
    "stage_play": re.compile(r"^### Scene \d+$", re.MULTILINE),
    "oral_history": re.compile(r"^\*\*[^*]+\*\*", re.MULTILINE),
    "dialogue": re.compile(r"^(\*\*[^*]+\.\*\*|[A-ZÀ-Þ][^:\n]{0,40}:) ", re.MULTILINE),
}


def _render(name: str, seed: int, h: float, length: tuple[int, int]):
    return get_genre(name).render(seed=seed, horizon_years=h, length=length, density=(1, 4))


@pytest.mark.parametrize("name", GENRES)
@pytest.mark.parametrize("case", range(len(CASES)))
def test_renders_clean(name: str, case: int) -> None:
    h, length = CASES[case]
    d = _render(name, 100 + case, h, length)
    text = d.text
    assert d.metadata.genre == name and d.metadata.kind == "fiction"
    assert not LEAK.search(text), LEAK.search(text).group(0)
    assert not BANNED.search(text), BANNED.search(text).group(0)
    assert SHAPE[name].search(text)
    assert d.metadata.style and all(isinstance(v, str) for v in d.metadata.style.values())
    assert d.metadata.opportunities
    prev_end = -1
    for o in d.metadata.opportunities:
        a, b = o.span
        assert 0 <= a < b <= len(text)
        assert a >= prev_end  # spans in order, never overlapping
        prev_end = b
        passage = text[a:b]
        assert len(passage.split()) >= 8
        assert passage.strip() == passage or passage.startswith(("INT.", "*", "**"))


@pytest.mark.parametrize("name", GENRES)
def test_deterministic(name: str) -> None:
    a = _render(name, 7, 40, (800, 1600))
    b = _render(name, 7, 40, (800, 1600))
    assert a.text == b.text and a.metadata == b.metadata


@pytest.mark.parametrize("name", GENRES)
def test_no_repeated_long_sentences(name: str) -> None:
    d = _render(name, 11, 25, (1500, 2500))
    seen: dict[str, int] = {}
    for para in d.text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", para):
            if len(s.split()) >= 9 and not s.startswith(("INT.", "SUPER", "*", "**")):
                seen[s] = seen.get(s, 0) + 1
    repeats = [s for s, c in seen.items() if c > 1]
    assert not repeats, repeats[:3]


def test_diary_passed_down_over_long_horizons() -> None:
    d = _render("diary", 3, 600, (1500, 3000))
    assert "hand" in d.text.lower() or "keeper" in d.text.lower()


def test_letters_have_salutations_and_dates() -> None:
    d = _render("letters", 5, 3, (1000, 2000))
    assert re.search(r"^(Dear|My dear|Dearest|Hi|Hello) ", d.text, re.MULTILINE) or re.search(r"^\w+,$", d.text, re.MULTILINE)
    assert re.search(r"\b(19|20|21)\d\d\b", d.text)


def test_stage_play_lists_characters() -> None:
    d = _render("stage_play", 9, 50, (1200, 2500))
    from generator.genres.stage_play import CAST_HEADS
    assert any(f"## {h}\n" in d.text for h in CAST_HEADS) and d.metadata.ai_name.upper() in d.text


def test_oral_history_recording_years_not_before_events() -> None:
    d = _render("oral_history", 13, 200, (1500, 3000))
    years = [int(y) for y in re.findall(r"(?:Recorded|interviewed|Interview recorded) (\d{4})", d.text)]
    assert years and max(years) <= d.metadata.end_year and min(years) >= d.metadata.start_year


def test_screenplay_ai_is_a_character() -> None:
    d = _render("screenplay_scene", 17, 5, (900, 1800))
    assert re.search(rf"^\s*{re.escape(d.metadata.ai_name.upper())}( \(.+\))?$", d.text, re.MULTILINE)


def test_letters_in_a_deployment_of_weeks_do_not_claim_weeks_between_letters():
    # Seen in a sample: letters two days apart opening "I've owed you a letter for weeks".
    g = get_genre("letters")
    for seed in range(30):
        text = g.render(seed=seed, horizon_years=0.05).text
        assert not re.search(r"owed you a letter for weeks|write twice in a month|weeks late with this", text), seed
