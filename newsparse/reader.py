"""Read Arabic text: normalise it for matching while keeping a map back to the original.

The normalised text is what every matcher and extractor works on; the offset map turns any
span of it into ``start``/``end`` offsets of the text the user gave, so that
``original[start:end]`` is exactly the reported text.

Normalisation (per character, so the map stays exact):

* camel-tools' ``normalize_unicode`` (NFKC: presentation forms, ligatures, full-width forms)
  and alef / alef-maksura / teh-marbuta normalisation (أ إ آ ٱ → ا, ى → ي, ة → ه);
* diacritics (harakat, shadda, sukun, dagger alef): a superset of camel-tools'
  ``AR_DIAC_CHARSET``, removed here rather than by ``dediac_ar`` because importing
  ``camel_tools.utils.charsets`` costs half a second at start-up (a test keeps the sets in
  step);
* what Arabic news needs besides: tatweel, Quranic marks, zero-width and bidi control
  characters removed; hamza on waw and yeh (ؤ ئ → و ي); Arabic-Indic and Persian digits to
  ASCII; Arabic decimal and thousands separators; typographic quotes to ``"``; Persian
  keh / yeh to Arabic kaf / yeh; every horizontal space to a plain space.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence

from .model import Span


def _compiled(name: str):
    """A function of the compiled inner loops (``newsparse/_speedups.c``: the same results as
    the Python code it replaces), or None when they were not built or ``NEWSPARSE_PURE_PYTHON``
    is set."""
    import os

    if os.environ.get("NEWSPARSE_PURE_PYTHON", "").strip() not in ("", "0"):
        return None
    try:
        from . import _speedups
    except ImportError:
        return None
    return getattr(_speedups, name, None)


_C_TOKENS = _compiled("tokens")  # tokenize's loop
_C_TRANSLATE = _compiled("translate")  # normalize's str.translate
_C_SENTENCES = _compiled("sentence_bounds")
_C_POSITIONS = _compiled("positions")

# Characters removed outright (they carry no letter): tatweel, Quranic annotation marks,
# Arabic diacritics beyond camel's set, zero-width and bidi controls, BOM, soft hyphen.
_REMOVE = set(
    "\u0640"  # tatweel
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7"
    "\u06e8\u06ea\u06eb\u06ec\u06ed"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u061c\ufeff\u00ad\u2060"
)

_EXTRA = {
    "\u0624": "\u0648",  # ؤ → و
    "\u0626": "\u064a",  # ئ → ي
    "\u06cc": "\u064a",  # Persian yeh → yeh
    "\u06d2": "\u064a",
    "\u06a9": "\u0643",  # keheh → kaf
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u060c": "\u060c",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u02ba": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
    "\r": " ",  # a lone CR (old Mac line ends) still parts words; CRLF gives " \n"
    "\t": " ", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2028": "\n", "\u2029": "\n",
}
for _i in range(10):
    _EXTRA[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _EXTRA[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits


@lru_cache(maxsize=None)
def _camel():
    """camel-tools' data-free utilities, imported the first time text is normalised."""
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    def run(s: str) -> str:
        s = normalize_unicode(s)
        s = normalize_alef_ar(s)
        s = normalize_alef_maksura_ar(s)
        return normalize_teh_marbuta_ar(s)

    return run


def _char_norm(c: str) -> str:
    """The normalised form of one character (possibly empty or several characters)."""
    if c in _REMOVE:
        return ""
    if c in _EXTRA:
        return _EXTRA[c]
    if c < "\u0080":
        return c
    out = []
    for ch in _camel()(c):
        if ch in _REMOVE:
            continue
        ch = _EXTRA.get(ch, ch)
        if ch.isspace() and ch != "\n":
            ch = " "
        elif ch.isdigit() and not ch.isascii():
            try:
                import unicodedata

                ch = str(unicodedata.decimal(ch))
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


_TABLE: dict[str, str] = {}


