"""Table-driven tests for newsparse.casualties: each number form, qualifier, kind, combined
tolls, infection vs injury, and what is not a casualty. Sentences are written for the tests."""

from __future__ import annotations

import pytest

from newsparse.casualties import extract
from newsparse.doc import make_doc
from newsparse.model import Attribution, SpeakerSpan, Span


def run(text):
    doc = make_doc(text)
    out = extract(doc, [])
    for c in out:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        if c.victims is not None:
            assert text[c.victims.start:c.victims.end] == c.victims.text
    return out


def summary(c):
    n = c.count
    return (c.kind, n.value, n.min, n.max, n.qualifier, n.vague)


# (sentence, expected items as (kind, value, min, max, qualifier, vague))
CASES = [
    # number forms
    ("قتل 27 شخصا في غارة جوية على القرية.", [("killed", 27, None, None, "exact", None)]),
    ("قتل ٢٧ شخصاً في غارة جوية على القرية.", [("killed", 27, None, None, "exact", None)]),
    ("أسفر القصف عن مقتل ثمانية مدنيين.", [("killed", 8, None, None, "exact", None)]),
    ("أسفر الانفجار عن مقتل خمسة وعشرين شخصا.", [("killed", 25, None, None, "exact", None)]),
    ("نزح 11 ألف شخص من المدينة.", [("displaced", 11000, None, None, "exact", None)]),
    ("شردت الحرب 2.5 مليون شخص.", [("displaced", 2500000, None, None, "exact", None)]),
    ("تم اعتقال 1,500 شخص خلال الاحتجاجات.", [("detained", 1500, None, None, "exact", None)]),
    ("وأسفرت المعارك عن سقوط 3 آلاف قتيل.", [("killed", 3000, None, None, "exact", None)]),
    # duals and singular nouns
    ("سقط قتيلين في الاشتباكات.", [("killed", 2, None, None, "exact", None)]),
    ("أعلن الجيش إصابة جنديين بنيران قناص.", [("injured", 2, None, None, "exact", None)]),
    ("أدى الهجوم إلى مقتل جندي.", [("killed", 1, None, None, "exact", None)]),
    ("وأكد المسعفون إصابة طفل بشظايا.", [("injured", 1, None, None, "exact", None)]),
    ("قتل أحد المحتجين برصاص الشرطة.", [("killed", 1, None, None, "exact", None)]),
    # qualifiers
    ("قتل أكثر من 100 مسلح في المعارك.", [("killed", 100, None, None, "more_than", None)]),
    ("أصيب ما يزيد على 300 شخص.", [("injured", 300, None, None, "more_than", None)]),
    ("أسفر الهجوم عن مقتل ما لا يقل عن 40 عنصرا.", [("killed", 40, None, None, "at_least", None)]),
    ("قال المسعفون إن 16 شخصا على الأقل قتلوا.", [("killed", 16, None, None, "at_least", None)]),
    ("فر نحو 6 آلاف شخص من البلدة.", [("displaced", 6000, None, None, "about", None)]),
    ("أصيب حوالي 200 متظاهر.", [("injured", 200, None, None, "about", None)]),
    ("وسقط قرابة 50 قتيلا.", [("killed", 50, None, None, "about", None)]),
    ("أدى القصف إلى مقتل ما يقارب 70 مدنيا.", [("killed", 70, None, None, "about", None)]),
    ("قد يصل عدد القتلى إلى ما يصل إلى 500 قتيل.", [("killed", 500, None, None, "up_to", None)]),
    ("قتل أقل من 10 أشخاص في الهجوم.", [("killed", 10, None, None, "less_than", None)]),
    ("قتل بين 10 و15 جنديا في الكمين.", [("killed", None, 10, 15, "range", None)]),
    ("أصيب من 20 إلى 30 شخصا.", [("injured", None, 20, 30, "range", None)]),
    # vague
    ("قتل عشرات المدنيين في القصف.", [("killed", None, None, None, "exact", "tens")]),
    ("وأصيب المئات.", [("injured", None, None, None, "exact", "hundreds")]),
    ("اعتقلت الشرطة بضعة أشخاص.", [("detained", None, None, None, "exact", "few")]),
    ("وأصيب عدة أشخاص بجروح.", [("injured", None, None, None, "exact", "several")]),
    ("أدت الحرب إلى نزوح آلاف المدنيين.", [("displaced", None, None, None, "exact", "thousands")]),
    ("قتل في الحرب مئات الآلاف.", [("killed", None, None, None, "exact", "thousands")]),
    # kinds and syntax patterns
    ("وأفاد المرصد بأن 43 مدنيا قتلوا في قصف مدفعي.", [("killed", 43, None, None, "exact", None)]),
    ("أكثر من 1400 فلسطيني أصيب بجراح.", [("injured", 1400, None, None, "more_than", None)]),
    ("ما زال خمسة صيادين في عداد المفقودين.", [("missing", 5, None, None, "exact", None)]),
    ("أبلغت الأسر عن فقدان 12 شخصا.", [("missing", 12, None, None, "exact", None)]),
    ("اعتقلت قوات الاحتلال 21 فلسطينيا في الضفة الغربية.", [("detained", 21, None, None, "exact", None)]),
    ("تحتجز السلطات المحلية 800 طفل.", [("detained", 800, None, None, "exact", None)]),
    ("اختطف مسلحون سبعة عمال.", [("detained", 7, None, None, "exact", None)]),
    ("ما لا يقل عن 6.1 مليون نازح داخليا.", [("displaced", 6100000, None, None, "at_least", None)]),
    ("ارتفعت حصيلة القتلى منذ بدء الهجوم إلى 1031.", [("killed", 1031, None, None, "exact", None)]),
    ("ارتفع عدد ضحايا الفيضانات إلى 150 قتيلا.", [("killed", 150, None, None, "exact", None)]),
    ("لقي 12 شخصا حتفهم في حادث.", [("killed", 12, None, None, "exact", None)]),
    ("وأودى الانفجار بحياة 9 أشخاص.", [("killed", 9, None, None, "exact", None)]),
    ("وجرح 500 آخرين في الهجمات.", [("injured", 500, None, None, "exact", None)]),
    ("يبقى 400 ألف شخص عالقين في المدينة المحاصرة.", [("affected", 400000, None, None, "exact", None)]),
    # details of a toll
    ("أسفر القصف عن مقتل 43 مدنيا بينهم سبعة أطفال و3 نساء.", [
        ("killed", 43, None, None, "exact", None), ("killed", 7, None, None, "exact", None),
        ("killed", 3, None, None, "exact", None)]),
    ("وقتل ستة أشخاص وأصيب 20 آخرون.", [
        ("killed", 6, None, None, "exact", None), ("injured", 20, None, None, "exact", None)]),
    ("قتل 16 شخصا على الأقل وجرح المئات.", [
        ("killed", 16, None, None, "at_least", None), ("injured", None, None, None, "exact", "hundreds")]),
    # combined tolls: one affected item
    ("تكبدت الميليشيا ما يقارب 1000 قتيل وجريح.", [("affected", 1000, None, None, "about", None)]),
    ("خلف القصف عشرات القتلى والجرحى.", [("affected", None, None, None, "exact", "tens")]),
    ("وسقط العشرات من عناصرها بين قتيل وجريح.", [("affected", None, None, None, "exact", "tens")]),
    ("هناك 400 ألف شخص قتلوا أو فقدوا.", [("affected", 400000, None, None, "exact", None)]),
    ("أسفر الهجوم عن مقتل وإصابة 30 شخصا.", [("affected", 30, None, None, "exact", None)]),
    ("أعلن الجيش تحييد 20 مسلحا.", [("affected", 20, None, None, "exact", None)]),
    # infection is not injury
    ("أصيب 300 شخص بالكوليرا في المحافظة.", [("affected", 300, None, None, "exact", None)]),
    ("سجلت إصابة 45 طفلا بالحصبة.", [("affected", 45, None, None, "exact", None)]),
    ("أصيب 30 شخصا بالاختناق جراء القصف.", [("injured", 30, None, None, "exact", None)]),
    # one item per (kind, figure); the more specific qualifier wins
    ("قتل 20 شخصا. وقالت الشرطة إن أكثر من 20 شخصا قتلوا.", [("killed", 20, None, None, "more_than", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_casualties(text, expected):
    assert [summary(c) for c in run(text)] == expected


NEGATIVE = [
    "نشر الجيش نحو 500 مقاتل على الحدود.",  # force size
    "تبعد القرية 8 كيلومترات عن خط الجبهة وقتل فيها كثيرون.",  # distance
    "قدمت الدولة 2 مليون دولار لعائلات القتلى.",  # money
    "قتل الرجل في 15 مارس 2018.",  # date
    "قتل طفل يبلغ 5 سنوات.",  # age (the child is a singular victim, the 5 is not a count)
    "أطلقت الميليشيا 40 صاروخا على المدينة.",  # weapons
    "دمرت الغارات 30 منزلا وقتلت.",  # buildings
    "تراجعت نسبة الإصابات بنسبة 20 بالمئة.",  # percentage
    "قتل في عام 2017 بمدينة طنطا.",  # a year
    "زرعت الميليشيا الألغام لإيقاع أكبر عدد من الضحايا.",  # not a count
    "اعتقلت الشرطة المشتبه به في الحادث الثالث.",  # ordinal
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_casualties(text):
    got = [summary(c) for c in run(text) if c.count.value not in (1,)]
    assert got == []


def test_age_sentence_keeps_the_child():
    assert [summary(c) for c in run("قتل طفل يبلغ 5 سنوات.")] == [("killed", 1, None, None, "exact", None)]


def test_conservative_counts():
    c = run("قتل عشرات المدنيين.")[0]
    assert c.count.conservative == 10
    c = run("قتل بين 10 و15 جنديا.")[0]
    assert c.count.conservative == 10 and c.count.value is None
    c = run("قتل أكثر من 100 مسلح.")[0]
    assert c.count.conservative == 100


def test_evidence_covers_figure_and_harm_word():
    text = "أعلن المرصد إصابة 25 من القوات الموالية للجيش السوري."
    c = run(text)[0]
    assert c.evidence.text.startswith("إصابة 25")
    assert c.victims is not None and "القوات" in c.victims.text
    text = "وقال المسعفون إن أكثر من 100 مقاتل من القوات الحكومية قتلوا."
    c = run(text)[0]
    assert c.evidence.text.startswith("أكثر من 100") and c.evidence.text.endswith("قتلوا")


def test_diacritics_and_offsets():
    text = "قُتِلَ ثلاثةُ أشخاصٍ وأُصيبَ خمسةٌ آخرون."
    got = [summary(c) for c in run(text)]
    assert got == [("killed", 3, None, None, "exact", None), ("injured", 5, None, None, "exact", None)]


def test_cumulative():
    c = run("ارتفعت حصيلة القتلى منذ بدء الحرب إلى 500 قتيل.")[0]
    assert c.cumulative
    c = run("قتل خمسة أشخاص في الغارة.")[0]
    assert not c.cumulative


def test_attribution_source():
    text = "قال المرصد السوري إن 12 مدنيا قتلوا في القصف."
    doc = make_doc(text)
    start = text.index("12")
    att = Attribution(speaker=SpeakerSpan("المرصد السوري", 4, 17, actor="المرصد السوري لحقوق الإنسان"),
                      cue=Span("قال", 0, 3), content=Span(text[start - 3:], start - 3, len(text)))
    c = extract(doc, [att])[0]
    assert c.source == "المرصد السوري لحقوق الإنسان" and c.attribution == 0


def test_empty():
    assert extract(make_doc(""), []) == []
    assert extract(make_doc("لا شيء هنا."), []) == []


def test_perpetrator_place_and_victim_actor():
    from newsparse.doc import Mention
    from newsparse.model import Actor, Place

    text = "قتل 5 مدنيين بغارة للتحالف على مدينة إدلب، وأصيب 3 من القوات الحكومية."
    doc = make_doc(text)
    toks = [t.text for t in doc.tokens]

    def mention(word, kind, key):
        i = next(k for k, t in enumerate(toks) if t.endswith(word))
        return Mention(i, i + 1, doc.tokens[i].start, doc.tokens[i].end, kind, key)

    doc.mentions = sorted([mention("تحالف", "actor", "coal"), mention("ادلب", "place", "idlib"),
                           mention("الحكوميه", "actor", "gov")], key=lambda m: m.tok_start)
    doc.actors = {"coal": Actor("التحالف الدولي", "military"), "gov": Actor("القوات الحكومية", "military")}
    doc.places = {"idlib": Place("إدلب", "city")}
    out = extract(doc, [])
    assert [summary(c) for c in out] == [("killed", 5, None, None, "exact", None),
                                         ("injured", 3, None, None, "exact", None)]
    assert out[0].perpetrator == "التحالف الدولي"
    assert out[0].place == "إدلب"
    assert out[1].victim_actor == "القوات الحكومية"


@pytest.mark.parametrize("text, expected", [
    # a count after its victims belongs to the harm word before them, not to the next toll
    ("غزة: استشهاد فلسطينيين اثنين وإصابة المئات قرب السياج",
     [("killed", 2, None), ("injured", None, "hundreds")]),
    # «قضت المحكمة» is a court ruling, not a death
    ("وقضت المحكمة بالسجن المشدد 15 سنة لـ6 متهمين.", []),
])
def test_counts_read_with_the_right_harm_word(text, expected):
    import newsparse

    got = [(c.kind, c.count.value, c.count.vague) for c in newsparse.parse(text).casualties]
    assert got == expected


def test_a_repeated_figure_keeps_its_source():
    import newsparse

    text = ("غزة: استشهاد فلسطينيين اثنين قرب السياج\n\n"
            "أعلنت وزارة الصحة الفلسطينية استشهاد شابين برصاص الجيش الإسرائيلي.")
    got = [(c.kind, c.count.value, c.source) for c in newsparse.parse(text).casualties]
    assert got == [("killed", 2, "وزارة الصحة الفلسطينية")]


# (sentence, expected items as (kind, value, min, max, qualifier, vague))
MORE_CASES = [
    # «قتلوا وأصيب» is two statements when the second verb has its own (qualified) count
    ("وقال المسؤول إن 9 عمال قتلوا وأصيب أكثر من 30 آخرين في الانفجار.", [
        ("killed", 9, None, None, "exact", None), ("injured", 30, None, None, "more_than", None)]),
    ("وذكر المصدر أن 4 جنود قتلوا وجرح نحو 20 آخرين.", [
        ("killed", 4, None, None, "exact", None), ("injured", 20, None, None, "about", None)]),
    # a detail joined by «و» with a feminine plural noun of people
    ("أصيب 40 شخصا، بين المصابين 11 طفلا وخمس ممرضات.", [
        ("injured", 40, None, None, "exact", None), ("injured", 11, None, None, "exact", None),
        ("injured", 5, None, None, "exact", None)]),
    ("واعتقلت الشرطة 7 ناشطات.", [("detained", 7, None, None, "exact", None)]),
    # feminine plural and dual verbs after the victims
    ("وكانت 6 طالبات اعتقلن أمس.", [("detained", 6, None, None, "exact", None)]),
    ("وقالت الشرطة إن عاملين اثنين أصيبا في الانفجار.", [("injured", 2, None, None, "exact", None)]),
    ("وقال المكتب إن 12 ألف شخص تضرروا من الإعصار.", [("affected", 12000, None, None, "exact", None)]),
    # a toll noun after the figure, or before «إلى»
    ("وبذلك ترتفع إلى 64 حصيلة القتلى منذ بداية الشهر.", [("killed", 64, None, None, "exact", None)]),
    ("ليرتفع إلى 38 عدد الجرحى.", [("injured", 38, None, None, "exact", None)]),
    ("وارتفع عدد القتلى جراء الفيضانات في الإقليم، إلى 210 أشخاص.", [("killed", 210, None, None, "exact", None)]),
    ("قدرت حصيلة القتلى بنحو 30 وعدد الجرحى بنحو 50.", [
        ("killed", 30, None, None, "about", None), ("injured", 50, None, None, "about", None)]),
    # a definite harm word describing another noun is not the victims' predicate
    ("وتظاهر آلاف السكان قرب الجدار الذي يحيط بالقطاع المحاصر.", []),
    ("وتسعى المنظمة لجمع 3 آلاف خيمة للنازحين.", []),
    ("وكان 26 عنصرا من بين القتلى.", [("killed", 26, None, None, "exact", None)]),
    ("بقي مئات المهاجرين المحتجزين في المركز.", [("detained", None, None, None, "exact", "hundreds")]),
    ("وسجلت 70 حالة على الأقل من ضيق التنفس والاختناق.", [("injured", 70, None, None, "at_least", None)]),
    # «واحد» after a noun is an adjective, not a count
    ("وكان القتلى من أسرة واحدة.", []),
    ("وقتل في يوم واحد عدد من الجنود.", [("killed", None, None, None, "exact", "several")]),
    ("وأسفر الحادث عن إصابة تلميذ واحد على الأقل.", [("injured", 1, None, None, "at_least", None)]),
    # the next item of a toll, joined by «و»
    ("قتل 30 شخصا بينهم 9 جنود وطفل واحد.", [
        ("killed", 30, None, None, "exact", None), ("killed", 9, None, None, "exact", None),
        ("killed", 1, None, None, "exact", None)]),
    ("أسفر الهجوم عن مقتل 4 مسلحين وشرطي.", [
        ("killed", 4, None, None, "exact", None), ("killed", 1, None, None, "exact", None)]),
    ("قتل 11 رجلا وامرأتان في القصف.", [
        ("killed", 11, None, None, "exact", None), ("killed", 2, None, None, "exact", None)]),
    # the figure counts both nouns: no separate «1»
    ("خطف المسلحون 25 سيدة وطفلا.", [("detained", 25, None, None, "exact", None)]),
    # «اثنين» after a plural noun of people
    ("وأسفر القصف عن إصابة سودانيين اثنين.", [("injured", 2, None, None, "exact", None)]),
    # leaving is a displacement when civilians leave, not diplomats or fighters
    ("وغادر نحو 400 شخص البلدة.", [("displaced", 400, None, None, "about", None)]),
    ("وقالت الوزارة إن آلاف المدنيين يغادرون المدينة.", [("displaced", None, None, None, "exact", "thousands")]),
    ("وغادر 40 دبلوماسيا العاصمة.", []),
    ("وغادر الآلاف المدينة في الأيام الأخيرة.", [("displaced", None, None, None, "exact", "thousands")]),
    ("وبعد العرض غادر العشرات القاعة.", []),
    ("ويغادر نحو ألفي مقاتل المنطقة.", []),
    # verb or verbal noun, its definite subject, then the count
    ("وقتلت الشرطة نحو 300 مهرب.", [("killed", 300, None, None, "about", None)]),
    ("وترافق ذلك مع اعتقال السلطات عشرات التجار.", [("detained", None, None, None, "exact", "tens")]),
    ("ولجأ 200 شخص إلى أكثر من 40 مخيما.", [("displaced", 200, None, None, "exact", None)]),
    # «وأكثر من» starts the next figure, which keeps its own harm noun
    ("وترتفع حصيلة القتلى منذ بداية العام إلى 310 أشخاص وأكثر من 9 آلاف مصاب.", [
        ("killed", 310, None, None, "exact", None), ("injured", 9000, None, None, "more_than", None)]),
    ("قتلت القوات 35 شخصا على الأقل بينهم طفل إضافة إلى نحو 900 جريح.", [
        ("killed", 35, None, None, "at_least", None), ("killed", 1, None, None, "exact", None),
        ("injured", 900, None, None, "about", None)]),
    ("وقال إن 6 جنود و9 مسلحين قتلوا.", [
        ("killed", 6, None, None, "exact", None), ("killed", 9, None, None, "exact", None)]),
    ("قتل 40 شخصا وأكثر.", [("killed", 40, None, None, "more_than", None)]),
    # «بضع عشرات», «عدة آلاف»: one vague count of the larger class
    ("وقالت الوزارة إن بضع عشرات من الجنود أصيبوا.", [("injured", None, None, None, "exact", "tens")]),
    ("ونزح عدة آلاف من السكان.", [("displaced", None, None, None, "exact", "thousands")]),
    ("واعتقلت الشرطة بضعة آلاف شخص.", [("detained", None, None, None, "exact", "thousands")]),
    ("وأصابت الصواريخ 3 أهداف عسكرية.", []),
    ("وفقدت الطائرة 3 محركات.", []),
]


@pytest.mark.parametrize("text,expected", MORE_CASES)
def test_more_casualties(text, expected):
    assert [summary(c) for c in run(text)] == expected


def test_number_words_behind_a_preposition_are_read_whole():
    # «بأحد عشر» is eleven, not «عشر» (ten) after a preposition; «وأحد عشر» not «واحد» (one)
    out = run("وقدرت حصيلة القصف بأحد عشر قتيلا من المدنيين، فيما أصيب وأحد عشر آخرون بجروح.")
    assert sorted((c.kind, c.count.value) for c in out) == [("injured", 11), ("killed", 11)]
    out = run("وصل عدد الجرحى لخمسة عشر جريحا بينهم نساء.")
    assert [(c.kind, c.count.value, c.evidence.text) for c in out] == [("injured", 15, "لخمسة عشر جريحا")]


@pytest.mark.parametrize("text", [
    "وفر 50 سجينا من السجن المركزي بعد هجوم مسلح.",
    "وأعلنت الشرطة هروب عشرات السجناء من سجن المدينة.",
    "وتمكن 20 معتقلا من الفرار خلال نقلهم إلى المحكمة.",
])
def test_escaped_prisoners_are_no_detentions(text):
    assert [c for c in run(text) if c.kind == "detained"] == []


def test_detentions_beside_an_escape_word_and_releases_are_kept():
    # released prisoners were held: they stay detained (as «أفرجت الميليشيا عن 12 مختطفات»)
    out = run("واعتقلت الشرطة 12 شخصا بعد فرارهم، ولا يزال 300 معتقل في السجون.")
    assert sorted((c.kind, c.count.value) for c in out) == [("detained", 12), ("detained", 300)]
    out = run("وأفرجت السلطات عن 40 معتقلا من أنصار المعارضة.")
    assert [(c.kind, c.count.value) for c in out] == [("detained", 40)]


# a harm word after the victims that is no predicate of theirs: in a charge or an attempt, a
# noun past a place or a time, a deed of theirs with ب, the figure of other people
@pytest.mark.parametrize("text, expected", [
    ("وأحالت النيابة 4 ضباط إلى القضاء بتهمة تعذيب محتجز.", []),
    ("ونشرت الشرطة 200 من عناصرها في المدينة للتحقيق في محاولة اغتيال القاضي.", []),
    ("وعاد أكثر من 500 من العمال إلى قراهم بعد العثور على جثة زميلهم.", []),
    ("وكان 12 رجلا من أفراد العصابة قاموا بخطف حافلة في الجنوب.", []),
    ("وقضت المحكمة على 40 شخصا بالإعدام في قضية الاغتيال.", []),
    ("وأعلن خفر السواحل إنقاذ 55 مهاجرا وتسجيل 20 آخرين في عداد المفقودين.",
     [("missing", 20, None, None, "exact", None)]),
    ("وأصابت القذيفة خمسة أشخاص بينهم لاجئون في المخيم.", [("injured", 5, None, None, "exact", None)]),
    # still read: coordinated figures, parts after «بينهم», a verb past a place
    ("وقالت الشرطة إن 3 حراس و5 مدنيين قتلوا.", [
        ("killed", 3, None, None, "exact", None), ("killed", 5, None, None, "exact", None)]),
    ("وقالت المنظمة إن 30 شخصا من بينهم 9 نساء اعتقلوا.", [
        ("detained", 30, None, None, "exact", None), ("detained", 9, None, None, "exact", None)]),
    ("ونقل 6 عمال إلى المستشفى بعد أن أصيبوا بحروق.", [("injured", 6, None, None, "exact", None)]),
])
def test_harm_words_that_are_no_predicate_of_the_victims(text, expected):
    assert [summary(c) for c in run(text)] == expected


# captives killed or wounded are counted as killed or injured, not as detained
@pytest.mark.parametrize("text, expected", [
    ("وأعدمت الجماعة خمسة رهائن في الصحراء.", [("killed", 5, None, None, "exact", None)]),
    ("وأكدت اللجنة وفاة 4 معتقلين تحت التعذيب.", [("killed", 4, None, None, "exact", None)]),
    ("وأسفر القصف عن إصابة 7 أسرى في السجن.", [("injured", 7, None, None, "exact", None)]),
    # a threat against hostages harms none: they are held
    ("وهدد المسلحون بقتل 6 رهائن.", [("detained", 6, None, None, "exact", None)]),
    ("واحتجزت الميليشيا 9 رهائن.", [("detained", 9, None, None, "exact", None)]),
])
def test_captives_killed_or_wounded(text, expected):
    assert [summary(c) for c in run(text)] == expected


# an attempt or a threat harms none
@pytest.mark.parametrize("text", [
    "وتتهم الحكومة المعارضة بمحاولة قتل رئيس البلدية.",
    "وأحبطت أجهزة الأمن محاولة فاشلة لاغتيال 3 وزراء.",
    "ويواجه المتهم تهمة الشروع في قتل شرطيين.",
    "وهدد التنظيم باختطاف عشرات الصحفيين.",
])
def test_attempts_and_threats_are_no_tolls(text):
    assert run(text) == []


# figures in brackets, joined hedges, a toll «ليصل إلى», money and shots, another clause
@pytest.mark.parametrize("text, expected", [
    ("وأسفرت الغارة عن مقتل (7) وجرح (19) آخرين.", [
        ("killed", 7, None, None, "exact", None), ("injured", 19, None, None, "exact", None)]),
    ("وأوقع الانفجار ما لايقل عن 12 قتيلا.", [("killed", 12, None, None, "at_least", None)]),
    ("وارتفعت حصيلة الغرقى في النهر لتصل إلى 31 شخصا.", [("killed", 31, None, None, "exact", None)]),
    ("وقالت الأمم المتحدة إن ما يصل إلى 40 ألف شخص نزحوا.", [
        ("displaced", 40000, None, None, "up_to", None)]),
    ("وخصص البنك 600 مليون من القروض لبلدان تستضيف لاجئين.", []),
    ("وقال الوزير إن الخطة وفرت الكثير من المال.", []),
    ("وقتل الصحفي بعدة رصاصات في صدره.", []),
    ("وتتعرض الحكومة لضغوط لترحيل طالبي اللجوء بعد أن تظاهر مئات من السكان أمام مقرها.", []),
])
def test_brackets_hedges_and_things(text, expected):
    assert [summary(c) for c in run(text)] == expected


def test_a_bracketed_figure_keeps_its_brackets_in_the_evidence():
    out = run("وتسببت القذائف بمقتل (4) وجرح (11) آخرين.")
    assert [c.evidence.text for c in out] == ["بمقتل (4)", "وجرح (11) آخرين"]


@pytest.mark.parametrize("text, expected", [
    # «على الأقل» after a longer phrase of victims
    ("وقال المتحدث إن 50 من عناصر الشرطة على الأقل قتلوا في الهجوم.", [
        ("killed", 50, None, None, "at_least", None)]),
    # «قضى» before the time spent is no death
    ("وتبين أن عشرات من المتشددين السابقين قضوا أوقاتا طويلة في المنفى.", []),
    ("وقال الدفاع المدني إن 14 شخصا قضوا في الحريق.", [("killed", 14, None, None, "exact", None)]),
])
def test_qualifier_past_the_victims_and_time_spent(text, expected):
    assert [summary(c) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a singular noun after an active verb with an object count is its subject
    ("وفي الشهر الماضي قتل مسلح متطرف أربعة أشخاص في سوق المدينة.", [
        ("killed", 4, None, None, "exact", None)]),
    ("وقتل طفل في الـ 9 من عمره بقذيفة.", [("killed", 1, None, None, "exact", None)]),
    ("وقتل جندي و4 مدنيين في الانفجار.", [
        ("killed", 1, None, None, "exact", None), ("killed", 4, None, None, "exact", None)]),
    # the rescued are alive; the object of another verbal noun is not harmed
    ("وأنقذت خفر السواحل 60 ضحية من ضحايا شبكات التهريب.", []),
    ("وانتشل رجال الإنقاذ 8 جثث من تحت الركام.", [("killed", 8, None, None, "exact", None)]),
    ("وردت الحكومة على اغتيال المعارض بطرد 12 دبلوماسيا.", []),
    # another person's verb after the victims; mourners
    ("واحتشد آلاف السكان يودعون ممرضة قتلت في القصف.", []),
    ("وشيع آلاف اليمنيين الأحد صحفيا قتل في الغارة.", [("killed", 1, None, None, "exact", None)]),
    ("وشيعت البلدة 11 شخصا قتلوا في الانفجار.", [("killed", 11, None, None, "exact", None)]),
    # a passive with «تم/جرى» after the victims
    ("وقال المدعي العام إن 25 من الموظفين تم توقيفهم على ذمة التحقيق.", [
        ("detained", 25, None, None, "exact", None)]),
    ("وذكرت المنظمة أن 300 مهاجر جرى احتجازهم في الصحراء.", [
        ("detained", 300, None, None, "exact", None)]),
])
def test_subjects_rescued_mourners_and_passives(text, expected):
    assert [summary(c) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال قائد الشرطة: \"أوقفنا سبعة مشتبه بهم\" في الحي.", [("detained", 7, None, None, "exact", None)]),
    ("وقال الضابط إن وحدته اعتقلنا 9 أشخاص.", [("detained", 9, None, None, "exact", None)]),
    ("وطالبت المنظمة بتعويض 25 مزارعا احتجزتهم الميليشيا.", [("detained", 25, None, None, "exact", None)]),
    ("وقضت المحكمة بمنح كل واحد من الضحايا 20 ألف كرونة.", []),
    # trapped, then rescued
    ("وأنقذت فرق الإغاثة 6 أشخاص احتجزتهم الثلوج في الجبل.", [("affected", 6, None, None, "exact", None)]),
])
def test_first_person_and_object_pronoun_verbs_and_currencies(text, expected):
    assert [summary(c) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what may happen is no toll; «قد» before a past verb is one
    ("وحذر المسؤول من أن آلاف المدنيين ربما يقتلون في الهجوم المرتقب.", []),
    ("وأكد المسعفون أن 12 شخصا قد قتلوا.", [("killed", 12, None, None, "exact", None)]),
    # two verbs after a conjunction share the count: one combined toll
    ("وانسحب التنظيم من البلدة بعد أن قتلت وأسرت القوات نحو 70 من عناصره.", [
        ("affected", 70, None, None, "about", None)]),
])
def test_possibility_and_verbs_after_a_conjunction(text, expected):
    assert [summary(c) for c in run(text)] == expected


def test_a_verb_after_qad_and_its_subject_is_no_clause_opening():
    # «قتلوا وجرح المئات» after the victims and «قد» are two statements, not one toll
    out = run("وقال المسعفون إن 9 أشخاص على الأقل قد قتلوا وجرح العشرات.")
    assert [summary(c) for c in out] == [
        ("killed", 9, None, None, "at_least", None), ("injured", None, None, None, "exact", "tens")]


@pytest.mark.parametrize("text, expected", [
    # an illness after one or two victims makes them infected (affected), as with a figure
    ("وأعلنت الوزارة إصابة طفل بالحصبة في المخيم.", [("affected", 1, None, None, "exact", None)]),
    ("وقال الطبيب إن رجلين أصيبا بالملاريا.", [("affected", 2, None, None, "exact", None)]),
    ("وأعلنت الوزارة إصابة طفل برصاص قناص.", [("injured", 1, None, None, "exact", None)]),
])
def test_one_or_two_infected(text, expected):
    assert [summary(c) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # captives who died or were hurt in captivity
    ("وقالت الهيئة إن 40 أسيرا قضوا في السجون منذ بداية الحرب.", [("killed", 40, None, None, "exact", None)]),
    ("وأفادت المنظمة بأن 6 معتقلين سياسيين توفوا خلال الشهر.", [("killed", 6, None, None, "exact", None)]),
    ("وقال إن 200 معتقل قضوا سنوات في الزنازين.", [("detained", 200, None, None, "exact", None)]),
    # matches, and a siege that is military
    ("وعوقب اللاعب بالإيقاف 8 مباريات.", []),
    ("وفرض الجيش حصار عسكري على البلدة.", []),
])
def test_captives_who_died_matches_and_sieges(text, expected):
    assert [summary(c) for c in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a figure in quotes: the quote is no word between the harm word and the figure
    ("وأكدت الوزارة مقتل وإصابة \"عشرات المدنيين\" في القصف.", [("affected", None, None, None, "exact", "tens")]),
    ("وقالت إن \"بضع عشرات\" من البحارة قد قتلوا.", [("killed", None, None, None, "exact", "tens")]),
    ("وقال المسعف إن \"25\" شخصا أصيبوا.", [("injured", 25, None, None, "exact", None)]),
    # seized goods are no people
    ("وضبطت الشرطة في منزل الموقوف \"عدة أجهزة\" للتنصت.", []),
])
def test_quoted_figures(text, expected):
    assert [summary(c) for c in run(text)] == expected


