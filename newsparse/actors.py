"""Actors nobody listed, found by patterns of news syntax, and short forms resolved back.

The lexicon matcher (``gazetteer``) finds listed actors. This module adds:

* organisation names built on a head noun («وزارة الدفاع الروسية», «وكالة انترفاكس
  الروسية», «حركة ...»): the head gives the type, a nisba adjective the country;
* a definite head with a nisba («الخارجية الروسية», «الحكومة العراقية», «التلفزيون السوري
  الرسمي»);
* people after a title or role («المتحدث باسم التحالف الدولي رايان ديلون», «وزير الخارجية
  الأمريكي، مايك بومبيو»);
* coreference inside the article: a head noun with the article («الوزارة», «الوكالة»,
  «التحالف», «الخارجية») and a person's surname («ديلون») refer to the last actor named so.

Data: ``data/titles.yaml`` (titles, organisation heads, referring heads), ``data/nisba.yaml``
(nisba adjectives by country), ``data/common_words.txt`` (where an unlisted name ends).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, count
from operator import attrgetter, is_not

from .attributions import speech_verb_forms
from .gazetteer import Entry, Matcher, name_key
from .lexicon import load_data
from .reader import Token, WordMemo, clitic_forms, indexed_words, normalize_text, positions, token_stems

_FUNCTION = set(normalize_text(w) for w in (
    "في من إلى الى على عن مع أن إن ان التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم "
    "كان كانت قد لقد لم لن لا ما ثم أو او بل حتى منذ بعد قبل خلال بين عند لدى نحو حول ضد "
    "كما وقال وقالت قال قالت أمس اليوم غداة يوم السبت الأحد الاثنين الثلاثاء الأربعاء "
    "الخميس الجمعة قوله قولها قولهم "
    # particles too rare in the frequent-word table: «إنما يندرج», «هكذا يجب» begin no name
    "إنما انما هكذا لعل طالما مثلما كأنما ريثما"  # (not «لو»: a Chinese surname, «لو كانغ»)
).split())


@lru_cache(maxsize=None)
def _titles():
    data = load_data("titles.yaml")
    titles = Matcher()
    for t in data.get("person_titles") or []:
        titles.add(t, Entry("title", t, t, "person"))
    heads = {normalize_text(k): v for k, v in (data.get("org_heads") or {}).items()}
    generic = {normalize_text(h) for h in data.get("generic_heads") or []}
    return titles, heads, generic


@lru_cache(maxsize=None)
def _title_modifiers() -> frozenset[str]:
    """``titles.yaml``: title_modifiers, normalised («السابق», «الحالي», «الراحل»)."""
    return frozenset(normalize_text(w) for w in load_data("titles.yaml").get("title_modifiers") or [])


@lru_cache(maxsize=None)
def _title_adjectives() -> frozenset[str]:
    """``titles.yaml``: title_adjectives, normalised («الحقوقي», «السياسي», «الإسلامي»)."""
    return frozenset(normalize_text(w) for w in load_data("titles.yaml").get("title_adjectives") or [])


@lru_cache(maxsize=None)
def _nisba() -> dict[str, str | None]:
    """Every form of every nisba adjective → ISO2 (None for regional/international ones)."""
    data = load_data("nisba.yaml")
    out: dict[str, str | None] = {}
    for code, forms in data.items():
        cc = None if code.startswith("_") else code
        for f in forms or []:
            f = normalize_text(f)
            stem = f[2:] if f.startswith("ال") else f
            for s in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "ا", stem + "يه"):
                out.setdefault("ال" + s, cc)
                out.setdefault(s, cc)
    return out


@lru_cache(maxsize=None)
def _common_table() -> dict[str, bool]:
    """Frequent words of Arabic news → whether they are nouns (take the article)."""
    from importlib import resources

    text = resources.files("newsparse.data").joinpath("common_words.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.split("\n"):
        if line and not line.startswith("#"):
            w, _, tag = line.partition("\t")
            out[w] = tag == "noun"
    return out


@lru_cache(maxsize=None)
def _common() -> frozenset[str]:
    """The frequent words, which begin no name: not a given name that is no ordinary word
    («عمرو», «تامر», «يسري»: frequent in news as names only; ``given_words.yaml`` lists the
    given names that are ordinary words too, «نور», «كريم», which stay)."""
    return (frozenset(_common_table()) - (_given_names() - _given_words())) | _FUNCTION


@lru_cache(maxsize=None)
def _given_words() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in load_data("given_words.yaml") or [])


@lru_cache(maxsize=None)
def nisba_forms(country: str) -> tuple[str, ...]:
    """The normalised masculine nisba adjectives of a country («SY» → «السوري»)."""
    forms = load_data("nisba.yaml").get(country) or []
    return tuple(f if f.startswith("ال") else "ال" + f for f in map(normalize_text, forms))


def nisba_country(tok: str) -> tuple[bool, str | None]:
    """Whether the normalised token is a nisba adjective, and its country."""
    n = _nisba()
    if tok in n:
        return True, n[tok]
    return False, None


@dataclass
class Found:
    """An actor found by a pattern: token range, name, type and country."""

    start: int
    end: int
    name: str
    type: str
    country: str | None
    head_of: int | None = None  # index of a lexicon mention this one extends
    prefix: str = ""  # clitic on the first token («لوزارة النقل»)


def _word(t: Token) -> bool:
    return t.is_word and not t.text[0].isdigit()


def name_continuation(tokens: list[Token], j: int, covered: list[bool]) -> int:
    """End of «بن عبد العزيز» after a listed person's name ending at ``j`` (``j`` if none):
    a patronymic continues the name the lexicon matched («الملك سلمان بن عبد العزيز»)."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].text not in ("بن", "ابن", "بنت") or covered[j + 1]:
        return j
    k = _name_run(tokens, j + 1, covered, _common())
    return k if k > j + 1 else j


def is_name_word(t: Token) -> bool:
    """Whether a token may begin a person's name nobody listed (not a frequent word, a noun,
    a function word or a nisba)."""
    return _is_name_tok(t, True, _common())


def _is_name_tok(t: Token, first: bool, common: frozenset[str]) -> bool:
    """Whether a token may be part of a person's name nobody listed."""
    return _word(t) and _name_word(t.text, first)


@lru_cache(maxsize=65536)
def _name_word(tx: str, first: bool) -> bool:
    common = _common()
    if len(tx) < 2 or tx in common or tx in _FUNCTION:
        return False
    if first and ((tx.startswith("ال") and tx not in _hamza_al_names()) or tx in ("بن", "ابن", "بنت")):
        # «بن عبد العزيز» continues a name, it does not begin one; a given name in «إل»
        # begins one («إلين», «إليزابيث»: «الين», «اليزابيث» once normalised)
        return False
    if _accusative(tx):
        return False  # an indefinite accusative or adverb («بثا مباشرا»), not a name
    if tx in _not_names():
        return False  # an adverb or a frequent adjective («لاحقا», «سابقا», «رسميا»)
    if tx in _COMPLEMENTIZERS:
        return False  # «وقال أنتونوف أنه», «ذكر جونسون بأنه»: the statement begins
    if _possessed(tx):
        return False  # «أحدها», «زعيمها», «خارجيته»: an ordinary noun with a pronoun suffix
    if _construct_plural(tx):
        return False  # «ممثلو الكنائس», «مؤيدو ماكرون»: a plural noun before its complement
    if _feminine_plural(tx):
        return False  # «روبرت فيكو صحافيات وصحافيين»: the object after the name
    if _prep_masdar(tx):
        return False  # «لتوضيح», «بتسليم»: a preposition and a verbal noun
    if _imperfect(tx):
        return False  # «يرفض», «ستقول», «يتابع»: a verb («الرئيس اليوناني يرفض شرط ...»)
    clitic = token_stems(tx)[1:]
    if clitic and any(_ordinary(stem, common) for stem in clitic):
        return False  # «ومغني», «لعلاج», «والإنتاج»: a clitic on an ordinary word
    if _to_the(tx):
        return False
    if tx.startswith("و") and len(tx) > 3 and tx not in _given_names():
        return False  # «جاستن ترودو ومغني»: a conjunction ends the name
    return not nisba_country(tx)[0] or not first


_NAME_CLITICS = ("ل", "ب", "و", "ف", "ول", "وب", "فل", "فب")  # (not ك: «كلارا» is no ك + «لارا»)


