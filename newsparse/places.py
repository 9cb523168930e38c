"""Places: whether a name is used as a location, unlisted names after place words, and
which of several same-named places is meant.

Data: ``data/place_cues.yaml`` (locative words, place words that introduce a name,
first words of compound names); the gazetteer itself is loaded by ``gazetteer``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .actors import _FUNCTION, _accusative, _common_table, _given_names, _imperfect, _imperfect_shaped, _name_word, \
    nisba_country
from .attributions import speech_verb_forms
from .gazetteer import Entry, Matcher, cue_places, derived, name_key, place_entries
from .lexicon import load_data
from .reader import Token, indexed_words, normalize_text, positions

_TYPE_RANK = {"country": 0, "admin": 1, "water": 1, "region": 2, "city": 3, "landform": 3,
              "town": 4, "district": 5, "facility": 5, "village": 6, "other": 7}


@lru_cache(maxsize=None)
def _cues():
    data = load_data("place_cues.yaml") or {}
    loc = Matcher()
    for w in data.get("locative") or []:
        loc.add(w, Entry("cue", w, w, "locative"))
    locative_last = {name_key(w)[-1] for w in data.get("locative") or []}
    named_by = {normalize_text(k): v for k, v in (data.get("named_by") or {}).items()}
    compound = {normalize_text(w) for w in data.get("compound_first") or []}
    return locative_last, named_by, compound


@lru_cache(maxsize=None)
def _cue_words(key: str) -> frozenset[str]:
    """A word list of place_cues.yaml, normalised: ``with_head`` (place words that belong to
    the name they introduce, «جزيرة ليسبوس»), ``between_route`` (borders, routes and travel
    before «بين»), ``verbal_nouns`` (place words that are mostly verbal nouns, «قضاء», and
    introduce no unlisted name), ``plural`` (place words introducing a list of names,
    «بلدات ببيلا وبيت سحم ويلدا»), ``described_by`` (place words an adjective often follows,
    «حي سكني»)."""
    return frozenset(normalize_text(w) for w in (load_data("place_cues.yaml") or {}).get(key) or [])


_BETWEEN = normalize_text("بين")
# the second word of a two-word nisba: «الكورية الجنوبية», «السودانية الجنوبية»
_SIDES = frozenset(normalize_text(w) for w in ("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الوسطى",
                                               "الجنوبي", "الشمالي", "الشرقي", "الغربي"))


def noble_titles() -> frozenset[str]:
    """Titles of nobility that a place's name completes («أميرة ويلز», «دوق إدنبرة»)."""
    return _cue_words("noble_titles")


_WEAK = frozenset(normalize_text(w) for w in ("في", "من", "الى", "إلى", "نحو", "حول", "عند", "داخل", "خارج", "مركز"))


def is_locative(tokens: list[Token], i: int, prefix: str, strong: bool = False, hashtag: bool = False) -> bool:
    """Whether the name starting at token ``i`` (with clitic ``prefix``) is used as a place:
    attached ب («بدير الزور»), or a locative word or place noun just before it. ``strong``
    leaves out «في», «من» and the like, which precede every kind of noun («في إطار»); with
    ``hashtag`` the word before a «#» counts («مدينة #دوما»)."""
    if "ب" in prefix and not (strong and tokens[i].text.startswith(prefix + "ال")):
        return True  # (a frequent definite noun after ب, «بالعبور», needs more: «في», «مدينة»)
    if hashtag and i >= 2 and tokens[i - 1].text == "#":
        i -= 1  # a hashtag's «#» stands between: «في محافظة #حجة», «مدينة #دوما»
    if i == 0:
        return False
    locative_last, named_by, _ = _cues()
    prev = tokens[i - 1]
    if i >= 2 and _nisba(prev.text):  # «العاصمة الليبية طرابلس»
        prev = tokens[i - 2]
    elif i >= 3 and prev.text in _SIDES and tokens[i - 2].text.startswith("ال") and \
            tokens[i - 2].text.endswith(("يه", "ي")):
        prev = tokens[i - 3]  # «العاصمة الكورية الجنوبية سيول» (a nisba of either Korea)
    elif i >= 2 and prev.text == "مع" and tokens[i - 2].stems[-1] in _BORDER:
        return True  # «بالقرب من الحدود مع مصر»
    elif i >= 2 and _BETWEEN in prev.stems and not prefix:
        route = _cue_words("between_route")  # «الحدود بين الهند وباكستان», «الرحلات الجوية بين القاهرة وموسكو»
        return any(not route.isdisjoint(tokens[k].stems) for k in range(max(0, i - 4), i - 1))
    return any((s in locative_last and not (strong and s in _WEAK)) or s in named_by for s in prev.stems)


def after_given_name(tokens: list[Token], i: int, covered: list[bool]) -> bool:
    """Whether the word before token ``i`` is a given name that a place's name completes as
    a surname («واعتقلت القوات محمد الخليل», «وأصيب أحمد حلب»): a free given name of
    ``given_names.yaml`` that is no function word («علي» is also «على»: «غارات على حلب») and
    does not end a chain of fathers' names («محمد بن سلمان الرياض»)."""
    if i == 0 or covered[i - 1]:
        return False
    prev = tokens[i - 1].text
    if prev not in _given_names() or prev in _FUNCTION:
        return False
    return not (i >= 2 and tokens[i - 2].text in _SON_OF)


_SON_OF = frozenset(normalize_text(w) for w in ("بن", "ابن", "بنت"))


def speaks(tokens: list[Token], i: int, j: int, prefix: str, e: Entry) -> bool:
    """Whether a populated place's name at tokens ``i:j`` is the subject of a verb of saying
    just before it («وأضاف بونو»: a person named like Puno, Peru). A great
    city speaks for its government («زعم كابول أن»), and a name the verb takes as its object
    is followed by the predicate («يعتبر القدس الشرقية جزءا من»): both stay places."""
    if i == 0 or prefix or e.type not in ("city", "town", "village", "district") or e.population >= 500000:
        return False
    if speech_verb_forms().isdisjoint(tokens[i - 1].stems):
        return False
    return not (j < len(tokens) and _accusative(tokens[j].text))


