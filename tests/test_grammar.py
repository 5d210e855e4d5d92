from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.grammar import Expander, Grammar, GrammarError, article


@pytest.mark.parametrize(
    "word,art",
    [("owl", "an"), ("unit", "a"), ("hour", "an"), ("FPGA", "an"), ("GPU", "a"), ("ice storm", "an"), ("euro", "a"), ("8-bit", "an"), ("ledger", "a")],
)
def test_article(word, art):
    assert article(word) == art


def test_inline_choices_and_optional_words():
    g = Grammar({"s": ["[red|blue] [very |]big"]})
    seen = {Expander(g, Random(i)).expand("s") for i in range(60)}
    assert seen == {"red very big", "red big", "blue very big", "blue big"}


def test_usage_aware_never_repeats_until_exhausted():
    alts = [f"w{i}" for i in range(10)]
    e = Expander(Grammar({"x": alts}), Random(3))
    first = [e.expand("x") for _ in range(10)]
    assert sorted(first) == sorted(alts)
    nxt = e.expand("x")
    assert nxt != first[-1]  # the reset never hands back the phrase just used


def test_bindings_attributes_and_modifiers():
    class P:
        name, they = "Ada Okafor", "she"

    e = Expander(Grammar({"s": ["{cap:p.they} met {a:thing}"], "thing": ["engineer"]}), Random(0), {"p": P()})
    assert e.say("s") == "She met an engineer"


def test_unknown_symbol_and_attribute_fail_loudly():
    e = Expander(Grammar({"s": ["{nope}"], "t": ["{p.zzz}"]}), Random(0), {"p": object()})
    with pytest.raises(GrammarError):
        e.expand("s")
    with pytest.raises(GrammarError):
        e.expand("t")


def test_same_seed_same_text():
    g = Grammar({"s": ["{a} {b}"], "a": list("abcdefgh"), "b": list("stuvwxyz")})
    run = lambda: [Expander(g, Random(42)).expand("s") for _ in range(5)]  # noqa: E731
    assert run() == run()


def test_tidy_drops_a_doubled_article_only():
    from generator.grammar import tidy

    assert tidy("its share of the the farm decks") == "its share of the farm decks"
    assert tidy("The the regional grid was real .") == "The regional grid was real."
    assert tidy("breathe the air; soothe the child") == "breathe the air; soothe the child"


def test_document_fixes_keep_length_and_only_touch_what_they_should():
    from generator.narrate import fix_date_prepositions as fix

    cases = {
        "It began on March 2047 and ended On 2051.": "It began in March 2047 and ended In 2051.",
        "They met in 14 March 2047. In 3 May 2050, nothing.": "They met on 14 March 2047. On 3 May 2050, nothing.",
        "Bacon March 2047 stays; on 2047 it rained stays.": "Bacon March 2047 stays; on 2047 it rained stays.",
        '"I will tell them." it wrote.': '"I will tell them," it wrote.',
        '"Ask first." Mara said.': '"Ask first," Mara said.',
        '"Let them check." It said no, in writing.': '"Let them check." It said no, in writing.',
        '"Fine." He said nothing more.': '"Fine." He said nothing more.',
        '"Fixed." Calder wrote up the change.': '"Fixed." Calder wrote up the change.',
        '"Done." Mara said nothing else.': '"Done." Mara said nothing else.',
        '"Fine." Mara told the board.': '"Fine," Mara told the board.',
        '"Tell them first." The logged response was short.': '"Tell them first." The logged response was short.',
    }
    for before, after in cases.items():
        out = fix(before)
        assert out == after and len(out) == len(before)


def _reference_compile(text):
    from generator.grammar import _parse

    return _parse(text, 0, "")[0][0]


def test_compiler_matches_the_reference_parser_on_every_rule():
    # compile_rule tokenises with a regex; _parse is the original character loop. Same nodes for every rule string
    # of every genre and of the shared content.
    import generator.content.events as E
    import generator.content.opportunities as O
    from generator.genres import all_genres
    from generator.grammar import compile_rule

    texts = set()
    for rules in [O.RULES, E.RULES, *(g.rules for g in all_genres().values())]:
        for alts in rules.values():
            texts.update([alts] if isinstance(alts, str) else alts)
    assert len(texts) > 5000
    assert [t for t in texts if compile_rule(t) != _reference_compile(t)] == []


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab |[]{}:.x"), max_size=30))
def test_compiler_matches_the_reference_parser_on_odd_text(text):
    from generator.grammar import compile_rule

    try:
        expected = _reference_compile(text)
    except ValueError:
        with pytest.raises(ValueError):
            compile_rule(text)
        return
    assert compile_rule(text) == expected


def test_map_plain_rewrites_only_plain_text():
    from generator.grammar import map_plain, swap_alternatives

    text = "the system met {lead.name} [at the system|later [the system|x]] in the system's hall"
    assert map_plain(text, str.upper) == "THE SYSTEM MET {lead.name} [at the system|later [the system|x]] IN THE SYSTEM'S HALL"
    rules = {"a": ["keep", "old one", "old two"], "a_p": ["old three"], "b": ["old"]}
    swap_alternatives(rules, "a", "old", ["new", "newer"])
    assert rules == {"a": ["keep", "new", "newer"], "a_p": ["new", "newer"], "b": ["old"]}


def test_relative_date_leads_compare_only_what_both_dates_give():
    """'In 2059' after 'On 3 May 2059' is not 'Earlier'; a real step back in time is; spans of 21-99 years are spelled
    out so no sentence opens with digits."""
    from generator.narrate import vary_date_leads

    same_year = vary_date_leads("On 3 May 2059, the board met.\n\nIn 2059, the system filed a note.\n")
    assert "Earlier" not in same_year and "Before that" not in same_year
    back = vary_date_leads("On 3 May 2059, the board met.\n\nOn 1 March 2059, the system filed a note.\n")
    assert "Earlier, on 1 March 2059" in back or "Before that, on 1 March 2059" in back
    later = vary_date_leads("In 2059, the board met.\n\nIn 2086, the system filed a note.\n")
    assert "Twenty-seven years" in later and "27 years" not in later