def name_clitic(t: Token) -> str:
    """The clitic prefix on the first word of a person's name nobody listed, when the word
    left is a given name («لإبراهيم منير», «بمحمد الأمين»); "" when the word itself is a name
    («لؤي», «بشير», «فيصل»)."""
    if t.text in _given_names():
        return ""
    return next((p for p, st in t.forms if p in _NAME_CLITICS and st in _given_names()), "")


# «أن», «إن» with a pronoun suffix and a clitic: they begin what was said, never a name
_THAT = frozenset(
    p + "ان" + suf
    for p in ("", "ب", "و", "ف", "وب", "ل", "ول", "لان", "ولان")
    for suf in ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم", "ي")
)
_COMPLEMENTIZERS = _THAT | frozenset(normalize_text(w) for w in "إياه إياها إياهم إياهما إياي إيانا أية أيها".split())
_POSSESSIVE = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")


def _possessed(tx: str) -> bool:
    """Whether a word is a frequent noun with a possessive pronoun («أحدها», «زعيمهم»,
    «خارجيته» ← «خارجية»), perhaps after a clitic («بداخله»). A bare «ـه» counts only after
    «ت» (a ta marbuta before the suffix: a name in «ـه» is «طه», «حمزة», «عبده»)."""
    table = _common_table()
    for suf in _POSSESSIVE:
        if not tx.endswith(suf) or len(tx) - len(suf) < 3:
            continue
        stem = tx[:-len(suf)]
        if suf == "ه" and stem.endswith("ا") and len(stem) >= 4 and table.get(stem[:-1]) is not None \
                and tx not in _given_names():
            return True  # a dual in construct with «ـه»: «قدماه», «يداه», «عيناه» (← «قدم»)
        if suf == "ه" and not stem.endswith("ت"):
            continue
        for _, st in clitic_forms(stem):
            if table.get(st) or (st.endswith("ت") and table.get(st[:-1] + "ه")):
                return True
    return False


def _accusative(tx: str) -> bool:
    """Whether a word is a frequent word in the indefinite accusative («مباشرا» ← «مباشر»,
    «جديدا»; «نسبيا» ← «نسبية»): an adverb or an object, never part of a name."""
    if not tx.endswith("ا") or len(tx) < 4:
        return False
    table = _common_table()
    return tx[:-1] in table or tx[:-1] + "ه" in table


def _construct_plural(tx: str) -> bool:
    """Whether a word is a frequent noun or adjective in the construct plural («ممثلو» ←
    «ممثلين», «مؤيدو» ← «مؤيدون»); names in «ـو» («ماريو», «برونو») have no such plural."""
    table = _common_table()
    if tx.endswith("و") and len(tx) >= 4:
        base = tx[:-1]
        return base + "ين" in table or base + "ون" in table
    return False


def _feminine_plural(tx: str) -> bool:
    """Whether a word is the feminine plural in «ـيات» of a frequent adjective or noun in
    «ـي»/«ـية» («صحافيات» ← «صحافية», «سياسيات» ← «سياسي»): no name word."""
    if not tx.endswith("يات") or len(tx) < 6:
        return False
    table = _common_table()
    return tx[:-2] + "ه" in table or tx[:-3] in table


def _prep_masdar(tx: str) -> bool:
    """Whether a word is ب or ل before a verbal noun of the pattern تفعيل («لتوضيح»,
    «بتسليم», «لتعويض», «لتوضيح»). Without the preposition it may be a name («تحسين»,
    «توفيق»), so the bare word is left alone."""
    for p in ("ب", "ل", "وب", "ول", "فب", "فل"):
        if tx.startswith(p):
            w = tx[len(p):]
            if len(w) == 5 and w[0] == "ت" and w[3] == "ي" and w[1] not in "اي" and w[2] not in "اي" \
                    and w[4] not in "اوي":
                return True
    return False


def _imperfect(tx: str) -> bool:
    """Whether a word reads as an imperfect verb: «ي», «ت», «سي», «ست» before a frequent word
    of three letters or more («يرفض» ← «رفض», «ستقول» ← «قول», «يتابع» ← «تابع»), unless the
    word is a given name («ياسر», «تامر»)."""
    if tx in _given_names():
        return False
    table = _common_table()
    for p in ("سي", "ست", "ي", "ت", "فسي", "فست", "في", "فت"):  # «فستقدم», «فيرفض»: with ف too
        rest = tx[len(p):]
        if tx.startswith(p) and len(rest) >= 3 and rest in table and rest not in _given_names():
            return True
    return False


def _nisba_shaped(tx: str) -> bool:
    """Whether an indefinite word is an adjective in «ـي» of a frequent word («حضري» ←
    «حضرية», «حضر»): after an organisation head it describes («مركز حضري»), it names nothing."""
    if not tx.endswith("ي") or len(tx) < 4:
        return False
    table = _common_table()
    return tx + "ه" in table or tx[:-1] in table or tx[:-1] + "ه" in table


@lru_cache(maxsize=8192)
def _inflected(tx: str) -> bool:
    """Whether an indefinite word after an organisation head is an inflected ordinary word,
    not a name: a verbal noun of the pattern تفعيل («شركة تصنيع», «وكالة توظيف»), a
    feminine adjective in «ـية» of a frequent word («صحيفة أسبوعية», «مجموعة شبابية»), a
    verb in «ـت» of a frequent one («ميليشيا هاجمت» ← «هاجم») or of the shape أفعلت/تفعّلت,
    a feminine participle of فاعل («ناشئة»), or a frequent word with a pronoun («تحالف يقوده», «تجمع حوله»)."""
    if len(tx) < 4 or tx in _given_names():
        return False
    table = _common_table()
    if len(tx) == 5 and tx[0] == "ت" and tx[3] == "ي" and tx[1] not in "اي" and tx[2] not in "اي" \
            and tx[4] not in "اوي":
        return True
    if tx.endswith("يه") and (tx[:-2] in table or tx[:-2] + "ه" in table or tx[:-1] in table):
        return True
    if tx.endswith("ت") and table.get(tx[:-1]) is False:
        return True
    if len(tx) == 5 and tx[0] in ("ا", "ت") and tx[4] == "ت" and "ا" not in tx[1:4]:
        return True  # a past verb of أفعل/تفعّل in «ـت» («جماعة أنشئت», «شركة تنوعت نشاطاتها»)
    if len(tx) == 5 and tx[1] == "ا" and tx[4] == "ه" and tx[0] not in ("ا", "ال"):
        return True  # a feminine participle of فاعل («شركة ناشئة», «قوة ضاربة»): it describes
    for suf in ("هما", "هم", "ها", "ه"):
        if tx.endswith(suf) and len(tx) - len(suf) >= 3:
            stem = tx[:-len(suf)]
            if table.get(stem) is False or (suf != "ه" and stem in table):
                return True
    return False


def _plain_word(tx: str) -> bool:
    """Whether one word in quotes after an organisation head is an ordinary word put in
    quotes («"إرهابية"», «"إرهابي"»), not a name: an adjective or an inflected form built on
    a frequent word (a frequent word itself may be a name: «صحيفة "الوطن"», «شركة "كريم"»)."""
    # (a word in «ـه» is rather in ta marbuta than with a pronoun here: «موقع "كلمة"»)
    return not tx.startswith("ال") and (_nisba_shaped(tx) or _accusative(tx)
                                        or (_inflected(tx) and (tx.endswith("يه") or not tx.endswith("ه"))))


def _to_the(tx: str) -> bool:
    """Whether a word is ل + ال + a word («للصحفيين», «وللجيش»): never part of a name (while
    «بال», «كال» begin foreign names: «بالومو», «كالين»)."""
    return tx.startswith(("لل", "ولل", "فلل")) and len(tx) > 4


def _ordinary(word: str, common: frozenset[str]) -> bool:
    """A frequent word or a noun of news, with or without the article."""
    table = _common_table()
    return word in common or word in table or (word.startswith("ال") and word[2:] in table)


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    """Words that never belong to a name although they are not frequent enough to be in
    ``common_words.txt``: accusative adverbs and the like (``place_cues.yaml``: not_names)."""
    return frozenset(normalize_text(w) for w in load_data("place_cues.yaml").get("not_names") or [])


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    return frozenset(normalize_text(w) for w in load_data("given_names.yaml") or [])


@lru_cache(maxsize=None)
def _hamza_al_names() -> frozenset[str]:
    """The given names written with «إل»/«أل» («إلين», «إليزابيث», «ألكسندر»), which read
    as «ال» once normalised: they may begin a name (not «الرحمن», «آل»)."""
    return frozenset(normalize_text(w) for w in load_data("given_names.yaml") or []
                     if w.startswith(("إل", "أل")) and len(w) > 3)


