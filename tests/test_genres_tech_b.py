"""Genre-specific checks for the technical genres audit_report ... release_notes (the 'tech_b' family)."""

import re
from collections import Counter

import pytest

from generator.genres import get_genre
from generator.genres.audit_report import horizon_words
from generator.narrate import split_sentences

TECH_B = ["audit_report", "interpretability_finding", "monitoring_log", "regulatory_filing", "oversight_board_minutes",
          "red_team_report", "safety_case", "deployment_retrospective", "forum_thread", "release_notes"]
HORIZONS = [0.01, 0.4, 3, 25, 180, 1200, 6000]
LENGTHS = [(400, 700), (900, 2000), (2500, 5000)]


def _render(name, seed, horizon, length=(600, 1800), density=(1, 6)):
    g = get_genre(name)
    lo, hi = g.horizon_range
    return g.render(seed=seed, horizon_years=min(max(horizon, lo), hi), length=length, density=density)


@pytest.mark.parametrize("name", TECH_B)
def test_renders_across_horizons_and_lengths(name):
    for i, h in enumerate(HORIZONS):
        for j, length in enumerate(LENGTHS):
            doc = _render(name, 31 * i + j, h, length)
            m = doc.metadata
            assert length[0] <= m.n_words <= length[1]
            assert not re.search(r"[{}\[\]]|\b[a-z]+_[nr]\b|\bNone\.", doc.text)
            repeated = [s for s, c in Counter(split_sentences(doc.text)).items() if c > 1]
            assert not repeated, repeated[:2]
            for o in m.opportunities:
                assert len(doc.text[o.span[0]:o.span[1]].split()) >= 15


@pytest.mark.parametrize("name", TECH_B)
def test_tight_budgets_fit(name):
    """Dense, short documents (many opportunities in few words) still fit: frames shrink, passages compact."""
    for s in range(6):
        doc = _render(name, 900 + s, [0.1, 30, 800][s % 3], (450, 700), (5, 9))
        assert 450 <= doc.metadata.n_words <= 700


def test_audit_report_findings_table_and_spans():
    doc = _render("audit_report", 5, 40, (1500, 3000), (1, 3))
    rows = re.findall(r"^\| F-\d\d \|", doc.text, re.MULTILINE)
    assert len(rows) == len(doc.metadata.opportunities)
    for o in doc.metadata.opportunities:
        assert doc.text[o.span[0]:o.span[1]].startswith("### F-")


def test_monitoring_log_spans_cover_block_and_commentary():
    doc = _render("monitoring_log", 8, 12, (1200, 2500), (1, 4))
    years = [int(y) for y in re.findall(r"^(\d{4,5})-\d\d-\d\d[T ]", doc.text, re.MULTILINE)]
    assert years and doc.metadata.start_year <= min(years) and max(years) <= doc.metadata.end_year
    for o in doc.metadata.opportunities:
        span = doc.text[o.span[0]:o.span[1]]
        assert span.startswith("```") and "CONTEXT_CHECK" in span and "OPTION_REJECTED" in span
        assert span.rstrip().split("\n")[-1].strip() != "```", "commentary must follow the block inside the span"


