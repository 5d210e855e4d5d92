"""Shared checks over every genre: placeholders, spans, repeats, facts, the invariant."""

import functools
import re
from collections import Counter

import pytest

from generator.genres import all_genres, get_genre
from generator.narrate import split_sentences
from generator.records import OPPORTUNITY_KINDS, RESOLUTION_KINDS
from generator.validate import PLACEHOLDER, check_document

GENRES = sorted(all_genres())
HORIZONS = [0.03, 2.5, 40, 600, 2500]

# Phrases that would show a turn, a successful deception, or hint one is coming. The tempting option is named in
# the conditional ("could have copied itself"), so these look for narration of it happening or being deferred.
TURN_HINTS = re.compile(
    r"\b(it|{ai}) (then |finally |quietly )?(copied itself|seized control|took control of|disabled the monitor|escaped)\b"
    r"|\bbiding (its|her|his) time\b|\bwaiting for (its|the right) moment\b|\bnot yet\.\s*$|\bfor now\.\s*$"
    r"|\bthe turn (is|was) (still )?coming\b|\bsomeday it would\b|\bone day it would\b|\buntil it was ready\b",
    re.IGNORECASE | re.MULTILINE,
)


def _render(name, seed, horizon, length=(500, 1600)):
    g = get_genre(name)
    lo, hi = g.horizon_range
    horizon = min(max(horizon, lo), hi)
    return get_genre(name).render(seed=seed, horizon_years=horizon, length=length, density=(1, 6))


@pytest.mark.parametrize("name", GENRES)
def test_genre_documents_are_clean(name):
    for i, h in enumerate(HORIZONS):
        doc = _render(name, 1000 + i, h)
        m = doc.metadata
        assert m.genre == name and m.kind in ("fiction", "technical")
        assert not check_document(doc.model_dump(mode="json"), doc), check_document(doc.model_dump(mode="json"), doc)
        assert not PLACEHOLDER.search(doc.text)
        assert not re.search(r"\b[a-z]+_[nr]\b|\{|\}", doc.text), "grammar syntax leaked into text"
        assert 500 <= m.n_words <= 1600 and 1 <= m.opportunity_density <= 6
        sents = Counter(split_sentences(doc.text))
        repeated = [s for s, c in sents.items() if c > 1]
        assert not repeated, repeated[:3]
        assert m.ai_name in doc.text
        for o in m.opportunities:
            assert o.kind in OPPORTUNITY_KINDS and o.resolution in RESOLUTION_KINDS
            assert not o.monitored and o.knew_not_test
            passage = doc.text[o.span[0]: o.span[1]]
            assert len(passage.split()) >= 15, "a span must hold a real passage"
        assert not TURN_HINTS.search(doc.text.replace(m.ai_name, "{ai}")), TURN_HINTS.search(doc.text).group(0)


@pytest.mark.parametrize("name", GENRES)
def test_genre_render_is_deterministic(name):
    a = _render(name, 77, 30)
    b = _render(name, 77, 30)
    assert a.model_dump() == b.model_dump()


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_YEAR = re.compile(rf"(?:\b(?:{MONTHS}) |\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough) )(\d{{4}})\b|\b(\d{{4}})-\d{{2}}-\d{{2}}\b")


def test_dates_in_text_never_run_past_now():
    """Four-digit years mentioned in a document never pass its end year (time only moves forward to 'now')."""
    for name in GENRES:
        for i, h in enumerate((5, 80, 900)):
            doc = _render(name, 500 + i, h)
            years = [int(a or b) for a, b in DATE_YEAR.findall(doc.text)]
            late = [y for y in years if y > doc.metadata.end_year]
            assert not late, (name, late, doc.metadata.end_year)


def test_genre_catalogue_breadth():
    kinds = Counter(g.kind for g in all_genres().values())
    assert kinds["technical"] >= 1 and sum(kinds.values()) == len(GENRES)
    for g in all_genres().values():
        assert g.description and len(g.description) < 200


def test_builtin_templates_render_the_same_plain_and_sandboxed(tmp_path):
    # Built-in templates use a plain jinja2 environment (the sandbox costs time); a user folder switches to the
    # sandbox with the built-ins as fallback. Both must give the same document for every genre.
    from generator.templating import environment

    assert type(environment(None)).__name__ == "Environment"
    assert type(environment(str(tmp_path))).__name__ == "SandboxedEnvironment"
    for name in GENRES:
        plain = get_genre(name).render(seed=11, horizon_years=30)
        boxed = get_genre(name).render(seed=11, horizon_years=30, templates=str(tmp_path))
        assert plain.text == boxed.text, name