@lru_cache(maxsize=None)
def _given_frequent() -> frozenset[str]:
    """The given names that are frequent nouns too (``common_words.txt``: «نور», «كريم»,
    «شريف»): they may continue a name after a name word, though not begin one. Not a word
    that is no noun (a verb: «شهد»), nor one that is a title with the article («ملك»)."""
    table = _common_table()
    titles = {name_key(t)[0] for t in load_data("titles.yaml").get("person_titles") or [] if len(name_key(t)) == 1}
    return frozenset(w for w in _given_names() if table.get(w) and w not in _FUNCTION and "ال" + w not in titles)


def _imperfect_shaped(tx: str) -> bool:
    """Whether a word has the shape of an imperfect verb nobody listed: «ي»/«ت» before three
    root letters («يمدد», «تقصد») or before the pattern فاعل («تفاجئ»). Before a definite
    word it is a verb and its object («يمدد الإعفاءات»), not a name and its surname."""
    if tx[:1] not in ("ي", "ت") or tx in _given_names() or tx.endswith(("ا", "ى", "ه")):
        return False
    if len(tx) == 4:
        return not any(c in "اوي" for c in tx[1:])
    return len(tx) == 5 and tx[2] == "ا" and not any(c in "اوي" for c in tx[3:4])


def _verb_shaped(tx: str) -> bool:
    """Whether an unlisted word after an organisation head is an imperfect verb, not the
    body's name: the shape of :func:`_imperfect_shaped`, «ي» + two consonants («يضع»,
    «يقع»), or a plural imperfect with an object pronoun («يملكونها», «تديرونه»)."""
    if tx[:1] not in ("ي", "ت") or tx in _given_names():
        return False
    return _imperfect_shaped(tx) or (len(tx) == 3 and tx[0] == "ي" and not any(c in "اوي" for c in tx[1:])) \
        or (len(tx) >= 6 and tx.endswith(("ونها", "ونه", "ونهم", "ونهما")))


def _form_x(tx: str) -> bool:
    """Whether a word is a verb or verbal noun of the pattern استفعل («استدعى», «استقبل»,
    «واستنكر»): never a name word (a foreign name in «است» has a vowel letter next: «استيفن»)."""
    for p in ("", "و", "ف"):
        w = tx[len(p):]
        if w.startswith("است") and len(w) >= 6 and w[3] not in "اوي" and not w.endswith("ا") \
                and tx not in _given_names():
            return True
    return False


def _masdar_viii(tx: str) -> bool:
    """Whether an indefinite word has the shape of a verbal noun of form VII or VIII
    («اعتصام», «احتجاج», «انسحاب»): after a verbal head it is the act, not a name."""
    return len(tx) == 6 and tx[0] == "ا" and tx[4] == "ا" and (tx[2] in "تطد" or tx[1] == "ن") \
        and tx not in _given_names()


def _masdar_pronoun(tx: str) -> bool:
    """Whether a word is a verbal noun with a pronoun suffix: «إفلاسه» (إفعال), «اعتزاله»
    (افتعال), «انسحابهم» (انفعال), «تعيينه» (تفعيل). After a name it is what the person did
    («أعلن راوول ... اعتزاله»), not a surname."""
    for suf in ("هما", "هم", "ها", "ه"):
        if not tx.endswith(suf):
            continue
        s = tx[:-len(suf)]
        if len(s) == 5 and ((s[0] == "ا" and s[3] == "ا") or (s[0] == "ت" and s[3] == "ي")):
            return True
        if len(s) == 6 and s[0] == "ا" and s[4] == "ا" and (s[2] in "تطد" or s[1] == "ن"):
            return True
        return False
    return False


_BOUNDARY = {"،", ",", ".", ":", '"', "ان", "انه", "انها", "في", "خلال", "ل", "امس", "اليوم", ")", "("}


def _name_run(tokens: list[Token], j: int, covered: list[bool], common: frozenset[str],
              breaks: frozenset[int] = frozenset()) -> int:
    """End of a run of 1-3 name tokens starting at ``j`` («رايان ديلون», «عبد الله
    الثاني»); ``j`` when there is none. A frequent word that is no noun may end a name
    right before a boundary («هيذر نويرت إن»). A name does not go on past a line break
    (``breaks``: the tokens that begin a line): «المغنية كايلي مينوغ⏎شخصت» is a caption."""
    k = j
    n = len(tokens)
    table = _common_table()
    titles = _titles()[0]
    while k < n and k - j < (4 if any(t.text in _ANY_PARTICLES for t in tokens[j:k])
                             else 3) and not covered[k] \
            and (k == j or k not in breaks):
        particle = k > j and tokens[k - 1].text in _PARTICLES
        if k > j and not particle and not tokens[k].text.startswith("ال") \
                and not titles.firsts.isdisjoint(tokens[k].stems) \
                and tokens[k].text not in _given_names() and titles.match_at(tokens, k) is not None:
            # an indefinite title begins an apposition: «الجنرال جون نيكلسون قائد قوات الحلف»
            # (a definite one may be a surname: «شوقي السيد», «محمد النقيب»)
            break
        if k > j + 1 and tokens[k - 1].text.startswith("ال") and tokens[k].text[:1] in ("ي", "ت") \
                and len(tokens[k].text) >= 4 and tokens[k].text not in _given_names():
            break  # «أحمد الخطيب يوضح», «عادل المطيري يرافقه»: a verb after a definite surname
        tx = tokens[k].text
        if _form_x(tx) or (k > j and _masdar_pronoun(tx)) \
                or (k == j and k + 1 < n and tokens[k + 1].text.startswith("ال") and _imperfect_shaped(tx)):
            break  # «عبد الله استدعى», «هاري إفلاسه», «يمدد الإعفاءات»: a verb or a verbal noun
        if k == j and len(tx) == 6 and tx.startswith("مت") and tx.endswith("ه") and tx not in _given_names():
            break  # «توفيت الفتاة متأثرة بجروحها»: a feminine participle of تفعّل, no name
        if k == j + 2 and tx.startswith("ال") and not tokens[j + 1].text.startswith("ال") \
                and (len(tx) == 6 and tx[2] == "ت" and tx[-1] not in "يها"
                     or not ({tokens[j].text, tokens[j + 1].text} & _given_names()
                             or {tokens[j].text, tokens[j + 1].text} & _PARTICLES)):
            # «إيلور عزريا المدان», «أوراسيو كارتيس المجيء»: a definite word after two name
            # words none of which is an Arab given name describes the person, it is no surname
            # (while «يوسف إبراهيم المالكي»); nor is a verbal noun of تفعّل («بوضياف الترشح»)
            break
        if not (_is_name_tok(tokens[k], k == j, common) or particle):
            tx = tokens[k].text
            if k > j and (tx in _given_frequent() or (tx in _NAME_TAILS and tokens[k - 1].text in _given_names())):
                # «أحمد شريف», «محمد نور الدين»: a given name that is a frequent word too goes on
                # a name begun by a name word (it begins none: «نور» is light), and so does the
                # second word of a compound given name («صلاح الدين», «نور الدين»)
                k += 1
                continue
            last = k > j and _word(tokens[k]) and table.get(tx) is False and tx not in _FUNCTION \
                and not _to_the(tx) \
                and tx not in _not_names() and tx not in _COMPLEMENTIZERS and not _accusative(tx) \
                and not tx.endswith("ه") \
                and not any(st in speech_verb_forms() for st in tokens[k].stems) \
                and not tx.startswith(("ال", "بال", "وبال", "فبال")) \
                and (k + 1 == n or tokens[k + 1].text in _BOUNDARY)
            if last:
                k += 1
            break
        k += 1
    while k > j and tokens[k - 1].text in _ANY_PARTICLES:
        k -= 1  # «عبد العزيز بن» stops short of its last word: not a name's end
    return k


@lru_cache(maxsize=None)
def _place_words() -> frozenset[str]:
    """The place words that introduce a name (``place_cues.yaml``: named_by, and «قرى»)."""
    cues = load_data("place_cues.yaml") or {}
    words = frozenset(normalize_text(w) for w in [*(cues.get("named_by") or {}), "قرى", "بلدات", "مدن"])
    return words - {normalize_text("وادي")}  # «وأدى الملك» is a verb, written like «وادي»


@lru_cache(maxsize=None)
def _royals() -> tuple[frozenset[str], frozenset[str]]:
    """``titles.yaml``: royal_titles, and the royal_names one of which alone names a royal
    after them («الأمير هاري»)."""
    data = load_data("titles.yaml")
    return (frozenset(normalize_text(w) for w in data.get("royal_titles") or []),
            frozenset(normalize_text(w) for w in data.get("royal_names") or []))


