"""Readings found wrong on unseen agency copy: a verb or a verbal noun taken into a person's
name nobody listed. Sentences are written for the tests."""

from newsparse.pipeline import parse


def _people(text):
    return {a.name for a in parse(text).actors if a.type == "person"}


def test_a_form_x_verb_ends_a_name():
    got = _people("وذكرت الصحيفة أن الأمير عبد الرحمن استقبل الوفد في قصره.")
    assert not any("استقبل" in name for name in got)


def test_a_verbal_noun_with_a_pronoun_ends_a_name():
    got = _people("وأعلن اللاعب ماركوس بيريرا انسحابه من البطولة.")
    assert "ماركوس بيريرا" in got
    assert not any("انسحابه" in name for name in got)


def test_an_imperfect_verb_before_its_object_is_no_name():
    got = _people("وما زالت الطالبة تحضر الدروس المسائية كل أسبوع، والرئيس الفرنسي يقلص الإنفاق.")
    assert not any(name.startswith(("يقلص", "تحضر")) for name in got)


def _bodies(text):
    return {a.name for a in parse(text).actors if a.type != "person"}


def test_a_past_verb_after_an_organisation_head_names_nothing():
    got = _bodies("واتهمت النيابة المتهم بالانتماء إلى جماعة أسقطت طائرة، وتضم مجموعة تسلمت الأموال.")
    assert not any(name.endswith(("أسقطت", "تسلمت")) for name in got)


def test_a_feminine_participle_after_an_organisation_head_describes():
    got = _bodies("وأعلنت شركة صاعدة في مجال التقنية عن منتج جديد.")
    assert "شركة صاعدة" not in got


def test_a_country_intelligence_service_is_the_listed_one():
    got = [a for a in parse("وقالت الاستخبارات الخارجية الألمانية إنها رصدت الاتصالات. "
                            "ونفت الاستخبارات الألمانية أي تجسس على الشركات.").actors if "استخبارات" in a.name]
    assert len(got) == 1 and got[0].country == "DE" and len(got[0].mentions) == 2
    assert _bodies("واعتقلت المخابرات الإيرانية ثلاثة أشخاص.") == {"وزارة الاستخبارات الإيرانية"}


def test_a_european_particle_lets_a_name_run_to_four_words():
    got = _people("وقالت يوهانا فون دير برغ إن المحادثات مستمرة.")
    assert "يوهانا فون دير برغ" in got


def test_a_definite_word_after_two_foreign_name_words_is_no_surname():
    got = _people("وظهر الجندي ماركو تيسيلي المدان بالقتل في المحكمة. وقال تيسيلي إنه بريء.")
    assert got == {"ماركو تيسيلي"}


def test_a_feminine_participle_of_tafa33ul_begins_no_name():
    got = _people("وتوفيت الفتاة متأثرة بحروقها البالغة.")
    assert not any(name.startswith("متأثرة") for name in got)


def test_a_particle_before_a_verb_begins_no_name():
    got = _people("ويقولون هكذا يجب أن يتصرف القائد.")
    assert not any(name.startswith("هكذا") for name in got)
