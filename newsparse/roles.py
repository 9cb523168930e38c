"""Role phrases that refer back to a person named in the article.

«التقى الرئيس الفرنسي إيمانويل ماكرون نظيره ... وقال الرئيس الفرنسي إن ...»: the second
«الرئيس الفرنسي» is Macron, and a statement it opens is his. A person's roles in an article
are the title phrase written right before their name there (a title of ``titles.yaml``'s
``person_titles`` and the words up to the name: «وزير الخارجية الأردني أيمن الصفدي») and, for
a listed person, the ``role`` of the lexicon (``people.yaml``), unless the article gave them
one. A bare role phrase (not itself before a name, not followed by a word that makes it
another role, «السابق», ``roles.yaml``; «الحالي» leaves the role the same) becomes a mention of the person with that role who was
named last before it, or of the only one named in the article. Nisba adjectives compare by
country, whatever their spelling or form («الأميركي» = «الأمريكي»).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Sequence

from .actors import _FUNCTION, _name_word, _nisba, _titles
from .doc import Doc, Mention
from .gazetteer import Entry, actor_entries
from .lexicon import load_data
from .reader import normalize_text, positions

Key = tuple[str, ...]


@lru_cache(maxsize=None)
def _data() -> tuple[frozenset[str], int]:
    data = load_data("roles.yaml") or {}
    mods = frozenset(normalize_text(w) for w in data.get("modifiers") or ())
    return mods, int(data.get("max_words") or 6)


@lru_cache(maxsize=None)
def _current() -> frozenset[str]:
    """``roles.yaml``: current, normalised («الحالي»): words that leave the role the same."""
    return frozenset(normalize_text(w) for w in (load_data("roles.yaml") or {}).get("current") or ())


@lru_cache(maxsize=None)
def _office_words() -> frozenset[str]:
    """``roles.yaml``: office_words, normalised («منصب»): a role phrase after them is the office."""
    return frozenset(normalize_text(w) for w in (load_data("roles.yaml") or {}).get("office_words") or ())


def _word_key(w: str) -> str:
    """A word of a role phrase as compared: a definite nisba adjective is its country."""
    if w.startswith("ال"):
        cc = _nisba().get(w)
        if cc:
            return "#" + cc
    return w


def role_key(phrase: str) -> Key:
    """The comparable form of a role phrase («الرئيس الأميركي» → ('الرئيس', '#US'))."""
    return tuple(_word_key(w) for w in normalize_text(phrase).split() if w[:1].isalnum())


def _lexicon_roles(entries: Iterable[Entry]) -> dict[str, str]:
    """Actor id → its lexicon role as written, for the entries that have one."""
    return {e.id: r for e in entries if e.extra and isinstance(r := e.extra.get("role"), str) and r.strip()}


@lru_cache(maxsize=None)
def _shipped_roles() -> dict[str, str]:
    return _lexicon_roles(actor_entries())


@lru_cache(maxsize=4096)
def _lexicon_key(role: str) -> Key | None:
    k = role_key(role)
    return k if len(k) >= 2 else None


def _lexicon_role(actor_id: str, user_entries: Sequence[Entry]) -> Key | None:
    role = None
    if user_entries:
        role = _lexicon_roles(e for e in user_entries if e.id == actor_id).get(actor_id)
    role = role or _shipped_roles().get(actor_id)
    return _lexicon_key(role) if role else None


def _title_before(doc: Doc, m: Mention) -> Key | None:
    """The key of the title phrase right before a person's mention («الرئيس الفرنسي» of
    «الرئيس الفرنسي إيمانويل ماكرون»), or None. It starts at the nearest person title before
    the name, or at a longer title that reaches it («نائب» + «رئيس الوزراء», «المتحدث باسم» +
    «الرئيس»), holds only words (no punctuation, no particle but «في»), two at least."""
    titles = _titles()[0]
    toks = doc.tokens
    _, most = _data()
    s = m.tok_start
    lo = max(0, s - most)
    start = None
    k = s - 1
    while k >= lo and toks[k].is_word and (toks[k].text == "في" or toks[k].text not in _FUNCTION):
        t = titles.match_at(toks, k)
        if t is not None and t.end <= s and (start is None or t.end >= start):
            start = k
        k -= 1
    if start is None or s - start < 2:
        return None
    prefix = titles.match_at(toks, start).prefix
    current = _current()
    words = [toks[start].text[len(prefix):]] + [toks[i].text for i in range(start + 1, s)
                                                if toks[i].text not in current]  # «رئيس الوزراء الحالي»
    return tuple(_word_key(w) for w in words) if len(words) >= 2 else None


def _matches_at(doc: Doc, i: int, key: Key) -> str | None:
    """The clitic prefix when ``key`` is written at token ``i`` (its first word possibly with
    a prefix: «والرئيس»), else None."""
    toks = doc.tokens
    if i + len(key) > len(toks):
        return None
    prefix = None
    for p, st in toks[i].forms:
        if _word_key(st) == key[0]:
            prefix = p
            break
    if prefix is None:
        return None
    for n in range(1, len(key)):
        if _word_key(toks[i + n].text) != key[n]:
            return None
    return prefix


def resolve_roles(doc: Doc, covered: list[bool], add_mention, user_entries: Sequence[Entry] = ()) -> None:
    """Add a mention of a person at each bare role phrase that refers back to them (see the
    module's doc). ``add_mention(doc, i, j, prefix, kind, key)`` records one; ``covered``
    marks the tokens already in a mention (updated)."""
    people = [m for m in doc.mentions if m.kind == "actor" and doc.actors[m.key].type == "person"]
    if not people:
        return
    # (token where the role becomes known, person key) per role key
    cands: dict[Key, list[tuple[int, str]]] = {}  # from the article's own titles
    lex_cands: dict[Key, list[tuple[int, str]]] = {}  # from the lexicon's roles
    from_text: set[str] = set()
    person_starts = {m.tok_start for m in people}
    for m in sorted(people, key=lambda m: m.tok_start):
        k = _title_before(doc, m)
        if k is not None:
            cands.setdefault(k, []).append((m.tok_start, m.key))
            from_text.add(m.key)
    first_seen: dict[str, int] = {}
    for m in people:
        first_seen[m.key] = min(first_seen.get(m.key, m.tok_start), m.tok_start)
    for key, at in first_seen.items():
        k = _lexicon_role(doc.actors[key].id or key, user_entries)
        if k is not None and key not in from_text:
            lex_cands.setdefault(k, []).append((at, key))
    for k, v in lex_cands.items():
        cands.setdefault(k, v)  # the article's own titles first: the lexicon's roles are not dated
    if not cands:
        return
    mods, _ = _data()
    toks = doc.tokens
    by_first: dict[str, list[Key]] = {}
    for k in cands:
        by_first.setdefault(k[0], []).append(k)
    firsts = {w for w in by_first if not w.startswith("#")}
    for i in positions(doc.index, firsts):
        for st in toks[i].stems:
            for key in sorted(by_first.get(st, ()), key=len, reverse=True):
                prefix = _matches_at(doc, i, key)
                if prefix is None:
                    continue
                j = i + len(key)
                if any(covered[x] for x in range(i, j)) or _names_next(doc, j, person_starts) \
                        or _complement(doc, i):
                    break  # part of another mention, the title of a name, another's role
                if i > 0 and not _office_words().isdisjoint(toks[i - 1].stems):
                    break  # «منصب رئيس الوزراء», «لمنصب الرئيس»: the office, not its holder
                if j < len(toks) and toks[j].text in _current() and not covered[j]:
                    j += 1  # «رئيس الوزراء الحالي»: the same role, and part of the mention
                if j < len(toks) and (toks[j].text in mods or _word_key(toks[j].text).startswith("#")):
                    break  # another role: «الرئيس الأمريكي السابق»
                if j < len(toks) and _name_word(toks[j].text, True):
                    break  # the title of a name nobody listed: «الفريق ركن جارالله العلوي»
                who = _pick(cands[key], i)
                if who is not None:
                    add_mention(doc, i, j, prefix, "actor", who)
                    for x in range(i, j):
                        covered[x] = True
                break
            else:
                continue
            break


def _names_next(doc: Doc, j: int, person_starts: set[int]) -> bool:
    """Whether a person's name follows token ``j`` — at once, after a comma or after more
    titles («الرئيس الأمريكي، دونالد ترامب», «العاهل الأردني الملك عبد الله الثاني»): the
    role phrase is then that name's title."""
    titles = _titles()[0]
    toks = doc.tokens
    mods, _ = _data()
    while j < len(toks) and toks[j].text in mods:
        j += 1  # «للرئيس الأمريكي الحالي، دونالد ترامب»
    if j < len(toks) and toks[j].text in (",", "،"):
        j += 1
    for _ in range(3):
        if j in person_starts:
            return True
        t = titles.match_at(toks, j) if j < len(toks) else None
        if t is None:
            return False
        j = t.end
    return j in person_starts


def _complement(doc: Doc, i: int) -> bool:
    """Whether the role phrase at token ``i`` completes a title before it: «نائب وزير الخارجية
    الإيراني» (his deputy), «المتحدثة باسم وزير الخارجية» (his spokeswoman)."""
    if i == 0 or not doc.tokens[i - 1].is_word:
        return False
    prev = doc.tokens[i - 1]
    if prev.text == "باسم":
        return True
    titles = _titles()[0]
    for k in range(max(0, i - 3), i):
        t = titles.match_at(doc.tokens, k)
        if t is not None and t.end >= i:
            return True
    return False


def _pick(cands: Iterable[tuple[int, str]], i: int) -> str | None:
    """The person named last before token ``i`` with the role, else the only one named."""
    before = [(at, key) for at, key in cands if at < i]
    if before:
        return max(before)[1]
    keys = {key for _, key in cands}
    return next(iter(keys)) if len(keys) == 1 else None
