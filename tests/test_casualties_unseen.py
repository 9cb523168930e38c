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
    # feminine plurals of counted harm nouns
    ("وأكدت الحكومة أن 110 تلميذات مفقودات بعد الهجوم.", [("missing", 110, "exact", None)]),
    ("وأفرجت الميليشيا عن 12 مختطفات من القرية.", [("detained", 12, "exact", None)]),
    # drowning: «غرقوا» after the victims; «غرق» only before a count of people
    ("وقالت الشرطة إن تسعة أشخاص على الأقل غرقوا في البحيرة.", [("killed", 9, "at_least", None)]),
    ("وغرق أكثر من 60 مهاجرا قبالة السواحل.", [("killed", 60, "more_than", None)]),
    ("وتسببت العاصفة بغرق 14 منهم.", [("killed", 14, "exact", None)]),
    ("وغرق 3 قوارب في الميناء.", []),
    ("وغرق قارب على متنه 40 شخصا قبالة الجزيرة.", []),
    # «رهن الاحتجاز» after the victims
    ("ولا يزال 30 صحافيا رهن الاحتجاز منذ أشهر.", [("detained", 30, "exact", None)]),
    # nouns of people in the accusative or feminine, suspects, possessed nouns after «أحد»
    ("وخطف مسلحون 30 تلميذا من مدرسة داخلية.", [("detained", 30, "exact", None)]),
    ("وأوقفت الشرطة 12 مشتبها بهم في الهجوم.", [("detained", 12, "exact", None)]),
    ("وأعلن الجيش مقتل أحد جنوده في هجوم.", [("killed", 1, "exact", None)]),
    ("وأكدت الحركة إصابة أحد عناصرها برصاص الشرطة.", [("injured", 1, "exact", None)]),
    ("وزار أحد منازلهم في القرية.", []),
    # a court's sentence is no toll
    ("وقضت المحكمة بالإعدام على 21 متهما في القضية.", []),
    # driven to flee: a verbal noun of displacement after «على»/«إلى» right after the count
    ("وأجبرت المعارك أكثر من 10 آلاف شخص على الفرار من منازلهم.", [("displaced", 10000, "more_than", None)]),
    ("ودفع القصف عشرات الآلاف إلى النزوح نحو الحدود.", [("displaced", None, "exact", "thousands")]),
    ("وأجبرت الفيضانات الملايين على ترك منازلهم.", [("displaced", None, "exact", "millions")]),
    ("وقالت الأمم المتحدة إن 5 آلاف شخص تركوا ديارهم.", [("displaced", 5000, "exact", None)]),
    ("وتمكنت 5 عائلات من الفرار من المدينة.", []),
    ("ووصل 300 شخص إلى المدينة.", []),
    # «عدد منهم» is a vague count
    ("وسقط عدد منهم قتلى وجرحى.", [("affected", None, "exact", "several")]),
    ("وقادت المداهمة إلى اعتقال عدد منهم.", [("detained", None, "exact", "several")]),
    # suffocation and poisoning as verbal nouns after the victims
    ("وتعرض عشرات المدنيين للاختناق جراء الغاز.", [("injured", None, "exact", "tens")]),
    ("وأصيب 20 شخصا بالاختناق في الحريق.", [("injured", 20, "exact", None)]),
    # a harm verb right after a count with no noun
    ("وقالت الأمم المتحدة إن أكثر من 60 ألفا نزحوا إلى الحدود.", [("displaced", 60000, "more_than", None)]),
    ("وعشرات الآلاف أصيبوا بجروح في الحرب.", [("injured", None, "exact", "thousands")]),
    ("ولا يعرف عدد من قتلوا في المجزرة.", []),
    # nouns of people with a possessive pronoun as victims
    ("وسقط عدد من عناصرها قتلى وجرحى في المعارك.", [("affected", None, "exact", "several")]),
    ("وأكدت إصابة عدد كبير من أفرادها في الكمين.", [("injured", None, "exact", "several")]),
    # a verb of death with a definite mass and no noun
    ("وقضى العشرات في إطلاق النار.", [("killed", None, "exact", "tens")]),
    ("وقضى العشرات سنوات في السجون.", []),
    # present-tense abductions
    ("والمسلحون يخطفون 13 شخصا من القرية.", [("detained", 13, "exact", None)]),
    ("وقالت المصادر إن الميليشيا تختطف العشرات كل أسبوع.", [("detained", None, "exact", "tens")]),
    # a verb with «و» after the victims that has its own count is a next statement
    ("وأصيب 35 محتجا نقل أربعة منهم إلى المستشفى واعتقل شخصان.",
     [("injured", 35, "exact", None), ("detained", 2, "exact", None)]),
    ("وتمكن الجهاز من استدراج 5 من قادة التنظيم وقتل \"نحو 39 آخرين\" في غارة.",
     [("killed", 39, "about", None)]),
    # «كما» opens the next statement
    ("وقتل في صفوفها أكثر من تسعين عنصرا كما جرح آخرون.", [("killed", 90, "more_than", None)]),
    # «قبض عليهم» after the victims, «أوديا بحياة» (dual)
    ("وقالت الشرطة إن ثلاثة من المهاجمين قبض عليهم وقتل اثنان.",
     [("detained", 3, "exact", None), ("killed", 2, "exact", None)]),
    ("وقال إن الانفجارين أوديا بحياة 14 شخصا.", [("killed", 14, "exact", None)]),
    # «حالات وفاة», present «يصيب», «إعلامي», «آخرين» before «على النزوح»
    ("وقال المسؤول: لدينا ثماني حالات وفاة مؤكدة.", [("killed", 8, "exact", None)]),
    ("مسلح يقتل 4 أشخاص ويصيب 6 آخرين في ملهى.", [("killed", 4, "exact", None), ("injured", 6, "exact", None)]),
    ("وأصاب الصاروخ 3 أهداف في المدينة.", []),
    ("وقالت النقابة إن 24 إعلاميا قتلوا منذ بداية الحرب.", [("killed", 24, "exact", None)]),
    ("ويهدد الهجوم بإجبار 700 ألف مدني آخرين على النزوح.", [("displaced", 700000, "exact", None)]),
    # evacuations are displacements, of civilians or of masses
    ("وأجلت السلطات 4500 شخص من القرى المحيطة بالبركان.", [("displaced", 4500, "exact", None)]),
    ("وتم إجلاء نحو 5 آلاف شخص من منازلهم.", [("displaced", 5000, "about", None)]),
    ("وتم إجلاء 200 دبلوماسي من السفارة.", []),
    # definite scale words, a toll in the range of years
    ("وشردت الفيضانات ما يقارب المليون شخص.", [("displaced", 1000000, "about", None)]),
    ("وأفادت الوزارة بأن عدد المصابين تجاوز الألف.", [("injured", 1000, "more_than", None)]),
    ("وارتفع عدد ضحايا الزلزال إلى 2000.", [("killed", 2000, "exact", None)]),
    ("وعاد إلى قريته في 2011 بعد سنوات من النزوح.", []),
    # two harm words before one count: a combined toll
    ("وقتل وأصيب 40 شخصا في الهجوم.", [("affected", 40, "exact", None)]),
    ("وأسفرت الاشتباكات عن مقتل وجرح العشرات.", [("affected", None, "exact", "tens")]),
    ("وقال إن طفلا قتل وأصيب 15 آخرون.", [("killed", 1, "exact", None), ("injured", 15, "exact", None)]),
    ("وقال إن 10 أشخاص على الأقل قتلوا وأصيب 15 آخرون.",
     [("killed", 10, "at_least", None), ("injured", 15, "exact", None)]),
    # «فارق الحياة», homelessness, more vague quantities
    ("وفارق 3 أشخاص الحياة في المستشفى.", [("killed", 3, "exact", None)]),
    ("وفارق الفريق 5 نقاط عن المتصدر.", []),
    ("وقالت المفوضية إن 1.5 مليون شخص باتوا بلا مأوى.", [("displaced", 1500000, "exact", None)]),
    ("وسقط عدد غير محدد من القتلى.", [("killed", None, "exact", "several")]),
    ("ووصلت أعداد كبيرة من النازحين إلى المخيم.", [("displaced", None, "exact", "several")]),
    # percentages and ages are no counts
    ("وفقدت الجماعة حوالي 90 في المئة من الأراضي التي سيطرت عليها.", []),
    ("وقتل رجل في الـ45 من عمره في الحادث.", [("killed", 1, "exact", None)]),
    ("وتوفيت امرأة في 81 من العمر.", [("killed", 1, "exact", None)]),
    # bodies before a count of people are the dead, whatever verb stands further back
    ("وأضاف أن المسلحين فروا وبصحبتهم جثث 15 آخرين.", [("killed", 15, "exact", None)]),
    # «لقي» is a death only with «حتفه/مصرعه» after it
    ("ولقي 7 أشخاص حتفهم في الحادث.", [("killed", 7, "exact", None)]),
    ("ولقي العديد من القادة، في الفترة الأخيرة، مصرعهم في المواجهات.", [("killed", None, "exact", "several")]),
    ("ولقي القرار استنكارا من عدد من ممثلي الدول.", []),
    ("ولقي في استقباله عددا من المسؤولين.", []),
    # a death sentence is no toll, a carried out one is
    ("وأصدرت المحكمة حكمها بإعدام 75 متهما.", []),
    ("وحكم بالإعدام على عدد من المتشددين.", []),
    ("ونفذت السلطات أحكاما بالإعدام بحق 600 شخص منذ 2014.", [("killed", 600, "exact", None)]),
    # a definite form is a verbal noun, never a verb
    ("وقام بتهديد مدرب عسكري بالقتل.", []),
    # an illness between the toll word and its count is an infection
    ("وارتفع عدد المصابين بالكوليرا إلى أكثر من ألف شخص.", [("affected", 1000, "more_than", None)]),
    # harmed by a disaster: «تضرر» with people, not with buildings
    ("وتضرر أكثر من 200 ألف شخص من الفيضانات.", [("affected", 200000, "more_than", None)]),
    ("وتضرر عدد كبير من المساكن والطرق.", []),
    ("وتضررت 300 منزل في القرية.", []),
    # nationality adjectives as nouns of people, in «ا...يا» too
    ("المرصد: 11 إيرانيا قضوا في الضربات", [("killed", 11, "exact", None)]),
    ("وأعلنت السلطات اعتقال 14 إيرانيا دخلوا البلاد.", [("detained", 14, "exact", None)]),
    ("ونما الاقتصاد بنسبة كبيرة وارتفع الإنفاق 3 أضعاف.", []),
    # «العديد منهم», «رهن التوقيف», «موت»
    ("وقتل 7 من عناصر الميليشيا وجرح العديد منهم.",
     [("killed", 7, "exact", None), ("injured", None, "exact", "several")]),
    ("وتم وضع 813 منهم رهن التوقيف.", [("detained", 813, "exact", None)]),
    ("واعترفت السلطات بموت العديد منهم في السجون.", [("killed", None, "exact", "several")]),
    # suspended from work is no detention
    ("وأوقفت الشركة اثنين من طياريها عن العمل.", []),
    ("وأوقفت الشرطة اثنين من المشتبه بهم.", [("detained", 2, "exact", None)]),
    # an unknown fate is a disappearance
    ("ولا يزال مصير 30 شخصا مجهولا.", [("missing", 30, "exact", None)]),
    ("ويتعلق الأمر بمصير 3 ملايين سوري في إدلب.", []),
    # one person harmed by a singular indefinite counted noun
    ("وأسفرت المواجهات عن سقوط قتيل و12 جريحا.", [("killed", 1, "exact", None), ("injured", 12, "exact", None)]),
    ("وأطلقت الشرطة النار عليه فأردته قتيلا.", [("killed", 1, "exact", None)]),
    ("وسقط 10 أشخاص بين قتيل وجريح.", [("affected", 10, "exact", None)]),
    ("وسقط نحو 60 شخصا بين جريح وقتيل.", [("affected", 60, "about", None)]),
    ("وأسفر القصف عن قتيل وجريح.", []),
    ("وأجهز الجندي على فلسطيني جريح.", []),
    ("ونعت الحركة الشهيد محمد.", []),
    ("والتقى رئيس الوزراء شهيد خاقان عباسي.", []),
    # a figure in parentheses; two definite harm nouns before one toll
    ("وشنت الطائرات غارات تسببت بمقتل (25) وجرح (16) آخرين.",
     [("killed", 25, "exact", None), ("injured", 16, "exact", None)]),
    ("وارتفعت حصيلة القتلى والجرحى إلى 300.", [("affected", 300, "exact", None)]),
    ("وارتفع عدد القتلى إلى 58 والجرحى إلى 2771.", [("killed", 58, "exact", None), ("injured", 2771, "exact", None)]),
    # a detail set off by commas between the victims and their verb
    ("وتقول الوكالات إن نحو 300 فلسطيني، معظمهم من منفذي الهجمات، قتلوا على أيدي قوات الأمن.",
     [("killed", 300, "about", None)]),
    ("وقال إن 50 شخصا، بينهم أطفال، وصلوا إلى المدينة.", []),
    # a qualifier before a dual noun of people; a date inside a cumulative toll
    ("وسقطت المروحية مما أدى إلى مقتل ما لا يقل عن شخصين.", [("killed", 2, "at_least", None)]),
    ("وترتفع حصيلة قتلى الاحتجاجات منذ 30 آذار/مارس الماضي إلى 37 فلسطينيا.", [("killed", 37, "exact", None)]),
    # an agency's name is no toll word; lawsuits and cases are things
    ("وتقول المفوضية السامية لشؤون اللاجئين إن ثلث سكان المخيم البالغ عددهم 120 ألف شخص فقراء.", []),
    ("ومن بين اللاجئين 5 آلاف طفل.", [("displaced", 5000, "exact", None)]),
    ("وناقش الوزيران عددا من الدعاوى القانونية ضد مواطنين محتجزين.", []),
    # a verb whose object is people before a long subject, or before its subject and an aside
    ("واعتقلت الشرطة الفرنسية في العاصمة باريس صباح اليوم أكثر من 40 متظاهرا.", [("detained", 40, "more_than", None)]),
    ("وقتلت غارة جوية شنتها طائرات التحالف على سوق شعبي 20 مدنيا.", [("killed", 20, "exact", None)]),
    ("واعتقل الأمن، الاثنين، العشرات في محاولة لوقف المظاهرات.", [("detained", None, "exact", "tens")]),
    ("وأصابت الصواريخ التي أطلقتها الفصائل من القطاع أمس 3 منازل.", []),
    # a qualifier before «الـ» + digits; a funeral counts the mourners
    ("وأسفر الهجوم عن سقوط قرابة الـ50 قتيلا.", [("killed", 50, "about", None)]),
    ("وشيع الآلاف جثامين الضحايا في المدينة.", []),
    ("وشيع الفلسطينيون 3 شهداء.", [("killed", 3, "exact", None)]),
    ("وانتشلت فرق الإنقاذ عشرات الجثث.", [("killed", None, "exact", "tens")]),
    ("وشيعت الجماعة 35 شخصا من مسلحيها.", [("killed", 35, "exact", None)]),
]

# a range whose scale word is written only after the second figure
RANGES = [
    ("ونزح ما بين 5 و7 آلاف شخص.", (5000, 7000)),
    ("ونزح من 2 إلى 3 ملايين شخص.", (2000000, 3000000)),
    ("ونزح ما بين 500 و7 آلاف شخص.", (500, 7000)),
    ("ونزح بين 12 ألفا و16 ألف شخص.", (12000, 16000)),
]


@pytest.mark.parametrize("text,expected", RANGES)
def test_range_scale(text, expected):
    out = extract(make_doc(text), [])
    assert [(c.count.min, c.count.max) for c in out] == [expected]


@pytest.mark.parametrize("text,expected", CASES)
def test_unseen(text, expected):
    assert run(text) == expected