@lru_cache(maxsize=None)
def _person_nouns() -> frozenset[str]:
    """Nouns of people after which one given name names a person («الطفلة مريم»)."""
    return frozenset(normalize_text(w) for w in load_data("person_nouns.yaml") or [])


# what may follow a one-word name after a noun of people («المواطن أحمد، وهو ...»)
_ONE_NAME_END = {"،", ",", ".", ")", "(", ":", "في", "من", "الي", "علي", "و", "-"}


def _one_name(tokens: list[Token], j: int, covered: list[bool]) -> bool:
    """Whether token ``j`` alone names the person a noun of people introduced: a given name,
    or a word that may be a name right before a boundary («الطفلة ليان،»). (A noun of people
    that begins a place's name, «السيدة زينب», is no title: the caller checks.)"""
    if j >= len(tokens) or covered[j] or not _word(tokens[j]):
        return False
    tx = tokens[j].text
    if tx in _given_names() and tx not in _FUNCTION:
        return True
    # a word in «ـه»/«ـها» is too often a noun with a pronoun («امتعاضه», «لذويها») or in ta
    # marbuta; a short one a verb («بقي»)
    return len(tx) >= 4 and _name_word(tx, True) and not tx.endswith(("ه", "ها", "هم", "هما", "هن")) \
        and j + 1 < len(tokens) and tokens[j + 1].text in _ONE_NAME_END


_PARTICLES = {"عبد", "ابو", "بن", "ابن", "ام", "ال"}
# first words of two-word surnames that may stand for a person named in full before
# («رامي عبد الرحمن» … «وأوضح عبد الرحمن»)
COMPOUND_SURNAME_FIRSTS = frozenset({"عبد", "ابو"})
# second words of compound names, which never stand for the person alone («رامي الحمد الله»
# is not «الله»; «صلاح الدين» is not «الدين»)
# the particles of European names («أنييس فون دير مول», «هاميش دي بريتون غوردون»): like «بن»,
# they let a name run to four words and never end one
_FOREIGN_PARTICLES = frozenset(("فون", "فان", "دي", "دا", "دو"))
_ANY_PARTICLES = _FOREIGN_PARTICLES | _PARTICLES
_NAME_TAILS = {"الله", "الدين", "الاسلام", "الرحمن", "الرحيم"}
_AFFIL = {"باسم", "في", "لدي", "عن", "ب", "الي"}


