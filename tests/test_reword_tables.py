"""Text-keyed reword tables: every key must still be able to match the text its table runs over.

Some genres reword shared lines by exact text: a key whose source line has since been reworded at its source (or
filtered out, or overridden by the genre's own pool) silently stops matching, and a key repeated in a dict literal
loses all but its last value. These tests check each key against the expansion sources the table is applied to, in
the order it is applied, so a dead key fails here instead of quietly letting the old wording back.

- screenplay_scene.SCREEN_REWORD: whole alternatives of the screenplay grammar (`_screen_base_rules`), exact match.
- screenplay_scene.R12_REWORD: applied after SCREEN_REWORD (and after PAIR_REWORD), followed through chains.
- screenplay_scene.PAIR_REWORD: whole members of the opening and closing exchange tuples.
- stage_play._SSUB: substring replacements run in order over the play's grammar (`_stage_base_rules`) and over the
  opening and closing exchanges (`SSUB_PAIRS`); each key must occur at its turn, after the pairs before it.
- stage_play._POST: substring replacements on rendered elements; keys must occur in the play's final grammar or in
  the shared question-and-answer tuples it draws whole.
- novel_chapter.NC_KIT_SWAP: keyed by markers that `_nc_swap` already asserts at import; here, that every swap
  block and every substitution is present in the chapter's final grammar (nothing later undid it).
"""
from __future__ import annotations

import ast
import inspect
from collections import Counter

from generator.genres import novel_chapter as nc
from generator.genres import screenplay_scene as sp
from generator.genres import stage_play as st
from generator.genres.science_fiction_passage import parse_block, tensed


def _literal_dict_keys(module, name: str) -> list[str]:
    """Keys of the dict literal assigned to `name` in the module's source, duplicates included."""
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        tgt = node.targets[0] if isinstance(node, ast.Assign) else node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(tgt, ast.Name) and tgt.id == name and isinstance(node.value, ast.Dict):
            return [ast.literal_eval(k) for k in node.value.keys]
    raise AssertionError(f"no dict literal {name}")


def _dups(keys) -> list:
    return [k for k, c in Counter(keys).items() if c > 1]


def _alts(rules: dict) -> list[str]:
    return [a for v in rules.values() if isinstance(v, list) for a in v if isinstance(a, str)]


def _pair_items() -> list[str]:
    return [x for t in sp.OPEN_EXCHANGES + sp.SCREEN_OPEN + sp.CLOSE_EXCHANGES + sp.SCREEN_CLOSE for x in t]


def test_screenplay_tables_no_duplicate_keys():
    for name in ("SCREEN_REWORD", "R12_REWORD", "PAIR_REWORD"):
        keys = _literal_dict_keys(sp, name)
        assert not _dups(keys), f"{name} keys written twice (only the last value is used): {_dups(keys)}"
        assert len(keys) == len(getattr(sp, name))
    for name, d in (("SCREEN_REWORD", sp.SCREEN_REWORD), ("R12_REWORD", sp.R12_REWORD), ("PAIR_REWORD", sp.PAIR_REWORD)):
        same = [k for k, v in d.items() if k == v]
        assert not same, (name, "key equals its value", same)


def test_screen_reword_keys_live():
    base = set(_alts(sp._screen_base_rules()))
    dead = [k for k in sp.SCREEN_REWORD if k not in base]
    assert not dead, f"SCREEN_REWORD keys matching no alternative of the screenplay grammar: {dead}"


def test_pair_reword_keys_live():
    items = set(_pair_items())
    dead = [k for k in sp.PAIR_REWORD if k not in items]
    assert not dead, f"PAIR_REWORD keys matching no opening/closing exchange line: {dead}"


def test_r12_reword_keys_live():
    # what _r12 sees: the grammar after SCREEN_REWORD, and the exchanges after PAIR_REWORD, then its own results
    reach = {sp.SCREEN_REWORD.get(a, a) for a in _alts(sp._screen_base_rules())}
    reach |= {sp.PAIR_REWORD.get(x, x) for x in _pair_items()}
    todo = list(reach)
    while todo:
        t = todo.pop()
        if t in sp.R12_REWORD and sp.R12_REWORD[t] not in reach:
            reach.add(sp.R12_REWORD[t])
            todo.append(sp.R12_REWORD[t])
    dead = [k for k in sp.R12_REWORD if k not in reach]
    assert not dead, f"R12_REWORD keys matching no (reworded) alternative: {dead}"


def test_stage_ssub_keys_live_in_order():
    texts = _alts(st._stage_base_rules()) + [x for grp in st.SSUB_PAIRS for t in grp for x in t]
    assert len(texts) > 1000
    olds = [o for o, _ in st._SSUB]
    assert not _dups(olds), f"_SSUB keys listed twice: {_dups(olds)}"
    noop = [o for o, n in st._SSUB if o == n]
    assert not noop, f"_SSUB pairs that change nothing: {noop}"
    dead = []
    for o, n in st._SSUB:
        if not any(o in a for a in texts):
            dead.append(o)
        else:
            texts = [a.replace(o, n) if o in a else a for a in texts]
    assert not dead, f"_SSUB keys that no longer occur when their turn comes: {dead}"


def test_stage_post_keys_live():
    assert not _dups(_literal_dict_keys(st, "_POST"))
    texts = _alts(st.StagePlay.rules) + [x for t in sp.ASK_ANSWER for x in t]
    texts += [x for v in sp.ASK_ANSWER_KIND.values() for t in v for x in t]
    dead = [k for k in st._POST if not any(k in a for a in texts)]
    assert not dead, f"_POST keys found in no stage source: {dead}"


def test_novel_chapter_kit_swap_applied():
    # _nc_swap asserts at import that each marker picks exactly one alternative; check nothing later undid a swap
    rules = nc.NovelChapter.rules
    names = [ln[1:].strip() for ln in nc.NC_KIT_SWAP.splitlines() if ln.startswith("@")]
    assert not _dups(names), _dups(names)
    assert set(names) == set(nc._NC_SWAP_MARK), set(names) ^ set(nc._NC_SWAP_MARK)
    lost = [(k, a[:60]) for k, v in tensed(parse_block(nc.NC_KIT_SWAP), ("p3", "n3")).items()
            for a in v if not any(a in b for b in rules[k])]
    for b, (old, new) in nc._NC_SWAP_SUB.items():
        for t in ("p3", "n3"):
            if not any(new in a for a in rules[f"{b}_{t}"]):
                lost.append((f"{b}_{t}", new[:60]))
    for t, new in (("p3", "[set it aside|let it go|put it down]"), ("n3", "[sets it aside|lets it go|puts it down]")):
        if not any(new in a for a in rules[f"k_rq_{t}"]):
            lost.append((f"k_rq_{t}", new))
    assert not lost, f"NC_KIT_SWAP rewordings missing from the chapter grammar: {lost}"
