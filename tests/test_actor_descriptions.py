"""Actors behind descriptions that news copy puts around a name or a body: adjectives of a
title's bearer («الناشط الحقوقي»), a clitic on a definite head with a nisba («للبحرية
الإيطالية»), «شبه الجزيرة» (no channel), and real bodies the lexicon lists. Sentences written
for these tests."""

import pytest

from newsparse.numbers import read_number
from newsparse.pipeline import parse
from newsparse.reader import normalize_text, tokenize


def _actors(text):
    return {a.name: (a.type, a.country) for a in parse(text).actors}


@pytest.mark.parametrize("text, name, country", [
    ("وقال الناشط الحقوقي المصري خالد حسنين إن السجون مكتظة.", "خالد حسنين", "EG"),
    ("ويرى المحلل السياسي الأردني فارس الزعبي أن الانتخابات ستؤجل.", "فارس الزعبي", "JO"),
    ("وقال الخبير العسكري والاستراتيجي العراقي حازم الدليمي إن الهجوم فشل.", "حازم الدليمي", "IQ"),
    ("ودعا الداعية الإسلامي، منصور الحربي، إلى التهدئة.", "منصور الحربي", None),
    ("وصرح الأكاديمي التونسي هشام الورتاني بأن الأزمة ستطول.", "هشام الورتاني", "TN"),
])
def test_adjectives_between_a_title_and_the_name(text, name, country):
    got = _actors(text)
    assert got.get(name, (None,))[0] == "person"
    if country:
        assert got[name][1] == country


@pytest.mark.parametrize("text, name, typ, country", [
    ("وسلمت المهاجرين للبحرية اليونانية صباح الأحد.", "البحرية اليونانية", "military", "GR"),
    ("وقالت النيابة البلجيكية إن المشتبه به اعتقل.", "النيابة البلجيكية", "government", "BE"),
    ("وقضت المحكمة الباكستانية العليا ببراءته.", "المحكمة الباكستانية العليا", "government", "PK"),
    ("وانتشر عناصر من جهاز الأمن الداخلي الفلسطيني في المدينة.", "جهاز الأمن الداخلي الفلسطيني",
     "military", "PS"),
])
def test_bodies_of_a_state_read_with_their_words(text, name, typ, country):
    assert _actors(text).get(name) == (typ, country)


def test_a_masculine_nisba_typo_is_the_listed_body():
    a = [x for x in parse("وأدى قصف للقوات التركي إلى دمار كبير. وقالت القوات التركية إنها ردت.").actors
         if x.country == "TR"]
    assert len(a) == 1 and len(a[0].mentions) == 2


def test_a_masculine_nisba_after_a_longer_feminine_name_is_the_listed_body():
    # «منظمة الطاقة الذرية الإيراني»: the nisba agrees with no word, the listed body is meant
    got = _actors("وأعلنت منظمة الطاقة الذرية الإيراني أمس أنها ستواصل العمل في المنشأة.")
    assert got.get("منظمة الطاقة الذرية الإيرانية") == ("government", "IR")
    assert "منظمة الطاقة الذرية الإيراني" not in got


def test_a_peninsula_is_not_the_channel():
    got = _actors("وطالب بإخلاء شبه الجزيرة الكورية من السلاح النووي، وتوتر الوضع في شبة الجزيرة العربية.")
    assert "قناة الجزيرة" not in got
    assert "قناة الجزيرة" in _actors("وقال المتحدث في مقابلة مع الجزيرة إن الحوار مستمر.")


@pytest.mark.parametrize("text, name", [
    ("وأنقذ خفر السواحل الليبيين مئة مهاجر قبالة زوارة.", "خفر السواحل الليبي"),
    ("واستقبل شيخ الأزهر الوفد في مقر مشيخة الأزهر.", "الأزهر"),
    ("وحضرت ميلانيا الحفل إلى جانب زوجها.", "ميلانيا ترامب"),
    ("وقالت الديلي تليغراف إن الحكومة ستستقيل.", "صحيفة ديلي تلغراف"),
    ("وقال الوزير لإذاعة أوروبا 1 إن الرد قادم.", "إذاعة أوروبا 1"),
    ("وضخ بنك السودان المركزي سيولة جديدة.", "بنك السودان المركزي"),
    ("وأبقى الاحتياطي الفيدرالي سعر الفائدة دون تغيير.", "مجلس الاحتياطي الاتحادي"),
])
def test_listed_bodies_and_people(text, name):
    assert name in _actors(text)


def _n(text):
    toks = [t.text for t in tokenize(normalize_text(text))]
    return read_number(toks, 0)


@pytest.mark.parametrize("text, value", [
    ("ألفا شخص", 2000),       # the dual in construct
    ("مليونا نازح", 2000000),
    ("ألفا من المدنيين", 1000),  # the singular accusative
    ("ألفا و200 شخص", 1200),
    ("ألفا .", 1000),
])
def test_alfa_dual_or_singular(text, value):
    assert _n(text)[0] == value


def test_alfa_dual_casualty():
    c = parse("وقتل ألفا شخص في الزلزال الذي ضرب الإقليم.").casualties
    assert [(x.kind, x.count.value) for x in c] == [("killed", 2000)]


