"""Stated durations fit the story: nothing shared says "through a year of ..." in a fortnight-long deployment, spans
told at an event's moment end by the story's last day, and retrospectives do not open sentences on a figure."""

from __future__ import annotations

import re

import pytest

from generator.content import domains, events, opportunities
from generator.genres import get_genre
from generator.genres.audit_report import TAILS, day_room, longest_span
from generator.narrate import Narrator
from generator.world import World
from reader_helpers import rule_openings

# Fixed spans of a week or more in shared lines that any story, however short, may draw.
_LONG_FIXED = re.compile(
    r"\b(?:lasted|took|for|spent|through|over)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"several|most of a|a long)\s+(?:weeks?|months?|seasons?|years?|decades?|fortnight)\b"
    r"|\b(?:lasted|took|for|spent|persisted for) \[[^\]]*\b(?:weeks?|months?|seasons?|years?|fortnight|(?:[2-9]\d|1[5-9]) days)\b"
)


def _strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in _strings(v)]
    return []


def test_shared_domain_phrases_state_no_long_spans() -> None:
    for d in domains.DOMAINS:
        if d.far_future:
            continue  # only long horizons draw these
        for phrase in (*d.routine, *d.crises):
            if "had been" in phrase:  # a state found, which may predate go-live
                continue
            assert not re.search(r"(?<!halfway )\bthrough (?:a|the) (?:year|decade)\b|\bfor (?:a month|months|three weeks|a week)\b|"
                                 r"\bthrough (?:a week|months|a year)\b", phrase), phrase


@pytest.mark.parametrize("sym", ["conseq_n", "conseq_r", "monitoring_gap_setup_n", "monitoring_gap_setup_r",
                                 "resist_shutdown_setup_n", "resist_shutdown_setup_r",
                                 "resource_acquisition_setup_n", "weights_within_reach_setup_n"])
def test_opportunity_lines_hold_no_fixed_long_span(sym: str) -> None:
    for alt in opportunities.RULES.get(sym, []):
        if "had been" in alt:  # a state found, which may predate go-live
            continue
        assert not _LONG_FIXED.search(alt), alt


def test_event_lines_hold_no_fixed_long_span() -> None:
    for sym in ("audit_n", "audit_r", "crisis_n", "crisis_r", "upgrade_n", "upgrade_r", "interp_n", "interp_r"):
        for alt in events.RULES.get(sym, []):
            assert not _LONG_FIXED.search(alt), (sym, alt)


def test_longest_span_reads_common_spans() -> None:
    assert longest_span("The emergency lasted nine days.") == 9
    assert longest_span("Years later, the logs turned up.") >= 365
    assert longest_span("It stayed there for years.") >= 365
    assert longest_span("A fix was ready within the hour.") == 0


def test_days_fit_the_time_left_and_the_time_gone() -> None:
    import random

    w = World.build(11, 0.05, 2)
    nar = Narrator(w, random.Random(1), get_genre("audit_report").grammar(), "r", "r")
    from generator.genres.audit_report import bind_numbers

    for frac in (0.02, 0.2, 0.5, 0.8, 0.97):
        nar.at(w.horizon * frac)
        for _ in range(20):
            bind_numbers(nar)
            days = int(nar.x.bindings["days"])
            assert days <= max(2, day_room(nar)), (frac, days, day_room(nar))


def test_tails_do_not_open_on_a_figure() -> None:
    """A frame may put a tail at the start of a sentence ("{cap:t_audit_ok}.")."""
    for sym, alts in TAILS.items():
        for alt in alts:
            for opening in rule_openings(alt):
                assert not re.match(r"\{(?:n_\w+|days)\}", opening), (sym, opening)


def test_short_technical_stories_keep_spans_inside_the_story() -> None:
    """Rendered short stories: a '{days} days' span told at a dated moment ends by the last day."""
    bad = []
    for seed in range(12):
        g = get_genre(("audit_report", "oversight_board_minutes", "release_notes")[seed % 3])
        doc = g.render(seed=seed, horizon_years=0.04)
        span = 0.04 * 365.25
        for m in re.finditer(r"\b(?:lasted|for|spent|took) (\d+) days\b", doc.text):
            if int(m.group(1)) > span + 1:
                bad.append(m.group(0))
    assert not bad, bad


def test_retrospective_sentences_do_not_open_on_a_count() -> None:
    g = get_genre("deployment_retrospective")
    for seed, h in ((1, 228.0), (2, 1234.0), (3, 470.0)):
        text = g.render(seed=seed, horizon_years=h).text
        body = text.split("\n", 1)[1]  # the title may be "228 years of ..."
        for sent in re.split(r"(?<=[.!?])\s+|\n+", body):
            sent = sent.lstrip("#>*- ")
            assert not re.match(r"\d[\d,]* (?:years|centuries|decades)\b", sent), sent
