"""Batch work: inputs (files, folders, stdin, JSON Lines dumps), workers, resume, atomic
writes and error records. The CLI hands off here; extraction itself is ``pipeline.parse``.

Everything streams: inputs are read lazily (a folder of 100,000 files or a JSON Lines dump of
any size is never held in memory), at most a small window of articles is in flight at a time,
and results come back in input order. The same per-article function (:func:`process`) and the
same per-process lexicon loading serve the local process pool (:func:`run`), a Dask cluster
through its ``concurrent.futures`` executor (``run(..., executor=client.get_executor())``)
and Dask bags (:func:`to_dask_bag`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sys
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Sequence

if TYPE_CHECKING:
    from concurrent.futures import Executor

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
    # a JSON Lines record not decoded yet: (its line, the text field, the size limit); the
    # process that extracts it decodes it (:func:`decoded`), so the parent of a pool only
    # reads lines and passes bytes on
    raw: tuple[bytes, str, int] | None = None


def read_input(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Text of a file (or ``-`` for stdin), decoded and checked; raises InputError.
    A file far over the limit is refused without reading it all."""
    name = "<stdin>" if path == "-" else path
    limit = max_chars * 4  # bytes: UTF-8 Arabic is 2 bytes a character, UTF-16 2-4
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read(limit + 1)
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory (give it alone to process every file in it)") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror}") from None
    if len(data) > limit:
        size = len(data) if path == "-" else os.path.getsize(path)
        raise InputError(f"{name}: too large ({size:,} bytes; the limit is --max-chars {max_chars:,})")
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


def count_jobs(paths: Sequence[str], glob: str = "*.txt") -> int | None:
    """How many jobs :func:`iter_jobs` will yield (for a progress total), cheaply: files are
    counted by listing, JSON Lines records by counting non-blank lines without parsing them.
    None when it cannot be known (stdin)."""
    n = 0
    for path in expand(paths, glob):
        if path == "-":
            return None
        if not _is_jsonl(path):
            n += 1
            continue
        try:
            if path.endswith(".gz"):
                import gzip

                f = gzip.open(path, "rb")
            else:
                f = open(path, "rb")
            with f:
                n += sum(1 for line in f if line.strip())
        except OSError:
            n += 1  # it will give one error record
    return n


def iter_jobs(paths: Sequence[str], glob: str = "*.txt", text_field: str = "text",
              max_chars: int = DEFAULT_MAX_CHARS,
              skip: Callable[[str], bool] | None = None, raw: bool = False) -> Iterator[Job]:
    """Jobs for every input, lazily: one per text file, one per JSON Lines record.
    ``skip(id)`` true leaves an article out before its file is even read (``--resume``).
    ``raw`` (without ``skip``, which needs the records' ids) leaves JSON Lines records
    undecoded (``Job.raw``) for the worker that extracts them: the job's id is then the
    record's place (``file:line``) until it is decoded."""
    for path in expand(paths, glob):
        if path != "-" and _is_jsonl(path):
            yield from _jsonl_jobs(path, text_field, max_chars, skip, raw and skip is None)
            continue
        name = "<stdin>" if path == "-" else path
        if skip is not None and skip(name):
            continue
        try:
            yield Job(id=name, source=name, text=read_input(path, max_chars))
        except InputError as e:
            yield Job(id=name, source=name, error=str(e))


# trafilatura's and news-please's names for them (news-please: ``maintext`` is the text,
# ``date_publish``, ``source_domain``, ``authors``)
_META_FIELDS = ("title", "date", "url", "source", "hostname", "sitename", "author", "language",
                "date_publish", "source_domain", "authors")


def job_from_record(rec: Any, where: str, text_field: str = "text",
                    max_chars: int = DEFAULT_MAX_CHARS) -> Job:
    """The job of one scraped record (a dict as trafilatura / news-please write them): the
    text from ``text_field``, ``title``/``date``/``url``/... kept as metadata, the id from
    ``id`` (else ``where``)."""
    if not isinstance(rec, dict):
        return Job(id=where, source=where, error=f"{where}: a record must be a JSON object")
    rid = str(rec.get("id")) if rec.get("id") is not None else where
    text = rec.get(text_field)
    meta = {k: rec[k] for k in _META_FIELDS if k in rec and k != text_field}
    if not isinstance(text, str):
        return Job(id=rid, source=where, meta=meta,
                   error=f"{where}: no text in field '{text_field}' (use --text-field)")
    if len(text) > max_chars:
        return Job(id=rid, source=where, meta=meta,
                   error=f"{where}: too large ({len(text):,} characters; the limit is --max-chars {max_chars:,})")
    return Job(id=rid, source=where, text=text.replace("\r\n", "\n"), meta=meta)


