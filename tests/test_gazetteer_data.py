"""Checks on the shipped places gazetteer (newsparse/data/gazetteer.tsv)."""
import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import build_deps_skip_reason
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsparse" / "data"
GAZ = DATA / "gazetteer.tsv"
HEADER = ["id", "name", "en", "type", "country", "admin", "lat", "lon",
          "population", "aliases", "cue_names"]
TYPES = {"country", "admin", "region", "city", "town", "village", "district",
         "water", "landform", "facility"}
# types that may span several countries (country column then empty)
MULTINATIONAL = {"water", "landform", "region"}
PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")
PERSIAN = re.compile("[پچژگکیۀڈٹںےھۆێڕۋۇڤڭ\u06C0-\u06FF\u0671-\u06BF]")
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$")


@pytest.fixture(scope="module")
def lines():
    return GAZ.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def rows(lines):
    assert lines[0].split("\t") == HEADER
    assert lines[-1] == ""                      # file ends with a newline
    return [dict(zip(HEADER, line.split("\t"))) for line in lines[1:-1]]


def test_column_count(lines):
    for i, line in enumerate(lines[:-1], 1):
        assert line.count("\t") == len(HEADER) - 1, f"line {i}: {line!r}"


def test_ids_unique_and_well_formed(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for rid in ids:
        assert re.fullmatch(r"gn:\d+|cldr:[A-Z]{2}|cur:[a-z0-9-]+", rid), rid


def test_types_and_countries(rows):
    countries = {r["country"] for r in rows if r["type"] == "country"}
    assert len(countries) > 200
    for r in rows:
        assert r["type"] in TYPES, r
        if r["country"] == "":
            assert r["type"] in MULTINATIONAL, r
        else:
            assert re.fullmatch("[A-Z]{2}", r["country"]), r
            assert r["country"] in countries, r
        for col in ("lat", "lon"):
            assert r[col] == "" or re.fullmatch(r"-?\d+\.\d{4}", r[col]), r
        assert r["population"] == "" or r["population"].isdigit(), r
        assert r["en"], r


def test_names_are_clean_arabic(rows, lines):
    text = "\n".join(lines)
    assert not PRESENTATION.search(text)
    assert not PERSIAN.search(text)
    for r in rows:
        names = [r["name"], *(r["aliases"].split("|") if r["aliases"] else [])]
        assert len(names) == len(set(names)), r
        for n in names:
            assert ARABIC_NAME.match(n), (n, r)
            assert len(n.replace(" ", "").replace("-", "")) >= 3, (n, r)
        if r["admin"]:
            assert ARABIC_NAME.match(r["admin"]), r


def _find(rows, name, country=None, type_=None):
    return [r for r in rows if (r["name"] == name or name in r["aliases"].split("|"))
            and (country is None or r["country"] == country)
            and (type_ is None or r["type"] == type_)]


@pytest.mark.parametrize("name,country", [
    ("دير الزور", "SY"), ("حلب", "SY"), ("إدلب", "SY"), ("ادلب", "SY"),
    ("الرقة", "SY"), ("منبج", "SY"), ("عفرين", "SY"), ("الموصل", "IQ"),
    ("الفلوجة", "IQ"), ("كركوك", "IQ"), ("أربيل", "IQ"), ("صنعاء", "YE"),
    ("عدن", "YE"), ("تعز", "YE"), ("الحديدة", "YE"), ("مأرب", "YE"),
    ("بنغازي", "LY"), ("مصراتة", "LY"), ("غزة", "PS"), ("خان يونس", "PS"),
    ("الخرطوم", "SD"), ("الفاشر", "SD"), ("بيروت", "LB"), ("دمشق", "SY"),
])
def test_key_places(rows, name, country):
    hits = _find(rows, name, country)
    assert hits, f"{name} ({country}) missing"
    assert any(r["type"] in {"city", "town"} for r in hits), hits


def test_canonical_spellings(rows):
    for name, country in [("دير الزور", "SY"), ("حلب", "SY"), ("الموصل", "IQ"),
                          ("صنعاء", "YE"), ("إدلب", "SY"), ("غزة", "PS")]:
        assert any(r["name"] == name and r["country"] == country
                   and r["type"] == "city" for r in rows), name


def test_tripoli_both(rows):
    tripolis = {r["country"] for r in rows if r["name"] == "طرابلس" and r["type"] == "city"}
    assert {"LY", "LB"} <= tripolis


def test_regions_water_admin(rows):
    assert _find(rows, "نهر الفرات", type_="water")
    assert _find(rows, "الفرات", type_="water")
    assert _find(rows, "دجلة", type_="water")
    assert _find(rows, "ريف دمشق", "SY", "admin")
    assert _find(rows, "الغوطة الشرقية", "SY", "region")
    assert _find(rows, "قطاع غزة", "PS", "admin")
    assert _find(rows, "الضفة الغربية", "PS", "admin")
    assert _find(rows, "معبر رفح", "PS", "facility")
    assert _find(rows, "مخيم الهول", "SY")
    mosul = [r for r in rows if r["name"] == "الموصل" and r["country"] == "IQ"]
    assert mosul[0]["admin"] == "محافظة نينوى"


def test_countries(rows):
    for name, iso in [("سوريا", "SY"), ("سورية", "SY"), ("أمريكا", "US"),
                      ("أميركا", "US"), ("السعودية", "SA"), ("الإمارات", "AE"),
                      ("بريطانيا", "GB"), ("إسرائيل", "IL"), ("فلسطين", "PS"),
                      ("روسيا", "RU"), ("تركيا", "TR"), ("إيران", "IR")]:
        assert _find(rows, name, iso, "country"), name


def test_no_stop_names(rows):
    stop = yaml.safe_load((DATA / "gazetteer_stop.yaml").read_text(encoding="utf-8"))["stop"]
    assert len(stop) > 100
    for r in rows:
        cue = set(r["cue_names"].split("|")) - {""}
        for n in [r["name"], *r["aliases"].split("|")]:
            assert n not in stop or n in cue, (n, r["id"])


def test_cue_names_are_stop_names_of_populated_places(rows):
    # a GeoNames name that is mostly an ordinary word stays, for place-word contexts only
    from newsparse.reader import normalize_text

    stop = {normalize_text(str(w)) for w in
            yaml.safe_load((DATA / "gazetteer_stop.yaml").read_text(encoding="utf-8"))["stop"]}
    cued = [r for r in rows if r["cue_names"]]
    assert 100 < len(cued) < 1000  # compact: a few hundred rows
    for r in cued:
        assert r["id"].startswith("gn:") and r["type"] in ("city", "town", "village", "district"), r
        for n in r["cue_names"].split("|"):
            assert normalize_text(n) in stop, (n, r["id"])
    assert any(r["en"] == "Mawza‘" and r["country"] == "YE" and r["name"] == "موزع" for r in cued)


def test_size():
    assert GAZ.stat().st_size < 3_000_000


def test_build_is_reproducible(tmp_path):
    why = build_deps_skip_reason()
    if why:
        pytest.skip(why)
    out = tmp_path / "gazetteer.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"),
                    "--output", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == GAZ.read_bytes()


