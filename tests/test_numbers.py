"""Tests for newsparse.numbers.read_number: every value 1-100 spelled out in words
(masculine and feminine, nominative and oblique), hundreds, thousands, up to a million,
digits and mixed forms, and words that are not counts (ordinals, definite forms)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.numbers import read_number
from newsparse.reader import normalize_text, tokenize

# ------------------------------------------------------------------ an independent speller
# Written from a grammar book, not from the lexicon: ordinary spelling, normalised only when
# tokenised below.

_UNITS_M = {1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة",
            8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_UNITS_F = {1: "واحدة", 2: "اثنتان", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع",
            8: "ثماني", 9: "تسع", 10: "عشر"}
_TENS = {2: "عشر", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
_HUNDREDS_WORD = {1: "مئة", 2: "مئتان", 3: "ثلاثمئة", 4: "أربعمئة", 5: "خمسمئة", 6: "ستمئة",
                  7: "سبعمئة", 8: "ثمانمئة", 9: "تسعمئة"}


def _oblique(word: str) -> str:
    """Accusative/genitive: اثنان → اثنين, عشرون → عشرين, مئتان → مئتين."""
    if word.endswith("ان"):
        return word[:-2] + "ين"
    if word.endswith("ون"):
        return word[:-2] + "ين"
    return word


def spell_below_100(n: int, fem: bool, oblique: bool) -> str:
    units = _UNITS_F if fem else _UNITS_M
    if n <= 10:
        w = units[n]
        return _oblique(w) if oblique else w
    if n < 20:
        u = n - 10
        if u == 1:
            first = "إحدى" if fem else "أحد"
        elif u == 2:
            first = ("اثنتي" if oblique else "اثنتا") if fem else ("اثني" if oblique else "اثنا")
        else:
            # the unit of 13-19 disagrees in gender with the counted noun, like 3-10
            first = (_UNITS_F if fem else _UNITS_M)[u]
        return f"{first} {'عشرة' if fem else 'عشر'}"
    t, u = divmod(n, 10)
    ten = _TENS[t] + ("ين" if oblique else "ون")
    if u == 0:
        return ten
    unit = units[u]
    if oblique:
        unit = _oblique(unit)
    return f"{unit} و{ten}"


def spell(n: int, fem: bool = False, oblique: bool = False, style: str = "joined") -> str:
    """Spell 1 <= n <= 1,000,000 in Arabic words. style: 'joined' (ثلاثمئة), 'mai'
    (ثلاثمائة), 'split' (ثلاث مئة)."""
    assert 1 <= n <= 1_000_000
    if n == 1_000_000:
        return "مليون"
    parts = []
    th, rest = divmod(n, 1000)
    if th:
        if th == 1:
            parts.append("ألف")
        elif th == 2:
            parts.append("ألفين" if oblique else "ألفان")
        elif th <= 10:
            parts.append(f"{_UNITS_M[th]} آلاف")
        else:
            parts.append(f"{spell(th, oblique=oblique, style=style)} {'ألفا' if oblique else 'ألف'}")
    h, r = divmod(rest, 100)
    if h:
        if h == 2:
            w = "مئتين" if oblique else "مئتان"
            if style == "mai":
                w = w.replace("مئ", "مائ")
        elif style == "split" and h >= 3:
            w = _UNITS_F[h] + " مئة"
        else:
            w = _HUNDREDS_WORD[h]
            if style == "mai":
                w = w.replace("مئة", "مائة")
        parts.append(w)
    if r:
        parts.append(spell_below_100(r, fem, oblique))
    return " و".join(parts)


def toks(text: str) -> list[str]:
    return [t.text for t in tokenize(normalize_text(text))]


def read_all(text: str):
    ts = toks(text)
    return read_number(ts, 0), len(ts)


# ------------------------------------------------------------------ words 1-100


@pytest.mark.parametrize("fem", [False, True])
@pytest.mark.parametrize("oblique", [False, True])
@pytest.mark.parametrize("n", range(1, 100))
def test_words_below_100(n, fem, oblique):
    text = spell_below_100(n, fem, oblique)
    got, ntok = read_all(text)
    assert got == (n, ntok), text


@pytest.mark.parametrize("text", ["مئة", "مائة", "مئه"])
def test_hundred_alone(text):
    assert read_all(text)[0] == (100, 1)


# ------------------------------------------------------------------ hundreds, thousands, million

_SAMPLES = sorted(set(
    list(range(100, 1000, 37)) + [100, 200, 300, 999, 1000, 1001, 1100, 1325, 2000, 2500,
                                  3000, 10000, 11000, 12000, 25000, 50000, 99999, 100000,
                                  101010, 250000, 400000, 654321, 999999, 1000000]
    + list(range(1000, 1_000_000, 7919))
))


@pytest.mark.parametrize("style", ["joined", "mai", "split"])
@pytest.mark.parametrize("oblique", [False, True])
@pytest.mark.parametrize("n", _SAMPLES)
def test_large_numbers(n, oblique, style):
    text = spell(n, oblique=oblique, style=style)
    got, ntok = read_all(text)
    assert got == (n, ntok), text


@pytest.mark.parametrize("text,value", [
    ("مئتين", 200), ("مائتي", 200), ("ثلاثمائة", 300), ("ثلاث مائة", 300),
    ("ألفين", 2000), ("ألفي", 2000), ("ألفان", 2000), ("ثلاثة آلاف", 3000),
    ("عشرة آلاف", 10000), ("أحد عشر ألفا", 11000), ("خمسة وعشرين ألف", 25000),
    ("مليونين", 2_000_000), ("ثلاثة ملايين", 3_000_000), ("نصف مليون", 500_000),
    ("مليون ونصف", 1_500_000), ("مليون و200 ألف", 1_200_000),
    ("مئة ألف", 100_000), ("مئة وخمسون", 150), ("ألف وثلاثمائة وخمسة وعشرون", 1325),
    ("خمسة و عشرين", 25), ("مليار", 1_000_000_000),
])
def test_word_forms(text, value):
    assert read_all(text)[0] == (value, len(toks(text))), text


# ------------------------------------------------------------------ digits


@pytest.mark.parametrize("text,value", [
    ("25", 25), ("٢٥", 25), ("1,500", 1500), ("1.500", 1500), ("1,500,000", 1_500_000),
    ("1.500.000", 1_500_000), ("2.5 مليون", 2_500_000), ("٢٫٥ مليون", 2_500_000),
    ("11 ألف", 11000), ("3 آلاف", 3000), ("6.1 مليون", 6_100_000), ("400 ألف", 400_000),
    ("1.500 مليون", 1_500_000), ("12 مليون", 12_000_000), ("2.5", 2.5), ("0.5", 0.5),
    ("١٠٠٠", 1000),
])
def test_digits(text, value):
    got = read_all(text)[0]
    assert got == (value, len(toks(text))), text
    assert type(got[0]) is type(value)


@pytest.mark.parametrize("text,value,length", [
    ("25 شخصا", 25, 1),
    ("بين", None, None),
    ("10 و15", 10, 1),  # a range, not a compound: the caller reads و15 itself
    ("ثلاثة وأربعة", 3, 1),  # two counts, not a compound
    ("خمسة قتلى وعشرون جريحا", 5, 1),
    ("ألف و1500", 1000, 1),
    ("مليون ونصف مليون", 1_500_000, 3),
    ("وخمسة أطفال", 5, 1),  # a list item with و
    ("ثلاثة عشرات", 3, 1),
])
def test_stops_where_the_number_ends(text, value, length):
    got = read_all(text)[0]
    if value is None:
        assert got is None
    else:
        assert got == (value, length), text


def test_reads_in_the_middle():
    ts = toks("قتل 25 شخصا وأصيب خمسة وعشرون آخرون")
    assert read_number(ts, 1) == (25, 2)
    assert read_number(ts, 4) == (25, 6)
    assert read_number(ts, 0) is None


# ------------------------------------------------------------------ not cardinals


@pytest.mark.parametrize("text", [
    "الثالث", "ثالث", "الأول", "أول", "الخامسة", "العاشر", "العشرين", "الثلاثة", "الاثنين",
    "الأحد", "أحد", "إحدى", "آلاف", "ملايين", "عشرات", "مئات", "الآلاف", "ثانية", "ثاني",
    "عشرات الآلاف", "قتيل", "", "نصف", "ربع ساعة",
])
def test_not_a_count(text):
    ts = toks(text)
    assert read_number(ts, 0) is None if ts else True


def test_index_past_end():
    assert read_number(["خمسة"], 1) is None
    assert read_number([], 0) is None


# a second number of the same scale after «و» is the next item (a range or a list), not a
# part of the first: «بين 12 ألفا و16 ألفا»; a smaller part still is: «مليون و200 ألف»
@pytest.mark.parametrize("text,value,used", [
    ("12 ألفا و16 ألف شخص", 12000, 2),
    ("خمسة آلاف وستة آلاف", 5000, 2),
    ("مليون و200 ألف", 1200000, 4),
    ("12 ألف و500 شخص", 12500, 4),
])
def test_next_number_of_same_scale(text, value, used):
    assert read_number(toks(text), 0) == (value, used)


# the definite singular scale words count by themselves («تجاوز الألف», «قرابة المليون»);
# the definite plural «الآلاف» stays a vague quantity (see test_not_a_count)
@pytest.mark.parametrize("text,value", [("الألف", 1000), ("المليون", 1000000)])
def test_definite_scale_word(text, value):
    assert read_number(toks(text), 0) == (value, 1)


@pytest.mark.parametrize("text,value,length", [
    ("بأحد عشر", 11, 2), ("لإحدى عشرة", 11, 2), ("وأحد عشر", 11, 2),  # «وأحد» is also «واحد»
    ("بخمسة عشر", 15, 2), ("لثلاثة آلاف", 3000, 2), ("بعشرين", 20, 1), ("وبخمسين", 50, 1),
    ("كخمسمئة", 500, 1),
])
def test_number_words_behind_a_clitic_prefix(text, value, length):
    assert read_all(text)[0] == (value, length)


@pytest.mark.parametrize("text", ["كمية من الأسلحة", "بأحد المستشفيات", "لست متأكدا", "لأحد الأطفال",
                                  "بستة"])
def test_words_behind_a_prefix_that_are_no_numbers(text):
    # «كمية» is no ك + «مية» (100); «أحد» is a number only before عشر; «ست» is too short
    # to be read behind a prefix («لست», you are not); «بستة» has four letters left
    expected = (6, 1) if text == "بستة" else None
    assert read_all(text)[0] == expected


def test_digit_runs_longer_than_any_figure_are_no_number():
    from newsparse.numbers import parse_digits

    assert parse_digits("1.000.000.000.000") == 10 ** 12
    assert parse_digits("7" * 5000) is None  # int() would refuse it (4,300-digit limit)
    assert parse_digits("9" * 400 + ".5") is None  # float() would give inf
    art = newsparse.parse("ونشر الرقم " + "7" * 5000 + " وقتل 5 أشخاص في الهجوم.")
    assert [(c.kind, c.count.value) for c in art.casualties] == [("killed", 5)]
