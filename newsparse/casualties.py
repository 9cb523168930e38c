"""Casualty figures: who was killed, injured, missing, detained, displaced or otherwise harmed,
and how many.

``extract(doc, attributions)`` scans each sentence once, token by token. At each count — a
number (``numbers.read_number``), a vague quantity («عشرات», «مئات الآلاف»), a dual («قتيلين»,
«جنديين») or a singular victim next to a harm word («مقتل جندي») — it reads the qualifier
around it («أكثر من», «ما لا يقل عن», «على الأقل», «بين 10 و15») and decides the kind from the
Arabic news patterns around it, in this order:

1. NUMBER + counted harm noun: «40 قتيلا», «عشرات الجرحى», «6.1 مليون نازح»; two kinds
   coordinated («1000 قتيل وجريح», «بين قتيل وجريح») make one ``affected`` toll;
2. harm verb or verbal noun right before: «قتل 27 شخصا», «أسفر عن مقتل ثمانية مدنيين»,
   «وإصابة العشرات», «ومن بين القتلى 98 طفلا»; «حصيلة القتلى ... إلى 1031»;
3. a detail of the toll just reported: «... بينهم 32 طفلا و14 امرأة» (same kind);
4. a harm verb right after a count with no noun («أكثر من 60 ألفا نزحوا»), or people driven
   to flee («وأجبرت مئات السكان على الفرار», «دفعت بعشرات الآلاف إلى النزوح»);
5. NUMBER + victims + harm verb after: «43 مدنيا قتلوا», «أكثر من 1400 فلسطيني أصيب»,
   also across a detail set off by commas («4 آلاف شخص، بينهم مئات الأطفال، نزحوا»);
6. a harm word a few words before: «تحتجز السلطات العراقية 833 طفلا».

A singular indefinite counted noun is one person harmed («سقوط قتيل و12 جريحا»). Two harm
words before one count make one ``affected`` toll («مقتل وجرح العشرات», «وقتل وأصيب 40
شخصا», «حصيلة القتلى والجرحى»). Some harm words need a word after them: «لقي» a fate
(«حتفه»), «مصير» an unknown one («مجهولا»); an execution after a sentence («حكمها بإعدام»)
and a suspension («أوقف ... عن العمل») are no tolls.

Rule 2 also finds the harm word across a time aside («اختطفت، في وقت سابق السبت، 15 امرأة»),
in a toll statement («عدد المعتقلين يبلغ 66», «إلى 63 عدد الفلسطينيين الذين قتلوا»), and in
verbs or nouns that count only people («وقضى 77 شخصا», «أسر 5 جنود», «جثث ثلاثة أطفال»).

A harm word must state the harm of the counted people: not one in a charge, an attempt or
a threat («بتهمة تعذيب محتجز», «محاولة قتل ضابط», «هدد بقتل»), a deed of theirs with ب
(«قام 19 شخصا بخطف طائرات», «حكم على 300 شخص بالإعدام»), another clause («بعد أن»), what
may happen («ربما يقتلون»), or the verb of another person or figure named between
(«إنقاذ 41 مهاجرا واعتبار 63 آخرين في عداد المفقودين»). The subject of an active verb with
its own object count is no victim («قتل رجل ثلاثة أشخاص»); the rescued are alive; captives
killed or hurt are counted as such («أعدم التنظيم ثمانية رهائن», «215 أسيرا قضوا»).

Counts of things (units, money, time, weapons, buildings), percentages and ages («في المئة»,
«من العمر») are skipped. Vocabulary is
in ``data/casualties.yaml``; all lookups are built once.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter, not_

from .actors import nisba_country
from .doc import Doc
from .lexicon import load_data
from .model import Casualty, Count
from .numbers import _lexicon as _number_lexicon, clitic_heads, read_number
from .reader import WordMemo, normalize_text

_PUNCT_STOP = {".", "!", "?", "؟", "؛", ":", "\n"}
_COMMA = {"،", ","}
_QUOTES = {'"', "«", "»", "“", "”"}
# tokens that may follow a count whose victims are not named («وأصيب المئات.», «إلى 1031،»)
_NEUTRAL_AFTER = {"في", "منذ", "خلال", "يوم", "اليوم", "امس", "جراء", "بسبب", "نتيجه", "اثر",
                  "علي", "قد", "بعد", "حين", "عندما", "اخرين", "اخرون", "بينهم", "منهم", "حتي",
                  "بين", "او", "و", "ما", "الي", "فيما", "بينما", "مع", "قبل", ")"}
_HARM_ROLES = ("verbs", "nouns", "counted", "duals")


@dataclass
class _Harm:
    kind: str
    role: str
    start: int  # token range of the harm word / phrase
    end: int
    definite: bool = False


@lru_cache(maxsize=None)
def _lex() -> dict:
    data = load_data("casualties.yaml")
    n = normalize_text

    def words(xs):
        return frozenset(n(x) for x in xs or ())

    def seqs(xs):
        return [tuple(n(x).split()) for x in xs or ()]

    harm: dict[str, list[tuple[str, str]]] = {}
    for kind, roles in data["harm"].items():
        for role in _HARM_ROLES:
            for w in roles.get(role) or ():
                lst = harm.setdefault(n(w), [])
                if (kind, role) not in lst:
                    lst.append((kind, role))
    phrases: dict[str, list[tuple[tuple[str, ...], str, str, int]]] = {}
    for p in data.get("phrases") or ():
        ws = tuple(n(w) for w in p["words"])
        phrases.setdefault(ws[0], []).append((ws, p["kind"], p["role"], int(p.get("gap", 0))))
    q_before = sorted(((s, q) for q, xs in data["qualifiers"]["before"].items() for s in seqs(xs)),
                      key=lambda x: -len(x[0]))
    q_after = sorted(((s, q) for q, xs in data["qualifiers"]["after"].items() for s in seqs(xs)),
                     key=lambda x: -len(x[0]))
    vague = sorted(((s, v) for v, xs in data["vague"].items() for s in seqs(xs)),
                   key=lambda x: -len(x[0]))
    vague_cons = {tuple(n(k).split()): int(v) for k, v in (data.get("vague_conservative_phrase") or {}).items()}
    return {
        "harm": harm, "phrases": phrases, "q_before": q_before, "q_after": q_after,
        "vague": vague, "vague_first": frozenset(s[0] for s, _ in vague),
        "vague_cons": vague_cons, "conservative": dict(data["conservative"]),
        "victims": words(data["victims"]), "singular": words(data["singular_victims"]),
        "dual": words(data["dual_victims"]), "infection": words(data["infection"]),
        "not_people": words(data["not_people"]), "not_before": words(data["not_people_before"]),
        "detail": words(data["detail_markers"]), "perp": words(data["perpetrator_markers"]),
        "perp_links": words(data.get("perpetrator_links")),
        "perp_nisba": words(data.get("perpetrator_nisba_markers")),
        "agent_verbs": words(data.get("agent_verbs")),
        "agent_openers": words(data.get("agent_openers")),
        "victim_links": words(data.get("victim_group_links")),
        "victim_groups": {n(k): v for k, v in (data.get("victim_group_words") or {}).items()},
        "cumulative": words(data["cumulative"]), "range_to": words(data["range_to"]),
        "neutral": frozenset(n(x) for x in _NEUTRAL_AFTER),
        "not_vague_before": words(data.get("not_vague_before")),
        "clause": words(data.get("clause_breaks")),
        "toll": words(data.get("toll_nouns")),
        "leaving": words(data.get("leaving_verbs")), "civilians": words(data.get("civilians")),
        "object_people": words(data.get("object_people")),
        "aside_time": words(data.get("aside_time")),
        "remains": words(data.get("remains")),
        "reach": words(data.get("reach_verbs")), "relative": words(data.get("relatives")),
        "suspects": words(data.get("suspects")),
        "meet": words(data.get("meet_verbs")), "fate": words(data.get("fate_nouns")),
        "fate_of": words(data.get("fate_of")), "unknown": words(data.get("unknown")),
        "one_harmed": words(data.get("one_harmed")), "agency": words(data.get("agency_words")),
        "execution": words(data.get("execution_words")), "sentence": words(data.get("sentence_words")),
        "carry_out": words(data.get("carry_out_verbs")),
        "suspend": words(data.get("suspend_words")), "work": words(data.get("work_nouns")),
        "escape": words(data.get("escape_words")),
        "fwd_break": words(data.get("predicate_breaks")),
        "noun_break": words(data.get("predicate_noun_breaks")),
        "attempt": words(data.get("attempt_words")),
        "bringing_to": words(data.get("bringing_to")),
        "back_break": words(data.get("back_breaks")),
        "spend": words(data.get("spend_verbs")), "spent": words(data.get("spent_time")),
        "governs": words(data.get("other_actions")), "rescue": words(data.get("rescue_words")),
        "funeral": words(data.get("funeral_verbs")),
        "possibility": words(data.get("possibility_words")),
        "people_verbs": {n(w): kind for kind, xs in (data.get("people_verbs") or {}).items() for w in xs},
        "not_people_seqs": frozenset(seqs(data.get("not_people_phrases"))),
    }


def _readings(text: str, stems) -> list[tuple[str, bool]]:
    """(stem, definite) readings of a token (its text and the reader's clitic-stripped stems):
    each stem, and each without ال."""
    out = []
    if text[:1] in ("و", "ف") and len(text) >= 3 and text[1:] not in stems:
        stems = (*stems, text[1:])  # «وفر», «وقتل»: short words the reader does not split
    for s in stems:
        out.append((s, False))
        if s.startswith("ال") and len(s) > 3:
            out.append((s[2:], True))
    return out


_CLASSES = ("victims", "singular", "dual", "infection", "not_people", "not_before", "detail", "perp",
            "cumulative", "range_to", "neutral", "not_vague_before", "clause", "vague_first", "toll",
            "leaving", "civilians", "object_people", "aside_time", "people_verb",
            "reach", "relative", "remains", "suspects", "meet", "fate", "execution", "sentence",
            "carry_out", "suspend", "work", "fate_of", "unknown", "one_harmed", "agency",
            "escape", "fwd_break", "noun_break", "attempt", "back_break", "spend", "spent",
            "governs", "rescue", "funeral", "possibility")
_VICTIM_ENDINGS = ("يين", "يون", "يا", "ي")


class _Info:
    """What a token's text says by itself (cached per text): its readings (``stems``: only
    those in ``_vocabulary()``, so none for a ``plain`` word), word classes, the harm words
    and phrases it may start, the qualifiers and vague quantities it may start or end, and
    whether a count may start at it."""

    __slots__ = ("plain", "stems", "cls", "phrases", "words", "cand", "busy", "cumul",
                 "q_before", "q_after", "vague")


@lru_cache(maxsize=None)
def _class_index() -> dict[str, frozenset[str]]:
    """Word → the names of the word classes (``_CLASSES``) it belongs to."""
    lex = _lex()
    idx: dict[str, set[str]] = {}
    for name in _CLASSES:
        for w in (lex["people_verbs"] if name == "people_verb" else lex[name]):
            idx.setdefault(w, set()).add(name)
    return {w: frozenset(v) for w, v in idx.items()}


@lru_cache(maxsize=None)
def _seq_index(name: str, last: bool) -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
    """The word sequences of ``lex[name]`` by their last (or first) word, each with its rank
    in the list: only these can match where that word is."""
    idx: dict[str, list] = {}
    for k, (seq, val) in enumerate(_lex()[name]):
        idx.setdefault((seq[-1] if last else seq[0]) if seq else None, []).append((k, seq, val))
    return {w: tuple(v) for w, v in idx.items()}


# the word sequences an _Info lists (slots q_before, q_after, vague): the list in _lex(), and
# whether a word lists those ending (rather than starting) with it
_SEQ_LISTS = (("q_before", True), ("q_after", False), ("vague", False))


@lru_cache(maxsize=None)
def _vocabulary() -> frozenset[str]:
    """Every word of the word classes, harm words, phrases, qualifiers and vague quantities:
    a token none of whose readings is one of these has nothing to look up."""
    lex = _lex()
    words = set(_class_index()) | set(lex["harm"])
    words.update(w for ps in lex["phrases"].values() for p in ps for w in p[0])
    for name in ("q_before", "q_after", "vague"):
        words.update(w for seq, _ in lex[name] for w in seq)
    return frozenset(words)


@lru_cache(maxsize=None)
def _plain_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What ``_is_plain`` looks up: the stems that give a token a reading in
    ``_vocabulary()`` (its words, and each with ال, which ``_readings`` drops); the texts
    where a count may start whatever their readings (number words, «أحد»); the number words."""
    vocab = _vocabulary()
    num = _number_words()
    return vocab | {"ال" + w for w in vocab if len(w) > 1}, num | {"احد", "احدي", "واحد"}, num