# rough bounding boxes (lat min, lat max, lon min, lon max) of the conflict countries
_BOXES = {"SY": (32.3, 37.4, 35.7, 42.4), "IQ": (29.0, 37.4, 38.8, 48.6), "YE": (12.1, 19.0, 42.5, 53.1),
          "LY": (19.5, 33.2, 9.3, 25.2), "SD": (8.6, 22.3, 21.8, 38.6), "PS": (31.2, 32.6, 34.2, 35.6),
          "LB": (33.0, 34.7, 35.1, 36.7)}


@pytest.mark.parametrize("cc", sorted(_BOXES))
def test_countries_have_a_point_inside_them(rows, cc):
    row = next(r for r in rows if r["type"] == "country" and r["country"] == cc)
    lat, lon = float(row["lat"]), float(row["lon"])
    la0, la1, lo0, lo1 = _BOXES[cc]
    assert la0 <= lat <= la1 and lo0 <= lon <= lo1, row


def test_most_countries_have_a_point(rows):
    countries = [r for r in rows if r["type"] == "country"]
    assert sum(1 for r in countries if r["lat"] and r["lon"]) / len(countries) > 0.9


def test_us_states(rows):
    # GeoNames gives the states no Arabic names: curated in places.yaml, with the state as the
    # admin parent of GeoNames' US cities
    states = {r["name"]: r for r in rows if r["type"] == "admin" and r["country"] == "US"}
    assert len(states) == 50
    assert {"فلوريدا", "كاليفورنيا", "تكساس", "ولاية جورجيا", "ولاية نيويورك"} <= set(states)
    georgia = [r for r in rows if r["name"] == "جورجيا"]
    assert [r["country"] for r in georgia] == ["GE"]  # the bare name stays the country
    assert any(r["admin"] == "كاليفورنيا" for r in rows if r["en"] == "Los Angeles")


def test_a_us_state_in_an_article_is_the_state():
    import newsparse

    art = newsparse.parse("قتل ثلاثة أشخاص في إطلاق نار بولاية فلوريدا الأمريكية، وقال حاكم تكساس إن الوضع صعب.")
    got = {p.name: (p.type, p.country) for p in art.places}
    assert got["فلوريدا"] == ("admin", "US")  # not the town of Florida in Uruguay
    assert got["تكساس"] == ("admin", "US")


