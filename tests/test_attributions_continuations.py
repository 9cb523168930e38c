"""Attributions on constructions found missing on unseen news: a sentence-final «حسبما» with
a speaker no lexicon names, a verb without subject after an adjunct of manner or occasion, a
verb of going on, a relative clause between a speaker and «إن / :»."""

from attribution_helpers import parse, rows


LEAD = "قال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده تدعم الحل السياسي. "
MINISTER = "وزير الخارجية الفرنسي جان إيف لودريان"


def test_according_to_with_an_unlisted_plural_source():
    atts = parse("ارتفعت أسعار الخبز في المدينة بشكل كبير، حسبما ذكرت نقابات عمالية.")
    assert rows(atts) == [("نقابات عمالية", "حسبما ذكرت", "ارتفعت أسعار الخبز")]


def test_according_to_with_an_unlisted_definite_source_and_a_day():
    atts = parse("وأغلقت المدارس أبوابها أمام الطلاب، وذلك بحسب ما أعلنت السلطات المحلية الاثنين.")
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("السلطات المحلية", "بحسب ما أعلنت")]


def test_according_to_with_an_unlisted_name_before_a_title():
    atts = parse("وتكاد الأسواق تخلو من المارة طوال النهار، حسبما أفاد سمير الخطاب مراسل الإذاعة.")
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("سمير الخطاب", "حسبما أفاد")]


def test_according_to_with_a_quantified_source():
    atts = parse("وتراجعت معنويات الجنود كثيرا، حسبما قال الكثير من الضباط المتقاعدين.")
    assert [a.speaker.text for a in atts] == ["الكثير من الضباط المتقاعدين"]


def test_according_to_without_a_subject_is_nothing():
    assert parse("وأغلقت المدارس أبوابها، حسبما يبدو.") == []
    assert parse("وأغلقت المدارس أبوابها، وفق ما أعلن عنه سابقا.") == []


def test_a_document_announced_by_a_title():
    atts = parse("قتل عشرون شخصا في الهجوم، وفق حصيلة جديدة أعلنها وزير الداخلية.")
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("وزير الداخلية", "وفق")]


def test_continuation_after_an_adverb_with_a_preposition_and_a_colon():
    atts = parse(LEAD + 'وتابع بحزم: "الحل العسكري لن ينجح في إنهاء الأزمة".')
    assert rows(atts)[1:] == [(MINISTER, "وتابع", "الحل العسكري لن")]


def test_continuation_after_an_adjunct_before_a_quotation():
    atts = parse(LEAD + 'وقال بخطاب في باريس "الحل العسكري لن ينجح في إنهاء الأزمة".')
    assert rows(atts)[1:] == [(MINISTER, "وقال", "الحل العسكري لن")]
    atts = parse(LEAD + 'وأضاف في المؤتمر نفسه "الحل العسكري لن ينجح في إنهاء الأزمة".')
    assert rows(atts)[1:] == [(MINISTER, "وأضاف", "الحل العسكري لن")]


def test_continuation_after_an_accusative_of_manner():
    atts = parse('قال الوزير إن المفاوضات مستمرة. وأضاف متسائلا: "من يستطيع أن يوقف هذه الحرب الآن؟".')
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("الوزير", "قال"), ("الوزير", "وأضاف")]


def test_a_name_in_alif_before_a_quotation_is_no_adverb():
    atts = parse('قال الوزير إن المفاوضات مستمرة. وقال درانيا للحشد "أي منا يمكن أن تطاله يد الدولة".')
    assert all(a.speaker.text == "الوزير" for a in atts)
    assert [a.cue.text for a in atts] == ["قال"]


def test_a_verb_of_going_on_before_a_present():
    atts = parse(LEAD + 'ومضى يقول: "الحل العسكري لن ينجح في إنهاء الأزمة".')
    assert rows(atts)[1:] == [(MINISTER, "يقول", "الحل العسكري لن")]
    atts = parse("قالت الوزيرة إن بلادها تدعم الحل السياسي. وراحت تقول إن الحل العسكري لن ينجح.")
    assert rows(atts)[1:] == [("الوزيرة", "تقول", "الحل العسكري لن")]


def test_a_present_without_a_subject_is_still_no_statement():
    atts = parse(LEAD + "ويقول إن الحل العسكري لن ينجح في إنهاء الأزمة.")
    assert [a.cue.text for a in atts] == ["قال"]