@dataclass(frozen=True)
class Normalized:
    """Normalised text with, for each of its characters, the original range it came from."""

    original: str
    text: str
    starts: Sequence[int]  # lists (tuples before 0.2); index them, do not mutate
    ends: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the normalised text to a span of the original text.

        Characters removed by normalisation (diacritics, tatweel) that follow the last
        character of the span belong to it, so the original span reads naturally.
        """
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def span(self, start: int, end: int) -> Span:
        """A :class:`newsparse.model.Span` of the original text for a normalised span."""
        if end <= start:
            s, e = self.to_original(start, end)
        else:
            starts = self.starts
            if starts.__class__ is range and 0 <= start and end <= len(starts):
                s, e = start, end  # nothing removed or expanded: the identity
            else:
                s, e = starts[start], self.ends[end - 1]
        return Span(self.original[s:e], s, e)


# ``normalize`` works with str.translate over a table of every character seen so far
# (``_FULL``: code point → replacement, filled lazily from ``_char_norm``) and builds the offset
# map only around the characters whose replacement is not exactly one character (removed or
# expanded: ``_SPECIAL``, found with one regex); between them the map is an identity shift.
_FULL: dict[int, str] = {}
_BMP: list = [None] * 0x10000  # _FULL's values by code point, for the compiled translate
_SPECIAL: dict[str, str] = {}  # characters normalised to "" or to several characters
# the pure-Python path's two regexes, compiled on first use after the table grew (the
# compiled translate needs neither: it finds both kinds of characters in its own pass)
_SPECIAL_RE: list = [None]  # a character of _SPECIAL
_UNKNOWN_RE: list = [None]  # any character not in _FULL yet


def _char_class(chars) -> str:
    out = []
    for c in sorted(chars):
        out.append(("\\" + c) if c in "\\]^-[" else c)
    return "".join(out)


def _learn(chars) -> None:
    """Add characters not yet in the translate table."""
    table = _TABLE
    for c in chars:
        r = table.get(c)
        if r is None:
            r = table[c] = _char_norm(c)
        _FULL[ord(c)] = r
        if ord(c) < 0x10000:
            _BMP[ord(c)] = r
        if len(r) != 1:
            _SPECIAL[c] = r
    _SPECIAL_RE[0] = _UNKNOWN_RE[0] = None


def _special_re() -> re.Pattern:
    """The regex of the characters normalised to "" or to several characters."""
    if _SPECIAL_RE[0] is None:
        _SPECIAL_RE[0] = re.compile("[" + _char_class(_SPECIAL) + "]") if _SPECIAL else re.compile(r"(?!)")
    return _SPECIAL_RE[0]


def _unknown_re() -> re.Pattern:
    """The regex of any character not in the translate table yet."""
    if _UNKNOWN_RE[0] is None:
        _UNKNOWN_RE[0] = re.compile("[^" + _char_class(map(chr, _FULL)) + "]") if _FULL else re.compile(r"[\s\S]")
    return _UNKNOWN_RE[0]


class _OffsetMap(Sequence):
    """``starts`` or ``ends`` of a :class:`Normalized` text, stored as segments: in an
    identity segment the value grows with the position (``base + q - q0``), in the segment of
    an expanded character (a ligature) it stays ``base``; ``ends`` also has the overrides of
    characters followed by removed ones. Read-only; indexing is O(log segments)."""

    __slots__ = ("_n", "_q0", "_base", "_step", "_over", "_plus")

    def __init__(self, n, q0, base, step, over, plus):
        self._n, self._q0, self._base, self._step, self._over, self._plus = n, q0, base, step, over, plus

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, q):
        if q.__class__ is int and 0 <= q < self._n:
            if self._over:
                v = self._over.get(q)
                if v is not None:
                    return v
            k = bisect_right(self._q0, q) - 1
            return self._base[k] + (q - self._q0[k] if self._step[k] else 0) + self._plus
        if isinstance(q, slice):
            return [self[k] for k in range(*q.indices(self._n))]
        q = int(q)
        if q < 0:
            q += self._n
        if not 0 <= q < self._n:
            raise IndexError("offset map index out of range")
        return self[q]  # now a plain index in range: the fast path above

    def __eq__(self, other):
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._n and all(x == y for x, y in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"_OffsetMap({list(self)!r})"


def _translated(text: str, specials: bool):
    """``text`` through the translate table (learning its new characters first) and, with
    ``specials``, the positions of its characters normalised to "" or to several characters."""
    if not _FULL:
        _learn(_translate_table_chars())
    if _C_TRANSLATE is not None:
        out = _C_TRANSLATE(text, _BMP, _FULL, specials)  # None: a character not in the table yet
        if out is None:
            _learn([c for c in set(text) if ord(c) not in _FULL])
            out = _C_TRANSLATE(text, _BMP, _FULL, specials)
        return out
    if _unknown_re().search(text):
        _learn([c for c in set(text) if ord(c) not in _FULL])
    out = text.translate(_FULL)
    return (out, [m.start() for m in _special_re().finditer(text)]) if specials else out


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map back to it."""
    out, at = _translated(text, True)
    n = len(out)
    q0: list[int] = []  # segments of the map: first output position, base, step (1 or 0)
    base: list[int] = []
    step: list[int] = []
    over: dict[int, int] = {}  # ends of characters followed by removed characters
    a = 0  # next original character not yet mapped
    q = 0  # its output position
    special = _SPECIAL
    for p in at:
        if p > a:
            q0.append(q)
            base.append(a)
            step.append(1)
            q += p - a
        r = special[text[p]]
        if not r:
            if q:
                over[q - 1] = p + 1
        else:
            q0.append(q)
            base.append(p)
            step.append(0)
            q += len(r)
        a = p + 1
    if a == 0:  # nothing removed or expanded: the identity
        return Normalized(text, out, range(n), range(1, n + 1))
    if len(text) > a:
        q0.append(q)
        base.append(a)
        step.append(1)
    if not n:
        return Normalized(text, out, range(0), range(0))
    return Normalized(text, out, _OffsetMap(n, q0, base, step, None, 0), _OffsetMap(n, q0, base, step, over, 1))


