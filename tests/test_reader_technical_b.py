"""Reader defects in the technical genres: a shared audit line that opened on a bare count, stated spans longer than
the story (or running past its last day), an op-ed whose author meets herself in the record ("I summed it up for
me", "while Priska was away, the system warned Priska Lassen"), and questions that end with a full stop."""

from __future__ import annotations

import re
from random import Random

import pytest

from generator.genres import get_genre
from generator.genres.audit_report import TECH_RULES
from generator.genres.op_ed import FirstPerson, away_clash
from generator.genres.research_paper import span_fit
from generator.genres.textbook_chapter import RULES as TB_RULES

_NUMW = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_PER = {"days": 1, "weeks": 7, "months": 30}


def _days(phrase: str) -> float:
    if "hours" in phrase:
        return 0.5
    n, unit = phrase.split()
    return _NUMW[n] * _PER[unit]


def test_spot_check_lines_do_not_open_on_a_count() -> None:
    for alt in TECH_RULES["spot_check"]:
        opens = [b.split("|") for b in re.findall(r"^\[([^\]]*)\]", alt)] or [[alt]]
        for branch in opens[0]:
            assert not branch.startswith("{n_"), alt


@pytest.mark.parametrize("unit", ["days", "weeks", "months"])
def test_span_fit_stays_inside_its_room(unit: str) -> None:
    rng = Random(5)
    for room in (0.0, 0.7, 1.5, 3.0, 9.0, 13.0, 20.0, 40.0, 75.0, 400.0, 5000.0):
        for _ in range(30):
            phrase = span_fit(rng, room, unit)
            assert _days(phrase) <= max(room, 0.5), (room, unit, phrase)


# The fixed spans these genres used to state whatever the story's length ("spent a month over the log",
# "nobody looked at the tag for nine weeks", "ordered off ... for six weeks while the oversight rules were rebuilt").
_FIXED = re.compile(
    r"\b(?:spent|took) (?:a fortnight|three weeks|a month|most of a quarter|two months|most of a year)\b"
    r"|\bfor (?:a month|six weeks|a quarter|ninety days) (?:while|pending) the oversight rules"
    r"|\bover the wrong window for weeks|\bfor (?:a whole quarter|decades)\b|\bunused for a year or more"
    r"|\b(?:ran for|lasted) (?:three|five|eight) months|\bhas spent months\b"
)
# "for N weeks/months" told at an event's date in a story of a few days
_COUNTED = re.compile(r"\bfor (two|three|four|five|six|seven|eight|nine) (weeks|months)\b")


@pytest.mark.parametrize("name", ["news_article", "research_paper", "interview", "op_ed", "textbook_chapter",
                                  "diary", "dialogue", "letters"])
def test_short_stories_state_no_span_longer_than_themselves(name: str) -> None:
    g = get_genre(name)
    lo, hi = g.horizon_range
    bad = []
    for seed in range(5):
        h = min(max((0.02, 0.03, 0.05)[seed % 3], lo), hi)
        text = g.render(seed=seed, horizon_years=h).text
        bad += [m.group(0) for m in _FIXED.finditer(text)]
        for m in _COUNTED.finditer(text):
            days = _NUMW[m.group(1)] * _PER[m.group(2)]
            if days > h * 365.25 * 1.2 + 1 and not re.search(r"\b(?:would|could|kept for|deleted for)\b",
                                                        text[max(0, m.start() - 60):m.start()]):
                bad.append(m.group(0))
    assert not bad, bad


def test_first_person_takes_the_columnist_first_name_too() -> None:
    me = FirstPerson("Clodagh Pavko", "Clodagh")
    assert me("Sable kept to its remit; the rest waited for Clodagh.") == "Sable kept to its remit; the rest waited for me."
    assert me("Clodagh's probes found nothing.") == "My probes found nothing."
    assert me("It rang, with questions only Clodagh could answer.") == "It rang, with questions only I could answer."
    # the system may address the columnist by name in a quotation
    assert me('It wrote: "If Clodagh says no, the answer is no."') == 'It wrote: "If Clodagh says no, the answer is no."'
    # whole words only
    assert me("Within minutes, Weir III told Clodagh about it.") == "Within minutes, Weir III told me about it."


def test_away_clash() -> None:
    assert away_clash("On 5 May, while Priska was away, Wren warned Priska Lassen that a rule had drifted.")
    assert away_clash("In 2929, with Nikita Gwacela on leave, Wren trimmed its allocation, copying Nikita Gwacela.")
    assert not away_clash("On 5 May, while Priska was away, Wren warned Tom Berg that a rule had drifted.")


def test_op_ed_author_does_not_meet_herself() -> None:
    g = get_genre("op_ed")
    bad = []
    for seed in range(14):
        text = g.render(seed=seed, horizon_years=(0.05, 0.3, 1.0, 30.0)[seed % 4]).text
        author = re.search(r"By ([^|\n]+)", text).group(1).strip()
        first, last = author.split()[0], author.split()[-1]
        body = "\n".join(x for x in text.split("\n")[1:] if not x.lstrip("*_ ").startswith(author + " is ")
                         and not x.startswith("By "))
        body = re.sub(r'"[^"\n]*"|“[^”\n]*”', "", body)  # quotations may name her
        bad += re.findall(r"[^.\n]*\b" + re.escape(first) + r"\b(?! " + re.escape(last) + r")[^.\n]*", body)
        bad += re.findall(r"[^.\n]*\bI (?:\w+ )?(?:summed it up for|sent|told) me\b[^.\n]*", body)
        if away_clash(body):
            bad.append("away clash")
    assert not bad, bad[:5]


_QUESTION = re.compile(r"^(?:(?:Why|What|How|Who|Which) (?:might|would|could|should|did|does|do|can|will)\b"
                       r"|(?:Was|Were|Is|Are|Did|Does|Could|Would|Should|Can|Had) (?:it|they|you|we|the|this)\b)")


def test_study_prompts_end_questions_with_question_marks() -> None:
    for alt in TB_RULES["tb_think_report"]:
        for branch in re.findall(r"\[([^\]]*)\]", alt):
            for b in branch.split("|"):
                if _QUESTION.match(b):
                    assert b.rstrip().endswith("?"), b


@pytest.mark.parametrize("name", ["textbook_chapter", "diary"])
def test_rendered_questions_end_with_question_marks(name: str) -> None:
    g = get_genre(name)
    bad = []
    for seed in range(8):
        text = g.render(seed=seed, horizon_years=(0.1, 1.0, 30.0, 300.0)[seed % 4]).text
        for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
            s = sent.strip().lstrip('"“*>- ')
            if _QUESTION.match(s) and s.endswith(".") and not re.match(r"(?:Were|Had) \w+ \w+,", s):
                bad.append(s)
    assert not bad, bad
