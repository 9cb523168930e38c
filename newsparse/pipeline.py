"""reader → matchers → extractors → linking → Article. Pure: text in, result out."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from operator import gt
from typing import Sequence

from . import actors as actors_mod
from . import places as places_mod
from .doc import Doc, Mention, make_doc
from .gazetteer import Entry, matcher_with, name_key
from .model import Actor, Article, Place
from .reader import normalize_text, positions
from .roles import resolve_roles


def _mention_start(doc: Doc, i: int, prefix: str) -> int:
    """Normalised start of a mention whose first token carries ``prefix`` (لل keeps its ل:
    the stem «الدير» of «للدير» is not in the text)."""
    if prefix.endswith("لل"):
        prefix = prefix[:-2]
    return doc.tokens[i].start + len(prefix)


def _add_mention(doc: Doc, i: int, j: int, prefix: str, kind: str, key: str) -> Mention:
    m = Mention(i, j, _mention_start(doc, i, prefix), doc.tokens[j - 1].end, kind, key)
    doc.mentions.append(m)
    return m


def _actor_from(e: Entry) -> Actor:
    return Actor(name=e.name, type=e.type, country=e.country, en=e.en, id=e.id,
                 aliases=list(e.aliases), source="user" if e.extra.get("user") else "lexicon")


def _place_from(e: Entry) -> Place:
    gid = int(e.id[3:]) if e.id.startswith("gn:") and e.id[3:].isdigit() else None
    return Place(name=e.name, type=e.type, country=e.country, en=e.en, id=e.id, admin=e.admin,
                 lat=e.lat, lon=e.lon, geonames_id=gid, aliases=list(e.aliases),
                 source="gazetteer" if not e.id.startswith("cur:") else "curated")


def _matched_stem(tok, prefix: str) -> str:
    """The stem of a one-word name matched with clitic ``prefix`` («للدير» → «الدير»)."""
    return dict(tok.forms).get(prefix, tok.text)


_KINDS: dict[int, tuple] = {}


def _kinds(entries: list[Entry]) -> tuple[list[Entry], list[Entry], str | None]:
    """The actor entries and the place entries of a matched name, and its country when all
    its entries agree on one (memoised per entry list: the matcher keeps its lists)."""
    got = _KINDS.get(id(entries))
    if got is not None and got[0] is entries:
        return got[1]
    ccs = {e.country for e in entries if e.country}
    res = ([e for e in entries if e.kind == "actor"], [e for e in entries if e.kind == "place"],
           ccs.pop() if len(ccs) == 1 else None)
    if len(_KINDS) > 50000:
        _KINDS.clear()
    _KINDS[id(entries)] = (entries, res)
    return res


# organisations that a description may introduce right before their name («وكالة الأنباء
# التركية الأناضول», «منظمة الصحة العالمية اليونيسف» would be two)
_APPOSED = ("media", "company")


def _nisba_after_noun(toks, i: int) -> bool:
    """Whether the one-word name at ``i`` is a feminine nisba adjective qualifying the
    indefinite noun before it («مصادر سورية», «وسائل إعلام سورية», «قوات تركية»): a
    country's name that is also its adjective is then no name."""
    tx = toks[i].text
    if i == 0 or not tx.endswith("ه") or tx.startswith("ال") or not actors_mod.nisba_country(tx)[0]:
        return False
    prev = toks[i - 1].text
    return not prev.startswith("ال") and places_mod.is_plain_noun(prev)


def _shortens(key: tuple[str, ...], e: Entry) -> bool:
    """Whether the name ``key`` is a shorter form of actor ``e``'s name (its beginning), or
    its last word is a head that refers back to it («قوات التحالف» → «التحالف الدولي»)."""
    for nm in (e.name, *e.aliases):
        other = name_key(nm)
        if len(other) > len(key) and other[:len(key)] == key:
            return True
    return len(key) == 2 and key[1].startswith("ال") and key[1] in actors_mod.referring_heads(e.name)


_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})


def _line_starts(doc: Doc) -> frozenset[int]:
    """The tokens that begin a line (a line break before them, none inside a token)."""
    text, toks = doc.text, doc.tokens
    starts = [t.start for t in toks]
    out = set()
    pos = text.find("\n")
    while pos != -1:
        k = bisect_left(starts, pos)
        if 0 < k < len(toks):
            out.add(k)
        pos = text.find("\n", pos + 1)
    return frozenset(out)