def _translate_table_chars() -> list[str]:
    """ASCII, Latin-1, the Arabic block, general punctuation and every special character."""
    chars = [chr(i) for i in (*range(0x0000, 0x0100), *range(0x0600, 0x0700), *range(0x2000, 0x2070))]
    return chars + list(_EXTRA) + list(_REMOVE)


def normalize_text(text: str) -> str:
    """The normalised form of ``text`` alone (for lexicon keys and quick comparisons);
    ``normalize_text(s) == normalize(s).text``: the same table, without the offset map."""
    return _translated(text, False)


# ---------------------------------------------------------------- tokens and clitics

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\d+|\S")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_MIN_STEM = 2


def clitic_forms(tok: str) -> tuple[tuple[str, str], ...]:
    """Readings of a normalised token as ``(prefix, stem)``, the token itself first.

    Conjunctions و ف, then prepositions ب ل ك, may be attached; ل + ال is written لل.
    The article ال stays on the stem (gold and lexicons keep it). «والطابيه» →
    ('', 'والطابيه'), ('و', 'الطابيه'); «للدير» → ('', 'للدير'), ('لل', 'الدير').
    """
    # written out for speed: it runs once for every word not seen before
    n = len(tok)
    if n <= _MIN_STEM or not "\u0621" <= tok[0] <= "\u064a":
        return (("", tok),)  # too short for a clitic and a stem, or not Arabic
    c = tok[0]
    if c == "ل" and tok[1] == "ل":  # ل + ال
        first = ("لل", "ال" + tok[2:]) if n - 2 >= _MIN_STEM else None
    elif c in _PREP and n - 1 >= _MIN_STEM + 1:
        first = (c, tok[1:])
    else:
        first = None
    if c not in _CONJ:
        return (("", tok), first) if first else (("", tok),)
    forms = [("", tok), (c, tok[1:])]
    if first:
        forms.append(first)
    if tok[1] == "ل" and tok[2] == "ل":  # و + ل + ال
        if n - 3 >= _MIN_STEM:
            forms.append((c + "لل", "ال" + tok[3:]))
    elif tok[1] in _PREP and n - 2 >= _MIN_STEM + 1:
        forms.append((c + tok[1], tok[2:]))
    return tuple(forms)


