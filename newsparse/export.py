"""Output formats: one table of formats, each a function from result dicts to text.

``json`` (one article, indented), ``jsonl`` (one object a line), ``yaml``, ``csv`` (one row
per extracted item, with its kind and offsets) and ``table`` (rich, for people).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable, Iterable

FORMATS = ("table", "json", "jsonl", "yaml", "csv")


def to_json(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


# one compact encoder for every record; a record is a tree (to_dict builds it), so the check
# for reference cycles (a dict of every container's id) is skipped: ~10 % of the encoding
_JSONL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def to_jsonl(d: dict[str, Any]) -> str:
    return _JSONL(d) + "\n"


def to_yaml(d: dict[str, Any]) -> str:
    import yaml

    return "---\n" + yaml.safe_dump(d, allow_unicode=True, sort_keys=False, width=1000)


CSV_FIELDS = ("source", "item", "kind", "type", "name", "country", "value", "qualifier", "vague",
              "speaker", "text", "start", "end")


def csv_rows(d: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Flat rows: one per mention of an actor or place, per casualty, per attribution."""
    src = d.get("source")
    for item in ("actors", "places"):
        for e in d.get(item) or []:
            for m in e.get("mentions") or []:
                yield {"source": src, "item": item[:-1], "kind": "", "type": e.get("type"),
                       "name": e.get("name"), "country": e.get("country"), "text": m["text"],
                       "start": m["start"], "end": m["end"]}
    for c in d.get("casualties") or []:
        cnt, ev = c.get("count") or {}, c.get("evidence") or {}
        yield {"source": src, "item": "casualty", "kind": c.get("kind"), "value": cnt.get("value"),
               "qualifier": cnt.get("qualifier"), "vague": cnt.get("vague"),
               "speaker": c.get("source"), "text": ev.get("text"), "start": ev.get("start"),
               "end": ev.get("end")}
    for a in d.get("attributions") or []:
        sp, ct = a.get("speaker") or {}, a.get("content") or {}
        yield {"source": src, "item": "attribution", "kind": a.get("stance"),
               "name": sp.get("actor"), "speaker": sp.get("text"), "text": ct.get("text"),
               "start": ct.get("start"), "end": ct.get("end")}


def to_csv(d: dict[str, Any], header: bool = True) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    if header:
        w.writeheader()
    for row in csv_rows(d):
        w.writerow(row)
    return buf.getvalue()


WRITERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "json": to_json, "jsonl": to_jsonl, "yaml": to_yaml, "csv": to_csv,
}


def render_table(d: dict[str, Any], console) -> None:
    """A readable view of one article's result on a rich console."""
    from rich.table import Table

    title = d.get("title") or d.get("source") or "article"
    console.rule(f"[bold]{title}")
    if d.get("error"):
        console.print(f"[red]error:[/red] {d['error']}")
        return
    t = Table(title="Actors", show_lines=False, title_justify="left")
    for col in ("name", "type", "country", "mentions"):
        t.add_column(col)
    for a in d.get("actors") or []:
        t.add_row(a["name"], a["type"], a.get("country") or "", str(len(a.get("mentions") or [])))
    console.print(t)
    t = Table(title="Places", title_justify="left")
    for col in ("name", "type", "country", "lat, lon", "mentions"):
        t.add_column(col)
    for p in d.get("places") or []:
        ll = f"{p['lat']:.3f}, {p['lon']:.3f}" if p.get("lat") is not None else ""
        t.add_row(p["name"], p["type"], p.get("country") or "", ll, str(len(p.get("mentions") or [])))
    console.print(t)
    t = Table(title="Casualties", title_justify="left")
    for col in ("kind", "count", "victims", "source", "evidence"):
        t.add_column(col)
    for c in d.get("casualties") or []:
        cnt = c.get("count") or {}
        if cnt.get("value") is not None:
            num = f"{cnt.get('qualifier')} {cnt['value']}" if cnt.get("qualifier") != "exact" else str(cnt["value"])
        elif cnt.get("min") is not None:
            num = f"{cnt['min']}–{cnt['max']}"
        else:
            num = cnt.get("vague") or "?"
        vic = (c.get("victims") or {}).get("text") or ""
        t.add_row(c["kind"], num, vic, c.get("source") or "", (c.get("evidence") or {}).get("text", ""))
    console.print(t)
    t = Table(title="Attributions", title_justify="left")
    for col in ("speaker", "cue", "via", "content"):
        t.add_column(col, overflow="fold")
    for a in d.get("attributions") or []:
        sp = a.get("speaker") or {}
        who = sp.get("text", "")
        if sp.get("actor") and sp.get("actor") != who:
            who += f" → {sp['actor']}"
        via = (a.get("via") or {}).get("text") or ""
        content = (a.get("content") or {}).get("text", "")
        t.add_row(who, (a.get("cue") or {}).get("text", ""), via,
                  content if len(content) < 160 else content[:157] + "…")
    console.print(t)
