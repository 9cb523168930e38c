"""Batch runs at scale: many files with broken ones, resume after a killed run, streaming with
bounded memory, crashed workers, safe output names, progress on a terminal."""

import json
import multiprocessing
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse import batch

SENTENCES = [
    "قال الجيش العراقي إن الوضع مستقر في الموصل.",
    "أعلنت وزارة الصحة الفلسطينية مقتل 3 فلسطينيين في غزة.",
    "وقالت الأمم المتحدة إن آلاف المدنيين نزحوا من ريف حلب.",
    "أفاد المرصد السوري لحقوق الإنسان بإصابة خمسة أشخاص في قصف على إدلب.",
    "وذكرت وكالة الأنباء الرسمية أن الرئيس التقى وفدا في بيروت.",
    "ونفى المتحدث باسم الحكومة اليمنية هذه الأنباء.",
    "وأكد مصدر أمني اعتقال عشرة أشخاص في البصرة.",
]


def article(i: int) -> str:
    """A short article made of a few of the sentences above (different for each i)."""
    n = len(SENTENCES)
    k = 2 + i % 4
    return f"خبر رقم {i}\n" + " ".join(SENTENCES[(i * 3 + j) % n] for j in range(k)) + "\n"


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsparse.cli", *map(str, args)], capture_output=True, **kw)


