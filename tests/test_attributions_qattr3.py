"""Attributions on unseen news: the author of a statement, speech or recording the
resumptive «فيه / فيها» after a verb of saying refers to."""

from test_attributions import first_words, parse  # parse checks every span's offsets


def pairs(atts):
    return [(a.speaker.text, first_words(a.content, 2)) for a in atts]


def test_unlisted_subject_of_the_clause_is_the_author():
    atts = parse("وأصدرت الجامعة بيانا قالت فيه إن الطلاب جميعهم بخير.")
    assert pairs(atts) == [("الجامعة", "الطلاب جميعهم")]


def test_author_after_an_adjunct_of_the_document():
    atts = parse("وأصدرت وزارة الداخلية الأردنية بيانا حول الحادث قالت فيه إن التحقيق مستمر.")
    assert pairs(atts) == [("وزارة الداخلية الأردنية", "التحقيق مستمر")]


def test_author_after_an_of_the_document():
    atts = parse("وصدر بيان عن الجيش المصري الخميس قال فيه إنه يحاصر المدينة منذ يومين.")
    assert pairs(atts) == [("الجيش المصري", "إنه يحاصر")]


def test_adjective_of_a_recording():
    atts = parse("ونشر التنظيم شريط فيديو قال فيه إن الهجوم جاء ردا على الغارات.")
    assert pairs(atts) == [("التنظيم", "الهجوم جاء")]


def test_no_author_across_a_genitive_or_a_name():
    # the author is the genitive or the name after the noun, not the clause's subject
    atts = parse("ورفض الرئيس الفرنسي تصريحات نظيره البرازيلي، التي قال فيها إن الغابات شأن داخلي.")
    assert all(a.speaker.text != "الرئيس الفرنسي" for a in atts if a.cue.text == "قال فيها")
    atts = parse("ونشرت الجماعة شريط فيديو قديما لسامر قال فيه إن المعركة طويلة.")
    assert all(a.speaker.text != "الجماعة" for a in atts if a.cue.text == "قال فيه")


# ---------------------------------------------------------------- «كتب» with where it was written


def test_wrote_on_a_quoted_medium_then_a_colon():
    atts = parse('وكتب غوتيريش على "تويتر": "لن نتراجع عن دعم اللاجئين في كل مكان".')
    assert pairs(atts) == [("غوتيريش", "لن نتراجع")]


def test_wrote_in_an_article_published_by_a_paper():
    atts = parse("وكتب أردوغان في مقال نشرته صحيفة محلية إن الحكومة فشلت في إدارة الأزمة.")
    assert pairs(atts) == [("أردوغان", "الحكومة فشلت")]


def test_wrote_on_his_page():
    atts = parse("وكتب ماكرون على صفحته في فيسبوك أن المدارس ستغلق غدا في العاصمة.")
    assert pairs(atts) == [("ماكرون", "المدارس ستغلق")]


def test_expected_after_a_quoted_outlet_name():
    atts = parse('وتوقع نتنياهو، في اتصال هاتفي مع موقع "سكاي نيوز"، أن تستمر المواجهات أسابيع.')
    assert pairs(atts) == [("نتنياهو", "تستمر المواجهات")]


def test_wrote_without_a_medium_is_no_statement():
    assert parse("وكتب أردوغان رسالة طويلة إلى والدته.") == []


def test_wrote_without_a_subject_goes_on_with_the_speaker_before():
    atts = parse('وقالت الصحيفة إن المدينة كانت آمنة دائما، وكتبت في مقال لها: "لن نصمت بعد اليوم أمام هذا".')
    assert pairs(atts) == [("الصحيفة", "المدينة كانت"), ("الصحيفة", "لن نصمت")]


# ---------------------------------------------------------------- anonymity phrases


def test_anonymity_phrase_after_the_audience():
    atts = parse("وقالت مسؤولة أوروبية لرويترز، طالبة عدم كشف اسمها، إن المفاوضات ستستأنف قريبا.")
    assert [first_words(a.content, 2) for a in atts] == ["المفاوضات ستستأنف"]
    assert atts[0].speaker.text.startswith("مسؤولة")


def test_anonymity_phrase_of_any_opener_and_request():
    atts = parse("وقال دبلوماسي غربي، مفضلا عدم ذكر هويته، إن العقوبات لن ترفع هذا العام.")
    assert pairs(atts) == [("دبلوماسي غربي", "العقوبات لن")]


# ---------------------------------------------------------------- titles


def test_assistant_of_a_minister_is_a_title():
    atts = parse("وقال معاون وزير الخارجية السوري خالد العلي إن الحكومة لن تتراجع عن موقفها.")
    assert [(a.speaker.text, a.speaker.actor) for a in atts] == [("معاون وزير الخارجية السوري خالد العلي", "خالد العلي")]
    atts = parse("وقال مساعد وزير الخارجية الإيراني حسين رضائي إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert [a.speaker.text for a in atts] == ["مساعد وزير الخارجية الإيراني حسين رضائي"]
