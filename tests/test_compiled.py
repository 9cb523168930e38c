"""The compiled inner loops (newsparse/_speedups.c) against the Python code they replace:
the tokeniser (the same tokens — text, offsets, index, clitic readings — and the same stem
index) and normalisation's translate, on Arabic news text and on any Unicode text."""

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import reader
from newsparse.reader import WordMemo, _compute_token_info, _tokenize_py, normalize

compiled = pytest.mark.skipif(reader._C_TOKENS is None or reader._C_TRANSLATE is None,
                              reason="newsparse._speedups not built or NEWSPARSE_PURE_PYTHON set")


def _same(text: str, offset: int = 0, first: int = 0) -> None:
    i_c: dict = {}
    i_py: dict = {}
    c = reader.tokenize(text, offset, first, index=i_c)
    py = _tokenize_py(text, offset, first, index=i_py)
    assert [(t.text, t.start, t.end, t.index, t.forms, t.stems, t.is_word) for t in c] == \
        [(t.text, t.start, t.end, t.index, t.forms, t.stems, t.is_word) for t in py]
    assert i_c == i_py
    assert all(type(t) is reader.Token for t in c)


def test_the_extension_was_built():
    # the build skips it without a C compiler (newsparse then runs, slower): a test run, as in
    # CI, must say so rather than pass quietly on the Python fallback
    import importlib

    mod = importlib.import_module("newsparse._speedups")
    assert callable(mod.tokens) and callable(mod.translate) and callable(mod.sentence_bounds) and callable(mod.positions)


@compiled
def test_seed_article_tokens_are_identical(seed_text):
    norm = normalize(seed_text).text
    _same(norm)
    _same(norm, offset=17, first=5)
    toks = reader.tokenize(norm)
    # a number with separators is one token, clitics are read, offsets point into the text
    assert all(norm[t.start:t.end] == t.text for t in toks)
    assert ("و", "الطابيه") in next(t for t in toks if t.text == "والطابيه").forms


@pytest.mark.parametrize("text", [
    "قتل 1,250 شخصا و3.5 مليون نازح، بينهم 12. طفلا_ و_x 3,,4 5.a ٢٥",
    "  \n\u2003\u3000مرحبا\u00a0بكم  ",
    "x² ½ ⅷ ١٢٣ ۴۵ 𝟘𝟙 𝐀𝐁 😀 e\u0301 \u0670",  # non-decimal digits, math letters, astral plane
    "",
    "   ",
    "_",
    "1.",
])
@compiled
def test_edge_cases_are_identical(text):
    _same(text)


@compiled
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_is_tokenized_identically(text):
    _same(text)


@compiled
@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتلوفكال 0123456789.,_-\n،«»x")), max_size=120))
def test_arabic_like_text_is_tokenized_identically(text):
    _same(text)


@compiled
def test_memo_turnover_mid_text():
    # a memo whose hot generation turns over every two new words: the compiled loop must
    # follow the dict it is replaced by, as the Python loop does
    text = "قال الجيش السوري إن ولقد للدولة بالمدينة كما وفي عاد وللمرة"
    memo = WordMemo(_compute_token_info, 2)
    toks = reader._C_TOKENS(text, 0, 0, reader.Token, memo, {})
    assert [t.forms for t in toks] == [t.forms for t in _tokenize_py(text)]
    assert len(memo.hot) <= 2 and len(memo) <= 4


@compiled
def test_a_cold_word_is_promoted_without_recomputing():
    # a word of the generation before is moved into the hot one (as WordMemo.miss does) and
    # its stored readings are used, not computed again
    calls = []

    def fn(t):
        calls.append(t)
        return _compute_token_info(t)

    memo = WordMemo(fn, 8)
    memo.cold = {"والجيش": _compute_token_info("والجيش")}
    toks = reader._C_TOKENS("والجيش قال", 0, 0, reader.Token, memo, {})
    assert calls == ["قال"]
    assert "والجيش" in memo.hot and toks[0].forms == (("", "والجيش"), ("و", "الجيش"))


@compiled
def test_bad_arguments_raise_instead_of_crashing():
    with pytest.raises(TypeError):
        reader._C_TOKENS("نص", 0, 0, reader.Token, reader._token_info, [])
    with pytest.raises(TypeError):
        reader._C_TOKENS("نص", 0, 0, dict, reader._token_info, None)
    for words in ({"a"}, {"a", "b", "c", "d"}):  # either look-up order
        with pytest.raises(TypeError):
            reader._C_POSITIONS({"a": 5, "b": [1]}, words)