def test_a_relative_anonymity_clause_before_a_colon():
    atts = parse('وقال المسؤول الذي لم يكشف عن هويته: "الحل العسكري لن ينجح في إنهاء الأزمة".')
    assert rows(atts) == [("المسؤول", "وقال", "الحل العسكري لن")]
    atts = parse("وقال المسؤول الذي طلب عدم ذكر اسمه إن الحل العسكري لن ينجح.")
    assert rows(atts) == [("المسؤول", "وقال", "الحل العسكري لن")]


def test_a_relative_clause_between_an_unlisted_subject_and_inna():
    atts = parse("وقال المدرب، الذي عمل مع الفريق منذ سنوات، إن الخطة الجديدة لن تنجح.")
    assert rows(atts) == [("المدرب", "وقال", "الخطة الجديدة لن")]


def test_a_repeated_name_that_reads_as_a_clitic_is_the_speaker():
    atts = parse("استقالت بيني لورانس من منصبها. وقالت لورانس إنها تشعر بالخجل إزاء ما حدث.")
    assert rows(atts) == [("لورانس", "وقالت", "إنها تشعر بالخجل")]
    atts = parse('تحدث المسؤول السابق إريك بلوميه للموقع. وقال بلوميه: "كان يومها طالبا يبحث عن عمل".')
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("بلوميه", "وقال")]


def test_a_repeated_name_in_alif_is_the_speaker():
    atts = parse("وصلت فيكتوريا سكريبال إلى لندن. وقالت فيكتوريا إنها تعتزم السفر إلى إنجلترا.")
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("فيكتوريا", "وقالت")]


def test_an_adverb_with_bi_is_no_name_even_when_repeated():
    atts = parse('قال الوزير إن المفاوضات مستمرة. وقال بحسرة: "كان يومها طالبا يبحث عن عمل". '
                 'وقال بحسرة إن الأمر انتهى.')
    assert all(a.speaker.text == "الوزير" for a in atts)


def test_a_name_said_once_that_reads_as_a_clitic_stays_unknown():
    assert parse('وقال بلوميه: "كان يومها طالبا يبحث عن عمل".') == []


def test_an_unlisted_name_between_commas_after_a_title_is_the_speaker():
    atts = parse("وقال رئيس المجلس المحلي لبلدة الكرامة، سمير خليل، إن القصف استمر طوال الليل.")
    assert rows(atts) == [("سمير خليل", "وقال", "القصف استمر طوال")]
    atts = parse("وقال مدير شرطة المدينة، جان-كريستوف برتران، إن التحقيق مستمر.")
    assert [a.speaker.text for a in atts] == ["جان-كريستوف برتران"]


def test_a_title_no_lexicon_lists_before_a_name_between_commas():
    atts = parse("وقال النائب الكويتي، وليد الطبطبائي، إن الحكومة فشلت في إدارة الأزمة.")
    assert rows(atts) == [("وليد الطبطبائي", "وقال", "الحكومة فشلت في")]


def test_the_named_speaker_goes_on_speaking():
    atts = parse("وقال المتحدث باسم هيئة الطيران المدني، كريم الشامي، إن الرحلات علقت. "
                 "وأضاف أن المطار سيفتح غدا.")
    assert [a.speaker.text for a in atts] == ["كريم الشامي", "كريم الشامي"]


def test_a_day_an_adjunct_or_a_description_between_commas_is_no_name():
    for text in ("وقال الجيش، يوم الأحد، إن القصف استمر.",
                 "وقالت الوزارة، في بيان، إن القصف استمر.",
                 "قالت المنظمة، ومقرها نيويورك، إن القصف استمر.",
                 "وقال سكان محليون، الأحد الماضي، إن القصف استمر."):
        atts = parse(text)
        assert [a.speaker.text for a in atts] in ([], [text.split("،")[0].split(" ", 1)[1]]), text
    assert parse("قال التحالف، بقيادة السعودية، إن القصف استمر.") == []


def test_an_unlisted_subject_after_lakin():
    atts = parse("لكن بريسكا قالت إنها لا تعتقد أن العقوبة ضرورية.")
    assert rows(atts) == [("بريسكا", "قالت", "إنها لا تعتقد")]
    atts = parse("لكن منتقدين أشاروا إلى أن الخطة لن تنجح.")
    assert rows(atts) == [("منتقدين", "أشاروا", "الخطة لن تنجح")]


