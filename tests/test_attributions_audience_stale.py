"""Attributions found missing or wrong on unseen news: an outlet between the speaker and a
quotation («وقال X لقناة سي إن إن التلفزيونية "..."», no complementiser inside the outlet's
name), and a verb without a subject after a statement too far back (a missed statement or
narrative sentences between)."""

from attribution_helpers import parse, rows


def test_title_and_name_then_an_outlet_with_its_adjective_then_a_quotation():
    atts = parse('وقال المهندس كريم داود لقناة سي إن إن التلفزيونية مساء الأحد "لم نتلق أي تحذير قبل انهيار الجسر".')
    assert rows(atts) == [("المهندس كريم داود", "وقال", "لم نتلق أي")]
    assert atts[0].direct


def test_no_complementiser_inside_the_outlet_name():
    atts = parse("وقال سامي العلي لقناة سي إن إن إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.")
    assert rows(atts) == [("سامي العلي", "وقال", "المفاوضات ستستأنف الأسبوع")]


def test_one_word_name_then_an_agency_then_a_quotation():
    atts = parse('وأضاف فيرنانديز لوكالة فرانس برس "لقد فقدنا كل ما نملك في الفيضان".')
    assert rows(atts) == [("فيرنانديز", "وأضاف", "لقد فقدنا كل")]


def test_an_adverb_then_an_agency_is_no_name():
    atts = parse('وأضاف لاحقا لوكالة فرانس برس "لقد فقدنا كل ما نملك في الفيضان".')
    assert all(a.speaker.text != "لاحقا" for a in atts)


LEAD = "قال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده تدعم الحل السياسي. "


def test_continuation_after_a_multi_sentence_quotation_keeps_its_speaker():
    atts = parse('قال وزير الخارجية الفرنسي جان إيف لودريان: "لن نتراجع. سنواصل العمل. هذا واجبنا". '
                 "وأضاف أن الحوار هو الطريق الوحيد.")
    assert [a.speaker.text for a in atts] == ["وزير الخارجية الفرنسي جان إيف لودريان"] * 2


def test_continuation_after_one_narrative_sentence_keeps_its_speaker():
    atts = parse(LEAD + "وشهدت العاصمة مظاهرات حاشدة أمس. وأضاف أن الحوار هو الطريق الوحيد.")
    assert [a.cue.text for a in atts] == ["قال", "وأضاف"]
    assert atts[1].speaker.text == atts[0].speaker.text


def test_continuation_after_two_narrative_sentences_has_no_speaker():
    atts = parse(LEAD + "وشهدت العاصمة مظاهرات حاشدة أمس. وأغلقت المتاجر أبوابها. "
                 "وأضاف أن الحوار هو الطريق الوحيد.")
    assert [a.cue.text for a in atts] == ["قال"]


def test_continuation_takes_the_subject_of_the_sentence_before():
    atts = parse(LEAD + "وتطرق الرئيس التركي رجب طيب أردوغان إلى الأزمة الاقتصادية في بلاده. "
                 'وقال "سنتجاوز هذه المرحلة الصعبة قريبا".')
    assert [(a.cue.text, a.speaker.actor) for a in atts][1] == ("وقال", "رجب طيب أردوغان")


def test_participle_takes_no_subject_from_inside_a_quotation():
    text = ('وقالت الوزيرة في بيانها: "لقد تعرضت روسيا لعقوبات قاسية هذا العام". '
            'وأغلقت المحلات أبوابها. وتوقفت الحافلات. وأضاف: "ستبقى فرنسا حليفة لبريطانيا"، '
            'مشيرا إلى أن "فرنسا تقف مع بريطانيا في هذه الأزمة".')
    atts = parse(text)
    assert [a.cue.text for a in atts] == ["وقالت"]


def test_according_to_his_words_ends_the_statement_before_it():
    atts = parse('وأكد وزير الخارجية الفرنسي جان إيف لودريان أن الوضع في المنطقة "خطير جدا"، على حد قوله.')
    assert len(atts) == 1
    assert atts[0].content.text.rstrip('"') .endswith("خطير جدا")


def test_according_to_his_expression_after_a_clause_of_the_subject():
    atts = parse("انتقد الرئيس الفرنسي إيمانويل ماكرون التدخل الأجنبي في الانتخابات، حسب تعبيره.")
    assert rows(atts) == [("الرئيس الفرنسي إيمانويل ماكرون", "حسب تعبيره", "التدخل الأجنبي في")]


def test_according_to_his_expression_with_a_missed_verb_of_saying_between():
    atts = parse("انتقد الرئيس الفرنسي إيمانويل ماكرون ما زعم أنه تدخل أجنبي في الانتخابات، حسب تعبيره.")
    assert all(a.cue.text != "حسب تعبيره" for a in atts)


def test_title_with_a_complement_then_an_unlisted_name():
    atts = parse("وقال المسؤول عن الأمن في المدينة ماركوس هولتز إن الشرطة عززت وجودها في الشوارع.")
    assert rows(atts) == [("ماركوس هولتز", "وقال", "الشرطة عززت وجودها")]


def test_title_with_a_complement_and_no_name():
    atts = parse("وقال المسؤول عن الملف في وزارة الخارجية الأمريكية إن الوضع مستقر تماما.")
    assert [a.speaker.text for a in atts] == ["المسؤول"]


def test_unlisted_name_then_a_long_title_and_adjuncts_before_in():
    atts = parse("وقال يوهان فالبرغ المستشار الأول لوزير البيئة السويدي في بيان وزعته الوزارة على الصحفيين، "
                 'إن "الحرائق دمرت آلاف الهكتارات من الغابات".')
    assert rows(atts) == [("يوهان فالبرغ", "وقال", "الحرائق دمرت آلاف")]


def test_definite_subject_then_a_comma_and_adjuncts_before_in():
    atts = parse('وقال القبطان، في مقابلة مع برنامج "صباح الخير" على قناة محلية، ردا على سؤال عن الحادث، '
                 "إن السفينة لم تكن محملة بأكثر من طاقتها.")
    assert rows(atts) == [("القبطان", "وقال", "السفينة لم تكن")]


def test_no_subject_after_a_title_first_or_an_adverb():
    atts = parse("وقال محافظ منطقة الساحل خلال زيارته للمدينة الساحلية الصغيرة إن الوضع مستقر تماما.")
    assert all(a.speaker.text != "محافظ" for a in atts)
    atts = parse("وقال بعدها خلال حديثه مع الصحفيين في العاصمة إن الوضع مستقر تماما.")
    assert atts == []