def find_patterns(tokens: list[Token], covered: list[bool], actor_at: dict[int, tuple[int, str | None]],
                  place_at: dict[int, int] | None = None, index: dict[str, list[int]] | None = None,
                  breaks: frozenset[int] = frozenset(), people: frozenset[int] = frozenset()) -> list[Found]:
    """Actors named by news syntax in ``tokens`` (one sentence or a whole text).

    ``covered[i]`` is true where a lexicon mention already lies; ``actor_at`` maps the
    first token of each lexicon actor mention to (its end, its country); ``place_at`` holds
    the first tokens of place mentions («جبهة نهم», «مديرية الدريهمي» are a front line and a
    district, not organisations). ``index`` is the stem index of ``tokens`` (``Doc.index``),
    when they are a whole document; ``breaks`` the tokens that begin a line, where no name
    found here goes on; ``people`` the first tokens of the lexicon's people (after a title
    such a mention is the title's name, not its affiliation).
    """
    titles, heads, generic = _titles()
    common = _common()
    speech = speech_verb_forms()
    found: list[Found] = []
    n = len(tokens)

    def nisbas(j: int, country: str | None) -> tuple[int, str | None]:
        while j < n and _word(tokens[j]) and nisba_country(tokens[j].text)[0]:
            country = country or nisba_country(tokens[j].text)[1]
            j += 1
        return j, country

    modifiers = _title_modifiers()
    adjectives = _title_adjectives()

    def office(j: int, country: str | None) -> tuple[int, str | None]:
        """``nisbas`` after a title, and one modifier of the office with the nisbas after it
        («الرئيس البرازيلي الأسبق», «رئيس الوزراء الحالي»), after up to two adjectives of
        what the bearer does («الناشط الحقوقي اليمني», «المحلل السياسي», «الداعية الإسلامي»)."""
        j, country = nisbas(j, country)
        for a in range(2):
            # («الخبير العسكري والاستراتيجي»: the second may be joined by و)
            if j < n and not covered[j] and (tokens[j].text in adjectives or (
                    a and tokens[j].text[:1] == "و" and tokens[j].text[1:] in adjectives)):
                j, country = nisbas(j + 1, country)
        if j < n and tokens[j].text in modifiers and not covered[j]:
            j, country = nisbas(j + 1, country)
        return j, country

    def appos_country(k: int) -> str | None:
        """The country of the title in apposition after a name, at token ``k`` or after the
        comma there: its nisba, or the listed actor it is in construct with or one «باسم»,
        «في», «لدى» ... before («أحمد علي، سفير السعودية لدى مصر», «جون سميث، السفير
        الأمريكي», «سامي أحمد، المتحدث باسم الجيش المصري»)."""
        if k < n and tokens[k].text in _COMMAS:
            k += 1
        m2 = titles.match_at(tokens, k) if k < n else None
        if m2 is None or m2.prefix[:1] in ("و", "ف"):
            return None  # «نادية مراد، والطبيب الكونغولي، ...»: the next person, not an apposition
        j, country = office(m2.end, None)
        if country is None and j < n and tokens[j].text in _AFFIL:
            j += 1
        if country is None and j in actor_at:
            country = actor_at[j][1]
        return country

    head_words = heads.keys()
    # the rules below run only where something may start (a title, an organisation head, a
    # definite head), or where a name may: after a verb of saying or before a comma
    if index is not None:
        cands = positions(index, _start_words())
    else:
        starts = _start_words().isdisjoint
        cands = [x for x, t in enumerate(tokens) if not starts(t.stems)]
    named = _name_positions(tokens, speech, index)

    def name_first(i: int) -> bool:
        t = tokens[i]
        return t.is_word and not t.text[0].isdigit() and _name_word(t.text, True)

    # where a name may begin and the word may begin one
    named = {x for x in named if name_first(x)}
    if named:
        cands = sorted(named.union(cands))

    def org_at(i: int) -> Found | None:
        """An organisation named on a head noun at token i (which may carry و or ل)."""
        if head_words.isdisjoint(tokens[i].stems):
            return None
        prefix, head = next(((p, st) for p, st in tokens[i].forms if st in heads and p in ("", "و", "ل", "ول")),
                            ("", tokens[i].text))
        if head not in heads or i + 1 >= n or not (_word(tokens[i + 1]) or tokens[i + 1].text == '"'):
            return None
        found = _org_rest(i, head)
        if found is not None:
            found.prefix = prefix
        return found

    def _org_rest(i: int, head: str) -> Found | None:
        typ = heads[head]
        j = i + 1
        if j in place_at:
            end = place_at[j]  # «مركز حلب الإعلامي», «مجلس دوما المحلي»: a body of the place
            if end < n and tokens[end].text in _org_patterns()["place_adjectives"] and not covered[end]:
                k, country = nisbas(end + 1, None)
                return Found(i, k, "", typ, country)
            return None
        if head in _VERBAL_HEADS and j not in actor_at and tokens[j].text.startswith("ال") \
                and _common_table().get(tokens[j].text[2:]):
            return None  # «تنظيم الانتخابات»: the verbal noun and its object
        if head in _VERBAL_HEADS and j not in actor_at and (_masdar_pronoun(tokens[j].text) or _masdar_viii(tokens[j].text)):
            return None  # «تنظيم اعتصام», «تنظيم إيداعها»: organising something, no group's name
        if head in _org_patterns()["abstract_heads"] and j not in actor_at and tokens[j].text.startswith("ال") \
                and tokens[j].text.endswith("ين") and not tokens[j].text.endswith("يين"):
            return None  # «مصلحة الآخرين», «قيادة المحتجين»: the interest or lead of people, no body
        if tokens[j].text in _not_bodies().get(head, ()) and j not in actor_at:
            return None  # «قيادة السيارة», «موقع الحادث», «مركز المحافظة»: a common noun's phrase
        if tokens[j].text in ("انباء", "الانباء") and j + 1 < n:
            j += 1  # «وكالة أنباء الأناضول»
        if j in actor_at and head in _org_patterns()["nisba_heads"]:
            return None  # «أجهزة سامسونغ» are devices
        if j in actor_at:  # «وكالة رويترز», «قوات التحالف الدولي»: the head joins the listed actor
            end, cc = actor_at[j]
            return Found(i, end, "", typ, cc, head_of=j)
        if tokens[j].text == '"':
            if j + 1 in actor_at:  # «وكالة "أسوشيتد برس"»
                end, cc = actor_at[j + 1]
                if end < n and tokens[end].text == '"':
                    return Found(i, end + 1, "", typ, cc, head_of=j + 1)
            close = next((q for q in range(j + 2, min(n, j + 7)) if tokens[q].text == '"'), None)
            if close is None or not all(_word(t) for t in tokens[j + 1:close]) \
                    or any(q in breaks for q in range(j + 1, close + 1)):
                return None
            if head in _VERBAL_HEADS or (close == j + 2 and _plain_word(tokens[j + 1].text)):
                return None  # «تنظيم "مسيرات العودة"» organises them; «مجموعة "إرهابية"»
            return Found(i, close + 1, "", typ, None)  # «منظمة "أنقذوا الأطفال"»
        typ = _first_word_types().get(head, {}).get(tokens[j].text, typ)  # «وكالة الفضاء»: not media
        k = j
        weak = _WEAK_DEF | _MOVEMENT if head == "حركه" else _WEAK_DEF
        longest = 1 if typ == "military" else 2  # «قوات الأمن» + «الشوارع» is a verb's object
        if head in _org_patterns()["definite_not_names"]:
            longest = 0  # «موقع المسجد» is where the mosque is
        while k < n and k - j < longest and _word(tokens[k]) and tokens[k].text.startswith("ال") \
                and tokens[k].text not in _FUNCTION and tokens[k].text not in weak and not covered[k] \
                and tokens[k].text not in _introducers()[0]:  # «تحت قيادة المدعو ...» introduces a person
            if k > j and (nisba_country(tokens[k].text)[0] or tokens[k].text in _org_patterns()["name_enders"]
                          or not titles.firsts.isdisjoint(tokens[k].stems)):
                break  # «وزارة الصحة التابعة لـ», «أقر مجلس النواب القانون», «مجلس الوزراء الدكتور»
            k += 1
            if k < n and k > j and tokens[k].text.startswith("وال") and not covered[k] \
                    and not nisba_country(tokens[k].text[1:])[0] \
                    and not (typ == "military" and (tokens[k].text[1:] in generic or tokens[k].text.endswith("ين"))):
                # (not «قوات الأمن والشرطة», «قوات الجيش والمحتجين»: a second body or people)
                k += 1  # «جهاز الإسعاف والطوارئ», «وزارة الصحة والسكان»
        if k == j and typ in ("media", "armed_group", "political_party", "company", "ngo") \
                and _is_name_tok(tokens[j], True, common) and len(tokens[j].text) > 2 \
                and not _nisba_shaped(tokens[j].text) and not _inflected(tokens[j].text) \
                and not (typ in ("armed_group", "political_party") and tokens[j].text[:1] == "ي"
                         and len(tokens[j].text) >= 4 and tokens[j].text not in _given_names()) \
                and not _verb_shaped(tokens[j].text):
            # (not «فصائل ينضوي معظمها», «حركة يقودها»: a verb after the plural, no name; nor an
            # imperfect verb after any head: «حركة تساعد», «شركة يملكونها»)
            k = j + 1  # «وكالة انترفاكس», «حركة حماس», «صحيفة أرب نيوز»
            if k < n and not covered[k] and _is_name_tok(tokens[k], True, common) and len(tokens[k].text) > 2 \
                    and not _inflected(tokens[k].text) and not _verb_shaped(tokens[k].text):  # «مركز X يضع»
                k += 1
        if k == j:
            return None
        if k + 1 < n and not covered[k] and _descriptive(tokens[k].text) and nisba_country(tokens[k + 1].text)[1]:
            k += 1  # «جهاز الخدمة السرية الأمريكي»: an adjective of the name before its nisba
        before = k
        k, country = nisbas(k, None)
        if head in _org_patterns()["front_heads"] and before == j + 1 and k == before:
            return None  # «جبهة نهم», «جبهة البرح»: a front line at a place, not an organisation
        if k == before and head in _org_patterns()["nisba_heads"]:
            return None  # «أجهزة الطرد المركزي», «أجهزة الكمبيوتر»: devices, not security bodies
        if k < n and tokens[k].text in ("الرسمي", "الرسميه"):
            k += 1
        return Found(i, k, "", typ, country)

    i = 0
    for c in cands:
        if c < i or covered[c]:
            continue
        i = c
        t = tokens[i]
        # -- a person after a title: «المتحدث باسم التحالف الدولي رايان ديلون»
        m = titles.match_at(tokens, i) if not titles.firsts.isdisjoint(t.stems) else None
        if m and i > 0 and not _place_words().isdisjoint(tokens[i - 1].stems):
            m = None  # «قرى السيد مصطفى», «بلدة الشيخ مسكين»: a place named after a person
        if m:
            j, country = office(m.end, None)
            after_title = j
            domain_read = False
            via_person = False
            for _ in range(4):  # affiliation: «باسم X», «لليونيسف», «في الأمم المتحدة», «محافظ أربيل»
                if j < n and j == after_title and not covered[j] and not titles.firsts.isdisjoint(tokens[j].stems):
                    m2 = titles.match_at(tokens, j)
                    if m2 is not None and m2.prefix == "" and not tokens[j].text.startswith("ال"):
                        j, country = nisbas(m2.end, country)  # «نائب مفوض», «الناطقة باسم مفوض»
                        after_title = j
                        continue
                if j + 1 < n and _portfolio(tokens, j, covered, j == after_title):
                    # the office's domain: «مفوض الشؤون السياسية», «مفوض الأمم المتحدة لحقوق الإنسان»
                    j = _portfolio(tokens, j, covered, j == after_title)
                    j, country = office(j, country)  # «وزير الزراعة العراقي (السابق)»
                    continue
                if j == after_title and j + 1 < n and tokens[j].text in generic and not covered[j] \
                        and _portfolio(tokens, j + 1, covered, False):
                    j = _portfolio(tokens, j + 1, covered, False)  # «ممثل المفوضية لشؤون اللاجئين»
                    j, country = nisbas(j, country)
                    continue
                if j in place_at:
                    if place_at[j] == j + 1 and _definite_before(tokens, j, i, m.prefix) \
                            and _name_run(tokens, j, covered, common, breaks) - j >= 2:
                        # «رئيس الوزراء الحالي هون سين», «وزير الطاقة الإسرائيلي يوفال ...»: a
                        # one-word place after a definite title, a name word after it, is the
                        # first word of the name, and so after a definite affiliation («المتحدث
                        # باسم الشرطة الإسرائيلية ميكي ...»); a title's place is in construct with
                        # it («حاكم هلمند عمر زواك», «المتحدث باسم مطار الخرطوم»)
                        break
                    j = place_at[j]
                    continue
                if j < n and tokens[j].text in _AFFIL and j + 1 < n and (j + 1 in actor_at or tokens[j + 1].text in heads):
                    j += 1
                elif j < n and tokens[j].text in _AFFIL and j + 1 in place_at and j > after_title:
                    j = place_at[j + 1]  # «ممثل المفوضية في سوريا», «مبعوث فرنسا إلى الأمم المتحدة»
                    continue
                if j in people:
                    # «رئيس الوزراء الإسباني بيدرو سانشيز» is the title's name; «ممثل علي خامنئي
                    # في العراق، مجتبى الحسيني» an affiliation, with the name after a comma
                    via_person = True
                if j in actor_at:
                    end, cc = actor_at[j]
                    country = country or cc
                    j, country = office(end, country)  # «رئيس وزراء قطر السابق»
                    continue
                org = org_at(j) if j < n else None
                if org is not None:
                    if org.head_of is None:
                        found.append(org)
                    else:
                        found.append(org)
                    country = country or org.country
                    j, country = office(org.end, country)  # «رئيس حركة حماس السابق»
                    continue
                if j == after_title and not domain_read and _domain(tokens, j, covered) \
                        and not tokens[j - 1].text.startswith("ال") and tokens[j - 1].text != "باسم" \
                        and j not in actor_at and j not in place_at:
                    # an indefinite title's domain, one definite word, before a name: «وزير
                    # الزراعة (العراقي) سامي ...», «مدير المستشفى، أحمد ...» (in construct with it)
                    head = tokens[j].text
                    body, cc = nisbas(j + 1, None)
                    k, _ = office(body, None)  # «وزير الخارجية الأمريكي السابق»
                    q = k + 1 if k < n and tokens[k].text in _COMMAS else k
                    if q < n and not any(p in ("ل", "ب") and st in common for p, st in tokens[q].forms) \
                            and (_name_run(tokens, q, covered, common) - q >= 2 or titles.match_at(tokens, q) is not None):
                        domain_read = True
                        if head in generic and cc:  # «قائد الشرطة الإندونيسية»: a body of the state
                            found.append(Found(j, body, "", _definite_head_type(heads, head) or "government", cc))
                        j, country = k, country or cc
                        after_title = j
                        continue
                if j < n and tokens[j - 1].text == "باسم" and tokens[j].text.startswith("ال"):
                    k = j  # «المتحدث باسم الجيش (الإسرائيلي)»: an unlisted definite body
                    while k < n and k - j < 3 and _word(tokens[k]) and tokens[k].text.startswith("ال") \
                            and not nisba_country(tokens[k].text)[0] and not covered[k]:
                        k += 1
                    j, country = nisbas(k, country)
                    continue
                break
            if via_person and (j >= n or tokens[j].text not in _COMMAS):
                i = j  # the listed person was the title's name
                continue
            if j < n and tokens[j].text in ("،", ","):
                j += 1
            k = _name_run(tokens, j, covered, common, breaks)
            if k > j and tokens[j - 1].text in modifiers and tokens[j].text.endswith("ه") \
                    and tokens[j].text not in _given_names():
                k = j  # «ألقى الرئيس السابق خطابه»: a noun with a pronoun, the object of a verb
            if k - j >= 2:  # one word after a title is too often a noun or a verb («المتحدث بقاء»)
                found.append(Found(j, k, "", "person", country, prefix=name_clitic(tokens[j])))
                i = k
                continue
            if k - j < 2 and j == after_title and j < n and i not in place_at \
                    and (name_key(m.entries[0].name)[-1] in _person_nouns() or (
                        name_key(m.entries[0].name)[-1] in _royals()[0] and tokens[j].text in _royals()[1])) \
                    and _one_name(tokens, j, covered):
                found.append(Found(j, j + 1, "", "person", country))  # «الطفلة مريم»: one given name
                i = j + 1
                continue
            if j > after_title:
                i = j  # the affiliations were read (and their organisations kept) above
            else:
                i = max(after_title, i + 1) if j not in actor_at else actor_at[j][0]
            continue
        # -- a person named before an apposition or after a verb of saying:
        #    «قال باتريك روبرسون، مدير المنظمة، إن», «وقال شون ريان إن»
        if i in named and _introduced(tokens, i):
            # -- a name after «تدعى», «المدعو», «المعروف باسم»: two words or more, or one given name
            k = _name_run(tokens, i, covered, common, breaks)
            if (k - i >= 2 or (k == i + 1 and tokens[i].text in _given_names())) \
                    and not any(t.text.endswith(("ها", "هم", "هما")) for t in tokens[i:k]):
                # (not a noun with a pronoun: «تدعي نفاذ منتوجها» is «claims», not «is called»)
                found.append(Found(i, k, "", "person", None, prefix=name_clitic(tokens[i])))
                i = k
                continue
        if i in named and (i == 0 or not name_first(i - 1)):
            # (a name of 2-4 words needs a verb of saying before it or a comma after it)
            k = _name_run(tokens, i, covered, common, breaks)
            if k - i >= 2 and k < n:
                nxt = tokens[k].text
                if nxt in _not_names() and k + 1 < n:
                    nxt = tokens[k + 1].text  # «وقال جون سميث أيضا إن»: the adverb is no boundary
                after_verb = i > 0 and any(s in speech for s in tokens[i - 1].stems)
                appos = nxt in ("،", ",") and k + 1 < n and not titles.firsts.isdisjoint(tokens[k + 1].stems) \
                    and titles.match_at(tokens, k + 1) is not None
                # («وقالت صوفي بو مديرة المنظمة إن»: an indefinite title right after the name)
                # (a past verb: «ويدين X زعيم الكتلة "..."» condemns X's object, it quotes nothing)
                appos = appos or (after_verb and tokens[i - 1].text.lstrip("وف")[:1] != "ي"
                                  and not nxt.startswith("ال") and nxt == tokens[k].text
                                  and not titles.firsts.isdisjoint(tokens[k].stems)
                                  and titles.match_at(tokens, k) is not None)
                if appos or (after_verb and (nxt in ("ان", "انه", "انها", ":", "،", ",", "في", "من", '"')
                                             or nxt in _THAT
                                             or tokens[k].forms[-1][0] in ("ل", "لل"))):
                    found.append(Found(i, k, "", "person", appos_country(k) if appos else None,
                                       prefix=name_clitic(tokens[i])))
                    i = k
                    continue
        # -- an organisation: indefinite head + definite words (+ nisba), or + a name
        org = org_at(i)
        if org is not None:
            found.append(org)
            i = org.end
            continue
        head = t.text
        # -- a local body: «المجلس المحلي لمدينة دوما», «اللجنة التنسيقية في حمص»
        pats = _org_patterns()
        if head in pats["local_heads"] and i + 2 < n and tokens[i + 1].text in pats["local_adjectives"] \
                and not covered[i + 1]:
            k = i + 2
            end = None
            if tokens[k].text == "في" and k + 1 in place_at:
                end = place_at[k + 1]
            elif k in place_at and tokens[k].text.startswith("ل"):
                end = place_at[k]  # «لدوما», «لمدينة دوما» (a listed name with its place word)
            elif tokens[k].text in _PLACE_WORDS_L and k + 1 in place_at:
                end = place_at[k + 1]
            if end is not None:
                typ = _definite_head_type(heads, head) or "government"
                found.append(Found(i, end, "", typ, None))
                i = end
                continue
        # -- an actor's outlet: «الموقع الرسمي للجيش اليمني», «الموقع الإلكتروني لوزارة الصحة»
        if head in pats["outlet_heads"] and i + 2 < n and tokens[i + 1].text in pats["outlet_adjectives"] \
                and not covered[i + 1] and i + 2 in actor_at \
                and any(p in ("ل", "لل") for p, _ in tokens[i + 2].forms[1:]):
            end, cc = actor_at[i + 2]
            found.append(Found(i, end, "", "media", cc))
            i = end
            continue
        # -- a definite head with a nisba: «الخارجية الروسية», «التلفزيون السوري الرسمي»,
        #    perhaps after descriptive adjectives: «القوات البحرية الملكية السعودية»
        if affairs_adjective(tokens, i, head):
            i += 1  # «في الشؤون الداخلية العراقية»: internal affairs, no ministry
            continue
        q = i + 1
        hprefix = ""
        if head not in generic and head not in pats["nisba_heads"]:
            # a clitic on the head: «للبحرية الإيطالية», «والشرطة التركية», «بالخارجية الروسية»
            hprefix, head = next(((p, st) for p, st in t.forms[1:] if p in _HEAD_CLITICS and st in generic),
                                 ("", head))
            if hprefix[:1] in ("و", "ف") and i > 0 and tokens[i - 1].text.startswith("ال"):
                hprefix, head = "", t.text  # «هيئة الإذاعة والتلفزيون الكرواتية»: the nisba is the pair's
        state_body = head in pats["nisba_heads"] or \
            (_definite_types().get(head) or _definite_head_type(heads, head)) in ("government", "military", "media")
        if (head in generic or head in pats["nisba_heads"]) and state_body:
            # (not «المنظمة الخيرية البريطانية»: a description of an organisation named before)
            while q < n and q - i <= 2 and not covered[q] and _descriptive(tokens[q].text):
                q += 1
        if (head in generic or q > i + 1) and q < n and tokens[q].text.startswith("ال") \
                and nisba_country(tokens[q].text)[0]:  # (a definite head takes a definite adjective: not «المنظمة روسيا»)
            cc = nisba_country(tokens[q].text)[1]
            if cc and head.endswith(("ه", "ات")) and not tokens[q].text.endswith(("ه", "ين", "ون")) \
                    and i > 0 and (not titles.firsts.isdisjoint(tokens[i - 1].stems)
                                   or not _MEMBERS.isdisjoint(tokens[i - 1].stems)):
                cc = None  # «ضابط الاستخبارات الأوكراني»: a masculine nisba is the officer's, not the body's
            if cc:
                k, _ = nisbas(q + 1, cc)
                if k < n and tokens[k].text in ("الرسمي", "الرسميه", "العليا"):
                    k += 1
                typ = _definite_types().get(head) or _definite_head_type(heads, head) or "government"
                found.append(Found(i, k, "", typ, cc, prefix=hprefix))
                i = k
                continue
        i += 1
    return found


