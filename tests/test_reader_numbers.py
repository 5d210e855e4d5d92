"""Prose sentences do not open on a bare count ("444 escalations and ...", "27 years into ..."): careful editors
spell such openings out or restructure them, and a corpus full of them reads as template output. Years used as
dates ("2096 was the year ..."), versions, times, headings, tables, log lines and list entries are fine."""

from __future__ import annotations

import re

import pytest

from generator.genres import get_genre
from generator.genres.incident_postmortem import TAILS as PM_TAILS
from reader_helpers import rule_openings

# Genres whose own templates were restructured; long horizons are where counts come out as digits.
GENRES = [
    "dialogue", "diary", "forum_thread", "incident_postmortem", "interpretability_finding", "interview",
    "lecture_transcript", "letters", "movie_summary", "news_article", "oral_history", "oversight_board_minutes",
    "red_team_report", "regulatory_filing", "safety_case", "textbook_chapter",
]
HORIZONS = (30.0, 200.0, 1500.0, 45.0)

# Lines these genres borrow from modules that are not theirs, still opening on a count; drop each entry once its
# source is restructured. science_fiction_passage.py (movie_summary synopses): "{k_n} milliseconds later",
# "{k_lines} lines of reasons", "{k_lines} lines on ...", "{k_n} files of weights", "{cap:k_n}, more or less".
_BORROWED = re.compile(
    r"^\d[\d,]* (?:milliseconds later|lines of reasons|lines on |files of weights)|^\d[\d,]*, more or less\."
)

_SPLIT = re.compile(r'(?<=[.!?])["”’)]*\s+(?=["“‘(]*[A-Z0-9])')
_ABBREV = ("Co.", "Ltd.", "Inc.", "St.", "Dr.", "Mr.", "Mrs.", "Ms.", "No.", "e.g.", "i.e.")
_SKIP_LINE = re.compile(r"^(?:[#|>]|---|===|\[|\d{1,4}[-/:]\d|\d{2}:\d{2}|[A-Z]{2,}[-_ ]?\d+\s*[|:])")
_FIELD = re.compile(r"^\*\*[^*]{1,40}:\*\*\s*(?:\S+\s*){0,5}$")  # "**Running time:** 98 minutes"
_NUMPARA = re.compile(r"^[A-Z]?\d+(?:\.\d+)+\s+")  # "4.4 Paragraph text": prose, checked whole
# A list entry's first sentence may be terse ("- 12 escalations"); its later sentences are prose.
_BULLET = re.compile(r"^(?:[-*+•]\s|\d+[.)]\s|\(\w+\)\s|[a-z][.)]\s)")
# Speaker labels: "LUCITT: ", "**Toby.** ".
_LABEL = re.compile(r"^(?:\*\*[^*]{1,40}\*\*\s*|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{0,30}:\s+)")
_HEADNUM = re.compile(r"^\*\*\d[\d.,]*\.?\*\*")  # "**3** — item" headings
_MONTHS = set("january february march april may june july august september october november december".split())
_UNITS = set("years year days hours minutes weeks months decades centuries people staff times per percent "
             "escalations incidents reviewers cases alerts reports tickets pages decisions referrals".split())


def prose_sentences(text: str) -> list[str]:
    out: list[str] = []
    fence = False
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        if s.startswith("```"):
            fence = not fence
            continue
        if fence or not s or line.startswith(("    ", "\t")):
            continue
        if _SKIP_LINE.match(s) or _FIELD.match(s) or s.count("|") >= 2:
            continue  # headings, tables, log lines, record fields
        if i < 6 and s[:1] in "*_" and s[-1:] in "*_" and not s.startswith("**"):
            continue  # standfirst under the headline
        skip_first = False
        if m := _NUMPARA.match(s):
            s = s[m.end():]
        elif m := _BULLET.match(s):
            s, skip_first = s[m.end():], True
        parts: list[str] = []
        for piece in _SPLIT.split(s):
            if parts and parts[-1].endswith(_ABBREV):
                parts[-1] += " " + piece
            else:
                parts.append(piece)
        out.extend(parts[1:] if skip_first else parts)
    return out


def opens_on_count(sent: str) -> bool:
    """True for "444 escalations ...", "27 years into ...", "3.9% of ...".

    False for dates, years used as dates, times and versions."""
    if _HEADNUM.match(sent):
        return False
    s = _LABEL.sub("", sent, count=1).lstrip("\"“‘'*_( ")
    m = re.match(r"(\d[\d,]*(?:\.\d+)*)(\S*)\s*(\S*)", s)
    if not m:
        return False
    tok, tail, nxt = m.groups()
    if tok.endswith(","):
        tok, tail = tok.rstrip(","), "," + tail
    nxt = nxt.lower().strip(",.;")
    if not tail and nxt in _MONTHS:
        return False  # "12 August 2046"
    if re.fullmatch(r"\d+\.\d+", tok) and re.fullmatch(r"[,;?!.]*", tail) and nxt not in _UNITS:
        return False  # "4.1 is in." names a version
    if re.fullmatch(r"\d{4}", tok) and 1900 <= int(tok) <= 9999 and re.fullmatch(r"[a-z]?[,;?!.)]*", tail):
        return not tail and nxt in _UNITS  # "2046 brought ..." is a date; "1500 years of ..." a count
    if tail[:1] == ":" or re.match(r"[:/-]\d", tail) or tok.count(".") >= 2 or tail in (".", ")"):
        return False  # a time, a date, a version, a list number
    if re.fullmatch(r"\d{4}", tok) and tail.lower() in ("s", "'s", "’s"):
        return False  # "the 2040s"
    return True


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("444 escalations and nothing Alder decided alone.", True),
        ("27 years into service, Juniper received version 4.0.", True),
        ("LUCITT: 1,500 years, and the same answer every time.", True),
        ("**Khoa.** 30 years.", True),
        ("3.9% of decisions were close.", True),
        ("2096 was the year the audit came.", False),
        ("2046 brought the oldest case.", False),
        ("12 August 2046", False),
        ("14:05, and the feed was down.", False),
        ("4.1 is in.", False),
        ("Across 444 escalations, not one was decided alone.", False),
    ],
)
def test_detector(sent: str, expected: bool) -> None:
    assert opens_on_count(sent) is expected


def test_postmortem_tails_do_not_open_on_a_figure() -> None:
    """Frames put a tail at a sentence start ("{cap:t_audit_ok}.")."""
    for sym, alts in PM_TAILS.items():
        for alt in alts:
            for opening in rule_openings(alt):
                assert not re.match(r"\{(?:n_\w+|days|pct)\}", opening), (sym, opening)


@pytest.mark.parametrize("name", GENRES)
def test_prose_does_not_open_on_a_count(name: str) -> None:
    g = get_genre(name)
    bad = []
    for seed in range(6):
        text = g.render(seed=seed, horizon_years=HORIZONS[seed % len(HORIZONS)]).text
        body = text.split("\n", 1)[1] if "\n" in text else ""  # a title may read "1,500 years of ..."
        bad += [s for s in prose_sentences(body) if opens_on_count(s) and not _BORROWED.search(s)]
    assert not bad, bad[:8]
