"""Attributions: who said what.

A statement is found from a *cue* — a verb of saying or reporting (``قال``, ``أعلنت``,
``مشيرا إلى`` ...), an «according to» phrase (``بحسب``, ``وفقا لـ``, ``نقلا عن``) or a
headline colon («الأمم المتحدة: ...») — then its *speaker* (an actor mention of ``doc.mentions``
or a noun phrase such as «مسؤول أميركي») and its *content* (the attributed clause, starting
right after «إن / أن / بأن / :» or the opening quote).

All cue words live in ``newsparse/data/cues.yaml``; regular verb forms are generated from the
lemmas there and everything is compiled once (:func:`_tables`). Extraction is one pass over
the sentences with bounded look-ahead, so it is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import load_data
from .model import Attribution, Span, SpeakerSpan
from .reader import indexed_words, normalize_text, positions

# ---------------------------------------------------------------- compiled data

_PUNCT_STOP = {".", "!", "?", "؟", "؛", ";"}
_COMMA = {"،", ","}
_QUOTE = '"'
_MEDIUM_PREPS = frozenset({"علي", "في", "عبر"})  # (as normalised: «على» is «علي»)
_CLAUSE_WORDS = {"فيما", "بينما", "حيث", "كما", "لكن", "ولكن", "اذ", "حين", "ثم", "بعدما", "و", "ف"}
# words that end a noun phrase of a speaker
_NP_STOP = {"ان", "انه", "انها", "بان", "عن", "الي", "علي", "من", "قد", "لا", "لم", "لن", "ما", "ان",
            "التي", "الذي", "الذين", "اللذين", "بعد", "قبل", "خلال", "منذ", "حول", "عبر", "امام",
            "لدي", "الا", "او", "ثم", "هو", "هي", "هم", "انه", "كان", "كانت", "اي", "كل", "مع", "ل"}
_KANA = frozenset({"كان", "كانت", "كانوا", "ظل", "ظلت", "عاد", "عادت"})
_KANA_QAD = frozenset({"كان", "كانت", "كانوا"})  # «وكان X قد قال»
# verbs delivering a statement, between its noun and «قال فيه» («كلمة ألقاها أمام ...»)
_DELIVERED = frozenset({"القاها", "القاه", "ادلي"})  # «ألقاها», «ألقاه», «أدلى» as normalised
_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"}
_NP_LINK = {"باسم", "في", "ب", "عن"}
_TITLE_LINK = {"الي", "لدي", "باسم"}  # «مبعوث X إلى Y», «سفير X لدى Y»
_NAQLAN = frozenset({"نقلا"})
_MODAL = frozenset({"يمكن", "يجب", "بعد", "قبل"})
_NO_VERB: tuple[str, None] = ("", None)
_NISBA = ("ي", "يه", "يون", "يين", "يا", "يتين")
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # normalised: «ـه» is also «ـة» after the reader
# particles negating the verb after them: «ولم تكشف الشرطة عن ...», «لن يعلن»; «لا» only
# before a present («لا تذكر المصادر»). Nothing is said, so there is no statement.
_NEG = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن"})
_NEG_PRESENT = frozenset({"لا", "ولا", "فلا"})
# verbs of saying of form I, whose present has a damma on its prefix only in the passive
_FORM_I = frozenset({"زعم", "قال", "ذكر", "نقل", "كشف", "نفي", "وصف", "روي"})
# «نادرا ما» + verb: what the subject seldom does, not what it said
_RARELY = frozenset({"نادرا", "ونادرا", "فنادرا"})
# particles of a condition: «إذا دعت الحاجة إلى ...» states no call
_CONDITIONAL = frozenset({"اذا", "واذا", "ان", "وان", "لو", "ولو", "متي", "كلما", "حيثما", "ما"})


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    """Common given names (``data/given_names.yaml``): a name that starts with one may end in a
    surname with the article («محمد الحسيني»)."""
    return frozenset(normalize_text(w) for w in load_data("given_names.yaml") or [])


def _plural_nisba(text: str) -> bool:
    """A human plural adjective of relation: «الصحفيين», «الأميركيون»."""
    return text.endswith(("يين", "يون"))


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    stance: str
    tense: str  # past | present | participle
    preps: frozenset[str]
    keep_prep: bool
    object: bool
    relay: bool
    strict: bool
    needs_word: frozenset[str]
    no_subjectless: bool
    plural: bool = False  # «قالوا», «يقولون»: the subject stands before the verb, never after
    content_after_word: bool = False  # «أنحى باللائمة على ...»: the content follows needs_word
    pronoun: bool = False  # «وصفه», «تعتبرها»: the form carries an object pronoun


@dataclass
class _Tables:
    verbs: dict[str, VerbCue] = field(default_factory=dict)
    comp_bare: set[str] = field(default_factory=set)
    comp_pron: set[str] = field(default_factory=set)
    according: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first word → rests
    fillers: set[str] = field(default_factory=set)
    fillers_days: set[str] = field(default_factory=set)  # fillers | weekdays
    # derived, for quick rejection: a word none of whose stems is in these is no verb of
    # saying / complementiser / filler
    verb_forms: frozenset[str] = frozenset()
    comp_keys: frozenset[str] = frozenset()
    filler_keys: frozenset[str] = frozenset()
    according_words: frozenset[str] = frozenset()
    according_pron: set[str] = field(default_factory=set)  # «تعبيره» of «على حد تعبيره»
    filler_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    weekdays: set[str] = field(default_factory=set)
    anon_heads: set[str] = field(default_factory=set)
    def_heads: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # anon_heads | def_heads | roles
    anon_only: set[str] = field(default_factory=set)  # anon_heads - roles
    relay_nouns: set[str] = field(default_factory=set)
    statement_nouns: set[str] = field(default_factory=set)  # relay_nouns | verbal nouns
    skip_lines: set[str] = field(default_factory=set)
    pron_conj: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # last word → words before
    resumptive: frozenset[str] = frozenset()  # «فيه», «فيها»
    resumptive_vs: frozenset[str] = frozenset()  # «في وقت قالت فيه X»
    statement_docs: frozenset[str] = frozenset()  # «بيان», «تغريدة», «تصريحات»
    media_words: frozenset[str] = frozenset()  # «تويتر», «حساب», «صفحة»: where a text was written
    same_words: frozenset[str] = frozenset()  # «نفس المصادر»
    kana_stops: frozenset[str] = frozenset()  # «عندما»: no subject of «كان ... قال» across it
    adverbs: frozenset[str] = frozenset()  # never a speaker: «آنذاك», «حينها»
    addressed_docs: frozenset[str] = frozenset()  # «رسالة لـX»: X is the addressee
    audience_heads: frozenset[str] = frozenset()  # «قال لوكالة ...»: an outlet addressed
    audience_pronouns: frozenset[str] = frozenset()  # «قال لها»: whom it was said to
    prepositions: frozenset[str] = frozenset()
    continuing: frozenset[str] = frozenset()  # «ومضى يقول»: the present goes on with the subject
    contrast_words: frozenset[str] = frozenset()  # «لكن X قال إن»: the words between are the subject
    contrast_amma: frozenset[str] = frozenset()  # «أما X فقال»
    modifiers: set[str] = field(default_factory=set)
    descriptions: frozenset[str] = frozenset()  # «العاملة», «التابعة»: a description of the speaker
    anonymity: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    doc_nouns: frozenset[str] = frozenset()  # «بيان», «حصيلة»: a source speaks through them
    doc_adjectives: frozenset[str] = frozenset()
    doc_links: list[tuple[str, ...]] = field(default_factory=list)  # «من», «صادر عن», longest first
    generic_verbs: frozenset[str] = frozenset()  # lemmas whose subject may be any noun phrase
    generic_quant: frozenset[str] = frozenset()  # «بعض المحتجين»
    generic_prep_verbs: frozenset[str] = frozenset()  # «دعت النقابات إلى»
    generic_not: frozenset[str] = frozenset()  # never its head: «الأسبوع», «عقب»
    # «وقال بعد الاجتماع إنه»: normalised → as written
    adjunct_preps: dict[str, str] = field(default_factory=dict)


def _n(s: str) -> str:
    return normalize_text(s).strip()


def _past_forms(past: str) -> list[str]:
    stem = past[:-1] if past.endswith(("ا", "ي")) else past
    return [past, stem + "ت", stem + "وا"]


def _present_forms(pres: str) -> list[str]:
    out = [pres]
    if pres.startswith("ي"):
        out.append("ت" + pres[1:])
    if pres.endswith(("ي", "و")):
        out.append(pres[:-1] + "ون")
    else:
        out.append(pres + "ون")
    return out


def _participle_forms(stem: str) -> list[str]:
    return [stem + "ا", stem + "ه", stem + "ين"]


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    data = load_data("cues.yaml")
    t = _Tables()
    for e in data["verbs"]:
        base = dict(
            lemma=_n(e["lemma"]), stance=e.get("stance", "neutral"),
            preps=frozenset(_n(p) for p in e.get("preps") or ()), keep_prep=bool(e.get("keep_prep")),
            object=bool(e.get("object")), relay=bool(e.get("relay")), strict=bool(e.get("strict")),
            needs_word=frozenset(_n(w) for w in e.get("needs_word") or ()),
            content_after_word=bool(e.get("content_after_word")),
        )
        no_subj = {_n(w) for w in e.get("no_subjectless") or ()}
        forms: list[tuple[str, str]] = []
        if e.get("past"):
            forms += [(f, "past") for f in _past_forms(_n(e["past"]))]
        forms += [(_n(f), "past") for f in e.get("forms") or ()]
        if e.get("present"):
            forms += [(f, "present") for f in _present_forms(_n(e["present"]))]
        forms += [(_n(f), "present") for f in e.get("present_forms") or ()]
        if e.get("participle") and not e.get("participle_is_noun"):
            forms += [(f, "participle") for f in _participle_forms(_n(e["participle"]))]
        forms += [(_n(f), "participle") for f in e.get("participle_forms") or ()]
        for f, tense in forms:
            if f and f not in t.verbs:
                # a finite verb agrees in number only with a subject before it (SVO): a plural
                # form is never followed by its subject
                plural = tense != "participle" and f.endswith(("وا", "ون"))
                t.verbs[f] = VerbCue(tense=tense, no_subjectless=f in no_subj, plural=plural, **base)
        if e.get("object_pronouns"):
            for f, tense in forms:
                if tense == "participle" or not f:
                    continue
                plural = f.endswith(("وا", "ون"))
                stem = f[:-1] if f.endswith("وا") else f  # «وصفوا» → «وصفوه»
                for suffix in _OBJECT_PRONOUNS:
                    g = stem + suffix
                    if g not in t.verbs:
                        t.verbs[g] = VerbCue(tense=tense, no_subjectless=False, plural=plural,
                                             pronoun=True, **base)
    comp = data["complementizers"]
    t.comp_bare = {_n(w) for w in comp["bare"] if " " not in w}
    t.comp_pron = {_n(w) for w in comp["pronoun"]}
    for p in data["according_to"]:
        words = tuple(_n(p).replace("لـ", "ل").split())
        t.according.setdefault(words[0], []).append(words[1:])
    for p in data.get("according_pronoun") or ():
        words = tuple(_n(p).split())
        t.according.setdefault(words[0], []).append(words[1:])
        t.according_pron.add(words[-1])
    for v in t.according.values():
        v.sort(key=len, reverse=True)
    for f in data["fillers"]:
        words = tuple(_n(f).split())
        if len(words) == 1:
            t.fillers.add(words[0])
        else:
            t.filler_phrases.setdefault(words[0], []).append(words[1:])
    for v in t.filler_phrases.values():
        v.sort(key=len, reverse=True)
    t.weekdays = {_n(w) for w in data["weekdays"]}
    t.fillers_days = t.fillers | t.weekdays
    heads = data["source_heads"]
    t.anon_heads = {_n(w) for w in heads["anonymous"]}
    t.def_heads = {_n(w) for w in heads["definite"]}
    t.roles = {_n(w) for w in heads["roles"]}
    t.modifiers = {_n(w) for w in heads["modifiers"]}
    t.descriptions = frozenset(_n(w) for w in heads.get("descriptions") or ())
    # «طالبة عدم كشف اسمها», «مفضلا عدم ذكر هويته», «رافضين الكشف عن أسمائهم»: every opener with
    # every request and every name (besides the listed phrases)
    # (the parts normalised once: their product has some 3,000 phrases)
    anon = heads.get("anonymity_parts") or {}
    parts = [[tuple(_n(w).split()) for w in anon.get(k) or ()] for k in ("openers", "requests", "names")]
    made = [a + b + c for a in parts[0] for b in parts[1] for c in parts[2]]
    for words in dict.fromkeys([tuple(_n(f).split()) for f in heads["anonymity"]] + made):
        t.anonymity.setdefault(words[0], []).append(words[1:])
        t.filler_phrases.setdefault(words[0], []).append(words[1:])
    for v in t.filler_phrases.values():
        v.sort(key=len, reverse=True)
    t.relay_nouns = {_n(w) for w in data["relay_nouns"]}
    t.statement_nouns = t.relay_nouns | {_n(w) for w in data.get("verbal_nouns") or ()}
    t.skip_lines = {_n(w) for w in data.get("skip_lines") or ()}
    t.resumptive = frozenset(_n(w) for w in data.get("resumptive") or ())
    t.resumptive_vs = frozenset(_n(w) for w in data.get("resumptive_subject_after") or ())
    t.kana_stops = frozenset(_n(w) for w in data.get("kana_stops") or ())
    t.same_words = frozenset(_n(w) for w in data.get("same_words") or ())
    t.adverbs = frozenset(_n(w) for w in data.get("adverbs") or ())
    t.addressed_docs = frozenset(_n(w) for w in data.get("addressed_documents") or ())
    t.audience_heads = frozenset(_n(w) for w in data.get("audience_heads") or ())
    t.audience_pronouns = frozenset(_n(w) for w in data.get("audience_pronouns") or ())
    t.statement_docs = frozenset(_n(w) for w in data.get("statement_documents") or ())
    t.media_words = frozenset(_n(w) for w in data.get("media_words") or ())
    t.prepositions = frozenset(_n(w) for w in data.get("prepositions") or ())
    t.continuing = frozenset(_n(w) for w in data.get("continuing_verbs") or ())
    con = data.get("contrast_subjects") or {}
    t.contrast_amma = frozenset(_n(w) for w in con.get("with_fa") or ())
    t.contrast_words = frozenset(_n(w) for w in con.get("plain") or ()) | t.contrast_amma
    for w in data.get("pronoun_conjunctions") or ():
        words = tuple(_n(w).split())
        t.pron_conj.setdefault(words[-1], set()).add(words[:-1])
    docs = data["documents"]
    t.doc_nouns = frozenset(_n(w) for w in docs["nouns"])
    t.doc_adjectives = frozenset(_n(w) for w in docs["adjectives"])
    t.doc_links = sorted((tuple(_n(w).split()) for w in docs["links"]), key=len, reverse=True)
    gen = data.get("generic_subjects") or {}
    t.generic_verbs = frozenset(_n(w) for w in gen.get("verbs") or ())
    t.generic_quant = frozenset(_n(w) for w in gen.get("quantifiers") or ())
    t.generic_prep_verbs = frozenset(_n(w) for w in gen.get("prep_verbs") or ())
    t.generic_not = frozenset(_n(w) for w in gen.get("not_heads") or ())
    t.adjunct_preps = {_n(w): w for w in data.get("adjunct_prepositions") or ()}
    t.heads = t.anon_heads | t.def_heads | t.roles
    t.anon_only = t.anon_heads - t.roles
    t.verb_forms = frozenset(t.verbs)
    comps = t.comp_bare | t.comp_pron
    t.comp_keys = frozenset(comps | {w[1:] for w in comps if w.startswith("ب")})
    t.filler_keys = frozenset(t.filler_phrases.keys() | t.fillers_days)
    t.according_words = frozenset(t.according)
    return t


# ---------------------------------------------------------------- helpers


@lru_cache(maxsize=None)
def _contrast_stems() -> frozenset[str]:
    """Stems of the particles of ``contrast_subjects`` («ولكن» is «لكن» with «و»)."""
    return indexed_words(frozenset(w[1:] if w[:1] in ("و", "ف") and w[1:] in _tables().contrast_words else w
                                   for w in _tables().contrast_words))


@lru_cache(maxsize=None)
def _cue_words() -> frozenset[str]:
    t = _tables()
    return indexed_words(frozenset(t.verbs) | frozenset(t.according))


def _cue_positions(doc) -> list[int]:
    """Indices of the tokens one of whose stems is a verb of saying or the first word of an
    «according to» phrase, in order (from the document's stem index)."""
    if doc.index or not doc.tokens:
        return positions(doc.index, _cue_words())
    disjoint = _cue_words().isdisjoint  # a Doc built without its index
    return [i for i, tok in enumerate(doc.tokens) if not disjoint(tok.stems)]


@lru_cache(maxsize=None)
def speech_verb_forms() -> frozenset[str]:
    """Every normalised form of every verb of saying in ``data/cues.yaml`` (for patterns in
    other modules: a name right after «قال» is likely a person)."""
    return indexed_words(frozenset(_tables().verbs))


def _stem_in(tok, words, prefixes=("", "و", "ف")) -> str | None:
    """The stem of ``tok`` found in ``words`` (a set or a dict's keys; with an allowed clitic
    prefix), or None."""
    if words.isdisjoint(tok.stems):
        return None
    for pre, stem in tok.forms:
        if pre in prefixes and stem in words:
            return stem
    return None


def _tok_start(tok) -> int:
    return tok.start


@dataclass
class _Speaker:
    start: int  # token range
    end: int
    actor: str | None
    anonymous: bool
    mention_key: str | None = None
    audience: bool = False  # a via the statement was made to («لرويترز»), not a relay


_DASHES = frozenset({"-", "–", "—", "--", "ـ"})


def _dateline_credit(doc, m) -> bool:
    """Mention m is the credit of a dateline, between brackets before a dash: «(CNN)--»,
    «(رويترز) -»; the outlet that filed the story, never the subject of what follows."""
    toks = doc.tokens
    return 0 < m.tok_start and m.tok_end + 1 < len(toks) and toks[m.tok_start - 1].text == "(" \
        and toks[m.tok_end].text == ")" and toks[m.tok_end + 1].text in _DASHES


class _Ctx:
    def __init__(self, doc):
        self.doc = doc
        self.t = _tables()
        self.toks = doc.tokens
        self.m_start: dict[int, object] = {}
        self.m_end: dict[int, object] = {}
        # (not an agency's credit in a dateline: «دبي، الإمارات العربية المتحدة (CNN)-- ...»;
        # none without a bracket in the text)
        toks = doc.tokens
        self.credits = {id(m) for m in doc.mentions if m.kind == "actor" and m.tok_start
                        and toks[m.tok_start - 1].text == "(" and _dateline_credit(doc, m)} \
            if "(" in doc.text else set()
        self.actor_mentions = [m for m in doc.mentions if m.kind == "actor" and id(m) not in self.credits]
        self.damma = "\u064f" in doc.original  # for _passive: no damma, no passive written as such
        self.audience: dict[int, tuple[int, object] | None] = {}  # _audience_at by token
        self._contrast: list[int] | None = None  # tokens of «لكن / أما», on first need
        for m in self.actor_mentions:
            if m.tok_start not in self.m_start or self.m_start[m.tok_start].tok_end < m.tok_end:
                self.m_start[m.tok_start] = m
            if m.tok_end not in self.m_end or self.m_end[m.tok_end].tok_start > m.tok_start:
                self.m_end[m.tok_end] = m

    def contrast_before(self, i: int, lo: int) -> bool:
        """A particle of contrast («لكن», «أما») stands in tokens [lo, i) (from the stem index)."""
        pos = self._contrast
        if pos is None:
            index = self.doc.index
            pos = self._contrast = positions(index, _contrast_stems()) if index else [
                k for k, tok in enumerate(self.toks) if not _contrast_stems().isdisjoint(tok.stems)]
        if not pos:
            return False
        k = bisect_left(pos, lo)
        return k < len(pos) and pos[k] < i

    def mentions_in(self, i: int, j: int, kind: str | None = None) -> list:
        """The document's mentions inside tokens [i, j) (of ``kind``), without a dateline's
        credit («(CNN)--»)."""
        ms = self.doc.mentions_in(i, j, kind)
        if not self.credits:
            return ms
        return [m for m in ms if id(m) not in self.credits]

    # --- token predicates
    def text(self, i: int) -> str:
        return self.toks[i].text

    def is_filler(self, i: int, end: int) -> int:
        """Number of tokens of a filler (adjunct) starting at i, 0 if none."""
        t = self.t
        tok = self.toks[i]
        if tok.text in _COMMA:
            return 1
        if t.filler_keys.isdisjoint(tok.stems):
            return 1 if tok.text.isdigit() else 0
        st = _stem_in(tok, t.filler_phrases.keys())
        if st:
            toks = self.toks
            for rest in t.filler_phrases[st]:
                if i + len(rest) < end and all(toks[i + 1 + k].text == w for k, w in enumerate(rest)):
                    return 1 + len(rest)
        if _stem_in(tok, t.fillers_days):
            if tok.text == "في":
                # «في بيان», «في تصريح» ...; «في غزة» (a place mention) too; a bare «في»
                # followed by anything else is no filler
                m = self.doc.mention_starting(i + 1, "place") if i + 1 < end else None
                return 1 + m.tok_end - m.tok_start if m is not None and m.tok_end < end else 0
            return 1
        if tok.text.isdigit():
            return 1
        return 0

    def skip_relative(self, i: int, end: int) -> int:
        """After a speaker: «، الذي يدعم مقاتلين أكرادا وعربا،» and appositions ending in a
        comma are skipped when a complementiser or colon follows them."""
        toks = self.toks
        if i + 1 < end and toks[i].text in _COMMA and (toks[i + 1].text in _RELATIVE):
            for k in range(i + 2, min(end, i + 25)):
                if toks[k].text in _COMMA:
                    return k + 1
                if toks[k].text in _PUNCT_STOP:
                    break
        if i + 2 < end and toks[i].text in _RELATIVE and toks[i + 1].text in self.t.anonymity \
                and self.is_filler(i + 1, end) > 1:
            return i + 1  # «قال المسؤول الذي طلب عدم ذكر اسمه إن»: the anonymity phrase follows
        if i < end and toks[i].text in _RELATIVE:
            # «أعلن التحالف الذي تقوده واشنطن في بيان له استهداف ...»: a relative clause
            # closed by a filler («في بيان») is skipped up to it
            for k in range(i + 2, min(end, i + 9)):
                if toks[k].text in _PUNCT_STOP or toks[k].text in _COMMA or toks[k].text == _QUOTE \
                        or self.verb_at(k):
                    break
                if self.is_filler(k, end):
                    return k
                if toks[k].text == ":" or self.comp_at(k) == "bare" and toks[k].text[:1] not in ("و", "ف"):
                    # «وقال المسؤول الذي لم يكشف عن هويته: "..."»: a clause with no verb of
                    # saying, closed by a colon or «إن»
                    return k
        return i

    def skip_fillers(self, i: int, end: int, limit: int = 6) -> int:
        n = 0
        while i < end and n < limit:
            k = self.is_filler(i, end)
            if not k:
                break
            i += k
            n += 1
        return i

    def comp_at(self, i: int) -> str | None:
        """'bare' / 'pron' when token i is a complementiser («إن», «أنه», «بأن», «فإن»), else None."""
        t = self.t
        tok = self.toks[i]
        text = tok.text
        extra = len(text) == 3 and text[0] in "وفب"  # «فإن», «وأن», «بأن»
        if t.comp_keys.isdisjoint(tok.stems) and not (extra and text[1:] in t.comp_keys):
            return None
        forms = tok.forms
        if extra:
            forms = forms + ((text[0], text[1:]),)
        for pre, stem in forms:
            if pre in ("", "و", "ف", "ب"):
                if stem in t.comp_pron or ("ب" + stem) in t.comp_pron:
                    return "pron"
                if stem in t.comp_bare or ("ب" + stem) in t.comp_bare:
                    return "bare"
        return None

    def verb_reading(self, i: int) -> tuple[str, VerbCue | None]:
        """The first stem of token i (bare or after «و»/«ف») that is a verb of saying, and its
        cue; ("", None) if none."""
        t = self.t
        tok = self.toks[i]
        if t.verb_forms.isdisjoint(tok.stems):
            return _NO_VERB
        for pre, stem in tok.forms:
            if pre in ("", "و", "ف"):
                v = t.verbs.get(stem)
                if v:
                    return stem, v
        return _NO_VERB

    def verb_at(self, i: int) -> VerbCue | None:
        """The cue of the verb of saying at token i, or None."""
        stems = self.toks[i].stems
        if self.t.verb_forms.isdisjoint(stems):
            return None
        return self.verb_reading(i)[1]

    def has_conj(self, i: int) -> bool:
        tok = self.toks[i]
        return any(pre in ("و", "ف") for pre, stem in tok.forms[1:] if stem in self.t.verbs
                   or stem in self.t.according)

    # --- speakers
    def mention_speaker(self, m) -> _Speaker:
        return _Speaker(m.tok_start, m.tok_end, self.doc.entity_name(m) or None, False, m.key)

    def extend_with_person(self, sp: _Speaker, end: int) -> _Speaker:
        """«الرئيس التركي رجب طيب إردوغان», «مدير المرصد رامي عبد الرحمن»: a mention right
        after the speaker (a person's name after a title) becomes part of it."""
        j = sp.end
        if j < end and self.toks[j].text in _COMMA and j + 1 < end:
            m = self.m_start.get(j + 1)
            if m is not None and self.doc.actors.get(m.key) and self.doc.actors[m.key].type == "person":
                j += 1
        m = self.m_start.get(j)
        if m is not None and j < end:
            a = self.doc.actors.get(m.key)
            if a is not None and a.type == "person":
                return _Speaker(sp.start, m.tok_end, self.doc.entity_name(m) or None, False, m.key)
        return sp

    def is_modifier(self, tok) -> bool:
        """A word that may follow a source head in its noun phrase («أميركي», «مطلع»); not a
        definite noun with the preposition «لـ» («للصحفيين»: the audience)."""
        if tok.text.startswith("لل"):
            return False
        for pre, stem in tok.forms:
            if pre not in ("", "و"):
                continue
            if stem in self.t.modifiers:
                return True
            if len(stem) >= 4 and stem.endswith(_NISBA) and not self.verb_at(tok.index) \
                    and stem not in _NP_STOP and stem not in self.t.statement_nouns:  # «نفيه»
                return True
        return False

    def name_starts_at(self, k: int, m) -> bool:
        """Token k, where mention m starts, is the first word of one of the actor's names as
        written, without a clitic («وحدات حماية الشعب», not «لوكالة رويترز»)."""
        a = self.doc.actors.get(m.key)
        if a is None:
            return False
        text = self.toks[k].text
        if text == self.toks[k].forms[0][1] and len(self.toks[k].forms) == 1:
            return True  # nothing to strip
        return any(_n(name).split()[:1] == [text] for name in [a.name, *a.aliases])

    def conjoined(self, k: int, m) -> bool:
        """Token k, where mention m starts, carries the conjunction «و» («ووكالة الأنباء»),
        and the «و» is not the first letter of the name itself («وحدات حماية الشعب»)."""
        if not any(pre == "و" for pre, _ in self.toks[k].forms[1:]):
            return False
        return not self.name_starts_at(k, m) or self.doc.actors.get(m.key) is None

    def same_speaker(self, a: _Speaker, b: _Speaker) -> bool:
        """Both name one actor, or are written alike («الصحيفة ... بحسب الصحيفة»)."""
        if a.actor is not None and a.actor == b.actor:
            return True
        words = [tk.stems[-1] for tk in self.toks[a.start:a.end]]
        return words == [tk.stems[-1] for tk in self.toks[b.start:b.end]]

    def is_media(self, sp: _Speaker) -> bool:
        a = self.doc.actors.get(sp.mention_key) if sp.mention_key else None
        return a is not None and a.type == "media"

    def is_person(self, m) -> bool:
        a = self.doc.actors.get(m.key)
        return a is not None and a.type == "person"

    def np_right(self, j: int, end: int, head_prefixes=("",)) -> _Speaker | None:
        """A speaker noun phrase starting at token j: an actor mention, or a source head
        («مصدر», «مسؤول», «المرصد») with its modifiers (the head with one of
        ``head_prefixes``)."""
        if j >= end:
            return None
        toks = self.toks
        if toks[j].text == _QUOTE and j + 1 < end and self.m_start.get(j + 1) is not None:
            m = self.m_start[j + 1]
            k = m.tok_end + (1 if m.tok_end < end and toks[m.tok_end].text == _QUOTE else 0)
            return _Speaker(j, k, self.doc.entity_name(m) or None, False, m.key)
        if toks[j].text == _QUOTE and j + 2 < end and not self.t.heads.isdisjoint(toks[j + 1].stems):
            # a quoted source: «عن "مصدر رسمي"»
            sp = self.np_right(j + 1, end)
            if sp is not None and sp.end < end and toks[sp.end].text == _QUOTE:
                sp.start, sp.end = j, sp.end + 1
                return sp
            return None
        m = self.m_start.get(j)
        if m is None and not self.t.doc_nouns.isdisjoint(toks[j].stems):
            sp = self.document_source(j, end)
            if sp is not None:
                return sp
        if m is not None:
            sp = self.mention_speaker(m)
            # an organisation mention followed by a quoted acronym: «وكالة الأنباء السورية "سانا"»
            k = sp.end
            # (not after a state or a person: «تعتبرها أنقرة "إرهابية"» — the predicate)
            a = self.doc.actors.get(m.key)
            if k + 2 < end and toks[k].text == _QUOTE and toks[k + 2].text == _QUOTE and toks[k + 1].is_word \
                    and not (a is not None and a.type in ("state", "person")) \
                    and not toks[k + 1].text.startswith(("بال", "لل", "كال")):  # «"بالمأذون"»: a predicate
                sp.end = k + 3
            # definite adjectives after the name: «وكالة إنترفاكس الروسية»
            # (not after a person's name: «لم يذكر نتانياهو الكمية الضرورية» — the object)
            named = self.is_person(m) and not toks[m.tok_end - 1].text.startswith("ال")
            while not named and sp.end < end and sp.end < k + 3 and toks[sp.end].text.startswith("ال") \
                    and self.m_start.get(sp.end) is None and self.is_modifier(toks[sp.end]) \
                    and not (_plural_nisba(toks[sp.end].text) and not toks[sp.end - 1].text.endswith(("ون", "ين"))):
                # a plural nisba after a singular name is its object: «اتهم ترامب الديمقراطيين»
                sp.end += 1
            if self.is_person(m) and sp.end < end and (m2 := self.m_start.get(sp.end)) is not None \
                    and self.is_person(m2) and m2.key != m.key and not self.conjoined(sp.end, m2) \
                    and not (m.tok_end == m.tok_start + 1 and toks[m.tok_start].text.startswith("ال")) \
                    and any(self.t.heads.isdisjoint(tk.stems) for tk in toks[m.tok_start:m.tok_end]):
                return sp  # «وصف نتنياهو ظريف بأنه ...»: a second person after a name is the object
            return self.extend_with_person(sp, end)
        tok = toks[j]
        t = self.t
        if (tok.text in t.same_words or tok.text[:1] == "ل" and tok.text[1:] in t.same_words) \
                and j + 1 < end and toks[j + 1].text in t.def_heads:  # «وفقا لنفس المصادر»
            sp = self.np_right(j + 1, end)  # «نفس المصادر»: the same source as before
            if sp is not None:
                sp.start = j
            return sp
        heads = t.heads
        head = None if heads.isdisjoint(tok.stems) else _stem_in(tok, heads, prefixes=head_prefixes)
        if head is None and tok.text.endswith("ا") and tok.text[:-1] in heads:
            head = tok.text[:-1]  # accusative «مسؤولا»
        if head is None:
            return None
        definite = head.startswith("ال")
        title = head in t.roles and head not in t.anon_heads  # «وزير», «العاهل», not «مسؤول»
        genitive_end = -1
        # a title before a person's name: «المتحدث باسم التحالف الدولي رايان ديلون»,
        # «أمين عام وزارة النقل الأردنية، أنمار الخصاونة»
        if head in t.roles:
            k = j + 1
            while k < end and k < j + 9:
                m = self.m_start.get(k)
                if m is not None and self.is_person(m):
                    return _Speaker(j, m.tok_end, self.doc.entity_name(m) or None, False, m.key)
                if m is not None:
                    k = m.tok_end
                    continue
                w = toks[k]
                if w.text in _COMMA:
                    k += 1
                    continue
                if w.text in _TITLE_LINK and self.m_start.get(k + 1) is not None:
                    k += 1  # «مبعوث فرنسا إلى الأمم المتحدة جان لوران»: a second affiliation
                    continue
                if not w.is_word or self.comp_at(k) or self.verb_at(k) or w.text in _NP_STOP \
                        and w.text not in _NP_LINK or _stem_in(w, t.weekdays) \
                        or k > j + 1 and w.text.endswith(_PRONOUN_ENDS) and _possessed_noun(w.text, self.doc, w):
                    # a noun with a pronoun after the title phrase is the object («واتهم الرئيس
                    # التركي منافسه محرم إنجه»), right after the title its domain («وزير خارجيته»)
                    break
                k += 1
        k = j + 1
        actor = None
        key = None
        while k < end and k < j + 8:
            w = toks[k]
            m = self.m_start.get(k)
            if m is not None and not definite and k == j + 1:
                if any(pre in ("ل", "لل") for pre, _ in w.forms[1:]) and self.is_media(self.mention_speaker(m)):
                    break  # «وقال مسؤول لرويترز إن»: the outlet is the audience, no construct
                # construct state: «مدير المرصد», «وزير الخارجية»; an unnamed group of an
                # organisation («مراسلو وكالة ...», «مصادر الجيش») stays anonymous
                if head not in t.anon_only:
                    actor, key = self.doc.entity_name(m) or None, m.key
                    k = m.tok_end
                    continue
                if self.name_starts_at(k, m):
                    k = m.tok_end
                    continue
            if w.text in _NP_LINK and k + 1 < end:
                m = self.m_start.get(k + 1)
                if m is None and k + 2 < end and head in t.roles and _stem_in(toks[k + 1], t.roles, ("",)):
                    m = self.m_start.get(k + 2)  # «الناطقة باسم مفوض الأمم المتحدة»
                if m is not None:
                    actor, key = self.doc.entity_name(m) or None, m.key
                    k = m.tok_end
                    continue
                break
            if m is not None and title and any(pre in ("ل", "لل") for pre, _ in w.forms[1:]) \
                    and not self.is_media(self.mention_speaker(m)):
                # «المندوب الخاص للأمم المتحدة»; not an audience («لرويترز»)
                actor, key = self.doc.entity_name(m) or None, m.key
                k = m.tok_end
                continue
            if m is not None and any(pre.endswith("ب") for pre, _ in w.forms[1:]):
                # «قائد عسكري بالجيش السوري»: a mention with the preposition attached
                actor, key = self.doc.entity_name(m) or None, m.key
                k = m.tok_end
                continue
            if title and w.text.endswith(("يين", "يون")):
                break  # a plural («الديمقراطيين») does not describe a title: it is the object
            if head.endswith("ات") and _plural_nisba(w.text):
                break  # «وطالبت السلطات الصحفيين»: a non-human plural takes no human plural adjective
            if self.is_modifier(w):
                k += 1
                continue
            if k == j + 1 and title and not definite and self.genitive_at(k):
                k += 1  # construct state: «وزير الدفاع», «رئيس الوزراء»
                genitive_end = k
                continue
            break
        # a title phrase naming one holder: «العاهل الأردني», «وزير الخارجية التركي»
        titled = title and actor is None and k > j + 1 and \
            (definite or any(w.text.startswith("ال") for w in toks[j + 1:k]))
        if titled and k == genitive_end and k < end and self.genitive_at(k):
            return None  # «مديرة الشرق الأوسط ...»: the genitive's adjective or the object?
        if head in t.roles and actor is not None or titled:
            # a title without an organisation may be followed by its object, not a name
            # («واتهم الرئيس التركي منافسه محرم إينجه، ...»)
            k = self.extend_title(k, end, names=not titled)
        anonymous = head in t.anon_heads
        sp = _Speaker(j, k, actor if not anonymous else None, anonymous, key)
        if anonymous and actor is not None and head in t.roles and k > j + 1 \
                and toks[j + 1].text not in _NP_LINK:
            sp.actor, sp.anonymous = actor, False  # «مدير المرصد»
        if sp.actor is None and head in t.def_heads and sp.end == j + 1:
            sp.actor = self.resolve_short(head, j)
        if titled:
            return sp
        if sp.actor is None and not anonymous and not definite:
            return None
        if sp.actor is None and definite and head not in t.def_heads:
            return None  # a bare title («الرئيس») that names nobody
        return sp

    def genitive_at(self, k: int) -> bool:
        """Token k is a definite noun that may complete a title in construct state
        («الدفاع» in «وزير الدفاع»): no clitic, not a function word, verb, day or filler."""
        w = self.toks[k]
        return w.text.startswith("ال") and len(w.forms) == 1 and w.text not in _NP_STOP \
            and w.text not in _RELATIVE and not self.verb_at(k) and not self.comp_at(k) \
            and not _stem_in(w, self.t.fillers_days)

    def document_source(self, j: int, end: int) -> _Speaker | None:
        """«حصيلة جديدة من المرصد», «بيان صادر عن الوزارة», «تقرير للأمم المتحدة», «أرقام
        وزارة الصحة»: the organisation that speaks through the document or figure at token j
        (the speaker is its mention), or None."""
        toks = self.toks
        t = self.t
        if _stem_in(toks[j], t.doc_nouns, prefixes=("",)) is None:
            return None
        k = j + 1
        while k < end and k < j + 3 and (toks[k].text in t.doc_adjectives or
                                          self.m_start.get(k) is None and self.is_modifier(toks[k])):
            k += 1  # «جديدة», «رسمية», «الأممية»
        for link in t.doc_links:
            if k + len(link) < end and all(toks[k + n].text == w for n, w in enumerate(link)):
                k += len(link)
                break
        else:
            link = ()
        m = self.m_start.get(k)
        if m is None and link and link != ("من",) and k < end and not t.heads.isdisjoint(toks[k].stems) \
                and (sp := self.np_right(k, end)) is not None:
            return sp  # a title: «حصيلة أعلنها وزير الداخلية», «بيان صادر عن المتحدث باسم ...»
        if m is None and link and link != ("من",) and k < end and toks[k].text.startswith("ال") \
                and self.doc.mention_starting(k) is None and self._generic_word(k) \
                and toks[k].text not in t.generic_not:
            # an author no lexicon names: «بيان صادر عن القصر الملكي في هولندا»
            n = k + 1
            while n < min(end, k + 4) and self.m_start.get(n) is None and self.is_modifier(toks[n]):
                n += 1
            if n < end and toks[n].text.startswith("لل") and self.m_start.get(n) is None and toks[n].is_word:
                n += 1  # the rest of its name: «المعهد الوطني للإحصاء»
            return _Speaker(k, n, None, False)
        if m is None:
            return None
        attached = any(pre in ("ل", "لل") for pre, _ in toks[k].forms[1:])
        if not link and not attached and not self.name_starts_at(k, m):
            return None  # «وبيان والجيش», a clitic other than «ل»
        return self.np_right(k, end)

    def conj_title(self, k: int, end: int) -> _Speaker | None:
        """A title phrase joined by «و» at token k: «والعاهل الأردني», «ووزير الخارجية
        التركي هاكان فيدان» (a holder's title, not an anonymous source)."""
        tok = self.toks[k]
        t = self.t
        if t.roles.isdisjoint(tok.stems):
            return None
        head = _stem_in(tok, t.roles, prefixes=("و",))
        if head is None or head in t.anon_heads:
            return None
        return self.np_right(k, end, head_prefixes=("و",))

    def extend_title(self, k: int, end: int, names: bool = True) -> int:
        """The end of a title whose organisation ends at token k: further affiliations
        («مبعوث إسرائيل إلى الأمم المتحدة», «سفير روسيا لدى واشنطن»), the rest of an
        office's name («مفوض الأمم المتحدة لحقوق الإنسان») and the holder's name when the
        lexicons do not know it («... داني داون في بيان»); k itself when nothing follows."""
        toks = self.toks
        t = self.t
        while k + 1 < end:
            w = toks[k].text
            if w in _TITLE_LINK and (m := self.m_start.get(k + 1)) is not None:
                k = m.tok_end
            elif w.startswith("ل") and not w.startswith(("ال", "لل")) and toks[k + 1].text.startswith("ال") \
                    and self.m_start.get(k) is None and self.m_start.get(k + 1) is None \
                    and not self.verb_at(k):
                k += 2  # «لحقوق الإنسان», «لشؤون اللاجئين»
            else:
                break
        if not names:
            return k
        if k + 3 < end and toks[k].text == "في":
            # «ممثل المفوضية في سوريا سجاد مالك»: the post's place, then the holder's name
            pm = self.doc.mention_starting(k + 1, "place")
            if pm is not None and pm.tok_end < end:
                n = self.unknown_holder(pm.tok_end, end)
                return n if n > pm.tok_end else k
        n = self.unknown_holder(k, end)
        return n

    def unknown_holder(self, k: int, end: int) -> int:
        """The end of a holder's name unknown to the lexicons at token k (two or three plain
        words closed by a comma, colon, quote, complementiser or an adjunct: «في جنيف», «في
        بيان»), k itself when there is none."""
        toks = self.toks
        t = self.t
        n = k
        while n < end and n < k + 3:
            w = toks[n]
            if not w.is_word or w.text[0].isdigit() or w.text.startswith("ال") or w.text in _NP_STOP \
                    or len(w.text) < 3 or self.m_start.get(n) is not None or self.verb_at(n) \
                    or self.comp_at(n) or _stem_in(w, t.fillers_days) or _stem_in(w, t.heads) \
                    or _stem_in(w, t.statement_nouns) or _stem_in(w, _RELATIVE):
                break
            if n == k and any(pre in ("ل", "لل", "ب") for pre, _ in w.forms[1:]):
                break  # an audience or adjunct, «لرويترز», «بدوره»
            n += 1
        if 2 <= n - k <= 3 and n < end:
            w = toks[n]
            if w.text in _COMMA or w.text in (":", _QUOTE) or self.comp_at(n) or w.text == "في" \
                    or self.is_filler(n, end):
                return n
        return k

    def resolve_short(self, head: str, before: int) -> str | None:
        """«الوزارة», «المرصد»: the latest earlier actor whose name contains the word."""
        for m in reversed(self.actor_mentions):
            if m.tok_end > before:
                continue
            name = normalize_text(self.doc.entity_name(m))
            words = name.split()
            if head in words or (head.startswith("ال") and head[2:] in words):
                return self.doc.entity_name(m)
        return None

    def np_left(self, i: int, s0: int) -> _Speaker | None:
        """A subject noun phrase ending right before token i (subject-verb order)."""
        if i - 1 > s0 and self.toks[i - 1].text in ("قد", "لقد"):
            i -= 1
        m = self.m_end.get(i)
        if m is not None and m.tok_start >= s0:
            sp = self.mention_speaker(m)
            # a person after a title: «وزير الخارجية الروسي سيرغي لافروف قال»
            pm = self.m_end.get(m.tok_start)
            if pm is not None and pm.tok_start >= s0:
                a = self.doc.actors.get(m.key)
                if a is not None and a.type == "person":
                    sp = _Speaker(pm.tok_start, m.tok_end, sp.actor, False, m.key)
            # a role phrase before it: «متحدث باسم الجيش قال»
            st = sp.start
            if st - 2 >= s0 and self.toks[st - 1].text in _NP_LINK and _stem_in(self.toks[st - 2], self.t.roles):
                sp = _Speaker(st - 2, sp.end, sp.actor if sp.actor and st == m.tok_start and
                              self.doc.actors.get(m.key) and self.doc.actors[m.key].type == "person" else None,
                              _stem_in(self.toks[st - 2], self.t.anon_heads) is not None, m.key)
            if self.clause_start(sp.start, s0):
                return sp
            return None
        for j in range(max(s0, i - 5), i):
            if self.clause_start(j, s0):
                sp = self.np_right(j, i + 1)
                if sp is not None and sp.end == i:
                    return sp
        return None

    def kana_subject(self, i: int, s0: int) -> _Speaker | None:
        """«وكان الرئيس التركي رجب طيب أردوغان قد قال», «وكانت السفارة في واشنطن قد أعلنت»,
        «وكان كوهين أعلن»: in the pluperfect the words between «كان» and «قد» (or the verb at
        i) are its subject, named or not («وكان المتحدث قد أكد»); a relative clause or apposition after
        the subject («... الذي عينه ...») is left out."""
        toks = self.toks
        qad = i - 1 >= s0 and toks[i - 1].text == "قد"
        q = i - 1 if qad else i  # «وكان X أعلن» without «قد» too
        if q - 2 < s0:
            return None
        p = q - 1
        while p >= s0 and p >= q - (12 if qad else 9):
            w = toks[p]
            if not _KANA_QAD.isdisjoint(w.stems) and _stem_in(w, _KANA_QAD):
                break
            if w.text in _PUNCT_STOP or w.text == ":" or self.verb_at(p) or self.comp_at(p) \
                    or not qad and (w.text in _CLAUSE_WORDS or w.text in (_QUOTE, "قد") or w.text in _COMMA
                                    or w.text in _RELATIVE or w.text in self.t.kana_stops):
                return None
            p -= 1
        else:
            return None
        if not qad and not (p == s0 or toks[p].text.startswith("و") or toks[p - 1].text in _COMMA):
            return None  # «ما إذا كان ترامب يملك ... قال»: «كان» of a subordinate clause
        start = p + 1
        end = start
        while end < q and toks[end].text not in _COMMA and toks[end].text not in _RELATIVE:
            end += 1
        m = self.m_start.get(start)
        if m is not None and end < m.tok_end <= q:
            end = m.tok_end  # «التحالف الذي تقوده السعودية» is a name
        if end == start or not toks[start].is_word and toks[start].text != _QUOTE:
            return None
        sp = self.np_right(start, end)
        if sp is not None:
            return _Speaker(start, end, sp.actor, sp.anonymous, sp.mention_key)
        ms = [m for m in self.actor_mentions if start <= m.tok_start and m.tok_end <= end]
        m = next((m for m in ms if self.is_person(m)), None) or next((m for m in ms if m.tok_start == start), None)
        if m is not None:
            return _Speaker(start, end, self.doc.entity_name(m) or None, False, m.key)
        if end - start > 4:
            return None
        return _Speaker(start, end, None, False)

    def pronoun_conj(self, i: int, s0: int) -> tuple[str, int] | None:
        """(person of the pronoun: «m», «f» or «pl»; first token of the conjunction) when
        token i follows a conjunction carrying the subject pronoun: «لكنه», «إلا أنها»."""
        if i - 1 < s0:
            return None
        w = self.toks[i - 1].text
        befores = self.t.pron_conj.get(w)
        if not befores:
            return None
        for b in befores:
            k = i - 1 - len(b)
            if k >= s0 and all(self.toks[k + n].text == x for n, x in enumerate(b)):
                return "pl" if w.endswith(("هم", "هما")) else "f" if w.endswith("ها") else "m", k
        return None

    def statement_doc(self, k: int) -> bool:
        """Token k is a noun of a statement or publication («بيانا», «بتصريحات», «تغريدة»)."""
        tok = self.toks[k]
        docs = self.t.statement_docs
        if not docs.isdisjoint(tok.stems):
            return _stem_in(tok, docs, prefixes=("", "و", "ب")) is not None
        text = tok.text[2:] if tok.text.startswith("ال") else tok.text
        return text in docs or text.endswith("ا") and text[:-1] in docs

    def prepositional(self, j: int, s0: int) -> bool:
        """Token j is governed by a preposition: attached («لرويترز», «للأمم»; not the first
        letter of a name: «لبنان», «بيلان», «لافروف») or before it («على ألمانيا»)."""
        tok = self.toks[j]
        if any(pre.endswith(("ل", "ب")) for pre, _ in tok.forms[1:]):
            m = self.m_start.get(j)
            if m is None or not (self.name_starts_at(j, m) or self.is_person(m)):
                return True
        return j > s0 and self.toks[j - 1].text in self.t.prepositions

    def document_author(self, i: int, s0: int) -> _Speaker | bool | None:
        """The verb at token i is followed by a resumptive «فيه / فيها» («أصدرت الوزارة بيانا
        قالت فيه إن ...»): the author of the statement the pronoun refers to, named after the
        noun («تصريحات للمرشد الإيراني، قال فيها», «خطاب ترامب، الذي قال فيه») or the subject
        before it; None when no noun of a statement stands a few words before the verb, False
        when one does but its author is not found."""
        toks = self.toks
        d = None
        for k in range(i - 1, max(s0 - 1, i - 9), -1):
            w = toks[k]
            if w.text in _PUNCT_STOP or w.text == ":" or self.verb_at(k) or self.comp_at(k):
                return None
            if self.statement_doc(k):
                d = k
                break
        if d is None:
            return None
        # between the noun and the verb only adjectives, adjuncts, commas, a relative pronoun
        # and the author's name
        k = d + 1
        while k < i and (toks[k].text in _COMMA or self.is_modifier(toks[k]) or
                         toks[k].text.rstrip("ا") in self.t.doc_adjectives):
            k += 1
        m = self.m_start.get(k) if k < i else None
        attached = k < i and any(pre in ("ل", "لل") for pre, _ in toks[k].forms[1:])
        if attached and (m is None or not self.name_starts_at(k, m)) and (
                _stem_in(toks[d], self.t.addressed_docs, prefixes=("", "و", "ب"))
                or toks[d].text.rstrip("ا") in self.t.addressed_docs):
            return False  # «رسالة للأمين العام»: the addressee
        if m is not None or attached:
            # «تصريحات لرويترز», «تصريحات للرئيس الروسي فلاديمير بوتين»
            sp = self.np_right(k, i, head_prefixes=("", "ل", "لل"))
            if sp is None or sp.end > i or self.skip_to(sp.end, i) != i:
                return False  # «بيان بوتن المرة الأولى التي تعلن فيها روسيا»
            return sp
        if k + 1 < i and toks[k].text == "عن" and self.m_start.get(k + 1) is not None:
            # «صدر بيان عن الجيش ... قال فيه»: the author after «عن»
            sp = self.np_right(k + 1, i)
            if sp is not None and sp.end <= i:
                return sp
        if self.skip_to(k, i) != i:
            # an adjunct between («بيانا حول الهجوم قالت فيه», «تقريرا بعد ذلك قالت فيه»): the
            # author is the clause's subject; not after a noun of time («بيان بوتن المرة
            # الأولى التي تعلن فيها روسيا»: the subject follows «فيها»)
            # nor across a name («رسالة استقالة الوزير، التي قال فيها»: maybe the author)
            # only an adjunct opened by a preposition or by the verb delivering the statement
            # («كلمة ألقاها أمام البرلمان»), not a genitive naming its author («تصريحات نظيره
            # ...، التي قال فيها») nor a name («شريط فيديو لكامبل قالت فيه»)
            if not (toks[k].text in self.t.prepositions or toks[k].text in _DELIVERED or toks[k].text == "بخصوص") \
                    or any(toks[n].text in self.t.resumptive_vs for n in range(k, i)) \
                    or self.mentions_in(k, i, "actor") \
                    or any(not self.t.heads.isdisjoint(toks[n].stems) for n in range(k, i)) \
                    or any(pre in ("ل", "لل") for n in range(k + 1, i) for pre, _ in toks[n].forms[1:]):
                return False
            return self.clause_subject(s0, d) or False
        sp = self.clause_subject(s0, d, mentions_only=True)
        if sp is not None:
            return sp
        for j in range(d - 1, max(s0 - 1, d - 9), -1):
            m = self.m_start.get(j)
            if self.prepositional(j, s0) or not toks[j].is_word or m is not None and self.conjoined(j, m):
                continue  # «... وبريطانيا وفرنسا بيانا»: a conjunct is no subject on its own
            sp = self.np_right(j, d)
            if sp is not None and sp.end <= d:
                # (not a name closing an apposition: «شيماء، الحاصلة على لقب ملكة جمال العراق
                # عام 2015، مقطعا مصورا»)
                if any(toks[n].text in _COMMA for n in range(sp.end, d)):
                    return False
                return sp
        return self.clause_subject(s0, d) or False

    def clause_subject(self, s0: int, d: int, mentions_only: bool = False) -> _Speaker | None:
        """The subject of the clause whose object is the noun of a statement at token d
        («ورد الرئيس الأمريكي على نظيره ... بتصريحات»: the president, not the object of
        «على»): its first actor in subject position; else (unless ``mentions_only``) a
        definite noun phrase no lexicon names right after the sentence's first word, the
        verb, and closed by the noun («وأصدرت الجامعة بيانا»)."""
        toks = self.toks
        for m in self.mentions_in(s0, d, "actor"):
            if self.prepositional(m.tok_start, s0) or self.conjoined(m.tok_start, m) \
                    or _in_quote(self, m.tok_start, s0) \
                    or any(pre.endswith(("ل", "ب")) for pre, _ in toks[m.tok_start].forms[1:]):
                continue
            # right after the verb opening the sentence or a clause after a comma («أصدر
            # النائب العام بيانا»), not a genitive («أدلى محامي الرئيس ... بتصريحات»)
            if not (m.tok_start == s0 + 1 or toks[m.tok_start - 1].text in _COMMA) \
                    or any(self.verb_at(n) for n in range(s0 + 1, m.tok_start)) or not _subject_position(self, m, s0):
                return None
            sp = self.np_right(m.tok_start, d)
            return sp if sp is not None and sp.end <= d else None
        if mentions_only:
            return None
        j = s0 + 1
        if not (j < d <= j + 3) or toks[s0].text in self.t.prepositions \
                or not toks[j].text.startswith("ال") or not self._generic_word(j) \
                or toks[j].text in self.t.generic_not:
            return None
        if not all(toks[n].text.startswith("ال") and self.is_modifier(toks[n]) for n in range(j + 1, d)):
            return None
        return _Speaker(j, d, None, False)

    def skip_to(self, k: int, i: int) -> int:
        """Past the commas, relative pronouns and adjuncts from token k towards token i."""
        toks = self.toks
        while k < i:
            if toks[k].text in _COMMA or toks[k].text in _RELATIVE:
                k += 1
                continue
            n = self.is_filler(k, i)
            if not n:
                break
            k += n
        return k

    def named_in(self, sp: _Speaker, a: int, b: int) -> bool:
        """Speaker sp is named again in tokens [a, b): a mention of its actor, or its head
        (first) word («التقرير», «المسؤول»)."""
        if sp.actor is not None:
            return any(self.doc.entity_name(m) == sp.actor for m in self.mentions_in(a, b, "actor"))
        word = self.toks[sp.start].stems[-1]
        return any(word in self.toks[k].stems for k in range(a, b))

    def verb_person(self, i: int) -> str | None:
        """«m», «f» or «pl» for the verb of saying at token i («قالت» f, «أضافوا» pl,
        «مشيرة» f); None for other cues («بحسب»)."""
        stem, v = self.verb_reading(i)
        if v is None:
            return None
        if v.plural or stem.endswith(("ين", "وا", "ون")):
            return "pl"
        if v.tense == "past":
            return "f" if stem.endswith("ت") and stem != v.lemma else "m"
        if v.tense == "present":
            return "f" if stem.startswith("ت") else "m"
        return "f" if stem.endswith("ه") else "m"

    def one_word_name(self, j: int, k: int) -> _Speaker | None:
        """Token j, one plain word after a verb of saying and before «:» / «إن» at token k
        (adjuncts between): «وقال جولياني إن», «وقالت شيروود:»; not an adverb («مازحا»,
        «بهدوء», «آنذاك»), a definite noun or a word with a clitic preposition."""
        w = self.toks[j]
        if not w.is_word or len(w.text) < 3 or w.text[0].isdigit() \
                or w.text.startswith("ال") or w.text in _NP_STOP or self.verb_at(j) \
                or _stem_in(w, self.t.fillers_days) or self.m_start.get(j) is not None \
                or _stem_in(w, self.t.relay_nouns) or _stem_in(w, self.t.adverbs, prefixes=("",)):
            return None
        if (w.text.endswith("ا") or any(pre in ("ل", "لل", "ب") for pre, _ in w.forms[1:])) \
                and not self.repeated_name(j):
            return None
        return _Speaker(j, j + 1, None, False)

    def repeated_name(self, j: int) -> bool:
        """Token j, which reads as a clitic and a word or ends in «ا» like an adverb, is a
        name after all («وقالت لورانس إنها», «وقال بلوميه:», «وقالت فيكتوريا إنها»): no
        frequent word nor adverb in any reading, and written at least twice in the text (the
        name was given in full elsewhere, next to another word of a name: «بيني لورانس»,
        «فيكتوريا سكريبال»), unlike «بحسرة» or «غاضبا»."""
        w = self.toks[j]
        tx = w.text
        if len(tx) < 5 or not self.name_words(j, j + 1) or _stem_in(w, self.t.adverbs, prefixes=("",)) \
                or tx.endswith("ا") and len(tx) == 5 and tx[1] == "ا" \
                or any(stem in _common_words() for pre, stem in w.forms[1:] if pre in ("ل", "لل", "ب")):
            return False
        doc = self.doc
        text = doc.text
        surface = text[w.start:w.end]
        toks = self.toks
        at = text.find(surface)
        while at >= 0:
            if at != w.start:
                n = bisect_left(toks, at, key=_tok_start)
                if n < len(toks) and toks[n].start == at and toks[n].end == at + len(surface) \
                        and (n > 0 and toks[n - 1].end + 1 == at and self.plain_word(n - 1)
                             or n + 1 < len(toks) and toks[n + 1].start == toks[n].end + 1 and self.plain_word(n + 1)):
                    return True
            at = text.find(surface, at + len(surface))
        return False

    def plain_word(self, n: int) -> bool:
        """Token n may be a word of a name beside another: a word without the article, no
        function word, verb, complementiser, preposition or adjunct."""
        w = self.toks[n]
        return w.is_word and len(w.text) > 2 and not w.text.startswith("ال") and w.text not in _NP_STOP \
            and w.text not in self.t.prepositions and not self.verb_at(n) and not self.comp_at(n) \
            and not _stem_in(w, self.t.fillers_days)

    def unknown_name(self, j: int, end: int, cue: VerbCue | None = None) -> _Speaker | None:
        """A person's name the actor lexicons do not know, right after a verb and closed by a
        comma, colon or complementiser: «وقال باتريك روبرسون، قائد ...: "..."»."""
        k = j
        if j + 2 < end and self.toks[j + 1].text not in _COMMA and self.is_filler(j + 1, end):
            k = self.skip_fillers(j + 1, end)  # «وقال جولياني مساء الأحد إن»
            if k < end and (self.toks[k].text == ":" or self.comp_at(k) == "bare"):
                return self.one_word_name(j, k)
            return None
        given = _given_names()
        while k < end and k < j + 4:
            w = self.toks[k]
            if w.text in _COMMA or w.text == ":" or self.comp_at(k) or k > j and self.quote_closes(j, k, end, cue):
                break
            if k > j and (aud := _audience_at(self, k, end)) is not None and aud[1] is not None:
                # an outlet after the name, then «إن / : / "»: «وأضاف كامبل لوكالة فرانس برس "..."»
                n = self.skip_fillers(aud[0], end, limit=2)
                if not (n < end and (self.toks[n].text == ":" or self.comp_at(n) and self.toks[n].text[:1] not in ("و", "ف")
                                     or self.toks[n].text == _QUOTE and _quotation_at(self, n, end))) \
                        or not self.name_words(j, k):
                    return None
                if k - j == 1:
                    return self.one_word_name(j, k) if self.toks[j].text not in _common_words() else None
                return _Speaker(j, k, None, False)
            if k - j >= 2 and _stem_in(w, self.t.roles, prefixes=("",)) and not _stem_in(w, self.t.anon_only) \
                    and self.name_words(j, k):
                break  # a title after the name: «وقال أيوب قاسم المتحدث باسم القوات البحرية إن»
            if w.text.startswith("ال") and j < k < j + 3 and self.toks[j].text in given and k + 1 < end \
                    and len(w.text) > 4 and w.text not in _NP_STOP and w.is_word and self.name_words(j + 1, k) \
                    and (self.toks[k + 1].text in _COMMA or self.toks[k + 1].text == ":" or self.comp_at(k + 1)):
                k += 1  # a surname with the article after a given name: «وقال محمد الحسيني إن»
                break
            if not w.is_word or w.text[0].isdigit() or w.text.startswith("ال") or w.text in _NP_STOP \
                    or self.verb_at(k) or _stem_in(w, self.t.fillers_days) \
                    or self.m_start.get(k) is not None or _stem_in(w, self.t.relay_nouns) \
                    or any(pre for pre, _ in w.forms[1:] if pre in ("ل", "لل", "ب")) and len(w.forms) > 1 \
                    and not ((k > j or self.repeated_name(k)) and self.name_words(k, k + 1) and all(
                        stem not in _common_words() for pre, stem in w.forms[1:] if pre in ("ل", "لل", "ب"))):
                # (a surname that starts with «ب» or «ل» is no clitic when neither it nor the word
                # without the letter is a frequent word: «يوناس بيرغمان»)
                return None
            k += 1
        if k - j == 1 and k < end and (self.toks[k].text == ":" or self.comp_at(k) == "bare" or self.comp_at(k)
                                        and cue is not None and cue.lemma in self.t.generic_verbs
                                        and self.toks[k].text[:1] not in ("و", "ف") and self.name_words(j, k)
                                        and self.toks[j].text not in _common_words()
                                        and not self.toks[j].text.endswith(("ها", "هم", "هما"))
                                        or self.quote_closes(j, k, end, cue)):
            # before «إنه» or a quotation: a name, not a frequent word («وقال جويس إنه»,
            # «وقال كايتانو "أقدم اعتذاري ..."», not «وقال بعدها إنه»)
            return self.one_word_name(j, k)
        if k - j < 2 or k - j > 3 or k >= end:
            return None
        return _Speaker(j, k, None, False)

    def generic_subject(self, j: int, end: int, cue: VerbCue, prep: bool = False) -> _Speaker | None:
        """«وقالت الشركة إن», «وقال الادعاء البلجيكي إن», «وتقول أسرة الضحية إن», «وقال بعض
        المحتجين إن»: a noun phrase that no lexicon names from token j (a definite noun, or an
        indefinite frequent noun in construct state, with its definite words, adjectives and
        mentions), closed by «إن / أن / :» or a quotation after adjuncts and an audience
        («لرويترز»): the subject of the verb of saying before it."""
        toks = self.toks
        t = self.t
        k = j
        if k + 1 < end and toks[k].text in t.generic_quant and toks[k + 1].text.startswith("ال"):
            k += 1  # «بعض المحتجين»
        if k >= end or self.doc.mention_starting(k) is not None or not self._generic_word(k) \
                or toks[k].text in t.generic_not:
            return None
        if not toks[k].text.startswith("ال"):
            # an indefinite head only in construct state: «أسرة الضحية», «شرطة لندن»
            if k + 1 >= end or toks[k + 1].text in t.generic_not or toks[k].text.endswith("ا") \
                    or toks[k].text not in _common_words() or not (self.doc.mention_starting(k + 1) is not None or self._generic_word(k + 1)
                            and toks[k + 1].text.startswith("ال")):
                return None
        k += 1
        while k < end and k < j + 6:
            m = self.doc.mention_starting(k)
            if m is not None and not toks[k - 1].text.startswith("ال") and m.tok_end <= end \
                    and not any(pre in ("و", "ف", "ل", "لل", "ب", "ك") for pre, _ in toks[k].forms[1:]):
                k = m.tok_end  # the genitive of an indefinite head: «شرطة لندن», «محامو ترامب»
                continue
            if m is not None and m.kind == "actor" and self.is_person(m) and m.tok_end <= end \
                    and len(toks[k].forms) == 1 and self.name_words(k, m.tok_end) \
                    and not any(_stem_in(w, t.fillers_days) for w in toks[k:m.tok_end]):
                k = m.tok_end  # the person after a title no lexicon holds: «الممرضة مريم»
                break
            if m is not None and m.tok_end == k + 1 and toks[k].text.startswith("ال") \
                    and len(toks[k].forms) == 1 and self.is_modifier(toks[k]):
                k += 1  # a nisba that is also a name: «القيادي الحوثي»
                continue
            # a definite word after an indefinite one is its genitive («أسرة الضحية»); before a
            # verb's preposition, after a definite one only a nisba, a modifier or a participle
            # («الوثائق المنشورة»), not the object («وحذرت السلطات السكان من ...»)
            if m is None and toks[k].text not in t.generic_not and (
                    self._generic_word(k) and toks[k].text.startswith("ال")
                    and not (prep and toks[k - 1].text.startswith("ال") and not toks[k].text.startswith("الم"))
                    or self.is_modifier(toks[k]) and not toks[k].text.startswith("و")):
                k += 1
                continue
            break
        k = self.given_name_after(k, end)  # «وقال المحلل السياسي أحمد الخطيب إن»
        c = k
        for _ in range(5):  # adjuncts («في بيان», «السبت») and an audience («لرويترز», «للصحفيين»)
            if c >= end:
                break
            f = self.is_filler(c, end)
            if (toks[c].text in _RELATIVE or toks[c].text in _COMMA) and (n := self.skip_relative(c, end)) > c:
                c = n  # «وقال المدرب، الذي تحدث لرويترز عن الاجتماع، إن», «الذي لم يكشف عن هويته:»
            elif f:
                c += f
            elif toks[c].text == "في" and c + 1 < end and self.statement_doc(c + 1):
                c += 2
            elif (n := _quoted_audience(self, c, end)) is not None:
                c = n  # «وقال محامي المتهم لـ"رويترز"، إن»
            elif any(pre in ("ل", "لل") for pre, _ in toks[c].forms[1:]):
                m = self.m_start.get(c)
                c = m.tok_end if m is not None else c + 1
                if m is not None and c < end and toks[c].text.startswith("ال") and self.m_start.get(c) is None \
                        and self.is_modifier(toks[c]):
                    c += 1  # the outlet's adjective: «لقناة سي إن إن التلفزيونية»
            elif (n := self.adjunct_to_comp(c, end)) is not None:
                c = n  # «وقال البيت الأزرق خلال مؤتمر صحفي إن»
                break
            else:
                break
        if c < end and _stem_in(toks[c], cue.preps, prefixes=("",)) and c + 1 < end and self.comp_at(c + 1):
            c += 1  # «وأشار الاستطلاع إلى أن»
        if prep and (toks[j].text.endswith("ين") or not toks[j].text.startswith("ال") and toks[j].text.endswith("ي")
                     or k == j + 1 and not toks[j].text.endswith("ون")):
            # an object: «دعا المواطنين إلى», «دعا مقاتلي الحركة إلى»; one word, unless a
            # nominative plural, is as often the object as the subject («دعا القبائل إلى»)
            return None
        if prep and c + 1 < end and (_stem_in(toks[c], cue.preps, prefixes=("",)) or "ب" in cue.preps
                                     and any(pre == "ب" for pre, _ in toks[c].forms[1:])):
            pass  # «دعت النقابات الأردنية إلى إضراب», «وطالبت الهيئة بفتح تحقيق»
        elif c >= end or toks[c].text[:1] in ("و", "ف"):
            return None  # «فإن» opens a main clause
        elif not (toks[c].text == ":" or self.comp_at(c) or toks[c].text == _QUOTE and not cue.object
                  and _quotation_at(self, c, end)):
            return None  # (a quotation after a verb taking an object may be it: «أكد الزعيم التزام "..."»)
        # one definite word names the earlier actor it is a word of: «النادي», «الشحي»
        actor = self.resolve_short(toks[j].text, j) if k == j + 1 and toks[j].text.startswith("ال") else None
        return _Speaker(j, k, actor, False)

    def adjunct_to_comp(self, c: int, end: int) -> int | None:
        """Token c opens a prepositional adjunct («بعد الاجتماع», «خلال مؤتمر صحفي», «في
        مرافعته،») closed within five words by «إن / أن / :»: the complementiser's token, or
        None (a verb, a quote, a clause or a full stop before it)."""
        toks = self.toks
        written = self.t.adjunct_preps.get(toks[c].text) if c < end else None
        if written is None:
            return None
        raw = self.doc.tok_span(c, c + 1).text[:1]
        if raw in "أإآ" and written[0] in "أإآ" and raw != written[0]:
            return None  # «إمام الأزهر» is no «أمام»
        n = c + 1
        stop = min(end, c + 6)
        while n < stop:
            w = toks[n]
            if w.text == ":" or self.comp_at(n) and w.text[:1] not in ("و", "ف"):
                return n if n > c + 1 else None
            if (q := _quoted_audience(self, n, end)) is not None:
                stop = min(end, stop + q - n - 1)  # «وقالت في تصريحات لـ "غلوبو سبورت" إنه»
                n = q
                continue
            if not w.is_word and w.text not in _COMMA or w.text in _CLAUSE_WORDS or w.text in _RELATIVE \
                    or self.verb_at(n) or self.comp_at(n) or any(pre in ("و", "ف") for pre, _ in w.forms[1:2]):
                return None
            n += 1
        return None

    def adjunct_to_quote(self, c: int, end: int) -> bool:
        """Token c opens a short adjunct of manner or occasion before a colon or a quotation,
        after a verb of saying without a subject: «وتابع بحزم:», «وأضاف مازحا: "..."», «وقال
        في كلمته "..."», «وقال بخطاب في باريس "..."». It opens with a preposition of
        ``adjunct_prepositions``, a word with «ب» attached or an accusative adverb, and has no
        verb, clause or complementiser before the colon or quote within five words."""
        toks = self.toks
        w = toks[c]
        if not w.is_word or self.verb_at(c) or w.text in _NP_STOP and w.text not in self.t.adjunct_preps:
            return False
        tx = w.text
        # an accusative participle of manner: «مازحا», «ساخرا» (فاعلا), «مبتسما», «مستدركا»
        # (a derived form in م), not a name in «ـا» («وقال درانيا "..."») nor a mention
        manner = tx.endswith("ا") and len(w.forms) == 1 and (len(tx) == 5 and tx[1] == "ا" or
                                                              tx[0] == "م" and len(tx) >= 5) \
            and self.doc.mention_starting(c) is None
        if not (tx in self.t.adjunct_preps or len(w.forms) > 1 and w.forms[1][0] == "ب" or manner):
            return False
        for n in range(c + 1, min(end, c + 6)):
            w = toks[n]
            if w.text == ":":
                return True
            if w.text == _QUOTE:
                return _quotation_at(self, n, end)
            if not w.is_word or w.text in _CLAUSE_WORDS or w.text in _RELATIVE or self.verb_at(n) \
                    or self.comp_at(n):
                return False
        return False

    def given_name_after(self, k: int, end: int) -> int:
        """The end of a person's name no lexicon holds that starts at token k with a given name
        («المحلل السياسي أحمد الخطيب», «معدة الأدوية مريم»): the given name and up to two more
        words that are given names or no frequent words, or a last one with the article before
        a comma or «إن»; k when no given name is there."""
        toks = self.toks
        given = _given_names()
        if k >= end or toks[k].text not in given or self.m_start.get(k) is not None or toks[k].text in _NP_STOP \
                or toks[k].text in self.t.prepositions:  # «على» is written like «علي»
            return k
        n = k + 1
        while n < min(end, k + 3):
            w = toks[n]
            if w.is_word and (w.text in given or w.text not in _common_words() and self.name_words(n, n + 1)) \
                    and w.text not in _NP_STOP and w.text not in self.t.prepositions \
                    and not w.text.startswith("ال") and self.m_start.get(n) is None and not self.comp_at(n):
                n += 1
                continue
            if w.text.startswith("ال") and len(w.forms) == 1 and w.text not in _NP_STOP and n + 1 < end \
                    and (self.comp_at(n + 1) or toks[n + 1].text in _COMMA or toks[n + 1].text == ":"):
                n += 1  # a surname with the article: «أحمد الخطيب»
            break
        return n

    def _generic_word(self, k: int) -> bool:
        """Token k may be a word of a subject noun phrase no lexicon names: a plain word (no
        clitic), not a function word, verb, complementiser, adjunct, number or noun of a
        statement."""
        w = self.toks[k]
        t = self.t
        if not w.is_word or len(w.text) < 3 or w.text[0].isdigit() or w.text in _NP_STOP \
                or w.text in _RELATIVE or w.text in t.prepositions:
            return False
        if not w.text.startswith("ال") and any(pre for pre, _ in w.forms[1:]) and w.text[:1] in "وفلبك":
            return False
        return not (self.verb_at(k) or self.comp_at(k) or _stem_in(w, t.fillers_days, prefixes=("",))
                    or _stem_in(w, t.adverbs, prefixes=("",)) or _stem_in(w, t.statement_nouns, prefixes=("",))
                    or _stem_in(w, t.according_words, prefixes=("",)))

    def quote_closes(self, j: int, k: int, end: int, cue: VerbCue | None) -> bool:
        """Token k opens a quotation that closes an unlisted name [j, k) after a verb of saying
        that takes no object («وقال كايتانو "أقدم اعتذاري ..."»): the name's words are no
        frequent words."""
        return cue is not None and not cue.object and cue.lemma in self.t.generic_verbs \
            and self.toks[k].text == _QUOTE and _quotation_at(self, k, end) and self.name_words(j, k) \
            and all(w.text not in _common_words() for w in self.toks[j:k])

    def named_person_in(self, sp: _Speaker) -> bool:
        """The speaker phrase holds a person mention («وزير الخارجية سيرغي لافروف»), not
        one governed by an attached preposition («المحامي الشخصي لترامب»)."""
        toks = self.toks
        return any(self.is_person(m) and not (m.start > toks[m.tok_start].start and toks[m.tok_start].text[:1] in ("ل", "ب"))
                   for m in self.mentions_in(sp.start, sp.end, "actor"))

    def name_words(self, j: int, k: int) -> bool:
        """Tokens [j, k) may be the words of a person's name: plain words that are given names
        or no frequent word of news («أيوب قاسم», not «مرة جديدة», «مكتب أعلى»)."""
        given = _given_names()
        common = _common_words()
        return all(w.is_word and (w.text in given or w.text not in common) and not self.verb_at(n)
                   and w.text not in _NP_STOP for n, w in enumerate(self.toks[j:k], j))

    def sentence_initial(self, j: int, s0: int) -> bool:
        """Token j opens the sentence (after a conjunction, «كان», or «من جهتها،»)."""
        k = s0
        while k < j:
            w = self.toks[k]
            if w.text in _COMMA or w.text in _CLAUSE_WORDS or _stem_in(w, _KANA) or \
                    self.is_filler(k, j) or w.text == "قد":
                k += max(1, self.is_filler(k, j))
                continue
            return False
        return True

    def appositive_subject(self, i: int, s0: int) -> _Speaker | None:
        """«وائل علوان، المتحدث باسم فيلق الرحمن ...، نفى»: a mention opening the sentence,
        an apposition between commas, then the verb."""
        if i - 1 <= s0 or self.toks[i - 1].text not in _COMMA:
            return None
        for m in self.actor_mentions:
            if m.tok_start > s0 + 1:
                break
            if m.tok_start >= s0 and m.tok_end < i and self.toks[m.tok_end].text in _COMMA:
                if any(self.verb_at(k) for k in range(m.tok_end, i)):
                    return None
                return self.mention_speaker(m)
        return self.appositive_noun_phrase(i, s0)

    def appositive_noun_phrase(self, i: int, s0: int) -> _Speaker | None:
        """«لكن الإعلام الحربي، التابع لحزب الله ...، قال إن»: a definite noun phrase no
        lexicon names opening the sentence (after «لكن», «و»), then an apposition between
        commas that opens with a definite word or a relative pronoun, then the verb at i."""
        toks = self.toks
        t = self.t
        j = s0
        while j < i and toks[j].text in _CLAUSE_WORDS:
            j += 1
        if j >= i or not toks[j].text.startswith("ال") or self.doc.mention_starting(j) is not None \
                or not self._generic_word(j) or toks[j].text in t.generic_not:
            return None
        k = j + 1
        while k < min(i, j + 4) and self.m_start.get(k) is None and self.is_modifier(toks[k]):
            k += 1
        if k + 2 >= i or toks[k].text not in _COMMA or not (
                toks[k + 1].text.startswith("ال") or toks[k + 1].text in _RELATIVE):
            return None
        if any(self.verb_at(n) or toks[n].text in _PUNCT_STOP for n in range(k, i)):
            return None
        actor = self.resolve_short(toks[j].text, j) if k == j + 1 else None
        return _Speaker(j, k, actor, False)

    def clause_start(self, j: int, s0: int) -> bool:
        if j <= s0:
            return True
        prev = self.toks[j - 1]
        if not prev.is_word:
            return True
        if prev.text in _CLAUSE_WORDS or self.comp_at(j - 1) or \
                not _KANA.isdisjoint(prev.stems) and _stem_in(prev, _KANA):
            return True
        if any(pre in ("و", "ف") for pre, _ in self.toks[j].forms[1:2]):
            return True
        return False


# ---------------------------------------------------------------- content


def _find_content(ctx: _Ctx, i: int, end: int, cue: VerbCue | None, window: int = 12,
                  relayed: bool = False):
    """Where the content starts after token i: (start_token, direct) or None.

    ``relayed``: i follows «عن X» of a relay, where a verbal noun of the statement
    («نفيه», «تأكيده») may stand before the content.
    """
    toks = ctx.toks
    j = ctx.skip_relative(i, end)
    if j == i and cue is not None and cue.preps:
        j = _skip_apposition(ctx, i, end, cue)
    j = ctx.skip_fillers(j, end)
    if j >= end:
        return None
    # relay noun «قوله إن»; after «عن X» a verbal noun takes the content as its object or
    # through its preposition: «نفيه للادعاءات», «تأكيده على أن»
    noun = False
    if _stem_in(toks[j], ctx.t.statement_nouns if relayed else ctx.t.relay_nouns) and j + 1 < end:
        j = ctx.skip_fillers(j + 1, end, limit=2)
        if j >= end:
            return None
        noun = relayed
        if toks[j].text in ("علي", "الي", "عن", "ب") and j + 1 < end and ctx.comp_at(j + 1):
            j += 1
    tx = toks[j].text
    if tx == ":":
        k = j + 1
        if k < end and toks[k].text == _QUOTE:
            return k + 1, True
        return (k, False) if k < end else None
    if tx == _QUOTE:
        return (j + 1, True) if j + 1 < end else None
    c = ctx.comp_at(j)
    if c:
        k = j + 1 if c == "bare" else j
        if k < end and toks[k].text == _QUOTE:
            return k + 1, True
        return (k, False) if k < end else None
    if cue is not None and cue.strict:
        return _medium_content(ctx, j, end)
    if cue is not None and cue.preps:
        st = _stem_in(toks[j], cue.preps, prefixes=("",))
        if st:
            if j + 1 < end and ctx.comp_at(j + 1):
                c = ctx.comp_at(j + 1)
                k = j + 2 if c == "bare" else j + 1
                return (k, False) if k < end else None
            return (j if cue.keep_prep else j + 1, False) if j + 1 < end else None
        if "ب" in cue.preps and toks[j].forms[-1][0].endswith("ب") and len(toks[j].forms) > 1:
            return j, False
    if cue is not None and cue.strict:
        return None
    # a complementiser a few words further («قال الجيش في بيان نشرته وكالة سانا إن»)
    quotes = 0  # quote marks passed: an odd count means token k closes a quotation
    past = j  # the end of an actor's name passed: no complementiser inside it («سي إن إن»)
    for k in range(j, min(end, j + window)):
        if k < past:
            continue
        tk = toks[k]
        if (m := ctx.m_start.get(k)) is not None and m.tok_end > k + 1:
            past = m.tok_end
        if tk.text in _PUNCT_STOP:
            break
        if k > j and not ctx.t.anonymity.keys().isdisjoint(tk.stems) and not (cue is not None and cue.relay) \
                and (n := _anonymity_at(ctx, k, end)):
            # «قال مسؤول لرويترز، طالبا عدم كشف اسمه، إن»: no verb of saying (after a relay
            # «نقلت X عن ناج لم تذكر اسمه قوله» the source is the one not named)
            past = k + n
            continue
        if k > j and (v := ctx.verb_at(k)) is not None and not (v.pronoun and (
                toks[k - 1].text in _RELATIVE or toks[k].text == toks[k].forms[0][1] == ctx.verb_reading(k)[0])):
            # a bare «وصفه» may be the noun («عن X، وصفها لترامب بأنه»), and a relative clause
            # goes on («قال المصدر الذي وصفته الوكالة بالمأذون إن»)
            break
        c = ctx.comp_at(k)
        if c:
            if ctx.toks[k - 1].text in ("يجب", "يمكن", "بعد", "قبل", "دون", "الا", "من") or \
                    _stem_in(ctx.toks[k - 1], _MODAL):
                break
            s = k + 1 if c == "bare" else k
            if s < end and toks[s].text == _QUOTE:
                return s + 1, True
            return (s, False) if s < end else None
        if tk.text == ":":
            if k + 1 < end and toks[k + 1].text == _QUOTE:
                return (k + 2, True) if k + 2 < end else None
            return (k + 1, False) if k + 1 < end else None
        if tk.text == _QUOTE and k > j and not quotes % 2 and cue is not None and not cue.object \
                and _quotation_at(ctx, k, end) and not _that_after_quote(ctx, k, end):
            # «قال X، أحد ...، في المجلس "..."»: a quotation after an adjunct or apposition
            return k + 1, True
        quotes += tk.text == _QUOTE
    if cue is not None and cue.object or noun:
        if _stem_in(toks[j], ctx.t.descriptions, prefixes=("",)):
            # «أعلنت منظمة "الخوذ البيضاء" العاملة بمجال الدفاع المدني ... السبت مقتل ...»: a
            # description of the speaker, closed by a day or an adjunct, comes before the object
            k = j + 1
            while k < min(end, j + 16):
                w = toks[k]
                if w.text in _PUNCT_STOP or ctx.verb_at(k) or ctx.comp_at(k):
                    return None
                if cue.preps and _stem_in(w, cue.preps, prefixes=("",)):
                    return (k if cue.keep_prep else k + 1, False) if k + 1 < end else None
                if "ب" in cue.preps and k > j + 2 and any(pre == "ب" for pre, _ in w.forms[1:]):
                    return k, False  # «تطالب جبهة البوليساريو المدعومة من الجزائر بتنظيم استفتاء»
                if w.text in _COMMA or _stem_in(w, ctx.t.fillers_days, prefixes=("",)):
                    c = ctx.skip_fillers(k, end)
                    if c == k:  # «في» before no place: part of the description
                        k += 1
                        continue
                    if c >= end or not toks[c].is_word:
                        return None
                    if any(pre.startswith("و") and len(pre) > 1 for pre, _ in toks[c].forms[1:]):
                        k = c + 1  # another adjunct: «، وبإسناد من التحالف، الأحد، إحكام ...»
                        continue
                    return c, False
                k += 1
            return None
        return j, False
    return None


def _anonymity_at(ctx: _Ctx, k: int, end: int) -> int:
    """Number of tokens of an anonymity phrase starting at token k («طالبا عدم كشف اسمه»), 0
    if none."""
    toks = ctx.toks
    st = _stem_in(toks[k], ctx.t.anonymity.keys(), prefixes=("",))
    if not st:
        return 0
    for rest in ctx.t.anonymity[st]:
        if k + len(rest) < end and all(toks[k + 1 + n].text == w for n, w in enumerate(rest)):
            return 1 + len(rest)
    return 0


def _medium_word(ctx: _Ctx, tok) -> bool:
    """A word of where a text was written: «تويتر», «حسابه», «صفحتها», «تغريدة», «مقال»."""
    tx = tok.text
    for pre, stem in tok.forms:
        if pre not in ("", "و", "ب", "ل", "ال", "بال", "لل"):
            continue
        for st in (stem, stem[:-1] if stem.endswith("ه") else stem,
                   stem[:-2] if stem.endswith(("ها", "هم")) else stem):
            if st in ctx.t.media_words or st in ctx.t.statement_docs:
                return True
            if st.endswith("ت") and (st[:-1] + "ه" in ctx.t.media_words or st[:-1] + "ه" in ctx.t.statement_docs):
                return True  # «صفحته», «تغريدته»
    return tx in ctx.t.media_words


def _medium_subject(ctx: _Ctx, j: int, end: int) -> _Speaker | None:
    """«وكتب الوزير على تويتر:», «وكتب المعارض البارز على فيسبوك أن»: a definite noun no
    lexicon names (with its adjectives or a given name), right before where the text was
    written; one word names the earlier actor it is a word of."""
    toks = ctx.toks
    if j + 1 >= end or not toks[j].text.startswith("ال") or toks[j + 1].text not in _MEDIUM_PREPS \
            and not toks[j + 1].text.startswith("ال") and toks[j + 1].text not in _given_names():
        return None
    if ctx.m_start.get(j) is not None or not ctx._generic_word(j) or toks[j].text in ctx.t.generic_not \
            or _medium_word(ctx, toks[j]):
        return None
    k = j + 1
    while k < min(end, j + 3) and toks[k].text.startswith("ال") and ctx.m_start.get(k) is None \
            and ctx.is_modifier(toks[k]):
        k += 1
    k = ctx.given_name_after(k, end)
    if k >= end or _medium_content(ctx, k, end) is None:
        return None
    actor = ctx.resolve_short(toks[j].text, j) if k == j + 1 else None
    return _Speaker(j, k, actor, False)


def _medium_content(ctx: _Ctx, j: int, end: int):
    """After a strict cue («كتب»), the content after where it was written: «وكتب ترامب على
    تويتر: "..."», «وكتب في مقال نشرته صحيفة الغارديان إن», «كتب على حسابه في "فيسبوك" أن»:
    a phrase opened by «على / في / عبر» with a word of a medium in it, up to a colon, a
    quotation or a complementiser (no verb of saying nor the sentence's end between)."""
    toks = ctx.toks
    if toks[j].text not in _MEDIUM_PREPS:
        return None
    medium = False
    k = j
    while k < min(end, j + 12):
        tk = toks[k]
        tx = tk.text
        if tx in _PUNCT_STOP or k > j and ctx.verb_at(k) is not None:
            return None
        if tx == _QUOTE:
            if k + 2 < end and toks[k + 2].text == _QUOTE and _medium_word(ctx, toks[k + 1]):
                medium, k = True, k + 3  # «على "تويتر"»
                continue
            if medium and k + 1 < end and _quotation_at(ctx, k, end, min_words=4):
                return k + 1, True
            # a quoted name in the phrase: «في اتصال مع موقع "سكاي نيوز عربية"، أن»
            q = next((q for q in range(k + 1, min(end, k + 6)) if toks[q].text == _QUOTE), None)
            if q is None:
                return None
            k = q + 1
            continue
        if tx == ":":
            if not medium or k + 1 >= end:
                return None
            return (k + 2, True) if k + 2 < end and toks[k + 1].text == _QUOTE else (k + 1, False)
        if (c := ctx.comp_at(k)) and k > j:
            if not medium:
                return None
            n = k + 1 if c == "bare" else k
            if n < end and toks[n].text == _QUOTE:
                return n + 1, True
            return (n, False) if n < end else None
        if not medium and _medium_word(ctx, tk):
            medium = True
        k += 1
    return None


def _introduced(ctx: _Ctx, found: tuple[int, bool], lo: int) -> bool:
    """The content found (start, direct) is opened by a complementiser or a colon (after token
    lo), or starts with a complementiser carrying a pronoun («إنه»)."""
    start, direct = found
    if ctx.comp_at(start) == "pron":
        return True
    k = start - 1 - direct
    return k >= lo and (ctx.toks[k].text == ":" or ctx.comp_at(k) is not None)


def _closing_quote_ends(ctx: _Ctx, start: int, s1: int) -> bool:
    """The quotation opened before token start closes the sentence, a clause (a comma) or
    comes before another cue («"..." مضيفا أن»): it is a statement, not a quoted name inside
    a title («مدير المكتب في "غرفة العمليات" التابعة للفصائل إن»)."""
    toks = ctx.toks
    for q in range(start, s1):
        if toks[q].text == _QUOTE:
            return q + 1 >= s1 or not toks[q + 1].is_word or ctx.verb_at(q + 1) is not None
    return True


def _in_quote(ctx: _Ctx, k: int, s0: int) -> bool:
    """Token k stands inside a quotation opened in its sentence (an odd number of quote marks
    between the sentence start and k)."""
    return sum(1 for tk in ctx.toks[s0:k] if tk.text == _QUOTE) % 2 == 1


def _that_after_quote(ctx: _Ctx, k: int, end: int) -> bool:
    """Whether «أن»/«إن» follows the quoted words opening at token ``k`` in the sentence:
    «وقال X مدير المكتب في "غرفة العمليات المركزية في الجنوب" التابعة للفصائل إن ...» names
    a body in quotes, and the statement comes after the complementizer."""
    toks = ctx.toks
    q = next((x for x in range(k + 1, end) if toks[x].text == _QUOTE), None)
    if q is None:
        return False
    for x in range(q + 1, min(end, q + 8)):
        if ctx.comp_at(x):
            return True
        if not toks[x].is_word or ctx.verb_at(x):
            return False  # («"..."، مضيفا أن»: the quotation is a statement, another one follows)
    return False


def _skip_apposition(ctx: _Ctx, i: int, end: int, cue: VerbCue) -> int:
    """«وتحدثت "الخوذ البيضاء"، الدفاع المدني في مناطق المعارضة، عن قصف ...»: an apposition
    between commas after the speaker at token i, when the verb's preposition follows it; the
    token after the closing comma, or i."""
    toks = ctx.toks
    if i >= end or toks[i].text not in _COMMA:
        return i
    for k in range(i + 1, min(end - 1, i + 14)):
        w = toks[k]
        if w.text in _PUNCT_STOP or w.text in (":", _QUOTE) or ctx.verb_at(k) or ctx.comp_at(k):
            return i
        if w.text in _COMMA:
            return k + 1 if k > i + 1 and _stem_in(toks[k + 1], cue.preps, prefixes=("",)) else i
    return i


# ---------------------------------------------------------------- extraction


@dataclass
class _Item:
    speaker: _Speaker
    cue: tuple[int, int]
    content_start: int
    direct: bool
    stance: str
    sent_end: int
    via: _Speaker | None = None
    content_end: int | None = None
    according: bool = False
    cut: int | None = None  # an «according to» phrase closing the sentence: the content ends there
    relative: bool = False  # said in a relative clause («الذي قالت الشرطة إن ...»)


def extract(doc) -> list[Attribution]:
    """Attributions of a document, in text order."""
    if not doc.tokens:
        return []
    ctx = _Ctx(doc)
    items: list[_Item] = []
    last: _Item | None = None
    toks = ctx.toks
    t = ctx.t
    cue_pos = _cue_positions(doc)
    ctx.cue_pos = cue_pos
    for n_sent, sent in enumerate(doc.sentences):
        s0, s1 = sent.tok_start, sent.tok_end
        # only a verb of saying or an «according to» word starts a statement (and, for the
        # headline colon, the first token of the text)
        cands = cue_pos[bisect_left(cue_pos, s0):bisect_left(cue_pos, s1)]
        if n_sent == 0 and s0 < s1 and (not cands or cands[0] != s0):
            cands.insert(0, s0)
        if not cands:
            continue
        if not t.skip_lines.isdisjoint(toks[s0].stems) and _stem_in(toks[s0], t.skip_lines, prefixes=("",)):
            continue  # «اقرأ أيضا: ...» links to other articles
        consumed: set[int] = set()
        sent_items: list[_Item] = []
        boundaries: list[int] = []
        for i in cands:
            if i in consumed:
                continue
            it = None
            if not t.according_words.isdisjoint(toks[i].stems):
                it = _according(ctx, i, s0, s1, consumed, sent_items)
            found = [it] if it is not None else _verb(ctx, i, s0, s1, consumed, last, sent_items)
            if found and it is None and _negated(ctx, i, s0):
                # «ولم تكشف الشرطة عن ...»: nothing was said, but the subject may speak next
                # («..., لكنها أكدت أن»)
                last = found[0]
                continue
            if not found and i == s0 and sent is doc.sentences[0]:
                it = _colon_headline(ctx, i, s1)
                found = [it] if it is not None else None
            if found == []:
                boundaries.append(i)  # a statement of an unknown speaker ends the one before
                continue
            if found:
                for it in found:
                    if it.cue[0] < it.content_start:
                        consumed.update(range(it.cue[0], min(it.content_start, it.cue[0] + 12)))
                sent_items.extend(found)
                it = found[0]
                if not it.relative:  # «، الذي قالت الشرطة إن ...،»: no subject of the next «وأضاف»
                    last = it
                stem, v = ctx.verb_reading(i)
                if (v and (v.tense == "participle" or toks[i].forms[0][1] != stem)) or \
                        (i > s0 and toks[i - 1].text in _COMMA):
                    boundaries.append(it.cue[0])
                elif i > s0 and toks[i - 1].text in ("فيما", "بينما"):
                    boundaries.append(i - 1)  # «قال إن ...، فيما أكد أن ...»
                elif (pc := ctx.pronoun_conj(i, s0)) is not None:
                    boundaries.append(pc[1])  # «قال إن ...، لكنه أكد أن ...»
                elif s0 < it.speaker.start < i and toks[it.speaker.start - 1].text in t.contrast_words \
                        and not _in_quote(ctx, it.speaker.start, s0):
                    boundaries.append(it.speaker.start - 1)  # «قال إن ...، لكن المعارضة قالت إن ...»
        if not sent_items:
            continue
        _close(ctx, sent_items, boundaries, s1)
        if last is not None and last.via is not None and last in sent_items:
            # a speaker named inside a quotation («وأضاف: "... كما لفت لها الرئيس ترامب ..."»)
            # is not the subject of the next verb without one: the quoted speaker is
            outer = next((a for a in sent_items if a.direct and a is not last and a.speaker is last.via
                          and a.content_start <= last.speaker.start < (a.content_end or s1)), None)
            if outer is not None:
                last = outer
        # a content without a word («، بحسب Y» cut off at «بحسب») reports nothing
        items.extend(it for it in sent_items if _has_word(toks, it.content_start, it.content_end or s1))
    return [_to_attr(ctx, it) for it in items]


def _bare(w: str) -> str:
    """A word without the article: «الضابط» matches «ضابط»."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _stale(ctx: _Ctx, last: _Item, s0: int):
    """Whether the statement ``last`` is too far back for a verb without a subject in the
    sentence starting at token s0 to continue it; None when it may go on. Sentences outside
    its quotation may come between (a quotation spanning sentences counts as one); in the
    latest of them, a verb of saying whose statement was missed, or a verb opening it, gives
    its subject to the verb («قال X إن .... وكشف Y عن ... . وأضاف», «... . وتطرق Y إلى ... .
    وقال "..."»: Y), the speaker returned; one whose subject is not known, or two sentences
    between without a subject: no one (False)."""
    if last.sent_end >= s0:
        return None
    toks = ctx.toks
    sents = ctx.doc.sentences
    starts = ctx.__dict__.get("sent_starts")
    if starts is None:
        starts = ctx.sent_starts = [x.tok_start for x in sents]
    n = bisect_left(starts, last.sent_end)
    p = last.content_start - 1 if last.direct else last.sent_end  # quote marks counted from p
    own = last.direct  # inside the statement's own quotation
    groups: list[list[int]] = []
    quotes = 0
    x = p
    while n < len(sents) and sents[n].tok_start < s0:
        a, b = sents[n].tok_start, sents[n].tok_end
        n += 1
        quotes += sum(1 for k in range(x, a) if toks[k].text == _QUOTE)
        x = a
        if quotes % 2 and (own or groups):
            if groups:
                groups[-1][1] = b  # the quotation opened in the sentence before goes on
            continue
        own = False
        groups.append([a, b])
    if not groups:
        return None
    a, b = groups[-1]
    words = {_bare(toks[k].text) for k in range(last.speaker.start, last.speaker.end)}
    w = toks[a]
    t = ctx.t
    if len(w.text) > 3 and a + 1 < b and ctx.m_start.get(a) is None and (sp := ctx.np_right(a + 1, b)) is not None \
            and any(pre == "و" and len(stem) > 2 and stem not in _NP_STOP and stem not in t.prepositions
                    and stem not in t.adjunct_preps and stem not in t.weekdays and stem not in _CLAUSE_WORDS
                    for pre, stem in w.forms[1:]) \
            and ctx.verb_reading(a)[1] is None and t.according_words.isdisjoint(w.stems):
        # «وتطرق ترامب إلى ...»: the subject of the verb opening the sentence
        return None if any(_bare(toks[k].text) in words for k in range(sp.start, sp.end)) else sp
    cue_pos = ctx.cue_pos
    lo = bisect_left(cue_pos, a)
    missed = False
    while lo < len(cue_pos) and cue_pos[lo] < b:
        c = cue_pos[lo]
        lo += 1
        v = ctx.verb_reading(c)[1]
        if v is None or v.tense == "participle" or _in_quote(ctx, c, a) \
                or not (c == a or toks[c - 1].text in _COMMA or toks[c].forms[0][1] != ctx.verb_reading(c)[0]) \
                or v.needs_word and not any(_stem_in(toks[k], v.needs_word) for k in range(c + 1, min(b, c + 12))):
            continue  # only a verb opening a clause («تنحى» is no «ينحي باللائمة»)
        if c + 1 < b and _bare(toks[c + 1].text) in words:
            return None  # «وقال إسياس ...» after «الرئيس الإريتري إسياس أفورقي»: the same speaker
        if not v.plural and c + 1 < b and (sp := ctx.np_right(c + 1, b)) is not None:
            return sp
        if toks[c].text[:1] == "و" and c + 1 < b and not _stem_in(toks[c + 1], t.roles, prefixes=("",)) \
                and ctx.verb_person(c) == ctx.verb_person(last.cue[0]) and c == a:
            continue  # «وحثت المجتمع الدولي على ...»: a statement of the same speaker, missed
        missed = True
    if missed or len(groups) > 1:
        return False
    return None


def _has_word(toks, a: int, b: int) -> bool:
    """One of tokens [a, b) is a word (mostly the first: tested alone for speed)."""
    return a < b and (toks[a].is_word or any(toks[k].is_word for k in range(a + 1, b)))


def _disagrees(ctx: _Ctx, i: int, it: _Item) -> bool:
    """The verb of saying at token i, without a subject of its own, cannot have the subject
    of the verb of item ``it``: another gender («قال ... وأضافت»), or another number when
    that verb agrees in number (before its subject a verb is singular: «قال المسؤولون ...
    وأضافوا»); not checked after a relay, whose verb is the relaying source's."""
    if it.via is not None and not it.via.audience:
        return False  # «ذكرت الوكالة عن X ...»: the verb is the relay's (not «قال لرويترز»)
    p = ctx.verb_person(i)
    q = ctx.verb_person(it.cue[0]) if it.cue[0] != i else None
    if p is None or q is None or p == q:
        return False
    if "pl" in (p, q):
        return p == "pl" and it.speaker.start < it.cue[0] or q == "pl"
    return True


def _passive(ctx: _Ctx, i: int, conj: bool, cue: VerbCue) -> bool:
    """The verb at token i is written as a passive («زُعم», «يُزعم», «ذُكر»): a damma on the
    first letter of a past, or on the prefix of a present of a verb of form I (a present of
    form II or IV has it too: «يُعلن»). The reader drops the vowels, so the text is read raw."""
    if cue.tense == "participle" or not ctx.damma:
        return False
    raw = ctx.doc.tok_span(i, i + 1).text
    if conj and raw[:1] in ("و", "ف"):
        raw = raw[1:]
    if cue.tense == "past" and len(raw) > 3 and raw[0] == "ا" and raw[2] == "\u064f":
        return True  # form VIII written «اتُّهم» (the hamzat al-wasl bare, the damma on the next letter)
    if len(raw) < 3 or raw[1] != "\u064f":
        return False
    return cue.tense == "past" or raw[0] in "يت" and cue.lemma in _FORM_I
def _adjective_participle(ctx: _Ctx, i: int, s0: int, s1: int) -> bool:
    """The participle at token i is an adjective, not a circumstantial clause: a quoted word
    («حوارا "مفيدا"»), after «غير» («غير معلنين»), or agreeing with the indefinite noun just
    before it («عقوبات مشددة على», «حراسة مشددة»)."""
    if i <= s0:
        return False
    toks = ctx.toks
    prev = toks[i - 1]
    if prev.text == _QUOTE:
        # quotes written against the word on both sides; not «"..." مضيفا "..."» between
        # two quotations
        return i + 1 < s1 and toks[i + 1].text == _QUOTE and \
            prev.end == toks[i].start and toks[i].end == toks[i + 1].start
    if prev.text in ("غير", "وغير"):
        return True
    text = toks[i].text
    if not prev.is_word or len(prev.forms) > 1 or prev.text.startswith("ال") or ctx.m_end.get(i) is not None:
        return False
    if i + 1 < s1 and (ctx.comp_at(i + 1) or toks[i + 1].text in (":", _QUOTE)):
        return False  # «في تغريدة مؤكدة أن ...»: a clause follows
    if text.endswith("ه"):
        return prev.text.endswith(("ه", "ات"))  # the reader writes «ة» as «ه»
    if text.endswith("ين"):
        return prev.text.endswith(("ين", "ون"))
    return False


def _negated(ctx: _Ctx, i: int, s0: int) -> bool:
    """The verb of saying at token i is negated: «ولم تكشف», «لن يعلن», «لا تذكر», or seldom
    done: «ونادرا ما تتحدث»."""
    if i <= s0:
        return False
    w = ctx.toks[i - 1].text
    if w in _NEG:
        return True
    if w == "ما" and i - 2 >= s0 and ctx.toks[i - 2].text in _RARELY:
        return True  # «ونادرا ما تتحدث إسرائيل عن ...»: a habit, not a statement
    return w in _NEG_PRESENT and ctx.verb_reading(i)[1].tense == "present"


_VERB_BEFORE = frozenset(_CLAUSE_WORDS | {"قد", "وقد", "لقد", "فقد", "الذي", "التي", "الذين", "ان", "انه",
                                          "انها", "ما", "وانما", "انما", "هكذا"})


def _opinion_noun(ctx: _Ctx, i: int, prev_text: str) -> bool:
    """Token i («راي» without a conjunction) is the noun «رأي» (opinion): after a preposition
    («في رأي», «عن رأي»), or spelt with «ي» after a word that does not introduce a verb
    («استطلاعات رأي», «تمثل رأي كاتبها»), while the verb is «رأى»."""
    if prev_text in ctx.t.prepositions:
        return True
    if not ctx.toks[i - 1].is_word or prev_text in _VERB_BEFORE or prev_text in ctx.t.pron_conj:
        return False
    return ctx.doc.tok_span(i, i + 1).text.endswith("ي")


def _close(ctx: _Ctx, sent_items: list[_Item], boundaries: list[int], s1: int) -> None:
    """Content ends: the closing quote of a direct quotation, the next statement cue of the
    sentence («، مشيرا إلى», «، وأضاف»), or the sentence end. A speaker inside the content
    of an earlier statement («ذكرت رويترز أن مسؤولا قال إن») is relayed by it."""
    toks = ctx.toks
    for it in sent_items:
        end = s1
        for b in boundaries:
            if b > it.content_start:
                end = min(end, b)
        if it.according and it.content_end is not None:
            end = it.content_end
        if it.cut is not None and it.cut > it.content_start:
            end = min(end, it.cut)
        if it.direct and not it.according and end == s1 and not any(
                toks[k].text == _QUOTE for k in range(it.content_start, s1)):
            # a quotation running over a full stop: «قال: "انتهت المفاوضات بالفشل. وفيما ..."»
            for k in range(s1, min(len(toks), s1 + 80)):
                if toks[k].text == _QUOTE:
                    end = k
                    break
                if toks[k].text == "\n" or ctx.doc.text[toks[k - 1].end:toks[k].start].count("\n"):
                    break
        elif it.direct:
            for k in range(it.content_start, end):
                if toks[k].text == _QUOTE:
                    if sum(1 for x in range(it.content_start, k) if toks[x].is_word) >= 6:
                        end = k
                    break
        while end > it.content_start and not toks[end - 1].is_word and toks[end - 1].text != _QUOTE:
            end -= 1
        if it.content_end is None or not it.according:
            it.content_end = end
    for a in sent_items:
        for b in sent_items:
            if a is b or b.via is not None or b.according:
                continue
            if a.content_start <= b.speaker.start and b.speaker.end <= (a.content_end or s1):
                b.via = a.speaker


def _verb(ctx: _Ctx, i: int, s0: int, s1: int, consumed: set[int], last: _Item | None,
          sent_items: list[_Item]) -> list[_Item] | None:
    if ctx.verb_reading(i)[1] is None:
        return None  # an «according to» word that opened no phrase («على»)
    found = _verb_at(ctx, i, s0, s1, consumed, last, sent_items, True)
    if found is None and i + 1 < s1 and (aud := _audience_at(ctx, i + 1, s1)) is not None \
            and aud[1] is not None and (a := ctx.doc.actors.get(aud[1].key)) is not None and a.type == "media":
        # «لكن شاكر قال لوكالة رويترز "..."» with no subject found: the outlet, which relays
        # the statement, stands for its source
        found = _verb_at(ctx, i, s0, s1, consumed, last, sent_items, False)
    elif found is None and i + 1 < s1 and ctx.toks[i + 1].text in ctx.t.audience_pronouns \
            and (v := ctx.verb_reading(i)[1]) is not None and not v.plural:  # not «قالوا لي فيه»
        # «قال لها خاطفها:», «قال لنا رجال شرطة:»: a subject no lexicon knows after the
        # audience, read as before but without the «لـ» phrase
        found = _verb_at(ctx, i, s0, s1, consumed, last, sent_items, False)
        if found and found[0].speaker.start == i + 1 and found[0].speaker.end > i + 2:
            found[0].speaker.start = i + 2
        elif found and found[0].speaker.start == i + 1:
            found = None
    return found


def _verb_at(ctx: _Ctx, i: int, s0: int, s1: int, consumed: set[int], last: _Item | None,
             sent_items: list[_Item], audience: bool) -> list[_Item] | None:
    stem, cue = ctx.verb_reading(i)
    if cue is None:
        return None
    toks = ctx.toks
    tok = toks[i]
    conj = tok.forms[0][1] != stem
    cue_end = i + 1
    if cue.needs_word and not any(_stem_in(toks[k], cue.needs_word) for k in range(i + 1, min(s1, i + 12))):
        return None
    if _passive(ctx, i, conj, cue):
        return None  # «وزُعم أن ...», «نُقل إلى»: no speaker; not a cue
    prev_text = toks[i - 1].text if i > s0 else ""
    if stem == "راي" and not conj and i > s0 and _opinion_noun(ctx, i, prev_text):
        return None  # «في رأي الخبراء», «استطلاعات رأي»: the noun «رأي», not the verb «رأى»
    if i + 2 < s1 and toks[i + 1].text in ctx.t.resumptive and cue.tense != "participle":
        # «أصدرت الوزارة بيانا قالت فيه إن», «في الوقت الذي قالت فيه فرنسا إن»
        speaker = ctx.document_author(i, s0)
        after = i + 2
        if speaker is None and (prev_text in ctx.t.resumptive_vs or prev_text in _RELATIVE and any(
                toks[k].text in ctx.t.resumptive_vs for k in range(max(s0, i - 4), i - 1))):
            speaker = ctx.np_right(i + 2, s1)
            after = speaker.end if speaker is not None else after
        found = _find_content(ctx, after, s1, cue) if speaker else None
        if found is not None:
            return [_Item(speaker, (i, i + 2), found[0], found[1], cue.stance, s1)]
    if prev_text in _RELATIVE:
        found = _relative_subject(ctx, i, s0, s1, cue)
        if found is not None:
            return found
        if cue.pronoun:
            return None  # «التي تصنفها "إرهابية"»: the antecedent is the object, not the speaker
        # «وفق الوكالة التي أوضحت أن ...», «الملك، الذي نفى ...»: the antecedent speaks
        k = i - 2
        while k >= s0 and toks[k].text in _COMMA:
            k -= 1
        ms = [m for m in ctx.actor_mentions if m.tok_end == k + 1 and m.tok_start >= s0]
        if not ms or cue.tense == "participle":
            return None
        found = _find_content(ctx, ctx.skip_fillers(i + 1, s1, limit=3), s1, cue)
        if found is None:
            return None
        return [_Item(ctx.mention_speaker(ms[-1]), (i, cue_end), found[0], found[1], cue.stance, s1)]
    if cue.tense == "participle":
        if not conj and _adjective_participle(ctx, i, s0, s1):
            return None
        prev_ok = prev_text in _COMMA or prev_text == _QUOTE or conj
        nxt = toks[i + 1] if i + 1 < s1 else None
        nxt_ok = nxt is not None and (ctx.comp_at(i + 1) or nxt.text in (":", _QUOTE) or
                                       _stem_in(nxt, cue.preps, prefixes=("",)))
        if not (prev_ok or nxt_ok):
            return None
        found = _find_content(ctx, cue_end, s1, cue, window=4)
        if found is None:
            return None
        speaker = None
        src = None
        prior = [x for x in sent_items if not x.relative]  # not «، الذي قالت الشرطة إن ...»
        if prior:
            src = prior[-1]
        else:
            ms = ctx.mentions_in(s0, i, "actor")
            # the subject is no object of a preposition («وأثنى على ألمانيا قائلا») nor a
            # second conjunct («بين السعودية وفرنسا»)
            subj = [m for m in ms if not ctx.prepositional(m.tok_start, s0)
                    and not ctx.conjoined(m.tok_start, m) and not _in_quote(ctx, m.tok_start, s0)]
            if subj and not _subject_position(ctx, subj[0], s0):
                return None  # «واتهم ... ردا على قيام الولايات المتحدة ...، قائلا»: an object
            if subj:
                speaker = ctx.mention_speaker(subj[0])
            elif ms:
                return None
            else:
                src = last
        if src is not None:
            if _disagrees(ctx, i, src):
                # «قالت الوزيرة ... مشيرا إلى»: the participle is someone else's; after a comma
                # or «و» it still ends the content before ([])
                return [] if prev_text in _COMMA or conj else None
            speaker = src.speaker
        if speaker is None:
            return None
        if i + 1 < s1 and _stem_in(toks[i + 1], cue.preps, prefixes=("",)) and not cue.keep_prep:
            cue_end = i + 2
        return [_Item(speaker, (i, cue_end), found[0], found[1], cue.stance, s1,
                      via=prior[-1].via if prior else (last.via if last else None))]
    # finite verb: speaker after (verb-subject) or before (subject-verb)
    unlisted = False  # a name no lexicon knows, closed by a title or an «ال» surname
    kana = ctx.kana_subject(i, s0) if not conj and cue.tense == "past" else None
    left = kana or (ctx.np_left(i, s0) if not conj else None)
    if left is None and kana is None and cue.tense == "past" and (conj and tok.text[:1] == "ف" or not conj) \
            and i > s0 and ctx.contrast_before(i, max(s0, i - 8)):
        left = _contrast_subject(ctx, i, s0, s1, cue, conj)  # «لكن بريسكا قالت إن», «أما السفير فقال إن»
    j = ctx.skip_fillers(i + 1, s1, limit=3)
    # «قال لرويترز», «قالت لها»: the audience right after the verb is no subject; one may
    # follow it («قال لها خاطفها»)
    aud = _audience_at(ctx, i + 1, s1) if audience and not cue.pronoun else None
    s_from = i + 1 if aud is None else aud[0]
    if aud is not None:
        j = ctx.skip_fillers(s_from, s1, limit=3)
    right = None
    if not cue.plural and kana is None:  # «وناشدوا الحكومة ...»: after a plural verb comes its object
        right = ctx.np_right(s_from, s1) or (ctx.np_right(j, s1) if j > s_from else None)
    if cue.pronoun:
        # «وصفها لترامب بأنه»: the noun «وصف» with its object; «على روسيا وإيران يصفها»: a
        # conjunct governed by a preposition
        w = toks[right.start] if right is not None else None
        if w is not None and any(pre in ("ل", "لل", "ب") for pre, _ in w.forms[1:]) and not (
                (m := ctx.m_start.get(right.start)) is not None and ctx.name_starts_at(right.start, m)):
            return None
        if left is not None and (m := ctx.m_start.get(left.start)) is not None and ctx.conjoined(left.start, m):
            left = None
    if left is not None and (right is None or right.start > i + 1 or ctx.sentence_initial(left.start, s0)):
        speaker = left
        after = i + 1
    elif right is not None:
        speaker = right
        after = right.end
    else:
        speaker = ctx.appositive_subject(i, s0) if not conj else None
        after = i + 1
        if speaker is None:
            speaker = ctx.unknown_name(i + 1, s1, cue) if aud is None else None
            if speaker is None and aud is None and not cue.plural:
                speaker = _title_then_name(ctx, j, s1)  # «وأكد المرشد الإيراني، علي خامنئي، أن»
            if speaker is None:
                if aud is not None:
                    pass  # after «لرويترز» only a listed subject («قال لها خاطفها»: unsure)
                elif cue.lemma in ctx.t.generic_verbs and not cue.plural and not cue.pronoun:
                    speaker = ctx.generic_subject(j, s1, cue)  # «وقالت الشركة إن»
                elif cue.strict and not cue.plural and cue.tense == "past":
                    speaker = _medium_subject(ctx, j, s1)  # «وكتب الوزير على تويتر:»
                elif cue.lemma in ctx.t.generic_prep_verbs and not cue.plural and cue.tense == "past" \
                        and (not conj or last is None or last.sent_end != s0) \
                        and prev_text not in _CONDITIONAL:  # not «إذا دعت الحاجة إلى»
                    speaker = ctx.generic_subject(j, s1, cue, prep=True)  # «دعت النقابات إلى»
                if speaker is None and aud is None and cue.lemma == "قال" and not cue.plural \
                        and cue.tense == "past" and (lead := _described_subject(ctx, j, s1)) is not None:
                    speaker, found_at = lead  # «وقال كيم كي غوان النائب الأول ... في بيان ...، إن»
                    return [_Item(speaker, (i, cue_end), found_at[0], found_at[1], cue.stance, s1)]
                if speaker is not None:
                    after = speaker.end
            else:
                after = speaker.end
                # closed by a title («وقال أيوب قاسم المتحدث باسم ...») or by a surname with the
                # article («ويعتبر أحمد اليمني، وهو ...»): only «إن / :» opens the content, not
                # the title, an apposition or a quoted name in them
                unlisted = not (after < s1 and (toks[after].text == ":" or ctx.comp_at(after))) and (
                    _stem_in(toks[after], ctx.t.roles, prefixes=("",)) is not None
                    or toks[after - 1].text.startswith("ال"))
    via = None
    extra: list[_Speaker] = []
    if speaker is None:
        # «وأضاف أن ...», «، وقال: "..."», «لكنه أكد أن»: the speaker of the statement before
        pc = None if conj else ctx.pronoun_conj(i, s0)
        pron = pc[0] if pc else None
        if pron is not None and last is not None and ctx.verb_person(last.cue[0]) not in (None, pron):
            return None  # «قالت الوزارة ... لكنه أكد»: the pronoun is someone else
        # «وفي الشهر الماضي، بث تنظيم الدولة رسالة صوتية، قال إنها ...»: with no statement
        # before it in its sentence, the verb after a comma or «و» shares the subject of the
        # clause before it, an actor of this sentence (no object of a preposition nor a second
        # conjunct), rather than the speaker of an earlier sentence
        own = None
        if not sent_items and pron is None and i > s0 and (conj or prev_text in _COMMA) \
                and not (cue.tense == "present" or cue.no_subjectless or cue.strict):
            own = next((m for m in ctx.mentions_in(s0, i, "actor") if not ctx.prepositional(m.tok_start, s0)
                        and not ctx.conjoined(m.tok_start, m) and not _in_quote(ctx, m.tok_start, s0)), None)
            # only a subject: right after the verb opening the sentence or a clause after a comma
            # («ونعى مصطفى البرغوثي ...، وقال», «وفي الشهر الماضي، بث تنظيم الدولة ...، قال»),
            # not an object further on («وانتقد خادم السلطات الإيرانية ...، ودعا»)
            if own is not None and (not (own.tok_start - 1 == s0 or own.tok_start - 2 >= s0
                                         and toks[own.tok_start - 2].text in _COMMA)
                                    or any(ctx.verb_at(k) for k in range(s0, own.tok_start))):
                own = None  # (nor a word of what an earlier verb of saying reported)
        # «ومضى يقول:», «وراح يقول إن»: a verb of going on before the present carries the
        # subject of the statement before
        aux = cue.tense == "present" and not cue.plural and i > s0 and not ctx.t.continuing.isdisjoint(toks[i - 1].stems) \
            and _stem_in(toks[i - 1], ctx.t.continuing) is not None
        # a strict cue goes on only right before where it was written: «وكتب على تويتر:»
        if own is None and (cue.tense == "present" and not pron and not aux or cue.no_subjectless
                            or last is None or cue.strict and (
                                i + 1 >= s1 or _medium_content(ctx, i + 1, s1) is None)):
            return None
        if not (conj or pron or aux or prev_text in _COMMA or prev_text in ("اذ", "حيث", "كما", "فيما", "بينما")):
            return None
        if own is not None:
            speaker, via = ctx.mention_speaker(own), None
        else:
            speaker = last.speaker
            via = last.via
            if (gap := _stale(ctx, last, s0)) is not None:
                if gap is False:
                    return None
                speaker, via = gap, None  # the subject of the statement missed in between
        if pron is not None and not sent_items and not ctx.named_in(speaker, s0, i) \
                and not (pc[1] == s0 and own is None and last.sent_end == s0):
            # «ولم يتمكن عبد الرحمن من ...، لكنه أشار»: the pronoun is a subject not heard
            # before; opening the sentence right after the statement, it is its speaker
            # («قالت الوزيرة إن .... لكنها أضافت أن»)
            return None
        inner = None
        if cue.relay and i + 2 < s1:
            # «ونقلت عن X قوله ...», «ونقلت على لسان X ...»: the earlier speaker relays X
            kk = i + 1
            if toks[kk].text == "عن":
                inner = ctx.np_right(kk + 1, s1)
            elif toks[kk].text == "علي" and toks[kk + 1].text == "لسان":
                inner = ctx.np_right(kk + 2, s1)
            if inner is not None:
                # the subject that relayed before relays again: «ذكرت الوكالة عن X ...
                # ونقلت على لسان X ...»
                via, speaker = last.via or speaker, inner
                after = inner.end
        if inner is None:
            if pron is None and own is None and _disagrees(ctx, i, last):
                return None  # «قال الوزير ... وأضافت أن»: the feminine verb has another subject
            k = ctx.skip_fillers(i + 1, s1, limit=3)
            while k < min(s1 - 1, i + 4) and _stem_in(toks[k], ctx.t.adverbs, prefixes=("",)) \
                    and toks[k].text not in ctx.t.resumptive \
                    and (ctx.comp_at(k + 1) or toks[k + 1].text in (":", _QUOTE)):
                k += 1  # «وقال حينها إنه»
            if k >= s1 or not (ctx.comp_at(k) or toks[k].text in (":", _QUOTE) or
                               _stem_in(toks[k], cue.preps, prefixes=("",)) or _after_audience(ctx, k, s1)
                               or ctx.adjunct_to_comp(k, s1) is not None  # «وقال بعد الاجتماع إنه»
                               or not cue.object and ctx.adjunct_to_quote(k, s1)):  # «وتابع بحزم:»
                start = _object_continuation(ctx, i, k, s0, s1, cue, conj or pron is not None, last, sent_items)
                if start is None:
                    return None
                return [_Item(speaker, (i, cue_end), start, False, cue.stance, s1, via=via)]
    else:
        if speaker.start > i and (ap := _appositive_name(ctx, speaker, s1)) is not None:
            speaker = ap  # «وقال مدير شرطة المدينة، جان كريستوف برتران، إن»: the named holder
            after = speaker.end
        elif speaker.start > i and speaker.actor is None and speaker.end < s1 and toks[speaker.end].text == "عن" \
                and (ap := _complement_name(ctx, speaker, s1)) is not None:
            speaker = ap  # «وقال المسؤول عن الأمن في المدينة ماركوس هولتز إن»: the named holder
            after = speaker.end
        k = speaker.end
        # anonymity: «قائد ... لم يذكر اسمه»
        ph = _stem_in(toks[k], ctx.t.anonymity.keys(), prefixes=("",)) if k < s1 else None
        if ph and speaker.actor is None:
            speaker.anonymous = True
        # coordinated speakers: «أفاد التلفزيون المصري ووكالة أنباء الشرق الأوسط أن»
        while speaker.start > i and k < s1:
            m = ctx.m_start.get(k)
            if m is not None and ctx.conjoined(k, m):
                extra.append(ctx.mention_speaker(m))
            elif m is None and (sp := ctx.conj_title(k, s1)) is not None:
                extra.append(sp)  # «والعاهل الأردني», «ووزير الخارجية التركي»
            else:
                break
            k = extra[-1].end
        if extra:
            # the conjuncts are speakers when the content follows them: after «إن / : / "»,
            # the verb's preposition («دعت روسيا وتركيا إلى ...»), or, for a verb taking
            # its content as object, anything else («ونفت روسيا ودمشق استخدام ...»); a
            # complementiser may come after an adjunct («، إثر محادثات في القاهرة، أن»)
            kk = ctx.skip_fillers(k, s1, limit=2)
            if kk < s1 and (ctx.comp_at(kk) or toks[kk].text in (":", _QUOTE)
                            or _stem_in(toks[kk], cue.preps, prefixes=("",))
                            or cue.object and not cue.needs_word and toks[kk].is_word) \
                    or _find_content(ctx, k, s1, None) is not None:
                after = k
            else:
                extra = []
    # audience / relay: «قال X لرويترز», «نقلت X عن Y قوله», «نقلا عن Y»
    after = _skip_parenthesis(toks, after, s1)  # «ونقلت وكالة الأنباء السعودية (واس) عن ...»
    k = ctx.skip_fillers(after, s1, limit=3)
    if cue.relay and speaker.start > i and k + 2 < s1 and toks[k].text != "عن":
        # the rest of the outlet's name that no lexicon holds: «ونقلت صحيفة الجيروزاليم بوست
        # عن الجيش قوله»; plain words up to «عن» and a source whose statement noun follows
        n = k
        while n < min(s1, k + 2) and toks[n].is_word and not toks[n].text.startswith("ال") \
                and toks[n].text not in _NP_STOP and ctx.m_start.get(n) is None \
                and not ctx.comp_at(n) and not ctx.verb_at(n) and len(toks[n].text) > 2:
            n += 1
        inner = ctx.np_right(n + 1, s1) or _statement_source(ctx, n + 1, s1) \
            if n > k and n + 1 < s1 and toks[n].text == "عن" else None
        if inner is not None and _relay_noun_at(ctx, inner.end, s1):
            speaker = _Speaker(speaker.start, n, speaker.actor, speaker.anonymous, speaker.mention_key)
            after = k = n
    if k < s1:
        tk = toks[k]
        inner = ctx.np_right(k + 1, s1) or _statement_source(ctx, k + 1, s1) if tk.text == "عن" and k + 1 < s1 else None
        if inner is not None and (cue.relay or _relay_noun_at(ctx, inner.end, s1)):
            # «نقلت X عن Y ...»; with any verb of saying when a noun of the statement
            # follows: «ذكرت الوكالة عن مصدر نفيه ...»
            via, speaker = speaker, inner
            after = inner.end
        elif cue.relay and tk.text == "علي" and k + 2 < s1 and toks[k + 1].text == "لسان":
            inner = ctx.np_right(k + 2, s1)
            if inner is not None:
                via, speaker = speaker, inner
                after = inner.end
        elif (relayed := _naqlan_an(ctx, speaker, k, s1)) is not None:
            speaker, relay_via, after = relayed
            via = relay_via or via
        else:
            m = ctx.m_start.get(k)
            if m is not None and any(pre in ("ل", "لل") for pre, _ in tk.forms[1:]):
                a = ctx.doc.actors.get(m.key)
                if a is not None and a.type == "media":
                    via = ctx.mention_speaker(m)
                    via.audience = True
    if via is None and aud is not None and aud[1] is not None and speaker.start > i \
            and (a := ctx.doc.actors.get(aud[1].key)) is not None and a.type == "media":
        via = ctx.mention_speaker(aud[1])  # «وقال لرويترز مسؤول ...»: the outlet relays
        via.audience = True
    relayed = via is not None and speaker.start > i and toks[speaker.start - 1].text in ("عن", "لسان")
    found = _after_word(ctx, after, s1, cue) if cue.content_after_word else \
        _find_content(ctx, after, s1, cue, relayed=relayed)
    if unlisted and found is not None and not _introduced(ctx, found, after) \
            and not (found[1] and _closing_quote_ends(ctx, found[0], s1)):
        return None
    if found is None and cue.lemma == "قال" and cue.tense == "past" and speaker.start > i and via is None \
            and not cue.content_after_word:
        found = _far_in(ctx, after, s1)  # «وقال X المستشار الأول لـ ... في بيان وزعته ...، إن»
    if found is None:
        # a quotation just before: «"..."، قال الجيش»
        q = _quote_before(ctx, i, s0)
        if q is None:
            return None
        start, qend = q
        it = _Item(speaker, (i, i + 1), start, True, cue.stance, s1, via=via)
        it.content_end = qend
        it.according = True  # keep the explicit end
        return [it]
    if speaker.start > i and speaker.end > found[0]:
        return None
    if cue.needs_word and not cue.content_after_word and _stem_in(toks[found[0]], cue.needs_word):
        return None  # «تحمل حماس مسؤولية ...»: no one is blamed, the subject bears it
    if cue.object and not found[1] and found[0] == speaker.end and speaker.start > i \
            and _conj_word(ctx, found[0]):
        # «وحملت حماس والفصائل ... المسؤولية»: a content opening with «و» continues the noun
        # phrase, which is the object; the subject is the speaker of the statement before
        if not (cue.needs_word and conj and last is not None):
            return None
        speaker, via, found = last.speaker, last.via, (i + 1, False)
    out = [_Item(speaker, (i, cue_end), found[0], found[1], cue.stance, s1, via=via)]
    for sp in extra:
        out.append(_Item(sp, (i, cue_end), found[0], found[1], cue.stance, s1, via=via))
    return out


_PRONOUN_ENDS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


def _possessed_noun(tx: str, doc, w) -> bool:
    """Whether word ``w`` (normalised ``tx``) of ``doc`` is a frequent noun with a possessive
    pronoun («منافسه», «زعيمها»); with «ـه» (written so, not «ة») the noun has four letters at
    least («عبده», «طه» are names)."""
    from .actors import _common_table, _possessed  # actors imports this module

    if _possessed(tx):
        return True
    return tx.endswith("ه") and len(tx) >= 5 and not tx.startswith("ال") \
        and _common_table().get(tx[:-1]) is True and doc.span(w.start, w.end).text.endswith("ه")


@lru_cache(maxsize=None)
def _common_words() -> frozenset[str]:
    """The frequent words of news (``data/common_words.txt``): a verbal noun opening the
    object of a verb of saying is one («سيطرة», «مقتل», «ضرورة»), a surname seldom is."""
    from .actors import _common_table  # actors imports this module

    return frozenset(_common_table())


def _object_continuation(ctx: _Ctx, i: int, k: int, s0: int, s1: int, cue: VerbCue, conj: bool,
                         last: _Item | None, sent_items: list[_Item]) -> int | None:
    """«وحمّل عباس إسرائيل المسؤولية، وأعلن السبت يوم حداد», «... . وأكد سيطرة الجيش على
    ...»: a past verb taking its content as object, joined by «و» / «ف» (or after «لكنه») to
    the statement just before (in this sentence or the one before) and without a subject of
    its own, continues that speaker; the content is its object: a frequent indefinite word
    (a verbal noun, not an unlisted name or a definite subject) at token k, after adjuncts.
    The first token of the content (a day or date stays in it), or None."""
    if not (conj and cue.object and cue.tense == "past") or cue.needs_word or cue.strict \
            or cue.no_subjectless or last is None:
        return None
    if not (sent_items and sent_items[-1] is last or last.sent_end == s0):
        return None
    toks = ctx.toks
    if k >= min(s1, len(toks)):
        return None  # the text ends at the verb
    w = toks[k]
    if not w.is_word or w.text[0].isdigit() or w.text.startswith("ال") or w.text.endswith("ا") \
            or w.text in _NP_STOP or w.text in _RELATIVE or ctx.m_start.get(k) is not None \
            or ctx.verb_at(k) or ctx.comp_at(k) or w.text.startswith(("لل", "بال", "وال", "فال", "كال")) \
            or _stem_in(w, ctx.t.heads, prefixes=("",)) or w.text in ctx.t.prepositions \
            or w.text.endswith("ات") or w.text not in _common_words():
        return None  # a plural in «ات» is a subject («وأعلنت خدمات الإسعاف نقل ...»)
    if not sent_items and ctx.mentions_in(s0, i, "actor"):
        return None  # «واتخذت المملكة الإجراءات ...، وأكدت محاسبة»: the subject is in this sentence
    for n in range(k + 1, min(s1, k + 16)):
        if toks[n].text in _PUNCT_STOP or ctx.verb_at(n) or toks[n - 1].text in _COMMA \
                and toks[n].text.endswith("ا") and not ctx.is_filler(n, s1):
            break  # «، مبينا أن»: a circumstantial clause of its own
        if toks[n].text == ":" or ctx.comp_at(n) or toks[n - 1].text == "في" and ctx.statement_doc(n):
            return None  # «وأعلن حاكم الولاية عمر زواك، أن ...», «وأوضح مكتب المحافظ في تغريدة»:
            # the noun phrase is the subject
    start = i + 1  # past commas and adjuncts other than a day («وأعلن السبت يوم حداد»)
    while start < k and (toks[start].text in _COMMA or not _stem_in(toks[start], ctx.t.weekdays)):
        start += 1
    return start


def _audience_at(ctx: _Ctx, k: int, s1: int) -> tuple[int, object] | None:
    """Token k opens an audience that cannot be a subject: an actor mention with the
    preposition «لـ» that is not part of its name («لرويترز», «لوكالة الأنباء», not
    «ليبرمان»), or «لـ» with a pronoun («لها», «لنا»). The token after it and the mention
    (or None), else None."""
    if k >= s1:
        return None
    memo = ctx.audience  # asked again for the same token by _verb's second reading
    if k in memo:
        return memo[k]
    memo[k] = aud = _audience(ctx, k)
    return aud


def _audience(ctx: _Ctx, k: int) -> tuple[int, object] | None:
    """:func:`_audience_at` for a token k inside the sentence."""
    w = ctx.toks[k]
    if w.text in ctx.t.audience_pronouns:
        return k + 1, None
    stems = {stem for pre, stem in w.forms[1:] if pre in ("ل", "لل")}
    if not stems:
        return None
    m = ctx.m_start.get(k)
    if m is None or ctx.name_starts_at(k, m):
        return None
    if w.text.startswith("لل") or not stems.isdisjoint(ctx.t.audience_heads):
        return m.tok_end, m  # «للوكالة», «لوكالة رويترز», «لصحيفة ...»
    # the name without the «لـ» is one of the actor's names («لرويترز»), not a name that
    # starts with «ل» («لومير», «لاندركينغ»)
    a = ctx.doc.actors.get(m.key)
    if a is not None and any((_n(name).split() or [""])[0] in stems for name in (a.name, *a.aliases)):
        return m.tok_end, m
    return None


def _quoted_audience(ctx: _Ctx, k: int, s1: int) -> int | None:
    """Token k is a detached «لـ» before a quoted outlet («لـ"رويترز"», «لـ "غلوبو سبورت"»):
    the token after the closing quote (and a comma), or None."""
    toks = ctx.toks
    if k + 3 >= s1 or toks[k].text != "ل" or toks[k + 1].text != _QUOTE:
        return None
    for n in range(k + 2, min(s1, k + 7)):
        if toks[n].text == _QUOTE:
            if n == k + 2:
                return None
            n += 1
            return n + 1 if n < s1 and toks[n].text in _COMMA else n
        if not toks[n].is_word and toks[n].text not in (".", "-"):
            return None
    return None


def _after_audience(ctx: _Ctx, k: int, s1: int) -> bool:
    """Token k opens an audience («لأنصاره», «للصحفيين», «لرجال الدين»: a word with the
    preposition «لـ» and its genitive; «لـ"رويترز"») closed by «إن / أن / :»: «وقال لأنصاره
    إنه ...»."""
    toks = ctx.toks
    w = toks[k]
    if (n := _quoted_audience(ctx, k, s1)) is not None:
        return n < s1 and (toks[n].text == ":" or ctx.comp_at(n) is not None and toks[n].text[:1] not in ("و", "ف"))
    if not any(pre in ("ل", "لل") for pre, _ in w.forms[1:]) or ctx.comp_at(k) or w.text in _NP_STOP:
        return False  # (not «لأن», because)
    m = ctx.m_start.get(k)
    n = m.tok_end if m is not None else k + 1
    if m is None and n < s1 and toks[n].text.startswith("ال") and ctx.m_start.get(n) is None \
            and not ctx.comp_at(n) and not ctx.verb_at(n):
        n += 1  # «لرجال الدين»
    n = ctx.skip_fillers(n, s1, limit=2)
    return n < s1 and (toks[n].text == ":" or ctx.comp_at(n) is not None and toks[n].text[:1] not in ("و", "ف")
                       or toks[n].text == _QUOTE and _quotation_at(ctx, n, s1))


def _relative_subject(ctx: _Ctx, i: int, s0: int, s1: int, cue: VerbCue) -> list[_Item] | None:
    """«المنطقة التي قال المرصد إن ...», «الضابط، الذي قالت الشرطة إن اسمه ...»: in a relative
    clause the verb of saying at token i may have its own subject after it, which speaks when
    a complementiser, colon or quotation follows it (not an audience: «الذي قال لرويترز إن»).
    What it said ends with the relative clause, at the next comma."""
    if cue.tense == "participle" or cue.plural:
        return None
    toks = ctx.toks
    j = ctx.skip_fillers(i + 1, s1, limit=3)
    if j >= s1 or ctx.prepositional(j, s0):
        return None
    sp = ctx.np_right(j, s1) or _plain_subject(ctx, j, s1)
    if sp is None:
        return None
    # joined subjects: «الذي تعتبره الولايات المتحدة والاتحاد الأوروبي وتركيا منظمة إرهابية»
    speakers = [sp]
    while (m := ctx.m_start.get(speakers[-1].end)) is not None and ctx.conjoined(speakers[-1].end, m):
        speakers.append(ctx.mention_speaker(m))
    end = speakers[-1].end
    if cue.pronoun:
        # «التي تعتبرها أنقرة "إرهابية"», «الذي وصفه ماكرون بأنه ...»: the pronoun is the
        # antecedent, the subject after the verb speaks and the predicate, right after it, is
        # what it said (not a clause further on: «المصدر الذي وصفته الوكالة بالمأذون إن»)
        found = _find_content(ctx, end, s1, cue, window=3)
        if found is None or found[0] >= s1 or toks[found[0]].text in _COMMA \
                or found[0] > ctx.skip_fillers(end, s1, limit=2) + 2 \
                or ctx.comp_at(found[0] - 1) == "bare" and not toks[found[0] - 1].text.startswith("ب"):
            return None
    else:
        found = _find_content(ctx, end, s1, None, window=3)
        if found is None or sp.end > found[0]:
            return None
        k = found[0] - 1 - found[1]  # the word before the content (and its opening quote)
        if ctx.comp_at(found[0]) != "pron" and not (k >= sp.end and (toks[k].text == ":" or ctx.comp_at(k))) \
                or toks[k if ctx.comp_at(found[0]) != "pron" else found[0]].text.startswith("ف"):
            return None  # «الذي اعتبر ترودو "غير صادق"»: a quotation may be the object's predicate;
            # «الذي نقل التلفزيون كلامه فإن ...»: «فإن» opens the main clause
    cut = next((k for k in range(found[0], s1) if toks[k].text in _COMMA or found[1] and toks[k].text == _QUOTE),
               None)
    out = []
    for sp in speakers:
        it = _Item(sp, (i, i + 1), found[0], found[1], cue.stance, s1, relative=True)
        it.cut = cut
        out.append(it)
    return out


def _plain_subject(ctx: _Ctx, j: int, s1: int) -> _Speaker | None:
    """One to four plain words from token j closed by a complementiser: the subject of a
    verb of saying in a relative clause that no lexicon names («الذي قالت جماعات إغاثة طبية
    إنه», «الذي قال الإعلام البلجيكي إن»); not an adverb, verb, function word, number or
    a word with a clitic preposition («الذي قال لاحقا إنه»)."""
    toks = ctx.toks
    t = ctx.t
    k = j
    while k < s1 and k < j + 5:
        if ctx.comp_at(k):
            break
        w = toks[k]
        if not w.is_word or w.text[0].isdigit() or w.text in _NP_STOP or w.text.endswith("ا") \
                or ctx.verb_at(k) or _stem_in(w, t.fillers_days) or _stem_in(w, t.adverbs, prefixes=("",)) \
                or _stem_in(w, t.statement_nouns) or any(pre in ("ل", "لل", "ب") for pre, _ in w.forms[1:]):
            return None
        k += 1
    if k == j or k - j > 4 or k >= s1 or not ctx.comp_at(k) or toks[k].text.startswith("ف"):
        return None
    anonymous = _stem_in(toks[j], t.anon_heads, prefixes=("",)) is not None
    return _Speaker(j, k, None, anonymous)


def _closing_quote(toks, k: int) -> bool:
    """Token k is a quote mark closing a quoted name: written against the word before it
    («لإذاعة "بي بي سي" "..."»)."""
    return toks[k].text == _QUOTE and k > 0 and toks[k - 1].is_word and toks[k - 1].end == toks[k].start


def _quotation_at(ctx: _Ctx, k: int, end: int, min_words: int = 5) -> bool:
    """Token k opens a quotation, not a quoted name or term: at least ``min_words`` words
    follow before the closing quote (or the sentence end), and no preposition («بـ"...»)
    or verb of saying introduces it."""
    toks = ctx.toks
    prev = toks[k - 1]
    if prev.text.endswith("ـ") or prev.text in ("ب", "ل", "ك") or not (prev.is_word or prev.text in _COMMA
                                                                       or _closing_quote(toks, k - 1)):
        return False
    n = 0
    for q in range(k + 1, end):
        if toks[q].text == _QUOTE:
            break
        n += toks[q].is_word
        if n >= min_words:
            return True
    return False


def _statement_source(ctx: _Ctx, j: int, s1: int) -> _Speaker | None:
    """«نقلت الوكالة عن الشرطة المحلية قولها إن»: a definite noun phrase no lexicon names
    (a noun and its adjectives) from token j, right before a noun of the statement."""
    toks = ctx.toks
    if j >= s1 or not toks[j].text.startswith("ال") or ctx.doc.mention_starting(j) is not None \
            or not ctx._generic_word(j) or toks[j].text in ctx.t.generic_not:
        return None
    k = j + 1
    while k < min(s1, j + 4) and ctx.m_start.get(k) is None and ctx.is_modifier(toks[k]):
        k += 1
    if k < s1 and _stem_in(toks[k], ctx.t.statement_nouns) is not None:
        return _Speaker(j, k, None, False)
    return None


def _skip_parenthesis(toks, k: int, s1: int) -> int:
    """After a bracketed short name at token ``k`` («(سانا)», «(واس)»: up to three words), else
    ``k``."""
    if k < s1 and toks[k].text == "(":
        close = next((q for q in range(k + 2, min(s1, k + 5)) if toks[q].text == ")"), None)
        if close is not None and all(toks[q].is_word for q in range(k + 1, close)):
            return close + 1
    return k


def _relay_noun_at(ctx: _Ctx, k: int, s1: int) -> bool:
    """A noun of the statement («قوله», «نفيه», «تأكيده») at token k, after fillers."""
    k = ctx.skip_fillers(k, s1, limit=2)
    return k < s1 and _stem_in(ctx.toks[k], ctx.t.statement_nouns) is not None


def _conj_word(ctx: _Ctx, k: int) -> bool:
    """Token k opens a conjunct: «و» before a definite noun («والمنظمات») or before the
    name of an actor («ووزارة الخارجية»)."""
    tok = ctx.toks[k]
    m = ctx.m_start.get(k)
    if m is not None:
        return ctx.conjoined(k, m)
    return tok.text.startswith("وال") and any(pre == "و" for pre, _ in tok.forms[1:])


def _after_word(ctx: _Ctx, i: int, s1: int, cue: VerbCue):
    """«أنحى X (في بيان) باللائمة على Y»: the content starts after the cue's own word
    (``needs_word``), with the preposition when ``keep_prep``; (start, False) or None."""
    toks = ctx.toks
    for w in range(i, min(s1 - 1, i + 8)):
        if toks[w].text in _PUNCT_STOP:
            return None
        if _stem_in(toks[w], cue.needs_word):
            k = w + 1
            # «باللوم، في هجوم دوما، على ...»: an adjunct may come before the preposition
            for p in range(k, min(s1, k + 8)):
                if toks[p].text in _PUNCT_STOP:
                    break
                if _stem_in(toks[p], cue.preps, prefixes=("",)):
                    if toks[p - 1].text in _COMMA:
                        k = p
                    break
            if not cue.keep_prep and _stem_in(toks[k], cue.preps, prefixes=("",)):
                k += 1
            return (k, False) if k < s1 else None
    return None


def _naqlan_an(ctx: _Ctx, speaker: _Speaker, k: int, s1: int):
    """«X نقلا عن Y»: (speaker, via, end of Y) — Y speaks, relayed by X, unless Y is a media
    outlet, which only relays; None when no «نقلا عن» follows at token k."""
    toks = ctx.toks
    if k + 3 < s1 and ctx.m_start.get(k) is None and any(pre in ("ل", "لل") for pre, _ in toks[k].forms[1:]) \
            and toks[k].text.startswith("لل"):
        k = ctx.skip_fillers(k + 1, s1, limit=2)  # the rest of an agency's name: «وكالة إنترفاكس للأنباء نقلا عن»
    if not (k + 2 < s1 and _stem_in(toks[k], _NAQLAN) and toks[k + 1].text == "عن"):
        return None
    # a source no lexicon names: «نقلا عن أقداغ،»
    inner = ctx.np_right(k + 2, s1) or ctx.unknown_name(k + 2, s1)
    if inner is None and k + 3 < s1 and toks[k + 3].text in _COMMA:
        inner = ctx.one_word_name(k + 2, k + 3)  # «نقلا عن أقداغ، أن»
    if inner is None:
        return None
    if ctx.is_media(inner):
        return speaker, inner, inner.end
    return inner, speaker, inner.end


def _quote_before(ctx: _Ctx, i: int, s0: int):
    toks = ctx.toks
    k = i - 1
    while k >= s0 and toks[k].text in _COMMA:
        k -= 1
    if k < s0 or toks[k].text != _QUOTE:
        return None
    for q in range(k - 1, s0 - 1, -1):
        if toks[q].text == _QUOTE:
            return (q + 1, k) if k > q + 1 else None
    return None


def _according(ctx: _Ctx, i: int, s0: int, s1: int, consumed: set[int], sent_items) -> _Item | None:
    toks = ctx.toks
    t = ctx.t
    first = _stem_in(toks[i], t.according_words, prefixes=("", "و", "ف"))
    if first is None:
        return None
    matched = None
    nxt = toks[i + 1].text if i + 1 < s1 else None
    for rest in t.according[first]:
        if rest and nxt != rest[0] and nxt != rest[0] + "ـ":
            continue  # (quick rejection: «على» is mostly no «على لسان»)
        if i + len(rest) < s1 and all(
                toks[i + 1 + k].text == w or toks[i + 1 + k].text == w + "ـ" for k, w in enumerate(rest)):
            matched = rest
            break
    if matched is None:
        return None
    j = i + 1 + len(matched)
    cue_end = j
    if matched and matched[-1] in t.according_pron:
        return _according_pronoun(ctx, i, j, s0, s1, consumed, sent_items)
    # «حسبما قال», «وفق ما أفادت», «بحسب ما أعلنت», «وفقا لما ذكرته»
    if j < s1 and toks[j].text in ("ما", "لما"):
        j += 1
    verb = None
    if j < s1 and ((verb := ctx.verb_at(j)) or (toks[j].text.endswith("ه") and toks[j].text[:-1] in t.verbs)):
        consumed.add(j)
        j += 1
        cue_end = j
    if j < s1 and toks[j].text == "ل":
        j += 1
    sp = ctx.np_right(j, s1)
    if sp is None and j < s1:
        # «وفقا للمرصد»: the speaker has the preposition attached
        m = ctx.m_start.get(j)
        if m is not None:
            sp = ctx.mention_speaker(m)
    if sp is None and verb is not None and not verb.plural:
        sp = _relative_source(ctx, j, s1)  # «حسبما ذكرت نقابات عمالية»
    if sp is None:
        return None
    via = None
    k = sp.end
    relayed = _naqlan_an(ctx, sp, k, s1)
    if relayed is not None:
        sp, via, k = relayed
    for c in range(i + 1, k):
        consumed.add(c)
    # at the start of the sentence: the content follows; else it is what precedes
    lead = i == s0 or (i == s0 + 1 and not toks[s0].is_word)
    if lead:
        c = ctx.skip_fillers(k, s1)
        if c < s1 and ctx.comp_at(c) == "bare":
            c += 1
        if c >= s1:
            return None
        it = _Item(sp, (i, cue_end), c, False, "neutral", s1, via=via, according=True)
        it.content_end = None
        it.according = False
        return it
    start = s0
    # a statement earlier in this sentence («دعا X إلى ...، قائلا إن ...، حسبما قالت Y»): Y
    # reports the whole sentence and relays each statement in it
    relayed_items = [prev for prev in sent_items if prev.content_start < i and not prev.according
                     and not prev.relative]
    if relayed_items:
        # «قال X إن ...، بحسب Y.»: the clause is X's statement, which ends at «بحسب»; Y,
        # closing the sentence, relays it (not Y inside it: «... ولكن الوضع - بحسب مسؤول -
        # تحت السيطرة»)
        if ctx.skip_fillers(k, s1) < s1 and any(tk.is_word for tk in toks[ctx.skip_fillers(k, s1):s1]):
            return None
        for prev in relayed_items:
            prev.cut = i
            if prev.via is None and ctx.is_media(sp) and not ctx.is_media(prev.speaker) \
                    and not ctx.same_speaker(prev.speaker, sp):
                prev.via = sp  # a news outlet relays; «أفادت فرانس برس ...، وفق الوزارة» is no relay
        return None
    while start < i and not toks[start].is_word and toks[start].text != _QUOTE:
        start += 1
    end = i
    while end > start and not toks[end - 1].is_word:
        end -= 1
    # «ويتحصن المقاتلون في المدينة و"إن كانوا لن يتمكنوا من حمايتها"، وفق ما يقول X»: a
    # quotation of a clause (after «و», «إن / أن» or a colon) just before the phrase, opened
    # after the sentence start, is what X said
    q = end if end < i and toks[end].text == _QUOTE else None
    if q is not None:
        op = next((k for k in range(q - 1, start - 1, -1) if toks[k].text == _QUOTE), None)
        if op is not None and op > start and sum(tk.is_word for tk in toks[op + 1:q]) >= 5 \
                and (toks[op - 1].text in ("و", ":") or ctx.comp_at(op - 1) is not None):
            start, end = op + 1, q  # (not a quoted noun phrase: «ستطلع المجلس على "الهجوم ..."»)
    if end - start < 2:
        return None
    it = _Item(sp, (i, cue_end), start, False, "neutral", s1, via=via, according=True)
    it.content_end = end
    return it


def _according_pronoun(ctx: _Ctx, i: int, j: int, s0: int, s1: int, consumed: set[int],
                       sent_items) -> _Item | None:
    """«على حد تعبيره», «حسب قوله» at tokens [i, j), after what the subject of the sentence
    said: a statement before it in the sentence ends there («وأشار X إلى أن ...، على حد
    قوله»); with none, the subject (an actor opening the sentence after its verb, not in a
    quotation) says what follows it up to the phrase («وانتقد X ما وصفه بالتدخل ...، على حد
    تعبيره»)."""
    toks = ctx.toks
    for c in range(i + 1, j):
        consumed.add(c)
    before = [prev for prev in sent_items if prev.content_start < i and not prev.according
              and not prev.relative and (prev.content_end is None or prev.content_end > i)]
    if before:
        for prev in before:
            prev.cut = i
        return None
    if i == s0 or sent_items:
        return None
    if not toks[s0].is_word or ctx.m_start.get(s0) is not None or toks[s0].text in _NP_STOP \
            or (sp := ctx.np_right(s0 + 1, i)) is None:
        return None  # only «وانتقد X ...»: a verb opening the sentence, then its subject
    start = ctx.skip_fillers(sp.end, i)
    end = i
    while end > start and not toks[end - 1].is_word:
        end -= 1
    lo = bisect_left(ctx.cue_pos, start)
    if end - start < 2 or lo < len(ctx.cue_pos) and ctx.cue_pos[lo] < end:
        return None  # (a verb of saying between: its statement, missed, is no plain clause)
    it = _Item(sp, (i, j), start, False, "neutral", s1, according=True)
    it.content_end = end
    return it


def _appositive_name(ctx: _Ctx, sp: _Speaker, s1: int) -> _Speaker | None:
    """«قال مدير شرطة المدينة، جان كريستوف برتران، إن», «قالت المتحدثة باسم المنظمة، لوران
    كينغ، إن»: a person's name between commas after a speaker that is no person (and the rest
    of its title: words, no verb or clause), closed by «إن / أن / :», names who spoke. The
    name is a person mention or two to four words of a name no lexicon holds (no function
    word, preposition, adjunct, verb or «و»; one a given name or no frequent word, a last one
    with the article); a day, an adjunct or a description between the commas is none."""
    toks = ctx.toks
    k = sp.end
    if not _comma_then_close(ctx, k, s1):
        return None
    a = ctx.doc.actors.get(sp.mention_key) if sp.mention_key else None
    if a is not None and a.type == "person" or ctx.named_person_in(sp):
        return None
    while k < s1 and k < sp.end + 8 and toks[k].text not in _COMMA:
        w = toks[k]
        if not (w.is_word or w.text == _QUOTE) or w.text in _RELATIVE or ctx.verb_at(k) or ctx.comp_at(k) \
                or _stem_in(w, ctx.t.weekdays, prefixes=("",)):
            return None
        k += 1
    if k + 3 >= s1 or toks[k].text not in _COMMA:
        return None
    n = k + 1
    m = ctx.m_start.get(n)
    if m is not None:
        if not ctx.is_person(m):
            return None
        end = m.tok_end
        out = _Speaker(n, end, ctx.doc.entity_name(m) or None, False, m.key)
    else:
        given = _given_names()
        common = _common_words()
        end = n
        rare = False
        while end < s1 and end < n + 4:
            w = toks[end]
            if w.text in ("-", "ـ") and end > n and end + 1 < s1 and toks[end + 1].is_word \
                    and toks[end - 1].end == w.start and w.end == toks[end + 1].start:
                end += 1  # «جان-كريستوف»
                continue
            if not w.is_word or ctx.m_start.get(end) is not None or w.text in _NP_STOP and w.text not in given \
                    or w.text in ctx.t.prepositions and w.text not in given or ctx.verb_at(end) or ctx.comp_at(end) \
                    or _stem_in(w, ctx.t.fillers_days, prefixes=("",)) or _stem_in(w, ctx.t.adverbs, prefixes=("",)) \
                    or w.text[0].isdigit():
                break
            if w.text.startswith("ال"):
                if end > n and len(w.forms) == 1 and w.text not in common:
                    end += 1  # a surname with the article: «وليد الطبطبائي»
                break
            # (a clitic reading only when the rest is no frequent word: «برتران», not «بقيادة»,
            # «ومقرها»)
            if w.text not in given and any(stem in common or pre in ("و", "ف") and stem.endswith(_PRONOUN_ENDS)
                                           for pre, stem in w.forms[1:]):
                return None
            rare = rare or w.text in given or w.text not in common
            end += 1
        if end - n < 2 or not rare:
            return None
        out = _Speaker(n, end, None, False)
    if end >= s1:
        return None
    c = end + 1 if toks[end].text in _COMMA else end
    if c >= s1 or not (toks[c].text == ":" or ctx.comp_at(c)):
        return None
    return out


def _described_subject(ctx: _Ctx, j: int, s1: int):
    """«وقال كيم كي غوان النائب الأول لوزير الخارجية ... في بيان نشرته الوكالة، إن "..."»,
    «وقال الكابتن بيل إيربان المتحدث باسم القيادة التي تشرف على ...: "..."», «وقال المطلق، في
    برنامج ...، ردا على سؤال ...، إن»: after «قال», a subject no rule closed, then a long
    description or adjuncts up to the sentence's «إن» or colon (:func:`_far_in`). The subject
    is the words from token j up to a title, a comma or a definite word after the first (a
    name no lexicon holds, or a definite noun); (speaker, (content start, direct)) or None."""
    toks = ctx.toks
    t = ctx.t
    far = _far_in(ctx, j + 1, s1)
    if far is None:
        return None
    c = far[0] - 1 - far[1]
    given = _given_names()
    common = _common_words()
    e = j
    while e < min(c, j + 4):
        w = toks[e]
        if not w.is_word or w.text in _NP_STOP or w.text in t.prepositions or ctx.m_start.get(e) is not None \
                or w.text not in given and any(stem in common or pre in ("و", "ف") for pre, stem in w.forms[1:]) \
                or _stem_in(w, t.fillers_days, prefixes=("",)) \
                or _stem_in(w, t.adverbs, prefixes=("",)) or w.text[0].isdigit():
            break
        if e > j and (w.text.startswith("ال") or _stem_in(w, t.roles, prefixes=("",))
                      or len(w.text) > 3 and w.text in common and w.text not in given):
            break  # a title after the name: «سانديب شاستري أستاذ العلوم السياسية»
        e += 1
    if e == j or not toks[j].text.startswith("ال") and _stem_in(toks[j], t.roles, prefixes=("",)):
        return None  # (a title first, «محافظ منطقة X محمد Y»: no name here)
    if e == j + 1:
        # one word, no frequent one: a surname («المطلق») or a name, followed by a comma or a
        # title (not «قال التحالف، بقيادة ...، إن»: left to the rules for such nouns)
        w = toks[j]
        if w.text in common or len(w.text) < 4 \
                or not (toks[e].text in _COMMA or _stem_in(toks[e], t.roles, prefixes=("",))):
            return None
    elif not any(toks[x].text in given or toks[x].text not in common for x in range(j, e)):
        return None
    return _Speaker(j, e, None, False), far


def _far_in(ctx: _Ctx, j: int, s1: int):
    """The content after the first «إن» (so written) or colon within 30 tokens from token j,
    with only a description or adjuncts before it (no stop or verb of saying; quoted words
    skipped: «في برنامج "فتاوى"»): (start, direct), or None."""
    toks = ctx.toks
    quotes = 0
    for k in range(j, min(s1 - 1, j + 30)):
        w = toks[k]
        if w.text == _QUOTE:
            quotes += 1
            continue
        if w.text in _PUNCT_STOP or ctx.verb_at(k) is not None:
            return None
        if quotes % 2:
            continue
        if w.text == ":" or ctx.comp_at(k) == "bare" and w.text == "ان" \
                and ctx.doc.tok_span(k, k + 1).text[:1] == "إ":
            n = k + 1
            if n + 1 < s1 and toks[n].text == _QUOTE:
                return n + 1, True
            return n, False
    return None


def _complement_name(ctx: _Ctx, sp: _Speaker, s1: int) -> _Speaker | None:
    """«المسؤول عن الأمن في المدينة ماركوس هولتز إن»: a title with its complement in «عن»
    (words, no verb, comma or clause), then a person's name right before «إن / أن / :»: a
    person mention, or two or three words no lexicon holds after a definite word (no function
    word, preposition or frequent word alone). The name, or None."""
    toks = ctx.toks
    k = sp.end + 1
    while k < s1 and k < sp.end + 10:
        w = toks[k]
        if w.text == ":" or ctx.comp_at(k):
            break
        if not w.is_word or w.text in _RELATIVE or ctx.verb_at(k) or _stem_in(w, ctx.t.weekdays, prefixes=("",)):
            return None
        k += 1
    else:
        return None
    c = k
    if c >= s1 or c < sp.end + 3:
        return None
    m = ctx.m_end.get(c)
    if m is not None and m.tok_start > sp.end + 1:
        return _Speaker(m.tok_start, c, ctx.doc.entity_name(m) or None, False, m.key) if ctx.is_person(m) else None
    given = _given_names()
    common = _common_words()
    n = c
    while n > sp.end + 2 and c - n < 3:
        w = toks[n - 1]
        if w.text.startswith("ال") or ctx.m_start.get(n - 1) is not None or w.text in _NP_STOP \
                or w.text in ctx.t.prepositions or len(w.forms) > 1 and w.text not in given:
            break
        n -= 1
    if c - n < 2 or not toks[n - 1].text.startswith("ال"):
        return None
    if not any(toks[x].text in given or toks[x].text not in common for x in range(n, c)):
        return None
    return _Speaker(n, c, None, False)


def _subject_position(ctx: _Ctx, m, s0: int) -> bool:
    """Mention m, the first actor of its sentence that no preposition governs, may be the
    subject a participle of saying («، مشيرا إلى») goes back to: nothing between the
    sentence's start (after a leading adjunct closed by a comma: «من جانبه،», «في كلمته،»)
    and it is a preposition, a word with «ب / ل» attached, a complementiser, a relative
    pronoun or a second verb of saying; else it is an object or a genitive («ردا على قيام
    الولايات المتحدة», «وتوعد شيوخ ... بإغلاق مجلس المحافظة»)."""
    toks = ctx.toks
    t = ctx.t
    k = s0
    if toks[k].text in t.prepositions or ctx.is_filler(k, m.tok_start) or any(
            pre.endswith(("ب", "ل")) for pre, _ in toks[k].forms[1:2]):
        c = next((n for n in range(k, m.tok_start) if toks[n].text in _COMMA), None)
        if c is not None:
            k = c + 1
    common = _common_words()
    n = k
    while n < m.tok_start:
        w = toks[n]
        mm = ctx.m_start.get(n)
        if mm is not None:
            n = mm.tok_end
            continue
        # (a genitive with «لـ» after a definite word belongs to a title: «وزير الدولة
        # الإماراتي للشؤون الخارجية»)
        # (nor a day: after «مساء الخميس،» comes the object: «انتقد الوزير ... مساء الخميس،
        # قرار الولايات المتحدة ...، قائلا»)
        if w.text in t.prepositions or w.text in _RELATIVE or ctx.comp_at(n) or n > k and ctx.verb_at(n) \
                or w.text in t.weekdays \
                or any((pre == "ب" or pre in ("ل", "لل") and not (n > k and toks[n - 1].text.startswith("ال")))
                       and stem in common for pre, stem in w.forms[1:]):
            return False
        n += 1
    return True


def _comma_then_close(ctx: _Ctx, k: int, s1: int) -> bool:
    """A quick test before :func:`_appositive_name`: a comma within eight tokens from k,
    then, two to six tokens on, a comma, colon or «إن / أن» (by its text alone)."""
    toks = ctx.toks
    for c in range(k, min(s1, k + 9)):
        if toks[c].text in _COMMA:
            for n in range(c + 3, min(s1, c + 7)):
                tx = toks[n].text
                if tx in _COMMA or tx == ":" or tx in ctx.t.comp_keys:
                    return True
            return False
    return False


def _title_then_name(ctx: _Ctx, j: int, s1: int) -> _Speaker | None:
    """«وقال النائب الكويتي، وليد الطبطبائي، إن», «وأكد المرشد الإيراني، علي خامنئي، أن»: a
    title no lexicon lists (two to six plain words from token j, up to a comma) before the
    name of its holder between commas (:func:`_appositive_name`)."""
    toks = ctx.toks
    if not _comma_then_close(ctx, j, s1):
        return None
    k = j
    while k < s1 and k < j + 8 and toks[k].is_word:
        w = toks[k]
        if w.text in _RELATIVE or ctx.verb_at(k) or ctx.comp_at(k) or _stem_in(w, ctx.t.weekdays, prefixes=("",)) \
                or k == j and (w.text in _NP_STOP or w.text in ctx.t.prepositions or w.text in ctx.t.generic_not
                               or _stem_in(w, ctx.t.fillers_days, prefixes=("",)) or any(pre for pre, _ in w.forms[1:2])
                               or ctx.m_start.get(k) is not None and ctx.is_person(ctx.m_start[k])):
            return None
        k += 1
    if k - j < 2 or k >= s1 or toks[k].text not in _COMMA:
        return None
    return _appositive_name(ctx, _Speaker(j, k, None, False), s1)


def _contrast_subject(ctx: _Ctx, i: int, s0: int, s1: int, cue: VerbCue, conj: bool) -> _Speaker | None:
    """«لكن بريسكا قالت إن», «لكن رئيس الفريق سمير زعتور قال إن», «أما السفير الروسي في
    واشنطن فقال إن»: after a particle of contrast (``contrast_words``; «أما» takes «ف» on the
    verb) the words up to a verb of saying that opens its content («إن / أن / :», its
    preposition and «أن») are its subject: one to six words, the first no function word,
    preposition or adjunct, none a verb, complementiser, relative pronoun or punctuation."""
    toks = ctx.toks
    t = ctx.t
    k = i + 1
    if k < s1 and cue.preps and _stem_in(toks[k], cue.preps, prefixes=("",)) and k + 1 < s1:
        k += 1
    if k >= s1 or not (toks[k].text == ":" or ctx.comp_at(k) and toks[k].text[:1] not in ("و", "ف")):
        return None
    end = i
    if toks[end - 1].text in ("فقد", "قد") and conj is False:
        if toks[end - 1].text == "قد":
            return None  # (np_left reads «X قد قال»)
        end -= 1  # «أما X، فقد قال»
    elif conj and toks[i].text[:1] != "ف":
        return None
    while end - 1 > s0 and toks[end - 1].text in _COMMA:
        end -= 1
    for p in range(end - 1, max(s0 - 1, end - 8), -1):
        w = toks[p]
        if w.text in t.contrast_words:
            amma = w.text in t.contrast_amma
            if amma != (conj or toks[i - 1].text == "فقد"):
                return None  # «أما X فقال», «لكن X قال»
            j = p + 1
            if end - j < 1 or end - j > 6:
                return None
            f = toks[j]
            if not f.is_word or f.text in _NP_STOP or f.text in t.prepositions or f.text in t.generic_not \
                    or _stem_in(f, t.fillers_days, prefixes=("",)) or f.text[0].isdigit():
                return None
            for n in range(j, end):
                w = toks[n]
                if not (w.is_word or w.text == _QUOTE or w.text in _COMMA and n > j) or w.text in _RELATIVE \
                        or ctx.verb_at(n) or ctx.comp_at(n) or w.text in ("قد", "لقد", "لم", "لن", "لا"):
                    return None
            if _in_quote(ctx, p, s0):
                return None  # «وأضاف: "...، لكن رئيس الفريق قال إنه ..."»: a statement quoted
            # an apposition after a comma describes the subject: «لكن المكتب الإعلامي، التابع
            # للفصيل، قال», «لكن المسؤول، من جانبه، أكد»
            end = next((n for n in range(j + 1, end) if toks[n].text in _COMMA), end)
            m = ctx.m_end.get(end)
            actor, key = None, None
            if m is not None and m.tok_start >= j and (m.tok_start == j or ctx.is_person(m)):
                actor, key = ctx.doc.entity_name(m) or None, m.key
            return _Speaker(j, end, actor, f.text in t.anon_heads and actor is None, key)
        if not (w.is_word or w.text == _QUOTE or w.text in _COMMA) or w.text in _RELATIVE or ctx.verb_at(p):
            return None
    return None


def _relative_source(ctx: _Ctx, j: int, s1: int) -> _Speaker | None:
    """«حسبما أفاد سمير خليل مراسل الجزيرة», «وفق ما ذكرت نقابات عمالية», «بحسب ما أعلنت
    السلطات المحلية الاثنين»: after «حسبما» and a verb of saying, the words no lexicon names
    from token j are its subject. They end the sentence or stop at a comma, an adjunct (a day,
    a preposition, an audience «لرويترز») or, after a name, at a title («مراسل»); a verb, a
    complementiser or a quotation after them, or a frequent word heading them, is no subject."""
    toks = ctx.toks
    t = ctx.t
    if j >= s1 or not ctx._generic_word(j) or toks[j].text in t.generic_not \
            or ctx.doc.mention_starting(j) is not None:
        return None
    head = not t.heads.isdisjoint(toks[j].stems)
    if not head and not toks[j].text.startswith("ال") and toks[j].text in _common_words() \
            and not (j + 1 < s1 and _plural_nisba(toks[j + 1].text) or j + 1 < s1
                     and toks[j + 1].text.endswith("يه") and toks[j].text.endswith(("ات", "يه"))):
        return None  # a frequent indefinite word is a subject only with its adjective («نقابات عمالية»)
    k = j + 1
    if k + 1 < s1 and toks[k].text == "من" and toks[j].text.removeprefix("ال") in t.generic_quant \
            and toks[k + 1].text.startswith("ال"):
        k += 1  # «حسبما قال الكثير من الجنود»
    while k < s1 and k < j + 6:
        w = toks[k]
        if not w.is_word or _stem_in(w, t.fillers_days, prefixes=("",)) or w.text in t.prepositions \
                or w.text in _RELATIVE or any(pre in ("ل", "لل") for pre, _ in w.forms[1:]) \
                or not head and not t.heads.isdisjoint(w.stems) and ctx.name_words(j, k):
            break  # (a title after a name: «سمير خليل مراسل الجزيرة» is «سمير خليل»)
        if w.text in _NP_STOP or ctx.verb_at(k) or ctx.comp_at(k) or ctx.doc.mention_starting(k) is not None:
            return None
        k += 1
    if k < s1 and (k >= j + 6 or toks[k].text == _QUOTE or toks[k].text == ":"):
        return None
    anonymous = toks[j].text in t.anon_heads
    return _Speaker(j, k, None, anonymous)


def _colon_headline(ctx: _Ctx, i: int, s1: int) -> _Item | None:
    """«الأمم المتحدة: القتال في الغوطة أدى إلى ...»: a source and a colon open the sentence."""
    sp = ctx.np_right(i, s1)
    colon = sp.end if sp is not None else s1
    if colon < s1 and (m := ctx.m_start.get(colon)) is not None \
            and any(pre in ("ل", "لل") for pre, _ in ctx.toks[colon].forms[1:]):
        colon = m.tok_end  # «ترامب لروحاني: ...»: the addressee before the colon
    if sp is None or colon + 1 >= s1 or ctx.toks[colon].text != ":":
        return None
    if sp.actor is None and not sp.anonymous:
        return None
    a = ctx.doc.actors.get(sp.mention_key) if sp.mention_key else None
    if a is not None and a.type == "state":
        return None  # «سوريا: مقتل ...»: a country before a colon is the topic, not a source
    c = colon + 1
    direct = ctx.toks[c].text == _QUOTE
    return _Item(sp, (colon, colon + 1), c + direct, direct, "neutral", s1)


def _to_attr(ctx: _Ctx, it: _Item) -> Attribution:
    doc = ctx.doc
    toks = ctx.toks
    span = doc.norm.span

    def tok_span(i: int, j: int) -> Span:  # doc.tok_span, one call less
        return span(toks[i].start, toks[j - 1].end)

    def spk(s: _Speaker) -> SpeakerSpan:
        sp = tok_span(s.start, s.end)
        return SpeakerSpan(sp.text, sp.start, sp.end, s.actor)

    cs, ce = it.content_start, it.content_end if it.content_end is not None else it.sent_end
    if ce <= cs:
        ce = min(cs + 1, len(doc.tokens))
    content = tok_span(cs, ce)
    cue = tok_span(*it.cue)
    return Attribution(
        speaker=spk(it.speaker), cue=Span(cue.text, cue.start, cue.end), content=content,
        direct=it.direct, via=spk(it.via) if it.via is not None else None,
        anonymous=it.speaker.anonymous, stance=it.stance,
    )
