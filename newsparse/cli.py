"""The ``newsparse`` command: the only module that prints. It parses options, checks that they
fit together and hands off to ``batch`` and ``export``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .export import FORMATS

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Actors, places, casualty figures and attributions from Arabic news text.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _err(msg: str) -> None:
    sys.stderr.write(f"newsparse: error: {msg}\n")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Analyse Arabic news articles: who, where, how many, according to whom."""


EXTRACT_HELP = """Extract actors, places, casualties and attributions.

One article (a file or [bold]-[/bold] for stdin) gives one result: a readable table on a
terminal, JSON when piped. Several files, a folder or a JSON Lines dump give one JSON
object per article (JSON Lines), with progress on stderr.

[bold]Examples[/bold]

  newsparse extract samples/deir-ez-zor-coalition-strike.txt
  newsparse extract article.txt --format json | python -m json.tool
  cat article.txt | newsparse extract - --format yaml
  newsparse extract corpus/ --output results.jsonl --resume
  newsparse extract dump.jsonl --text-field body --output-dir out/ --workers 2
"""


@app.command("extract", help=EXTRACT_HELP)
def extract(
    inputs: List[str] = typer.Argument(..., metavar="FILE|DIR|-", help="Articles: text files, folders, JSON Lines files (.jsonl), or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help=f"Output format: {', '.join(FORMATS)}. Default: table on a terminal, else json (jsonl for many articles)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", help="Write one JSON file per article into this folder."),
    lexicon: List[Path] = typer.Option([], "--lexicon", "-l", help="Your own YAML actor lexicon (repeatable); same schema as newsparse/data/actors/."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes for many articles (default: number of cores)."),
    glob: str = typer.Option("*.txt", "--glob", help="Files to take from folders."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the article text in JSON Lines input."),
    resume: bool = typer.Option(False, "--resume", help="Skip articles already in --output / --output-dir."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", min=1, help="Refuse articles longer than this."),
    timeout: float = typer.Option(0, "--timeout", min=0, metavar="SECONDS", help="In runs over many articles, give up on an article after this many seconds (an error record; 0: no limit; local engine only)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    engine: str = typer.Option("local", "--engine", help="Where many articles run: local (worker processes on this machine) or dask (a Dask cluster; needs newsparse[dask])."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (e.g. tcp://10.0.0.5:8786) for --engine dask; default: a local Dask cluster of --workers processes."),
) -> None:
    from . import batch
    from .lexicon import DataError

    if fmt is not None and fmt not in FORMATS:
        _err(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if output and output_dir:
        _err("--output and --output-dir exclude each other")
        raise typer.Exit(2)
    if resume and not (output or output_dir):
        _err("--resume needs --output or --output-dir (it reads what is already there)")
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        _err(f"unknown engine {engine!r}; choose local or dask")
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        _err("--scheduler needs --engine dask")
        raise typer.Exit(2)
    if inputs.count("-") > 1:
        _err("stdin (-) can be read only once")
        raise typer.Exit(2)
    try:
        from .gazetteer import load_user_lexicon

        user = tuple(e for p in lexicon for e in load_user_lexicon(str(p)))
    except DataError as e:
        _err(str(e))
        raise typer.Exit(2)

    many = (len(inputs) > 1 or any(p != "-" and (os.path.isdir(p) or batch._is_jsonl(p)) for p in inputs)
            or output_dir or engine == "dask")
    if not many:
        _single(inputs[0], fmt, output, user, max_chars)
        return
    _many(inputs, fmt, output, output_dir, user, workers, glob, text_field, resume, max_chars, quiet, timeout,
          engine, scheduler)


def _single(path: str, fmt: Optional[str], output: Optional[Path], user: tuple, max_chars: int) -> None:
    from . import batch, export
    from .reader import InputError

    try:
        text = batch.read_input(path, max_chars)
    except InputError as e:
        _err(str(e))
        raise typer.Exit(1)
    from .pipeline import parse

    source = "<stdin>" if path == "-" else path
    d = parse(text, source=source, lexicons=user).to_dict()
    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else "json"
    if fmt == "table":
        from rich.console import Console

        if output:
            with open(output, "w", encoding="utf-8") as f:
                export.render_table(d, Console(file=f, width=120))
        else:
            export.render_table(d, Console())
        return
    data = export.WRITERS[fmt](d)
    if output:
        batch.write_atomic(output, data)
    else:
        sys.stdout.write(data)


def _many(inputs, fmt, output, output_dir, user, workers, glob, text_field, resume, max_chars, quiet,
          timeout=0.0, engine="local", scheduler=None) -> None:
    """Many articles: stream jobs from the inputs through ``batch.run`` (local processes or
    Dask) and write each record as it comes, in input order, with at most a small window of
    articles in memory."""
    from itertools import chain

    from . import batch, export

    fmt = fmt or "jsonl"
    if fmt == "json":
        fmt = "jsonl"  # many articles: one JSON object a line
    if output_dir and fmt not in ("jsonl",):
        _err("--output-dir writes one JSON file per article; --format does not apply")
        raise typer.Exit(2)
    workers = workers or os.cpu_count() or 1
    show = not quiet and sys.stderr.isatty()
    progress = task = None
    skipped = 0

    def advance() -> None:
        if progress is not None:
            el = time.perf_counter() - t0
            progress.update(task, advance=1, rate=processed / el if el else 0.0)

    skip = None
    recorded: dict[str, str] = {}  # id → error already in the output (--resume)
    if resume:
        if output_dir:
            batch.clean_tmp(output_dir)

            def exists(job_id: str) -> bool:
                # an error record is not done: it is tried again, as with --output
                err = batch.recorded_error(output_dir / batch.safe_name(job_id))
                if err is None:
                    return False
                if err:
                    recorded[job_id] = err
                    return False
                return True

            done = exists
        else:
            ids = batch.done_ids(output, recorded)
            done = ids.__contains__

        def skip(job_id: str) -> bool:
            nonlocal skipped
            if done(job_id):
                skipped += 1
                advance()
                return True
            return False

    processed = failed = 0
    t0 = time.perf_counter()
    # without --resume, JSON Lines records are decoded by the worker that extracts them
    jobs = batch.iter_jobs(inputs, glob=glob, text_field=text_field, max_chars=max_chars, skip=skip,
                           raw=skip is None)
    head = []
    for j in jobs:  # peek: a run of one article needs no worker pool
        head.append(j)
        if len(head) == 2:
            break
    if not head and not skipped:
        _err(f"no articles found in {', '.join(inputs)} (folders are searched for {glob!r}; see --glob)")
        raise typer.Exit(1)
    jobs = chain(head, jobs)

    if output_dir:
        encode = export.to_json
    elif fmt == "table":
        encode = None
    elif fmt == "csv":
        encode = batch.csv_body
    else:
        encode = export.WRITERS[fmt]
    if output and encode is not None and not output_dir:
        encode = batch.EncodeUTF8(encode)  # the file takes bytes: encoded by the workers

    executor = close = None
    if engine == "dask":
        try:
            executor, close, nthreads = batch.dask_executor(scheduler, workers)
        except Exception as e:  # noqa: BLE001 - missing extra, unreachable scheduler
            _err(f"cannot start the dask engine: {e}")
            raise typer.Exit(2)
        workers = nthreads
    elif len(head) < 2:
        workers = 1

    out_f = None
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        out_f = open(output, "ab" if resume else "wb", buffering=0)

    # records for --output go out in whole lines, a batch per write call: at least every half
    # second (and at the end, or on Ctrl-C), so a killed run loses at most that much work,
    # which --resume redoes, and leaves at worst one truncated last line
    unwritten: list[bytes] = []
    waiting = 0  # bytes in ``unwritten``
    last_write = time.perf_counter()

    def write_out() -> None:
        nonlocal waiting, last_write
        if unwritten:
            batch.append_record(out_f, b"".join(unwritten))
            unwritten.clear()
        waiting, last_write = 0, time.perf_counter()

    def emit(data: str | bytes) -> None:
        nonlocal waiting
        if out_f is not None:
            unwritten.append(data.encode("utf-8") if isinstance(data, str) else data)
            waiting += len(unwritten[-1])
            if waiting >= 1 << 20 or time.perf_counter() - last_write >= 0.5:
                write_out()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()

    failures: list[str] = []
    if show:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        total = batch.count_jobs(inputs, glob)
        progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f} art/s"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        progress.start()
        task = progress.add_task("extract", total=total, rate=0.0, completed=skipped)
    csv_header = fmt == "csv" and not (resume and output and output.exists() and output.stat().st_size)
    table_console = None
    try:
        for res in batch.run(jobs, workers=workers, lexicons=user, executor=executor, encode=encode,
                             timeout=timeout or None):
            processed += 1
            if res.error:
                failed += 1
                if len(failures) < 20:
                    failures.append(res.error)
            if output_dir:
                if not (res.error and recorded.get(res.id) == res.error):  # (not rewritten)
                    batch.write_atomic(output_dir / batch.safe_name(res.id), res.data)
            elif fmt == "table":
                from rich.console import Console

                if out_f:
                    import io

                    buf = io.StringIO()
                    export.render_table(res.record, Console(file=buf, width=120))
                    emit(buf.getvalue())
                else:
                    table_console = table_console or Console()
                    export.render_table(res.record, table_console)
            else:
                if csv_header:
                    emit(export.to_csv({}, header=True))
                    csv_header = False
                if not (res.error and recorded.get(res.id) == res.error):
                    emit(res.data)  # (a file still broken on --resume is reported, not recorded twice)
            advance()
    except KeyboardInterrupt:
        _err(f"interrupted after {processed} articles; run again with --resume to continue")
        raise typer.Exit(130)
    except BrokenPipeError:  # e.g. | head: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1)
    finally:
        if progress:
            progress.stop()
        if out_f:
            write_out()
            out_f.close()
        if close:
            close()
    el = time.perf_counter() - t0
    if not quiet:
        for f in failures:
            sys.stderr.write(f"failed: {f}\n")
        if failed > len(failures):
            sys.stderr.write(f"... and {failed - len(failures)} more failures (see the error records)\n")
        sys.stderr.write(
            f"newsparse: {processed - failed} processed, {failed} failed, {skipped} skipped"
            f" in {el:.1f}s ({processed / el if el else 0:.1f} articles/s, {workers} worker{'' if workers == 1 else 's'})\n")
    if failed:
        raise typer.Exit(1)


@app.command("normalize")
def normalize_cmd(
    path: str = typer.Argument(..., metavar="FILE|-", help="A text file, or - for stdin."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", min=1, help="Refuse longer input."),
) -> None:
    """Print the text as newsparse normalises it for matching (diacritics, tatweel, alef /
    yeh / teh marbuta forms, digits, presentation forms, invisible characters)."""
    from .batch import read_input
    from .reader import InputError, normalize_text

    try:
        text = read_input(path, max_chars)
    except InputError as e:
        _err(str(e))
        raise typer.Exit(1)
    sys.stdout.write(normalize_text(text))


def main() -> None:
    """The ``newsparse`` command. When it is done and its output flushed, the process ends at
    once (``os._exit``), without the interpreter's teardown: freeing the name index, the
    lexicons and the word memos one object at a time took ~0.4 s after a 2,000-article run.
    Nothing is left to clean up by then: files are closed, worker pools and Dask clusters
    shut down, progress bars stopped."""
    import gc

    # start-up builds hundreds of thousands of objects and none of them is garbage: the
    # cyclic collector only slows it down (batch.run turns it on or off for the work that
    # follows, and back as it found it)
    gc.disable()
    try:
        app()
        code = 0
    except SystemExit as e:
        code = e.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message"), as Python itself prints it
        sys.stderr.write(f"{code}\n")
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (broken pipe), a closed stream
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    main()
