"""The reader: normalisation, the offset map, clitics, sentences, encodings, bad input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.reader import (InputError, clitic_forms, decode, normalize, normalize_text,
                              sentence_bounds, tokenize)


@pytest.mark.parametrize("raw, norm", [
    ("قُتِلَ", "قتل"),                       # diacritics
    ("الجـــيش", "الجيش"),                   # tatweel
    ("أكد إسرائيل آمنة", "اكد اسراييل امنه"),  # alef forms, hamza on yeh, teh marbuta
    ("مستشفى", "مستشفي"),                    # alef maksura
    ("مسؤول", "مسوول"),                      # hamza on waw
    ("٢٥ قتيلاً و۱۲ جريحاً", "25 قتيلا و12 جريحا"),  # Arabic-Indic and Persian digits
    ("٢٫٥ مليون", "2.5 مليون"),              # Arabic decimal separator
    ("\ufefb\ufe8e", "لاا"),                 # presentation forms (lam-alef ligature, alef)
    ("بشار\u200f الأسد\u200c", "بشار الاسد"),  # bidi and zero-width marks
    ("«داعش» و“قسد”", '"داعش" و"قسد"'),     # quote variants
])
def test_normalize(raw, norm):
    assert normalize(raw).text == norm
    assert normalize_text(raw) == norm


def test_offsets_map_back_to_the_original():
    raw = "وأعلنَ الجيشُ السوريّ مقتلَ ٢٥ مسلّحاً بريف إدلب."
    n = normalize(raw)
    i = n.text.index("الجيش السوري")
    sp = n.span(i, i + len("الجيش السوري"))
    assert sp.text == "الجيشُ السوريّ"
    assert raw[sp.start:sp.end] == sp.text
    j = n.text.index("25")
    assert n.span(j, j + 2).text == "٢٥"


ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى") + ["ـ", "ً", "ٌ", "ٍ", "َ", "ُ", "ِ", "ّ", "ْ", "ٰ",
                         "٠", "١", "٥", "۹", "7", " ", "\n", "،", ".", "؟", "«", "»", "\u200f", "\ufefb", "\ufe8d", "x"])


@settings(max_examples=300, deadline=None)
@given(st.text(ARABIC, max_size=60), st.data())
def test_offset_invariant_on_random_arabic(raw, data):
    n = normalize(raw)
    assert len(n.starts) == len(n.text) == len(n.ends)
    assert n.text == normalize_text(raw)
    if not n.text:
        return
    s = data.draw(st.integers(0, len(n.text) - 1))
    e = data.draw(st.integers(s + 1, len(n.text)))
    sp = n.span(s, e)
    assert raw[sp.start:sp.end] == sp.text
    # the original span normalises back to the normalised span (a ligature such as ﻻ may
    # give more letters than the span asked for, never fewer)
    assert n.text[s:e] in normalize_text(sp.text)


@pytest.mark.parametrize("tok, stem", [
    ("بدير", "دير"), ("والطابيه", "الطابيه"), ("لموسكو", "موسكو"), ("للدير", "الدير"),
    ("وللجيش", "الجيش"), ("فبغداد", "بغداد"), ("كالعاده", "العاده"), ("وبحلب", "حلب"),
])
def test_clitic_readings(tok, stem):
    forms = clitic_forms(tok)
    assert forms[0] == ("", tok)
    assert stem in [s for _, s in forms]


def test_short_tokens_keep_their_letters():
    # «ول» is not و + ل; «بل» is a word
    assert clitic_forms("بل") == (("", "بل"),)
    assert [s for _, s in clitic_forms("وزير")] == ["وزير"] or "زير" not in [s for _, s in clitic_forms("وز")]


@pytest.mark.parametrize("tok, forms", [
    ("وللجيش", (("", "وللجيش"), ("و", "للجيش"), ("ولل", "الجيش"))),
    ("فبغداد", (("", "فبغداد"), ("ف", "بغداد"), ("فب", "غداد"))),
    ("للدير", (("", "للدير"), ("لل", "الدير"))),
    ("للا", (("", "للا"),)),  # ل + ال needs two letters after it
    ("ولدى", (("", "ولدى"), ("و", "لدى"))),  # ل + a stem of two letters is too short
    ("وبه", (("", "وبه"), ("و", "به"))),
    ("بالقرب", (("", "بالقرب"), ("ب", "القرب"))),
    ("كتب", (("", "كتب"),)),
    ("ول", (("", "ول"),)),
    ("ABC", (("", "ABC"),)), ("2019", (("", "2019"),)), ("،", (("", "،"),)),
])
def test_clitic_readings_in_order(tok, forms):
    # every reading, in order: the token, و/ف + rest, then a preposition on each of them
    assert clitic_forms(tok) == forms


def test_tokens_and_sentences():
    text = normalize_text('قال المتحدث: "قتل 2.5 ألف شخص". وأضاف أن الوضع صعب؟\nسطر جديد')
    toks = [t.text for t in tokenize(text)]
    assert "2.5" in toks and ":" in toks and '"' in toks
    sents = [text[s:e] for s, e in sentence_bounds(text)]
    assert sents == ['قال المتحدث: "قتل 2.5 الف شخص".', "واضاف ان الوضع صعب؟", "سطر جديد"]


def test_carriage_returns_part_words():
    # text handed to the library as it is: CRLF or a lone CR (old Mac files) between words
    from newsparse.doc import make_doc
    from newsparse.pipeline import parse

    for br in ("\r\n", "\r"):
        text = f"التقى وزير الخارجية الأمريكي مايك بومبيو{br}في بيروت نظيره اللبناني."
        art = parse(text)
        assert [a.name for a in art.actors if a.type == "person"] == ["مايك بومبيو"]
        assert "بيروت" in [p.name for p in art.places]
        assert "بومبيو" in [t.text for t in make_doc(text).tokens]


def test_decode_encodings():
    s = "قال الجيش السوري\r\nإن ٣ قتلوا"
    assert decode(s.encode("utf-8")) == "قال الجيش السوري\nإن ٣ قتلوا"
    assert decode(b"\xef\xbb\xbf" + s.encode("utf-8")).startswith("قال")
    w = "قال الجيش السوري\r\nإن 3 قتلوا"
    assert decode(w.encode("cp1256")) == "قال الجيش السوري\nإن 3 قتلوا"
    assert decode("\ufeffسوريا".encode("utf-16")) == "سوريا"


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom(enc):
    s = "قال الجيش السوري (رويترز) إن 3 مدنيين قتلوا في حلب يوم 12 مايو.\nThe army said so."
    assert decode(s.encode(enc)) == s


def test_decode_iso_8859_6():
    s = "قال الجيش السوري إن 3 مدنيين قتلوا في حلب، وأضاف: نعم.\n"
    assert s.encode("iso8859_6") != s.encode("cp1256")  # the two code pages differ
    assert decode(s.encode("iso8859_6")) == s
    assert decode(s.encode("cp1256")) == s  # and Windows-1256 is still read as such


def test_bomless_utf16_junk_is_not_text():
    import random

    rnd = random.Random(11)
    for _ in range(100):
        junk = bytes(rnd.choice([0, rnd.randrange(1, 256)]) for _ in range(400))
        with pytest.raises(InputError):
            decode(junk, "junk.txt")


def test_decode_windows_1256_with_news_punctuation():
    s = "«قال» المتحدث – إن 3 قتلوا… “نعم”، وأضاف: The army said so."
    assert decode(s.encode("cp1256")) == s


def test_random_bytes_are_not_text():
    import random

    rnd = random.Random(7)
    for _ in range(100):
        junk = bytes(rnd.randrange(1, 256) for _ in range(300))
        for data in (junk, b"\xff\xfe" + junk):
            with pytest.raises(InputError):
                decode(data, "junk.txt")


@pytest.mark.parametrize("data, why", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
    (bytes(range(0, 32)) * 10, "NUL"),
    (b"\x81\x8d\x8f\x90\x9d" * 20, "Windows-1256"),
])
def test_decode_refuses_non_text(data, why):
    with pytest.raises(InputError) as e:
        decode(data, "x.bin")
    assert str(e.value).startswith("x.bin: ")
    assert "\n" not in str(e.value)


def test_diacritics_cover_camel_tools_set():
    from camel_tools.utils.charsets import AR_DIAC_CHARSET
    from camel_tools.utils.dediac import dediac_ar

    from newsparse.reader import _REMOVE

    assert set(AR_DIAC_CHARSET) <= _REMOVE
    s = "وَأَعْلَنَ الجَيْشُ مَقْتَلَ"
    assert normalize_text(s) == normalize_text(dediac_ar(s))