def make_corpus(root: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = root / f"d{i % 10}" / f"a{i:04d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    return paths


BROKEN = {
    "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "nul.txt": "قال الجيش\x00 العراقي".encode("utf-8"),
    "garbage.txt": bytes((i * 37 + 11) % 256 for i in range(3000)),
    "invalid.txt": "café crème, résumé à la fenêtre. ".encode("latin-1") * 20,  # not UTF-8, not Arabic
    "huge.txt": ("قال الجيش العراقي إن الوضع مستقر. " * 400).encode("utf-8"),
}


def test_thousand_files_with_broken_ones_then_resume_does_nothing(tmp_path):
    src = tmp_path / "corpus"
    make_corpus(src, 1000)
    for name, data in BROKEN.items():
        (src / "broken" / name).parent.mkdir(exist_ok=True)
        (src / "broken" / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    t = time.perf_counter()
    r = cli("extract", src, "--output", out, "--workers", 2, "--max-chars", 5000)
    first = time.perf_counter() - t
    err = r.stderr.decode()
    assert r.returncode == 1, err  # some failed
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 1005
    ids = [x["id"] for x in recs]
    assert ids == sorted(ids)  # input order (sorted walk), whatever the workers
    bad = {Path(x["id"]).name: x["error"] for x in recs if "error" in x}
    assert set(bad) == set(BROKEN)
    assert "too large" in bad["huge.txt"] and "NUL" in bad["nul.txt"]
    assert all(f"failed: " in err and name in err for name in BROKEN)  # reported on stderr
    assert "1000 processed, 5 failed, 0 skipped" in err and "articles/s" in err
    good = [x for x in recs if "error" not in x]
    assert all(x["actors"] or x["places"] for x in good)

    # resume: nothing is extracted again; the broken files are retried and reported, and
    # as they fail the same way nothing is added to the output
    before = out.read_text(encoding="utf-8")
    t = time.perf_counter()
    r2 = cli("extract", src, "--output", out, "--workers", 2, "--max-chars", 5000, "--resume")
    err2 = r2.stderr.decode()
    assert "0 processed, 5 failed, 1000 skipped" in err2, err2
    assert all(name in err2 for name in BROKEN)
    assert out.read_text(encoding="utf-8") == before
    assert time.perf_counter() - t < first

    # a file mended in between is extracted on the next resume; its old error record stays
    (src / "broken" / "nul.txt").write_text("قال المرصد السوري إن 5 مدنيين قتلوا في إدلب.", encoding="utf-8")
    r3 = cli("extract", src, "--output", out, "--workers", 2, "--max-chars", 5000, "--resume")
    assert "1 processed, 4 failed, 1000 skipped" in r3.stderr.decode(), r3.stderr.decode()
    added = [json.loads(line) for line in out.read_text(encoding="utf-8")[len(before):].splitlines()]
    assert len(added) == 1 and Path(added[0]["id"]).name == "nul.txt" and "error" not in added[0]

    # --output-dir: a second run with --resume extracts nothing again and rewrites no file;
    # as with --output, the broken files are tried again and reported
    (src / "broken" / "nul.txt").write_bytes(BROKEN["nul.txt"])
    outd = tmp_path / "outd"
    r = cli("extract", src, "--output-dir", outd, "--workers", 2, "--max-chars", 5000, "-q")
    assert r.returncode == 1
    files = sorted(outd.iterdir())
    assert len(files) == 1005 and all(p.parent == outd and p.suffix == ".json" for p in files)
    mtimes = {p: p.stat().st_mtime_ns for p in files}
    r = cli("extract", src, "--output-dir", outd, "--workers", 2, "--max-chars", 5000, "--resume")
    err = r.stderr.decode()
    assert r.returncode == 1 and "0 processed, 5 failed, 1000 skipped" in err, err
    assert all(name in err for name in BROKEN)
    assert {p: p.stat().st_mtime_ns for p in outd.iterdir()} == mtimes
    # mended, it is extracted and its error record replaced; then nothing is left to do
    (src / "broken" / "nul.txt").write_text("قال المرصد السوري إن 5 مدنيين قتلوا في إدلب.", encoding="utf-8")
    r = cli("extract", src, "--output-dir", outd, "--workers", 2, "--max-chars", 5000, "--resume", "-q")
    assert r.returncode == 1
    mended = [p for p in outd.iterdir() if p.stat().st_mtime_ns != mtimes[p]]
    assert len(mended) == 1 and "nul" in mended[0].name
    rec = json.loads(mended[0].read_text(encoding="utf-8"))
    assert "error" not in rec and any(c["kind"] == "killed" for c in rec["casualties"])


def test_killed_run_resumes_without_truncated_or_duplicate_records(tmp_path):
    src = tmp_path / "corpus"
    n = 400
    make_corpus(src, n)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen([sys.executable, "-m", "newsparse.cli", "extract", str(src), "-o", str(out),
                          "--workers", "2", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    deadline = time.time() + 60
    try:
        while time.time() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 40:
                break
            if p.poll() is not None:
                pytest.fail("the run finished before it could be killed")
            time.sleep(0.02)
    finally:
        os.killpg(p.pid, signal.SIGKILL)  # the CLI and its workers, mid-run
        p.wait()
    data = out.read_bytes()
    lines = data.split(b"\n")
    assert 40 <= len(lines) - 1 < n
    for line in lines[:-1]:  # every complete line is a whole record
        json.loads(line)
    # a crash in the middle of a write leaves a truncated last line: resume must cut it off
    with open(out, "ab") as f:
        f.write(b'{"id": "' + str(src).encode() + b'/d0/a0000.txt", "sour')
    r = cli("extract", src, "-o", out, "--workers", 2, "--resume")
    assert r.returncode == 0, r.stderr.decode()
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [x["id"] for x in recs]
    assert len(ids) == len(set(ids)) == n
    assert set(ids) == {str(q) for q in src.rglob("*.txt")}
    assert f"{len(lines) - 1} skipped" in r.stderr.decode()


def test_run_streams_with_bounded_memory_and_keeps_order():
    drawn = 0

    def jobs():
        nonlocal drawn
        for i in range(5000):
            drawn += 1
            yield batch.Job(id=f"j{i}", source=f"j{i}", error="no text")  # cheap to process

    it = batch.run(jobs(), workers=2, chunksize=8, window=4)
    first = next(it)
    assert first.id == "j0" and first.error == "no text"
    assert drawn <= 8 * 5 + 1  # only the window was read, not the 5,000 jobs
    rest = [r.id for r in it]
    assert rest == [f"j{i}" for i in range(1, 5000)]


def test_iter_jobs_is_lazy_and_skip_avoids_reading(tmp_path, monkeypatch):
    make_corpus(tmp_path, 30)
    read = []
    real = batch.read_input

    def spy(path, max_chars=batch.DEFAULT_MAX_CHARS):
        read.append(path)
        return real(path, max_chars)

    monkeypatch.setattr(batch, "read_input", spy)
    it = batch.iter_jobs([str(tmp_path)], skip=lambda i: i.endswith(("a0000.txt", "a0010.txt")))
    assert next(it).id.endswith("a0020.txt")  # d0/: a0000 skipped, a0010, a0020
    assert len(read) == 1
    assert len(list(it)) == 27
    assert batch.count_jobs([str(tmp_path)]) == 30


def test_too_large_file_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB of NULs
    with pytest.raises(batch.InputError, match="too large"):
        batch.read_input(str(big), max_chars=1000)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_dying_worker_gives_an_error_record_and_the_run_goes_on(monkeypatch):
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        pytest.skip("the patch reaches the workers only through fork")
    real = batch.process

    def fragile(job):
        if job.id == "j7":
            os._exit(3)  # as if the OOM killer struck
        return real(job)

    monkeypatch.setattr(batch, "process", fragile)
    jobs = [batch.Job(id=f"j{i}", source=f"j{i}", text="قال الجيش العراقي إن الوضع مستقر في الموصل.")
            for i in range(20)]
    res = list(batch.run(jobs, workers=2, chunksize=4))
    assert [r.id for r in res] == [f"j{i}" for i in range(20)]
    assert [r.id for r in res if r.error] == ["j7"]
    assert "worker process died" in res[7].error
    assert any(a["name"] == "الجيش العراقي" for a in res[8].record["actors"])


def test_jsonl_records_metadata_stdin_and_mixed_inputs(tmp_path):
    dump = tmp_path / "dump.jsonl"
    rows = [{"url": "https://example.org/1", "title": "عنوان", "date": "2024-01-02", "text": article(1)},
            {"id": "x2", "text": article(2), "hostname": "example.org"}]
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    one = tmp_path / "one.txt"
    one.write_text(article(3), encoding="utf-8")
    r = cli("extract", dump, one, "-", input=article(4).encode())
    assert r.returncode == 0, r.stderr.decode()
    recs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [x["id"] for x in recs] == [f"{dump}:1", "x2", str(one), "<stdin>"]
    assert recs[0]["meta"] == {"url": "https://example.org/1", "title": "عنوان", "date": "2024-01-02"}
    assert recs[1]["meta"] == {"hostname": "example.org"}


def test_output_dir_names_stay_inside_and_stale_temp_files_are_cleaned(tmp_path):
    dump = tmp_path / "d.jsonl"
    ids = ["../../etc/passwd", "/abs/path", "..", "a/../../b", "con", "x" * 300, "\u0645\u0642\u0627\u0644"]
    dump.write_text("\n".join(json.dumps({"id": i, "text": article(k)}, ensure_ascii=False)
                              for k, i in enumerate(ids)), encoding="utf-8")
    outd = tmp_path / "deep" / "out"
    outd.mkdir(parents=True)
    (outd / ".tmp-abandoned.json").write_text("{", encoding="utf-8")
    r = cli("extract", dump, "--output-dir", outd, "--resume", "-q")
    assert r.returncode == 0, r.stderr.decode()
    names = [p.name for p in outd.iterdir()]
    assert len(names) == len(ids) and not any(n.startswith(".tmp-") for n in names)
    assert all(len(n) < 120 and "/" not in n for n in names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "deep"]
    assert {json.loads(p.read_text(encoding="utf-8"))["id"] for p in outd.iterdir()} == set(ids)


def test_progress_bar_on_a_terminal_only(tmp_path):
    make_corpus(tmp_path / "c", 12)
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "newsparse.cli", "extract", str(tmp_path / "c"),
                          "-o", str(tmp_path / "o.jsonl"), "--workers", "1"],
                         stdout=subprocess.DEVNULL, stderr=slave, env={**os.environ, "COLUMNS": "100"})
    os.close(slave)
    buf = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
    p.wait()
    os.close(master)
    text = buf.decode("utf-8", "replace")
    assert p.returncode == 0
    assert "12/12" in text and "art/s" in text and "12 processed" in text
    r = cli("extract", tmp_path / "c", "-o", tmp_path / "o2.jsonl")  # stderr is a pipe: summary only
    assert "art/s" not in r.stderr.decode() and "12 processed" in r.stderr.decode()


def test_formats_in_batch(tmp_path):
    make_corpus(tmp_path / "c", 6)
    r = cli("extract", tmp_path / "c", "--format", "csv", "--workers", 2)
    lines = r.stdout.decode().splitlines()
    assert r.returncode == 0 and lines[0].startswith("source,item,kind")
    assert sum(line.startswith("source,") for line in lines) == 1
    r = cli("extract", tmp_path / "c", "--format", "yaml", "--workers", 2)
    assert r.stdout.decode().count("---\n") == 6
    r = cli("extract", tmp_path / "c", "--engine", "spark")
    assert r.returncode == 2 and "unknown engine" in r.stderr.decode()
    r = cli("extract", tmp_path / "c", "--scheduler", "tcp://x:1")
    assert r.returncode == 2 and "--engine dask" in r.stderr.decode()


def test_timeout_gives_an_error_record_and_the_run_goes_on(seed_text):
    from newsparse import batch

    long_text = (seed_text + "\n") * 60  # ~170,000 characters: far more than 1 ms of work
    jobs = [batch.Job("slow", "slow.txt", long_text), batch.Job("fast", "fast.txt", "قالت الأمم المتحدة إن 5 مدنيين قتلوا في حلب.")]
    res = list(batch.run(iter(jobs), workers=1, timeout=0.001))
    assert res[0].error and "--timeout" in res[0].error and res[0].error.startswith("slow.txt: ")
    # the alarm is off again: the next article runs to the end (with or without a limit)
    res = list(batch.run(iter(jobs[1:]), workers=1, timeout=30))
    assert res[0].error is None and res[0].record["casualties"]
    res = list(batch.run(iter(jobs[:1]), workers=1, timeout=None))
    assert res[0].error is None and res[0].record["actors"]


def test_timeout_in_worker_processes(tmp_path, seed_text):
    import json
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text((seed_text + "\n") * 60, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "newsparse.cli", "extract", str(tmp_path), "-o", str(out),
                        "--workers", "2", "--timeout", "0.001", "--glob", "*.txt"], capture_output=True, text=True)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert r.returncode == 1
    assert [("error" in x) for x in recs] == [True, True]  # 1 ms is too short even for the seed
    assert all("took longer than 0.001 s" in x["error"] for x in recs)


def test_extraction_leaves_no_reference_cycles(seed_text):
    # the batch loop turns the cyclic collector off (reference counting frees each article):
    # that holds only while an article's objects form no cycles
    import gc

    from newsparse import parse

    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(Path(batch.__file__).parent.parent.glob("samples/*.txt"))]
    parse(texts[0]).to_dict()  # lazy tables loaded outside the measurement
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for t in texts:
            art = parse(t)
            assert art.actors and art.to_dict()["actors"]
            del art
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_a_failed_article_brings_the_collection_forward(seed_text, monkeypatch):
    # a failure's traceback may leave a reference cycle: with the collector off, the next
    # collection comes _COLLECT_AFTER_ERROR articles after it, not _COLLECT_EVERY
    import gc

    monkeypatch.setattr(batch, "_COLLECT_EVERY", 10**6)
    monkeypatch.setattr(batch, "_COLLECT_AFTER_ERROR", 2)
    monkeypatch.setattr(batch, "_processed", 0)
    monkeypatch.setattr(batch, "_last_collect", 0)
    monkeypatch.setattr(batch, "_failed_since_collect", False)
    calls = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append(batch._processed) or 0)
    was = gc.isenabled()
    gc.disable()
    try:
        for i in range(4):  # no failure: no collection
            batch.process(batch.Job(id=f"ok{i}", source="ok", text="قتل شخصان في حلب."))
        assert calls == []
        bad = batch.process(batch.Job(id="bad", source="bad", text=None, error="bad: not UTF-8"))
        assert "error" in bad
        batch.process(batch.Job(id="next", source="ok", text="قتل شخصان في حلب."))
        assert calls == [6]  # two articles after the last collection point, one failed
        batch.process(batch.Job(id="after", source="ok", text="قتل شخصان في حلب."))
        assert calls == [6]  # and not again until the next failure
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