# people of a body, before it in construct («ضابط الاستخبارات», «عنصر الشرطة»)
_MEMBERS = frozenset(normalize_text(w) for w in "ضابط ضباط عنصر عناصر جندي جنود فرد أفراد رجل رجال موظف عميل".split())
_HEAD_CLITICS = ("و", "ب", "وب", "لل", "ولل", "فلل", "ف")


_COMMAS = ("،", ",")


def _definite_head_type(heads: dict[str, str], head: str) -> str | None:
    """The actor type of a definite head noun by its indefinite form in ``org_heads``
    («الشرطة» → «شرطة», «الوزارة» → «وزاره»), or None."""
    return heads.get(head[2:]) or heads.get(head[2:] + "ه")


def _definite_before(tokens: list[Token], j: int, i: int, prefix: str) -> bool:
    """Whether the word before token ``j`` is definite: a title's last word, its nisba or a
    modifier of the office with the article («رئيس الوزراء», «الرئيس الأمريكي», «الحالي»),
    the title at token ``i`` perhaps after its clitic ``prefix`` («والرئيس»)."""
    tx = tokens[j - 1].text
    return tx.startswith("ال") or (j - 1 == i and prefix != "" and tx[len(prefix):].startswith("ال"))


def _domain(tokens: list[Token], j: int, covered: list[bool]) -> bool:
    """Whether token ``j`` may be the one-word domain of an indefinite title: a definite word,
    not listed, no nisba, title or frequent function word («الزراعة», «النفط», «المستشفى»)."""
    if j >= len(tokens) or covered[j]:
        return False
    t = tokens[j]
    tx = t.text
    return _word(t) and tx.startswith("ال") and len(tx) > 3 and tx not in _FUNCTION \
        and not nisba_country(tx)[0] and _titles()[0].firsts.isdisjoint(t.stems)