def located_in(tokens: list[Token], j: int, listed_at: dict[int, tuple[str, Entry]],
               votes: Counter) -> Entry | None:
    """The listed place that an unlisted name ending at token ``j`` lies in, when it follows
    at once with place context: «ضاحية سباندو ببرلين», «ضاحية فيلبنت في باريس», «قرية ...
    شمال حلب». ``listed_at`` maps the first token of each listed place mention to its clitic
    prefix and entry. The place must be a country, a province, a great city or in a country
    the article names more than half as often as its most named one (``votes``): «بلدة دابشي
    بولاية يوبي» in an article about Nigeria is not in Japan because Ube is a city there."""
    for k in (j, j + 1):
        hit = listed_at.get(k)
        if hit is not None and (k == j and "ب" in hit[0] or k > j and is_locative(tokens, k, hit[0])):
            return hit[1] if trusted(hit[1], votes) else None
    return None


_CUE_TYPES = frozenset(("village", "town", "city", "district", "admin", "region"))


def cue_place(key: tuple[str, ...], typ: str, country: str | None, votes: Counter) -> Entry | None:
    """The gazetteer place an unlisted name read after a place word is, when its name is one
    the gazetteer keeps for that context only (``cue_places``: «مديرية موزع», «منطقة ذباب»):
    a populated place in the country the context gives the name (``country``) or, without
    one, in the country the article names most. Such names are ordinary words elsewhere, so
    a place of another country is not meant («منطقة القصور الأموية» in Jerusalem is not a
    town of Tunisia)."""
    if typ not in _CUE_TYPES:
        return None
    entries = cue_places().get(" ".join(key))
    if not entries:
        return None
    if country is None and votes:
        country = votes.most_common(1)[0][0]
    fit = [e for e in entries if e.country and e.country == country]
    return choose(fit, votes) if fit else None


def trusted(e: Entry, votes: Counter) -> bool:
    """Whether a listed place's country may be given to an unlisted place beside it: it is a
    country, a province, a city of a million, or in a country the article names more than
    half as often as its most named one."""
    top = max(votes.values(), default=0)
    return e.type in ("country", "admin") or e.population >= 1000000 or 2 * votes.get(e.country, 0) > top


def is_place_word(tok: Token) -> bool:
    """Whether a token is a place word that introduces names («مدينة», «قرى», «بلدات»)."""
    return not _cues()[1].keys().isdisjoint(tok.stems)


def _nisba(word: str) -> bool:
    return nisba_country(word)[0]


_BORDER = frozenset(normalize_text(w) for w in ("الحدود", "حدود", "حدودها", "حدوده", "الحدودي", "الحدودية",
                                                 "المشتركة", "الحدود المشتركة"))