@pytest.mark.parametrize("text", [
    "وأعلنَ الجيشُ السوريّ مقتلَ ٢٥ مسلّحاً",      # removed diacritics, digits
    "\ufefb\ufe8e ﷲ 𝐀 😀 x\u200f",              # ligatures (one to several), astral plane
    "",
])
@compiled
def test_translate_is_str_translate(text):
    reader.normalize(text)  # learns the text's characters, as normalize always does first
    assert reader._C_TRANSLATE(text, reader._BMP, reader._FULL) == text.translate(reader._FULL)
    assert reader.normalize(text).text == reader.normalize_text(text)


@compiled
def test_translate_reports_unknown_characters_and_checks_values():
    table = {ord("ا"): "", ord("ب"): "تث", ord("😀"): "😀"}
    bmp = [None] * 0x700
    bmp[ord("ب")] = "تث"
    assert reader._C_TRANSLATE("اب😀ب", bmp, table) == "اب😀ب".translate(table) == "تث😀تث"
    assert reader._C_TRANSLATE("ابجد", bmp, table) is None  # ج, د not in the table
    with pytest.raises(TypeError):
        reader._C_TRANSLATE("ا", bmp, {ord("ا"): 5})


@compiled
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_is_normalized_as_by_str_translate(text):
    n = reader.normalize(text)
    assert n.text == text.translate(reader._FULL) == reader.normalize_text(text)
    out, at = reader._C_TRANSLATE(text, reader._BMP, reader._FULL, True)
    assert out == n.text and at == [m.start() for m in reader._special_re().finditer(text)]
    assert all(reader._BMP[k] == v for k, v in reader._FULL.items() if k < 0x10000)


@compiled
@pytest.mark.parametrize("text", [
    'قال: "انتهى." ثم غادر.\n\nوأضاف؟! نعم... (كذا). 3.5 مليون.x',
    '.', '\n', ' . ', 'a.)"', 'a.)"b', 'a.b. c', '؟؟', '\n\n a \n', '', 'نص بلا نهاية',
    'a.\u3000b', 'x!\u2029y',
])
def test_sentence_bounds_are_identical(text):
    assert reader.sentence_bounds(text) == reader._sentence_bounds_py(text)


@compiled
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".!?؟؛\"')] \n\tا\u3000\u00a0x]([")), max_size=40))
def test_any_punctuation_splits_identically(text):
    assert reader.sentence_bounds(text) == reader._sentence_bounds_py(text)


@compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list("abcdefgh")), st.integers(0, 40)), max_size=30),
       st.frozensets(st.sampled_from(list("abcdefghxyz")), max_size=11),
       st.sampled_from(["set", "frozenset", "keys"]))
def test_positions_are_identical(pairs, words, kind):
    index: dict = {}
    for k, i in sorted(pairs, key=lambda p: p[1]):  # ascending, as the tokeniser builds it
        index.setdefault(k, []).append(i)
    w = {"set": set, "frozenset": frozenset, "keys": lambda x: dict.fromkeys(x).keys()}[kind](words)
    assert reader._C_POSITIONS(index, w) == reader._positions_py(index, w)


@compiled
def test_positions_of_the_seed_article(seed_text):
    from newsparse.doc import make_doc
    from newsparse.gazetteer import base_matcher

    doc = make_doc(seed_text)
    firsts = base_matcher()._firsts
    got = reader.positions(doc.index, firsts)
    assert got == reader._positions_py(doc.index, firsts) and got == sorted(set(got)) and len(got) > 10
    assert reader.positions(doc.index, {"،", ","}) == reader._positions_py(doc.index, {"،", ","})
    assert reader.positions(doc.index, set()) == []


@compiled
def test_pure_python_switch_gives_the_same_output(seed_path):
    # NEWSPARSE_PURE_PYTHON=1 runs the reference loop end to end: same JSON
    def run(env_extra):
        env = {**os.environ, **env_extra, "NEWSPARSE_NO_CACHE": "1"}
        return subprocess.run([sys.executable, "-m", "newsparse.cli", "extract", str(seed_path), "-f", "json"],
                              capture_output=True, text=True, env=env, check=True).stdout

    out = run({})
    assert '"name": "رايان ديلون"' in out and '"casualties"' in out
    assert run({"NEWSPARSE_PURE_PYTHON": "1"}) == out