def _portfolio(tokens: list[Token], j: int, covered: list[bool], first: bool = True) -> int:
    """End of an office's domain at token ``j`` (0 when there is none): two definite words
    right after the title (``first``) and before «في» («الشؤون السياسية في»), or ل + a definite pair («لحقوق الإنسان», «لشؤون اللاجئين»), none of
    them listed, a nisba or a frequent function word."""
    n = len(tokens)
    def plain_def(k: int) -> bool:
        tx = tokens[k].text
        return k < n and not covered[k] and _word(tokens[k]) and tx.startswith("ال") and len(tx) > 4 \
            and tx not in _FUNCTION and not nisba_country(tx)[0]
    tx = tokens[j].text
    table = _common_table()
    if tx.startswith("ل") and not tx.startswith(("ال", "لل")) and len(tx) > 3 and not covered[j] \
            and any(p == "ل" and table.get(st) and st not in _titles()[1] for p, st in tokens[j].forms) \
            and j + 1 < n and plain_def(j + 1):  # (an organisation's head is its affiliation: «لوزارة»)
        return j + 2  # ل on a frequent noun («لحقوق», «لشؤون»), not a word in ل («لجنة», «لجين»)
    if first and plain_def(j) and j + 1 < n and plain_def(j + 1) and j + 2 < n \
            and tokens[j + 2].text in ("في", "ب", "لدي"):
        return j + 2
    return 0


@lru_cache(maxsize=None)
def _introducers() -> tuple[frozenset[str], frozenset[str]]:
    """``titles.yaml``: name_introducers and known_as, normalised."""
    data = load_data("titles.yaml")
    return (frozenset(normalize_text(w) for w in data.get("name_introducers") or []),
            frozenset(normalize_text(w) for w in data.get("known_as") or []))