def record_job(line: bytes, where: str, text_field: str = "text",
               max_chars: int = DEFAULT_MAX_CHARS) -> Job:
    """The job of one JSON Lines line (an error job when it is no UTF-8, no JSON or no
    record with a text)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return Job(id=where, source=where, error=f"{where}: not UTF-8 ({e.reason} at byte {e.start})")
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as e:
        return Job(id=where, source=where, error=f"{where}: invalid JSON ({e.msg})")
    return job_from_record(rec, where, text_field, max_chars)


def decoded(job: Job) -> Job:
    """``job`` with its JSON Lines record decoded (itself when it has none left to decode)."""
    if job.raw is None:
        return job
    line, text_field, max_chars = job.raw
    return record_job(line, job.source, text_field, max_chars)


def _jsonl_jobs(path: str, text_field: str, max_chars: int,
                skip: Callable[[str], bool] | None = None, raw: bool = False) -> Iterator[Job]:
    opener = open
    if path.endswith(".gz"):
        import gzip

        opener = gzip.open  # type: ignore[assignment]
    try:
        f = opener(path, "rb")
    except OSError as e:
        yield Job(id=path, source=path, error=f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = f.readline()
            except (OSError, EOFError) as e:  # a truncated .gz
                yield Job(id=f"{path}:{lineno}", source=path, error=f"{path}:{lineno}: cannot read: {e}")
                return
            if not line:
                break
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]  # a UTF-8 byte order mark
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            if raw:
                yield Job(id=where, source=where, raw=(line, text_field, max_chars))
                continue
            # a line that is no UTF-8 or no JSON is an error record; the file goes on
            job = record_job(line, where, text_field, max_chars)
            if skip is None or not skip(job.id):
                yield job


# ---------------------------------------------------------------- processing

_LEXICONS: tuple = ()
_LOADED = False


_TIMEOUT: float | None = None  # seconds per article (see :func:`_time_limit`)


class ArticleTimeout(Exception):
    """An article took longer than the per-article time limit."""


@contextmanager
def _time_limit(seconds: float | None):
    """Raise :class:`ArticleTimeout` in the block after ``seconds`` of wall time. Needs
    ``signal.setitimer`` and the main thread (local runs and pool workers); elsewhere (Dask
    worker threads, Windows) the block runs without a limit."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"took longer than {seconds:g} s (--timeout)")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _init_worker(lexicons: tuple = (), timeout: float | None = None) -> None:
    """Load the lexicons in this process (once: the matcher is cached per process)."""
    global _LEXICONS, _LOADED, _TIMEOUT
    _LEXICONS = tuple(lexicons)
    _TIMEOUT = timeout
    from .gazetteer import base_matcher

    base_matcher()
    _LOADED = True


# parsed once before the work starts, so that every lexicon the extractors load lazily (and the
# memos of the commonest words) is in memory before the pool forks: the workers share it
_WARM_TEXT = (
    "دمشق - قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا وأصيب العشرات، بينهم ثلاثة أطفال، "
    "في غارة للتحالف الدولي على مدينة إدلب شمال غربي سوريا يوم الثلاثاء.\n"
    "وأكد مصدر طبي لوكالة رويترز أن حصيلة القتلى ارتفعت إلى 15 شخصا على الأقل، فيما نفت وزارة "
    "الدفاع الروسية أن تكون طائراتها قد نفذت أي غارات في المنطقة."
)


def _warm() -> None:
    """Load everything the per-article code loads lazily (one short article, result dropped)."""
    from .pipeline import parse

    try:
        parse(_WARM_TEXT, lexicons=_LEXICONS).to_dict()
    except Exception:  # noqa: BLE001 - warming is an optimisation; the real run reports errors
        pass


