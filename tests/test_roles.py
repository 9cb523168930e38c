"""Role phrases that refer back to a person («وقال الرئيس الفرنسي» → Macron): newsparse.roles."""

from newsparse.pipeline import parse
from newsparse.roles import role_key


def _people(art):
    return {a.name: [m.text for m in a.mentions] for a in art.actors if a.type == "person"}


def _speakers(art):
    return [(a.speaker.text, a.speaker.actor) for a in art.attributions if a.speaker]


def test_nisba_spellings_share_a_key():
    assert role_key("الرئيس الأميركي") == role_key("الرئيس الأمريكي")
    assert role_key("الرئيس الأميركي")[-1] == "#US"
    assert role_key("رئيسة الوزراء البريطانية")[-1] == "#GB"  # the feminine form


def test_title_written_before_a_name_is_a_role():
    # an unlisted person: the role comes from the title the article gives him
    art = parse("وصل وزير الزراعة الأردني خالد الحنيفات إلى بغداد أمس. "
                "وقال وزير الزراعة الأردني إن البلدين وقعا اتفاقا لتصدير الخضار.")
    assert _people(art)["خالد الحنيفات"] == ["خالد الحنيفات", "وزير الزراعة الأردني"]
    assert ("وزير الزراعة الأردني", "خالد الحنيفات") in _speakers(art)


def test_lexicon_role_of_a_listed_person():
    # Macron is listed with his role; the article never writes it before his name
    art = parse("استقبل إيمانويل ماكرون وفدا من المعارضة السورية في باريس. "
                "وأكد الرئيس الفرنسي أن بلاده تدعم حلا سياسيا.")
    assert _people(art)["إيمانويل ماكرون"] == ["إيمانويل ماكرون", "الرئيس الفرنسي"]
    assert ("الرئيس الفرنسي", "إيمانويل ماكرون") in _speakers(art)


def test_no_person_with_the_role_leaves_it_alone():
    art = parse("قال الرئيس الأمريكي إن قواته ستبقى في سوريا.")
    assert _speakers(art) == [("الرئيس الأمريكي", None)]


def test_another_role_is_not_the_person():
    art = parse("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره التركي في أنقرة. "
                "وكان وزير الخارجية الأمريكي السابق قد زار المدينة، "
                "والتقى الوفد نائب وزير الخارجية الأمريكي.")
    assert _people(art)["مايك بومبيو"] == ["مايك بومبيو"]


def test_a_rank_before_an_unknown_name_is_no_role():
    # «الفريق ركن» is the rank of the next, unlisted name, not a reference to the one before
    art = parse("وعين الفريق ركن فهد بن تركي قائدا للقوات المشتركة، "
                "والفريق ركن جارالله العلوي رئيسا للأركان.")
    people = _people(art)
    assert all(m != "الفريق ركن" for ms in people.values() for m in ms)


def test_title_of_a_following_name_is_no_extra_mention():
    art = parse("قال الرئيس الأمريكي، دونالد ترامب، إن الاتفاق سيء. "
                "وأضاف الرئيس الأمريكي أن واشنطن ستنسحب منه.")
    assert _people(art)["دونالد ترامب"] == ["دونالد ترامب", "الرئيس الأمريكي"]


def test_the_last_named_holder_wins():
    art = parse("التقى رئيس الوزراء العراقي حيدر العبادي بسلفه نوري المالكي. "
                "ثم خلف عادل عبد المهدي العبادي، وقال رئيس الوزراء العراقي إن حكومته ستحارب الفساد.")
    # «رئيس الوزراء العراقي» was written before «حيدر العبادي» only
    sp = dict(_speakers(art))
    assert sp.get("رئيس الوزراء العراقي") == "حيدر العبادي"


def test_offsets_of_a_role_mention():
    text = "زار رجب طيب أردوغان الدوحة. وقال الرئيس التركي إن العلاقات ممتازة."
    art = parse(text)
    ment = [m for a in art.actors if a.name == "رجب طيب أردوغان" for m in a.mentions]
    assert [text[m.start:m.end] for m in ment] == ["رجب طيب أردوغان", "الرئيس التركي"]


def test_the_current_holder_is_the_same_role():
    # «الحالي» after a bare role keeps it the role of the person named with it ...
    art = parse("التقى رئيس الوزراء الأسترالي جون سميث الوفد أمس. "
                "وقال رئيس الوزراء الأسترالي الحالي إن المحادثات مثمرة.")
    assert _people(art)["جون سميث"] == ["جون سميث", "رئيس الوزراء الأسترالي الحالي"]
    # ... and a person named as the current holder has the bare role
    art = parse("التقى وزير الزراعة الحالي سامي المطيري الوفد أمس. "
                "وقال وزير الزراعة إن المحصول جيد.")
    assert _people(art)["سامي المطيري"] == ["سامي المطيري", "وزير الزراعة"]


def test_a_former_holder_or_the_office_is_not_the_person():
    art = parse("التقى رئيس الوزراء الأسترالي جون سميث الوفد أمس. "
                "وقال رئيس الوزراء الأسترالي السابق إن المحادثات فشلت. "
                "ويتنافس ثلاثة مرشحين على منصب رئيس الوزراء الأسترالي في الانتخابات.")
    assert _people(art)["جون سميث"] == ["جون سميث"]