def _is_plain(text: str, stems) -> bool:
    """Whether a token (its text and the reader's stems) has no reading in ``_vocabulary()``
    and cannot start a number: most words, which all share ``_plain_info()``."""
    not_plain, cand_words, num = _plain_sets()
    if not not_plain.isdisjoint(stems) or text in cand_words:
        return False
    c = text[:1]
    if c.isdigit():
        return False
    if c == "و" and (text == "و" or text[1:2].isdigit() or text[1:] in num):
        return False
    if _prefixed_number_word(text, num):
        return False
    # the reading «وفر» → «فر» that ``_readings`` adds
    return not (c in ("و", "ف") and len(text) >= 3 and text[1:] in not_plain)


def _seqs_for(stems: frozenset[str], name: str, last: bool) -> tuple:
    """The ``(rank, seq, value)`` sequences of ``lex[name]`` whose last (first) word is one of
    ``stems``, in list order."""
    idx = _seq_index(name, last)
    found = [x for s in stems for x in idx.get(s, ())]
    if None in idx:  # an empty sequence (not in the shipped data) matches anywhere
        found += idx[None]
    if len(found) > 1:
        found.sort()
    return tuple(found)


_NO_CLASS: frozenset[str] = frozenset()


def _suffix_victim(stems: frozenset[str]) -> bool:
    """Whether a reading looks like a plural or nisba noun of people («مدنيين», «فلسطيني»)."""
    for s in stems:
        if len(s) >= 4 and s.endswith(_VICTIM_ENDINGS) and not s.endswith("تي") and s[:1] != "ا" or (
            len(s) >= 5 and s.endswith(("ين", "ون"))
        ):
            if s.startswith("ال") and not s.endswith(("يين", "ين", "ون")):
                continue
            return True
    return False


# endings added to a listed noun of people: the indefinite accusative («تلميذا» ← «تلميذ»)
# and the feminine («طالبة» ← «طالب», normalised «ه»)
_INFLECTIONS = ("ا", "ه")
_POSSESSIVES = ("هما", "هم", "ها", "ه", "نا", "كم")


