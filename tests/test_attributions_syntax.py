"""Attributions: general constructions of Arabic news syntax (title phrases as speakers,
joined speakers, sources of figures, «according to» after a clause, headlines)."""

from test_attributions import first_words, parse  # parse checks every span's offsets


def by_cue(atts, cue):
    return [a for a in atts if a.cue.text == cue]


# ---------------------------------------------------------------- title phrases


def test_title_with_nisba_is_a_speaker():
    atts = parse("وقال الرئيس التركي إن بلاده لن تسمح بقيام كيان على حدودها الجنوبية.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الرئيس التركي", "بلاده لن")]


def test_title_in_construct_state_is_a_speaker():
    atts = parse("وأكد وزير الخارجية الأردني أن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("وزير الخارجية الأردني", "الحل السياسي")]
    atts = parse("وقال رئيس الوزراء العراقي إن الحكومة ستصرف الأموال اللازمة لإعمار المدينة.")
    assert [a.speaker.text for a in atts] == ["رئيس الوزراء العراقي"]


def test_title_keeps_former_and_organisation():
    atts = parse("ونفى الرئيس الفرنسي السابق الاتهامات الموجهة إليه بشأن تمويل حملته.")
    assert [(a.speaker.text, first_words(a.content, 1)) for a in atts] == [("الرئيس الفرنسي السابق", "الاتهامات")]
    atts = parse("ودان المندوب الخاص للأمم المتحدة الهجمات التي استهدفت المدنيين في المدينة.")
    assert [(a.speaker.text, a.speaker.actor, first_words(a.content, 1)) for a in atts] == \
        [("المندوب الخاص للأمم المتحدة", "الأمم المتحدة", "الهجمات")]


def test_plural_after_a_title_is_its_object():
    atts = parse("واتهم الرئيس الأميركي الديمقراطيين بعرقلة أي إصلاح لقانون الهجرة.")
    assert [(a.speaker.text, first_words(a.content, 1)) for a in atts] == [("الرئيس الأميركي", "الديمقراطيين")]


def test_title_that_does_not_end_clearly_is_no_speaker():
    # «مديرة الشرق الأوسط في المنظمة»: the phrase goes on past «الشرق»
    atts = parse("ودعت مديرة الشرق الأوسط في المنظمة إلى إجراء تحقيق شامل في الحادث.")
    assert not [a for a in atts if a.content.text.startswith("الأوسط")]


def test_title_without_organisation_does_not_swallow_the_object():
    atts = parse("واتهم الرئيس التركي منافسه محرم إينجه، المدرس السابق، بالافتقار إلى الخبرة.")
    assert [a.speaker.text for a in atts] == ["الرئيس التركي"]


# ---------------------------------------------------------------- joined speakers


def test_joined_title_phrase_speaks_too():
    atts = parse("وأكد الملك سلمان والعاهل الأردني أن الحل السياسي هو الطريق الوحيد للأزمة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("الملك سلمان", "الحل السياسي"), ("والعاهل الأردني", "الحل السياسي")]


def test_joined_speakers_before_an_adjunct_and_complementiser():
    atts = parse("وأكد الملك سلمان ووزير الخارجية الأردني، إثر محادثات أجرياها في الرياض الأربعاء، "
                 "أن الحل السياسي هو الطريق الوحيد للأزمة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("الملك سلمان", "الحل السياسي"), ("ووزير الخارجية الأردني", "الحل السياسي")]


# ---------------------------------------------------------------- documents and figures


def test_figure_from_an_organisation_names_it_as_speaker():
    atts = parse("أفادت حصيلة جديدة من المرصد السوري لحقوق الإنسان أن عدد القتلى المدنيين تجاوز الألف.")
    assert [(a.speaker.actor, first_words(a.content, 2)) for a in atts] == \
        [("المرصد السوري لحقوق الإنسان", "عدد القتلى")]


def test_statement_issued_by_an_organisation():
    atts = parse("وأكد بيان صادر عن وزارة الخارجية أن الاعتداء على البعثات الدبلوماسية مرفوض.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("وزارة الخارجية", "الاعتداء على")]


def test_according_to_a_figure_of_an_organisation():
    atts = parse("قتل أكثر من ألف مدني خلال ثلاثة أسابيع، وفق حصيلة جديدة للمرصد السوري لحقوق الإنسان.")
    assert [(a.speaker.actor, first_words(a.content, 2)) for a in atts] == \
        [("المرصد السوري لحقوق الإنسان", "قتل أكثر")]


def test_document_without_an_organisation_stays_anonymous():
    atts = parse("وأكد تقرير أن الحصار أدى إلى تدمير القطاع الإنتاجي في المنطقة.")
    assert [(a.speaker.text, a.anonymous) for a in atts] == [("تقرير", True)]


# ---------------------------------------------------------------- «according to» after a statement


def test_according_to_an_outlet_after_a_statement_relays_it():
    atts = parse("وقال وزير الخارجية التركي إن الموقف يتجه نحو الكارثة، حسبما قالت وكالة رويترز للأنباء.")
    assert [(a.speaker.text, a.content.text, a.via and a.via.text) for a in atts] == \
        [("وزير الخارجية التركي", "الموقف يتجه نحو الكارثة", "وكالة رويترز للأنباء")]


def test_according_to_the_same_speaker_is_no_relay():
    atts = parse("وقالت الصحيفة إن المفاوضات توقفت منذ أسبوع، بحسب الصحيفة.")
    assert [(a.speaker.text, a.content.text, a.via) for a in atts] == \
        [("الصحيفة", "المفاوضات توقفت منذ أسبوع", None)]


def test_according_to_inside_the_content_is_no_relay():
    atts = parse("وأكدت الوزارة تسجيل 41 إصابة بالكوليرا، لكن الوضع - بحسب وكالة رويترز - تحت السيطرة.")
    assert [(a.speaker.text, a.via) for a in atts if a.cue.text == "وأكدت"] == [("الوزارة", None)]


def test_according_to_standing_alone_reports_nothing():
    atts = parse("وقال الجيش إن القوات تقدمت نحو وسط المدينة. بحسب رويترز. وأضاف أن المعارك مستمرة.")
    assert [a.cue.text for a in atts] == ["وقال", "وأضاف"]


# ---------------------------------------------------------------- pluperfect «وكان X قد قال»


def test_pluperfect_subject_between_kana_and_qad():
    atts = parse("وكان رئيس الوزراء الإسرائيلي بنيامين نتانياهو قد قال، الخميس، إن ست دول تبحث نقل سفاراتها.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("رئيس الوزراء الإسرائيلي بنيامين نتانياهو", "ست دول")]


def test_pluperfect_subject_unknown_to_the_lexicons():
    atts = parse("وكان المعجب قد أعلن أن قيمة التسويات تجاوزت مئة مليار ريال.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("المعجب", "قيمة التسويات")]


def test_pluperfect_subject_stops_before_a_relative_clause():
    atts = parse("وكانت السفارة في واشنطن التي افتتحت العام الماضي قد قالت إن التقارير غير صحيحة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("السفارة في واشنطن", "التقارير غير")]


# ---------------------------------------------------------------- «لكنه أكد»: the pronoun is the speaker before


def test_pronoun_after_but_is_the_speaker_before():
    atts = parse("وقالت منظمة الصحة العالمية إن الوباء انحسر، لكنها حذرت من أن موجة جديدة قد تظهر.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("منظمة الصحة العالمية", "الوباء انحسر"), ("منظمة الصحة العالمية", "موجة جديدة")]


def test_pronoun_after_illa_anna_in_the_next_sentence():
    atts = parse("وأعلنت الشرطة البريطانية توقيف رجلين. ولم تحدد الشرطة هويتيهما، إلا أنها قالت إنهما من سكان لندن.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in by_cue(atts, "قالت")] == \
        [("الشرطة البريطانية", "إنهما من")]


def test_pronoun_of_another_gender_is_not_the_speaker_before():
    atts = parse("وقالت منظمة الصحة العالمية إن الوباء انحسر، لكنه أكد أن موجة جديدة قد تظهر.")
    assert [a.cue.text for a in atts] == ["وقالت"]


def test_pronoun_of_a_subject_not_heard_before_is_not_the_speaker_before():
    atts = parse("وقالت منظمة الصحة العالمية إن الوباء انحسر. ولم يتمكن فاضل من تحديد الأسباب، لكنه أشار إلى أن "
                 "موجة جديدة قد تظهر.")
    assert [a.cue.text for a in atts] == ["وقالت"]


# ---------------------------------------------------------------- «أصدر بيانا قال فيه»: the author speaks


def test_resumptive_statement_speaker_is_the_subject_that_issued_it():
    atts = parse("وأصدرت وزارة الخارجية المصرية بيانا، الأحد، قالت فيه إن الاجتماع انتهى دون اتفاق.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("وزارة الخارجية المصرية", "الاجتماع انتهى")]


def test_resumptive_statement_speaker_named_after_the_noun():
    atts = parse("وجاء القرار بعد تصريحات للرئيس الروسي فلاديمير بوتين، قال فيها إن بلاده لن ترد على الاستفزاز.")
    assert [(a.speaker.actor, first_words(a.content, 2)) for a in atts] == [("فلاديمير بوتين", "بلاده لن")]


def test_resumptive_subject_after_the_pronoun_in_a_time_clause():
    atts = parse("وجاء ذلك في الوقت الذي قالت فيه فرنسا إنها ستزيد وجودها العسكري في المنطقة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("فرنسا", "إنها ستزيد")]


def test_noun_after_the_resumptive_pronoun_is_an_object():
    atts = parse("ونشر الرئيس الأمريكي تغريدة طالب فيها السلطات المكسيكية بوقف القافلة قبل وصولها إلى الحدود.")
    assert [a.speaker.text for a in atts] == ["الرئيس الأمريكي"]


# ---------------------------------------------------------------- one unknown word before «إن» / «:»


def test_one_unknown_name_before_inna_is_the_speaker():
    atts = parse("وقال كارنافيان إن العائلة المكونة من ستة أفراد نفذت الهجوم.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("كارنافيان", "العائلة المكونة")]


def test_one_unknown_name_before_a_colon_is_the_speaker():
    atts = parse('وقالت شيروود: "لقد أمسك بيدي وقال لي لا تقلقي".')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts][:1] == [("شيروود", "لقد أمسك")]


def test_an_adverb_before_a_colon_is_no_speaker():
    atts = parse('وقال الوزير الفرنسي إن المفاوضات مستمرة. وأضاف مازحا: "لن أكلفكم بواجبات كثيرة".')
    # the adverb is no subject: the minister goes on speaking
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("الوزير الفرنسي", "وقال"), ("الوزير الفرنسي", "وأضاف")]


def test_audience_with_the_preposition_is_not_part_of_the_speaker():
    atts = parse("وقال مسؤول عسكري للصحفيين إن الوضع على الحدود خطير.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("مسؤول عسكري", "الوضع على")]


def test_one_unknown_name_then_an_adjunct_before_inna():
    atts = parse("وقال جولياني مساء الأحد إن المال دفعه المحامي قبل الانتخابات.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("جولياني", "المال دفعه")]


def test_according_to_the_same_sources():
    atts = parse("وقالت مصادر أمنية إن المهاجم فجر نفسه قرب الكنيسة. وأبعدت الإجراءات المهاجم عن الكنيسة، "
                 "وفقا لنفس المصادر.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("مصادر أمنية", "المهاجم فجر"), ("لنفس المصادر", "وأبعدت الإجراءات")]


def test_pluperfect_without_qad():
    atts = parse("وكان كوهين أعلن أنه دفع من جيبه الخاص مبلغ المال للممثلة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("كوهين", "أنه دفع")]


def test_kana_of_a_subordinate_clause_has_no_speaker_subject():
    atts = parse("وردا على سؤال عما إذا كان الرئيس يملك سلطة العفو عن نفسه قال المحامي فريد الهاشمي إنه يملكها.")
    assert all(not a.speaker.text.startswith("الرئيس يملك") for a in atts)


def test_title_with_the_place_of_the_post_then_an_unknown_holder():
    atts = parse("واعتبر ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في سوريا كريم ناصر أن الوضع كارثي.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في سوريا كريم ناصر", "الوضع كارثي")]


# ---------------------------------------------------------------- where a speaker ends


def test_plural_adjective_after_a_name_is_the_object():
    # «اتهم ترامب الديمقراطيين»: a human plural after a singular name is no adjective of it
    atts = parse("واتهم دونالد ترامب الديمقراطيين بعرقلة أي إصلاح لقوانين الهجرة في الكونغرس.")
    assert [(a.speaker.text, first_words(a.content, 1)) for a in atts] == [("دونالد ترامب", "الديمقراطيين")]


def test_plural_adjective_after_a_non_human_plural_is_the_object():
    # «السلطات» takes «التايلاندية», never «الصحفيين»
    atts = parse("وطالبت السلطات التايلاندية الصحفيين بمغادرة المنطقة المحيطة بالكهف فورا.")
    assert [(a.speaker.text, first_words(a.content, 1)) for a in atts] == [("السلطات التايلاندية", "الصحفيين")]


def test_second_person_after_a_name_is_the_object():
    atts = parse("وأبلغ فلاديمير بوتين بنيامين نتنياهو أن الاتفاق مهم للغاية.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("فلاديمير بوتين", "الاتفاق مهم")]
    atts = parse("ووصف بنيامين نتنياهو محمد جواد ظريف بأنه بوق لنظام بلاده.")
    assert [a.speaker.text for a in atts] == ["بنيامين نتنياهو"]
    # joined by «و», both speak
    atts = parse("وقال دونالد ترامب وإيمانويل ماكرون إن الاتفاق لن يسقط.")
    assert [a.speaker.text for a in atts][:1] == ["دونالد ترامب وإيمانويل ماكرون"]


def test_headline_with_addressee_before_the_colon():
    atts = parse("ترامب لروحاني: إياك وتهديد الولايات المتحدة مرة أخرى\nحذر الرئيس الأميركي إيران من العواقب.")
    assert [(a.speaker.text, a.cue.text, first_words(a.content, 1)) for a in atts][:1] == [("ترامب", ":", "إياك")]


def test_definite_words_after_a_persons_name_are_not_part_of_it():
    # «أردوغان العام الماضي», «نتانياهو الكمية الضرورية»: no adjective follows a name
    atts = parse("وأشار رجب طيب أردوغان العام الماضي إلى أن مصير القس مرتبط بمصير رجل الدين التركي.")
    assert [a.speaker.text for a in atts] == ["رجب طيب أردوغان"]
    # an organisation's name keeps its adjective
    atts = parse("وقالت وكالة إنترفاكس الروسية إن الطائرة هبطت بسلام.")
    assert [a.speaker.text for a in atts] == ["وكالة إنترفاكس الروسية"]


# ---------------------------------------------------------------- relative clauses


def test_subject_after_the_verb_in_a_relative_clause_speaks():
    atts = parse("وأرسلت المنظمة خبراء لفحص الغاز الذي قالت بريطانيا إنه استخدم في الهجوم على المدينة.")
    assert [(a.speaker.text, a.cue.text, first_words(a.content, 2)) for a in atts] == \
        [("بريطانيا", "قالت", "إنه استخدم")]


def test_relative_clause_statement_ends_at_the_comma():
    atts = parse("وساعد الضابط، الذي قالت الشرطة إن اسمه جان دوبون، في إنهاء الهجوم على المتجر.")
    assert [(a.speaker.text, a.content.text) for a in atts] == [("الشرطة", "اسمه جان دوبون")]


def test_unlisted_subject_of_a_relative_clause():
    atts = parse("وتحدث الوزير عن الهجوم الذي قالت جماعات إغاثة محلية إنه قتل عشرات الأشخاص في البلدة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("جماعات إغاثة محلية", "إنه قتل")]


def test_relative_clause_without_a_complementiser_is_no_statement_of_its_object():
    # «الذي اعتبر X "..."»: X is the object, the quotation its predicate; the antecedent speaks
    atts = parse('وأوضح أن رد دونالد ترامب الذي اعتبر ترودو "غير صادق وضعيف" كان متوقعا.')
    assert "ترودو" not in [a.speaker.text for a in atts]
    # «الذي يصف نفسه بأنه»: a reflexive object, not a subject
    atts = parse('ويسعى أردوغان، الذي يصف نفسه بأنه "عدو أسعار الفائدة"، لخفض تكاليف الاقتراض.')
    assert "نفسه" not in [a.speaker.text for a in atts]


def test_relative_clause_speaker_is_not_the_subject_of_the_next_statement():
    atts = parse("وقال المدعي العام كريم علي إن المسلح، الذي قال الإعلام المحلي إن اسمه سمير، تاجر مخدرات. "
                 "وأضاف أنه كان على اتصال بمتشددين في السجن.")
    added = [a for a in atts if a.cue.text == "وأضاف"]
    assert [a.speaker.text for a in added] != ["الإعلام المحلي"]
    assert ("الإعلام المحلي", "اسمه سمير") in [(a.speaker.text, a.content.text) for a in atts]


# ---------------------------------------------------------------- an object continuing a statement


def test_verb_with_object_and_no_subject_continues_the_speaker_before():
    atts = parse("وقال وزير الداخلية الأردني إن الشرطة اعتقلت المشتبه بهم. "
                 "وأكد سيطرة قوات الأمن على الوضع في المدينة.")
    assert [(a.speaker.text, a.cue.text, first_words(a.content, 2)) for a in atts] == [
        ("وزير الداخلية الأردني", "وقال", "الشرطة اعتقلت"), ("وزير الداخلية الأردني", "وأكد", "سيطرة قوات")]


def test_object_continuation_in_one_sentence_keeps_the_day():
    atts = parse("ودان الرئيس اللبناني الهجوم على القافلة، وأعلن الاثنين يوم حداد وطني.")
    assert [(a.cue.text, a.content.text) for a in atts] == [
        ("ودان", "الهجوم على القافلة"), ("وأعلن", "الاثنين يوم حداد وطني")]
    assert {a.speaker.text for a in atts} == {"الرئيس اللبناني"}


def test_object_continuation_needs_no_other_subject():
    # a subject of another verb in the sentence
    atts = parse("وقالت الحكومة الفرنسية إن التحقيق مستمر. واتخذت وزارة الداخلية الفرنسية الإجراءات اللازمة، "
                 "وأكدت محاسبة جميع المتورطين.")
    assert [a.cue.text for a in atts] == ["وقالت"]
    # without that subject, the same verb continues the statement
    atts = parse("وقالت الحكومة الفرنسية إن التحقيق مستمر. وأكدت محاسبة جميع المتورطين.")
    assert [a.cue.text for a in atts] == ["وقالت", "وأكدت"]
    # a noun phrase closed by «أن» is the subject, not the object
    atts = parse("وقال المتحدث باسم الشرطة إن السيارة انفجرت عند المدخل. وأعلن حاكم الولاية عمر زيدان، "
                 "أن عشرة أشخاص قتلوا.")
    assert "المتحدث باسم الشرطة" not in [a.speaker.text for a in atts if a.cue.text == "وأعلن"]
    # an unlisted name is no verbal noun
    atts = parse("وقال الرئيس الروسي إن بلاده لن ترد. ونفى بيسكوفيتش وجود أي اتصالات.")
    assert [a.cue.text for a in atts] == ["وقال"]
    # a plural in «ات» is a subject
    atts = parse("وقالت الشرطة البريطانية إن الحادث كبير. وأعلنت خدمات الإسعاف نقل أربعة أشخاص إلى المستشفى.")
    assert "الشرطة البريطانية" not in [a.speaker.text for a in atts if a.cue.text == "وأعلنت"]


def test_apposition_before_the_verbs_preposition_is_skipped():
    atts = parse("وحذرت وزارة الثقافة اليمنية، الجهة المسؤولة عن الآثار، من تدمير المعالم التاريخية في المدينة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("وزارة الثقافة اليمنية", "من تدمير")]
    atts = parse("وأعرب رئيس وزراء كوسوفو، راموش هاراديناي، عن عزمه فتح تحقيق في الاعتقالات.")
    assert [first_words(a.content, 2) for a in atts] == ["عزمه فتح"]
    # no preposition after the closing comma: no content there
    atts = parse("وتحدث الوزير الفرنسي، في المؤتمر، مع نظيره الألماني.")
    assert atts == []


def test_observers_and_a_side_named_by_its_nisba_are_speakers():
    atts = parse("لكن المراقبين يشيرون إلى تزايد أعداد المهاجرين خلال الأشهر الأخيرة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("المراقبين", "تزايد أعداد")]
    atts = parse("واتهم الجانب الفلسطيني إسرائيل باستخدام القوة المفرطة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الجانب الفلسطيني", "إسرائيل باستخدام")]
    # a bare «الجانب» is no speaker: «مما يؤكد الجانب الإنساني للقضية»
    atts = parse("وأنقذت الشرطة الضحايا، مما يؤكد الجانب العابر للحدود لهذه الجرائم.")
    assert atts == []


# ---------------------------------------------------------------- «وصفه X بأنه», «تعتبرها X "..."»


def test_verb_with_an_object_pronoun_in_a_relative_clause():
    atts = parse('وتستهدف العملية "وحدات حماية الشعب" الكردية التي تعتبرها أنقرة "إرهابية"، وتسيطر على المنطقة.')
    assert [(a.speaker.text, a.cue.text, a.content.text) for a in atts] == [("أنقرة", "تعتبرها", "إرهابية")]
    atts = parse('وأصيب عشرة أشخاص في الهجوم الذي وصفه ماكرون بأنه "إرهاب إسلامي".')
    assert [(a.speaker.text, first_words(a.content, 3)) for a in atts] == [("ماكرون", "بأنه إرهاب إسلامي")]


def test_verb_with_an_object_pronoun_names_all_joined_subjects():
    atts = parse("ويشن حزب العمال الكردستاني، الذي تعتبره الولايات المتحدة والاتحاد الأوروبي وتركيا منظمة "
                 "إرهابية، هجمات في جنوب البلاد.")
    assert [a.speaker.text for a in atts] == ["الولايات المتحدة", "والاتحاد الأوروبي", "وتركيا"]
    assert {a.content.text for a in atts} == {"منظمة إرهابية"}


def test_verb_with_an_object_pronoun_in_a_main_clause():
    atts = parse('ووصفتها السلطة الفلسطينية بأنها "إعدام بدم بارد".')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("السلطة الفلسطينية", "بأنها إعدام")]


def test_object_pronoun_forms_that_are_no_statement():
    # the antecedent is the object: no subject after the verb, no speaker
    atts = parse('وتستهدف القوات التركية وحدات حماية الشعب التي تعتبرها "إرهابية".')
    assert atts == []
    # «وصفها لترامب»: the noun «وصف» with its object, not a verb with a speaker
    atts = parse('ونقلت وكالة الأنباء الرسمية في كوريا الشمالية، عن لجنة الحزب هناك، وصفها لترامب بأنه '
                 '"زعيم عصابة، وكلب مسعور".')
    assert "لترامب" not in [a.speaker.text for a in atts]
    # a relative clause inside a speaker's noun phrase does not hide his statement
    atts = parse('وقال المصدر الذي وصفته الوكالة الجزائرية "بالمأذون" إن الدعم لا يعني التدخل.')
    assert [(a.speaker.text, a.cue.text, first_words(a.content, 2)) for a in atts] == \
        [("المصدر", "وقال", "الدعم لا")]


# ---------------------------------------------------------------- names no lexicon knows


def test_unlisted_name_closed_by_a_title():
    atts = parse("وقال يوناس سفينسون المتحدث باسم خفر السواحل لوكالة الأنباء إن القارب غرق قرب الشاطئ، "
                 "مشيرا إلى أن عشرة ركاب فقدوا.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [
        ("يوناس سفينسون", "القارب غرق"), ("يوناس سفينسون", "عشرة ركاب")]
    atts = parse('وقال يوناس سفينسون مدير الإغاثة في المنطقة "لا نستطيع الوصول إلى القرى المعزولة".')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("يوناس سفينسون", "لا نستطيع")]


def test_unlisted_name_with_an_article_surname_after_a_given_name():
    atts = parse("وقال محمد الزيادنة إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("محمد الزيادنة", "المفاوضات ستستأنف")]


def test_words_before_a_title_that_are_no_name():
    # frequent words of news are no name: «وأكدت مرة جديدة رغبة الرئيس ...»
    for text in ("ويوضح أبرز محطات الرئيس السوري أن الحرب طويلة.", "وأكد مساعد نائب الرئيس أن الحرب طويلة."):
        assert [a.speaker.text for a in parse(text)] in ([], ["مساعد نائب الرئيس"])
    # a title after the name is not the object of a verb taking one («ويدين X زعيم الكتلة "..."»)
    atts = parse('ويدين يوناس سفينسون زعيم كتلة اليمين في البرلمان "النزعة الملكية" للرئيس.')
    assert atts == []
    # a quoted name inside the title is no quotation
    atts = parse('وقال يوناس سفينسون مدير المكتب في "غرفة العمليات المركزية في الجنوب" التابعة للفصائل '
                 'إن المفاوضات فشلت.')
    assert not [a for a in atts if a.content.text.startswith("غرفة")]
    atts = parse('وقال يوناس سفينسون مدير المكتب في "غرفة العمليات" إن المفاوضات فشلت.')
    assert [first_words(a.content, 2) for a in atts] == ["المفاوضات فشلت"]


def test_according_to_after_a_quoted_clause_reports_the_quotation():
    atts = parse('ويتحصن المقاتلون في البلدة و"إن كانوا لن يتمكنوا من حمايتها من الطائرات المغيرة"، '
                 'وفق ما يقول المرصد السوري لحقوق الإنسان.')
    assert [a.content.text for a in atts] == ["إن كانوا لن يتمكنوا من حمايتها من الطائرات المغيرة"]
    # a quoted noun phrase is part of the sentence that is reported
    atts = parse('وسيطلع المندوب المجلس على "الهجوم الذي وقع في الرابع من الشهر في المدينة" بحسب الرئاسة الهولندية.')
    assert [first_words(a.content, 2) for a in atts] == ["وسيطلع المندوب"]


def test_verb_after_a_comma_shares_the_subject_of_its_sentence():
    text = ("وقال باتريك روبرسون إن المعركة ستكون صعبة. "
            "وفي الشهر الماضي، بث تنظيم الدولة رسالة صوتية، قال إنها لزعيمه أبو بكر البغدادي.")
    atts = parse(text)
    assert [(a.speaker.text, a.cue.text) for a in atts] == [("باتريك روبرسون", "وقال"), ("تنظيم الدولة", "قال")]
    # an object further in the sentence is no subject: the speaker before goes on
    atts = parse("وقال باتريك روبرسون إن المعركة ستكون صعبة. وانتقد المسؤول السابق السلطات الإيرانية بشدة، "
                 "ودعا إلى حل جذري للمشكلة.")
    assert [a.speaker.text for a in atts] == ["باتريك روبرسون", "باتريك روبرسون"]


def test_feminine_and_local_titles_are_speakers():
    atts = parse("وقالت السفيرة الأميركية في الأمم المتحدة إن فشل المجلس يضر بمصداقيته.")
    assert [a.speaker.text for a in atts] == ["السفيرة الأميركية في الأمم المتحدة"]
    atts = parse("وأكد محافظ الحديدة أن القوات تقدمت نحو المطار.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("محافظ الحديدة", "القوات تقدمت")]
    atts = parse("وقالت المستشارة الألمانية إن أوروبا يجب أن تتحمل مسؤوليتها.")
    assert [a.speaker.text for a in atts] == ["المستشارة الألمانية"]


def test_unlisted_surname_starting_with_a_clitic_letter():
    atts = parse("وقال يوناس بيرغمان المتحدث باسم خفر السواحل إن القارب غرق قرب الشاطئ.")
    assert [a.speaker.text for a in atts] == ["يوناس بيرغمان"]
    # a frequent word after «ب» is an adjunct, not a surname
    atts = parse("وقال يوناس بشدة إن القارب غرق قرب الشاطئ.")
    assert "يوناس بشدة" not in [a.speaker.text for a in atts]


def test_description_of_the_speaker_before_the_object():
    atts = parse('وأعلنت منظمة "الخوذ البيضاء" العاملة في مناطق المعارضة السورية السبت مقتل أحد المسعفين.')
    assert [first_words(a.content, 3) for a in atts] == ["مقتل أحد المسعفين"]
    atts = parse("وتطالب جبهة البوليساريو المدعومة من الجزائر بتنظيم استفتاء لتقرير المصير.")
    assert [first_words(a.content, 2) for a in atts] == ["بتنظيم استفتاء"]
    # no day, adjunct or preposition closes the description: no content
    atts = parse("وأعلنت القوات العاملة في المنطقة الشرقية عن المدينة.")
    assert [a for a in atts if a.content.text.startswith("العاملة")] == []


# ---------------------------------------------------------------- subjects no lexicon names


def test_definite_subject_no_lexicon_names_speaks():
    atts = parse("وقالت الشركة إن خطوط الإنتاج توقفت بعد الحريق الذي اندلع في المستودع.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الشركة", "خطوط الإنتاج")]
    atts = parse("وقال الادعاء العام في بيان إن المتهمين سيمثلون أمام القاضي الأسبوع المقبل.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الادعاء العام", "المتهمين سيمثلون")]


def test_quantified_and_construct_subjects_speak():
    atts = parse("وقال بعض المزارعين إن المياه لم تصل إلى حقولهم منذ أسابيع.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("بعض المزارعين", "المياه لم")]
    atts = parse("وتقول عائلة الصياد إن قاربه لم يعد منذ العاصفة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("عائلة الصياد", "قاربه لم")]


def test_definite_subject_before_an_audience_and_a_preposition():
    atts = parse("وقالت الشرطة المحلية للصحفيين إن الطريق أعيد فتحه مساء.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الشرطة المحلية", "الطريق أعيد")]
    atts = parse("وأشار الاستطلاع إلى أن نصف الناخبين لم يحسموا رأيهم بعد.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الاستطلاع", "نصف الناخبين")]


def test_adjuncts_and_objects_are_no_generic_subject():
    assert parse("وقال الأسبوع الماضي إن الحكومة ستقدم استقالتها.") == []
    assert parse("وقال عقب الاجتماع إن المحادثات كانت مثمرة.") == []
    assert parse("وأبلغت الصحفيين أن المفاوضات مستمرة.") == []  # the audience is the object
    # a quotation after a verb that takes an object may be that object
    atts = parse('وأكد الدبلوماسي التزام "بلاده بدعم الحل السياسي في المنطقة كلها".')
    assert [a.speaker.text for a in atts] != ["الدبلوماسي التزام"]


def test_nisba_that_is_also_a_name_ends_a_subject():
    # («الحوثي» is also a mention of the person named before)
    atts = parse("وطرح محمد علي الحوثي مبادرة للسلام. وقال القيادي الحوثي إن الجماعة مستعدة لتبادل الأسرى.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("القيادي الحوثي", "الجماعة مستعدة")]


def test_one_unlisted_name_before_a_complementiser_with_a_pronoun():
    atts = parse("وقال غرينفيلد إنه سيطلب من البرلمان تمديد المهلة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("غرينفيلد", "إنه سيطلب")]
    # a frequent word or a verb that takes its audience as object is no name
    assert parse("وقال بعدها إنه سيطلب من البرلمان تمديد المهلة.") == []
    assert parse("وأخبر أبناءه أنهم سيعودون إلى القرية قريبا.") == []


# ---------------------------------------------------------------- continuations


def test_continuation_after_an_audience_or_an_adverb():
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وقال لأنصاره إنه لن يتنازل عن أي شبر.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("الوزير", "المفاوضات مستمرة"), ("الوزير", "إنه لن")]
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وقال لسكان القرية إن المساعدات ستصل غدا.")
    assert [a.speaker.text for a in atts] == ["الوزير", "الوزير"]
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وقال حينها إنه لن يتنازل عن أي شبر.")
    assert [a.speaker.text for a in atts] == ["الوزير", "الوزير"]


def test_resumptive_pronoun_is_no_adverb_of_a_continuation():
    # «خطابا ... قال فيه»: the author of the speech speaks, not the speaker before
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وألقى رئيس البلدية خطابا طويلا، قال فيه إن المدينة ستنهض.")
    assert [a.speaker.text for a in atts if a.cue.text == "قال"] != ["الوزير"]


def test_call_or_warning_by_a_subject_no_lexicon_names():
    atts = parse("ودعت النقابات الزراعية إلى إضراب عام يوم الأحد المقبل.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("النقابات الزراعية", "إلى إضراب")]
    atts = parse("وحذر المزارعون من أن المحصول قد يتلف هذا العام.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("المزارعون", "المحصول قد")]
    atts = parse("وطالب الاتحاد المحلي بفتح تحقيق في الحادث.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("الاتحاد المحلي", "بفتح تحقيق")]


def test_object_of_a_call_is_no_subject():
    assert parse("دعا المواطنين إلى الهدوء وضبط النفس.") == []
    assert parse("ودعا القبائل إلى عدم إرسال أبنائها إلى القتال.") == []  # one word: object or subject
    assert "السلطات السكان" not in [a.speaker.text for a in parse("وحذرت السلطات السكان من خطر الفيضانات.")]
    assert parse("وستتدخل القوات إذا دعت الحاجة الملحة إلى ذلك.") == []


def test_unlisted_name_before_a_quotation():
    atts = parse('وقال كايتانو "أقدم اعتذاري إلى نظيري وإلى الشعب كله عن هذه التصرفات". وأضاف أنه قدم توضيحا للموقف.')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("كايتانو", "أقدم اعتذاري"), ("كايتانو", "أنه قدم")]
    atts = parse('وقال جوناثان غرينبلات "إن هذه التصريحات تعيد إحياء صور نمطية قديمة".')
    assert [a.speaker.text for a in atts] == ["جوناثان غرينبلات"]
    # an adverb before a quotation is no name
    assert parse('وقال مازحا "لا أعرف ما الذي سيحدث غدا في المدينة".') == []


def test_continuation_to_an_audience_before_a_quotation():
    atts = parse('وقال الناشط إن المكتب يخدم أجندة أخرى. وقال للصحفيين "ليست سوى مؤامرة لارتكاب فظائع كبيرة".')
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("الناشط", "المكتب يخدم"), ("الناشط", "ليست سوى")]


def test_unlisted_person_after_a_title_no_lexicon_names():
    atts = parse("وقال المحلل السياسي أحمد الخطيب إن الحكومة لن تصمد طويلا.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("المحلل السياسي أحمد الخطيب", "الحكومة لن")]
    atts = parse("وقالت الممرضة مريم إن الأدوية نفدت من المستشفى.")
    assert [a.speaker.text for a in atts] == ["الممرضة مريم"]
    # «على» is written like the name «علي» once normalised: no name
    atts = parse("وشدد الميثاق على أن الحوار هو السبيل الوحيد.")
    assert [a.speaker.text for a in atts] == ["الميثاق"]


def test_prepositional_adjunct_before_the_complementiser():
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وقال بعد الاجتماع إنه متفائل بالنتائج.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("الوزير", "المفاوضات مستمرة"), ("الوزير", "إنه متفائل")]
    atts = parse("وقال المكتب الإعلامي خلال مؤتمر صحفي إن الزيارة ستتم الشهر المقبل.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("المكتب الإعلامي", "الزيارة ستتم")]
    # «إمام» is written like «أمام» once normalised, but is no preposition
    atts = parse("وقال الوزير إن المفاوضات مستمرة. وأشار إمام المسجد إلى أن الصلاة ستقام في الساحة.")
    assert [a.speaker.text for a in atts if a.cue.text == "وأشار"] != ["الوزير"]


def test_statement_issued_by_an_author_no_lexicon_names():
    atts = parse("وقال بيان صادر عن القصر الرئاسي إن الرئيس سيزور المنطقة المنكوبة غدا.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == [("القصر الرئاسي", "الرئيس سيزور")]
    atts = parse("وبحسب تقرير صادر عن المعهد الوطني للإحصاء، ارتفعت الأسعار بنسبة كبيرة.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("المعهد الوطني للإحصاء", "ارتفعت الأسعار")]


def test_noun_phrase_before_an_apposition_speaks():
    atts = parse("وقال المتحدث إن القوات تقدمت. لكن المكتب الإعلامي، التابع للفصيل المعارض، قال إن الهجوم فشل.")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in atts] == \
        [("المتحدث", "القوات تقدمت"), ("المكتب الإعلامي", "الهجوم فشل")]


def test_a_possessed_portfolio_right_after_a_title_still_leads_to_the_name():
    atts = parse("وقال وزير خارجيته أيمن الصفدي إن الحدود مغلقة.")
    assert [a.speaker.text for a in atts] == ["وزير خارجيته أيمن الصفدي"]


# ---------------------------------------------------------------- audience after the verb


def test_outlet_after_the_verb_is_the_audience_not_the_speaker():
    atts = parse("وأعلن وزير الداخلية أن الشرطة اعتقلت المشتبه به. وقال لوكالة رويترز إن التحقيق مستمر منذ أيام.")
    it = by_cue(atts, "وقال")
    assert [(a.speaker.text, a.via.text if a.via else None, first_words(a.content, 2)) for a in it] == \
        [("وزير الداخلية", "لوكالة رويترز", "التحقيق مستمر")]


def test_subject_before_the_verb_speaks_to_an_outlet():
    atts = parse("إلا أن مسؤولا كشف لـCNN في وقت سابق أن الطائرات كانت تحمل صواريخ كروز.")
    assert [(a.speaker.text, a.via.text if a.via else None) for a in atts] == [("مسؤولا", "لـCNN")]


def test_quoted_outlet_before_a_quotation():
    atts = parse('وأعلن رئيس البلدية أنه يدعم الفكرة. وقال لإذاعة "بي بي سي" "أدافع منذ مدة عن تحول الساحة إلى مكان للمشاة".')
    it = by_cue(atts, "وقال")
    assert [(a.speaker.text, first_words(a.content, 2)) for a in it] == [("رئيس البلدية", "أدافع منذ")]


def test_subject_after_a_pronoun_audience():
    atts = parse('وفي الطريق، قال لها خاطفها: "أنا أبو همام، كنت معي لفترة طويلة في المدينة".')
    assert [a.speaker.text for a in atts] == ["خاطفها"]


def test_name_starting_with_lam_is_no_audience():
    atts = parse("وقال لافروف إن موسكو لن تقبل بأي تدخل في شؤون سوريا الداخلية.")
    assert [a.speaker.text for a in atts] == ["لافروف"]


def test_speaker_quoted_inside_a_quotation_is_not_the_next_subject():
    atts = parse('وقال الوزير: "المشكلة أكبر مما يبدو، وقد قال الرئيس ترامب إن القيود ستبدأ بالزوال بعد سنوات '
                 'قليلة". وأضاف: "لن نقبل بذلك أبدا مهما كانت الظروف".')
    assert [a.speaker.text for a in by_cue(atts, "وأضاف")] == ["الوزير"]