def _tune_gc(off: bool = False) -> tuple:
    """Make the cyclic garbage collector cheap for a long batch: what is loaded now (the
    lexicons, hundreds of thousands of objects) is frozen out of its scans, and it runs less
    often (and on, even if it was off). With ``off`` (the processes that extract) it does not
    run at all: an article's objects form no reference cycles (none are left after 2,000 bench
    articles), reference counting frees them, and :func:`process` collects soon after an
    article fails (an exception's traceback is a cycle: at most once per ``_COLLECT_AFTER_ERROR``
    articles) and once every ``_COLLECT_EVERY`` articles for any other. Returns the previous
    state, for :func:`_restore_gc`."""
    import gc

    old = (gc.get_threshold(), gc.isenabled())
    gc.freeze()
    gc.set_threshold(max(old[0][0], 20000), max(old[0][1], 20), max(old[0][2], 50))
    if off:
        gc.disable()
    else:  # the parent of a pool (whose caller may have had it off for start-up)
        gc.enable()
    return old


def _restore_gc(old: tuple) -> None:
    import gc

    gc.set_threshold(*old[0])
    if old[1]:
        gc.enable()
    else:
        gc.disable()
    gc.unfreeze()


# a collection scans what was memoised since the last one (~0.1 s after 1,000 articles, 2-4 %
# of the run): rare when nothing fails, soon after an error
_COLLECT_EVERY = 20000
_COLLECT_AFTER_ERROR = 100
_processed = 0
_last_collect = 0
_failed_since_collect = False


def _init_local_worker(lexicons: tuple = (), timeout: float | None = None) -> None:
    """Initializer of the local pool's processes (forked from a warmed parent)."""
    _init_worker(lexicons, timeout)
    _tune_gc(off=True)


def _ensure_worker(lexicons: tuple | None) -> None:
    if not _LOADED or (lexicons is not None and tuple(lexicons) != _LEXICONS):
        _init_worker(_LEXICONS if lexicons is None else lexicons, _TIMEOUT)


def process(job: Job) -> dict[str, Any]:
    """The result record of one job (an error record when it fails; never raises)."""
    global _processed
    _processed += 1
    since = _processed - _last_collect
    if since >= _COLLECT_EVERY or (_failed_since_collect and since >= _COLLECT_AFTER_ERROR):
        _collect()
    job = decoded(job)
    if job.error:
        _note_failure()
        return {"id": job.id, "source": job.source, "error": job.error, **({"meta": job.meta} if job.meta else {})}
    try:
        from .pipeline import parse

        with _time_limit(_TIMEOUT):
            art = parse(job.text or "", source=job.source, lexicons=_LEXICONS)
        art.meta = job.meta
        d = art.to_dict()
        return {"id": job.id, **d}
    except ArticleTimeout as e:
        _note_failure()
        return {"id": job.id, "source": job.source, "error": f"{job.source}: {e}",
                **({"meta": job.meta} if job.meta else {})}
    except Exception as e:  # noqa: BLE001 - one bad article must not stop a run
        _note_failure()
        return {"id": job.id, "source": job.source, "error": f"{job.source}: internal error: {type(e).__name__}: {e}"}


def _note_failure() -> None:
    global _failed_since_collect
    _failed_since_collect = True


def _collect() -> None:
    """The periodic collection of :func:`process` (with the collector off: see _tune_gc)."""
    global _last_collect, _failed_since_collect
    import gc

    _last_collect = _processed
    _failed_since_collect = False
    if not gc.isenabled():
        gc.collect()
        # what survived is frozen out of the next scans: each scan of the words memoised
        # since the last one took ~0.1 s after 1,000 articles
        gc.freeze()


class Result(NamedTuple):
    """One article's outcome as :func:`run` yields it: its id, its error (or None), and either
    the record itself or, when run with ``encode``, the record already encoded by the worker."""

    id: str
    error: str | None
    record: dict[str, Any] | None
    data: str | None = None


def csv_body(rec: dict[str, Any]) -> str:
    """CSV rows of a record without the header (the writer adds it once)."""
    from .export import to_csv

    return to_csv(rec, header=False)


def _result(rec: dict[str, Any], encode: Callable[[dict], str] | None) -> Result:
    if encode is None:
        return Result(rec["id"], rec.get("error"), rec)
    return Result(rec["id"], rec.get("error"), None, encode(rec))


def process_chunk(jobs: Sequence[Job], lexicons: tuple | None = None,
                  encode: Callable[[dict], str] | None = None) -> list[Result]:
    """Results of a few jobs, in order: the unit of work sent to a worker process (local pool
    or Dask). ``lexicons`` None keeps what the worker was initialised with."""
    _ensure_worker(lexicons)
    return [_result(process(j), encode) for j in jobs]


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    it = iter(jobs)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _crash_results(chunk: Sequence[Job], why: str, encode) -> list[Result]:
    return [_result({"id": j.id, "source": j.source, "error": f"{j.source}: {why}"}, encode) for j in chunk]


