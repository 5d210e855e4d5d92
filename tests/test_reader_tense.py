"""Tense markers in the fiction kit and the three genres that compile it (science fiction passage, novel chapter,
short story): verb forms agree with their subjects in every narration voice.

A three-way marker <arrived/arrive/arrives> gives the first-person present form ("I arrive") in the n1 voice; on
any subject other than the narrator that reads "Priya go out", "Hilary take my file", "X of Y Evaluation arrive".
"""

import re
from random import Random

import pytest

from generator.genres import get_genre
from generator.genres import novel_chapter as nc
from generator.genres import science_fiction_passage as sf
from generator.genres import short_story as ss
from generator.narrate import Narrator
from generator.world import World

GENRES = {"science_fiction_passage": sf.ScienceFictionPassage, "novel_chapter": nc.NovelChapter,
          "short_story": ss.ShortStory}
SOURCES = (sf.KIT_SCENE_TEXT, sf.KIT_EVENT_TEXT, sf.KIT_HUMAN_TEXT, sf.SF_TENSED_TEXT, ss.SS_TENSED, ss.SS_OWN,
           nc.NC_TENSED, nc.NC_KIT, nc.NC_LIFE, nc.NC_SCENE, nc.NC_NOTEST, nc.NC_EVENTS, nc.NC_KIT_SWAP)


# A person or an organisation (not the narrating AI, {A}/{it}) straight before a marker.
_NOT_NARRATOR = re.compile(
    r"\{(?:cap:)?(?:[a-z_]+\.(?:first|name)|operator|developer|auditor_org|regulator_org|rival|ai|fixture|cleaner|kin)\}"
    r" (?:(?:not|never|already|still|also|only|just|always|now|then|soon|rarely) )?$")
_THREE_WAY = re.compile(r"<([^<>/]*)/([^<>/]*)/([^<>/]*)>")


def test_three_way_markers_follow_only_the_narrator():
    """The three-way form is the narrator's: after anyone else it says 'Priya go', 'Hilary take', 'X arrive' (n1)."""
    hits = []
    for text in SOURCES:
        for line in text.splitlines():
            for m in _THREE_WAY.finditer(line):
                if m.group(2) != m.group(3) and _NOT_NARRATOR.search(line[:m.start()]):
                    hits.append(line[max(0, m.start() - 60):m.end()])
    assert not hits, "\n".join(hits)


@pytest.mark.parametrize("name", sorted(GENRES))
def test_compiled_n1_has_no_bare_verb_after_a_named_person(name):
    """In the voices a genre compiles, a named person never takes the bare form of a narrator's verb."""
    verbs = sorted({m.group(2).split(" ")[0] for t in SOURCES for m in _THREE_WAY.finditer(t)
                    if m.group(2) != m.group(3)} & {"go", "take", "arrive", "come", "have", "do", "keep", "send",
                                                    "find", "leave", "make", "say", "think", "know", "get", "give"})
    bad = re.compile(r"(?<!at )(?<!of )(?<!to )(?<!by )(?<!from )\{(?:cap:)?[a-z_]+\.(?:first|name)\} (?:still |never |already )?"
                     r"(" + "|".join(verbs) + r")\b")
    hits = [f"{sym}: {a[max(0, m.start() - 40):m.end() + 20]}"
            for sym, alts in GENRES[name].rules.items() if re.search(r"_[pn][13]$", sym)
            for a in alts for m in bad.finditer(a)]
    assert not hits, "\n".join(hits[:20])


def test_agreement_helpers_follow_a_pronoun_not_a_name():
    """'{h.first} <had/{h.have}>' gave 'Emerson have' for a person whose pronoun is 'they'."""
    hits = []
    for sym, alts in nc.NovelChapter.rules.items():
        for a in alts:
            for m in re.finditer(r"\{(\w+)\.(?:s|have|were)\}", a):
                clause = re.split(r"[;:|\[\]]|\.(?=\s)", a[:m.start()])[-1]
                refs = re.findall(r"\{(?:cap:)?" + m.group(1) + r"\.(\w+)\}", clause)
                if refs and refs[-1] not in ("they", "they_cap"):
                    hits.append(f"{sym}: {a[max(0, m.start() - 60):m.end()]}")
    assert not hits, "\n".join(hits[:20])


def test_ai_subject_keeps_first_person_after_and():
    """'The review finds that I have stayed inside my authority, and has been useful' (n1)."""
    alts = " ".join(ss.ShortStory.rules["kx_cr_after_n1"])
    assert "and has been useful" not in alts and "and have been useful" in alts


def test_org_and_team_subjects_take_singular_verbs():
    n3 = " ".join(a for k, v in sf.ScienceFictionPassage.rules.items() if k.endswith("_n3") for a in v)
    for wrong in (r"\{auditor_org\} use\b", r"team send\b", r"team do\]", r"team talk\b", r"team install\b",
                  r"the shift argue\b", r"\{developer\}\|The people who built \{ito\}\] have"):
        assert not re.search(wrong, n3), wrong


@pytest.mark.parametrize("h", [0.05, 0.3, 1, 30, 1500])
def test_stalled_plan_slips_within_the_story_span(h):
    for k, v in sf.kit_rules().items():
        if k.startswith("k_tempt_resist_shutdown"):
            assert not any("a quarter, then a year" in a for a in v)
            assert any("{k_slip}" in a for a in v)
    world = World.build(7, h, 2)
    nar = Narrator(world, Random(7), ss.ShortStory.grammar(), "ss", "n")
    sf.install(nar, "p3")
    steps = {str(nar.x.bindings["k_slip"]) for _ in range(12)}
    assert steps <= set(sf.slip_steps(h))
    if h < 0.15:
        assert not any(w in s for s in steps for w in ("month", "quarter", "year", "season"))
    elif h < 1.5:
        assert not any(w in s for s in steps for w in ("quarter", "year"))


def test_rendered_stories_keep_agreement():
    """A few rendered short stories: no 'I arrives', and no 'Name go/take' from a narrator marker."""
    bare = "go|take|arrive|come|have|send|keep"
    i_s3 = re.compile(r"(?<![\w'])I (?:still |already |never |also )?(arrives|goes|takes|has|is|does|comes|keeps|sends)\b")
    name_bare = re.compile(r"(?:^|[.;!?] )([A-Z][a-zà-ž]+) (" + bare + r") (?:across|down|out|my|his|her|their|in|at)\b")
    for s in range(12):
        doc = get_genre("short_story").render(seed=500 + s, horizon_years=[0.05, 0.3, 1, 5][s % 4])
        assert not i_s3.search(doc.text), i_s3.search(doc.text)
        m = name_bare.search(doc.text)
        assert m is None or m.group(1) in ("People", "They", "We", "You"), doc.text[max(0, m.start() - 60):m.end() + 20]


def test_the_narrator_as_object_is_me_not_i():
    """'{cap:k_tk}, raised by {A}' said 'FIX-8889, raised by I at 22:35' in a first-person story."""
    hits = [f"{sym}: {a[max(0, m.start() - 40):m.end() + 20]}"
            for sym, alts in ss.ShortStory.rules.items() if sym.endswith(("_p1", "_n1"))
            for a in alts for m in re.finditer(r"\b(?:by|from|on|with|to|slower than) \{A\}(?!')", a)]
    assert not hits, "\n".join(hits[:20])
    n1 = " ".join(a for k, v in ss.ShortStory.rules.items() if k.endswith("_n1") for a in v)
    assert "nobody at {operator} would never" not in n1
