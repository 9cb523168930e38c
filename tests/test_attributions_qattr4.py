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