class Token:
    """A word or punctuation mark: normalised text, offsets in the normalised text.

    ``forms`` are the clitic readings (:func:`clitic_forms`), ``stems`` their stems, ``is_word``
    whether it starts with a letter or digit; all three are computed once, from the text.
    Tokens compare by (text, start, end, index). Treat them as immutable."""

    __slots__ = ("text", "start", "end", "index", "forms", "stems", "is_word")

    def __init__(self, text: str, start: int, end: int, index: int,
                 forms: tuple[tuple[str, str], ...] = ()) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.index = index
        self.forms = forms
        self.stems = tuple(s for _, s in forms)
        self.is_word = text[:1].isalnum()

    def _key(self):
        return (self.text, self.start, self.end, self.index)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r}, "
                f"index={self.index!r}, forms={self.forms!r})")

    def __reduce__(self):
        return (Token, (self.text, self.start, self.end, self.index, self.forms))


class WordMemo:
    """A bounded memo of a function of one string: the entries used since the last turnover
    (``hot``) and those of the generation before (``cold``, promoted when used again). When
    ``hot`` holds ``size`` entries it becomes ``cold`` and the oldest generation is dropped, so
    at most ``2 * size`` entries are kept and the frequent words always stay. A hit is one
    dict lookup (cheaper than ``lru_cache``'s reordering)."""

    __slots__ = ("fn", "size", "hot", "cold")

    def __init__(self, fn, size: int) -> None:
        self.fn = fn
        self.size = size
        self.hot: dict = {}
        self.cold: dict = {}

    def miss(self, key, *args):
        """The value for ``key`` (not in ``hot``): from ``cold`` or ``fn(key, *args)``."""
        v = self.cold.get(key)
        if v is None:
            v = self.fn(key, *args)
        hot = self.hot
        if len(hot) >= self.size:
            self.cold = hot
            hot = self.hot = {}
        hot[key] = v
        return v

    def __call__(self, key):
        v = self.hot.get(key)
        return v if v is not None else self.miss(key)

    def cache_clear(self) -> None:
        self.hot = {}
        self.cold = {}

    def __len__(self) -> int:
        return len(self.hot) + len(self.cold)


def _compute_token_info(t: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], bool]:
    forms = clitic_forms(t)
    return forms, (t,) if len(forms) == 1 else tuple([s for _, s in forms]), t[:1].isalnum()


# (forms, stems, is_word) of a token's text, memoised: up to 2 × 32,768 texts
_token_info = WordMemo(_compute_token_info, 1 << 15)


def token_stems(text: str) -> tuple[str, ...]:
    """The clitic-stripped stems of a normalised token's text (memoised)."""
    return _token_info(text)[1]


def tokenize(norm: str, offset: int = 0, first_index: int = 0,
             index: dict[str, list[int]] | None = None) -> list[Token]:
    """Word and punctuation tokens of normalised text, with clitic readings. A dict passed
    as ``index`` receives, on the way, each stem → the indices of the tokens having it,
    ascending (``Doc.index``): a rule keyed on a few words then visits only the tokens that
    carry them (see :func:`positions`). The loop over tokens runs compiled when
    ``newsparse._speedups`` was built (the same tokens and index as :func:`_tokenize_py`)."""
    if _C_TOKENS is not None:
        return _C_TOKENS(norm, offset, first_index, Token, _token_info, index)
    return _tokenize_py(norm, offset, first_index, index)