class _Reading:
    """The mentions found so far in one document, before they become entities: which tokens
    are taken (``covered``), which are taken only by a place read without place context
    (``soft``: a person's name may still claim them), and the pending mentions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks = doc.tokens
        n = len(doc.tokens)
        self.covered = [False] * n
        self.soft = [False] * n
        self.pending: list[tuple[int, int, str, str, Entry]] = []  # (i, j, prefix, kind, entry)
        self.votes: Counter = Counter()
        # the same votes from geographic names only (places, and states acting by their
        # name): the country an unlisted place with none of its own is in
        self.geo_votes: Counter = Counter()

    def claim(self, i: int, j: int, prefix: str, kind: str, e: Entry) -> None:
        self.pending.append((i, j, prefix, kind, e))
        for k in range(i, j):
            self.covered[k] = True

    def _hard(self) -> list[bool]:
        """Whether each token is covered by a mention that is not soft (``covered > soft``:
        one C-level pass)."""
        return list(map(gt, self.covered, self.soft))

    # -- 1. names from the lexicons and the gazetteer, read as actors or places
    def lexicon(self, user_entries: Sequence[Entry]) -> None:
        toks, n = self.toks, len(self.toks)
        self.user_entries = user_entries
        self.matcher = matcher_with(user_entries)
        matches = self.matcher.find_all(toks, self.doc.index)
        # country votes for choosing among same-named places: unambiguous place/state names
        kinds = [_kinds(m.entries) for m in matches]
        for m, k in zip(matches, kinds):
            # («بابا الفاتيكان» twice is no vote for Nigeria: a frequent noun read as ب + Aba)
            if k[2] is not None and not (m.prefix[-1:] in ("ب", "ل", "ك") and m.end - m.start == 1
                                         and places_mod.is_plain_noun(toks[m.start].text)):
                self.votes[k[2]] += 1
                if k[1] or all(a.type == "state" for a in k[0]):
                    self.geo_votes[k[2]] += 1
        votes = self.votes
        dateline = places_mod.datelines(self.doc)
        # place names that are also ordinary words («دوما», «سيول»): where they are, and
        # which of them the article reads with place context somewhere («في دوما»)
        words_at = frozenset(positions(self.doc.index, places_mod.word_reading_names()))
        placed: set[str] = set()
        place_starts: frozenset[int] = frozenset()
        if words_at:
            place_starts = frozenset(m.start for m, k in zip(matches, kinds) if k[1])
            for m, k in zip(matches, kinds):
                if m.start in words_at and k[1] and m.end - m.start == 1 and (
                        m.start in dateline or places_mod.is_locative(toks, m.start, m.prefix, hashtag=True)):
                    placed.add(_matched_stem(toks[m.start], m.prefix))
        prev_kind_end: dict[int, str] = {}
        for m, (actor_es, place_es, _) in zip(matches, kinds):
            loc = m.start in dateline or places_mod.is_locative(toks, m.start, m.prefix)
            one = m.end - m.start == 1
            # «في سوريا والعراق»: a name joined by و to a place just read
            after_place = m.prefix.startswith("و") and prev_kind_end.get(m.start) == "place"
            if one and not m.prefix and _nisba_after_noun(toks, m.start) and \
                    (not loc or places_mod.is_place_word(toks[m.start - 1])):
                continue  # «وسائل إعلام سورية», «مدن سورية»: a feminine nisba after a noun, not the country
            if m.prefix.startswith("و") and m.start in prev_kind_end and "ب" not in m.prefix:
                kind = prev_kind_end[m.start]  # «في سوريا والعراق»: coordination keeps the reading
                kind = kind if (place_es if kind == "place" else actor_es) else ("actor" if actor_es else "place")
            elif actor_es and place_es:
                # a country or capital not used as a location acts: «أوضحت موسكو», «هدف أميركا»
                # («مدن بينها طهران وأصفهان»: a capital among cities is one of them)
                kind = "place" if loc or places_mod.listed_among(toks, m.start) else "actor"
            else:
                kind = "actor" if actor_es else "place"
            if kind == "place" and one and m.prefix and places_mod.fused_negation(toks[m.start].text):
                continue  # «لايزال» is «لا يزال», not ل + Aizawl
            if kind == "place" and not loc and m.start > 0 and m.start not in dateline and \
                    not places_mod.noble_titles().isdisjoint(toks[m.start - 1].stems) and \
                    all(p.type != "country" for p in place_es):
                if not actor_es:
                    continue  # «أميرة ويلز», «دوق إدنبرة»: a title, not a location
                kind = "actor"
            if kind == "place" and not one and not loc and m.start not in dateline and \
                    _matched_stem(toks[m.start], m.prefix) in places_mod.stop_words("context_first"):
                if not actor_es:
                    continue  # «قالت الشرطة إن صالح خاطر»: the particle «إن» and a name, not In Salah
                kind = "actor"
            if place_es and m.start in words_at and one:
                stem = _matched_stem(toks[m.start], m.prefix)
                # («مدينة سيول», «شمال درعا»: a place whatever the words around)
                strong = m.start in dateline or places_mod.is_locative(toks, m.start, "", strong=True, hashtag=True)
                if not strong and places_mod.ordinary_reading(toks, m.start, m.end, stem):
                    continue  # «كان دوما», «درعا واقيا», «أمطار غزيرة وسيول»: the ordinary word
                if kind == "place" and not (strong or loc or stem in placed or votes.get(place_es[0].country, 0) >= 2
                                            or after_place or places_mod.place_follows(toks, m.end, place_starts, place_es[0])):
                    if not actor_es:
                        continue  # «ستناصر دوما حقوق الإنسان»: no place context, nor its country
                    kind = "actor"
            if kind == "place" and one:
                stem = _matched_stem(toks[m.start], m.prefix)
                if places_mod.phrase_reading(toks, m.start, m.end, stem):
                    continue  # «للنيل من سمعته»: to undermine, not the Nile
                tier = places_mod.needs_context(stem)
                if tier is None and places_mod.reads_as_clitic_word(stem) and \
                        not any(p.type in ("country", "admin") for p in place_es):
                    tier = "word"  # «بحركة», «لأي»: a preposition and a frequent word
                elif tier == "noun" and not m.prefix and not actor_es and \
                        places_mod.city_after_preposition(stem, place_es):
                    tier = "word"  # «إلى جرابلس», «في ميونيخ»: a city after any locative
                if tier and m.start not in dateline and \
                        not places_mod.is_locative(toks, m.start, m.prefix, strong=tier == "noun"):
                    if not actor_es:
                        continue
                    kind = "actor"
            if kind == "place":
                e = places_mod.choose(place_es, votes)
                if one and m.start not in dateline:
                    word = toks[m.start].text
                    if places_mod.hamza_clitic(self.doc.tok_span(m.start, m.end).text, m.prefix, e):
                        continue  # «وأرى» is و + «أرى», not Warri; «لجأوا» not ل + Jawa
                    if word.endswith("ا") and "\u064b" in self.doc.tok_span(m.start, m.end).text:
                        continue  # «كنا دومًا», «فارغاً»: an accusative with tanween is no name
                    if word.endswith("ه") and e.name.endswith("ة"):
                        pron = places_mod.pronoun_reading(toks, m.start, self.doc.tok_span(m.start, m.end).text, e)
                        if pron is not False and not places_mod.is_locative(toks, m.start, "", strong=True) and (
                                pron or not (loc or votes.get(e.country, 0) >= 2 or after_place)):
                            continue  # «منزل جده», «في حواره»: a noun with the pronoun «ه», not «جدة»
                if not loc and places_mod.speaks(toks, m.start, m.end, m.prefix, e):
                    continue  # «وأضاف بونو»: a town does not speak, a person named like it does
                if one and not loc and not m.prefix and m.start not in dateline and e.population < 1000000 \
                        and e.type not in ("country", "admin", "region", "water") \
                        and places_mod.after_given_name(toks, m.start, self.covered):
                    continue  # «واعتقلت القوات محمد الخليل»: a surname, not Hebron
                small = e.type in ("village", "town") and e.population < 20000 and not e.id.startswith("cur:")
                if small and one and not loc and votes.get(e.country, 0) < 2:
                    continue  # a small village's one-word name with no place context: too likely a word
                if one and m.start not in dateline and places_mod.weak_clitic_reading(
                        toks, m.start, m.prefix, e, votes, prev_kind_end.get(m.start) == "place"):
                    continue  # «كريم» is not ك + «ريم» (Rome), «لجأوا» not ل + Java
            else:
                if one and m.start > 0 and not m.prefix and "شبه" in toks[m.start - 1].stems:
                    continue  # «شبه الجزيرة الكورية» is a peninsula, not the channel «الجزيرة»
                if not m.prefix and actors_mod.affairs_adjective(toks, m.start, toks[m.start].text):
                    continue  # «في الشؤون الداخلية العراقية»: internal affairs, not the interior ministry
                e = actor_es[0] if len(actor_es) == 1 else min(
                    actor_es, key=lambda a: (-votes.get(a.country, 0), a.type == "person"))
            self.claim(m.start, m.end, m.prefix, kind, e)
            # a place read with no place context may yet be part of a person's name («فاديم
            # سوكولوف»: Sokolov is also a Czech town); so may a listed surname after an
            # unlisted first name («أنمار الخصاونة» is not «بشر الخصاونة»)
            soft = (kind == "place" and not loc and e.type not in ("country", "admin", "water")) or (
                kind == "actor" and e.type == "person" and one and not m.prefix
                and m.start > 0 and not self.covered[m.start - 1]
                and actors_mod.is_name_word(toks[m.start - 1]))
            for k in range(m.start, m.end):
                self.soft[k] = soft
            nxt = m.end + 1 if m.end < n and not toks[m.end].is_word else m.end
            prev_kind_end[m.end] = kind
            prev_kind_end[nxt] = kind
        self._variant_people()

    def _variant_people(self) -> None:
        """Listed people written with another transliteration («هنريتا فور», «فدريكا
        موغريني»): claimed where no lexicon name lies."""
        toks = self.toks
        # (a place read with no place context may be a word of the name: «فور» is also a town)
        hard = self._hard()
        skeleton, pairs = actors_mod.skeleton, actors_mod.variant_pairs()
        # a variant has a word that is neither frequent nor a given name and whose skeleton is
        # a listed name's word: the name begins there or up to three words before
        cands = sorted({k for q in actors_mod.variant_words(toks, hard) for k in range(max(0, q - 3), q + 1)})
        n = len(toks)
        done = 0
        for i in cands:
            if i < done or i + 1 >= n or hard[i] or not toks[i].is_word:
                continue
            nxt = skeleton(toks[i + 1].text)
            for _, st in toks[i].forms:
                if (skeleton(st), nxt) in pairs:
                    break
            else:
                continue
            hit = actors_mod.variant_person_at(toks, i, hard)
            if hit is None:
                continue
            end, prefix, e = hit
            # the actor is named as this text spells it, the listed spelling among its aliases
            # (as a statement's speaker is: «هيذر نوريت» for the listed «هيذر ناورت»)
            start = _mention_start(self.doc, i, prefix)
            said = " ".join(self.doc.span(start, toks[end - 1].end).text.split())
            e = replace(e, name=said, aliases=(e.name, *(a for a in e.aliases if a != said)))
            self.pending = [p for p in self.pending if p[1] <= i or p[0] >= end]
            self.claim(i, end, prefix, "actor", e)
            for k in range(i, end):
                self.soft[k] = False
            done = end

    # -- 2. actors named by news syntax: titles + names, organisation heads, head + nisba
    def patterns(self) -> None:
        for x, (i, j, p, kind, e) in enumerate(self.pending):
            if kind == "actor" and e.type == "person":
                end = actors_mod.name_continuation(self.toks, j, self.covered)
                if end > j:  # «الملك سلمان» + «بن عبد العزيز»
                    self.pending[x] = (i, end, p, kind, e)
                    for k in range(j, end):
                        self.covered[k] = True
        actor_at = {i: (j, e.country) for i, j, _, kind, e in self.pending if kind == "actor"}
        place_at = {i: j for i, j, _, kind, _ in self.pending if kind == "place"}
        hard = self._hard()
        extended = {}
        state_at = {i: e for i, _, _, kind, e in self.pending if kind == "actor" and e.type == "state"}
        listed_at = {i: (j, e) for i, j, p, kind, e in self.pending
                     if kind == "actor" and not p and not self.toks[i].text.startswith("و")}
        breaks = _line_starts(self.doc)
        people = frozenset(i for i, _, _, kind, e in self.pending if kind == "actor" and e.type == "person")
        for f in actors_mod.find_patterns(self.toks, hard, actor_at, place_at, self.doc.index, breaks, people):
            if f.head_of is not None:
                body = self._body_of_state(f, state_at.get(f.head_of))
                if body is not None:  # «جيش تركيا» is the Turkish army, not Turkey
                    self.pending = [p for p in self.pending if p[0] != f.head_of]
                    self.claim(f.start, f.end, f.prefix, "actor", body)
                    continue
                extended[f.head_of] = (f.start, f.end)
                continue
            if any(self.soft[f.start:f.end]):
                self.pending = [p for p in self.pending if p[1] <= f.start or p[0] >= f.end]
            if f.type != "person" and any(self.covered[f.start + 1:f.end]):
                # «القوات البحرية الملكية السعودية»: the nisba is the organisation's, not the state
                self.pending = [p for p in self.pending if not (
                    f.start < p[0] and p[1] <= f.end and p[3] == "actor" and p[4].type == "state"
                    and self.toks[p[0]].text.startswith("ال") and actors_mod.nisba_country(self.toks[p[0]].text)[0])]
            named = listed_at.get(f.end)
            if named is not None and named[1].type == f.type and f.type in _APPOSED:
                # «وكالة الأنباء التركية الأناضول»: a description, then the listed name
                self.pending = [p for p in self.pending if p[0] != f.end]
                self.claim(f.start, named[0], f.prefix, "actor", named[1])
                continue
            start = _mention_start(self.doc, f.start, f.prefix)
            name = self.doc.span(start, self.toks[f.end - 1].end).text
            if f.prefix.endswith("لل") and name.startswith("لل"):
                name = "ال" + name[2:]  # «للبحرية الإيطالية» names «البحرية الإيطالية»
            e = self._known(f, name)
            if '"' in name:  # a quoted name wins over the names inside it («قوات "سوريا ..."»)
                self.pending = [p for p in self.pending if not (f.start <= p[0] and p[1] <= f.end)]
            if e is None:
                name = " ".join(name.split())  # a name broken across lines is one name («جون\nسميث»)
                e = Entry("actor", "pat:" + normalize_text(name), name.strip(" ،,"), f.type, f.country)
                e.extra["pattern"] = True
            self.claim(f.start, f.end, f.prefix, "actor", e)
        if extended:  # «وكالة رويترز», «وكالة "أسوشيتد برس"»: the head joins the listed actor
            self.pending = [(*extended[i], "", kind, e) if i in extended else (i, j, p, kind, e)
                            for i, j, p, kind, e in self.pending]
            for s, t in extended.values():
                for k in range(s, t):
                    self.covered[k] = True

    def _body_of_state(self, f, state: Entry | None) -> Entry | None:
        """The listed army or government a head noun makes of a state's name: «جيش تركيا» →
        «الجيش التركي», «حكومة سوريا» → «الحكومة السورية» (the definite head with the
        country's nisba, when the lexicon knows that name)."""
        if state is None or not state.country or f.type not in ("military", "government"):
            return None
        name = self.toks[f.start + 1].text
        if f.end - f.start == 2 and name.endswith("ه") and actors_mod.nisba_country(name)[0]:
            return None  # «قوات سورية» may be any Syrian forces: the name is also an adjective
        if f.end < len(self.toks) and self.toks[f.end].text.startswith("ال"):
            return None  # «قوات سوريا الديموقراطية»: the state's name begins a longer one
        head = next((st for p, st in self.toks[f.start].forms if p == f.prefix), self.toks[f.start].text)
        for form in actors_mod.nisba_forms(state.country):
            for adj in (form, form + "ه"):
                listed = [e for e in self.matcher.lookup("ال" + head + " " + adj)
                          if e.kind == "actor" and e.type == f.type and e.country == state.country]
                if listed:
                    return listed[0]
        return None

    def _compound_surname_of(self, f, name: str) -> Entry | None:
        """The person named earlier whose name ends in the two words of ``name`` when they are
        a compound surname («عبد الرحمن», «أبو زيد»): «وأوضح عبد الرحمن» after «رامي عبد الرحمن»."""
        key = name_key(name)
        if len(key) != 2 or key[0] not in actors_mod.COMPOUND_SURNAME_FIRSTS:
            return None
        found = None
        for i, j, _, kind, e in self.pending:
            if kind != "actor" or e.type != "person" or i >= f.start or j - i < 3:
                continue
            said = tuple(t.text for t in self.toks[j - 3:j])
            full = name_key(e.name)
            # (not after «بن»: «حسين بن عبد الله» is Abdullah's son, «عبد الله» his father)
            if (said[1:] == key and said[0] not in _PATRONYMIC) or \
                    (full[-2:] == key and len(full) > 2 and full[-3] not in _PATRONYMIC):
                if found is None or i > found[0]:
                    found = (i, e)
        return found[1] if found else None

    def _known(self, f, name: str) -> Entry | None:
        """The actor an organisation found by syntax already is: a listed one once quotes are
        gone («قوات "سوريا الديمقراطية"»), an earlier one it shortens («وزارة الصحة» after
        «وزارة الصحة العراقية»), or one its last word refers back to («قوات التحالف» after
        «التحالف الدولي»), or for a person the earlier one a compound surname stands for
        («عبد الرحمن» after «رامي عبد الرحمن»)."""
        if f.type == "person":
            return self._compound_surname_of(f, name)
        bare = name.replace('"', " ").replace("«", " ").replace("»", " ")
        if bare != name:
            listed = [e for e in self.matcher.lookup(bare) if e.kind == "actor"]
            if listed:
                return listed[0]
        key = name_key(bare)
        if len(key) < 2:
            return None
        if f.country and actors_mod.nisba_country(key[-1])[1] == f.country:
            # «للقوات التركي», «منظمة الطاقة الذرية الإيراني»: the listed body of the words
            # before the country's nisba and that nisba in either gender («القوات التركية»)
            stem = " ".join(key[:-1]) + " "
            for form in actors_mod.nisba_forms(f.country):
                for adj in (form, form + "ه"):
                    if adj != key[-1]:
                        listed = [e for e in self.matcher.lookup(stem + adj)
                                  if e.kind == "actor" and e.country == f.country]
                        if listed:
                            return listed[0]
        best = None
        fits: dict[int, bool] = {}  # per entry: an actor is named many times in a long text
        for i, j, _, kind, e in self.pending:
            if kind != "actor" or i >= f.start or e.type == "person":
                continue
            fit = fits.get(id(e))
            if fit is None:
                fit = fits[id(e)] = _shortens(key, e)
            if fit:
                best = e  # the last one named
        return best

    # -- 3. places named by news syntax
    def places(self) -> None:
        toks, n, doc = self.toks, len(self.toks), self.doc
        # a country's territory: «الأراضي اللبنانية» → Lebanon
        for i, j, prefix, e in places_mod.territory_places(toks, self.covered, actors_mod.nisba_country, doc.index):
            self.claim(i, j, prefix, "place", e)
        # a one-word name written in two: «محافظتي حضر موت والمهرة»
        for i, prefix, es in places_mod.spaced_names(
                toks, self.covered, self.matcher.lookup, self.matcher.firsts, self.doc.index):
            if any(self.covered[i:i + 2]) or not places_mod.is_locative(toks, i, prefix):
                continue
            self.claim(i, i + 2, prefix, "place", places_mod.choose(es, self.votes))
        # unlisted places after a place word: «قرية خشام», «قريتي خشام والطابية»
        new_places: dict[tuple[str, ...], Entry] = {}
        listed_at = {i: (p, e) for i, _, p, kind, e in self.pending if kind == "place" and e.country}
        # the place a name is listed after: «أحياء شعفاط وأبو ديس والعيساوية» are in one country
        before: dict[int, Entry] = {j: e for _, j, _, kind, e in self.pending if kind == "place" and e.country}
        countries = frozenset(i for i, _, _, kind, e in self.pending if kind == "place" and e.type in ("country", "admin"))
        named_here: set[int] = set()  # tokens of the names read here: «أحياء ... وجبل المكبر» is one
        for i, j, typ, prefix in places_mod.named_places(toks, self.covered, actors_mod._common(), doc.index,
                                                         countries, lambda k: doc.tok_span(k, k + 1).text):
            if not named_here.isdisjoint(range(i, j)):
                continue  # «جبل المكبر» read in a list after «أحياء» holds «المكبر» after «جبل»
            named_here.update(range(i, j))
            start = _mention_start(doc, i, prefix)
            name = doc.span(start, toks[j - 1].end).text.replace('"', "").replace("«", "").replace("»", "")
            key = tuple(normalize_text(name).split())
            e = new_places.get(key) or Entry("place", "ctx:" + " ".join(key), name, typ, None)
            if not e.id.startswith("ctx:"):  # a gazetteer place named so before («مديرية موزع»)
                self.claim(i, j, prefix, "place", e)
                continue
            e.extra["pattern"] = True
            if any(self.covered[i:j]):  # «وادي الفرات» over «الفرات»: the longer name wins
                self.pending = [p for p in self.pending if not (i <= p[0] and p[1] <= j and p[3] == "place")]
            if j < n and toks[j].text.startswith("ال"):
                isn, cc = actors_mod.nisba_country(toks[j].text)
                if isn and cc:
                    e.extra["country"] = cc  # «جزيرة ليسبوس اليونانية», «منتجع بودروم التركي»
            within = places_mod.located_in(toks, j, listed_at, self.votes)
            if within is not None and "country" not in e.extra:
                e.extra["country"] = within.country  # «ضاحية سباندو ببرلين», «بلدة ... في ريف حلب»
            prev = before.get(i) or (before.get(i - 1) if i > 0 and not toks[i - 1].is_word else None)
            if prev is not None and prefix.startswith("و") and "country" not in e.extra and \
                    (places_mod.trusted(prev, self.votes) or self.votes.get(prev.country, 0) >= 2):
                # listed after a place in a country the article names more than once
                e.extra["country"] = prev.country
            nxt = listed_at.get(j)
            if nxt is not None and toks[j].text.startswith("و") and "country" not in e.extra and \
                    (places_mod.trusted(nxt[1], self.votes) or self.votes.get(nxt[1].country, 0) >= 2):
                e.extra["country"] = nxt[1].country  # listed before one: «أحياء شعفاط وأبو ديس»
            if e.id.startswith("ctx:"):
                # «مديرية موزع»: a name the gazetteer knows after a place word only
                e = places_mod.cue_place(key, typ, e.extra.get("country"), self.votes) or e
            if e.extra.get("country") or not e.id.startswith("ctx:"):
                before[j] = Entry("place", e.id, e.name, "admin", e.extra.get("country") or e.country)  # (trusted: it was)
            new_places[key] = e
            self.claim(i, j, prefix, "place", e)
        # names coordinated with a listed town: «قرب البوكمال وحميمية»
        towns = [(i, j, e) for i, j, p, kind, e in self.pending if kind == "place"
                 and e.type in ("city", "town", "village", "district") and e.country and not e.extra.get("pattern")
                 and places_mod.is_locative(toks, i, p)]
        coordinated = {i: j for i, j, p, kind, _ in self.pending if kind == "place" and p.startswith("و")}
        for i, j, e in places_mod.coordinated_places(toks, self.covered, actors_mod._common(), towns, coordinated):
            name = doc.span(toks[i].start + 1, toks[i].end).text
            key = (normalize_text(name),)
            ne = new_places.get(key) or Entry("place", "ctx:" + key[0], name, "town", None)
            if ne.id.startswith("ctx:"):
                ne.extra["pattern"] = True
                if places_mod.trusted(e, self.votes) or self.votes.get(e.country, 0) >= 2:
                    ne.extra["country"] = e.country
                # «في المخا وذباب»: a name the gazetteer knows in this context only, in the town's country
                ne = places_mod.cue_place(key, "town", e.country, self.votes) or ne
            new_places[key] = ne
            self.claim(i, j, "و", "place", ne)
        if not new_places:
            return
        for i in positions(doc.index, {key[0] for key in new_places}):  # later bare mentions
            if self.covered[i]:
                continue
            for prefix, stem in toks[i].forms:
                hit = next(((key, e) for key, e in new_places.items() if key[0] == stem and
                            tuple(t.text for t in toks[i + 1:i + len(key)]) == key[1:]), None)
                if hit is not None:
                    self.claim(i, i + len(hit[0]), prefix, "place", hit[1])
                    break

    # -- 4. entities with their mentions, in text order
    def _link_short_orgs(self) -> None:
        """An organisation found by syntax in a short form before its full name («وزارة
        الصحة» ... «وزارة الصحة العراقية») is the one actor the full name names, when only
        one later actor's name starts with the short form. (A short form after the full
        name is linked by :meth:`_known`.)"""
        short = {}
        for i, j, _, kind, e in self.pending:
            if kind == "actor" and e.extra.get("pattern") and e.type != "person" and e.id not in short:
                key = name_key(e.name)
                if len(key) >= 2:
                    short[e.id] = (i, key)
        if not short:
            return
        firsts: dict[str, tuple[int, Entry]] = {}  # every other actor: where it is first named
        for i, j, _, kind, e in self.pending:
            if kind == "actor" and e.type != "person" and (e.id not in firsts or i < firsts[e.id][0]):
                firsts[e.id] = (i, e)
        remap = {}
        for sid, (first, key) in short.items():
            longer = {}
            for oid, (i, e) in firsts.items():
                if oid == sid or i <= first or oid in longer:
                    continue
                if any(len(k) > len(key) and k[:len(key)] == key and (not e.extra.get("pattern") or all(
                        actors_mod.nisba_country(w)[0] or w in ("الرسمي", "الرسميه") for w in k[len(key):]))
                       for k in map(name_key, (e.name, *e.aliases))):
                    longer[oid] = e  # a listed name, or the short form and a nisba
            if len(longer) == 1:
                remap[sid] = next(iter(longer.values()))
        if remap:
            self.pending = [(i, j, p, kind, remap.get(e.id, e) if kind == "actor" else e)
                            for i, j, p, kind, e in self.pending]

    def _context_referents(self) -> None:
        """«مقاتلات التحالف» with no coalition named before, in news from Yemen: the actor the
        article's main country means by a bare head (``org_patterns.yaml``: context_referents)."""
        table = _context_table()
        doc, toks, n = self.doc, self.toks, len(self.toks)
        at = positions(doc.index, table.keys())
        if not at or not self.votes:
            return
        cc, votes = self.votes.most_common(1)[0]
        if votes < 2:
            return
        for i in at:
            t = toks[i]
            if self.covered[i] or not t.is_word:
                continue
            head = next((st for p, st in t.forms if st in table and p in ("", "و", "ل", "ب", "لل", "ول", "وب")), None)
            name = table.get(head, {}).get(cc) if head else None
            if name is None:
                continue
            if i + 1 < n and toks[i + 1].text.startswith("ال"):
                continue  # «النظام المالي», «التحالف الحاكم»
            e = next((e for e in self.matcher.lookup(name) if e.kind == "actor"), None)
            if e is None:
                continue
            prefix = next(p for p, st in t.forms if st == head)
            if e.id not in doc.actors:
                doc.actors[e.id] = _actor_from(e)
            _add_mention(doc, i, i + 1, prefix, "actor", e.id)
            self.covered[i] = True

    def entities(self) -> None:
        doc = self.doc
        self._link_short_orgs()
        self.pending.sort(key=lambda p: p[0])
        fallback = _clear_leader(self.geo_votes)
        for i, j, prefix, kind, e in self.pending:
            if kind == "actor":
                if e.id not in doc.actors:
                    doc.actors[e.id] = _actor_from(e) if not e.extra.get("pattern") else Actor(
                        name=e.name, type=e.type, country=e.country, id=e.id, source="pattern")
            elif e.id not in doc.places:
                p = _place_from(e)
                if e.extra.get("pattern"):
                    p.source = "context"
                    p.country = e.extra.get("country") or fallback
                doc.places[e.id] = p
            _add_mention(doc, i, j, prefix, kind, e.id)
            for k in range(i, j):
                self.covered[k] = True
        _resolve_short_forms(doc, self.covered, self.soft)
        resolve_roles(doc, self.covered, _add_mention, self.user_entries)
        self._context_referents()
        doc.mentions.sort(key=lambda m: m.tok_start)
        for m in doc.mentions:
            ent = doc.actors[m.key] if m.kind == "actor" else doc.places[m.key]
            ent.mentions.append(doc.span(m.start, m.end))


@lru_cache(maxsize=None)
def _context_table() -> dict[str, dict[str, str]]:
    from .lexicon import load_data

    data = (load_data("org_patterns.yaml") or {}).get("context_referents") or {}
    return {normalize_text(k): dict(v) for k, v in data.items()}


def recognise(doc: Doc, user_entries: Sequence[Entry] = ()) -> None:
    """Find actor and place mentions in ``doc`` and fill doc.actors / doc.places / doc.mentions."""
    r = _Reading(doc)
    r.lexicon(user_entries)
    r.patterns()
    r.places()
    r.entities()


def _clear_leader(votes: Counter) -> str | None:
    """The country an unlisted place with no country of its own is given: the one the
    article's place and state names (``geo_votes``) name at least twice and half as often again
    as any other, else none. The country the article names most with its people is no evidence
    («ضاحية بوبيني» in news about Iraqis in France, «مطار شانغي» in news about a US president
    in Singapore): no country is better than a wrong one."""
    top = votes.most_common(2)
    if not top or top[0][1] < 2 or len(top) > 1 and 2 * top[0][1] < 3 * top[1][1]:
        return None
    return top[0][0]


@lru_cache(maxsize=8192)
def _referring_forms(name: str, said: str, person: bool) -> frozenset[str]:
    """The short forms that may refer back to an actor named ``name`` and mentioned as
    ``said``: its head noun («الوزارة»), and a person's surname."""
    forms: set[str] = set()
    for nm in {name, said}:
        forms |= actors_mod.referring_heads(nm)
        if person:
            s = actors_mod.surname(nm)
            if s:
                forms.add(s)
    return frozenset(forms)


def _resolve_short_forms(doc: Doc, covered: list[bool], soft: list[bool]) -> None:
    """«الوزارة», «التحالف», «ديلون» → the last actor named with that head or surname. A
    surname wins over a place read with no place context («سوكولوف»)."""
    toks = doc.tokens
    by_start = sorted((m for m in doc.mentions if m.kind == "actor"), key=lambda m: m.tok_start)
    refs: list[tuple[int, str, str]] = []  # (token index where it becomes available, form, key)
    text = doc.text
    for m in by_start:
        a = doc.actors[m.key]
        # the mention's normalised text: normalisation is per character, so its name key is
        # that of the original span
        said = text[toks[m.tok_start].start:toks[m.tok_end - 1].end]
        for f in _referring_forms(a.name, said, a.type == "person"):
            refs.append((m.tok_end, f, m.key))
    if not refs:
        return
    by_form: dict[str, list[tuple[int, str]]] = {}
    for avail, form, key in sorted(refs):
        by_form.setdefault(form, []).append((avail, key))
    for i in positions(doc.index, by_form.keys()):
        t = toks[i]
        if (covered[i] and not soft[i]) or not t.is_word:
            continue
        for prefix, stem in t.forms:
            hit = None
            for avail, key in by_form.get(stem, ()):
                if avail > i:
                    break
                hit = key  # keep the latest
            if hit and covered[i]:
                if doc.actors[hit].type != "person":
                    break
                place = [m for m in doc.mentions if m.kind == "place" and m.tok_start == i and m.tok_end == i + 1]
                if not place:
                    break
                doc.mentions.remove(place[0])
                if not any(m.key == place[0].key for m in doc.mentions):
                    doc.places.pop(place[0].key, None)
            if hit:
                _add_mention(doc, i, i + 1, prefix, "actor", hit)
                covered[i] = True
                break


def parse(text: str, source: str | None = None, lexicons: Sequence[Entry] = ()) -> Article:
    """Extract actors, places, casualty figures and attributions from one article."""
    doc = make_doc(text)
    recognise(doc, lexicons)
    from . import attributions as attr_mod, casualties as cas_mod  # loaded with the first article

    attributions = attr_mod.extract(doc)
    casualties = cas_mod.extract(doc, attributions)
    title = text.strip().split("\n", 1)[0].strip() if text.strip() else None
    return Article(
        text=text, source=source, title=title, sentences=len(doc.sentences),
        actors=list(doc.actors.values()), places=list(doc.places.values()),
        casualties=casualties, attributions=attributions,
    )
