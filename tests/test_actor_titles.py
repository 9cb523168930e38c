"""People named after a title whose domain is one definite word («وزير الزراعة العراقي ...»),
found by actors.find_patterns though no lexicon lists them."""

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