def _tokenize_py(norm: str, offset: int = 0, first_index: int = 0,
                 index: dict[str, list[int]] | None = None) -> list[Token]:
    """:func:`tokenize` in Python: the reference for the compiled loop."""
    toks = []
    append = toks.append
    new = object.__new__
    memo = _token_info
    hot = memo.hot
    miss = memo.miss
    find = norm.find
    idx = index
    iget = None if idx is None else idx.get
    pos = 0
    k = first_index
    # only spaces lie between two matches (every other character is a token of its own), so
    # a token starts where its text is next found: cheaper than a match object per token
    for t in _TOKEN_RE.findall(norm):
        s = find(t, pos)
        pos = s + len(t)
        tok = new(Token)
        tok.text = t
        tok.start = s + offset
        tok.end = pos + offset
        tok.index = k
        inf = hot.get(t)
        if inf is None:
            inf = miss(t)
            hot = memo.hot  # a turnover replaces the dict
        tok.forms, stems, tok.is_word = inf
        tok.stems = stems
        if iget is not None:
            for st in stems:  # a token's stems are distinct: no index is added twice
                at = iget(st)
                if at is None:
                    idx[st] = [k]
                else:
                    at.append(k)
        append(tok)
        k += 1
    return toks


# the large static word sets that every document is asked for (see :func:`indexed_words`)
_INDEXED: dict[int, frozenset[str]] = {}
_INDEXED_UNION: set[str] = set()
_NARROWED: list = [None, None]  # (the last index asked for an indexed set, its narrowed index)


def indexed_words(words: frozenset[str]) -> frozenset[str]:
    """``words``, registered as a set that :func:`positions` is asked for in every document
    (the first words of titles, the verbs of saying, ...). Each is a pass over the document's
    stems; for the registered sets that pass is made once per document, over the union, and
    each set then scans only the stems that are in one of them (a few dozen of hundreds)."""
    if id(words) not in _INDEXED:
        _INDEXED[id(words)] = words  # (kept alive: its id stays its own)
        _INDEXED_UNION.update(words)
        _NARROWED[:] = [None, None]
    return words


def _narrowed(index: dict[str, list[int]]) -> dict[str, list[int]]:
    """``index`` restricted to the stems of the registered sets (the same lists), for the
    last index asked for (a document's index is complete before any rule reads it)."""
    if _NARROWED[0] is not index:
        keys = list(filter(_INDEXED_UNION.__contains__, index))
        _NARROWED[:] = [index, dict(zip(keys, map(index.__getitem__, keys)))]
    return _NARROWED[1]


def positions(index: dict[str, list[int]], words) -> list[int]:
    """Ascending indices of the tokens having a stem in ``words`` (a set or a dict's keys).
    The list may be the index's own: do not change it."""
    if id(words) in _INDEXED and _INDEXED[id(words)] is words:
        index = _narrowed(index)
    if _C_POSITIONS is not None:
        return _C_POSITIONS(index, words)
    return _positions_py(index, words)


def _positions_py(index: dict[str, list[int]], words) -> list[int]:
    """:func:`positions` in Python: the reference for the compiled one."""
    keys = index.keys() & words
    if not keys:
        return []
    if len(keys) == 1:
        return index[keys.pop()]
    return sorted(set().union(*[index[k] for k in keys]))


# ---------------------------------------------------------------- sentences

_SENT_END = re.compile(r'[.!?؟؛]+["\')\]]*(?=\s|$)|\n+')


def sentence_bounds(norm: str) -> list[tuple[int, int]]:
    """Sentence spans of normalised text: ends at . ! ? ؟ ؛ (and closing quotes) and at line
    breaks. Leading and trailing spaces are trimmed; empty sentences are dropped."""
    if _C_SENTENCES is not None:
        return _C_SENTENCES(norm)
    return _sentence_bounds_py(norm)