def test_hyphen_or_dot_inside_a_listed_name():
    got = parse("والتقى الرئيس الكوري الجنوبي مون جاي-إن بالزعيم كيم جونغ-أون، بحسب العربية.نت.").actors
    names = {a.name: [m.text for m in a.mentions] for a in got}
    assert names.get("مون جاي إن") == ["مون جاي-إن"]
    assert names.get("كيم جونغ أون") == ["كيم جونغ-أون"]
    assert names.get("قناة العربية") == ["العربية.نت"]


def test_a_preposition_on_freedom_is_no_navy():
    assert not any(a.type == "military" for a in parse("وطالب المحتجون بحرية الصحافة والتعبير.").actors)


@pytest.mark.parametrize("text, name", [
    ("وقالت كلير دوبوا مديرة الجمعية إن التمويل توقف.", "كلير دوبوا"),
    ("وأوضح مارتن شولتس رئيس البعثة أن المراقبين وصلوا.", "مارتن شولتس"),
])
def test_a_name_after_a_verb_of_saying_before_an_indefinite_title(text, name):
    assert _actors(text).get(name, (None,))[0] == "person"


@pytest.mark.parametrize("text, name", [
    ("وظهر مدير المستشفى سامر العتيبي يتفقد الجرحى في الممرات.", "سامر العتيبي"),
    ("وقال قائد الشرطة فهد المطيري يرافقه عدد من الضباط إن الهجوم أحبط.", "فهد المطيري"),
])
def test_a_verb_after_a_definite_surname_ends_the_name(text, name):
    got = _actors(text)
    assert got.get(name, (None,))[0] == "person"
    assert not any(n.startswith(name + " ") for n in got)



def test_a_masculine_nisba_after_a_member_of_the_body_is_his():
    got = _actors("وقتل ضابط الاستخبارات الأوكراني في انفجار. وأصيب عنصر الشرطة الإسرائيلي.")
    assert not any(n.startswith(("الاستخبارات", "الشرطة")) for n in got)
    assert "المخابرات العراقية" in _actors("وقالت المخابرات العراقية إنها أحبطت الهجوم.") or \
        any(c == "IQ" for t, c in _actors("وقالت المخابرات العراقية إنها أحبطت الهجوم.").values())


@pytest.mark.parametrize("text, name, country", [
    ("وقال وزير داخلية الكويت سالم العنزي إن الأمن مستتب.", "سالم العنزي", "KW"),
    ("وأكدت وزيرة دفاع هولندا إيفا كلاسن أن الجنود عادوا.", "إيفا كلاسن", "NL"),
])
def test_a_portfolio_in_construct_with_a_country(text, name, country):
    assert _actors(text).get(name) == ("person", country)


def test_an_indefinite_country_name_is_no_nisba_of_a_definite_head():
    got = _actors("وصنفت المنظمة روسيا في المرتبة الأخيرة بين الدول.")
    assert not any(n.startswith("المنظمة") for n in got)
    assert "المخابرات السويسرية" in _actors("وقالت المخابرات السويسرية إنها تراقب الوضع.")


@pytest.mark.parametrize("text, kind, value", [
    ("وأدى الانفجار إلى مقتل المجندين الثلاثة وإصابة آخرين.", "killed", 3),
    ("وأصيب الصيادون الأربعة بجروح طفيفة.", "injured", 4),
])
def test_a_definite_cardinal_after_the_victims(text, kind, value):
    assert (kind, value) in [(c.kind, c.count.value) for c in parse(text).casualties]


def test_a_definite_cardinal_reads_only_after_a_definite_noun():
    assert _n("الثلاثة") is None  # (nothing before it)
    toks = [t.text for t in tokenize(normalize_text("اجتمع الوزراء الخمسة"))]
    assert read_number(toks, 2) == (5, 3)
    toks = [t.text for t in tokenize(normalize_text("في الساعة الثالثة"))]
    assert read_number(toks, 2) is None  # an ordinal
    assert not parse("وقال الأعضاء الخمسة إن القرار صعب.").casualties


def test_th_written_t_is_one_person():
    got = [a for a in parse("وأشاد الوزير بجهود المبعوث الأممي مارتن غريفيت. وقال مارتن غريفيث إن الحوار مستمر.").actors
           if a.type == "person"]
    assert len(got) == 1 and len(got[0].mentions) == 2


def test_no_body_from_a_name_introducer_or_a_verb_after_the_head():
    got = _actors('وحشدت الجماعة الطلاب تحت قيادة المدعو "الكبير" للقتال. وتتمركز فصائل ينضوي معظمها في تحالف واحد.')
    assert not any(n.startswith(("قيادة", "فصائل")) for n in got)


def test_a_given_name_that_is_no_ordinary_word_begins_a_name():
    # «عمرو», «يسري» are frequent in news as names only; «نور» is light too and begins none
    assert _actors("وقال الكاتب عمرو الشوبكي إن الحوار مطلوب.").get("عمرو الشوبكي", (None,))[0] == "person"
    assert _actors("وقال يسري الصاوي للصحفيين إن الميناء أغلق.").get("يسري الصاوي", (None,))[0] == "person"
    assert "نور الشمس" not in _actors("وقال نور الشمس ساطع إن الجو حار.")
