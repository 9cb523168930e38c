"""Places in unseen news: a verb beginning a relative clause after a place word is no
unlisted name. Sentences written for these tests."""

import newsparse


def names(text):
    return {p.en or p.name for p in newsparse.parse(text).places}


def test_a_verb_before_its_preposition_after_a_place_word_is_no_name():
    assert not names("وتدور المعارك في منطقة تمتد لمسافة مئتي كيلومتر.")
    assert not names("وغمرت السيول بلدة تشتهر بزراعة القطن.")
    assert not names("وزار الوفد منطقة عاشت على إيقاع الحرب سنوات.")


def test_a_name_with_a_vowel_letter_stays_a_name_before_a_preposition():
    assert "تراب" in names("وقع الحادث في منطقة تراب على أطراف المدينة.")
    assert "تريب" in names("وصل المهاجم إلى بلدة تريب بسيارة مسروقة.")
    assert "تبشع" in names("وسيطرت القوات على قرية تبشع بمديرية الزهرة.")


def actor_names(text):
    return {a.en or a.name for a in newsparse.parse(text).actors}


def test_a_capital_among_cities_is_a_city():
    text = "وخرجت احتجاجات في مدن عدة بينها طهران وأصفهان وتبريز بسبب الغلاء."
    assert "Tehran" in names(text)
    assert "Tehran" not in actor_names(text)
    assert "Tehran" in actor_names("وقالت طهران إنها سترد على العقوبات.")
    assert "France" in actor_names("وشاركت دول عدة بينها فرنسا وألمانيا في القمة.")


def test_a_frequent_noun_read_with_a_clitic_gives_its_place_no_votes():
    text = ("استقبل بابا الفاتيكان الرئيس في روما.\n"
            "وقال بابا الفاتيكان إن السلام ممكن.")
    assert "Aba" not in names(text)
    text = ("وزار الوفد إسرائيل الأسبوع الماضي. وقالت إسرائيل إنها سترد. "
            "وتحدث المؤرخ عن الحملة على بلاد الشام في القرن التاسع عشر.")
    assert "Lod" not in names(text)


def test_the_feminine_nisba_of_a_noun_after_a_place_word_is_an_adjective():
    assert not names("وقصفت الطائرات قرية ريفية نائية ليلا.")
    assert "أنصارية" in names("وقع الكمين قرب بلدة أنصارية في الجنوب.")
