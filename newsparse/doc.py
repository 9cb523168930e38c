"""The working document every extractor reads: normalised text, tokens, sentences and the
entity mentions found so far. Offsets here are in the *normalised* text; ``Doc.span`` turns
them into :class:`~newsparse.model.Span` of the original."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .model import Actor, Place, Span
from .reader import Normalized, Token, normalize, sentence_bounds, tokenize


@dataclass
class Sentence:
    start: int  # normalised char offsets
    end: int
    tok_start: int  # token index range [tok_start, tok_end) in Doc.tokens
    tok_end: int


@dataclass
class Mention:
    """A stretch of tokens naming an entity (an actor or a place)."""

    tok_start: int
    tok_end: int
    start: int  # normalised char offsets
    end: int
    kind: str  # "actor" | "place"
    key: str  # key of the entity in Doc.actors / Doc.places


@dataclass
class Doc:
    norm: Normalized
    tokens: list[Token]
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    index: dict[str, list[int]] = field(default_factory=dict)  # stem → token indices (reader.tokenize)

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.norm.text

    @property
    def original(self) -> str:
        return self.norm.original

    def span(self, start: int, end: int) -> Span:
        """Span of the original text for normalised offsets [start, end)."""
        return self.norm.span(start, end)

    def tok_span(self, i: int, j: int) -> Span:
        """Span of the original text covering tokens [i, j)."""
        return self.norm.span(self.tokens[i].start, self.tokens[j - 1].end)

    def token_at(self, pos: int) -> int:
        """Index of the first token ending after normalised offset ``pos``."""
        return bisect_right([t.end for t in self.tokens], pos)

    def _mention_starts(self) -> list[int]:
        """``tok_start`` of every mention, in list order (the pipeline sorts the list by it
        before any extractor reads it); recomputed when the list, its length or its ends
        changed."""
        ms = self.mentions
        stamp = (id(ms), len(ms), id(ms[0]) if ms else 0, id(ms[-1]) if ms else 0)
        cached = self.__dict__.get("_starts")
        if cached is None or cached[0] != stamp:
            cached = (stamp, [m.tok_start for m in ms])
            self.__dict__["_starts"] = cached
        return cached[1]

    def mentions_in(self, i: int, j: int, kind: str | None = None) -> list[Mention]:
        """Mentions lying inside tokens [i, j), in text order."""
        k = bisect_left(self._mention_starts(), i)
        out = []
        while k < len(self.mentions) and self.mentions[k].tok_start < j:
            m = self.mentions[k]
            if m.tok_end <= j and (kind is None or m.kind == kind):
                out.append(m)
            k += 1
        return out

    def mention_starting(self, i: int, kind: str | None = None) -> Mention | None:
        """The first mention (of ``kind``) starting at token ``i``, or None."""
        k = bisect_left(self._mention_starts(), i)
        while k < len(self.mentions) and self.mentions[k].tok_start == i:
            m = self.mentions[k]
            if kind is None or m.kind == kind:
                return m
            k += 1
        return None

    def entity_name(self, m: Mention) -> str:
        ent = self.actors.get(m.key) if m.kind == "actor" else self.places.get(m.key)
        return ent.name if ent else ""

    def sentence_of(self, tok_i: int) -> Sentence:
        for s in self.sentences:
            if s.tok_start <= tok_i < s.tok_end:
                return s
        return self.sentences[-1]


def make_doc(text: str) -> Doc:
    """Normalise, tokenise and split ``text`` into sentences."""
    norm = normalize(text)
    index: dict[str, list[int]] = {}
    tokens = tokenize(norm.text, index=index)
    sents = []
    ends = [t.start for t in tokens]
    for s, e in sentence_bounds(norm.text):
        i = bisect_left(ends, s)
        j = bisect_left(ends, e)
        if j > i:
            sents.append(Sentence(s, e, i, j))
    return Doc(norm, tokens, sents, index=index)
