"""One longest-first matcher over normalised tokens, for every name newsparse knows.

Names (actors from ``data/actors/*.yaml``, places from ``data/gazetteer.tsv``, user
lexicons) go through the same normalisation and tokenisation as the input. The index maps
a name's first token to the rest of the name; the first token of a match may carry clitic
prefixes (و ف ب ل ك لل), the following tokens must match exactly. Matching is one pass
over the tokens with the longest name winning at each position: linear in text length.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Sequence

from .lexicon import DataError, load_data
from .model import ACTOR_TYPES, PLACE_TYPES
from .reader import _TOKEN_RE, Token, WordMemo, normalize_text, positions


@dataclass
class Entry:
    """One real-world entity a name can refer to."""

    kind: str  # "actor" | "place"
    id: str
    name: str
    type: str
    country: str | None = None
    en: str | None = None
    aliases: tuple[str, ...] = ()
    admin: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    extra: dict = field(default_factory=dict)

    def __reduce__(self):
        # pickled as its field values, rebuilt by one call (not a new object and a state
        # dict set afterwards): the cached name index holds ~15,000 entries
        return (Entry, (self.kind, self.id, self.name, self.type, self.country, self.en, self.aliases,
                        self.admin, self.lat, self.lon, self.population, self.extra))


@dataclass
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    prefix: str  # clitic prefix stripped from the first token
    entries: list[Entry]


def _compute_name_key(name: str) -> tuple[str, ...]:
    return tuple(t for t in _TOKEN_RE.findall(normalize_text(name)) if t[:1].isalnum())


_name_keys = WordMemo(_compute_name_key, 1 << 14)


def name_key(name: str) -> tuple[str, ...]:
    """The normalised token sequence of a name (punctuation dropped), tokenised as
    :func:`newsparse.reader.tokenize` does (memoised)."""
    return _name_keys(name)


class Matcher:
    """Longest-first matcher: first token → [(rest of name, entries)], longest first."""

    def __init__(self) -> None:
        self._index: dict[str, dict[tuple[str, ...], list[Entry]]] = {}
        self._by2: dict[str, tuple] = {}  # first token → (one-word entries, {second token: …})
        self._firsts = self._index.keys()  # live view: the first tokens of all names

    def __getstate__(self):
        return {"_index": self._index}

    def __setstate__(self, state) -> None:
        self._index = state["_index"]
        self._by2 = {}
        self._firsts = self._index.keys()

    @property
    def firsts(self):
        """The first tokens of all names (a set-like view): a token none of whose stems is
        among them starts no name."""
        return self._firsts

    def add(self, name: str, entry: Entry) -> None:
        key = _compute_name_key(name)
        if not key:
            return
        rests = self._index.setdefault(key[0], {})
        bucket = rests.setdefault(key[1:], [])
        if not any(e is entry for e in bucket):
            bucket.append(entry)
        self._by2.pop(key[0], None)

    def lookup(self, name: str) -> list[Entry]:
        """The entries known by exactly this name (after normalisation)."""
        key = name_key(name)
        return list(self._index.get(key[0], {}).get(key[1:], ())) if key else []

    def add_entries(self, entries: Iterable[Entry]) -> None:
        for e in entries:
            self.add(e.name, e)
            for a in e.aliases:
                self.add(a, e)

    def copy(self) -> "Matcher":
        m = Matcher()
        m._index = {k: {r: list(es) for r, es in v.items()} for k, v in self._index.items()}
        m._firsts = m._index.keys()
        m._by2 = {}
        return m

    def _grouped(self, first: str):
        """The names starting with ``first``: (entries of the one-word name or None,
        {second token: [(rest, entries)] longest first}), or None."""
        g = self._by2.get(first)
        if g is None:
            rests = self._index.get(first)
            if not rests:
                return None
            single = None
            by2: dict[str, list] = {}
            for rest, entries in sorted(rests.items(), key=lambda kv: -len(kv[0])):
                if rest:
                    by2.setdefault(rest[0], []).append((rest, entries))
                else:
                    single = entries
            g = self._by2[first] = (single, by2)
        return g

    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest name starting at token ``i``, if any."""
        if self._firsts.isdisjoint(tokens[i].stems):  # most words start no name
            return None
        return self._match(tokens, i)

    def _match(self, tokens: Sequence[Token], i: int) -> Match | None:
        # The longest name of each clitic reading (a reading's names of one length differ,
        # so at most one of each length matches); a later reading wins only if longer.
        tok = tokens[i]
        best = None
        best_len = 0
        ntok = len(tokens)
        nxt = tokens[i + 1].text if i + 1 < ntok else None
        by2 = self._by2
        for prefix, stem in tok.forms:
            g = by2.get(stem)
            if g is None:
                g = self._grouped(stem)
                if g is None:
                    continue
            single, seconds = g
            if nxt is not None:
                cands = seconds.get(nxt)
                if cands is not None:
                    hit = False
                    for rest, entries in cands:
                        n = len(rest)
                        if n + 1 <= best_len:
                            break
                        if i + 1 + n > ntok:
                            continue
                        if n > 1 and any(tokens[i + 1 + k].text != rest[k] for k in range(1, n)):
                            continue
                        best = Match(i, i + 1 + n, prefix, entries)
                        best_len = n + 1
                        hit = True
                        break
                    if hit:
                        continue
            if single is not None and best_len < 1:
                best = Match(i, i + 1, prefix, single)
                best_len = 1
        return best

    def find_all(self, tokens: Sequence[Token], index: dict[str, list[int]] | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right. ``index`` (``Doc.index`` of
        ``tokens``) makes it visit only the tokens that may start a name."""
        out = []
        i = 0
        match = self._match
        if index is None:
            disjoint = self._firsts.isdisjoint
            starts = [k for k, t in enumerate(tokens) if not disjoint(t.stems)]
        else:
            starts = positions(index, self._firsts)
        for k in starts:
            if k < i:
                continue
            m = match(tokens, k)
            if m:
                out.append(m)
                i = m.end
        if index is not None and ("-" in index or "." in index):
            out = self._across_joiners(tokens, index, out)
        return out

    def _across_joiners(self, tokens: Sequence[Token], index: dict[str, list[int]],
                        out: list[Match]) -> list[Match]:
        """Names written with a hyphen or a dot between two of their words and no space
        («كيم جونغ-أون», «مون جاي-إن», «العربية.نت»): matched as if the mark were a space,
        when that match is longer than the ones found over those tokens."""
        n = len(tokens)
        joins = [p for p in (*index.get("-", ()), *index.get(".", ()))
                 if 0 < p < n - 1 and tokens[p - 1].end == tokens[p].start and tokens[p].end == tokens[p + 1].start
                 and tokens[p - 1].is_word and tokens[p + 1].is_word
                 and not (tokens[p - 1].text[-1].isdigit() or tokens[p + 1].text[0].isdigit())]
        if not joins:
            return out
        joined = frozenset(joins)
        for p in sorted(joins):
            # the other marks around it are spaces too: «إن.بي.سي», «إف.بي.آي»
            lo = p - 1
            while lo > 1 and lo - 1 in joined:
                lo -= 2
            lo = max(0, lo - 2)
            hi = min(n, p + 4)
            while hi < n and hi - 1 in joined:
                hi = min(n, hi + 2)
            keep = [k for k in range(lo, hi) if k not in joined]
            view = [tokens[k] for k in keep]
            best = None
            for s in range(lo, p):
                if s in joined or self._firsts.isdisjoint(tokens[s].stems):
                    continue
                m = self._match(view, keep.index(s))
                if m is not None and keep[m.end - 1] > p:  # it goes on past the mark
                    end = keep[m.end - 1] + 1
                    if best is None or end - s > best.end - best.start:
                        best = Match(s, end, m.prefix, m.entries)
            if best is None:
                continue
            over = [m for m in out if m.start < best.end and best.start < m.end]
            if all(m.end - m.start < best.end - best.start - 1 for m in over):
                out = sorted([m for m in out if m not in over] + [best], key=lambda m: m.start)
        return out


# ---------------------------------------------------------------- loading shipped data

ACTOR_FILES = ("states.yaml", "governments.yaml", "military.yaml", "armed_groups.yaml",
               "parties.yaml", "international.yaml", "media.yaml", "people.yaml", "companies.yaml")


def actor_entries_from(data, source: str) -> list[Entry]:
    """Validate a list of actor entries (the YAML lexicon schema) and build Entries."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(f"{source}: expected a list of actor entries, got {type(data).__name__}")
    out = []
    for k, item in enumerate(data):
        where = f"{source}: entry {k + 1}"
        if not isinstance(item, dict):
            raise DataError(f"{where}: expected a mapping with name and type")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise DataError(f"{where}: 'name' must be a non-empty string")
        where = f"{source}: entry {k + 1} ({name})"
        typ = item.get("type")
        if typ not in ACTOR_TYPES:
            raise DataError(f"{where}: 'type' must be one of {', '.join(ACTOR_TYPES)}; got {typ!r}")
        country = item.get("country")
        if country is False:  # YAML 1.1 reads an unquoted NO (Norway) as false
            country = "NO"
        if country is not None and (not isinstance(country, str) or len(country) != 2 or not country.isupper()):
            raise DataError(f"{where}: 'country' must be an ISO 3166 alpha-2 code like SY, or null")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise DataError(f"{where}: 'aliases' must be a list of non-empty strings")
        unknown = set(item) - {"name", "en", "type", "country", "aliases", "role", "capital", "id"}
        if unknown:
            raise DataError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        eid = item.get("id") or f"{source.rsplit('/', 1)[-1].split('.')[0]}:{normalize_text(name)}"
        extra = {}
        if item.get("role"):
            extra["role"] = item["role"]
        if item.get("capital"):
            extra["capital"] = True
        aliases = [a.strip() for a in aliases]
        en = item.get("en")
        if typ == "media" and isinstance(en, str) and en.isascii() and len(en.split()) <= 2:
            aliases.append(en)  # Arabic news writes «CNN», «BBC» in Latin letters too
        out.append(Entry("actor", eid, name.strip(), typ, country, en, tuple(aliases), extra=extra))
    return out


def actor_entries() -> tuple[Entry, ...]:
    """Every shipped actor (``data/actors/*.yaml``)."""
    return _base()["actors"]


def _read_actor_entries() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for fn in ACTOR_FILES:
        try:
            data = load_data(f"actors/{fn}")
        except FileNotFoundError:
            continue
        out.extend(actor_entries_from(data, f"newsparse/data/actors/{fn}"))
    return tuple(out)


def _gazetteer_text() -> str | None:
    base = resources.files("newsparse.data")
    plain = base.joinpath("gazetteer.tsv")
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    gz = base.joinpath("gazetteer.tsv.gz")
    if gz.is_file():
        import gzip

        return gzip.decompress(gz.read_bytes()).decode("utf-8")
    return None


def place_entries() -> tuple[Entry, ...]:
    """Every shipped place (``data/gazetteer.tsv``) known by a name matched anywhere."""
    return _base()["places"]


def cue_places() -> dict[str, tuple[Entry, ...]]:
    """Places known by names that are mostly ordinary words («ذباب», «موزع», «الزهرة»: the
    gazetteer's ``cue_names``): normalised name → entries. Such a name is a place only after
    a place word («مديرية موزع») and in the place's country; it is never matched freely."""
    return _base()["cue"]


def _read_place_entries() -> tuple[tuple[Entry, ...], dict[str, tuple[Entry, ...]]]:
    text = _gazetteer_text()
    if text is None:
        return (), {}
    out = []
    cue: dict[str, list[Entry]] = {}
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    col = {h: k for k, h in enumerate(header)}
    for row in reader:
        typ = row[col["type"]]
        if typ not in PLACE_TYPES:
            raise DataError(f"newsparse/data/gazetteer.tsv: {row[0]}: unknown type {typ!r}")
        lat, lon, pop = row[col["lat"]], row[col["lon"]], row[col["population"]]
        aliases = tuple(a for a in row[col["aliases"]].split("|") if a)
        cue_names = [a for a in row[col["cue_names"]].split("|") if a] if "cue_names" in col else []
        e = Entry(
            "place", row[col["id"]], row[col["name"]], typ, row[col["country"]] or None,
            row[col["en"]] or None, aliases, row[col["admin"]] or None,
            float(lat) if lat else None, float(lon) if lon else None, int(pop) if pop else 0,
        )
        for a in cue_names:
            cue.setdefault(" ".join(name_key(a)), []).append(e)
        if e.name not in cue_names:  # (a row named by a cue name alone is known only after a place word)
            out.append(e)
    return tuple(out), {k: tuple(v) for k, v in cue.items()}


def _build_base() -> dict:
    actors, (places, cue) = _read_actor_entries(), _read_place_entries()
    m = Matcher()
    m.add_entries(actors)
    m.add_entries(places)
    return {"actors": actors, "places": places, "cue": cue, "index": m._index}


@lru_cache(maxsize=None)
def _base_key() -> str:
    from . import cache

    data = [f"actors/{f}" for f in ACTOR_FILES] + ["gazetteer.tsv", "gazetteer.tsv.gz"]
    return cache.fingerprint(data, ["gazetteer.py", "reader.py", "model.py"])


@lru_cache(maxsize=None)
def _base() -> dict:
    """The shipped entries and the name index over them: built from the data files, or
    loaded from the cache of an earlier process (``newsparse.cache``)."""
    from . import cache

    return cache.load_or_build("names", _base_key(), _build_base)


def derived(name: str, code_files: Sequence[str], build: Callable[[], Any]) -> Any:
    """``build()``, an object computed from the shipped entries alone (e.g. an index over
    their names), cached on disk like the name index: its key is the index's and the code
    of ``code_files`` (the modules that build it, e.g. ``["places.py"]``). What it holds
    must be plain data: entries pickled apart would be copies (refer to them by position
    in :func:`actor_entries` / :func:`place_entries`)."""
    from . import cache

    return cache.load_or_build(name, cache.fingerprint([], list(code_files), base=_base_key()), build)


@lru_cache(maxsize=None)
def base_matcher() -> Matcher:
    """The matcher over all shipped actors and places (built once per process)."""
    m = Matcher()
    m.__setstate__({"_index": _base()["index"]})
    return m


_WITH_CACHE: list[tuple[tuple[Entry, ...], Matcher]] = []  # most recent first
_WITH_CACHE_SIZE = 4


def matcher_with(user_entries: Sequence[Entry]) -> Matcher:
    """The shipped matcher extended with a user's lexicon entries (built once per lexicon:
    the last few extended matchers are kept, found again by the same or equal entries)."""
    if not user_entries:
        return base_matcher()
    ents = tuple(user_entries)
    for k, (cached, m) in enumerate(_WITH_CACHE):
        if len(cached) == len(ents) and all(a is b or a == b for a, b in zip(cached, ents)):
            if k:
                _WITH_CACHE.insert(0, _WITH_CACHE.pop(k))
            return m
    m = base_matcher().copy()
    m.add_entries(ents)
    _WITH_CACHE.insert(0, (ents, m))
    del _WITH_CACHE[_WITH_CACHE_SIZE:]
    return m


def load_user_lexicon(path: str) -> list[Entry]:
    """Actor entries from a user's YAML file (same schema as the shipped lexicon)."""
    import yaml

    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
    except OSError as e:
        raise DataError(f"{path}: cannot read lexicon: {e.strerror}") from None
    except yaml.YAMLError as e:
        raise DataError(f"{path}: invalid YAML: {str(e).splitlines()[0]}") from None
    entries = actor_entries_from(data, path)
    for e in entries:
        e.extra["user"] = True
    return entries