@lru_cache(maxsize=None)
def place_words() -> dict[str, str]:
    """One-word place names that are mostly ordinary words: name → "word" (needs a
    locative) or "noun" (needs a strong one). Built by scripts/build_place_stoplist.py."""
    from importlib import resources

    text = resources.files("newsparse.data").joinpath("place_words.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            w, _, tier = line.partition("\t")
            out[w] = tier or "word"
    return out


def needs_context(stem: str) -> str | None:
    """"word", "noun" or None: how much place context a one-word name needs."""
    return place_words().get(stem)


_TOWNS = frozenset(("city", "town"))


def city_after_preposition(stem: str, entries: list[Entry]) -> bool:
    """Whether a one-word name that ``place_words.txt`` puts in the "noun" tier (a place only
    after a strong cue) is still a place after any locative, «في» and «إلى» included: a city
    or town of 20,000 people or more whose name is no frequent word of news, given name or
    noun with the article («إلى جرابلس», «في ميونيخ»; not «في الطبقة السياسية»). A
    city of half a million may be a frequent word of five letters or more as long as it is
    no noun («من أتلانتا»). News names such cities mostly without «مدينة»: «مؤتمر ميونيخ» kept them
    off the strong-cue statistics that built the list."""
    pop = max((e.population for e in entries if e.type in _TOWNS), default=0)
    if pop < 20000:
        return False
    common = _common_table()
    if stem in _given_names():
        return False
    if stem not in common and (stem[2:] if stem.startswith("ال") else "ال" + stem) not in common:
        return True
    return pop >= 500_000 and len(stem) >= 5 and not common.get(stem)  # («تي في وان»: TV One)


@lru_cache(maxsize=65536)
def reads_as_clitic_word(stem: str) -> bool:
    """Whether a one-word place name also reads as ب, ل or ك before a frequent word of news
    («بحركة» is Bahrka in Iraq and «بحركة»; «لأي» a town in Chad and «لأي»; «بعقوبة» Baqubah
    and «بعقوبة»): such a name needs place context, like the words of ``place_words.txt``."""
    return len(stem) >= 3 and stem[0] in "بلك" and stem[1:] in _common_table()


_CLITIC_CHECKED = frozenset(("city", "town", "village", "district"))


def weak_clitic_reading(tokens: list[Token], i: int, prefix: str, e: Entry, votes: Counter,
                        coordinated: bool) -> bool:
    """Whether a populated place's one-word name read with a clitic prefix at token ``i`` is
    more likely a word or a person's name: «كريم» is not ك + «ريم» (Rome), «لجأوا» not ل +
    Java, «بلال» not ب + La'l, «كاسن» not ك + Essen. Such a reading is kept when the
    article names the place's country at least twice (this match included: «بصرواح» in
    an article about Yemen), when a place word or a strong locative precedes the token
    («مدينة بحيرة»), when a name read with «و» goes on a list of places
    (``coordinated``: «طهران وشيراز») or ends «بين X وY», and for a city of half a million
    unless its token is a given name or a frequent word that its name is not («كريم»;
    «للقدس» is frequent, and so is «القدس»)."""
    if not prefix or e.type not in _CLITIC_CHECKED or e.id.startswith("cur:"):
        return False
    if votes.get(e.country, 0) >= 2 and not is_plain_noun(tokens[i].text):
        return False  # (a frequent noun, «بلاد الشام», is no ب + Lod however often Israel is named)
    if prefix == "و" and (coordinated or i >= 2 and _BETWEEN in tokens[i - 2].stems):
        return False
    if e.population >= 500_000:
        word = tokens[i].text
        common = _common_table()
        if word not in _given_names() and (word not in common or dict(tokens[i].forms).get(prefix) in common):
            return False
    return not is_locative(tokens, i, "", strong=True)


@lru_cache(maxsize=None)
def _word_readings(section: str = "word_readings") -> dict[str, tuple[frozenset[str], ...]]:
    """place_cues.yaml ``word_readings`` (or ``phrase_readings``): normalised name → (before,
    after, near, place_before) words, with the ``$class`` lists of ``word_classes`` written
    out."""
    data = load_data("place_cues.yaml") or {}
    classes = {k: v or [] for k, v in (data.get("word_classes") or {}).items()}

    def words(name: str, key: str, entry: dict) -> frozenset[str]:
        out = set()
        for w in entry.get(key) or []:
            if w.startswith("$"):
                if w[1:] not in classes:
                    raise ValueError(f"place_cues.yaml: word_readings.{name}.{key}: no word class {w[1:]!r}")
                out.update(map(normalize_text, classes[w[1:]]))
            else:
                out.add(normalize_text(w))
        return frozenset(out)

    out = {}
    for name, entry in (data.get(section) or {}).items():
        entry = entry or {}
        out[normalize_text(name)] = (words(name, "before", entry), words(name, "after", entry),
                                     words(name, "near", entry), words(name, "place_before", entry))
    return out


@lru_cache(maxsize=None)
def word_reading_names() -> frozenset[str]:
    """The place names that are also ordinary words (place_cues.yaml ``word_readings``)."""
    return frozenset(_word_readings())


_NEAR = 8  # words either side in which ``near`` words show the ordinary word


def phrase_reading(tokens: list[Token], i: int, j: int, stem: str) -> bool:
    """Whether a one-word place name of ``phrase_readings`` (place_cues.yaml) at tokens
    ``i:j`` begins a phrase of the ordinary word: «للنيل من سمعته» (to undermine), not the
    Nile; «مياه النيل من منابعه» stays the river."""
    readings = _word_readings("phrase_readings")
    return stem in readings and ordinary_reading(tokens, i, j, stem, readings)


def ordinary_reading(tokens: list[Token], i: int, j: int, stem: str, readings=None) -> bool:
    """Whether the words beside a name of ``word_readings`` at tokens ``i:j`` show the
    ordinary word: «كان دوما» (always), «درعا واقيا» (a shield), «أمطار غزيرة أدت إلى سيول»
    (torrents). A word of ``place_before`` just before the name keeps the place: «مياه النيل
    من منابعه» is the river, «النيل من سمعته» (to undermine) is not."""
    got = (readings or _word_readings()).get(stem)
    if got is None:
        return False  # the token has such a name among its readings, but another was matched
    before, after, near, place_before = got
    if place_before and i > 0 and not place_before.isdisjoint(tokens[i - 1].stems):
        return False
    if before and i > 0 and not before.isdisjoint(tokens[i - 1].stems):
        return True
    if after and j < len(tokens) and tokens[j].text in after:  # (as written: «دوما وما يحيط بها»)
        return True
    if near:
        for k in range(max(0, i - _NEAR), min(len(tokens), j + _NEAR)):
            if (k < i or k >= j) and not near.isdisjoint(tokens[k].stems):
                return True
    return False


def place_follows(tokens: list[Token], j: int, place_starts, e: Entry) -> bool:
    """Whether a place follows a name ending at token ``j`` and shows that it is one: another
    place or a place word with «و» («درعا والقنيطرة», «دوما وبلدات»), a locative and a place («دوما قرب دمشق», «دوما في
    الغوطة الشرقية») or the nisba of the place's country («دوما السورية»). ``place_starts``
    holds the first tokens of the names read as places."""
    n = len(tokens)
    if j >= n:
        return False
    k = j + 1 if not tokens[j].is_word and j + 1 < n and tokens[j].text in ("،", ",") else j
    while k < min(n, j + 4) and tokens[k].text.startswith("و"):
        if k in place_starts or is_place_word(tokens[k]):
            return True  # «درعا والقنيطرة», «دوما وزملكا وبلدات أخرى في الغوطة»
        k += 1
    nxt = tokens[j].text
    if nxt.startswith("ال") and e.country and nisba_country(nxt)[1] == e.country:
        return True
    locative_last = _cues()[0]
    return j + 1 in place_starts and not locative_last.isdisjoint(tokens[j].stems)


def pronoun_reading(tokens: list[Token], i: int, written: str, e: Entry) -> bool | None:
    """Whether a one-word place name written with a final «ه» where the place's name ends
    in «ة» reads as a noun with the pronoun «ه»: True when the word without it is a frequent
    word («في حواره», «على متنه») or a noun with the same pronoun stands beside it with «و»
    or «أو» («من جده ووالده», «لونه أو عرقه»); None when the reading is open («منزل جده»:
    the caller asks for place context); False when the spelling is the place's own."""
    if not written.endswith("ه") or not e.name.endswith("ة"):
        return False
    word = tokens[i].text
    table = _common_table()
    if word[:-1] in table:
        return True
    n = len(tokens)
    for k, step in ((i + 1, 1), (i - 1, -1)):
        if not 0 <= k < n:
            continue
        t = tokens[k].text
        if t in _OR and 0 <= k + step < n:
            t = tokens[k + step].text
        elif t.startswith("و"):
            t = t[1:]
        else:
            continue
        if len(t) >= 4 and t.endswith("ه") and (t[:-1] in table or t[:-2] + "ه" in table):
            return True  # «ووالده», «أو دينه», «ديانته» (ديانة)
    return None


_OR = frozenset(normalize_text(w) for w in ("أو", "و"))


@lru_cache(maxsize=None)
def stop_words(key: str) -> frozenset[str]:
    """A word list of gazetteer_stop.yaml, normalised: ``first_words`` (function words that
    begin no place's name, «غير», «بين»), ``context_first`` (words that begin some places'
    names but are mostly particles or given names: «إن صالح», «علي الغربي»)."""
    return frozenset(normalize_text(w) for w in (load_data("gazetteer_stop.yaml") or {}).get(key) or [])


def hamza_clitic(written: str, prefix: str, e: Entry) -> bool:
    """Whether a one-word name read after the clitic ``prefix`` is, as written, spelled
    otherwise than every spelling of the place of its length: a hamza inside it that they lack
    («وأرى» is و + «أرى», I see, not Warri «واري»; «بأني» is not Baní, «لجأوا» not ل + Jawa;
    «جئت» I came, not Jit «جيت»; «فوجئ» was surprised, not Fuji), or a final «ة» where they end
    in «ه» («دولة» a state, not «دوله» in India; «كلمة», «سدة الحكم»). A name's first alif is
    left out (GeoNames often writes it bare: «اربد» for «إربد»)."""
    w = _MARKS.sub("", written)
    w = "ال" + w[2:] if prefix == "لل" else w[len(prefix):]  # («للرقة» is ل + «الرقة»)
    spellings = (e.name, *e.aliases)
    names = [n for n in spellings if len(n) == len(w)]
    if not names:
        return False
    if w.endswith("ة") and not any(n.endswith("ة") for n in spellings):
        return True
    return any(w[k] in _SEATED and all(n[k] != w[k] for n in names) for k in range(1, len(w)))


@lru_cache(maxsize=65536)
def fused_negation(word: str) -> bool:
    """Whether a word is «لا» written together with a frequent word («لايزال», «لاتزال»,
    «لايمكن»): read with its clitic ل it may look like a place («آئزال», Aizawl)."""
    return len(word) > 4 and word.startswith("لا") and word[2:] in _common_table()


def named_places(tokens: list[Token], covered: list[bool], common: frozenset[str],
                 index: dict[str, list[int]] | None = None,
                 countries: frozenset[int] = frozenset(), written=None) -> list[tuple[int, int, str, str]]:
    """Unlisted names after a place word: «قرية خشام» → (start, end, "village"); «بين
    قريتي خشام والطابية» gives both villages, «قرى طربا والكسيب والغيضة» all three. Items
    are (start, end, type, clitic prefix). ``index`` (``Doc.index``) limits the work to the
    place words; ``countries`` holds the first tokens of listed countries and provinces,
    after which a list does not go on («مدن اليمن وحرمان المدنيين»: the cities of Yemen);
    ``written(k)`` gives token ``k`` as written in the original text (its «ة» is no pronoun «ه»)."""
    _, named_by, compound = _cues()
    described = _cue_words("described_by")
    out = []
    n = len(tokens)
    at = range(n) if index is None else positions(index, named_by.keys())
    for i in at:
        t = tokens[i]
        typ = None
        head = None
        for s in t.stems:
            if s in named_by:
                typ = named_by[s]
                head = s
                break
        if typ is None or i + 1 >= n:
            continue
        j = i + 1
        if written and _other_hamza(written(i), head):
            continue  # «وأدى» is not «وادي», «إحياء» not «أحياء»: a hamza the place word has not
        if "و" in next((p for p, st in t.forms if st == head), "") and i > 0 and tokens[i - 1].text in _PREPOSITIONS:
            continue  # «من وحي الخيال»: no «و» follows a preposition, the word is another («وحي»)
        dual = t.text.endswith("تي") or t.text.endswith("يي")
        names = 2 if dual else _MAX_LISTED if head in _cue_words("plural") else 1
        quoted = j + 2 < n and tokens[j].text == '"' and tokens[j + 2].text == '"'
        if quoted:
            j += 1  # «مخيم "العودة"»: a quoted name is a name, however common the word
        elif head in _cue_words("verbal_nouns") and not covered[j]:
            continue  # «لقضاء إجازة», «بعد قضاء الخلوة»: spending, not a district
        if j + 1 < n and tokens[j].text == "#" and tokens[j + 1].is_word:
            j += 1  # a hashtag: «منطقة #قهبان», «مديرية #الظاهر»
        if names == _MAX_LISTED and not quoted and not covered[j] and \
                (tokens[j].text in common or not tokens[j].is_word):
            j = _among(tokens, j)  # «بلدات في محيط درعا، بينها الطيبة والنعيمة»
        for _ in range(names):
            if j >= n or not tokens[j].is_word or tokens[j].text[0].isdigit():
                break
            if covered[j]:  # a known name: «قريتي خشام والطابية» with خشام in the gazetteer
                if j in countries:
                    break
                while j < n and covered[j]:
                    j += 1
            else:
                # a name after «و» is read with و alone («وكحيل» is not وك + «حيل»)
                prefix, first = next(((p, st) for p, st in tokens[j].forms if p == "و"), tokens[j].forms[-1]) \
                    if _ > 0 else ("", tokens[j].text)
                if first in compound and j + 1 < n and covered[j + 1] and tokens[j + 1].text.startswith("ال") \
                        and not dual and typ != "facility":
                    k = j + 1  # «منطقة وادي الفرات»: a compound's first word before a listed name
                    while k < n and covered[k] and k - j < 4:
                        k += 1
                    out.append((j, k, typ, prefix))
                    j = k
                    break
                joined = first in compound and j + 1 < n and tokens[j + 1].is_word and not covered[j + 1] \
                    and not tokens[j + 1].text[0].isdigit() and tokens[j + 1].text not in _FUNCTION
                # («بلدة بيت سوا», «قرية عين ترما»: a compound's first word may be a frequent one)
                proper = _proper_before_nisba(tokens, j, first, covered) or \
                    (_ == 0 and names == _MAX_LISTED and _listed_next(tokens, j, covered, countries))
                if not quoted and not joined and not proper and (first in common or len(first) < 3 or _is_noun(first) or
                                   first in stop_words("first_words") or  # «منطقة غير مأهولة»
                                   nisba_country(first)[0] or _imperfect(first) or
                                   (first[0] == "ت" and "ي" + first[1:] in common) or
                                   (_ == 0 and tokens[j].text.startswith("لل")) or
                                   (len(first) > 4 and _accusative(first)) or
                                   (_ == 0 and any(p for p, _s in tokens[j].forms[1:] if _s in common or _is_noun(_s))) or
                                   (_ == 0 and not dual and head in described and _adjective(first, head)) or
                                   (_ == 0 and not dual and _noun_nisba(first, head)) or
                                   _with_pronoun(first, written(j)[-1:] if written else "") or
                                   _past_verb(first, tokens[j + 1].text if j + 1 < n else "", common) or
                                   (j + 1 < n and _verb_before_preposition(first, tokens[j + 1].text)) or
                                   (_ == 0 and not quoted and tokens[j].text.startswith("وال")) or
                                   (_ == 0 and _defective_participle(first) and
                                    (head in _cue_words("plural") or j + 1 < n and tokens[j + 1].text in _OF))):
                    break  # «حي سكني», «منطقة مقيدة», «مخيم للنازحين», «قرى تخضع» describe, not name
                k = j + 1
                if first in compound and k < n and tokens[k].is_word and not covered[k]:
                    k += 1
                if head in _cue_words("with_head") and not quoted:
                    # an airport or an island named after a person: «مطار جون كنيدي», «جزيرة بيغ آيلاند»
                    while k < n and k - j < 3 and not covered[k] and tokens[k].is_word and tokens[k].text not in common \
                            and _name_word(tokens[k].text, False) and not nisba_country(tokens[k].text)[0]:
                        k += 1
                if (typ == "facility" or head in _cue_words("with_head")) and names == 1:
                    # a camp or a crossing is named with its head: «مخيم "العودة"», «معبر كسب»
                    cue_prefix = next(p for p, st in t.forms if st in named_by)
                    out.append((i, k + 1 if quoted else k, typ, cue_prefix))
                else:
                    out.append((j, k, typ, prefix))
                j = k
            if j < n and tokens[j].text.startswith("و") and tokens[j].is_word:
                continue
            if names == _MAX_LISTED and j + 1 < n and tokens[j].text in _COMMAS and \
                    tokens[j + 1].is_word and tokens[j + 1].text.startswith("و"):
                j += 1  # a list after a plural place word goes on past commas: «قرى الغرزة، والبروكية»
                continue
            break
    return out


_COMMAS = frozenset(("،", ","))
_AMONG = frozenset(normalize_text(w) for w in ("بينها", "منها", "أبرزها", "ومنها", "وبينها"))
_CLAUSE_END = frozenset((".", "؟", "!", ":", "؛", "\n"))


def _among(tokens: list[Token], j: int) -> int:
    """Where the names that a plural place word introduces begin when words describing the
    places come first, at token ``j``, and «بينها», «منها» or «أبرزها» then names them:
    «قرى في ريف حماة، بينها الفرش والعشة» (within ten tokens of the same clause); else ``j``."""
    for k in range(j, min(j + 10, len(tokens) - 1)):
        text = tokens[k].text
        if text in _CLAUSE_END:
            break
        if text in _AMONG:
            return k + 1
    return j


def _listed_next(tokens: list[Token], j: int, covered: list[bool], countries: frozenset[int]) -> bool:
    """Whether the first word after a plural place word, at token ``j``, begins a list of at
    least three names, its next two items read with «و» known places other than countries or
    words that are no frequent ones («بلدات الطيبة والنعيمة وصيدا»): the word is a name
    then, though also a frequent one («الطيبة»). It must be definite («مناطق سكنية ومدن»
    describes) and no nisba."""
    word = tokens[j].text
    if not word.startswith("ال") or len(word) < 5 or nisba_country(word)[0] or j + 2 >= len(tokens):
        return False
    table = _common_table()
    for k in (j + 1, j + 2):
        t = tokens[k].text
        if not t.startswith("و") or k in countries:
            return False
        if not covered[k] and (len(t) < 4 or t[1:] in table or
                               t.startswith("وال") and t[3:] in table or t[1:] in _FUNCTION):
            return False
    return True


@lru_cache(maxsize=None)
def _spaced_seconds() -> frozenset[str]:
    """The endings (three letters or more, after three or more) of the one-word names that
    :func:`spaced_names` may find written in two words: the shipped places of its types. A
    word that is none of them ends no such pair (nearly every word). Cached on disk with the
    name index (``gazetteer.derived``): building it takes ~50 ms of every start."""
    return indexed_words(derived("spaced-seconds", ["places.py"], _build_spaced_seconds))


def _build_spaced_seconds() -> frozenset[str]:
    out = set()
    for e in place_entries():
        if e.type in ("country", "admin", "region") or e.population >= 100000:
            for nm in (e.name, *e.aliases):
                key = name_key(nm)
                if len(key) == 1 and len(key[0]) >= 6:
                    w = key[0]
                    out.update(w[k:] for k in range(3, len(w) - 2))
    return frozenset(out)


def spaced_names(tokens: list[Token], covered: list[bool], lookup, firsts=None,
                 index: dict[str, list[int]] | None = None) -> list[tuple[int, str, list[Entry]]]:
    """Places whose one-word name is written in two words («حضر موت» for «حضرموت», «احمد اباد»
    for «أحمدآباد»): two free words of three letters or more, no function word, whose joined
    spelling the gazetteer lists (``lookup(name) -> entries``) for a country, a province, a
    region or a city of 100,000. Items are (first token, clitic prefix, place entries); the
    caller asks for place context, as for a name written in one word. ``firsts`` (the
    matcher's first words, a set) rules out at once the pairs whose joined spelling begins no
    name, nearly all of them. ``index``, the tokens' stem index (``Doc.index``), visits only
    the tokens that may be a second word."""
    out = []
    seconds = _spaced_seconds()
    # (a token's text is one of its stems: the index lists every token whose text is a second)
    at = range(1, len(tokens)) if index is None else [q for q in positions(index, seconds) if q]
    for q in at:
        i = q - 1
        a, b = tokens[i], tokens[q]
        if b.text not in seconds or covered[i] or covered[i + 1] or not a.is_word or not b.is_word \
                or b.text in _FUNCTION:
            continue
        for prefix, stem in a.forms:
            if len(stem) < 3 or stem in _FUNCTION:
                continue
            joined = stem + b.text
            if firsts is not None and joined not in firsts:
                continue
            es = [e for e in lookup(joined) if e.kind == "place" and (
                e.type in ("country", "admin", "region") or e.population >= 100000)]
            if es:
                out.append((i, prefix, es))
                break
    return out


def coordinated_places(tokens: list[Token], covered: list[bool], common: frozenset[str],
                       listed: list[tuple[int, int, Entry]],
                       places_at: dict[int, int] | None = None) -> list[tuple[int, int, Entry]]:
    """Unlisted names coordinated with a listed town read as a place: «قرب البوكمال وحميمية»,
    «في الدريهمي والمجيليس»; «مقبنة والوازعية وموزع» go on. ``listed`` holds (start, end,
    entry) of the place mentions read with place context, of populated places. Items are
    (start, end, the listed entry the name is coordinated with). A name is one word that
    is no frequent word, noun, verb, adjective, given name nor a noun with a pronoun («دمشق
    ومحيطها», «الحديدة ومينائها»), and a boundary follows it: punctuation, «و», «في», «من»
    or the end of the text («في نيويورك وترعرعت في» is a verb all the same). The list goes on
    past another place read with «و» (``places_at``: first token → end of the place mentions):
    «في مقبنة والوازعية وموزع وحوزان»."""
    out = []
    n = len(tokens)
    given = _given_names()
    places_at = places_at or {}
    for i, j, e in listed:
        while j < n and covered[j] and j in places_at and tokens[j].text.startswith("و"):
            j = places_at[j]
        while j < n and not covered[j] and tokens[j].is_word and tokens[j].text.startswith("و") \
                and len(tokens[j].text) >= 4:
            word = tokens[j].text[1:]
            nxt = tokens[j + 1] if j + 1 < n else None
            boundary = nxt is None or not nxt.is_word or nxt.text.startswith("و") or nxt.text in _AFTER_NAME
            if not boundary or _not_a_name(tokens[j].text, word, common, given):
                break
            out.append((j, j + 1, e))
            j += 1
            while j < n and covered[j] and j in places_at and tokens[j].text.startswith("و"):
                j = places_at[j]
    return out


def listed_among(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` begins the names that «بينها», «منها» or «أبرزها» gives after a
    plural place word of the same clause, within ten tokens: «تظاهرات في مدن عدة بينها طهران
    وأصفهان» (a capital among cities is a city there, not its government acting)."""
    if i < 2 or tokens[i - 1].text not in _AMONG:
        return False
    plural = _cue_words("plural")
    for k in range(i - 2, max(-1, i - 12), -1):
        tok = tokens[k]
        if tok.text in _CLAUSE_END:
            return False
        if not plural.isdisjoint(tok.stems):
            return True
    return False


_AFTER_NAME = frozenset(normalize_text(w) for w in ("في", "من", "إلى", "الى", "قرب", "شمال", "جنوب", "شرق", "غرب"))
_PRONOUNS = ("ها", "هم", "هما", "هن", "نا", "كم")


def _not_a_name(token: str, word: str, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether ``word`` (``token`` without its و) is an ordinary word of news rather than a
    place's name: a frequent word or noun, with و too («وثائق»), a function word, a given name,
    an accusative, an imperfect or a past verb («امتدت», «استنتجوا»), a nisba, an adjective,
    a place word, the dual or plural of a frequent word («الآخران») or a word with a pronoun
    suffix («ريفها»)."""
    if token in common or _is_noun(token) or word in common or _is_noun(word) or word in _FUNCTION:
        return True
    if word in given or _accusative(word) or _imperfect(word) or nisba_country(word)[0] or _adjective(word, ""):
        return True
    if word in _cues()[1] or word.endswith("وا") or (word.endswith("ت") and word[:-1] in common):
        return True
    if word.endswith("ت") and word[0] in "ات" and len(word) >= 5:
        return True  # a past verb of the derived forms: «امتدت», «ترعرعت», «انتشرت»
    if word.startswith("ال") and word.endswith(("ان", "ين", "ات")):
        stem = word[2:-2]  # a dual or plural of a frequent word: «الآخران», «المقدسات»
        if stem in common or stem + "ه" in common or _is_noun(stem):
            return True
    return any(word.endswith(p) and len(word) - len(p) >= 3 for p in _PRONOUNS)


_HAMZA = frozenset("أإآ")
_SEATED = frozenset("أإآئؤ")  # a hamza on its seat, which normalisation writes as ا, ي or و
_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")


@lru_cache(maxsize=None)
def _cue_spellings() -> dict[str, tuple[str, ...]]:
    """Place words as place_cues.yaml spells them (named_by), by normalised form."""
    out: dict[str, list[str]] = {}
    for w in (load_data("place_cues.yaml") or {}).get("named_by") or {}:
        out.setdefault(normalize_text(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _other_hamza(word: str, head: str) -> bool:
    """Whether a place word as written carries a hamza on alif that its own spelling has not:
    then it is another word normalised alike («وأدى» → «وادي», «إحياء» → «أحياء»). A place
    word written without its hamza («احياء», «اقليم») stays one."""
    word = _MARKS.sub("", word)
    if _HAMZA.isdisjoint(word):
        return False
    return not any(word.endswith(sp) for sp in _cue_spellings().get(head, ()))


_PREPOSITIONS = frozenset(normalize_text(w) for w in ("من", "في", "إلى", "على", "عن", "مع"))
_OF = frozenset(normalize_text(w) for w in ("من", "عن"))


def _defective_participle(word: str) -> bool:
    """Whether an indefinite word has the shape of a feminine active participle of a verb
    whose last root letter is weak (فاعية: «خالية», «راقية», «نائية», «عالية»): after a
    plural place word, or before «من»/«عن», it is an adjective («منطقة خالية من السلاح»,
    «أحياء راقية»), not a name («منطقة قانية»)."""
    return len(word) == 5 and word[1] == "ا" and word.endswith("يه") and not word.startswith("ال")


_RESUMPTIVE = frozenset(normalize_text(w) for w in ("فيها", "فيه", "بها", "به", "منها", "منه", "إليها", "إليه",
                                                     "عليها", "عليه", "لها", "له", "عنها", "عنه"))


def _past_verb(word: str, nxt: str, common: frozenset[str]) -> bool:
    """Whether an indefinite word after a place word is a past verb in «ت» that begins a
    relative clause, not a name: «مدينة ولدت فيها» (its stem «ولد» is a frequent word), «قرية
    نزحت منها» (a preposition with the pronoun that refers back to the place follows)."""
    if len(word) < 4 or not word.endswith("ت") or word.startswith("ال"):
        return False
    return word[:-1] in common or nxt in _RESUMPTIVE


_BOUND_PREPOSITIONS = frozenset(normalize_text(w) for w in ("على", "إلى", "الى", "عن", "مع", "منذ", "حتى"))
_DIRECTIONS = frozenset(normalize_text(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي",
                                                    "غربي", "قرب"))


def _verb_before_preposition(word: str, nxt: str) -> bool:
    """Whether an indefinite word after a place word has the shape of a verb that begins a
    relative clause, its preposition following: an imperfect of three root letters or of the
    patterns تفاعل, تفتعل («منطقة تمتد لنحو 400 كيلومتر», «بمنطقة تشتهر بأمطارها») or a past
    of a hollow verb in «ت» («منطقة عاشت على وقع الحرب»). A name has a vowel letter more
    («تراب», «تريب», «تربو»), and the preposition must be «على», «إلى», «عن», «مع» or ب/ل
    before an indefinite word that is no place word nor direction («بلدة تكلخ بمحافظة حمص»
    and «قرية تبشع في» stay names)."""
    if len(word) < 4 or word.startswith("ال"):
        return False
    if nxt not in _BOUND_PREPOSITIONS:
        rest = nxt[1:]
        if nxt[:1] not in ("ب", "ل") or len(rest) < 3 or rest.startswith("ال") or nxt.startswith("لل") or \
                rest in _cues()[1] or rest in _DIRECTIONS:
            return False
    if word[0] == "ت":
        if _imperfect_shaped(word):
            return True
        return len(word) == 5 and word[2] in "تطد" and not any(c in "اوي" for c in word[1:])
    return len(word) == 4 and word[1] == "ا" and word.endswith("ت") and word[2] not in "اوي" and \
        word not in _given_names()


_POSSESSIVE = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي")


def _with_pronoun(word: str, last: str = "") -> bool:
    """Whether an indefinite word is a frequent word or verb with a pronoun suffix, which no
    place's name is: after a place word that is also an ordinary noun it is that noun's
    object («لقضاء عقوبته», «قضاء وقتي», «إحياء آماله»), or a clause begins («قرى طالها
    الخراب», «آخر مدينة غادرها»). A definite word takes no pronoun («حي العباسي»), and
    ``last``, the word's last letter as written, tells «ة» from «ه» («قرية عيدة»)."""
    if word.startswith("ال") or last == "ة":
        return False
    if len(word) >= 6 and word[0] == "ي" and word.endswith(("ها", "هم", "هما", "هن")):
        return True  # an imperfect with its object: «منطقة يرتادها السائحون»
    table = _common_table()
    for p in _POSSESSIVE:
        stem = word[:-len(p)]
        if not word.endswith(p) or len(stem) < 3:
            continue
        if stem in table or (stem.endswith("ت") and stem[:-1] + "ه" in table) or \
                (p != "ي" and (_imperfect(stem) or stem[:-1] in table and stem.endswith("ت"))):
            return True
    return False


def _proper_before_nisba(tokens: list[Token], j: int, word: str, covered: list[bool]) -> bool:
    """Whether an indefinite word is a proper name because a definite country nisba agrees
    with it: «منتجع كاس التركي» (a common noun would take the article, «الكأس التركية», or
    an indefinite adjective, «مخيم لاجئين فلسطينيين»)."""
    if j + 1 >= len(tokens) or covered[j + 1] or any(st.startswith("ال") for st in tokens[j].stems) \
            or tokens[j].text.startswith("لل"):
        return False  # definite already: «مخيم للاجئين الفلسطينيين»
    nxt = tokens[j + 1].text
    return nxt.startswith("ال") and nisba_country(nxt)[0]


_MAX_LISTED = 8  # names a plural place word introduces at most («قرى طربا والكسيب والغيضة»)


def _adjective(word: str, head: str) -> bool:
    """Whether an indefinite word unknown to the gazetteer has the shape of an adjective:
    a nisba whose feminine or stem is an ordinary word («سكني», «استيطاني»), a participle whose
    feminine is one («مشتعل»), or a participle agreeing with a feminine head («منطقة مقيدة»,
    «منطقة محاصرة»). Foreign names end in ي too
    («جنوى», «مراوي»): the stem must be a word of news."""
    if word.startswith("ال"):
        return False
    if word.endswith("ي") and word + "ه" in _common_table():
        return True  # «سكني»: its feminine «سكنية» is a frequent adjective
    if word.startswith("م") and word + "ه" in _common_table():
        return True  # «إقليم مشتعل»: a participle whose feminine «مشتعلة» is a frequent word
    if _MASDAR_NISBA.match(word):
        return True  # «حي استيطاني», «مخيم انتقالي»: a nisba of a verbal noun (استفعال، افتعال، انفعال)
    for end in ("يه", "ي"):
        if word.endswith(end) and len(word) - len(end) >= 2:
            stem = word[:-len(end)]
            if stem in _common_table() or stem + "ه" in _common_table():
                return True
    # (the plural of things agrees in the feminine: «قرى مهدمة», «بلدات محصنة»)
    feminine = head.endswith("ه") or head in _cue_words("plural")
    return feminine and word.startswith("م") and word.endswith("ه") and 5 <= len(word) <= 6


def _noun_nisba(word: str, head: str) -> bool:
    """Whether an indefinite word after a singular feminine place word is the feminine nisba
    of a frequent noun agreeing with it: «قرية ريفية» (← «ريف»), not a name («بلدة أنصارية»:
    «أنصار» is no plain noun)."""
    return head.endswith("ه") and len(word) >= 5 and word.endswith("يه") and not word.startswith("ال") \
        and bool(_common_table().get(word[:-2]))


_MASDAR_NISBA = re.compile(r"^(?:است..ا.|ا.ت.ا.|ان..ا.)يه?$")


def is_plain_noun(word: str) -> bool:
    """A frequent noun of news as written, with no clitic («مصادر», «إعلام»)."""
    return bool(_common_table().get(word))


def _is_noun(word: str) -> bool:
    """A common noun or adjective of news (it takes the article), with or without it."""
    table = _common_table()
    return bool(table.get(word) or (word.startswith("ال") and table.get(word[2:])))


def choose(entries: list[Entry], votes: Counter) -> Entry:
    """The most likely of several places with the same name: the country most named in the
    article, then the more important type, then population. A country's name is the country,
    and a great city outweighs small towns of the same name («لبنان», «باريس» are not
    towns of Ohio or Texas because the article names the United States)."""
    if len(entries) > 1 and any(e.type == "country" for e in entries):
        # small towns named after a country are not it («لبنان» in Ohio); a capital stays («عمان»)
        entries = [e for e in entries if e.type == "country" or e.population >= 500000 or e.id.startswith("cur:")]
    best = min(entries, key=lambda e: (-votes.get(e.country, 0), _TYPE_RANK.get(e.type, 7),
                                       not e.id.startswith("cur:"), -e.population))
    if len(entries) > 1 and best.type != "country":
        # a city of a million twenty times the size of the chosen place, in a country the
        # article names too, is meant («موسكو» is Moscow, not Mesquite in Texas, in news that
        # names the United States most and Russia too)
        big = max(entries, key=lambda e: e.population)
        if big is not best and big.type == "city" and big.population >= 1000000 and \
                big.population >= 20 * best.population and votes.get(big.country, 0) > 0:
            return big
    if best.type in ("town", "village") and best.population < 50000 and len(entries) > 1:
        big = max(entries, key=lambda e: e.population)
        # (a village of unknown size in a country the article names stays: «الجيزة» near Daraa)
        # (so does a city of 200,000 five times its size when the small place is not in the
        # country the article names most: «جنيف» is Geneva, not Geneva, Illinois, in news
        # about Yemen that names the United States; «القنيطرة» in news about Syria stays)
        # (and so is a city of 200,000 twenty times its size in a country the article names
        # too: «داعش في الرقة» in news about the Emirates that names Syria is Raqqa, not a
        # village of Dubai)
        top = votes.most_common(1)[0][0] if votes else None
        great = big.population >= 1000000 or (big.population >= 200000 and big.population >= 5 * best.population
                                              and (best.country != top or big.population >= 20 * best.population
                                                   and votes.get(big.country, 0) > 0))
        if big.type == "city" and great and (best.population > 0 or votes.get(big.country)):
            return big
    return best


@lru_cache(maxsize=None)
def _country_heads() -> Matcher:
    m = Matcher()
    for w in (load_data("place_cues.yaml") or {}).get("country_heads") or []:
        m.add(w, Entry("cue", w, w, "country_head"))
    return m


@lru_cache(maxsize=None)
def _country_places() -> dict[str, Entry]:
    return {e.country: e for e in place_entries() if e.type == "country" and e.country}


def territory_places(tokens: list[Token], covered: list[bool], nisba,
                     index: dict[str, list[int]] | None = None) -> list[tuple[int, int, str, Entry]]:
    """«الأراضي اللبنانية», «الأجواء السورية»: a country's territory named by a noun and a
    nisba adjective, resolved to the country. ``nisba(token) -> (is_nisba, ISO2)``. Items
    are (start, end, clitic prefix, country entry). ``index`` (``Doc.index``) limits the
    work to the nouns of territory."""
    heads = _country_heads()
    countries = _country_places()
    out = []
    i = 0
    n = len(tokens)
    if index is None:
        at = [k for k, t in enumerate(tokens) if not heads.firsts.isdisjoint(t.stems)]
    else:
        at = positions(index, heads.firsts)
    for k in at:
        if k < i or covered[k]:
            continue
        m = heads.match_at(tokens, k)
        if m and m.end < n and not covered[m.end]:
            isn, cc = nisba(tokens[m.end].text)
            if isn and cc in countries:
                out.append((k, m.end + 1, m.prefix, countries[cc]))
                i = m.end + 1
    return out


def datelines(doc) -> set[int]:
    """Token indices of datelines: the place names that open a paragraph before an agency
    in brackets («دمشق (رويترز) -», «أتلانتا، الولايات المتحدة الأمريكية (CNN)--»), and the
    labels of headlines, a word (or a word and a definite one) before «..» («تركيا.. اعتقال 20
    شخصا», «السودان.. مقتل 5»: where the news is from, not a state that acts)."""
    toks = doc.tokens
    out: set[int] = set()
    text = doc.text
    for sent in doc.sentences:
        i = sent.tok_start
        if i > 0 and "\n" not in text[toks[i - 1].end:toks[i].start]:
            continue  # not the start of a paragraph
        for k in range(i, min(sent.tok_end, i + 8)):
            if toks[k].text == "(":
                close = next((q for q in range(k + 1, min(sent.tok_end, k + 5)) if toks[q].text == ")"), None)
                if close is not None and close > k + 1 and close + 1 < sent.tok_end and toks[close + 1].text == "-":
                    out.update(range(i, k))
                break
            if toks[k].text == "." and k + 1 < len(toks) and toks[k + 1].text == "." \
                    and toks[k].end == toks[k + 1].start and \
                    (k - i == 1 or k - i == 2 and toks[i + 1].text.startswith("ال")):
                # a headline's label: «تركيا.. اعتقال», «كوريا الشمالية.. تجربة»; not a phrase
                # that ends in a name («مرشحات برلمان لبنان..»)
                out.update(range(i, k))
                break
            if not (toks[k].is_word or toks[k].text in ("،", ",")):
                break
    return out