def test_no_name_begins_with_a_function_word(rows):
    # «هذا يكفي» ("this is enough") was a village in Pakistan, «في ثان» a town in Vietnam
    from newsparse.reader import normalize_text

    first = {normalize_text(w) for w in yaml.safe_load(
        (DATA / "gazetteer_stop.yaml").read_text(encoding="utf-8"))["first_words"]}
    for r in rows:
        if int(r["population"] or 0) >= 500_000:
            continue
        for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
            words = normalize_text(n).split()
            assert not (len(words) > 1 and words[0] in first), (r["id"], n)
    assert any(r["en"] == "Cần Thơ" for r in rows)  # a big city keeps its name


def test_first_level_divisions_elsewhere(rows):
    # provinces, states and Länder outside the conflict region are curated (GeoNames has few
    # in Arabic), with their GeoNames admin1 code making them the admin parent of their cities
    admin = {(r["name"], r["country"]) for r in rows if r["type"] == "admin"}
    assert {("أونتاريو", "CA"), ("بافاريا", "DE"), ("كيرالا", "IN"), ("خوزستان", "IR"),
            ("هاتاي", "TR"), ("هلمند", "AF"), ("اسكتلندا", "GB"), ("كتالونيا", "ES")} <= admin
    assert any(r["admin"] == "بافاريا" for r in rows if r["en"] == "Munich")
    # a division named like its main city or a word is listed only with its head noun
    assert ("قندهار", "AF") not in admin and ("ولاية قندهار", "AF") in admin
    assert not any(r["name"] in ("فارس", "قم") and r["type"] == "admin" for r in rows)


def test_a_province_in_an_article_is_the_province():
    import newsparse

    art = newsparse.parse("وقتل خمسة أشخاص في ولاية هلمند جنوب أفغانستان، فيما شهدت ولاية كيرالا "
                          "الهندية فيضانات، وتظاهر آلاف في إقليم كتالونيا.")
    got = {p.name: (p.type, p.country) for p in art.places}
    assert got["هلمند"] == ("admin", "AF")
    assert got["كيرالا"] == ("admin", "IN")
    assert got["كتالونيا"] == ("admin", "ES")
    art = newsparse.parse("وصل الوفد إلى أوتاوا، عاصمة كندا، قادما من تورونتو في أونتاريو.")
    ottawa = next(p for p in art.places if p.en == "Ottawa")
    assert (ottawa.name, ottawa.country) == ("أوتاوا", "CA")


def test_a_place_name_that_reads_as_a_preposition_and_a_word_needs_place_context():
    import newsparse

    # «بحركة» is Bahrka (Iraq) and «with a movement»; «بعقوبة» Baqubah and «with a penalty»
    art = newsparse.parse("واعتقل اللاعب بسبب ارتباطه بحركة المعارضة، وطالب الادعاء بعقوبة أشد.")
    assert not art.places
    art = newsparse.parse("وانفجرت سيارة مفخخة في بعقوبة شمال شرق بغداد.")
    assert "Baqubah" in {p.en for p in art.places}


def test_islands_resorts_and_airports_are_named_with_their_head():
    import newsparse

    art = newsparse.parse("وصل المهاجرون إلى جزيرة ليسبوس اليونانية قادمين من منتجع كاش التركي، "
                          "ثم نقلوا إلى مطار جون كنيدي في نيويورك.")
    got = {p.name: (p.type, p.country) for p in art.places}
    assert got["جزيرة ليسبوس"] == ("landform", "GR")  # the nisba after the name gives the country
    assert got["منتجع كاش"] == ("town", "TR")
    assert got["مطار جون كنيدي"][0] == "facility"
    # an adjective describes: «جزيرة منعزلة», «ميناء رئيسيا»
    assert not newsparse.parse("وسيرسل إلى مركز احتجاز في جزيرة منعزلة.").places
    assert not newsparse.parse("وتضم المدينة ميناء رئيسيا على البحر.").places


def test_a_compound_place_name_may_begin_with_a_frequent_word():
    import newsparse

    art = newsparse.parse("وقصفت الطائرات بلدة بيت سحم وقرية عين ترما في ريف دمشق.")
    assert {"بيت سحم", "عين ترما"} <= {p.name for p in art.places}


def test_fused_negation_and_ordinary_words_are_no_places():
    import newsparse

    # «لايزال» is «لا يزال», not ل + Aizawl; «بريا» (by land) and «جرم» (a crime) are words
    art = newsparse.parse("وقال إن المطار لايزال في قبضة المسلحين، وإن الهجوم بريا لم يثبت فيه أي جرم.")
    assert not art.places


