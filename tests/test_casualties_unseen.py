"""Casualty phrasings of agency copy about events of every kind (wars, disasters,
crackdowns, migration): qualifiers after a counted noun, vague counts after a qualifier,
counts after a time word. Sentences are written for the tests."""

from __future__ import annotations

import pytest

from newsparse.casualties import extract
from newsparse.doc import make_doc


def run(text):
    out = extract(make_doc(text), [])
    for c in out:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    return [(c.kind, c.count.value, c.count.qualifier, c.count.vague) for c in out]


CASES = [
    # a qualifier after the counted harm noun or dual
    ("وأسفر الانفجار عن سقوط سبعة قتلى على الأقل في السوق.", [("killed", 7, "at_least", None)]),
    ("وخلف الإعصار 40 جريحا على الأقل.", [("injured", 40, "at_least", None)]),
    ("وأوقع الهجوم قتيلين على الأقل.", [("killed", 2, "at_least", None)]),
    # the next item after «على الأقل» is a count of its own, without that qualifier
    ("وأعلنت الشرطة سقوط ثلاثة قتلى على الأقل وعدد من الجرحى.",
     [("killed", 3, "at_least", None), ("injured", None, "exact", "several")]),
    ("وأوقع الهجوم قتيلين على الأقل وتسعة جرحى.",
     [("killed", 2, "at_least", None), ("injured", 9, "exact", None)]),
    # «أكبر عدد من» is still no count
    ("وهذا أكبر عدد من الضحايا منذ سنوات.", []),
    # a time word before a vague count or a count of a harm noun is no age or date
    ("وخلفت الغارات هذا العام مئات القتلى في المدينة.", [("killed", None, "exact", "hundreds")]),
    ("وسجلت السلطات العام 300 قتيل في حوادث الطرق.", [("killed", 300, "exact", None)]),
    ("وقال إن عمره 45 عاما.", []),
    ("وولد في العام 1990 في القرية.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_unseen(text, expected):
    assert run(text) == expected
