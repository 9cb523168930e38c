"""The result model: plain dataclasses, each span with offsets into the original text.

``Article.to_dict()`` gives the JSON contract described in ``schema/article.schema.json``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.0"

ACTOR_TYPES = (
    "person", "government", "military", "armed_group", "political_party",
    "international_org", "ngo", "media", "company", "state", "other",
)
PLACE_TYPES = (
    "country", "admin", "region", "city", "town", "village", "district", "water",
    "landform", "facility", "other",
)
CASUALTY_KINDS = ("killed", "injured", "missing", "detained", "displaced", "affected")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to", "less_than", "range")
VAGUE = ("few", "several", "tens", "dozens", "hundreds", "thousands", "tens_of_thousands",
         "hundreds_of_thousands", "millions")


@dataclass(slots=True)
class Span:
    """A piece of the original text: ``original[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    name: str
    type: str
    country: str | None = None
    en: str | None = None
    id: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    source: str = "lexicon"  # lexicon | pattern | user


@dataclass(slots=True)
class Place:
    name: str
    type: str
    country: str | None = None
    en: str | None = None
    id: str | None = None
    admin: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    source: str = "gazetteer"


@dataclass(slots=True)
class Count:
    value: int | None = None
    min: int | None = None
    max: int | None = None
    qualifier: str = "exact"
    vague: str | None = None
    conservative: int | None = None  # ACLED-style number when a number is needed


@dataclass(slots=True)
class Casualty:
    kind: str
    count: Count
    evidence: Span
    victims: Span | None = None
    victim_actor: str | None = None
    perpetrator: str | None = None
    place: str | None = None
    source: str | None = None  # speaker (canonical name) of the attribution that reports it
    attribution: int | None = None  # index into Article.attributions
    cumulative: bool = False


@dataclass(slots=True)
class SpeakerSpan:
    text: str
    start: int
    end: int
    actor: str | None = None


@dataclass(slots=True)
class Attribution:
    speaker: SpeakerSpan
    cue: Span
    content: Span
    direct: bool = False
    via: SpeakerSpan | None = None
    anonymous: bool = False
    stance: str = "neutral"  # asserted | neutral | disputed | denial


@dataclass(slots=True)
class Article:
    text: str
    source: str | None = None
    title: str | None = None
    sentences: int = 0
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of the output contract (without the article text)."""
        from . import __version__

        d = {
            "source": self.source,
            "title": self.title,
            "chars": len(self.text),
            "sentences": self.sentences,
            "newsparse_version": __version__,
            "schema_version": SCHEMA_VERSION,
        }
        if self.meta:
            d["meta"] = self.meta
        d["actors"] = [_as_dict(a) for a in self.actors]
        d["places"] = [_as_dict(p) for p in self.places]
        d["casualties"] = [_as_dict(c) for c in self.casualties]
        d["attributions"] = [_as_dict(a) for a in self.attributions]
        return d


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


_CONVERTERS: dict[type, Any] = {}


def _as_dict(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` without its deep copies of strings and numbers: the same dict
    (fields in order, nested dataclasses, lists, tuples and dicts converted), new containers,
    the leaves shared (they are immutable). Each class gets a converter written out for its
    fields the first time (a scalar field is one type test, a list of spans one comprehension),
    which gives what :func:`_value` gives field by field."""
    conv = _CONVERTERS.get(obj.__class__)
    if conv is None:
        conv = _CONVERTERS[obj.__class__] = _converter(obj.__class__)
    return conv(obj)


_SCALAR_NAMES = frozenset({"str", "int", "float", "bool", "None"})


def _field_code(n: str, ann: str) -> str:
    """The expression converting field ``n`` of ``o``, by its annotation: a scalar as it is;
    a list of strings copied; a span (or a list of spans) as dicts with no call; a nested
    result class by its own converter; anything else (or a value not of its annotated
    class) by :func:`_value`."""
    parts = [p.strip() for p in ann.split("|")]
    if all(p in _SCALAR_NAMES for p in parts):
        return f"o.{n}"
    span = "{'text': x.text, 'start': x.start, 'end': x.end}"
    if ann == "list[str]":
        return f"(list(v) if (v := o.{n}).__class__ is list else V(v))"
    if ann == "list[Span]":
        return (f"([{span} if x.__class__ is Span else V(x) for x in v]"
                f" if (v := o.{n}).__class__ is list else V(v))")
    rest = [p for p in parts if p != "None"]
    if rest == ["Span"]:
        return (f"(None if (x := o.{n}) is None else {span} if x.__class__ is Span else V(x))")
    return f"(v if (v := o.{n}).__class__ in S else V(v))"


def _converter(cls: type):
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    if not all(n.isidentifier() for n in names):  # pragma: no cover - dataclass fields are identifiers
        return lambda o: {k: _value(getattr(o, k)) for k in names}
    anns = {f.name: f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "")
            for f in fields(cls)}
    items = [f"{n!r}: {_field_code(n, anns[n])}" for n in names]
    src = "def conv(o):\n    return {" + ", ".join(items) + "}\n"
    ns: dict[str, Any] = {"S": _SCALARS, "Span": Span, "V": _value}
    exec(src, ns)  # noqa: S102 - code built from the class's own field names
    return ns["conv"]


def _value(v: Any) -> Any:
    t = type(v)
    if t in _SCALARS:
        return v
    if t is Span:  # the commonest: every mention and piece of evidence
        return {"text": v.text, "start": v.start, "end": v.end}
    if t in _FIELD_NAMES or is_dataclass(v) and not isinstance(v, type):
        return _as_dict(v)
    if t is list:
        return [_value(x) for x in v]
    if isinstance(v, tuple) and hasattr(v, "_fields"):  # a named tuple, as asdict does
        return t(*[_value(x) for x in v])
    if isinstance(v, (list, tuple)):
        return t(_value(x) for x in v)
    if isinstance(v, dict):
        return t((_value(k), _value(x)) for k, x in v.items())
    return copy.deepcopy(v)