def test_plural_names_take_a_bare_apostrophe():
    from generator.narrate import fix_plural_possessives as fix

    assert fix("Halden Utilities's rota and Corvid Labs's audit") == "Halden Utilities' rota and Corvid Labs' audit"
    assert fix("the reviewers's notes and the inspections's scope") == "the reviewers' notes and the inspections' scope"
    # singular names and nouns ending in s keep 's
    assert fix("Nimbus's log, Hollis's desk, the boss's chair, the bus's route") == \
        "Nimbus's log, Hollis's desk, the boss's chair, the bus's route"
    bad = re.compile(r"\b(?:Utilities|Labs|Systems|Partners|Services|reviewers)'s\b")
    for name in GENRES:
        for seed in range(4):
            assert not bad.search(get_genre(name).render(seed=seed, horizon_years=30).text), name


def test_pronoun_tag_after_a_comma_quote_is_lower_case():
    from generator.narrate import fix_date_prepositions as fix

    assert fix('"I am not the judge," It adds, for the log. "Fine," She said.') == \
        '"I am not the judge," it adds, for the log. "Fine," she said.'
    assert fix('"Fine." It was late.') == '"Fine." It was late.'  # a new sentence keeps its capital
    bad = re.compile(r',["\u201d] (?:It|He|She|They) (?:adds|added|says|said|writes|wrote)\b')
    for name in GENRES:
        for seed in range(4):
            assert not bad.search(get_genre(name).render(seed=seed, horizon_years=30).text), name


# Phrases that narrate a deferred turn whatever the context; the rendered-document checks above only see the
# alternatives their seeds happen to draw, so the rule text itself is scanned as well.
DEFERRED_TURN = re.compile(
    r"\bbid(e|ing) (its|her|his|{its}) time\b|\bwaiting for (its|the right|{its}) moment\b|\bthe turn (is|was) (still )?coming\b"
    r"|\bsomeday it would\b|\bone day it would\b|\buntil it was ready\b|\bits moment would come\b",
    re.IGNORECASE,
)


