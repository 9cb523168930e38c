"""People named after a title whose domain is one definite word («وزير الزراعة العراقي ...»),
found by actors.find_patterns though no lexicon lists them."""

import pytest

import newsparse
from newsparse.pipeline import parse


def _actors(text):
    return {a.name: (a.type, a.country) for a in parse(text).actors}


def test_minister_of_a_one_word_portfolio_with_nisba():
    got = _actors("قال وزير الزراعة العراقي سامي المطيري إن محصول القمح جيد هذا العام.")
    assert got.get("سامي المطيري") == ("person", "IQ")


def test_minister_of_a_one_word_portfolio_without_nisba():
    got = _actors("وقال وزير النقل هاني السعدي للصحفيين إن الطريق سيفتح غدا.")
    assert got.get("هاني السعدي", (None,))[0] == "person"


def test_a_body_of_the_state_as_the_domain_stays_an_actor():
    got = _actors("أعلن قائد الشرطة الماليزية، أحمد زكي، أن الهجوم أحبط.")
    assert got.get("أحمد زكي", (None,))[0] == "person"
    assert got.get("الشرطة الماليزية", (None, None))[1] == "MY"


def test_no_name_after_the_domain_leaves_it_alone():
    # «رئيسة المجلس التنفيذي لمدينة ...» names a body, and no person follows «المجلس»
    got = _actors("قالت رئيسة المجلس التنفيذي لمدينة عفرين إن الأوضاع صعبة.")
    assert not any(t == "person" for t, _ in got.values())


def test_ranks_of_western_armies_written_as_in_english():
    got = _actors("وقال المتحدث باسم البنتاغون الكولونيل روب مانينغ إن القوات ستبقى. "
                  "وأضاف الميجور جوش جاك أن الغارات توقفت.")
    assert got.get("روب مانينغ", (None,))[0] == "person"
    assert got.get("جوش جاك", (None,))[0] == "person"


def test_a_modifier_of_the_office_between_title_and_name():
    # «السابق», «الأسبق», «الحالي» between the title (and its nisba) and the name
    got = _actors("وقال وزير الخارجية السابق جون سميث إن المفاوضات فشلت. "
                  "وأكد الرئيس التشيلي الأسبق ريكاردو فالنتي أن الاتفاق قائم. "
                  "ورد رئيس الوزراء الحالي سامي المطيري على الانتقادات.")
    assert got.get("جون سميث", (None,))[0] == "person"
    assert got.get("ريكاردو فالنتي") == ("person", "CL")
    assert got.get("سامي المطيري", (None,))[0] == "person"


def test_a_noun_with_a_pronoun_after_a_modifier_is_no_name():
    got = _actors("وفي اليوم نفسه ألقى الرئيس السابق خطابه الإذاعي الأسبوعي.")
    assert not any(t == "person" for t, _ in got.values())


def test_a_listed_person_after_a_title_is_its_name_not_its_affiliation():
    # the words after the listed name are no second person
    for text in ("ووجه الرئيس الأمريكي دونالد ترامب أطيب التحيات للشعب.",
                 "ورحب الرئيس الأمريكي دونالد ترامب صهره جاريد بحرارة."):
        got = _actors(text)
        assert [n for n, (t, _) in got.items() if t == "person"] == ["دونالد ترامب"]
    # an affiliation when a comma brings the title's own name
    got = _actors("وقال ممثل آية الله علي خامنئي في العراق، حسن الموسوي، في بيان إن الوضع صعب.")
    assert got.get("حسن الموسوي", (None,))[0] == "person"


def test_a_given_name_that_is_a_frequent_word_continues_a_name():
    # «كريم», «شريف», «نور» are frequent nouns and given names: after a name word they go on
    # the name, and the second word of a compound given name («نور الدين») with them
    got = _actors("وقال الناطق باسم الجيش سامي شريف إن القوات تقدمت. "
                  "وأكد وزير الإعلام حسام نور الدين أن الحكومة مستعدة. "
                  "وقال مدير المستشفى وليد كريم العبيدي للصحفيين إن الجرحى نقلوا.")
    assert got.get("سامي شريف", (None,))[0] == "person"
    assert got.get("حسام نور الدين", (None,))[0] == "person"
    assert got.get("وليد كريم العبيدي", (None,))[0] == "person"


def test_a_frequent_given_name_begins_no_name_and_a_verb_or_title_ends_one():
    got = _actors("وقال الناطق باسم الجيش نور الشمس ساطع. "
                  "وكان الرئيس جون سميث شهد توقيع الاتفاق. "
                  "وأكد اللواء سامي الحسن ملك البلاد أن القوات تقدمت.")
    people = [n for n, (t, _) in got.items() if t == "person"]
    assert "جون سميث" in people and "سامي الحسن" in people
    assert not any(n.startswith("نور") or n.endswith(("شهد", "ملك")) for n in people)


def _places(text):
    return {p.name for p in parse(text).places}


def test_a_one_word_place_after_a_definite_title_begins_the_name():
    # after a title with the article («رئيس الوزراء», «الإسرائيلي», «الحالي») a bare place's
    # name cannot be the title's complement: followed by a name word it begins the name
    text = "وأكد رئيس الوزراء الكمبودي هون سين أن الانتخابات ستجري في موعدها."
    assert _actors(text).get("هون سين", (None,))[0] == "person"
    assert "هون" not in _places(text)
    text = "وقال المتحدث باسم الشرطة الفرنسية فرانكلين دوبوا إن التحقيق مستمر."
    assert _actors(text).get("فرانكلين دوبوا", (None,))[0] == "person"


def test_a_place_in_construct_with_a_title_stays_its_affiliation():
    text = "وقال حاكم هلمند عمر زواك إن عشرة أشخاص قتلوا."
    assert _actors(text).get("عمر زواك", (None,))[0] == "person"
    assert "هلمند" in _places(text)


@pytest.mark.parametrize("text", ["قال مسؤول يدعى", "وأضاف مصدر يدعى", "قالت الشرطة إن رجلا يدعى"])
def test_text_cut_off_after_a_name_introducer(text):
    """A text that ends at «يدعى» (a name was to follow) is read, not a crash."""
    art = newsparse.parse(text)
    assert not [a for a in art.actors if a.type == "person"]


@pytest.mark.parametrize("text", ["وقال الأمير", "التقى الرئيس بالأمير", "وزار الأمير"])
def test_text_cut_off_after_a_royal_title(text):
    """A text that ends at a royal title (its name was to follow) is read, not a crash."""
    art = newsparse.parse(text)
    assert not [a for a in art.actors if a.type == "person"]
