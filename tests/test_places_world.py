"""World names as Arabic news spells them (seas, oceans, capitals, conflict towns), a past
verb after a place word, headline labels, «مسقط رأس», and no guessed country for an unlisted
place. Sentences written for these tests."""

import newsparse


def places(text):
    return {(p.en or p.name, p.country) for p in newsparse.parse(text).places}


def names(text):
    return {p.en or p.name for p in newsparse.parse(text).places}


def test_seas_and_oceans_in_news_spellings():
    found = names("ورصدت البحرية سفنا في بحر الصين الجنوبي، ثم في المحيط الهادي قرب خليج المكسيك.")
    assert {"South China Sea", "Pacific Ocean", "Gulf of Mexico"} <= found
    # the country inside the sea's name is no state acting
    art = newsparse.parse("وتطالب الحكومة بالسيادة على بحر الصين الجنوبي كله.")
    assert not art.actors
    assert {"Aegean Sea", "Baltic Sea"} <= names("وغرق قارب في بحر إيجه، وتحطم آخر في بحر البلطيق.")


def test_capitals_and_cities_in_news_spellings():
    found = places("ووصل الوزير إلى كانبيرا قادما من بوينوس آيرس، ثم زار فالنسيا وبرزبين وسان بطرسبورغ.")
    assert {("Canberra", "AU"), ("Buenos Aires", "AR"), ("Valencia", "ES"), ("Brisbane", "AU"),
            ("Saint Petersburg", "RU")} <= found


def test_conflict_towns_the_gazetteer_lacked():
    found = places("واستهدف القصف جمرايا وزملكا في ريف دمشق، فيما تقدمت القوات نحو الباغوز.")
    assert {("Jamraya", "SY"), ("Zamalka", "SY"), ("Baghuz", "SY")} <= found
    assert ("Jalawla", "IQ") in places("وانفجرت عبوة ناسفة في جلولاء شمال شرق بغداد.")


def test_a_past_verb_after_a_place_word_begins_a_clause():
    assert not names("وقالت إنها تعيش في مدينة ولدت فيها قبل ثلاثين عاما.")
    assert not names("وعاد الشيخ إلى قرية نزحت منها عائلته قبل عقود.")
    # a name after the place word stays
    assert "Kafranbel" in names("وسيطرت الفصائل على بلدة كفرنبل.")


def test_a_headline_label_is_a_place():
    art = newsparse.parse("تركيا.. اعتقال 20 شخصا بتهمة التجسس\n\nاعتقلت الشرطة 20 شخصا.")
    assert ("Türkiye", "TR") in {(p.en, p.country) for p in art.places}
    assert not any(a.name == "تركيا" for a in art.actors)


def test_birthplace_is_not_muscat():
    assert not names("وعاد اللاعب إلى مسقط رأسه بعد غياب طويل.")
    assert not names('واقتربت القوات من "مران" مسقط رأس زعيم الجماعة.') & {"Muscat"}
    assert "Muscat" in names("ووصل الوزير إلى مسقط أمس.")


def test_an_unlisted_place_gets_no_country_from_the_people_of_the_article():
    # the article names the United States most (its president and his staff), and
    # Singapore as the place: the airport is in Singapore
    text = ("وقال ترامب إن الرئيس سيصل إلى سنغافورة الأحد، وقال البيت الأبيض إن ترامب سيغادر "
            "مطار شانغي بعد القمة في سنغافورة. وقال بومبيو إن واشنطن مستعدة.")
    assert ("مطار شانغي", "SG") in places(text)
    # nothing but people gives a country: none rather than a wrong one
    text = ("وقال الرئيس العراقي إن الحكومة العراقية ستتابع القضية، وأضاف وزير الخارجية العراقي "
            "أن المتهم كان يقيم في ضاحية فيلكسان قبل اعتقاله.")
    assert ("فيلكسان", None) in places(text)


def test_khirbet_begins_a_compound_village_name():
    assert "خربة الجوز" in names("وقصفت الطائرات قرية خربة الجوز في ريف إدلب.")


def test_a_headline_phrase_ending_in_a_name_is_no_label():
    art = newsparse.parse("مرشحات برلمان لبنان.. أكثر من زينة\n\nترشحت 86 امرأة للانتخابات.")
    assert any(a.name == "مجلس النواب اللبناني" and any(m.text == "برلمان لبنان" for m in a.mentions)
               for a in art.actors)
    art = newsparse.parse("كوريا الشمالية.. تجربة صاروخية جديدة\n\nأطلقت البلاد صاروخا.")
    assert "North Korea" in {p.en for p in art.places}


def test_a_list_after_a_plural_place_word_goes_on_past_commas():
    found = names("وحررت القوات قرى الغرزة، والبروكية، والشتيفي في محافظة صعدة.")
    assert {"الغرزة", "البروكية", "الشتيفي"} <= found
    assert not names("وزار الوفد أحياء المدينة القديمة، والتقى السكان.")
