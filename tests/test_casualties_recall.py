"""Casualty patterns where the count stands apart from its harm word: a time aside between
them, toll statements, verbs that count only people. Sentences are written for the tests."""

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
    # a time aside set off by commas between the harm verb and its count
    ("وكانت العصابة اختطفت، في وقت سابق الأحد، 12 طفلا من القرية.", [("detained", 12, "exact", None)]),
    ("وكانت الشرطة اعتقلت، الاثنين، أكثر من 40 من المحتجين.", [("detained", 40, "more_than", None)]),
    ("وقتل، مساء الجمعة، عدد من الجنود في الكمين.", [("killed", None, "exact", "several")]),
    ("ونزح، الأربعاء نحو 3 آلاف مدني من البلدة.", [("displaced", 3000, "about", None)]),
    # not a harm verb before the aside: nothing
    ("وقال، الأحد، 5 أشخاص إنهم رأوا الطائرة.", []),
    # verbs that are a harm only before a count of people
    ("وقضى 12 شخصا في الحريق الذي اندلع ليلا.", [("killed", 12, "exact", None)]),
    ("وقضى ثلاثة آخرون غرقا.", [("killed", 3, "exact", None)]),
    ("وقضى 3 سنوات في السجن قبل الإفراج عنه.", []),
    ("وتمكن الجيش من قتل 9 مسلحين وأسر 6 آخرين.", [("killed", 9, "exact", None), ("detained", 6, "exact", None)]),
    ("كما تم أسر عشرات الجنود.", [("detained", None, "exact", "tens")]),
    ("وزار الوزير أسر المعتقلين.", []),
    # the count «اثنين» after its noun of people at the very end of the text
    ("وقضى عاملين اثنين", [("killed", 2, "exact", None)]),
    # «تكبد» (lost) with a count of people, the verb up to 4 words before it
    ("وتكبدت القوات المهاجمة 25 عنصرا في المعركة.", [("killed", 25, "exact", None)]),
    ("وتكبدت خلالها الجماعة المسلحة أكثر من 30 مقاتلا.", [("killed", 30, "more_than", None)]),
    ("وقضى في الحريق 14 شخصا.", [("killed", 14, "exact", None)]),
    ("وتكبدت الجماعة خسائر كبيرة وانسحاب 30 مقاتلا.", []),
    ("وينص الاتفاق الذي يقضي بخروج 500 مسلح من البلدة.", []),
    # a part of the victims counted after them is the figure harmed
    ("وهاجمت قوة من 300 مسلح القرية وقتل نحو 40 منهم.", [("killed", 40, "about", None)]),
    ("وشارك 800 جندي في العملية وأكثر من 50 منهم أصيبوا.", [("injured", 50, "more_than", None)]),
    # passive «قبض على»
    ("كما قبض على أربعة أشخاص في المطار.", [("detained", 4, "exact", None)]),
    # remains of the dead before a count of people
    ("وتمكنت فرق الإنقاذ من انتشال جثث سبعة صيادين.", [("killed", 7, "exact", None)]),
    ("ووصلت إلى المطار رفات 12 جنديا.", [("killed", 12, "exact", None)]),
    # toll statements: «عدد ... يبلغ N», «إلى N عدد ... الذين قتلوا»
    ("وقالت اللجنة إن عدد المعتقلين يبلغ 80 شخصا.", [("detained", 80, "exact", None)]),
    ("وقال إن عمره يبلغ 45 عاما.", []),
    ("وبذلك يرتفع إلى 52 عدد المدنيين الذين قتلوا منذ بداية الشهر.", [("killed", 52, "exact", None)]),
    ("ويرتفع إلى 90 عدد الذين أصيبوا في الزلزال.", [("injured", 90, "exact", None)]),
    ("ويرتفع إلى 90 عدد الذين وصلوا إلى الجزيرة.", []),
    # a range of thousands: «بين 12 ألفا و16 ألفا» (not 12016, then 1000)
    ("ونزح ما بين 20 ألفا و25 ألف شخص من المدينة.", [("displaced", None, "range", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_recall(text, expected):
    assert run(text) == expected