def test_a_quoted_figure_keeps_both_quotes_in_the_evidence():
    out = run("وقالت إن \"بضع عشرات\" من البحارة قد قتلوا.")
    assert [c.evidence.text for c in out] == ["\"بضع عشرات\" من البحارة قد قتلوا"]


@pytest.mark.parametrize("text, evidence", [
    ("وأكدت الوزارة مقتل \"12 شخصا\" في الهجوم.", "مقتل \"12 شخصا\""),
    ("وقتل «نحو 39 آخرين» بغارة.", "وقتل «نحو 39 آخرين»"),
    ("وأسفر القصف عن إصابة (7 أشخاص) بجروح.", "إصابة (7 أشخاص)"),
])
def test_the_evidence_closes_the_quote_or_bracket_it_opens(text, evidence):
    assert [c.evidence.text for c in run(text)] == [evidence]


# (sentence, index of the figure, field, expected): the links of a figure read from news
# syntax by the whole pipeline (sentences written for the tests)
LINKS = [
    # a perpetrator marker names the actor right after it, or through link words only
    ("قتل ثلاثة رعاة بنيران الجيش الإسرائيلي قرب خان يونس.", 0, "perpetrator", "الجيش الإسرائيلي"),
    ("أصيب سبعة مدنيين في هجوم شنه تنظيم داعش على قرية قرب كركوك.", 0, "perpetrator", "تنظيم الدولة الإسلامية"),
    ("قتل أربعة جنود على أيدي مسلحي حركة الشباب جنوب مقديشو.", 0, "perpetrator", "حركة الشباب"),
    ("قتل مدنيان في قصف عشوائي لميليشيات الحوثي على قرية في تعز.", 0, "perpetrator", "الحوثيون"),
    # ... but not across a relative clause of saying or describing, nor before the target
    ("وأصيب 14 شخصا في الهجوم الذي وصفه ماكرون بأنه عمل جبان.", 0, "perpetrator", None),
    ("وقالت مصادر محلية إن العملية التي قالت إيران إنها أسفرت عن مقتل 9 عناصر من الحرس الثوري "
     "نفذها مسلحون.", 0, "perpetrator", None),
    ("وطالت الغارات مواقع الحوثيين قرب المطار ما أسفر عن سقوط عشرات القتلى.", 0, "perpetrator", None),
    ("وأدت الضربات على مواقع للجيش السوري إلى مقتل 11 عنصرا.", 0, "perpetrator", None),
    # a state right after the marker is where it happened, a company the maker, «استهداف» the target
    ("وشهدت العاصمة هجمات باريس عام 2015 التي قتل فيها 130 شخصا.", 0, "perpetrator", None),
    ("وتحطمت طائرة بوينغ بعد إقلاعها ما أدى إلى مقتل 112 راكبا.", 0, "perpetrator", None),
    ("وأعلن الجيش استهداف تنظيم داعش في الصحراء ومقتل 14 عنصرا.", 0, "perpetrator", None),
    # a marker after a clause opening another event («حيث») names that event's perpetrator
    ("وقتل المتمردون 9 من حراسهم ثم فروا إلى الجبال حيث قتل قائدهم بنيران الجيش الإسرائيلي.", 0,
     "perpetrator", None),
    # the subject of an active harm verb
    ("قتلت قوات الأمن العراقية خمسة محتجين في الناصرية.", 0, "perpetrator", "الجيش العراقي"),
    ("وقالت المنظمة إن تركيا تعتقل 40 صحفيا على الأقل.", 0, "perpetrator", "تركيا"),
    ("وكانت ميليشيات موالية لإيران اختطفت 12 طالبا في المدينة.", 0, "perpetrator", None),
    # a nisba after the attack noun nearest the figure names a state
    ("وأسفرت غارات إسرائيلية كثيفة على رفح عن مقتل ستة فلسطينيين.", 0, "perpetrator", "إسرائيل"),
    ("قتل 9 مدنيين في قصف روسي على بلدة في ريف إدلب.", 0, "perpetrator", "روسيا"),
    ("وتعرضت القاعدة لهجوم أمريكي العام الماضي ردا على هجوم كيماوي قتل 50 شخصا.", 0, "perpetrator", None),
    ("وقادت المداهمة إلى اعتقال 4 مشتبهين، وأوضح أن منفذي الهجوم أردنيون.", 0, "perpetrator", None),
    # the victims' group: in the victims' phrase, or right after it
    ("وأعلن الجيش مقتل 25 عنصرا تابعين لتنظيم داعش في الأنبار.", 0, "victim_actor", "تنظيم الدولة الإسلامية"),
    ("قتل 6 من مقاتلي حركة الشباب في غارة جنوب الصومال.", 0, "victim_actor", "حركة الشباب"),
    ("وسقط 20 قتيلا في صفوف الجيش السوري خلال المعارك.", 0, "victim_actor", "الجيش السوري"),
    ("واعتقلت الشرطة 3 مواطنين ألمانيا في المطار.", 0, "victim_actor", None),
    # a group's family name or nisba stands for it («من الحوثي»), not after a marker
    ("أعلن التحالف مقتل 30 عنصرا من الحوثي في صعدة.", 0, "victim_actor", "الحوثيون"),
    ("وقتل 12 من عناصر المليشيا الحوثية في مأرب.", 0, "victim_actor", "الحوثيون"),
    ("قتل 3 مدنيين بقصف الحوثي على تعز.", 0, "victim_actor", None),
    ("قتل 12 مدنيا في غارة لقوات التحالف العربي على سوق.", 0, "victim_actor", None),
]