def test_single_worker_run_restores_the_collector(seed_text):
    import gc

    before = (gc.isenabled(), gc.get_threshold())
    jobs = [batch.Job(id=f"a{i}", source=f"a{i}", text=seed_text) for i in range(3)]
    seen = []
    for r in batch.run(jobs, workers=1):
        seen.append(gc.isenabled())  # off while extracting
        assert r.record["actors"]
    assert seen == [False] * 3
    assert (gc.isenabled(), gc.get_threshold()) == before


def test_jsonl_bad_lines_are_error_records_and_the_file_goes_on(tmp_path):
    # a line that is no UTF-8 (or no JSON) gives its own error record; the records after it
    # are extracted, by the workers (undecoded lines) as in one process and with --resume
    dump = tmp_path / "d.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": article(i)}, ensure_ascii=False).encode() for i in range(3)]
    dump.write_bytes(b"\xef\xbb\xbf" + good[0] + b"\n" + "{\"id\": \"bad\", \"text\": \"caf\xe9\"}".encode("latin-1")
                     + b"\n{not json\n" + good[1] + b"\n" + good[2] + b"\n")
    for extra in (["--workers", "2"], ["--workers", "1"]):
        out = tmp_path / f"out{extra[1]}.jsonl"
        r = cli("extract", dump, "-o", out, *extra)
        assert r.returncode == 1, r.stderr.decode()  # two articles failed
        recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [x["id"] for x in recs] == ["g0", f"{dump}:2", f"{dump}:3", "g1", "g2"]
        assert "not UTF-8" in recs[1]["error"] and "invalid JSON" in recs[2]["error"]
        assert all(x["actors"] for x in recs if "error" not in x)
    # --resume decodes in the parent (it needs the ids): nothing new to do
    r = cli("extract", dump, "-o", tmp_path / "out2.jsonl", "--resume", "--workers", "2")
    assert r.returncode == 1 and "3 skipped" in r.stderr.decode()