def test_the_subject_between_amma_and_fa():
    atts = parse("أما السفير الروسي في واشنطن فقال إنه احتج لدى الخارجية.")
    assert rows(atts) == [("السفير الروسي في واشنطن", "فقال", "إنه احتج لدى")]
    atts = parse("أما جوناثان كونريكوس، فقد قال إن الجيش مستعد.")
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("جوناثان كونريكوس", "قال")]


def test_lakin_with_a_subject_ends_the_statement_before():
    atts = parse("وقال الوزير إن الخطة ناجحة، لكن المعارضة قالت إن الخطة فاشلة.")
    assert rows(atts) == [("الوزير", "وقال", "الخطة ناجحة"), ("المعارضة", "قالت", "الخطة فاشلة")]
    assert atts[0].content.text == "الخطة ناجحة"


def test_no_subject_after_lakin_across_a_clause_or_inside_a_quotation():
    assert parse("لكن الحكومة رفضت الاتهامات وقالت إن الخطة ناجحة.") == []
    assert parse("لكن الرئيس الذي زار المدينة قال إن الخطة ناجحة.") == []
    atts = parse('قال الطبيب إن الشرطة ضربته. وأضاف "قلت لهم إنه مريض، لكن زعتور قال إنه يتظاهر".')
    assert {a.speaker.text for a in atts} == {"الطبيب"}
    assert atts[-1].content.text.startswith("قلت لهم إنه مريض، لكن")


def test_a_quoted_outlet_after_a_detached_li_is_an_audience():
    atts = parse('وقال محامي المتهم لـ"رويترز"، إن موكله بريء من كل التهم.')
    assert rows(atts) == [("محامي المتهم", "وقال", "موكله بريء من")]
    atts = parse('قالت المراسلة إنها تعرضت لمضايقات. وقالت في تصريحات لـ "غلوبو سبورت" إنه حادث فظيع.')
    assert rows(atts)[1:] == [("المراسلة", "وقالت", "إنه حادث فظيع")]



def test_a_participle_goes_back_to_no_object_or_genitive():
    text = ("واقترح الوزير أن تستدعي الدول العربية سفراءها ردا على قيام الولايات المتحدة بنقل سفارتها، "
            'قائلا: "ليس هناك ضير في استدعاء السفراء للتشاور".')
    atts = parse(text)
    assert all(a.speaker.text != "الولايات المتحدة" for a in atts)
    atts = parse("وتوعد شيوخ العشائر بإغلاق مجلس المحافظة، محملين الحكومة المحلية مسؤولية الفساد.")
    assert all(a.speaker.text != "مجلس المحافظة" for a in atts)


def test_a_participle_still_goes_back_to_the_subject():
    atts = parse('ورد الرئيس الأمريكي، دونالد ترامب، قائلا: "لن نتراجع عن هذا القرار أبدا".')
    assert [a.speaker.actor for a in atts] == ["دونالد ترامب"]
    atts = parse('من جانبه، انتقد وزير الخارجية البريطاني بوريس جونسون القرار، قائلا إنه "طريقة سيئة".')
    assert [a.speaker.actor for a in atts if a.cue.text == "قائلا"] == ["بوريس جونسون"]


def test_a_participle_goes_back_over_a_title_with_a_genitive_in_li():
    atts = parse("علق وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، على الأزمة، مؤكدا رفض الأحكام المسبقة.")
    assert [(a.speaker.actor, a.cue.text) for a in atts] == [("أنور قرقاش", "مؤكدا")]


def test_lakinha_opening_the_next_sentence_goes_on_with_the_speaker():
    atts = parse("قالت الوزيرة إن بلادها تدعم الحل السياسي. لكنها أضافت أن الوقت ينفد.")
    assert rows(atts) == [("الوزيرة", "قالت", "بلادها تدعم الحل"), ("الوزيرة", "أضافت", "الوقت ينفد")]
    atts = parse("قال الوزير إن بلاده تدعم الحل السياسي. لكنها أضافت أن الوقت ينفد.")
    assert [a.cue.text for a in atts] == ["قال"]  # another gender: another subject