def _sentence_bounds_py(norm: str) -> list[tuple[int, int]]:
    """:func:`sentence_bounds` in Python: the reference for the compiled one."""
    bounds = []
    pos = 0
    for m in _SENT_END.finditer(norm):
        end = m.end() if m.group()[0] != "\n" else m.start()
        bounds.append((pos, end))
        pos = m.end()
    bounds.append((pos, len(norm)))
    out = []
    for s, e in bounds:
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# ---------------------------------------------------------------- decoding input bytes


class InputError(ValueError):
    """Input that is not readable text; the message is one line for the user."""


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes of an article: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
    without one when the text is plainly Arabic or Latin), Windows-1256 or ISO-8859-6.
    Binary data (NUL bytes, control characters) is refused with :class:`InputError`. CRLF
    and CR line ends become LF."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        enc = "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    else:
        enc = None
    if enc is None and b"\x00" in data:
        enc = _bomless_utf16(data)
        if enc is None:
            raise InputError(f"{name}: not a text file (it contains NUL bytes)")
    text = None
    if enc:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid {enc.upper()} text ({e.reason} at byte {e.start})") from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{name}: neither UTF-8 nor Windows-1256 text (undecodable byte at {e.start})"
                ) from None
            # real Windows-1256 news is Arabic (and ASCII); random bytes decode to a mix that
            # is heavy in its Latin-1 letters and symbols, and so does ISO-8859-6 text
            if not _ARABIC_RE.search(text) or _share(_CP1256_ODD_RE, text) > 0.05 or _looks_binary(text):
                text = _iso_8859_6(data)
                if text is None:
                    raise InputError(f"{name}: not UTF-8 text, and not Arabic in Windows-1256 or ISO-8859-6 either")
    if text.startswith("\ufeff"):
        text = text[1:]
    if enc == "utf-16" and _share(_COMMON_RE, text) < 0.5:
        # random bytes after a UTF-16 mark decode to CJK and private-use soup
        raise InputError(f"{name}: not text (UTF-16 mark, but mostly characters of no news script)")
    if _looks_binary(text):
        raise InputError(f"{name}: not a text file (it contains binary control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` (which has NUL bytes and no BOM) reads as
    Arabic or Latin text in one of them (spaces, digits and Latin letters put a NUL in every
    other byte), else None."""
    if len(data) % 2:
        return None
    best, share = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sh = _share(_COMMON_RE, text)
        if sh > share and not _looks_binary(text):
            best, share = enc, sh
    return best if share >= 0.95 else None


def _iso_8859_6(data: bytes) -> str | None:
    """``data`` as ISO-8859-6 when that gives Arabic text (it has no letters outside
    Arabic and ASCII, and undefined bytes make random data fail), else None."""
    try:
        text = data.decode("iso8859_6")
    except UnicodeDecodeError:
        return None
    if _looks_binary(text):
        return None
    # Latin-1 text (é, à, ç) decodes to Latin words with stray Arabic letters inside them
    letters = [c for c in text[:8192] if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0621" <= c <= "\u064a")
    if not letters or arabic / len(letters) < 0.5 or _STRAY_RE.search(text[:8192]):
        return None
    return text


_STRAY_RE = re.compile(r"[A-Za-z][\u0621-\u064a]|[\u0621-\u064a][A-Za-z]")


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CP1256_ODD_RE = re.compile(r"[\u0080-\u00aa\u00ac-\u00ba\u00bc-\u024f\u02c6\u2020-\u2030\u2039\u203a\u20ac\u2122\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06a9]")
# scripts and marks of Arabic news: Arabic, Latin, digits, punctuation, spaces
_COMMON_RE = re.compile(r"[\u0000-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff\s]")


def _share(pattern: re.Pattern, text: str) -> float:
    """Share of the non-space characters of (a sample of) ``text`` that ``pattern`` matches."""
    sample = "".join(text[:8192].split())
    return len(pattern.findall(sample)) / len(sample) if sample else 1.0


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    return len(_CONTROL_RE.findall(sample)) > max(2, len(sample) // 1000)