@pytest.mark.parametrize("text, index, field, expected", LINKS)
def test_links_of_a_figure(text, index, field, expected):
    import newsparse

    c = newsparse.parse(text).casualties[index]
    assert getattr(c, field) == expected


def test_an_inner_report_by_a_known_actor_is_the_source():
    import newsparse

    text = ("وبحسب المصادر، فإن الهجوم الذي قالت إيران إنه أسفر عن مقتل 7 عناصر من الحرس الثوري "
            "نفذه مسلحون أكراد.")
    c = newsparse.parse(text).casualties[0]
    assert c.source == "إيران"


@pytest.mark.parametrize("text, index, expected", [
    # a place closing right before the figure in a locative phrase, then a clause break
    ("وشهدت البلاد هجمات في مدينة الموصل (40 قتيلا) وكركوك (12 قتيلا) عام 2016.", 0, "الموصل"),
    ("وشهدت البلاد هجمات في مدينة الموصل (40 قتيلا) وكركوك (12 قتيلا) عام 2016.", 1, "كركوك"),
    # ... not a speaker's place: the first place after the figure
    ("وقالت مصادر في بغداد إن 9 أشخاص قتلوا، وذلك في انفجار بالبصرة.", 0, "البصرة"),
    # with no place after, the place of the locative phrase a coordinated name follows
    ("وتصاعد القتال بين الفصائل في قطاع غزة وإسرائيل إثر غارات أسفرت عن مقتل 3 فلسطينيين.", 0, "قطاع غزة"),
    ("وعادت الهدنة في حلب بعد معارك أسفرت عن مقتل 14 شخصا.", 0, "حلب"),
])
def test_the_place_of_a_figure(text, index, expected):
    import newsparse

    assert newsparse.parse(text).casualties[index].place == expected
