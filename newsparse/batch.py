"""Batch work: inputs (files, folders, stdin, JSON Lines dumps), workers, resume, atomic
writes and error records. The CLI hands off here; extraction itself is ``pipeline.parse``.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .reader import InputError, decode

DEFAULT_MAX_CHARS = 1_000_000


@dataclass
class Job:
    """One article to process: its id, where it came from, its text or why it has none."""

    id: str
    source: str
    text: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def read_input(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Text of a file (or ``-`` for stdin), decoded and checked; raises InputError."""
    name = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory (give it alone to process every file in it)") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror}") from None
    if len(data) > max_chars * 4:
        raise InputError(f"{name}: too large ({len(data):,} bytes; the limit is --max-chars {max_chars:,})")
    text = decode(data, name)
    if len(text) > max_chars:
        raise InputError(f"{name}: too large ({len(text):,} characters; the limit is --max-chars {max_chars:,})")
    return text


def expand(paths: Sequence[str], glob: str = "*.txt") -> Iterator[str]:
    """Paths as given, folders walked recursively for ``glob`` (sorted, stable order)."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            yield from (str(x) for x in sorted(Path(p).rglob(glob)) if x.is_file())
        else:
            yield p


def _is_jsonl(path: str) -> bool:
    return path.endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def iter_jobs(paths: Sequence[str], glob: str = "*.txt", text_field: str = "text",
              max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Job]:
    """Jobs for every input: one per text file, one per JSON Lines record."""
    for path in expand(paths, glob):
        if path != "-" and _is_jsonl(path):
            yield from _jsonl_jobs(path, text_field, max_chars)
            continue
        name = "<stdin>" if path == "-" else path
        try:
            yield Job(id=name, source=name, text=read_input(path, max_chars))
        except InputError as e:
            yield Job(id=name, source=name, error=str(e))


_META_FIELDS = ("title", "date", "url", "source", "hostname", "sitename", "author", "language")


def _jsonl_jobs(path: str, text_field: str, max_chars: int) -> Iterator[Job]:
    opener = open
    if path.endswith(".gz"):
        import gzip

        opener = gzip.open  # type: ignore[assignment]
    try:
        f = opener(path, "rt", encoding="utf-8")
    except OSError as e:
        yield Job(id=path, source=path, error=f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = f.readline()
            except UnicodeDecodeError as e:
                yield Job(id=f"{path}:{lineno}", source=path, error=f"{path}:{lineno}: not UTF-8 ({e.reason})")
                return
            if not line:
                break
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield Job(id=where, source=where, error=f"{where}: invalid JSON ({e.msg})")
                continue
            if not isinstance(rec, dict):
                yield Job(id=where, source=where, error=f"{where}: a record must be a JSON object")
                continue
            rid = str(rec.get("id")) if rec.get("id") is not None else where
            text = rec.get(text_field)
            meta = {k: rec[k] for k in _META_FIELDS if k in rec and k != text_field}
            if not isinstance(text, str):
                yield Job(id=rid, source=where, meta=meta,
                          error=f"{where}: no text in field '{text_field}' (use --text-field)")
            elif len(text) > max_chars:
                yield Job(id=rid, source=where, meta=meta,
                          error=f"{where}: too large ({len(text):,} characters; the limit is --max-chars {max_chars:,})")
            else:
                yield Job(id=rid, source=where, text=text.replace("\r\n", "\n"), meta=meta)


# ---------------------------------------------------------------- processing

_LEXICONS: tuple = ()


def _init_worker(lexicons: tuple) -> None:
    global _LEXICONS
    _LEXICONS = lexicons
    from .gazetteer import base_matcher

    base_matcher()  # load the lexicons once per worker


def process(job: Job) -> dict[str, Any]:
    """The result record of one job (an error record when it fails; never raises)."""
    if job.error:
        return {"id": job.id, "source": job.source, "error": job.error, **({"meta": job.meta} if job.meta else {})}
    try:
        from .pipeline import parse

        art = parse(job.text or "", source=job.source, lexicons=_LEXICONS)
        art.meta = job.meta
        d = art.to_dict()
        return {"id": job.id, **d}
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a run
        return {"id": job.id, "source": job.source, "error": f"{job.source}: internal error: {type(e).__name__}: {e}"}


def run(jobs: Iterable[Job], workers: int = 1, lexicons: tuple = ()) -> Iterator[dict[str, Any]]:
    """Results in input order, computed in ``workers`` processes."""
    if workers <= 1:
        _init_worker(lexicons)
        for j in jobs:
            yield process(j)
        return
    _init_worker(lexicons)  # loaded before fork: workers share it copy-on-write
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(lexicons,)) as ex:
        yield from ex.map(process, jobs, chunksize=4)


# ---------------------------------------------------------------- output

_SAFE_RE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_name(job_id: str) -> str:
    """A file name for an article id that cannot leave the output directory."""
    base = job_id.replace("\\", "/").strip("/")
    base = base.rsplit("/", 1)[-1] if not base.count(":") else base.replace("/", "_")
    base = _SAFE_RE.sub("_", base).strip("._") or "article"
    if base.endswith(".txt"):
        base = base[:-4]
    import hashlib

    digest = hashlib.sha1(job_id.encode("utf-8")).hexdigest()[:8]
    return f"{base[:80]}-{digest}.json"


def write_atomic(path: Path, data: str) -> None:
    """Write a file so that readers see either nothing or all of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def done_ids(output: Path) -> set[str]:
    """Ids already in a JSON Lines output (for --resume); a truncated last line is cut off.
    Error records are not done: they are tried again."""
    ids: set[str] = set()
    if not output.exists():
        return ids
    with open(output, "rb+") as f:
        data = f.read()
        cut = data.rfind(b"\n") + 1
        if cut < len(data):
            f.truncate(cut)
            data = data[:cut]
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and "id" in rec and "error" not in rec:
            ids.add(str(rec["id"]))
    return ids