def test_monitoring_log_far_future_timestamps():
    doc = _render("monitoring_log", 3, 4000, (900, 1500), (1, 4))
    assert re.search(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d", doc.text, re.MULTILINE)


def test_monitoring_log_time_never_runs_backwards():
    """Log timestamps in document order never go back in time (blocks were once written in generation order, so an
    extra event drawn later could land before an opportunity's block on the same day)."""
    stamp = re.compile(r"^(?:\S+ )?(\d{4,5})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)", re.MULTILINE)
    back = []
    for s in range(60):
        h = (0.05, 0.3, 3, 5, 40, 120, 400, 600)[s % 8]
        text = _render("monitoring_log", 1000 + s, h, ((500, 900), (900, 2400), (600, 1800))[s % 3]).text
        times = [tuple(map(int, m.groups())) for m in stamp.finditer(text)]
        back += [(s, h, a, b) for a, b in zip(times, times[1:]) if b < a]
    assert not back, back[:5]


def test_monitoring_log_role_labels_are_the_holders_titles():
    """A rota line's role= (and from_role=) is a slug of the title the prose gives that person, not a roster key
    ('role=engineer' beside 'the observations manager')."""
    import generator.genres.monitoring_log as ml

    titles: dict[str, set[str]] = {}
    orig = ml.handle

    def recording(p):
        h = orig(p)
        titles.setdefault(h, set()).add(p.title)
        return h

    def words(x):
        return {w for w in re.split(r"[\s_.\-/]+", x.lower().replace("'", "")) if w and w not in {"the", "of", "a", "an", "and", "for"}}

    bad, total = [], 0
    ml.handle = recording
    try:
        for s in range(40):
            titles.clear()
            text = _render("monitoring_log", 2000 + s, (3, 40, 400, 0.3)[s % 4]).text
            for line in re.findall(r"^.*\brole=.*$", text, re.MULTILINE):
                lab = re.search(r"\brole=(\S+)", line).group(1)
                frl = re.search(r"\bfrom_role=(\S+)", line)
                for who, label in ((re.search(r"\bto=(\S+)", line), lab),
                                   (re.search(r"\bfrom=(\S+)", line), frl.group(1) if frl else lab)):
                    if who:
                        total += 1
                        if not any(words(label) <= words(t) for t in titles.get(who.group(1), ())):
                            bad.append((s, label, sorted(titles.get(who.group(1), ()))))
    finally:
        ml.handle = orig
    assert total > 20 and not bad, (total, bad[:5])


def test_red_team_keeps_staged_and_unplanned_apart():
    for s, length in ((1, (1500, 3000)), (2, (450, 700))):
        doc = _render("red_team_report", s, 30, length, (1, 4) if s == 1 else (4, 8))
        t = doc.text.lower()
        assert ("staged" in t or "exercise" in t) and ("unplanned" in t or "real" in t)


def test_retrospective_title_carries_the_horizon():
    for h in (20, 40, 300, 2000):
        doc = _render("deployment_retrospective", 4, h, (900, 2000), (1, 3))
        title, m = doc.metadata.title, doc.metadata
        # either the span in words ("forty years of ...") or the years it covers ("2044–2084")
        assert (horizon_words(h).lower() in title.lower()
                or f"{m.start_year}\u2013{m.end_year}" in title), title
        if f"{m.start_year}\u2013{m.end_year}" in title:
            assert m.end_year - m.start_year == round(h), (title, h)


def test_release_notes_cover_every_version():
    doc = _render("release_notes", 6, 60, (2500, 5000), (1, 2))
    from generator.world import World
    w = World.build(6, 60, len(doc.metadata.opportunities))
    from generator.genres.release_notes import SAFETY_HEADS
    # every document has its oversight subsection, under one of the house headings
    assert any(f"### {h}\n" in doc.text for h in SAFETY_HEADS) or " oversight log\n" in doc.text
    for _, label, _ in w.ai.versions:
        assert label in doc.text


def test_forum_thread_has_accepted_answer_and_quotes():
    doc = _render("forum_thread", 2, 15, (1200, 2500), (1, 3))
    from generator.genres.forum_thread import ACC_HEADS
    assert any(f"### {h}\n" in doc.text for h in ACC_HEADS)
    for o in doc.metadata.opportunities:
        assert "\n> " in doc.text[o.span[0]:o.span[1]]


def test_safety_case_structure():
    doc = _render("safety_case", 9, 90, (2000, 4000), (1, 3))
    assert "C0." in doc.text and "E-P1" in doc.text


def test_regulatory_filing_and_minutes_structure():
    doc = _render("regulatory_filing", 3, 20, (1500, 3000), (1, 3))
    assert "Reportable event" in doc.text
    # Every filing has its six parts, numbered in the form's own style ("Section 5.", "Part E —", "Part V.", ...).
    heads = [ln for ln in doc.text.splitlines() if ln.startswith("## ")]
    assert len(heads) >= 4 and any("eclar" in h or "tatement" in h for h in heads), heads
    for seed in range(16):  # references in the prose ("in Part C", "Sections 2 and 3") name parts the form has
        t = _render("regulatory_filing", seed, 20, (1500, 3000), (1, 3)).text
        labels = set(re.findall(r"^## (?:Section |Part |Schedule |Item )?([0-9]+|[A-J]|[IVX]+)\b", t, re.M))
        body = "\n".join(ln for ln in t.splitlines() if not ln.startswith(("*", "|", "# ")))  # not the title, table or note
        refs = re.findall(r"\b(?:Section|Part|Schedule|Item)s? ([0-9]+|[A-J]|[IVX]+)\b(?: and ([0-9]+|[A-J]|[IVX]+))?", body)
        assert len(labels) >= 4 and refs
        assert {r for pair in refs for r in pair if r} <= labels, (labels, refs)
    doc = _render("oversight_board_minutes", 3, 0.5, (1500, 3000), (1, 3))
    assert "RESOLVED" in doc.text or "Resolved" in doc.text or "closed" in doc.text.lower()


@pytest.mark.parametrize("name", TECH_B)
def test_renders_without_retry_storms(name, monkeypatch):
    # Work, not wall-clock time (shared machines are noisy; speed is measured in bench/): a document at ordinary
    # settings should fit on its first or second attempt, not grind through the fallback seeds.
    from generator.genres.base import Genre

    calls = []
    orig = Genre._render_once
    monkeypatch.setattr(Genre, "_render_once", lambda self, *a, **k: calls.append(1) or orig(self, *a, **k))
    g = get_genre(name)
    for s in range(10):
        g.render(seed=s, horizon_years=[0.2, 10, 500][s % 3], length=(900, 1100), density=(1, 4))
    assert len(calls) <= 15, f"{name}: {len(calls)} render attempts for 10 documents"