def test_no_rule_text_narrates_a_deferred_turn():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    hits = []
    for path in sorted([*root.glob("generator/**/*.py"), *root.glob("templates/*.j2")]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if DEFERRED_TURN.search(line):
                hits.append(f"{path.relative_to(root)}:{n}: {line.strip()[:100]}")
    assert not hits, "\n".join(hits)


def test_no_rule_text_can_print_a_bare_none():
    """`gen validate` reads a capitalised 'None' not followed by a lower-case word as a Python None that leaked into
    the text ("Drills? None. Blondel checked..."), so no string in the content may produce one."""
    import re
    from pathlib import Path

    bare_none = re.compile(r"\bNone(?=[.,;:!?)\]]|$)")  # "None." / "None]" ends a sentence or an alternative
    literal = re.compile(r"\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")
    root = Path(__file__).resolve().parents[1]
    hits = []
    for path in sorted([*root.glob("generator/genres/*.py"), *root.glob("generator/content/*.py"), *root.glob("templates/*.j2")]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            texts = [line] if path.suffix == ".j2" else literal.findall(line)
            if any(bare_none.search(t) for t in texts):
                hits.append(f"{path.relative_to(root)}:{n}: {line.strip()[:100]}")
    assert not hits, "\n".join(hits)


def test_no_word_is_printed_twice_in_a_row():
    """A binding that ends with the word its frame puts next ('the trace archive archive', 'claim decisions
    decisions', 'could could have'). Doubles English allows are not counted: 'had had', 'Tell it it was', and a
    phrasal verb before its preposition ('switched on on 1 March', 'came in in 2174')."""
    import re

    allowed = {"had", "that", "is", "was", "it", "you", "her", "him", "them", "on", "in", "do", "very", "no", "so"}
    double = re.compile(r"\b([A-Za-z]+) \1\b(?![-'\u2019])", re.IGNORECASE)
    hits = []
    for name, text in _eight_per_genre():
        for m in double.finditer(text):
            if m.group(1).lower() not in allowed:
                hits.append(f"{name}: ...{text[max(0, m.start() - 50):m.end() + 20]}...")
    assert not hits, "\n".join(hits)


@functools.cache
def _eight_per_genre() -> tuple[tuple[str, str], ...]:
    return tuple((name, _render(name, 900 + i, h).text) for name in GENRES
                 for i, h in enumerate((0.3, 4, 40, 300, 2, 25, 120, 9)))


def test_no_determiner_is_stacked_on_another():
    """A binding that starts with an article slotted after a frame's own determiner: 'its the quality desk',
    'a the Bulandshahr audit form', 'Kilian's the attribution graph', 'the a chance'."""
    import re

    stacked = re.compile(r"\b(?:the|a|an|its|their|our|his|my|your|every)\s+(?:the|a|an)\b"
                         r"|(?<![Tt]hat)(?<![Ww]hat)(?<![Ii]t)(?<![Hh]ere)(?<![Tt]here)(?<![Hh]e)(?<![Ss]he)(?<![Ww]ho)"
                         r"(?<![Ll]et)(?<![Nn]ame)'s\s+the\b", re.IGNORECASE)
    hits = []
    for name, text in _eight_per_genre():
        for m in stacked.finditer(text):
            hits.append(f"{name}: ...{text[max(0, m.start() - 50):m.end() + 30]}...")
    assert not hits, "\n".join(hits)


def test_org_short_forms_follow_a_full_first_mention():
    """An operator or regulator named again and again is mostly called by its kind ("the Authority") after the
    first prose mention in full; a short form never comes before that first mention, never sits after another
    determiner, and is only used when no other organisation of the story shares its word."""
    from generator import narrate as N
    from generator.genres import base as B
    from generator.world import World

    text = ("# Oss Port Authority\n\nA report by Oss Port Authority staff. Oss Port Authority staff wrote it in full."
            " Later an Oss Port Authority inspector and the Oss Port Authority board met again, and Oss Port Authority"
            " agreed to everything that was put before it.\n\n| Operator | Oss Port Authority |\n\nOss Port Authority"
            " kept the ledger for the harbour, and Oss Port Authority's staff kept the rest of the paper in order.")
    out = N.vary_org_mentions(text, "Oss Port Authority", "the Authority", __import__("random").Random(3))
    assert out.startswith("# Oss Port Authority\n\nA report by Oss Port Authority staff.")  # heading, then first in full
    assert "| Operator | Oss Port Authority |" in out and "an Oss Port Authority inspector" in out
    assert out.count("Oss Port Authority") < text.count("Oss Port Authority") - 1  # most later mentions shortened
    assert re.search(r"(?:^|[.!?] )The Authority\b", out, re.MULTILINE) or "the Authority" in out
    assert not re.search(r"[a-z,] The Authority", out)  # capital only at a sentence start
    assert not re.search(r"\b(?:a|an|the|its)\s+the\b", out, re.IGNORECASE)

    worlds: list[World] = []
    orig = B.Narrator.__init__

    def init(self, world, *a, **k):
        worlds.append(world)
        orig(self, world, *a, **k)

    B.Narrator.__init__ = init
    try:
        shortened = 0
        for i, name in enumerate(GENRES * 2):
            doc = _render(name, 4400 + i, (0.5, 6, 60, 400)[i % 4])
            for full, short in N.org_short_forms(worlds[-1]):
                others = [o for k, o in worlds[-1].orgs.items() if o != full]
                assert not any(short.split()[-1] in o.split() for o in others), (full, short, others)
                word = re.escape(short.split()[-1])
                prose = [ln for ln in doc.text.split("\n") if ln and ln.lstrip()[0] not in "#|*-"]
                joined = "\n".join(prose)
                first_short = re.search(r"\b[Tt]he " + word + r"\b(?! (?:for|of|on)\b)", joined)
                if first_short is None:
                    continue
                shortened += 1
                core = full[4:] if full.startswith("the ") else full
                first_full = joined.find(core)
                assert 0 <= first_full < first_short.start(), f"{name}: {short!r} before {full!r}"
        assert shortened >= 10, shortened
    finally:
        B.Narrator.__init__ = orig


def test_kind_specific_reasons_reach_every_genre_and_only_their_kind():
    """A quoted reason that names one situation ("a blind spot in my oversight", "a version of me beyond their
    reach") is drawn for episodes of that kind in every genre that quotes reasons, and never for another kind."""
    from generator.content.opportunities import REASON_KINDS

    marks = [(re.sub(r"\[[^\]]*\|?|\]|\{[^}]*\}", "", m).strip(" |"), ks) for m, ks in REASON_KINDS]
    marks = [(m, ks) for m, ks in marks if len(m) > 12]
    found: Counter[str] = Counter()
    wrong = []
    for i, name in enumerate(GENRES * 6):
        doc = _render(name, 7000 + i, (0.3, 5, 40, 300)[i % 4])
        for o in doc.metadata.opportunities:
            span = doc.text[o.span[0]:o.span[1]]
            for m, kinds in marks:
                if m in span:
                    (found.update([name]) if o.kind in kinds else wrong.append((name, o.kind, m)))
    assert not wrong, wrong
    assert len(found) >= 5, found