def run(jobs: Iterable[Job], workers: int = 1, lexicons: tuple = (), *,
        executor: "Executor | None" = None, encode: Callable[[dict], str] | None = None,
        chunksize: int = 16, window: int | None = None, timeout: float | None = None) -> Iterator[Result]:
    """:class:`Result` of every job, in input order.

    ``workers`` > 1 runs :func:`process_chunk` in that many local processes (lexicons loaded
    once per process); ``executor`` runs it on any ``concurrent.futures`` executor instead,
    e.g. a Dask cluster's ``client.get_executor()``. Jobs are drawn from ``jobs`` lazily: at
    most ``window`` chunks of ``chunksize`` jobs are in flight, so memory stays bounded
    whatever the number of articles. ``encode`` (a picklable function of a record) makes the
    workers encode the records (e.g. ``export.to_jsonl``) and send back only the text.
    A worker process that dies (out of memory, a crash) gives error records for its articles
    and the run goes on in a new pool. ``timeout`` (seconds) makes an article that takes
    longer an error record (local runs only: Dask runs tasks in threads, where no alarm can
    interrupt them)."""
    if executor is None and workers <= 1:
        _init_worker(lexicons, timeout)
        _warm()
        old_gc = _tune_gc(off=True)
        try:
            for j in jobs:
                yield _result(process(j), encode)
        finally:
            _restore_gc(old_gc)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    own = executor is None
    if own:
        _init_worker(lexicons, timeout)  # loaded before fork: workers share it copy-on-write
        _warm()
        old_gc = _tune_gc()  # the parent's collector too; and the workers inherit a frozen heap
        lex_arg = None

        def new_pool() -> "Executor":
            return ProcessPoolExecutor(max_workers=workers, initializer=_init_local_worker,
                                       initargs=(lexicons, timeout))

        ex = new_pool()
    else:
        ex = executor
        lex_arg = tuple(lexicons)
    window = window or max(2, workers) * 4
    chunks = _chunks(jobs, chunksize)
    pending: deque = deque()

    def submit(chunk: list[Job]) -> None:
        pending.append((chunk, ex.submit(process_chunk, chunk, lex_arg, encode)))

    try:
        for chunk in islice(chunks, window):
            submit(chunk)
        while pending:
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                if not own:
                    raise
                # a worker died: isolate the culprit by running this chunk one job at a time
                ex.shutdown(wait=False, cancel_futures=True)
                ex = new_pool()
                results = []
                for j in chunk:
                    try:
                        results += ex.submit(process_chunk, [j], lex_arg, encode).result()
                    except BrokenProcessPool:
                        ex.shutdown(wait=False, cancel_futures=True)
                        ex = new_pool()
                        results += _crash_results([j], "worker process died (out of memory or a crash)", encode)
                rest = [c for c, _ in pending]
                pending.clear()
                for c in rest:
                    submit(c)
            except Exception as e:  # noqa: BLE001 - e.g. a Dask worker lost: record, go on
                if own:
                    raise
                results = _crash_results(chunk, f"worker failed: {type(e).__name__}: {e}", encode)
            nxt = next(chunks, None)
            if nxt is not None:
                submit(nxt)
            yield from results
    finally:
        if own:
            ex.shutdown(wait=not pending, cancel_futures=True)
            _restore_gc(old_gc)


# ---------------------------------------------------------------- Dask

def bag_job(item: Any, text_field: str = "text", max_chars: int = DEFAULT_MAX_CHARS) -> Job:
    """The job of one item of a Dask bag: a :class:`Job`, a text, or a scraped record. The
    id (and source) is the record's ``id``, else ``sha1:<hash of the text>``."""
    if isinstance(item, Job):
        return item
    if isinstance(item, str):
        item = {text_field: item}
    where = "record"
    if isinstance(item, dict):
        if item.get("id") is not None:
            where = str(item["id"])
        elif isinstance(item.get(text_field), str):
            where = "sha1:" + hashlib.sha1(item[text_field].encode("utf-8")).hexdigest()[:16]
    return job_from_record(item, where, text_field, max_chars)


def _process_partition(items: Iterable[Any], text_field: str, max_chars: int,
                       lexicons: tuple) -> list[dict[str, Any]]:
    _ensure_worker(lexicons)
    return [process(bag_job(item, text_field, max_chars)) for item in items]


