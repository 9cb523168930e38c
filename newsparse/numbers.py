"""Read Arabic cardinal numbers from normalised tokens: digits, words and mixtures.

``read_number(tokens, i)`` reads the cardinal starting at ``tokens[i]`` and returns
``(value, j)`` with ``tokens[i:j]`` the number, or ``None``. It handles

* digits with thousands separators and decimals («1,500», «1.500.000», «2.5»);
* number words in every gender and case form (data in ``data/numbers.yaml``), teens
  («ثلاثة عشر»), tens, hundreds («ثلاثمئة», «ثلاث مئة», «مئتين»), thousands and millions
  («ألف», «ألفين», «ثلاثة آلاف», «عشرون ألفا», «مليون», «مليونين»);
* compounds joined by و, written attached («خمسة وعشرين», «ألف وثلاثمائة وخمسة وعشرون») or
  with a detached «و»;
* digits with a scale word («11 ألف», «2.5 مليون», «مليون و200 ألف») and fractions of a
  scale word («نصف مليون», «مليون ونصف»).

Ordinals («الثالث», «ثالث», «الخامسة») and definite forms («العشرين») are not read. A lone
«آلاف»/«ملايين» or «عشرات» is a vague quantity, not a number (see ``casualties``).
A first token with an attached و («وخمسة») is read too: callers list items with it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .lexicon import load_data
from .reader import normalize_text

# atom kinds
_DIGITS, _UNIT, _TEEN, _TEN, _HUNDRED, _SCALE, _DUAL, _PLURAL, _FRAC = range(9)


@lru_cache(maxsize=None)
def _lexicon() -> dict:
    """Normalised word → (kind, value) tables, built once from ``numbers.yaml``."""
    data = load_data("numbers.yaml")
    n = normalize_text
    units = {n(w): int(v) for v, ws in data["units"].items() for w in ws}
    teen_first = {n(w): int(v) for v, ws in data["teen_first"].items() for w in ws}
    teen_second = frozenset(n(w) for w in data["teen_second"])
    tens = {n(w): int(v) for v, ws in data["tens"].items() for w in ws}
    hundred = frozenset(n(w) for w in data["hundred"])
    hundreds = {n(w): int(v) for v, ws in data["hundreds"].items() for w in ws}
    scales: dict[str, tuple[int, int]] = {}
    for v, forms in data["scales"].items():
        for w in forms.get("singular", ()):
            scales[n(w)] = (_SCALE, int(v))
        for w in forms.get("dual", ()):
            scales[n(w)] = (_DUAL, int(v))
        for w in forms.get("plural", ()):
            scales[n(w)] = (_PLURAL, int(v))
    fractions = {n(w): float(v) for v, ws in data["fractions"].items() for w in ws}
    prefixes = tuple(n(p) for p in data["prefixes"])
    definite_units = {n(w): int(v) for v, ws in (data.get("definite_units") or {}).items() for w in ws}
    # every word that is a component by itself → (kind, value), the first table listing it
    # winning as in the order ``_atom`` used to try them
    atoms: dict[str, tuple[int, int | float]] = {}
    for kind, table in ((_UNIT, units), (_TEN, tens), (_HUNDRED, hundreds), (None, scales),
                        (_FRAC, fractions)):
        for w, v in table.items():
            if w not in atoms:
                atoms[w] = v if kind is None else (kind, v)
    return {
        "units": units, "teen_first": teen_first, "teen_second": teen_second, "tens": tens,
        "hundred": hundred, "hundreds": hundreds, "scales": scales, "fractions": fractions,
        "atoms": atoms, "prefixes": prefixes, "definite_units": definite_units, "prefix_first": frozenset(p[0] for p in prefixes),
        "prefix_lengths": tuple(sorted({len(p) for p in prefixes})),
    }


_MAX_DIGITS = 24  # «1.000.000.000.000.000» has 21 characters


def parse_digits(tok: str, scale_follows: bool = False) -> int | float | None:
    """Value of a digit token: «1500», «1,500», «1.500.000», «2.5», «2,5».

    A single «.» before exactly three digits («1.500») is a thousands separator unless a
    scale word follows («1.500 مليون» is 1.5 million)."""
    if not tok or not tok[0].isdigit() or not tok[-1].isdigit() or len(tok) > _MAX_DIGITS:
        return None  # (a run of digits longer than any figure is no number: a serial, an id)
    if tok.isdigit():
        return int(tok)
    for ch in tok:
        if not (ch.isdigit() or ch in ".,"):
            return None
    if "," in tok and "." in tok:
        dec = "." if tok.rfind(".") > tok.rfind(",") else ","
        grp = "," if dec == "." else "."
        ip, _, fp = tok.rpartition(dec)
        if grp in fp or dec in ip:
            return None
        return _num(float(ip.replace(grp, "") + "." + fp))
    sep = "," if "," in tok else "."
    parts = tok.split(sep)
    groups_of_three = all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3
    if len(parts) > 2:
        return int("".join(parts)) if groups_of_three else None
    ip, fp = parts
    if groups_of_three and (sep == "," or not scale_follows) and ip.strip("0"):
        return int(ip + fp)
    return _num(float(ip + "." + fp))


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _atom(tokens: Sequence[str], j: int, lex: dict, conj: bool, head: str | None = None):
    """One number component at ``tokens[j]``: ``(kind, value, next_j)`` or None.

    With ``conj`` the token must carry the conjunction و, attached («وعشرين») or as a
    separate token («و عشرين», «و 500»). ``head``, when given, is read instead of
    ``tokens[j]`` (the token without its clitic prefix, see :func:`read_number`)."""
    n = len(tokens)
    if j >= n:
        return None
    tok = tokens[j] if head is None else head
    if conj:
        if tok == "و":
            j += 1
            if j >= n:
                return None
            tok = tokens[j]
        elif len(tok) > 1 and tok[0] == "و":
            tok = tok[1:]
        else:
            return None
    if tok[:1].isdigit():
        nxt = tokens[j + 1] if j + 1 < n else ""
        v = parse_digits(tok, scale_follows=nxt in lex["scales"])
        return None if v is None else (_DIGITS, v, j + 1)
    teen = lex["teen_first"].get(tok)
    if teen is not None and j + 1 < n and tokens[j + 1] in lex["teen_second"]:
        return (_TEEN, 10 + teen, j + 2)
    atom = lex["atoms"].get(tok)
    if atom is None:
        return None
    kind, v = atom
    if kind == _UNIT and 3 <= v <= 9 and j + 1 < n and tokens[j + 1] in lex["hundred"]:
        return (_HUNDRED, v * 100, j + 2)
    return (kind, v, j + 1)


def clitic_heads(tok: str) -> list[str]:
    """``tok`` without each clitic prefix a number's first word may carry (``prefixes`` of
    numbers.yaml): «بخمسه» → «خمسه». The word left has four letters at least, or three when
    it is the first word of a teen («باحد» of «بأحد عشر»): «كميه» is no «ك» + «ميه» (100)."""
    lex = _lexicon()
    if tok[:1] not in lex["prefix_first"]:
        return []  # most tokens: digits, and words with no such prefix
    out = []
    for p in lex["prefixes"]:
        if tok.startswith(p):
            head = tok[len(p):]
            if len(head) >= 4 or (len(head) == 3 and head in lex["teen_first"]):
                out.append(head)
    return out


def read_number(tokens: Sequence[str], i: int) -> tuple[int | float, int] | None:
    """Read the cardinal starting at normalised ``tokens[i]``: ``(value, j)`` or None.

    ``tokens[i:j]`` is the number. The value is an int unless it is a decimal without a
    scale word («2.5»)."""
    lex = _lexicon()
    if i > 0 and i < len(tokens) and tokens[i] in lex["definite_units"]:
        # «المجندين الثلاثة»: the definite cardinal after the definite noun it counts
        prev = tokens[i - 1]
        if prev.startswith(("ال", "وال", "بال", "لل", "ولل")) and prev not in lex["definite_units"] \
                and (i + 1 >= len(tokens) or tokens[i + 1] not in lex["teen_second"]):
            return lex["definite_units"][tokens[i]], i + 1
        return None
    first = _atom(tokens, i, lex, conj=False)
    if first is None and i < len(tokens) and tokens[i][:1] == "و":
        first = _atom(tokens, i, lex, conj=True)  # «وخمسة» as the first item of a list
    if i < len(tokens):
        # a clitic prefix on the first word: «بخمسة عشر», «لثلاثة آلاف», «وأحد عشر» (whose
        # whole token is also «واحد», one): the reading that takes more tokens wins
        for head in clitic_heads(tokens[i]):
            alt = _atom(tokens, i, lex, conj=False, head=head)
            if alt is not None and (first is None or alt[2] > first[2]):
                first = alt
    if first is None:
        return None
    kind, v, j = first
    total = 0.0  # sum of completed scale parts
    group: float = 0  # the current part below the next scale word
    scale_cap = float("inf")  # a new scale part must stay below the last scale used
    if kind == _PLURAL:
        return None
    if kind == _FRAC:
        nxt = _atom(tokens, j, lex, conj=False)
        if nxt is None or nxt[0] != _SCALE:
            return None
        total, scale_cap, j, last = v * nxt[1], nxt[1], nxt[2], _SCALE
        return _finish(total, tokens, j, lex, scale_cap, last)
    if kind == _SCALE and j < len(tokens) and _dual_construct(tokens, i, j, lex):
        kind = _DUAL  # «قتل ألفا شخص»: the dual in construct (no ن) before the counted noun
    if kind in (_SCALE, _DUAL):
        total = v * (2 if kind == _DUAL else 1)
        scale_cap = v
        last = _SCALE
        return _finish(total, tokens, j, lex, scale_cap, last)
    group, last = v, kind
    return _continue(total, group, last, tokens, j, lex, scale_cap)


# words after «ألفا»/«مليونا» that make it the singular accusative («قتل ألفا من المدنيين»)
_NOT_COUNTED = frozenset(("من", "منهم", "في", "على", "علي", "الى", "عن", "او", "ام", "حتى", "بين"))


def _dual_construct(tokens: Sequence[str], i: int, j: int, lex: dict) -> bool:
    """Whether the scale word ending in «ا» at ``tokens[i]`` (``j`` = i + 1), which starts a
    number, is a dual in construct with the noun after it («ألفا شخص», «مليونا نازح»: 2,000
    and 2,000,000; the dual loses its ن before its complement) rather than the singular
    accusative («ألفا ومئتين», «نحو ألفا.», «29 ألفا» is read from «29»)."""
    tok = tokens[i]
    if not tok.endswith("ا"):  # («الفا» is «ألفا» normalised; «الألف» ends in ف)
        return False
    nxt = tokens[j]
    return nxt[:1].isalpha() and not nxt[:1].isdigit() and not nxt.startswith(("ال", "و")) \
        and nxt not in _NOT_COUNTED and nxt not in lex["atoms"] and _atom(tokens, j, lex, conj=False) is None


def _continue(total, group, last, tokens, j, lex, scale_cap):
    """Extend a number whose current group (below any scale word) is ``group``."""
    while True:
        # a scale word right after the group multiplies it: «خمسة آلاف», «11 ألف»
        nxt = _atom(tokens, j, lex, conj=False)
        if nxt is not None and nxt[0] in (_SCALE, _PLURAL) and nxt[1] < scale_cap and group:
            if nxt[0] == _PLURAL and not (last == _DIGITS or group <= 10):
                break
            total += group * nxt[1]
            scale_cap, group, j, last = nxt[1], 0, nxt[2], _SCALE
            return _finish(total, tokens, j, lex, scale_cap, last)
        cont = _atom(tokens, j, lex, conj=True)
        if cont is None:
            break
        ck, cv, cj = cont
        if last == _HUNDRED and ck in (_UNIT, _TEEN, _TEN):
            group, last, j = group + cv, ck, cj
        elif last == _UNIT and ck == _TEN and group % 100 < 10:
            group, last, j = group + cv, ck, cj
        else:
            break
    return _num(total + group), j


def _finish(total, tokens, j, lex, scale_cap, last):
    """After a scale word: «... وثلاثمائة وخمسة», «... و500», «... ونصف»."""
    cont = _atom(tokens, j, lex, conj=True)
    if cont is None:
        return _num(total), j
    ck, cv, cj = cont
    if ck == _FRAC:
        after = _atom(tokens, cj, lex, conj=False)  # «مليون ونصف مليون»
        if after is not None and after[0] == _SCALE and after[1] == scale_cap:
            cj = after[2]
        return _num(total + cv * scale_cap), cj
    if ck in (_UNIT, _TEEN, _TEN, _HUNDRED, _DIGITS) and cv < scale_cap:
        after = _atom(tokens, cj, lex, conj=False)
        if after is not None and after[0] in (_SCALE, _PLURAL) and after[1] >= scale_cap:
            # «12 ألفا و16 ألفا», «خمسة آلاف وستة آلاف»: a second number of the same scale
            # (a range or a list), not a part of this one
            return _num(total), j
        return _continue(total, cv, ck, tokens, cj, lex, scale_cap)
    return _num(total), j