def test_raw_jobs_are_decoded_by_the_worker(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "r1", "title": "t", "text": article(5)}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    raw = list(batch.iter_jobs([str(dump)], raw=True))
    plain = list(batch.iter_jobs([str(dump)]))
    assert raw[0].raw is not None and raw[0].text is None and raw[0].id == f"{dump}:1"
    assert batch.decoded(raw[0]) == plain[0] and plain[0].id == "r1"
    assert batch.process(raw[0]) == batch.process(plain[0])
    assert batch.process(raw[0])["meta"] == {"title": "t"}


def test_pool_run_restores_a_collector_that_was_off(seed_text):
    # the CLI turns the collector off for start-up; a pool's parent runs with it on and
    # leaves it as it found it
    import gc

    jobs = [batch.Job(id=f"p{i}", source=f"p{i}", text=seed_text) for i in range(3)]
    gc.disable()
    try:
        assert [r.id for r in batch.run(jobs, workers=2)] == ["p0", "p1", "p2"]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_periodic_collection_freezes_what_survived(seed_text, monkeypatch):
    # with the collector off, process() collects every _COLLECT_EVERY articles and freezes
    # the survivors (the memoised words), so the next collection does not scan them again
    import gc

    monkeypatch.setattr(batch, "_COLLECT_EVERY", 2)
    monkeypatch.setattr(batch, "_processed", 0)
    monkeypatch.setattr(batch, "_last_collect", 0)
    monkeypatch.setattr(batch, "_failed_since_collect", False)
    was = gc.isenabled()
    gc.disable()
    try:
        gc.unfreeze()
        batch.process(batch.Job(id="a", source="a", text=seed_text))
        assert gc.get_freeze_count() == 0  # not yet: one article processed
        batch.process(batch.Job(id="b", source="b", text=seed_text))
        assert gc.get_freeze_count() > 1000  # the loaded tables and memos, frozen
        assert len(gc.get_objects()) < 1000  # what the next collection scans
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


def test_news_please_records_keep_their_date_and_domain(tmp_path):
    dump = tmp_path / "np.jsonl"
    rec = {"maintext": "قال الجيش اللبناني إن جنديا قتل في الجنوب.", "title": "مقتل جندي",
           "date_publish": "2018-05-01 10:00:00", "url": "http://example.org/1",
           "source_domain": "example.org", "authors": ["مراسل"], "image_url": "http://example.org/a.jpg"}
    dump.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    r = cli("extract", dump, "--text-field", "maintext", "-q")
    assert r.returncode == 0, r.stderr.decode()
    out = json.loads(r.stdout)
    assert out["meta"] == {"title": "مقتل جندي", "url": "http://example.org/1", "date_publish": "2018-05-01 10:00:00",
                           "source_domain": "example.org", "authors": ["مراسل"]}
    assert any(c["kind"] == "killed" for c in out["casualties"])
