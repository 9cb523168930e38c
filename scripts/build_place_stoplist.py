"""Build ``newsparse/data/place_words.txt``: one-word place names of the gazetteer that, in
Arabic news, are mostly ordinary words («وان» is Van in Turkey, and «وأن» normalised; «دوله»,
«بانه», «اطار», «قوله»). Such a name is matched as a place only after a locative
(«في وان», «بوان»); a name that is also a noun («إطار», «الإطار») only after a strong one
(«مدينة X», «قرب X»), never on its own.

Evidence is statistical, from the unlabelled bench corpus (``--corpus``, JSON Lines with a
``text`` field): for every one-word name (normalised) seen at least ``--min-count`` times,
the share of its occurrences right after a strong locative word («مدينة», «قرب», «شمال»;
not «في» or «من», which precede every kind of noun). A real place name is often «مدينة X»,
«قرب X»; an ordinary word almost never. An attached ب is no evidence: it is «with», «by»
before every kind of noun too («بحجة», «بسيول جارفة»). Names under
``--ratio`` go to the list; so do frequent names whose only places lie outside the Middle
East and North Africa (a town in India called «دوله» is not what Arabic news means by
«دولة»; a city of 200,000 or more there needs a locative, «في» included: «في جنيف») and names
that alternate with the article as nouns do («إطار»/«الإطار»). Countries,
capitals, Middle Eastern places of 100,000 people or more and others of a million or more
are never listed. Definite forms of place nouns («المدينة», «المنطقة») always are. Only counts are
kept, never text.

    python scripts/build_place_stoplist.py --corpus ../shared/corpus/bench/ant-2000.jsonl
"""

import argparse
import collections
import json
from pathlib import Path

from newsparse.gazetteer import actor_entries, name_key, place_entries
from newsparse.lexicon import load_data
from newsparse.reader import normalize_text, tokenize

MENA = set("SY IQ YE PS IL LB JO LY SD SS EG TN DZ MA SA AE QA KW BH OM IR TR SO MR DJ ER".split())
DATA = Path(__file__).resolve().parent.parent / "newsparse" / "data"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/bench/ant-2000.jsonl")
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--ratio", type=float, default=0.1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--output", default=str(DATA / "place_words.txt"))
    args = ap.parse_args()

    cues = load_data("place_cues.yaml")
    # strong cues only: «في» and «من» precede every kind of noun («في إطار», «في المائة»)
    weak = {normalize_text(w) for w in ("في", "من", "الى", "إلى", "نحو", "حول", "عند", "داخل", "خارج", "مركز")}
    locative = ({name_key(w)[-1] for w in cues["locative"]} | {normalize_text(w) for w in cues["named_by"]}) - weak
    by_name: dict[str, list] = collections.defaultdict(list)
    for e in place_entries():
        if e.type == "country":
            continue
        for n in (e.name, *e.aliases):
            key = name_key(n)
            if len(key) == 1:
                by_name[key[0]].append(e)
    names = set(by_name)
    # names of countries and capitals (as places or as state actors) are never stop words
    protected = {name_key(n)[0] for e in (*place_entries(), *actor_entries()) if e.type in ("country", "state")
                 for n in (e.name, *e.aliases) if len(name_key(n)) == 1}
    every: collections.Counter = collections.Counter()  # all word forms, for article alternation
    total: collections.Counter = collections.Counter()
    loc: collections.Counter = collections.Counter()
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            toks = tokenize(normalize_text(json.loads(line)["text"]))
            every.update(t.stems[-1] for t in toks)
            for k, t in enumerate(toks):
                for prefix, stem in t.forms:
                    if stem in names:
                        total[stem] += 1
                        prev = toks[k - 1].stems if k else ()
                        if any(s in locative for s in prev):
                            loc[stem] += 1
                        break
    words: dict[str, str] = {}
    for w, c in total.items():
        es = by_name[w]
        if c < args.min_count or w in protected or any(e.type in ("water", "region", "landform", "admin") for e in es):
            continue
        ratio = loc[w] / c
        far = all(e.country not in MENA for e in es)
        big = any(e.population >= (100_000 if e.country in MENA else 1_000_000) for e in es)
        other = w[2:] if w.startswith("ال") else "ال" + w  # «إطار»/«الإطار»: a noun; «دوما»: a name
        alternates = every[other] > 0.1 * c
        if ratio < (0.005 if big else 0.03) or (alternates and ratio < 0.15):
            words[w] = "noun"  # a place only right after a strong cue: «وان» (Van) is «وأن»
        elif big:
            continue
        elif far and ratio < 0.25:
            # a city of 200,000 people or more far away is a place after any locative («في
            # جنيف»), though news names it in «محادثات جنيف», «نادي ليفربول» too
            words[w] = "word" if any(e.population >= 200_000 for e in es) else "noun"
        elif ratio < args.ratio:
            words[w] = "word"  # a place only after a locative, «في» included
        if args.verbose:
            print(f"{w}\t{c}\t{ratio:.2f}\t{'far' if far else ''}\t{words.get(w, '')}")
    for w in ({"ال" + normalize_text(w) for w in cues["named_by"]} | {"ال" + w for w in locative}) & names:
        words[w] = "noun"
    Path(args.output).write_text(
        "# generated by scripts/build_place_stoplist.py; do not edit\n# name<TAB>noun|word\n"
        + "".join(f"{w}\t{words[w]}\n" for w in sorted(words)),
        encoding="utf-8")
    print(f"{len(words)} of {len(names)} one-word place names -> {args.output}")


if __name__ == "__main__":
    main()