def _introduced(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a word that introduces a name («تدعى», «المعروف باسم»),
    perhaps with «بـ» between («الملقب بـ»)."""
    intros, known = _introducers()
    k = i - 1
    if k >= 0 and tokens[k].text in ("ب", "بـ", "ب-"):
        k -= 1
    if k < 0:
        return False
    if tokens[k].text in intros:
        return True
    return tokens[k].text == "باسم" and k > 0 and tokens[k - 1].text in known


def _name_positions(tokens: list[Token], speech, index: dict[str, list[int]] | None) -> list[int]:
    """Where a name of 2-4 words may begin in :func:`find_patterns`: right after a verb of
    saying, or two to four tokens before a comma (ascending, not checked for name words)."""
    n = len(tokens)
    if index is not None:
        after = [i + 1 for i in positions(index, speech)]
        commas = positions(index, _COMMAS)
    else:
        after = [i + 1 for i, t in enumerate(tokens) if not speech.isdisjoint(t.stems)]
        commas = [i for i, t in enumerate(tokens) if t.text in _COMMAS]
    found = set(after)
    for q in commas:
        found.update(range(max(0, q - 4), q - 1))
    intros, known = _introducers()
    heads = intros | {"باسم"}
    for q in (positions(index, heads) if index is not None else
              [q for q, t in enumerate(tokens) if t.text in heads]):
        if tokens[q].text in intros or (q > 0 and tokens[q - 1].text in known):
            found.update((q + 1, q + 2))  # (after «بـ» too: «الملقب بـ»)
    return sorted(x for x in found if x < n)  # (a text may end right after the verb or «باسم»)


@lru_cache(maxsize=None)
def _start_words() -> frozenset[str]:
    """Every stem that may start a rule of :func:`find_patterns` other than a bare name: the
    first word of a title, an organisation head, a definite head, a local body's head."""
    titles, heads, generic = _titles()
    return indexed_words(frozenset(titles.firsts) | frozenset(heads) | frozenset(generic)
                         | _org_patterns()["local_heads"] | _org_patterns()["outlet_heads"])


@lru_cache(maxsize=None)
def _org_patterns() -> dict[str, frozenset[str]]:
    """``data/org_patterns.yaml``: each list as a set of normalised words."""
    data = load_data("org_patterns.yaml") or {}
    return {k: frozenset(normalize_text(w) for w in data.get(k) or [])
            for k in ("local_heads", "local_adjectives", "place_adjectives", "descriptive", "nisba_heads",
                      "name_enders", "front_heads", "definite_not_names", "outlet_heads", "outlet_adjectives",
                      "short_ministries", "affairs_nouns", "abstract_heads")}


def affairs_adjective(tokens: list[Token], i: int, stem: str) -> bool:
    """Whether «الخارجية»/«الداخلية» at token ``i`` (read as ``stem``) is the adjective of the
    definite noun before it, not a ministry: «في الشؤون الداخلية العراقية», «السياسة الخارجية
    الأمريكية» (``org_patterns.yaml``: short_ministries, affairs_nouns)."""
    pats = _org_patterns()
    return i > 0 and stem in pats["short_ministries"] and not pats["affairs_nouns"].isdisjoint(tokens[i - 1].stems)


@lru_cache(maxsize=None)
def _definite_types() -> dict[str, str]:
    """``data/org_patterns.yaml``: definite_types, normalised: a definite head whose
    indefinite form is no organisation head → its type («البحرية» → military)."""
    data = (load_data("org_patterns.yaml") or {}).get("definite_types") or {}
    return {normalize_text(h): typ for h, typ in data.items()}


@lru_cache(maxsize=None)
def _first_word_types() -> dict[str, dict[str, str]]:
    """``data/org_patterns.yaml``: first_word_types, normalised: head → first word → type."""
    data = (load_data("org_patterns.yaml") or {}).get("first_word_types") or {}
    return {normalize_text(h): {normalize_text(w): typ for typ, ws in by_type.items() for w in ws or []}
            for h, by_type in data.items()}


@lru_cache(maxsize=4096)
def _descriptive(tx: str) -> bool:
    """A definite adjective that may stand between a definite head and its nisba: «البحرية»,
    «الملكية», «الخاصة» in «القوات البحرية الملكية السعودية», «القوات الخاصة الأمريكية»."""
    if not tx.startswith("ال") or len(tx) < 5 or tx in _FUNCTION or nisba_country(tx)[0]:
        return False
    return tx in _org_patterns()["descriptive"] or tx.endswith("يه") or (tx.endswith("ي") and len(tx) > 5)


@lru_cache(maxsize=None)
def _not_bodies() -> dict[str, frozenset[str]]:
    """``data/org_patterns.yaml``: not_bodies, normalised: an organisation head → the words
    after which it is a common noun («قيادة» + «السيارة», «موقع» + «الحادث»)."""
    data = (load_data("org_patterns.yaml") or {}).get("not_bodies") or {}
    return {normalize_text(h): frozenset(normalize_text(w) for w in ws or []) for h, ws in data.items()}


_PLACE_WORDS_L = frozenset(normalize_text("ل" + w) for w in ("مدينة", "بلدة", "قرية", "محافظة", "حي", "مخيم", "منطقة"))


# Definite words that do not continue an organisation's name after its head: «موقع التواصل
# الاجتماعي» is social media, «شبكة الإنترنت» the internet; after «حركة» nouns of movement
# and trade too («حركة النزوح», «حركة الشحن» move people and goods, they are no movements).
_WEAK_DEF = set(normalize_text(w) for w in (
    "التواصل الانترنت الإنترنت"
).split())
# Organisation heads that are also verbal nouns («تنظيم» is organising): a frequent definite
# noun after them is what is organised («تنظيم الانتخابات»), not a name.
_VERBAL_HEADS = {normalize_text("تنظيم")}
_MOVEMENT = set(normalize_text(w) for w in (
    "النزوح الشحن الشاحنات النقل المسافرين السير المرور التجارة البيع الملاحة الطيران "
    "الاسواق الاسعار التنقل العبور الهجره الاحتجاج الاحتجاجات الاعمال البضايع السياحه "
    # what moves and where: vehicles, travellers, goods, ports («حركة القطارات», «حركة المارة»)
    "القطارات السيارات المركبات الحافلات الطايرات السفن البواخر المواصلات الموانئ "
    "المطارات الوافدين المارة الركاب الزوار المشاة المواطنين السلع الدخول الخروج الافراد"
).split())


@lru_cache(maxsize=4096)
def referring_heads(name: str) -> frozenset[str]:
    """Short forms by which an actor's name may be referred back to («الوزارة», «التحالف»)."""
    _, heads, generic = _titles()
    key = name_key(name)
    if len(key) < 2:
        return frozenset()
    first = key[0]
    definite = first if first.startswith("ال") else "ال" + first
    return frozenset((definite,)) if definite in generic else frozenset()


@lru_cache(maxsize=4096)
def surname(name: str) -> str | None:
    """The last word of a person's name, when it can stand alone for the person."""
    key = name_key(name)
    # a frequent word may be a surname («نويرت» is frequent in 2018 news), a noun may not
    if len(key) >= 2 and len(key[-1]) > 2 and key[-1] not in _FUNCTION and not _common_table().get(key[-1]) \
            and key[-1] not in _PARTICLES and key[-2] not in _PARTICLES \
            and key[-1] not in _NAME_TAILS:  # «عبد العزيز», «الحمد الله», «نور الدين» are one name
        return key[-1]
    return None


# -- listed people written with another transliteration («هنريتا فور» for «هنرييتا فور»)

_VARIANT_CLITICS = ("", "و", "ل", "ب")


def _skeleton(tok: str) -> str:
    """A normalised word without its inner long-vowel letters (ا و ي after the first letter)
    and with ج/ق for غ (the g of foreign names) and ت for ث (its th): how transliterations of
    one name differ («فيديريكا» and «فدريكا» → «فدرك»; «موغيريني», «موجيريني» → «مغرن»;
    «غريفيث», «غريفيت» → «غرفت»)."""
    tok = tok.replace("ج", "غ").replace("ق", "غ").replace("ث", "ت")
    # (three replace calls: str.translate looks each non-ASCII character up in a dict)
    return tok[:1] + tok[1:].replace("ا", "").replace("و", "").replace("ي", "")


skeleton = lru_cache(maxsize=262144)(_skeleton)


@lru_cache(maxsize=None)
def _variant_index() -> dict[tuple[str, ...], tuple[tuple[str, ...], object] | None]:
    """Skeleton of each listed person's name of two to four words → (the name's words, the
    entry); None where two people share a skeleton. Cached on disk with the name index
    (``gazetteer.derived``, entries by position): building it takes ~30 ms of every start."""
    from .gazetteer import actor_entries, derived

    entries = actor_entries()
    return {sk: None if v is None else (v[0], entries[v[1]])
            for sk, v in derived("variant-index", ["actors.py"], _build_variant_index).items()}


def _build_variant_index() -> dict[tuple[str, ...], tuple[tuple[str, ...], int] | None]:
    from .gazetteer import actor_entries

    out: dict = {}
    for k, e in enumerate(actor_entries()):
        if e.type != "person":
            continue
        for nm in (e.name, *e.aliases):
            key = name_key(nm)
            if not 2 <= len(key) <= 4 or any(len(w) < 2 for w in key):
                continue
            sk = tuple(map(_skeleton, key))
            if sum(map(len, sk)) < 6:
                continue
            if sk in out and (out[sk] is None or out[sk][1] != k):
                out[sk] = None
            else:
                out[sk] = (key, k)
    return out


@lru_cache(maxsize=None)
def variant_firsts() -> frozenset[str]:
    """The skeletons that begin a name of :func:`_variant_index` (a quick first test)."""
    return frozenset(sk[0] for sk in _variant_index())


@lru_cache(maxsize=None)
def _variant_words() -> frozenset[str]:
    """The skeletons of every word of the names of :func:`_variant_index`."""
    return frozenset(w for sk in _variant_index() for w in sk)


def variant_words(tokens: list[Token], hard: list[bool]) -> list[int]:
    """The positions of the words no lexicon name covers that may be a listed person's word
    in another spelling: neither a frequent word nor a given name (after one clitic letter
    too: «لهنريتا»), with the skeleton of a listed name's word."""
    # one C-level pass of look-ups in the memo; Python only at the few words that are no
    # known negative (a hit, or a text not seen lately)
    texts = list(map(_TEXT, tokens))
    vals = list(map(_variant_word.hot.get, texts))
    out = []
    for q in compress(count(), map(_NOT_FALSE, vals)):
        v = vals[q]
        if v is None:
            v = _variant_word.miss(texts[q])
        if v and not hard[q]:
            out.append(q)
    return out


def _may_be_variant(tx: str) -> bool:
    """Whether a token's text may be a listed person's word in another spelling (see
    :func:`variant_words`)."""
    table, given, words = _common_table(), _given_names(), _variant_words()
    # (not the memoised skeleton: most words come once, and their skeletons would fill its cache)
    if tx not in table and tx not in given and tx not in _FUNCTION and _skeleton(tx) in words:
        return True
    if tx[:1] in "وبل":
        w = tx[1:]
        return w not in table and w not in given and w not in _FUNCTION and _skeleton(w) in words
    return False


_variant_word = WordMemo(_may_be_variant, 1 << 15)  # memoised per token text (as many as reader._token_info)
_TEXT = attrgetter("text")
_NOT_FALSE = partial(is_not, False)


@lru_cache(maxsize=None)
def variant_pairs() -> frozenset[tuple[str, str]]:
    """The skeletons of the first two words of the names of :func:`_variant_index`."""
    return frozenset(sk[:2] for sk in _variant_index())


def variant_person_at(tokens: list[Token], i: int, covered: list[bool]) -> tuple[int, str, object] | None:
    """(end, clitic prefix, entry) of a listed person written at token ``i`` with another
    transliteration, or None. Every word that differs from the listed spelling must be
    no frequent word, nor a given name where the listed word is another one (so «محمد سعد»
    is never «محمد سعيد»)."""
    firsts = variant_firsts()
    forms = [(p, st) for p, st in tokens[i].forms if p in _VARIANT_CLITICS and skeleton(st) in firsts]
    if not forms:
        return None
    index = _variant_index()
    n = len(tokens)
    table = _common_table()
    given = _given_names()
    for length in (4, 3, 2):
        j = i + length
        if j > n or any(covered[i + 1:j]) or not all(_word(t) for t in tokens[i + 1:j]):
            continue  # (token i itself the caller checked)
        rest = tuple(skeleton(t.text) for t in tokens[i + 1:j])
        for prefix, first in forms:
            hit = index.get((skeleton(first), *rest))
            if hit is None:
                continue
            key, entry = hit
            said = (first, *(t.text for t in tokens[i + 1:j]))
            differ = [(w, k) for w, k in zip(said, key) if w != k]
            # (a given name differs from a listed given name: «سعد» is not «سعيد», nor «سعود»;
            # but a long foreign one, «ديمتري», is «دميتري» in another spelling)
            if differ and not any((w in given and (k in given or len(w) < 5)) or w in table or w in _FUNCTION
                                  for w, k in differ):
                return j, prefix, entry
    return None
