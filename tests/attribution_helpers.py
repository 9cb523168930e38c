"""What the attribution tests share: parse a text, check every span's offsets, and the
(speaker, cue, first words of the content) rows they compare."""

import newsparse


def parse(text):
    art = newsparse.parse(text)
    for a in art.attributions:
        for s in (a.speaker, a.cue, a.content) + ((a.via,) if a.via else ()):
            assert text[s.start:s.end] == s.text
    return art.attributions


def rows(atts, n=3):
    return [(a.speaker.text, a.cue.text, " ".join(a.content.text.replace('"', " ").split()[:n])) for a in atts]
