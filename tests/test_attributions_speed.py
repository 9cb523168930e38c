"""The shortcuts of attributions.py taken for speed give what the full checks give."""

import newsparse
from newsparse import attributions
from newsparse.doc import make_doc


def test_has_word():
    doc = make_doc("قال الوزير ، . إن")
    toks = doc.tokens
    assert attributions._has_word(toks, 0, 2)
    assert not attributions._has_word(toks, 2, 4)  # a comma and a full stop
    assert attributions._has_word(toks, 2, 5)  # a word after them
    assert not attributions._has_word(toks, 1, 1)  # an empty range, even at a word


def test_passive_needs_a_damma():
    # the damma check is skipped for a text without one: the same verb is then active
    assert not newsparse.parse("وزُعم أن القوات انسحبت من المدينة أمس.").attributions
    assert newsparse.parse("وزعم الجيش أن القوات انسحبت من المدينة أمس.").attributions


def test_according_quick_rejection():
    # «على» opens «على لسان» only when «لسان» follows; other «على» are no cue
    atts = newsparse.parse("ونقلت الصحيفة على لسان مسؤول أميركي أن المحادثات فشلت.").attributions
    assert atts and "مسؤول" in atts[0].speaker.text
    assert not newsparse.parse("وسيطرت القوات على المدينة بعد معارك عنيفة.").attributions


def test_audience_memo():
    doc = make_doc("وقال لها الوزير إن المحادثات فشلت.")
    ctx = attributions._Ctx(doc)
    first = attributions._audience_at(ctx, 1, len(doc.tokens))
    assert first == (2, None)
    assert attributions._audience_at(ctx, 1, len(doc.tokens)) == first
    assert attributions._audience_at(ctx, 1, 1) is None  # outside the sentence