def test_a_frequent_definite_noun_after_ba_needs_more_place_context():
    import newsparse

    # «العبور» is Obour (Egypt) and «crossing»; «الفصائل» a village and «the factions»
    art = newsparse.parse("وتأذن السلطات لعدد محدود من الأشخاص بالعبور، وتقدمت القوات مدعومة بالفصائل.")
    assert not art.places
    art = newsparse.parse("وافتتح الوزير مصنعا جديدا في مدينة العبور شرق القاهرة.")
    assert "العبور" in {p.name for p in art.places}


def test_a_country_or_a_great_city_outweighs_small_towns_of_its_name():
    import newsparse

    # an article about the United States still means Lebanon and Paris, not towns of Ohio or Texas
    art = newsparse.parse("وقال مسؤول في واشنطن إن الولايات المتحدة ستدعم الجيش في لبنان، وإن الرئيس "
                          "الأمريكي سيلقي كلمة في باريس الشهر المقبل بعد زيارة ولاية تكساس.")
    got = {p.name: (p.type, p.country) for p in art.places}
    assert got["لبنان"] == ("country", "LB")
    assert got["باريس"] == ("city", "FR")
    # but Amman is a city, not Oman, in news from Jordan
    art = newsparse.parse("وتظاهر المئات في العاصمة الأردنية عمان، وقال وزير الداخلية الأردني إن الأمن "
                          "مستتب في عمان.")
    assert {(p.name, p.country) for p in art.places if p.en == "Amman"} == {("عمان", "JO")}


def test_ordinary_words_that_geonames_names_a_town_are_no_places():
    import newsparse

    art = newsparse.parse("وارتفعت النسبة إلى 90 في المائة، ونقلت الوكالة عن الوزير قوله إن الحكومة "
                          "برأت المتهمين، وأدى ذلك إلى غضب في مرفأ الحديدة.")
    assert {p.en for p in art.places} <= {"Hodeidah", "Al Hudaydah"}


def test_a_compound_first_word_before_a_listed_name():
    import newsparse

    art = newsparse.parse("وتعد منطقة وادي الفرات من آخر معاقل التنظيم في سوريا.")
    names = {p.name for p in art.places}
    assert "وادي الفرات" in names and "نهر الفرات" not in names


def test_a_regional_name_is_also_found_without_its_final_hamza(rows):
    import newsparse

    # regional news writes «التحيتا», «كربلا» for GeoNames' «التحيتاء», «كربلاء»
    art = newsparse.parse("وتقدمت القوات المشتركة نحو مديرية التحيتا جنوب الحديدة، فيما زار الوفد كربلا.")
    assert {"At Tuḩaytā’", "Karbala"} <= {p.en for p in art.places}
    names = {n for r in rows for n in [r["name"], *r["aliases"].split("|")]}
    assert "سامرا" in names and "الجهرا" in names
    # not when the full form is stopped as an ordinary word, nor when it is another word
    assert "البيضا" not in names and "فيفا" not in names
    # nor when fewer than five letters are left: «كابراً عن كابر» is no ك + «إبرا»
    assert "ابرا" not in names and "إبرا" not in names
    assert not newsparse.parse("يتوارثونه كابراً عن كابر.").places


def test_a_clitic_reading_of_a_small_foreign_place_needs_support():
    import newsparse

    # «كريم» is a given name, not ك + «ريم» (Rome); «لجأوا» a verb, not ل + Java; «بلال» a
    # name, not ب + a village; «فازوا» a verb, «كانتا» «they were»
    art = newsparse.parse("وقال المحلل كريم سالم إن آلاف السكان لجأوا إلى المدارس، وقال بلال "
                          "يوسف إن المرشحين الذين فازوا كانتا عائلتين معروفتين.")
    assert not art.places
    # the same reading stays where the article is about the place's country, after a place
    # word, in a list of places and for a great city
    got = {p.name for p in newsparse.parse("وقتل ثلاثة أشخاص بصرواح في محافظة مأرب اليمنية.").places}
    assert "صرواح" in got
    got = {p.name for p in newsparse.parse("وعقد الوزراء اجتماعا بباريس.").places}
    assert "باريس" in got
    got = {p.name for p in newsparse.parse("ووقع الحادث على الطريق بين المدية والبليدة.").places}
    assert "البليدة" in got


def test_frequent_words_that_geonames_gives_as_names_are_no_places():
    import newsparse

    # «أمان» (safety) is no spelling of Amman, «إبادة» (genocide) no Abadeh, «أوج» (peak)
    # no Avaj, «تاريخا» no Tarija, «درع بشري» no Bsharri
    art = newsparse.parse("وقال إن السكان يعيشون في أمان بعد حرب إبادة، في أوج الأزمة، وإن الاتفاق "
                          "يكتب تاريخا جديدا، واستخدم المسلحون المدنيين كدرع بشري.")
    assert not art.places