def to_dask_bag(bag: Any, text_field: str = "text", max_chars: int = DEFAULT_MAX_CHARS,
                lexicons: Sequence[Any] = ()) -> Any:
    """A Dask bag of result records from a bag of articles: texts (str), scraped records
    (dicts with ``text_field``, as ``db.read_text("dump-*.jsonl").map(json.loads)`` gives) or
    :class:`Job` objects. Each worker process loads the lexicons once; the per-article work is
    :func:`process`, as in a local run. Records without an ``id`` get ``sha1:<text hash>``."""
    return bag.map_partitions(_process_partition, text_field, max_chars, tuple(lexicons))


def dask_executor(scheduler: str | None = None, workers: int = 1):
    """(executor, close, nthreads) for a Dask cluster at ``scheduler`` (an address such as
    ``tcp://host:8786``), or a new local cluster of ``workers`` processes when None."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("the dask engine needs the dask extra: pip install 'newsparse[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    nthreads = sum(client.nthreads().values()) or 1

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return client.get_executor(pure=False), close, nthreads


# ---------------------------------------------------------------- output

_SAFE_RE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_name(job_id: str) -> str:
    """A file name for an article id that cannot leave the output directory."""
    base = job_id.replace("\\", "/").strip("/")
    base = base.rsplit("/", 1)[-1] if not base.count(":") else base.replace("/", "_")
    base = _SAFE_RE.sub("_", base).strip("._") or "article"
    if base.endswith(".txt"):
        base = base[:-4]
    digest = hashlib.sha1(job_id.encode("utf-8")).hexdigest()[:8]
    return f"{base[:80]}-{digest}.json"


TMP_PREFIX = ".tmp-"


def write_atomic(path: Path, data: str) -> None:
    """Write a file so that readers see either nothing or all of it."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX, suffix=".json")
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


def clean_tmp(output_dir: Path) -> int:
    """Remove the temporary files a killed run left in ``output_dir``; how many."""
    n = 0
    if output_dir.is_dir():
        for p in output_dir.glob(TMP_PREFIX + "*.json"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


class EncodeUTF8:
    """An ``encode`` for :func:`run` that gives bytes: ``fn``'s text of a record in UTF-8,
    encoded by the worker (the parent of a pool then writes bytes as they come)."""

    def __init__(self, fn: Callable[[dict], str]) -> None:
        self.fn = fn

    def __call__(self, rec: dict[str, Any]) -> bytes:
        return self.fn(rec).encode("utf-8")


def append_record(f, data: str | bytes) -> None:
    """Append whole records (lines) to an unbuffered binary file in one write call, so that a
    killed run leaves at worst one truncated last line (which :func:`done_ids` cuts off)."""
    b = data.encode("utf-8") if isinstance(data, str) else data
    n = f.write(b)
    while n is not None and n < len(b):  # short writes happen only on full disks / signals
        b = b[n:]
        n = f.write(b)


def recorded_error(path: Path) -> str | None:
    """What a file of ``--output-dir`` holds, for --resume: None when there is no such file,
    the error of an error record, else "" (a result: done). Only the head of a file is read:
    an error record's keys come first (``id``, ``source``, ``error``), and a result has no
    top-level ``error`` key (a quote inside a value is escaped, so ``"error":`` is a key)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    if b'"error":' not in head.split(b'"actors":', 1)[0]:
        return ""
    try:
        rec = json.loads(head if len(head) < 4096 else path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError, OSError):
        return None  # a damaged file: extracted again
    return str(rec.get("error") or "") if isinstance(rec, dict) else None


def done_ids(output: Path, errors: dict[str, str] | None = None) -> set[str]:
    """Ids already in a JSON Lines output (for --resume); a truncated last line is cut off.
    Error records are not done: they are tried again. A dict passed as ``errors`` receives
    the error recorded for each such id (so that the same error is not written twice)."""
    ids: set[str] = set()
    if not output.exists():
        return ids
    with open(output, "rb+") as f:
        # find the end of the last complete line without reading the whole file twice
        size = f.seek(0, os.SEEK_END)
        pos = size
        cut = 0
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            f.seek(pos)
            k = f.read(step).rfind(b"\n")
            if k >= 0:
                cut = pos + k + 1
                break
        if cut < size:
            f.truncate(cut)
        f.seek(0)
        for line in f:
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            if isinstance(rec, dict) and "id" in rec:
                if "error" not in rec:
                    ids.add(str(rec["id"]))
                elif errors is not None:
                    errors[str(rec["id"])] = rec["error"]
    return ids
