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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
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
    if inputs.count("-") > 1:
        _err("stdin (-) can be read only once")
        raise typer.Exit(2)
    try:
        from .gazetteer import load_user_lexicon

        user = tuple(e for p in lexicon for e in load_user_lexicon(str(p)))
    except DataError as e:
        _err(str(e))
        raise typer.Exit(2)

    many = len(inputs) > 1 or any(p != "-" and (os.path.isdir(p) or batch._is_jsonl(p)) for p in inputs) or output_dir
    if not many:
        _single(inputs[0], fmt, output, user, max_chars)
        return
    _many(inputs, fmt, output, output_dir, user, workers, glob, text_field, resume, max_chars, quiet)


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


def _many(inputs, fmt, output, output_dir, user, workers, glob, text_field, resume, max_chars, quiet) -> None:
    from . import batch, export

    fmt = fmt or "jsonl"
    if fmt == "json":
        fmt = "jsonl"  # many articles: one JSON object a line
    if output_dir and fmt not in ("jsonl",):
        _err("--output-dir writes one JSON file per article; --format does not apply")
        raise typer.Exit(2)
    workers = workers or os.cpu_count() or 1
    jobs = list(batch.iter_jobs(inputs, glob=glob, text_field=text_field, max_chars=max_chars))
    if not jobs:
        _err(f"no articles found in {', '.join(inputs)} (folders are searched for {glob!r}; see --glob)")
        raise typer.Exit(1)
    skipped = 0
    if resume:
        if output_dir:
            before = len(jobs)
            jobs = [j for j in jobs if not (output_dir / batch.safe_name(j.id)).exists()]
        else:
            done = batch.done_ids(output)
            before = len(jobs)
            jobs = [j for j in jobs if j.id not in done]
        skipped = before - len(jobs)
    show = not quiet and sys.stderr.isatty()
    out_f = None
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        out_f = open(output, "a" if resume else "w", encoding="utf-8")
    stream = out_f or sys.stdout
    processed = failed = 0
    failures: list[str] = []
    t0 = time.perf_counter()
    progress = None
    if show:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f} art/s"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        progress.start()
        task = progress.add_task("extract", total=len(jobs), rate=0.0)
    header_done = False
    table_console = None
    try:
        for rec in batch.run(jobs, workers=workers if len(jobs) > 1 else 1, lexicons=user):
            processed += 1
            if "error" in rec:
                failed += 1
                failures.append(rec["error"])
            if output_dir:
                batch.write_atomic(output_dir / batch.safe_name(rec["id"]), export.to_json(rec))
            elif fmt == "table":
                if table_console is None:
                    from rich.console import Console

                    table_console = Console(file=stream) if out_f else Console()
                export.render_table(rec, table_console)
            elif fmt == "csv":
                stream.write(export.to_csv(rec, header=not header_done and not (resume and output and output.stat().st_size)))
                header_done = True
            else:
                stream.write(export.WRITERS[fmt](rec))
            stream.flush()
            if progress:
                el = time.perf_counter() - t0
                progress.update(task, advance=1, rate=processed / el if el else 0.0)
    except KeyboardInterrupt:
        _err(f"interrupted after {processed} articles; run again with --resume to continue")
        raise typer.Exit(130)
    finally:
        if progress:
            progress.stop()
        if out_f:
            out_f.close()
    el = time.perf_counter() - t0
    if not quiet:
        for f in failures[:20]:
            sys.stderr.write(f"failed: {f}\n")
        if len(failures) > 20:
            sys.stderr.write(f"... and {len(failures) - 20} more failures (see the error records)\n")
        sys.stderr.write(
            f"newsparse: {processed - failed} processed, {failed} failed, {skipped} skipped"
            f" in {el:.1f}s ({processed / el if el else 0:.1f} articles/s, {workers} workers)\n")
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
    app()


if __name__ == "__main__":
    main()
