"""Place names that are also ordinary words of news (place_cues.yaml word_readings), nouns with
the pronoun «ه» written like a place in «ة», tanween, and the gazetteer's spellings of Rome and
Lomé. Sentences written for these tests."""

import re

import newsparse


def places(text):
    return {p.en or p.name for p in newsparse.parse(text).places}


def test_an_adverb_or_a_predicate_is_no_place():
    # «دوما» always, «درعا» a shield: after «كان» and its sisters, before «ما», with tanween
    assert not places("وقال إنه كان دوما يبحث عن حلول، ودوما ما يكرر ذلك.")
    assert not places("وقال الوزير: كنا دومًا في المقدمة.")
    assert not places("واستخدم المسلحون الأطفال درعا واقيا، ولن يكون درعا لهم.")
    # and with no place context at all in the article
    assert not places("وأكد الوزير أن بلاده ستناصر دوما حقوق الإنسان.")


def test_the_same_names_with_place_context_stay_places():
    assert "Douma" in places("قتل عشرة مدنيين في دوما بريف دمشق.")
    assert "Douma" in places("وتعرضت مدينة #دوما لقصف عنيف.")
    # a bare mention where the article reads the name as a place elsewhere
    assert "Douma" in places("وأفاد المرصد بسقوط قذائف على بلدة دوما. وقال إن هجوم دوما أوقع قتلى.")
    assert "Daraa" in places("قتل ثلاثة أشخاص في درعا.")
    assert "Daraa Governorate" in places("قصفت الطائرات محافظة درعا جنوب سوريا.")
    assert "Douma" in places("واستهدف القصف دوما وزملكا وبلدات أخرى.")


def test_torrents_are_not_seoul():
    assert not places("أدت الأمطار الغزيرة إلى سيول جارفة في المنطقة.")
    assert not {a.name for a in newsparse.parse("وتسببت العاصفة في انهيارات أرضية وسيول.").actors}
    assert "Seoul" in places("وصل الرئيس إلى سيول عاصمة كوريا الجنوبية.")


def test_a_pretext_a_scene_and_a_boy_are_no_places():
    assert not places("وانسحب الرئيس بحجة أنه لم يوافق، ووجد حجة جديدة.")
    assert not places("وصورت الكاميرا مشهد الهجوم، وأنجبت الأميرة صبيا.")
    assert "Ḩajjah" in places("وقتل جنديان في حجة شمال غرب اليمن.")


def test_a_noun_with_the_pronoun_ha_is_no_place_spelled_with_ta_marbuta():
    # «جده» his grandfather, not «جدة»; «حواره» his interview, not «حوارة»
    assert not places("جلس الطفل في منزل جده.")
    assert not places("وهو أقوى من جده ووالده.")
    assert not places("وقال الرئيس في حواره مع الصحيفة إن الوضع صعب.")
    assert "Jeddah" in places("وصل الوزير إلى مدينة جدة.")
    assert "Jeddah" in places("وعقد الاجتماع في جدة.")


def test_rome_and_lome_have_no_spellings_that_are_names_or_words():
    assert not places("وقال الباحث إريك بلوميه إن ابنته ريم بخير.")
    assert "Rome" in places("وصل البابا إلى روما.")
    from importlib import resources

    rows = resources.files("newsparse.data").joinpath("gazetteer.tsv").read_text(encoding="utf-8").split("\n")
    for line in rows[1:]:
        f = line.split("\t")
        if len(f) > 9:
            # «ى» ends a word: inside one it is Uyghur spelling («رىم» for Rome, «مىلان»)
            assert not any(re.search("ى[^ -]", n) for n in [f[1], *f[9].split("|")]), line
