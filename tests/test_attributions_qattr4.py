"""Attributions on unseen news: an outlet after a bare anonymous head is the audience of the
statement, not the organisation of the source."""

from test_attributions import first_words, parse  # parse checks every span's offsets


def test_outlet_after_a_bare_anonymous_head_is_the_audience():
    atts = parse("وقال مسؤول لرويترز إن الحدود ستفتح أمام الشاحنات غدا.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("مسؤول", "الحدود ستفتح")]
    assert atts[0].anonymous and atts[0].via is not None and atts[0].via.text == "لرويترز"


def test_agency_after_a_bare_anonymous_plural_is_the_audience():
    atts = parse("وقالت مصادر لوكالة فرانس برس إن الوفد غادر العاصمة مساء الأحد.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("مصادر", "الوفد غادر")]
    assert atts[0].via is not None and "فرانس برس" in atts[0].via.text


# ---------------------------------------------------------------- a written statement


def test_generic_title_writing_on_a_medium():
    atts = parse('وكتب الوزير على تويتر: "لن نتراجع عن قرارنا مهما كانت الضغوط".')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الوزير", "لن نتراجع")]


def test_generic_noun_writing_on_its_page():
    atts = parse("وكتب المعارض على صفحته في فيسبوك أن السلطات اعتقلت شقيقه فجر اليوم.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("المعارض", "السلطات اعتقلت")]


def test_writing_on_walls_is_no_statement():
    assert parse("وكتب الطلاب على الجدران شعارات ضد الحكومة.") == []