def _inflected_victim(stems, victims: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether a reading is a listed noun of people (``victims``) plus one of ``endings``."""
    for s in stems:
        for e in endings:
            if s.endswith(e) and len(s) - len(e) >= 3 and s[:-len(e)] in victims:
                return True
    return False


@lru_cache(maxsize=None)
def _nisbas() -> frozenset[str]:
    """The nationality adjectives of ``nisba.yaml`` without ال («ايراني», «امريكي»): the
    suffix test of ``_suffix_victim`` leaves out words in «ا...يا» (adverbs: «اقتصاديا»), where
    most of these begin."""
    out = set()
    for forms in load_data("nisba.yaml").values():
        for f in forms or ():
            w = normalize_text(f)
            if " " not in w and w.startswith("ال"):
                out.add(w[2:])
    return frozenset(out)


def _nisba_victim(stems) -> bool:
    """Whether a reading is a nationality adjective, as a noun of people: «11 إيرانيا»,
    «أمريكي», «إثيوبية»."""
    nis = _nisbas()
    for s in stems:
        if s in nis or (s[-1:] in ("ا", "ه") and s[:-1] in nis):
            return True
    return False


def _reading_set(text: str, stems) -> frozenset[str]:
    """The readings of a token (its text and the reader's stems), without the ال flags."""
    return frozenset([s for s, _ in _readings(text, stems)])


def _compute_info(text: str, stems) -> _Info:
    """The :class:`_Info` of a token's text, given the reader's stems of that text."""
    if _is_plain(text, stems):
        return _plain_info()
    lex = _lex()
    inf = _Info()
    inf.plain = False
    rd = _readings(text, stems)
    inf.stems = stemset = frozenset([s for s, _ in rd])
    ci = _class_index()
    cls = _NO_CLASS
    for s in stemset:
        c = ci.get(s)
        if c is not None:
            cls = cls | c
    inf.cls = cls
    inf.cumul = "cumulative" in cls
    phrases = lex["phrases"]
    inf.phrases = tuple(p for s, _ in rd for p in phrases.get(s, ()))
    words: list[tuple[str, str, bool]] = []
    harm = lex["harm"]
    for s, definite in rd:
        for kind, role in harm.get(s, ()):
            if definite and role == "verbs":
                continue  # no verb takes the article: «بالقتل», «القتل» are verbal nouns
            if all(x[0] != kind or x[1] != role for x in words):
                words.append((kind, role, definite))
    inf.words = tuple(words)
    inf.q_before, inf.q_after, inf.vague = (_seqs_for(stemset, name, last) for name, last in _SEQ_LISTS)
    t = text
    num = _number_words()
    inf.cand = bool(
        "vague_first" in cls or "dual" in cls or "singular" in cls or "one_harmed" in cls
        or t in ("احد", "احدي", "واحد")
        or t[:1].isdigit() or t in num
        or (t[:1] == "و" and (t == "و" or t[1:2].isdigit() or t[1:] in num))
        or _prefixed_number_word(t, num))
    inf.busy = bool(inf.phrases or inf.words or inf.cand or inf.cumul)  # _Scan has something to do here
    return inf


def _prefixed_number_word(t: str, num: frozenset[str]) -> bool:
    """Whether ``t`` is a number word behind a clitic prefix («بخمسة», «لأحد» of «لأحد عشر»),
    as ``numbers.read_number`` reads one (``num`` holds the teens' first words too)."""
    # first the cheap test: a head is ``t`` without its first one or two letters (most words
    # beginning in و ب ل ك ف are no number behind a prefix)
    for k in _number_lexicon()["prefix_lengths"]:
        if t[k:] in num:
            return any(h in num for h in clitic_heads(t))
    return False


@lru_cache(maxsize=None)
def _plain_info() -> _Info:
    """The info shared by plain words (see ``_is_plain``). Its ``stems`` is empty: the words
    looked for in ``stems`` are all in ``_vocabulary()``; ``_Scan.readings`` has the rest."""
    inf = _Info()
    inf.plain = True
    inf.stems = inf.cls = _NO_CLASS
    inf.phrases = inf.words = ()
    inf.q_before, inf.q_after, inf.vague = (_seqs_for(_NO_CLASS, name, last) for name, last in _SEQ_LISTS)
    inf.cand = inf.busy = inf.cumul = False
    return inf


def _infos_of(toks, texts: list[str]) -> list[_Info]:
    """The infos of ``toks`` (whose texts are ``texts``): one C-level pass of lookups in the
    memo's ``hot`` generation, then the few texts not there one by one."""
    memo = _info
    infos = list(map(memo.hot.get, texts))
    for i in compress(count(), map(not_, infos)):  # the misses (an _Info is truthy)
        t = texts[i]
        # the text may have been missed before in this document (a turnover replaces hot)
        infos[i] = memo.hot.get(t) or memo.miss(t, toks[i].stems)
    return infos


_info = WordMemo(_compute_info, 1 << 15)
_TEXT = attrgetter("text")
_BUSY = attrgetter("busy")


@lru_cache(maxsize=None)
def _number_words() -> frozenset[str]:
    """Every word a number may start with (``numbers._atom`` reads nothing else)."""
    from .numbers import _lexicon

    lx = _lexicon()
    return frozenset().union(*(lx[k] for k in ("units", "teen_first", "tens", "hundreds", "scales", "fractions",
                                                "definite_units")))


class _Scan:
    """Per-document lookups: each token's :class:`_Info`, and the harm words and count
    candidates, found at the few tokens whose text can start one."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = _lex()
        toks = doc.tokens
        self.texts = list(map(_TEXT, toks))
        self.infos = infos = _infos_of(toks, self.texts)
        n = len(toks)
        harm: list[_Harm | None] = [None] * n
        harm_all: list = [()] * n
        cand = []
        cumul = []
        # the verb / verbal-noun phrases of two or more tokens by their end, in text order
        phrase_ends: dict[int, list[_Harm]] = {}
        for i in compress(count(), map(_BUSY, infos)):
            f = infos[i]
            if f.cumul:
                cumul.append(i)
            hs = None
            # phrases first (they override single words)
            if f.phrases:
                for ws, kind, role, gap in f.phrases:
                    j = self._match_phrase(ws, i, gap)
                    if j is not None:
                        if hs is None:
                            hs = []
                        h = _Harm(kind, role, i, j)
                        hs.append(h)
                        if j - i > 1 and role in ("verbs", "nouns"):
                            phrase_ends.setdefault(j, []).append(h)
            if hs is None and f.words:
                hs = [_Harm(kind, role, i, i + 1, definite) for kind, role, definite in f.words]
            if hs:
                harm_all[i] = hs
                harm[i] = hs[0]
                if f.cand or any(h.role == "duals" for h in hs):
                    cand.append(i)
            elif f.cand:
                cand.append(i)
        self.harm = harm
        self.harm_all = harm_all
        self.phrase_ends = phrase_ends
        self.cand = cand  # the tokens where a count may start (``_at`` is None elsewhere)
        self.cumul = cumul  # the tokens of cumulative words («حصيلة»)

    def _match_phrase(self, ws, i: int, gap: int) -> int | None:
        """End token of phrase ``ws`` starting at token ``i`` (words up to ``gap`` apart)."""
        texts = self.texts
        infos = self.infos
        n = len(texts)
        j = i + 1
        for w in ws[1:]:
            k = j
            while k < n and k <= j + gap and w not in infos[k].stems:
                if texts[k] in _PUNCT_STOP or texts[k] in _COMMA:
                    return None
                k += 1
            if k >= n or w not in infos[k].stems:
                return None
            j = k + 1
        return j

    # ---------------------------------------------------------------- word classes

    def readings(self, i: int) -> frozenset[str]:
        """All readings of token ``i`` (clitic-stripped stems, and each without ال); its
        ``_Info.stems`` has those in ``_vocabulary()``."""
        f = self.infos[i]
        if f.plain:
            return _reading_set(self.texts[i], self.doc.tokens[i].stems)
        return f.stems

    def has(self, i: int, name: str) -> bool:
        return name in self.infos[i].cls

    def harm_of(self, i: int, roles: tuple[str, ...], definite_counted: bool = False) -> _Harm | None:
        for h in self.harm_all[i]:
            if h.role in roles:
                return h
            if definite_counted and h.role == "counted" and (h.definite or self.texts[i].startswith(("ال", "وال", "بال", "لل"))):
                return h
        return None

    def is_victim(self, i: int) -> bool:
        f = self.infos[i]
        c = f.cls
        if "victims" in c or "dual" in c:
            return True
        if "not_people" in c or self.harm[i] is not None:
            return False
        rd = self.readings(i)
        victims = self.lex["victims"]
        return _suffix_victim(rd) or _inflected_victim(rd, victims, _INFLECTIONS) \
            or _inflected_victim(rd, victims, _POSSESSIVES) or _nisba_victim(rd)

    def possessed_victim(self, i: int) -> bool:
        """Whether token ``i`` is a noun of people with a possessive pronoun («جنوده»,
        «عناصرها», «أفرادنا»): «أحد جنوده» is one of them."""
        return _inflected_victim(self.readings(i), self.lex["victims"], _POSSESSIVES)

    def seq_at(self, i: int, seq: tuple[str, ...]) -> bool:
        if i < 0 or i + len(seq) > len(self.texts):
            return False
        infos = self.infos
        return all(seq[k] in infos[i + k].stems for k in range(len(seq)))


# -------------------------------------------------------------------- counts


@dataclass
class _Cnt:
    a: int  # first token of the number (or vague word)
    b: int  # token after it (range and trailing qualifier included)
    qa: int  # first token including a preceding qualifier
    count: Count


def _qualifier_before(sc: _Scan, a: int, lo: int) -> tuple[str, int] | None:
    if a - 1 < lo:
        return None
    t = sc.texts[a]
    if t[:1] == "و" and len(t) > 1 and t not in _ONE:
        return None  # «أربعة قتلى على الأقل وعدد من الجرحى»: the qualifier ends the last item
    if sc.texts[a - 1] == "ال" and a - 2 >= lo:
        a -= 1  # «قرابة الـ50 قتيلا»: the article written apart with a tatweel
    for _, seq, q in sc.infos[a - 1].q_before:
        s = a - len(seq)
        if s >= lo and sc.seq_at(s, seq):
            if q == "up_to" and sc.texts[s] in sc.lex["bringing_to"]:
                continue  # «ارتفع عدد الضحايا ليصل إلى 62»: the toll reached 62, exactly
            return q, s
    return None


def _qualifier_after(sc: _Scan, b: int, hi: int) -> tuple[str, int] | None:
    """A qualifier after the count («على الأقل», «ونيف»); not «وأكثر من» that starts the
    next figure («إلى 204 شخصا وأكثر من 22 ألف مصاب»)."""
    if b >= hi:
        return None
    for _, seq, q in sc.infos[b].q_after:
        e = b + len(seq)
        if e <= hi and sc.seq_at(b, seq):
            if e < hi and sc.texts[e] in ("من", "عن", "علي") and sc.texts[b][:1] == "و":
                continue
            return q, e
    return None


def _int(v) -> int | None:
    if v is None:
        return None
    if isinstance(v, float) and not v.is_integer():
        return None
    v = int(v)
    return v if v > 0 else None


def _read_count(sc: _Scan, i: int, lo: int, hi: int) -> _Cnt | None:
    lex = sc.lex
    texts = sc.texts
    # vague quantities
    if sc.has(i, "vague_first"):
        # «أكبر عدد من الضحايا»; not «على الأقل وعدد من الجرحى», a next item
        if i > lo and sc.has(i - 1, "not_vague_before") and texts[i][:1] != "و":
            return None
        for _, seq, cls in sc.infos[i].vague:
            if i + len(seq) <= hi and sc.seq_at(i, seq):
                cons = lex["vague_cons"].get(seq, lex["conservative"].get(cls))
                b = i + len(seq)
                qa = i
                if _quoted(sc, i, b, lo, hi):
                    b, qa = b + 1, i - 1  # «"بضع عشرات" من المواطنين», with both quotes
                q = _qualifier_before(sc, i, lo)
                return _Cnt(i, b, q[1] if q else qa, Count(qualifier="exact", vague=cls, conservative=cons))
    r = read_number(texts, i)
    if r is None:
        return None
    v, b = r
    if b > hi:
        return None
    v = _int(v)
    if v is None:
        return None
    # a figure in brackets, as official statements write them: «بمقتل (25) وجرح (16) آخرين»,
    # or in quotes: «"40" شخصا»
    br = (i - 1 >= lo and texts[i - 1] == "(" and b < hi and texts[b] == ")") or _quoted(sc, i, b, lo, hi)
    a = i - 1 if br else i
    q = _qualifier_before(sc, a, lo)
    qual, qa = (q if q else ("exact", a))
    count = Count(value=v, qualifier=qual, conservative=v)
    if br:
        return _Cnt(i, b + 1, qa, count)
    # ranges: «بين 10 و15», «10 إلى 15», «من 10 إلى 15», «10-15»
    if b < hi:
        t = texts[b]
        second = None
        if t in lex["range_to"] and b + 1 < hi:
            second = read_number(texts, b + 1)
        elif t.startswith("و") and len(t) > 1:
            second = read_number(texts, b)
        if second is not None and second[1] <= hi:
            v2 = _int(second[0])
            before = texts[i - 1] if i - 1 >= lo else ""
            joined_by_and = t == "و" or (t.startswith("و") and t != "و")
            if v2 and v2 > v and (not joined_by_and or before == "بين"):
                if before == "من" and any(s.startswith(("ارتفع", "ليرتفع", "لترتفع", "ارتفاع"))
                                          for k in range(max(lo, i - 8), i) for s in sc.readings(k)):
                    count = Count(value=v2, qualifier="exact", conservative=v2)
                else:
                    v = _shared_scale(texts, i, b, second[1], v, v2)  # «بين 5 و7 آلاف»
                    count = Count(min=v, max=v2, qualifier="range", conservative=v)
                    if before in ("بين", "من"):
                        qa = i - 1
                b = second[1]
    return _Cnt(i, b, qa, count)


def _quoted(sc: _Scan, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether the count from token ``a`` to ``b`` stands alone in quotes: «"بضع عشرات"»."""
    return a - 1 >= lo and sc.texts[a - 1] in _QUOTES and b < hi and sc.texts[b] in _QUOTES


def _shared_scale(texts, i: int, b: int, e: int, v: int, v2: int) -> int:
    """The first figure of a range whose scale word is written only after the second
    («بين 5 و7 آلاف»: 5000, «من 2 إلى 3 ملايين»); ``texts[i:b]`` is the first number,
    ``texts[:e]`` ends the second."""
    from .numbers import _lexicon

    scales = _lexicon()["scales"]
    if any(texts[k] in scales for k in range(i, b)):
        return v
    sc = scales.get(texts[e - 1])
    if sc is None:
        return v
    scaled = v * sc[1]
    return scaled if scaled <= v2 else v


# -------------------------------------------------------------------- extraction


def _find_back(sc: _Scan, qa: int, lo: int, maxdist: int) -> tuple[_Harm, int] | None:
    """The nearest harm verb / verbal noun / definite counted noun before token ``qa``."""
    k = qa - 1
    dist = 0
    while k >= lo and dist <= maxdist:
        t = sc.texts[k]
        if t in _PUNCT_STOP or (t in _COMMA and dist > 0) or sc.has(k, "clause") \
                or (dist > 0 and sc.has(k, "back_break")) or (dist == 0 and sc.has(k, "governs")):
            return None  # the count is the object of another verbal noun: «بطرد 23 دبلوماسيا»
        h = sc.harm[k]
        if h is not None:
            # a phrase cue ends here?
            h2 = sc.harm_of(k, ("verbs", "nouns"), definite_counted=True)
            if h2 is not None and h2.role == "counted" and k > lo and sc.has(k - 1, "agency"):
                h2 = None  # an agency's name: «المفوضية السامية لشؤون اللاجئين إن ... 120 ألف»
            if h2 is not None:
                return h2, dist
        # phrases ending at k that start before it (at most 6 tokens before)
        for h3 in sc.phrase_ends.get(k + 1, ()):
            if h3.start >= lo and h3.start >= k - 6:
                return h3, dist
        if sc.texts[k][:1].isdigit() and not (k + 1 < len(sc.texts) and (
                sc.has(k + 1, "not_people") or sc.texts[k + 1] == "/")):
            return None
        k -= 1
        if t not in _QUOTES:
            dist += 1  # a quote opening the figure is no word between: «مقتل وإصابة "عشرات الروس"»
    return None


def _find_fwd(sc: _Scan, j: int, hi: int, window: int = 10) -> _Harm | None:
    """A harm verb (or predicate noun «قتلى») after the victims, in the same clause."""
    k = j
    if k + 1 < hi and sc.texts[k] in _COMMA and sc.has(k + 1, "detail"):
        # «4 آلاف شخص، بينهم مئات الأطفال، نزحوا»: a detail set off by commas, then the verb
        e = next((x for x in range(k + 2, min(hi, k + 12)) if sc.texts[x] in _COMMA or sc.texts[x] in _PUNCT_STOP), None)
        if e is None or sc.texts[e] not in _COMMA:
            return None
        h = sc.harm_of(e + 1, ("verbs",)) if e + 1 < hi else None
        return h if h is not None and sc.texts[e + 1][:1] != "و" else None
    # past a detail marker, a counted noun is the detail's («9 أشخاص بينهم لاجئون»), not
    # the victims' predicate
    detail = False
    while k < hi and k < j + window:
        t = sc.texts[k]
        if t in _PUNCT_STOP or t in _COMMA or sc.has(k, "clause") or sc.has(k, "fwd_break"):
            # also a complement of another verb: «أرسلت 100 من قواتها إلى منطقة ... للتحقيق
            # في محاولة قتل», «إحالة 6 شرطيين إلى المحكمة بتهمة تعذيب محتجز»
            return None
        if k > j and (t[:1].isdigit() or t[1:2].isdigit() and t[:1] == "و"):
            r = read_number(sc.texts, k)
            if r is not None and r[1] < hi and (sc.harm_of(r[1], ("counted",)) is not None
                                                or sc.has(r[1], "detail")):
                # the next figure and its own noun: «204 شخصا وأكثر من 22 ألف مصاب»; a part
                # of these victims: «500 مقاتل ونحو 100 منهم قتلوا» (the 100 were killed)
                return None
            if r is not None and r[1] < hi and sc.is_victim(r[1]) and not _coordinated(sc, k, j):
                # a figure of other people, not joined to these by «و»: «إنقاذ 41 مهاجرا
                # واعتبار 63 آخرين في عداد المفقودين» (not «7 جنود و8 مسلحين قتلوا»)
                return None
        if sc.has(k, "detail") or sc.has(k, "noun_break"):
            detail = True
        elif k > j and not detail and _singular_person(sc, k):
            return None  # another person, the verb's own subject: «آلاف الفلسطينيين يشيعون مسعفة قتلت»
        if t[:1] == "ب" and any(x.kind in ("killed", "detained", "missing") for x in sc.harm_all[k]):
            # a killing or an abduction with ب is a charge or a deed of theirs, not their
            # harm: «قام 19 شخصا بخطف طائرات», «حكم على 300 شخص بالإعدام»
            return None
        h = sc.harm_of(k, ("verbs", "counted"))
        if h is not None and h.role == "counted" and detail:
            h = None  # nor past a place or time: «1000 من العمال إلى الكويت بعد اكتشاف جثة»
        if h is not None and (h.role != "counted" or _predicate_noun(sc, k, j)):
            if h.role == "verbs" and _part_after(sc, h.end, hi):
                return None  # «300 مسلح ... وقتل نحو 40 منهم»: the verb counts the part
            if h.role == "verbs" and t[:1] == "و" and _own_count(sc, h.end, hi):
                # «نقل أربعة منهم إلى المستشفى واعتقل شخصان», «استدراج 5 من قياداته وقتل
                # "نحو 39 آخرين"»: a next statement with its own count
                return None
            return h
        if sc.harm_of(k, ("nouns",)) is not None:
            hh = sc.harm_of(k, ("nouns",))
            # «أصيب بجروح», «للفرار»: a verbal noun with ب/ل after the victims
            if sc.texts[k][:1] in ("ب", "ل") and sc.texts[k][:2] != "ال":
                return hh
            return None
        k += 1
    return None


def _possible(sc: _Scan, h: _Harm, lo: int) -> bool:
    """Whether harm verb ``h`` is an imperfect after a word of possibility (``possibility``:
    «ربما يقتلون», «قد يصاب الآلاف»): what may happen, not a toll («قد قتلوا» is one)."""
    if h.end - h.start != 1:
        return False
    stem = next((r for r in sc.readings(h.start) if r in sc.lex["harm"]), sc.texts[h.start])
    if stem[:1] not in ("ي", "ت") or stem.startswith(("تضرر", "توفي")):
        return False
    return any(sc.has(x, "possibility") for x in range(max(lo, h.start - 2), h.start))


def _rescued(sc: _Scan, qa: int, lo: int) -> bool:
    """Whether a word of rescue stands among the 5 tokens before the count at ``qa``, with no
    punctuation between («أنقذت الشرطة في السودان 94 ضحية»)."""
    for x in range(qa - 1, max(lo, qa - 5) - 1, -1):
        t = sc.texts[x]
        if t in _PUNCT_STOP or t in _COMMA:
            return False
        if sc.has(x, "rescue") and not t.startswith(("ال", "وال", "بال", "لل")):
            return True  # not a noun of rescuers: «انتشلت فرق الإنقاذ عشرات الجثث»
    return False


def _mourners(sc: _Scan, k: int, hi: int) -> bool:
    """Whether the people counted before token ``k`` after a verb of funeral are the
    mourners: the one buried follows (after a time word perhaps: «شيع آلاف الفلسطينيين
    السبت مسعفة», «جثامين الضحايا»)."""
    while k < hi and sc.has(k, "aside_time"):
        k += 1
    return k < hi and (_singular_person(sc, k) or sc.has(k, "remains") or sc.has(k, "dual"))


def _singular_person(sc: _Scan, k: int) -> bool:
    """Whether token ``k`` is an indefinite singular noun of a person («مسعف», «مسعفة»,
    «طفلة»), not after «و» (the next item of the victims: «20 رجلا وامرأة قتلوا»)."""
    t = sc.texts[k]
    if t[:1] == "و" or t.startswith("ال"):
        return False
    if sc.has(k, "singular"):
        return True
    return t.endswith("ه") and t[:-1] in sc.lex["victims"]  # «ممرضة»


def _coordinated(sc: _Scan, k: int, j: int) -> bool:
    """Whether the count at token ``k`` (after the victims ending at ``j``) is joined to them
    by «و», perhaps before its qualifier («و8 مسلحين», «و نحو 8», «وأكثر من 8»), or is a
    part of them after a detail marker («بينهم 12 امرأة»)."""
    q = _qualifier_before(sc, k, j)
    a = q[1] if q else k
    if a > j and (sc.has(a - 1, "detail") or sc.texts[a - 1] == "بين"):
        return True  # a part of them: «14 شخصا من بينهم 12 امرأة اعتقلوا»
    return sc.texts[a][:1] == "و" or (a > j and sc.texts[a - 1] == "و")


def _own_count(sc: _Scan, k: int, hi: int) -> bool:
    """Whether a count of its own starts at token ``k`` (after a quote), perhaps after a
    qualifier, or a dual noun of people stands there («شخصان»)."""
    if k < hi and sc.texts[k] in ('"', "«", "“"):
        k += 1
    return k < hi and (_count_at(sc, k, hi) or sc.has(k, "dual"))


def _part_after(sc: _Scan, k: int, hi: int) -> bool:
    """Whether a count of a part of the victims named before («نحو 40 منهم») starts at token
    ``k``, perhaps after a qualifier."""
    for j in range(k, min(hi, k + 4)):
        r = read_number(sc.texts, j)
        if r is not None:
            return r[1] < hi and sc.has(r[1], "detail") and (
                j == k or _qualifier_before(sc, j, k) is not None)
    return False


def _predicate_noun(sc: _Scan, k: int, j: int) -> bool:
    """Whether counted harm noun ``k`` after victims ending at ``j`` states their harm: an
    indefinite «قتلى», a definite one right after them («مئات المهاجرين المحتجزين») or after
    «بين»/«من» («كانوا من بين القتلى», «70 حالة من الاختناق»); not a definite one describing
    another noun («يحيط بالقطاع المحاصر», «مخيمات للنازحين»)."""
    t = sc.texts[k]
    if not (sc.harm_all[k] and any(h.definite for h in sc.harm_all[k]) or t.startswith(("ال", "بال", "وال", "لل"))):
        return True
    if t.startswith("لل"):
        return False
    return k == j or any(sc.texts[x] in ("بين", "من") for x in range(j, k))


def _combined(sc: _Scan, h: _Harm, hi: int, strict: bool = False) -> int | None:
    """End token of a coordination of two kinds after harm word ``h`` («قتيل وجريح»,
    «القتلى والجرحى», «قتلوا أو فقدوا», «مقتل وإصابة»), or None."""
    k = h.end
    if k < hi and sc.texts[k] in ("و", "او"):
        k += 1
    if k >= hi:
        return None
    for h2 in sc.harm_all[k]:
        if h2.kind != h.kind and (h2.role == h.role or {h.role, h2.role} <= {"verbs", "nouns"}):
            # after the victims, «قتلوا وجرح المئات» is two statements: the second verb has
            # its own count
            if strict and sc.texts[h.end] != "او" and k + 1 < hi and _count_at(sc, k + 1, hi):
                return None
            return k + 1
    return None


def _count_at(sc: _Scan, k: int, hi: int) -> bool:
    """Whether a count starts at token ``k``, perhaps after a qualifier («40», «العشرات»,
    «أكثر من 40», «نحو 40»)."""
    for j in range(k, min(hi, k + 5)):
        if read_number(sc.texts, j) is not None or sc.has(j, "vague_first"):
            if j == k:
                return True
            q = _qualifier_before(sc, j, k)
            return q is not None and q[1] == k
    return False


def _combined_before(sc: _Scan, h: _Harm, lo: int) -> int | None:
    """Start token of a coordination ending in harm word ``h`` («مقتل وإصابة العشرات»)."""
    k = h.start - 1
    sep = ""
    if k >= lo and sc.texts[k] in ("و", "او"):
        sep = sc.texts[k]
        k -= 1
    elif sc.texts[h.start].startswith(("و", "او")):
        sep = "او" if sc.texts[h.start].startswith("او") else "و"
    else:
        return None
    if k < lo:
        return None
    # verbal nouns («مقتل وإصابة العشرات», «مقتل وجرح العشرات»: «جرح» is both a verb and a
    # verbal noun); two verbs before one count when the first opens its clause («وقتل وأصيب
    # 40 شخصا», «قتل وأصيب العشرات» at the start); not after a subject, victims or a count:
    # «طفلا قتل وأصيب 15», «10 أشخاص على الأقل قتلوا وأصيب 15», «النجار قتلت وأصيب 100»
    nouns = any(x.role == "nouns" and x.kind == h.kind for x in sc.harm_all[h.start])
    for h2 in sc.harm_all[k]:
        if h2.kind == h.kind:
            continue
        if sep == "او" or (nouns and h2.role == "nouns") or (h.role == h2.role == "counted" and h.definite):
            return h2.start  # also two definite nouns: «ارتفعت حصيلة القتلى والجرحى إلى 300»
        if h.role == h2.role == "verbs" and _opens_clause(sc, k, lo):
            return h2.start
    return None


def _opens_clause(sc: _Scan, k: int, lo: int) -> bool:
    """Whether token ``k`` opens its clause: the sentence's first token, one after
    punctuation, or one with «و» after anything but a count or victims."""
    if k == lo or sc.texts[k - 1] in _PUNCT_STOP or sc.texts[k - 1] in _COMMA:
        return True
    if sc.has(k - 1, "back_break") or sc.texts[k - 1] in ("عندما", "بعدما", "حين"):
        return True  # after a conjunction: «بعد أن قتلت وأسرت ما يزيد على 800»
    if sc.texts[k][:1] != "و":
        return False
    j = k - 1
    t = sc.texts[j]
    return not (t[:1].isdigit() or sc.has(j, "vague_first") or read_number(sc.texts, j) is not None
                or sc.is_victim(j) or sc.has(j, "singular") or sc.has(j, "dual"))


def _infection(sc: _Scan, k: int, hi: int) -> bool:
    return any(sc.has(x, "infection") for x in range(k, min(hi, k + 4)))


def extract(doc: Doc, attributions=None) -> list[Casualty]:
    """Casualty counts of ``doc``; one item per distinct (kind, figure)."""
    if not doc.tokens:
        return []
    sc = _Scan(doc)
    lex = sc.lex
    out: list[Casualty] = []
    seen: dict = {}
    for sent in doc.sentences:
        lo, hi = sent.tok_start, sent.tok_end
        last: tuple[str, int] | None = None  # (kind, end token) of the last toll in the sentence
        c = bisect_left(sc.cumul, lo)
        cumulative = c < len(sc.cumul) and sc.cumul[c] < hi
        cand = sc.cand
        i = lo
        while i < hi:
            c = bisect_left(cand, i)
            if c == len(cand) or cand[c] >= hi:
                break
            i = cand[c]
            res = _at(sc, i, lo, hi, last)
            if res is None:
                i += 1
                continue
            kind, cnt, ev_a, ev_b, v_a, v_b, nxt = res
            i = max(nxt, i + 1)
            if kind is None:
                continue
            last = (kind, ev_b)
            c = cnt.count
            key = (kind, c.value, c.min, c.max, None if c.value is not None else c.vague)
            if key in seen:
                # the same figure again: keep the first, unless this one is more specific
                # («1000 قتيل» in the title, «ما يقارب 1000 قتيل» in the body)
                # or the first has no source and this one has («استشهاد شابين» in the title,
                # then «أعلنت وزارة الصحة استشهاد شابين»)
                prev = out[seen[key]]
                if prev.count.qualifier == "exact" and c.qualifier != "exact":
                    out[seen[key]] = _make(doc, sc, kind, c, ev_a, ev_b, v_a, v_b, lo, hi,
                                           cumulative, attributions)
                elif prev.source is None and (prev.count.qualifier == c.qualifier or c.qualifier == "exact"):
                    again = _make(doc, sc, kind, c, ev_a, ev_b, v_a, v_b, lo, hi, cumulative, attributions)
                    if again.source is not None:
                        again.count = prev.count
                        out[seen[key]] = again
                continue
            seen[key] = len(out)
            out.append(_make(doc, sc, kind, c, ev_a, ev_b, v_a, v_b, lo, hi, cumulative, attributions))
    return out


def _at(sc: _Scan, i: int, lo: int, hi: int, last):
    """Try a count at token ``i``. Returns (kind|None, _Cnt, ev_a, ev_b, v_a, v_b, next_i)
    or None when nothing starts here."""
    lex = sc.lex
    texts = sc.texts
    # a dual harm noun is a count of 2 by itself: «قتيلين», «جريحان»
    hd = sc.harm_of(i, ("duals",))
    if hd is not None and not (i > lo and texts[i - 1][:1].isdigit()):
        cnt = _Cnt(i, i + 1, i, Count(value=2, qualifier="exact", conservative=2))
        q = _qualifier_after(sc, i + 1, hi)  # «قتيلين على الأقل»
        if q:
            cnt.count.qualifier, cnt.b = q
        return hd.kind, cnt, i, cnt.b, None, None, cnt.b
    cnt = _read_count(sc, i, lo, hi)
    if cnt is None and sc.has(i, "one_harmed"):
        return _one_harmed(sc, i, lo, hi)
    if cnt is None:
        # dual or singular victims next to a harm word: «مقتل جنديين», «إصابة طفل», «طفلا قتل»
        if sc.has(i, "dual") or sc.has(i, "singular") or texts[i] in ("احد", "احدي", "واحد"):
            n = 2 if sc.has(i, "dual") else 1
            if n == 1 and any(s.startswith("ال") for s in sc.readings(i)):
                return None
            if texts[i] in ("احد", "احدي") and not (i + 1 < hi and (sc.is_victim(i + 1) or sc.possessed_victim(i + 1))):
                return None
            if i > lo and (texts[i - 1][:1].isdigit() or read_number(texts, i - 1) is not None
                           or sc.has(i - 1, "vague_first")):
                return None
            q = _qualifier_before(sc, i, lo) if n == 2 else None  # «ما لا يقل عن شخصين»
            back = _find_back(sc, q[1] if q else i, lo, 0)
            end = i + 2 if texts[i] in ("احد", "احدي") else i + 1
            if n == 1 and end < hi and texts[end] in ("واحد", "واحده"):
                end += 1  # «شخص واحد»
            c = Count(value=n, qualifier=q[0] if q and back is not None else "exact", conservative=n)
            if back is None and last is not None and i > lo and sc.has(i - 1, "detail"):
                # «... بينهم امرأتان»
                return last[0], _Cnt(i, end, i, c), i - 1, end, i, end, end
            if back is None and last is not None and texts[i][:1] == "و" and last[1] == i and (
                    n == 2 or end > i + 1 or not (sc.has(i - 1, "singular") or texts[i].endswith("ا"))):
                # «بينهم 12 جنديا وطفلان», «مقتل 3 مسلحين وجندي»: the next item of the toll
                # (not «36 سيدة وطفلا», where the figure counts both)
                return last[0], _Cnt(i, end, i, c), i, end, i, end, end
            if back is not None:
                h, _ = back
                if h.role == "counted" or _attempted(sc, h, lo):
                    return None  # «محاولة قتل ضابط»: no one was killed
                if h.kind == "affected" and h.role == "nouns" and texts[i].endswith("ي"):
                    return None  # a nisba adjective, not one person besieged: «حصار عسكري»
                if h.role == "verbs" and n == 1 and _object_count_after(sc, end, hi):
                    return None  # the subject, not a victim: «قتل رجل موال للتنظيم ثلاثة أشخاص»
                kind = "affected" if h.kind == "injured" and _infection(sc, end, hi) else h.kind
                return kind, _Cnt(i, end, i, c), h.start, end, i, end, end  # «إصابة طفل بالكوليرا»
            if end < hi:
                f = sc.harm_of(end, ("verbs",))
                # not the subject of a verb with its own object count: «مسلح يقتل 4 أشخاص»
                if f is not None and not _own_count(sc, f.end, hi):
                    kind = "affected" if f.kind == "injured" and _infection(sc, f.end, hi) else f.kind
                    return kind, _Cnt(i, end, i, c), i, f.end, i, end, end  # «أحد بريطانيين أصيبا بالمرض»
        return None
    count = cnt.count
    if _adjective_one(sc, cnt, lo):
        return None, cnt, 0, 0, None, None, cnt.b
    # ages, dates, article numbers: «يبلغ 5 سنوات», «عام 2018»; but «عدد القتلى يبلغ 48»
    reach = None
    if cnt.qa > lo and sc.has(cnt.qa - 1, "not_before"):
        if sc.has(cnt.qa - 1, "reach"):
            reach = _toll_back(sc, cnt.qa - 1, lo, 4)
        # not a vague quantity or a count of a harm noun: «هذا العام مئات القتلى»,
        # «العام 300 قتيل» (no age or date is counted in «القتلى»)
        if reach is None and not (count.vague or (cnt.b < hi and sc.harm_of(cnt.b, ("counted",)))):
            return None, cnt, 0, 0, None, None, cnt.b
    b = cnt.b
    q = _qualifier_after(sc, b, hi)
    if q and count.qualifier == "exact":
        count.qualifier, b = q[0], q[1]
    elif q:
        b = q[1]
    h_i = b
    if h_i < hi and texts[h_i] == "من":
        h_i += 1
    # «5 منازل», «مئات المنازل» count things; not «غادر الآلاف المدينة»: a definite «الآلاف»
    # counts no noun after it
    if h_i < hi and sc.has(h_i, "not_people") and not (
            texts[cnt.a].startswith("ال") and h_i == b and texts[b - 1] != "من"):  # «الكثير من المال»
        return None, cnt, 0, 0, None, None, cnt.b
    # a percentage or an age: «نحو 20 في المئة», «في الـ23 من عمره»
    if b + 1 < hi and tuple(texts[b:b + 2]) in lex["not_people_seqs"]:
        return None, cnt, 0, 0, None, None, cnt.b

    # 1. NUMBER + counted harm noun (not a definite mass before bodies: «وشيع الآلاف جثامين
    # الضحايا», the mourners)
    if h_i < hi and not (h_i == b and texts[cnt.a].startswith(("ال", "وال")) and sc.has(h_i, "remains")):
        hc = sc.harm_of(h_i, ("counted",))
        if hc is None and texts[h_i] == "بين" and h_i + 1 < hi:  # «بين قتيل وجريح»
            hc = sc.harm_of(h_i + 1, ("counted",))
        elif hc is None and sc.has(h_i, "toll") and h_i + 1 < hi and texts[h_i][:1] != "و":
            # «إلى 46 عدد القتلى» (not «بحوالى 48 وعدد الجرحى ...»: the next toll)
            hc = sc.harm_of(h_i + 1, ("counted",)) or _toll_relative(sc, h_i + 1, hi)
        elif hc is not None and texts[h_i].startswith("و") and texts[h_i] not in ("وفاه", "وفيات"):
            hc = None  # «فلسطينيين اثنين وإصابة المئات»: the next toll, not this count's noun
        if hc is not None:
            if hc.kind == "killed" and _rescued(sc, cnt.qa, lo):
                return None, cnt, 0, 0, None, None, cnt.b  # «أنقذت الشرطة 94 ضحية»: alive
            if hc.kind == "detained" and _escaped(sc, cnt.qa, hc.end, lo, hi):
                return None, cnt, 0, 0, None, None, cnt.b  # «فر 50 سجينا», «هروب عشرات السجناء»
            end = _combined(sc, hc, hi)
            kind = "affected" if end else hc.kind
            end = end or hc.end
            if kind == "injured" and _infection(sc, end, hi):
                kind = "affected"
            v_a, v_b = _victims_after(sc, end, hi)
            ev_a = cnt.qa
            if kind == "detained":
                # captives killed or wounded: «أعدم التنظيم ثمانية رهائن», «مقتل 3 معتقلين»
                hurt = _find_back(sc, cnt.qa, lo, 2)
                if hurt is not None and hurt[0].kind in ("killed", "injured") \
                        and hurt[0].role in ("verbs", "nouns") and not _attempted(sc, hurt[0], lo):
                    kind, ev_a = hurt[0].kind, min(hurt[0].start, cnt.qa)
                    v_a, v_b = h_i, hc.end
                else:
                    died = _captives_harmed_after(sc, hc.end, hi)  # «215 أسيرا فلسطينيا قضوا»
                    if died is not None:
                        kind, end = died.kind, died.end
                        v_a, v_b = h_i, hc.end
            ev_b = max(end, v_b or end)
            q2 = _qualifier_after(sc, ev_b, hi)  # «أربعة قتلى على الأقل»
            if q2:
                if count.qualifier == "exact":
                    count.qualifier = q2[0]
                ev_b = end = q2[1]
            return kind, cnt, ev_a, ev_b, v_a, v_b, end

    victim = h_i < hi and sc.is_victim(h_i)
    by_from = b < hi and texts[b] == "من"
    v_a, v_b = (None, None)
    if not victim and cnt.qa == cnt.a and _two_after_victims(sc, cnt, lo):
        # «عاملين اثنين أصيبا»: the victims stand before the «اثنين»
        victim = True
        v_a, v_b = cnt.a - 1, cnt.a
        cnt.qa = cnt.a - 1
    elif victim:
        v_a, v_b = h_i, h_i + 1
        if v_b < hi and texts[v_b] in ("به", "بهم", "بها") and sc.has(h_i, "suspects"):
            v_b += 1  # «مشتبها بهم»
        if v_b < hi and texts[v_b] == "من" and _phrase_end(sc, v_b + 1, hi) > v_b + 1:
            v_b = _phrase_end(sc, v_b + 1, hi)
    elif by_from:
        v_a, v_b = b + 1, _phrase_end(sc, b + 1, hi)
    neutral = h_i >= hi or texts[h_i] in _PUNCT_STOP or texts[h_i] in _COMMA or texts[h_i] in lex["neutral"] \
        or sc.harm[h_i] is not None or sc.has(h_i, "detail")
    if cnt.qa > lo and sc.has(cnt.qa - 1, "remains") and victim:
        # «انتشال جثث ثلاثة أطفال», «فروا وبصحبتهم جثث 15 آخرين»: the bodies are the harm
        back = (_Harm("killed", "nouns", cnt.qa - 1, cnt.qa), 0)
    else:
        back = _find_back(sc, cnt.qa, lo, 2)
    if back is None and reach is not None:
        back = (reach[0], 1)
    if back is None:
        back = _aside_back(sc, cnt.qa, lo)
    if back is None and ((victim and v_a is not None)  # a noun of people: «عاملين اثنين» too
                         or (neutral and count.vague and texts[cnt.a].startswith(("ال", "وال"))
                             and (h_i >= hi or sc.harm[h_i] is None))):  # not «وشيع الآلاف جثامين»
        back = _people_verb_back(sc, cnt.qa, lo)  # or a definite mass: «وقضى العشرات في»
    if not (victim or by_from or neutral or (back is not None and back[1] == 0)):
        if not _object_after_subject(sc, cnt, back):
            return None, cnt, 0, 0, None, None, cnt.b
        if texts[h_i][:1].isalpha():
            v_a, v_b = h_i, h_i + 1  # the counted noun: «مئات التجار»
    if not (victim or by_from) and count.value and 1900 <= count.value <= 2100 \
            and texts[cnt.a].isdigit() and cnt.b == cnt.a + 1 \
            and not (cnt.qa > lo and texts[cnt.qa - 1] in ("الي", "لي") and _toll_back(sc, cnt.qa - 1, lo)):
        return None, cnt, 0, 0, None, None, cnt.b  # a year; not «ارتفع عدد ضحايا الزلزال إلى 2000»
    after_victims = v_b if v_b is not None else b
    q2 = _qualifier_after(sc, after_victims, hi)  # «98 طفلا على الأقل»
    if q2 is None and v_a is not None:
        q2 = _qualifier_past_victims(sc, after_victims, hi)  # «100 من عناصر الأمن على الأقل»
    if q2:
        if count.qualifier == "exact":
            count.qualifier = q2[0]
        after_victims = q2[1]

    def finish(h: _Harm, fwd: bool):
        if not fwd and _attempted(sc, h, lo):
            return None, cnt, 0, 0, None, None, cnt.b  # «محاولة اغتيال 3 مسؤولين»
        if sc.has(h.start, "leaving") and not (sc.has(v_a, "civilians") if v_a is not None else _mass(count)):
            return None, cnt, 0, 0, None, None, cnt.b  # «وغادر 60 دبلوماسيا», «فغادر العشرات القاعة»
        if h.role == "verbs" and _possible(sc, h, lo):
            return None, cnt, 0, 0, None, None, cnt.b  # «مئات الآلاف ربما يقتلون»: a fear, no toll
        if sc.has(h.start, "funeral") and _mourners(sc, after_victims, hi):
            return None, cnt, 0, 0, None, None, cnt.b  # «شيع آلاف الفلسطينيين السبت مسعفة»
        if sc.has(h.start, "spend") and h.end < hi and (sc.has(h.end, "spent") or sc.has(h.end, "not_people")):
            return None, cnt, 0, 0, None, None, cnt.b  # «قضوا أوقاتا طويلة», «قضوا 5 سنوات»
        if sc.has(h.start, "meet") and not any(sc.has(x, "fate") for x in range(h.end, min(hi, h.end + 20))):
            return None, cnt, 0, 0, None, None, cnt.b  # «لقي» without «حتفه»/«مصرعه»: «لقي استنكارا من عدد من»
        if sc.has(h.start, "fate_of") and not any(sc.has(x, "unknown") for x in range(h.end, min(hi, h.end + 8))):
            return None, cnt, 0, 0, None, None, cnt.b  # «مصير 3 ملايين سوري» (not «... مجهولا»)
        if sc.has(h.start, "suspend") and any(
                sc.texts[x] == "عن" and sc.has(x + 1, "work") for x in range(h.end, min(hi - 1, h.end + 10))):
            return None, cnt, 0, 0, None, None, cnt.b  # «أوقفت الشركة اثنين من طياريها عن العمل»
        if sc.has(h.start, "execution") and _sentenced(sc, h.start, lo):
            return None, cnt, 0, 0, None, None, cnt.b  # a court's sentence: «حكمها بإعدام 75 متهما»
        kind = h.kind
        end = h.end
        start = h.start
        if kind == "detained" and not fwd and h.role == "counted":
            # captives killed or wounded, counted after them: «إعدام الرهائن الثمانية»,
            # «مقتل الأسرى الثلاثة» (not «محاولة قتل الرهائن الأربعة»; not a court's sentence)
            hurt = _find_back(sc, h.start, lo, 0)
            if hurt is not None and hurt[0].kind in ("killed", "injured") \
                    and hurt[0].role in ("verbs", "nouns") and not _attempted(sc, hurt[0], lo) \
                    and not (sc.has(hurt[0].start, "execution") and _sentenced(sc, hurt[0].start, lo)):
                kind, start = hurt[0].kind, hurt[0].start
        if kind == "detained" and fwd and _rescued(sc, cnt.qa, lo):
            kind = "affected"  # trapped, then rescued: «أنقذ الدفاع المدني 4 أشخاص احتجزتهم السيول»
        comb = _combined(sc, h, hi, strict=fwd)
        if comb:
            kind, end = "affected", comb
        elif not fwd:
            comb = _combined_before(sc, h, lo)
            if comb is not None:
                kind, start = "affected", comb
        if kind == "injured" and (_infection(sc, max(end, after_victims), hi)
                                  or (not fwd and _infection(sc, end, min(hi, cnt.qa)))):
            # an illness after the count, or between the harm word and it: «عدد المصابين
            # بالكوليرا إلى أكثر من ألف»
            kind = "affected"
        ev_a = cnt.qa if fwd else min(start, cnt.qa)
        ev_b = max(end, after_victims) if fwd else max(after_victims, cnt.b)
        return kind, cnt, ev_a, ev_b, v_a, v_b, after_victims

    # 2. harm word right before
    if back is not None and back[1] <= 1:
        return finish(back[0], False)
    # 3. detail of the toll just reported: «بينهم 32 طفلا و14 امرأة»
    if last is not None and (victim or neutral or by_from):
        k = cnt.qa - 1
        marker = k >= lo and (sc.has(k, "detail") or (texts[k] == "و" and last[1] >= k - 1))
        if not marker and texts[cnt.a].startswith("و") and last[1] >= cnt.a - 1:
            marker = True
        if not marker and k - 1 >= lo and texts[k] == "بين" and sc.has(k - 1, "detail"):
            marker = True
        if marker:
            kind = last[0]
            return kind, cnt, cnt.qa, after_victims, v_a, v_b, after_victims
    # 4. a harm verb right after a count with no noun: «120 ألفا نزحوا», «أكثر من 60 ألفا
    # نزحوا إلى الحدود» (not a next clause: «... 200 وقتل»)
    # («عدد من قتلوا» is "the number of those killed")
    if not (victim or by_from) and after_victims < hi and texts[after_victims][:1] != "و" \
            and texts[after_victims - 1] != "من":
        f = sc.harm_of(after_victims, ("verbs",))
        if f is not None and not _part_after(sc, f.end, hi):
            return finish(f, True)
    # 4. forced to flee: «وأجبرت مئات السكان على الفرار», «دفعت بعشرات الآلاف إلى النزوح»,
    # «للنزوح» (not «تمكنوا من الفرار»)
    f = _flight_after(sc, after_victims, hi)
    if f is not None:
        return finish(f, True)
    # 5. harm verb after the victims
    if victim or by_from:
        f = _find_fwd(sc, after_victims, hi)
        if f is not None:
            return finish(f, True)
    if back is not None:
        return finish(back[0], False)
    # 6. a harm word further back
    maxdist = 12 if cnt.qa > lo and texts[cnt.qa - 1] in ("الي", "لي") else 6
    if victim or by_from or maxdist == 12:
        back = _find_back(sc, cnt.qa, lo, maxdist)
        if back is None and maxdist == 12:
            back = _toll_back(sc, cnt.qa - 1, lo)
        if back is None and victim:
            # a verb whose object is people before a long subject: «واعتقلت الشرطة الفرنسية في
            # العاصمة باريس صباح اليوم أكثر من 40 متظاهرا»
            back = _find_back(sc, cnt.qa, lo, 10)
            if back is not None and not sc.has(back[0].start, "object_people"):
                back = None
        if back is not None:
            return finish(back[0], False)
    return None, cnt, 0, 0, None, None, cnt.b


def _escaped(sc: _Scan, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether prisoners counted from token ``a`` to ``b`` escaped, not detained: a word of
    escape (``escape_words``) among the three tokens before the count («فر 50 سجينا») or
    behind «من» right after it («تمكن 20 معتقلا من الفرار»)."""
    if any(sc.has(x, "escape") for x in range(max(lo, a - 3), a)):
        return True
    return b + 1 < hi and sc.texts[b] == "من" and sc.has(b + 1, "escape")


def _captives_harmed_after(sc: _Scan, k: int, hi: int) -> _Harm | None:
    """A verb of death or injury right after a count of captives ending at token ``k``
    (perhaps after one adjective: «215 أسيرا فلسطينيا قضوا داخل السجون», «3 معتقلين توفوا»):
    they died or were hurt in captivity."""
    for j in range(k, min(hi, k + 2)):
        h = sc.harm_of(j, ("verbs",))
        if h is not None:
            if h.kind in ("killed", "injured") and sc.texts[j][:1] != "و" \
                    and not (sc.has(j, "spend") and j + 1 < hi and (sc.has(j + 1, "spent") or sc.has(j + 1, "not_people"))):
                return h
            return None
        if not sc.texts[j][:1].isalpha() or sc.harm[j] is not None:
            return None
    return None


def _qualifier_past_victims(sc: _Scan, k: int, hi: int) -> tuple[str, int] | None:
    """«على الأقل» after the rest of a victim phrase that starts at token ``k``: «100 من
    عناصر الأمن على الأقل قتلوا», «40 جندي تركي على الأقل» (up to 3 words of the phrase:
    no harm word, number, punctuation, clause word or word joined by «و» between: not
    «اعتقلت 160 ألف شخص وطردت نفس العدد تقريبا»)."""
    for j in range(k, min(hi, k + 3)):
        t = sc.texts[j]
        if not t[:1].isalpha() or t[:1] == "و" or sc.harm[j] is not None or sc.has(j, "clause") \
                or read_number(sc.texts, j) is not None:
            return None
        q = _qualifier_after(sc, j + 1, hi)
        if q is not None:
            return q if q[0] == "at_least" else None
    return None


def _object_count_after(sc: _Scan, k: int, hi: int) -> bool:
    """Whether a count of people not joined by «و» follows token ``k`` in its clause (up to
    5 tokens, before any harm word or punctuation): the object of a verb whose subject
    stands before it («أصاب مسلح خمسة أشخاص»; not «قتل جندي و3 مدنيين», «قتل شخص وأصيب
    10», «قتل طفل في الـ 12 من عمره»)."""
    for j in range(k, min(hi, k + 5)):
        t = sc.texts[j]
        if t in _PUNCT_STOP or t in _COMMA or sc.harm[j] is not None or sc.has(j, "clause"):
            return False
        if t[:1] == "و":
            return False
        if read_number(sc.texts, j) is not None or sc.has(j, "vague_first"):
            c = _read_count(sc, j, j, hi)  # a count of people, not an age: «في الـ 12 من عمره»
            b = c.b if c is not None else j + 1
            return b < hi and (sc.is_victim(b) or (sc.texts[b] == "من" and b + 1 < hi and sc.is_victim(b + 1)))
    return False


def _one_harmed(sc: _Scan, i: int, lo: int, hi: int):
    """A singular indefinite counted harm noun is one person harmed: «سقوط قتيل و12 جريحا»,
    «فأردته قتيلا», «سقط شهيدا»; not after a count or «بين» («10 أشخاص بين قتيل وجريح»), nor
    before «و» + another harm noun («قتيل وجريح»: killed and injured in general)."""
    texts = sc.texts
    t = texts[i]
    if t.startswith(("ال", "وال", "بال", "لل")) or not sc.harm_all[i]:
        return None
    if i > lo and (texts[i - 1] in ("بين", "كل", "لكل") or _count_or_victim_end(sc, i - 1)
                   or sc.is_victim(i - 1)  # an adjective: «فلسطيني جريح»
                   or (t[:1] == "و" and sc.harm_of(i - 1, ("counted",)) is not None)):  # «قتيل وجريح»
        return None
    h = sc.harm_of(i, ("counted",))
    if h is None:
        return None
    if i + 1 < hi and texts[i + 1][:1] == "و" and not texts[i + 1][1:2].isdigit() and any(
            x.kind != h.kind for x in sc.harm_all[i + 1]):
        return None
    cnt = _Cnt(i, i + 1, i, Count(value=1, qualifier="exact", conservative=1))
    return h.kind, cnt, i, i + 1, None, None, i + 1


def _count_or_victim_end(sc: _Scan, k: int) -> bool:
    """Whether token ``k`` ends a number or a vague quantity («12», «عشرات»)."""
    t = sc.texts[k]
    return t[:1].isdigit() or sc.has(k, "vague_first") or t in _number_words() or read_number(sc.texts, k) is not None


def _attempted(sc: _Scan, h: _Harm, lo: int) -> bool:
    """Whether harm word ``h`` is the object of an attempt or a threat (``attempt_words``
    right before it, perhaps with ل: «محاولة قتل», «محاولة فاشلة لاغتيال», «التهديد
    بالقتل»): no harm was done."""
    k = h.start
    return any(sc.has(x, "attempt") for x in range(max(lo, k - 2), k))


def _sentenced(sc: _Scan, k: int, lo: int) -> bool:
    """Whether a word of sentencing stands up to 4 tokens before the execution word at ``k``
    («حكمها بإعدام»), and no verb of carrying out before it («نفذت السعودية أحكاما
    بالإعدام»: executions)."""
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        if sc.has(j, "sentence"):
            return not any(sc.has(x, "carry_out") for x in range(max(lo, j - 3), j))
    return False


def _flight_after(sc: _Scan, k: int, hi: int) -> _Harm | None:
    """A verbal noun of displacement after «إلى»/«على» or with «لل» at token ``k``, right
    after a count and its victims: they were driven to flee."""
    if k < hi and sc.texts[k] in ("اخرين", "اخرون"):
        k += 1  # «700 ألف سوري آخرين على النزوح»
    if k >= hi:
        return None
    t = sc.texts[k]
    if t in ("الي", "علي") and k + 1 < hi:
        k += 1
        t = sc.texts[k]
    elif not t.startswith("لل"):
        return None
    h = sc.harm_of(k, ("nouns",))
    if h is None or h.kind != "displaced":
        return None
    # a definite noun («على الفرار») or a phrase («على ترك منازلهم»)
    return h if t.startswith(("ال", "لل")) or h.end > k + 1 else None


def _people_verb_back(sc: _Scan, qa: int, lo: int) -> tuple[_Harm, int] | None:
    """«وقضى 77 شخصا», «تم أسر 5 جنود», «تكبدت خلالها الميليشيا 40 عنصرا»: a verb that is a
    harm only with a count of people (``people_verbs``), up to 4 words before the count at
    ``qa`` (whose noun of people the caller checked), with no punctuation, number, other
    harm word or word joined by «و» between. Also a noun of remains right before the count
    («جثث ثلاثة أطفال»): killed."""
    k = qa - 1
    while k >= lo and k >= qa - 5:
        t = sc.texts[k]
        if sc.has(k, "people_verb"):
            pv = sc.lex["people_verbs"]
            kind = next(pv[s] for s in sc.readings(k) if s in pv)
            return _Harm(kind, "verbs", k, k + 1), 0
        # not across a coordinated word: «تكبد الميليشيات خسائر كبيرة وسقوط العشرات منهم»
        if t in _PUNCT_STOP or t in _COMMA or not t[:1].isalpha() or t[:1] == "و" \
                or sc.harm[k] is not None or sc.has(k, "clause"):
            return None
        k -= 1
    return None


def _toll_relative(sc: _Scan, k: int, hi: int) -> _Harm | None:
    """«إلى 63 عدد الفلسطينيين الذين قتلوا», «عدد الذين قضوا»: after the toll noun, perhaps a
    noun of people, a relative pronoun and a harm verb; the verb is the counted harm."""
    if k < hi and sc.texts[k][:1].isalpha() and not sc.has(k, "relative") and sc.is_victim(k):
        k += 1
    if k + 1 < hi and sc.has(k, "relative"):
        return sc.harm_of(k + 1, ("verbs",))
    return None


def _aside_back(sc: _Scan, qa: int, lo: int) -> tuple[_Harm, int] | None:
    """«اختطفت، في وقت سابق السبت، 15 امرأة», «غادر، الخميس نحو 12 ألف مدني»: a harm verb
    or verbal noun, a comma, a time aside (``aside_time`` words, up to 5), perhaps a comma,
    then the count at token ``qa``: the verb is right before it (distance 1)."""
    k = qa - 1
    if k >= lo and sc.texts[k] in _COMMA:
        k -= 1
    n = 0
    while k >= lo and n < 5 and sc.has(k, "aside_time"):
        k -= 1
        n += 1
    if not n or k - 1 < lo or sc.texts[k] not in _COMMA:
        return None
    h = sc.harm_of(k - 1, ("verbs", "nouns"))
    if h is None and k - 2 >= lo and sc.texts[k - 1].startswith("ال") and sc.harm[k - 1] is None:
        # the verb and its subject before the aside: «واعتقل الأمن، الاثنين، العشرات»
        h = sc.harm_of(k - 2, ("verbs",))
        if h is not None and not sc.has(h.start, "object_people"):
            h = None
    return (h, 1) if h is not None else None


def _toll_back(sc: _Scan, to: int, lo: int, maxdist: int = 20) -> tuple[_Harm, int] | None:
    """«ارتفع عدد القتلى جراء الزلزال في الجزيرة، إلى 300»: a toll noun and its counted harm
    word («عدد القتلى», «حصيلة الجرحى») before the «إلى» at token ``to``, in the same sentence
    (commas and clause words allowed: the toll is the subject of the «... إلى N» clause)."""
    k = to - 1
    while k >= lo and k >= to - maxdist:
        t = sc.texts[k]
        if t in _PUNCT_STOP or (t[:1].isdigit() and not (  # a date: «منذ 30 آذار/مارس ... إلى 37»
                sc.has(k + 1, "not_people") or sc.texts[k + 1] == "/")):
            return None
        if sc.has(k, "toll") and k + 1 < to:
            h = sc.harm_of(k + 1, ("counted",))
            if h is not None:
                return _Harm(h.kind, h.role, k, h.end, h.definite), to - k
        k -= 1
    return None


def _object_after_subject(sc: _Scan, cnt: _Cnt, back) -> bool:
    """«اعتقلت الشرطة 20 مهربا», «اعتقال الميليشيات مئات التجار»: a harm verb or verbal noun,
    its definite subject, then the count; the nouns it counts are its victims (units and
    things were set aside before)."""
    if back is None or back[1] != 1 or not sc.has(back[0].start, "object_people"):
        return False
    subj = sc.texts[cnt.qa - 1]
    return subj.startswith("ال") and len(subj) > 3 and subj not in ("الذي", "التي", "الذين") \
        and sc.harm[cnt.qa - 1] is None and not sc.has(cnt.qa - 1, "not_before")


def _mass(count: Count) -> bool:
    """Whether a count with no victims named is a mass of people («غادر الآلاف»): thousands."""
    return (count.value or count.min or 0) >= 1000 or count.vague in ("thousands", "millions")


_ONE = ("واحد", "واحده", "واحدا")
_TWO = ("اثنين", "اثنان", "اثنتين", "اثنتان")


def _two_after_victims(sc: _Scan, cnt: _Cnt, lo: int) -> bool:
    """Whether the count is a lone «اثنين» after a plural noun of people («مدنيين اثنين»)."""
    a = cnt.a
    return cnt.b == a + 1 and a > lo and sc.texts[a] in _TWO and sc.is_victim(a - 1)


def _adjective_one(sc: _Scan, cnt: _Cnt, lo: int) -> bool:
    """Whether the count is a «واحد»/«واحدة» that follows a noun as its adjective («من عائلة
    واحدة», «في يوم واحد»): not a count of people. («شخص واحد» is read from «شخص».)"""
    a = cnt.a
    if cnt.count.value != 1 or cnt.b != a + 1 or cnt.qa != a or a <= lo or sc.texts[a] not in _ONE:
        return False
    prev = sc.texts[a - 1]
    if a - 2 >= lo and sc.harm[a - 2] is not None and sc.is_victim(a - 1):
        return False  # «إصابة تلميذ واحد»: the victim noun after the harm word
    return prev[:1].isalpha() and sc.harm[a - 1] is None and not sc.has(a - 1, "detail") \
        and read_number(sc.texts, a - 1) is None and prev not in ("و", "او")


def _phrase_end(sc: _Scan, k: int, hi: int) -> int:
    """End of a short noun phrase starting at ``k`` («القوات الموالية للجيش السوري»)."""
    end = k
    while end < hi and end < k + 6:
        t = sc.texts[end]
        if not t[:1].isalnum() or sc.harm[end] is not None or t in ("في", "منذ", "خلال", "قد", "علي") \
                or t[:1].isdigit() or sc.has(end, "detail"):
            break
        end += 1
    return max(end, k)


def _victims_after(sc: _Scan, k: int, hi: int) -> tuple[int | None, int | None]:
    """«عشرات القتلى والجرحى من الميليشيات»: the «من ...» phrase after a counted noun."""
    if k < hi and sc.texts[k] == "من":
        e = _phrase_end(sc, k + 1, hi)
        if e > k + 1:
            return k + 1, e
    return None, None


def _closed(sc: _Scan, a: int, b: int, hi: int) -> int:
    """``b``, or one token further when ``texts[a:b]`` leaves a quote or a bracket open that
    the next token closes: «مقتل "12 شخصا"», not «مقتل "12 شخصا»."""
    if b < hi:
        ts = sc.texts[a:b]
        t = sc.texts[b]
        if t == ")" and ts.count("(") > ts.count(")"):
            return b + 1
        if t in ('"', "”", "»") and (ts.count('"') % 2 == 1 if t == '"' else
                                      ts.count("“" if t == "”" else "«") > ts.count(t)):
            return b + 1
    return b


def _make(doc: Doc, sc: _Scan, kind, count, ev_a, ev_b, v_a, v_b, lo, hi, cumulative, attributions):
    ev_b = _closed(sc, ev_a, max(ev_b, ev_a + 1), hi)
    ev = doc.tok_span(ev_a, ev_b)
    victims = doc.tok_span(v_a, v_b) if v_a is not None and v_b and v_b > v_a else None
    victim_actor = None
    perpetrator = None
    place = None
    if doc.mentions:
        actors = doc.mentions_in(lo, hi, "actor")
        if victims is not None:
            victim_actor = _victim_actor(doc, sc, actors, v_a, v_b, hi)
        else:  # «20 قتيلا في صفوف الجيش»
            victim_actor = _victim_actor(doc, sc, actors, None, ev_b, hi)
        perpetrator = _perpetrator(doc, sc, actors, ev_a, ev_b, v_a, v_b, lo, hi, victim_actor)
        places = doc.mentions_in(lo, hi, "place")
        if places:
            m = _place_of(doc, sc, places, ev_a, ev_b)
            place = doc.entity_name(m) or None
    source = None
    att_index = None
    inner = -1
    for idx, a in enumerate(attributions or ()):
        content = getattr(a, "content", None)
        # an inner report by a known actor wins: in «قالت المصادر إن العملية التي قالت إيران
        # إنها أسفرت عن مقتل 11» the figure is Iran's
        if content is not None and content.start <= ev.start < content.end and content.start > inner \
                and (source is None or getattr(a.speaker, "actor", None)):
            sp = a.speaker
            source = getattr(sp, "actor", None) or getattr(sp, "text", None)
            att_index = idx
            inner = content.start
    return Casualty(kind=kind, count=count, evidence=ev, victims=victims, victim_actor=victim_actor,
                    perpetrator=perpetrator, place=place, source=source, attribution=att_index,
                    cumulative=cumulative)


# ------------------------------------------------------------------ links of a figure


def _overlaps(m, v_a, v_b) -> bool:
    return v_a is not None and v_b is not None and m.tok_start < v_b and m.tok_end > v_a


def _victim_actor(doc: Doc, sc: _Scan, actors, v_a: int | None, v_b: int, hi: int) -> str | None:
    """The actor the victims belong to: one named in the victims' phrase («عنصرا من الحوثيين»),
    or right after it, directly («عناصر الحوثي», «متشددي الشباب») or through «من», «في صفوف»,
    «تابعين لـ» («30 عنصرا تابعا للحوثيين»); there not a state or a person.
    Without a victims' phrase (``v_a`` None) ``v_b`` is the end of the figure («20 قتيلا في
    صفوف الجيش»)."""
    for m in actors:
        if v_a is not None and _overlaps(m, v_a, v_b):
            return doc.entity_name(m) or None
    links = sc.lex["victim_links"]
    k = v_b
    while k < min(hi, v_b + 3):
        rd = sc.readings(k)
        if rd.isdisjoint(links) or (sc.texts[k] == "في" and (k + 1 >= hi or "صفوف" not in sc.readings(k + 1))):
            break
        if sc.texts[k] == "من" and k + 1 < hi and sc.texts[k + 1] == "قبل":
            return None  # «من قبل»: the perpetrator
        k += 1
    for m in actors:
        if m.tok_start == k:
            ent = doc.actors.get(m.key)
            if ent is None or ent.type in ("state", "person"):
                return None  # a nationality («مواطنا ألمانيا»), a person's circle («المقربين لـ ...»)
            return ent.name
    # one word further past a definite head noun («عناصر المليشيا الحوثية»), not past a
    # perpetrator marker («بقصف الحوثي»)
    head = k < hi and sc.texts[k].startswith("ال") and not sc.has(k, "perp")
    return _group_word(sc, range(v_a if v_a is not None else k, min(k + (2 if head else 1), hi)))


def _group_word(sc: _Scan, ks) -> str | None:
    """The group a family name or nisba in the victims' phrase stands for («عنصرا من الحوثي»,
    «عناصر المليشيا الحوثية»: الحوثيون), from ``victim_group_words``."""
    groups = sc.lex["victim_groups"]
    for k in ks:
        for r in sc.readings(k):
            name = groups.get(r) or (groups.get("ال" + r) if not r.startswith("ال") else None)
            if name:
                return name
    return None


def _agent_marked(sc: _Scan, s: int, lo: int) -> bool:
    """Whether a perpetrator marker stands before token ``s`` with only link words between
    («بنيران قوات ...», «هجوم شنه ...», «على يد ...», «غارة جوية للتحالف»)."""
    links = sc.lex["perp_links"]
    for k in range(s - 1, max(lo, s - 4) - 1, -1):
        if sc.has(k, "perp"):
            return True
        if sc.readings(k).isdisjoint(links):
            return False
    return False


@lru_cache(maxsize=None)
def _state_names() -> dict[str, str]:
    """ISO2 → the canonical name of the state actor of that country."""
    from .gazetteer import actor_entries

    out: dict[str, str] = {}
    for e in actor_entries():
        if e.type == "state" and e.country and e.country not in out:
            out[e.country] = e.name
    return out


def _nisba_agent(sc: _Scan, ev_a: int, ev_b: int, lo: int, hi: int, window: int = 15) -> str | None:
    """The state a nisba names after the attack noun nearest the figure: «غارات إسرائيلية»,
    «القصف الروسي», «برصاص إسرائيلي» (one adjective may come between: «غارات جوية تركية»).
    The nearest perpetrator marker decides: in «هجوم أميركي ... ردا على هجوم كيماوي قتل 70» it
    is «هجوم كيماوي», which names nobody."""
    marks = [k for k in range(max(lo, ev_a - window), min(hi, ev_b + window)) if sc.has(k, "perp")]
    if not marks:
        return None
    k = min(marks, key=lambda k: (ev_a - k if k < ev_a else k - ev_b + 1, k))
    if sc.readings(k).isdisjoint(sc.lex["perp_nisba"]):
        return None
    links = sc.lex["perp_links"]
    for j in (k + 1, k + 2):
        if j >= hi:
            break
        is_nisba, country = nisba_country(sc.texts[j])
        if is_nisba and sc.texts[j].endswith(("ون", "ين")):
            return None  # a plural of people is a predicate: «منفذي الهجوم أردنيون»
        if is_nisba:
            return _state_names().get(country) if country else None
        if sc.readings(j).isdisjoint(links):
            break
    return None


_NOT_PERPETRATORS = frozenset(["company", "media"])
# clause openers that mostly add a toll of the same event («قتل 27 فيما أصيب آخرون بغارات ...»)
_SAME_EVENT = frozenset(["فيما", "وفيما", "بينما", "وبينما"])


def _perpetrator(doc: Doc, sc: _Scan, actors, ev_a: int, ev_b: int, v_a, v_b, lo: int, hi: int,
                 victim_actor: str | None = None) -> str | None:
    """Who caused the harm, by news syntax: the subject of an active harm verb of the figure
    («قتلت قوات الأمن 7 متظاهرين», «قوات الاحتلال تقتل 3 فلسطينيين»), an actor a
    perpetrator marker introduces («برصاص الجيش», «على يد مسلحي ...», «هجوم شنه ...»), else
    a state named by a nisba after an attack noun («غارات إسرائيلية»)."""
    agents = sc.lex["object_people"]
    after_subject = sc.lex["agent_verbs"]
    links = sc.lex["perp_links"]
    actors = [m for m in actors if not _overlaps(m, v_a, v_b)
              and (victim_actor is None or doc.entity_name(m) != victim_actor)]
    for m in actors:
        if ev_a <= m.tok_start and m.tok_end < ev_b:
            k = m.tok_start - 1
            while k > ev_a and not sc.readings(k).isdisjoint(links) and sc.readings(k).isdisjoint(agents):
                k -= 1
            if k >= ev_a and not sc.readings(k).isdisjoint(agents):
                return doc.entity_name(m) or None
        if m.tok_end == ev_a and not sc.readings(ev_a).isdisjoint(after_subject) and \
                (m.tok_start == lo or sc.texts[m.tok_start - 1] in sc.lex["agent_openers"]):
            return doc.entity_name(m) or None
    for m in actors:
        ent = doc.actors.get(m.key)
        if ent is None or ent.type in _NOT_PERPETRATORS:
            continue  # «طائرة بوينغ»
        if ent.type == "state" and sc.has(m.tok_start - 1, "perp") and m.start == doc.tokens[m.tok_start].start:
            continue  # «هجمات باريس», «قصف دمشق»: a place, not the attacker («غارة لإسرائيل» is)
        if m.tok_start >= ev_b and any(sc.has(k, "clause") and sc.texts[k] not in _SAME_EVENT
                                       for k in range(ev_b, m.tok_start)):
            continue  # «وقتلوا 18 ... حيث اختطفوا حافلة ... بتفجيرها على أيدي قوات الأمن»
        if _agent_marked(sc, m.tok_start, lo):
            return ent.name or None
    return _nisba_agent(sc, ev_a, ev_b, lo, hi)


_LOCATIVE = frozenset(["في", "وفي", "داخل", "على", "قرب", "بالقرب"])
_PLACE_BREAKS = frozenset(["،", ",", "(", ")", ".", ";", "؛"])


def _locative(doc: Doc, sc: _Scan, m) -> bool:
    """Whether a place mention is the object of a locative phrase: «في الدار البيضاء»,
    «بغزة», «على رفح», «في مدينة دوما», «بمحافظة الضالع» (not «وإسرائيل» beside another
    place, nor «إلى القدس»)."""
    i = m.tok_start
    tok = doc.tokens[i]
    if m.start > tok.start and sc.texts[i][:1] == "ب":
        return True
    if i > 0 and (sc.texts[i - 1] in _LOCATIVE or sc.texts[i - 1].startswith(("بم", "بال"))):
        return True
    return i > 1 and sc.texts[i - 2] in _LOCATIVE


def _place_of(doc: Doc, sc: _Scan, places, ev_a: int, ev_b: int):
    """Where the figure happened: the first place after the figure starts, unless a clause
    break comes first and a place in a locative phrase closes right before the figure
    («اعتداءات في الدار البيضاء (33 قتيلا) ومراكش (17)»; not a speaker's «مصادر في X أن»);
    with none after, the last place before it, or the one in a locative phrase it is
    coordinated with («بين الفصائل في قطاع غزة وإسرائيل ... أسفرت عن مقتل 2»)."""
    after = [m for m in places if m.tok_start >= ev_a]
    before = [m for m in places if m.tok_start < ev_a]
    near = [m for m in before if m.tok_end <= ev_a and ev_a - m.tok_end <= 3 and _locative(doc, sc, m)
            and not any(sc.has(k, "back_break") for k in range(m.tok_end, ev_a))]
    if after:
        first = after[0]
        if near and first.tok_start >= ev_b and \
                any(sc.texts[k] in _PLACE_BREAKS or sc.has(k, "clause") for k in range(ev_b, first.tok_start)):
            return near[-1]
        return first
    last = before[-1]
    if len(before) > 1 and before[-2].tok_end == last.tok_start and sc.texts[last.tok_start][:1] == "و" \
            and _locative(doc, sc, before[-2]) and not _locative(doc, sc, last):
        return before[-2]  # «في قطاع غزة وإسرائيل»: the place the phrase is about
    return last
