"""Readings found wrong on unseen agency copy: foreign given names, captives killed counted
after them, state bodies on «الحرس» and foreign intelligence services, «الخارجية/الداخلية» as an
adjective, dotted acronyms, a dual noun with «ـه» after a title, a person's country given in
an apposition. Sentences are written for the tests."""

from newsparse.casualties import extract
from newsparse.doc import make_doc
from newsparse.pipeline import parse


def _actors(text):
    return {a.name: (a.type, a.country) for a in parse(text).actors}


def _tolls(text):
    return [(c.kind, c.count.value) for c in extract(make_doc(text), [])]


def test_foreign_given_name_that_is_a_frequent_word_begins_a_name():
    got = _actors("وقال أندرو سميث، المتحدث باسم الشركة، إن العمل توقف.")
    assert got.get("أندرو سميث", (None,))[0] == "person"


def test_captives_killed_counted_after_them():
    assert _tolls("وأقدم المسلحون على إعدام الرهائن الثمانية في القرية.") == [("killed", 8)]
    assert _tolls("وأعلن الجيش مقتل الأسرى الثلاثة خلال القصف.") == [("killed", 3)]


def test_captives_still_detained_when_no_one_was_killed():
    assert _tolls("وأفرجت السلطات عن الرهائن الثمانية أمس.") == [("detained", 8)]
    assert _tolls("وفشلت محاولة قتل الرهائن الأربعة.") == []
    assert _tolls("وأصدرت المحكمة حكما بإعدام المعتقلين الخمسة.") == [("detained", 5)]


def test_a_national_guard_with_its_nisba():
    assert _actors("وانتشر الحرس الوطني الأمريكي في المدينة.").get("الحرس الوطني الأمريكي") == ("military", "US")


def test_foreign_intelligence_is_no_foreign_ministry():
    got = _actors("وقالت الاستخبارات الخارجية الألمانية إن التهديد ارتفع.")
    assert not any(n.startswith("وزارة") for n in got)
    assert ("government", "DE") in got.values()
    got = _actors("وقالت الاستخبارات الخارجية الإيطالية إن التهديد ارتفع.")
    assert got.get("الاستخبارات الخارجية الإيطالية") == ("government", "IT")


def test_internal_affairs_are_no_interior_ministry():
    assert _actors("وحذر من التدخل في الشؤون الداخلية السعودية.") == {}
    assert _actors("وانتقد الكاتب السياسة الخارجية الأمريكية في المنطقة.") == {}
    got = _actors("وقالت الخارجية الروسية اليوم إن الوضع خطير.")
    assert ("government", "RU") in got.values()


def test_dotted_acronym_of_three_letters():
    got = _actors("وقالت شبكة إن.بي.سي الأمريكية إن الرئيس سيزور المنطقة.")
    assert any(t == "media" and c == "US" for t, c in got.values())


def test_a_dual_noun_with_a_pronoun_is_no_name():
    got = _actors("وكان أول رئيس أمريكي تطأ قدماه أرض الجزيرة.")
    assert not any(t == "person" for t, _ in got.values())


def test_country_from_an_apposition_after_the_name():
    got = _actors("وقال أحمد القطان، سفير السعودية لدى مصر، إن العلاقات جيدة.")
    assert got.get("أحمد القطان") == ("person", "SA")
    got = _actors("وقال سامي أحمد، المتحدث باسم الجيش المصري، إن الهجوم فشل.")
    assert got.get("سامي أحمد") == ("person", "EG")


def test_no_country_from_the_next_person_after_a_comma():
    got = _actors("وفازت سلمى أحمد، والطبيب الكونغولي، جان موكا، بالجائزة.")
    assert got.get("سلمى أحمد", (None, None))[1] is None


def test_a_feminine_plural_after_a_name_ends_it():
    got = _actors("وهاجم رئيس الوزراء السابق روبرت كاليو صحافيات وصحافيين في خطابه.")
    assert "روبرت كاليو" in got and not any("صحافيات" in n for n in got)


def test_a_frequent_word_with_bi_and_the_article_is_no_last_name_word():
    got = _actors("وتابع كاظمي بالقول إن الحرب يجب أن تتوقف.")
    assert not any("بالقول" in n for n in got)


def test_a_royal_named_by_one_given_name():
    got = _actors("ووصل الأمير هاري إلى المدينة، الأحد، في زيارة رسمية.")
    assert got.get("هاري", (None,))[0] == "person"
    assert _actors("وقال الأمير إن الحفل تأجل.") == {}
    # an Arab prince's one given name refers back to a prince named in full
    assert _actors("وأطلعه الأمير محمد على الخطة.") == {}


def test_a_listed_person_with_a_foreign_given_name_in_another_spelling():
    # «ديمتري» is a given name now, and the lexicon spells it «دميتري»
    got = _actors("فيما تولى ديمتري مدفيديف المقرب منه رئاسة الحكومة.")
    assert got.get("ديمتري مدفيديف", (None, None))[1] == "RU"


def test_compound_given_names_in_al_din():
    got = _actors("وقال الدكتور حسن عز الدين إن المستشفى مكتظ.")
    assert got.get("حسن عز الدين", (None,))[0] == "person"
    got = _actors("وقال الطبيب سامي شمس الدين إن المستشفى مكتظ.")
    assert got.get("سامي شمس الدين", (None,))[0] == "person"
    assert _actors("وأشرقت الشمس على المدينة بعد العاصفة.") == {}


def test_a_given_name_written_with_hamza_and_lam_begins_a_name():
    got = _actors("وأوقفت الناشطة الفرنسية إلين دوران قرار الترحيل.")
    assert got.get("إلين دوران") == ("person", "FR")
    assert _actors("بسم الله الرحمن الرحيم قال الخطيب إن الوضع خطير.") == {}


def test_a_participle_of_manner_after_the_name_is_no_part_of_it():
    got = _actors("وقال روبرت دالتون مازحا: إن المباراة كانت صعبة.")
    assert "روبرت دالتون" in got and not any("مازحا" in n for n in got)
