"""Checks on the curated actor lexicon (newsparse/data/actors/*.yaml) and the
supporting nisba / titles data. Uses only yaml, the standard library and babel."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

import pytest
import yaml
from babel import Locale
from conftest import build_deps_skip_reason

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "newsparse", "data")
ACTORS = os.path.join(DATA, "actors")
FILES = sorted(f for f in os.listdir(ACTORS) if f.endswith(".yaml"))  # every shipped file
TYPES = {"person", "government", "military", "armed_group", "political_party",
         "international_org", "ngo", "media", "company", "state"}
REQUIRED = {"name", "en", "type", "country", "aliases"}
OPTIONAL = {"role", "capital"}
NON_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN",
           "XA", "XB", "XK", "ZZ"}
ISO2 = {c for c in Locale("ar").territories
        if len(c) == 2 and c.isalpha() and c.isupper() and c not in NON_ISO}

PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
TATWEEL = "\u0640"
PERSIAN = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06D2\u0679\u0688\u0691]")
DIACRITIC = re.compile(r"[\u064B-\u0652\u0670]")
# The only diacritic allowed: the shadda of «عمّان» (Amman vs Oman).
DIACRITIC_OK = {"عمّان"}


def _load(fn):
    with open(os.path.join(ACTORS, fn), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def data():
    return {fn: _load(fn) for fn in FILES}


def _surfaces(e):
    return [e["name"]] + list(e.get("aliases") or [])


def _text_problems(s):
    probs = []
    if PRESENTATION.search(s):
        probs.append("presentation form")
    if TATWEEL in s:
        probs.append("tatweel")
    if PERSIAN.search(s):
        probs.append("Persian/Urdu letter")
    if DIACRITIC.search(s) and s not in DIACRITIC_OK:
        probs.append("diacritic")
    if s != s.strip() or "  " in s:
        probs.append("whitespace")
    if unicodedata.normalize("NFC", s) != s:
        probs.append("not NFC")
    if not re.search(r"[\u0621-\u064A]", s):
        probs.append("no Arabic letter")
    return probs


def test_files_are_lists(data):
    for fn, entries in data.items():
        assert isinstance(entries, list) and entries, fn


def test_schema(data):
    errors = []
    for fn, entries in data.items():
        for e in entries:
            keys = set(e)
            if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
                errors.append((fn, e.get("name"), sorted(keys)))
                continue
            if e["type"] not in TYPES:
                errors.append((fn, e["name"], "type " + repr(e["type"])))
            if not isinstance(e["name"], str) or not isinstance(e["en"], str) or not e["en"]:
                errors.append((fn, e["name"], "name/en"))
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errors.append((fn, e["name"], "aliases"))
            if e["country"] is not None and e["country"] not in ISO2:
                errors.append((fn, e["name"], "country " + repr(e["country"])))
            if "role" in e and (e["type"] != "person" or not (e["role"] is None or isinstance(e["role"], str))):
                errors.append((fn, e["name"], "role"))
            if "capital" in e and (fn != "states.yaml" or not isinstance(e["capital"], bool)):
                errors.append((fn, e["name"], "capital"))
            if fn == "people.yaml" and e["type"] != "person":
                errors.append((fn, e["name"], "people.yaml holds persons only"))
            if fn == "states.yaml" and (e["type"] != "state" or e["country"] is None):
                errors.append((fn, e["name"], "states.yaml holds states only"))
            if fn not in ("people.yaml", "states.yaml") and e["type"] in ("person", "state"):
                errors.append((fn, e["name"], "persons/states belong in their own files"))
    assert not errors, errors


def test_text_hygiene(data):
    bad = []
    for fn, entries in data.items():
        for e in entries:
            for s in _surfaces(e) + ([e["role"]] if e.get("role") else []):
                p = _text_problems(s)
                if p:
                    bad.append((fn, s, p))
    assert not bad, bad


def test_no_duplicate_surfaces(data):
    owners = defaultdict(set)
    for fn, entries in data.items():
        for i, e in enumerate(entries):
            for s in _surfaces(e):
                owners[s].add((fn, i, e["name"]))
    dup = {s: sorted(o) for s, o in owners.items() if len(o) > 1}
    assert not dup, "surface forms shared by entries: %r" % dup
    within = []
    for fn, entries in data.items():
        for e in entries:
            if len(set(_surfaces(e))) != len(_surfaces(e)):
                within.append((fn, e["name"]))
    assert not within, within


def test_entry_counts(data):
    curated = sum(len(v) for fn, v in data.items() if fn != "states.yaml")
    assert curated >= 400, curated
    assert len(data["people.yaml"]) >= 150
    assert len(data["armed_groups.yaml"]) >= 60
    assert len(data["media.yaml"]) >= 40


def _index(data):
    idx = {}
    for entries in data.values():
        for e in entries:
            for s in _surfaces(e):
                idx[s] = e
    return idx


@pytest.mark.parametrize("surface,canonical,typ,country", [
    ("داعش", "تنظيم الدولة الإسلامية", "armed_group", None),
    ("تنظيم الدولة", "تنظيم الدولة الإسلامية", "armed_group", None),
    ("قسد", "قوات سوريا الديمقراطية", "armed_group", "SY"),
    ("أنصار الله", "الحوثيون", "armed_group", "YE"),
    ("جبهة النصرة", "هيئة تحرير الشام", "armed_group", "SY"),
    ("حماس", "حركة حماس", "armed_group", "PS"),
    ("حزب الله", "حزب الله", "armed_group", "LB"),
    ("قوات الدعم السريع", "قوات الدعم السريع", "armed_group", "SD"),
    ("قوات النظام", "الجيش السوري", "military", "SY"),
    ("جيش الاحتلال", "الجيش الإسرائيلي", "military", "IL"),
    ("التحالف الأميركي", "التحالف الدولي", "military", None),
    ("التحالف بقيادة السعودية", "التحالف العربي", "military", None),
    ("قوات حفتر", "الجيش الوطني الليبي", "military", "LY"),
    ("الحشد الشعبي", "الحشد الشعبي", "military", "IQ"),
    ("البنتاغون", "البنتاغون", "government", "US"),
    ("الخارجية الروسية", "وزارة الخارجية الروسية", "government", "RU"),
    ("الكرملين", "الكرملين", "government", "RU"),
    ("النظام السوري", "الحكومة السورية", "government", "SY"),
    ("رويترز", "وكالة رويترز", "media", "GB"),
    ("أ ف ب", "وكالة فرانس برس", "media", "FR"),
    ("سانا", "الوكالة العربية السورية للأنباء", "media", "SY"),
    ("انترفاكس", "وكالة إنترفاكس", "media", "RU"),
    ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "ngo", "GB"),
    ("الناتو", "حلف شمال الأطلسي", "international_org", None),
    ("مجلس الأمن", "مجلس الأمن الدولي", "international_org", None),
    ("الصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "international_org", None),
    ("ترمب", "دونالد ترامب", "person", "US"),
    ("غوتيريش", "أنطونيو غوتيريس", "person", "PT"),
    ("حميدتي", "محمد حمدان دقلو", "person", "SD"),
    ("لافروف", "سيرغي لافروف", "person", "RU"),
    ("حركة فتح", "حركة فتح", "political_party", "PS"),
    ("موسكو", "موسكو", "state", "RU"),
    ("واشنطن", "واشنطن", "state", "US"),
    ("روسيا", "روسيا", "state", "RU"),
    ("أميركا", "الولايات المتحدة", "state", "US"),
    ("سورية", "سوريا", "state", "SY"),
    ("تل أبيب", "تل أبيب", "state", "IL"),
])
def test_key_entities(data, surface, canonical, typ, country):
    e = _index(data).get(surface)
    assert e is not None, surface
    assert (e["name"], e["type"], e["country"]) == (canonical, typ, country)


def test_capitals_are_separate_entries(data):
    idx = _index(data)
    assert idx["موسكو"] is not idx["روسيا"]
    assert idx["موسكو"]["capital"] is True and idx["روسيا"]["capital"] is False
    for s in ("الأسد", "عمان", "الكونغو", "العربية", "فتح"):
        assert s not in idx, "ambiguous surface %s must not be an alias" % s
    states = data["states.yaml"]
    codes = {e["country"] for e in states if not e["capital"]}
    assert {"SY", "IQ", "YE", "PS", "IL", "US", "RU", "GB"} <= codes
    assert len(codes) >= 190
    assert all(sum(1 for e in states if e["country"] == c and not e["capital"]) == 1 for c in codes)


def test_nisba():
    with open(os.path.join(DATA, "nisba.yaml"), encoding="utf-8") as fh:
        nisba = yaml.safe_load(fh)
    countries = {k: v for k, v in nisba.items() if k != "_none"}
    assert len(countries) >= 80
    assert set(countries) <= ISO2, set(countries) - ISO2
    assert "الدولي" in nisba["_none"] and "الأممي" in nisba["_none"]
    seen = {}
    for k, forms in nisba.items():
        assert isinstance(forms, list) and forms, k
        for f in forms:
            assert f.startswith("ال") and not f.endswith("ة"), (k, f)
            assert not _text_problems(f), (k, f)
            assert f not in seen, (f, k, seen.get(f))
            seen[f] = k
    assert countries["US"] == ["الأمريكي", "الأميركي"]
    assert countries["SY"] == ["السوري"]


def test_titles():
    with open(os.path.join(DATA, "titles.yaml"), encoding="utf-8") as fh:
        titles = yaml.safe_load(fh)
    assert set(titles) == {"person_titles", "org_heads", "generic_heads", "name_introducers", "known_as",
                           "title_modifiers", "title_adjectives", "royal_titles", "royal_names"}
    for key in ("name_introducers", "known_as", "title_modifiers", "title_adjectives", "royal_titles", "royal_names"):
        assert titles[key] and len(titles[key]) == len(set(titles[key]))
    pt = titles["person_titles"]
    assert len(pt) >= 80 and len(pt) == len(set(pt))
    assert {"الرئيس", "وزير الخارجية", "المتحدث باسم"} <= set(pt)
    assert set(titles["org_heads"].values()) <= TYPES
    assert titles["org_heads"]["وزارة"] == "government"
    gh = titles["generic_heads"]
    assert len(gh) == len(set(gh)) and all(g.startswith("ال") for g in gh)
    for s in pt + list(titles["org_heads"]) + gh:
        assert not [p for p in _text_problems(s) if p != "no Arabic letter"], s


def test_states_build_is_reproducible(tmp_path):
    why = build_deps_skip_reason()
    if why:
        pytest.skip(why)
    out = tmp_path / "states.yaml"
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "build_states.py"),
                    "--output", str(out)], check=True, capture_output=True)
    with open(os.path.join(ACTORS, "states.yaml"), "rb") as fh:
        assert out.read_bytes() == fh.read()


def test_every_actor_file_is_loaded():
    # a YAML file the loader does not list would be checked here but never used
    from newsparse.gazetteer import ACTOR_FILES

    assert sorted(ACTOR_FILES) == FILES

