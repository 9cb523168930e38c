"""The same extraction on a Dask cluster: the CLI's ``--engine dask --scheduler`` and the
``batch.to_dask_bag`` API, against a local cluster of two worker processes started here.
Skipped without the dask extra (``pip install 'newsparse[dask]'``)."""

import json
import subprocess
import sys

import pytest

distributed = pytest.importorskip("dask.distributed")
db = pytest.importorskip("dask.bag")

from newsparse import batch  # noqa: E402

TEXTS = [
    "قال الجيش العراقي إن الوضع مستقر في الموصل.",
    "أعلنت وزارة الصحة الفلسطينية مقتل 3 فلسطينيين في غزة.",
    "وقالت الأمم المتحدة إن آلاف المدنيين نزحوا من ريف حلب.",
    "أفاد المرصد السوري لحقوق الإنسان بإصابة خمسة أشخاص في قصف على إدلب.",
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def _local(jobs):
    batch._init_worker(())
    return [batch.process(j) for j in jobs]


def test_cli_engine_dask_matches_local(cluster, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(24):
        (src / f"a{i:02d}.txt").write_text(f"خبر {i}\n" + " ".join(TEXTS[j % 4] for j in range(i, i + 3)), encoding="utf-8")
    (src / "zbad.txt").write_bytes(b"\x00\x01\x02")
    out_d, out_l = tmp_path / "dask.jsonl", tmp_path / "local.jsonl"
    r = subprocess.run([sys.executable, "-m", "newsparse.cli", "extract", str(src), "-o", str(out_d),
                        "--engine", "dask", "--scheduler", cluster.scheduler_address],
                       capture_output=True, timeout=120)
    assert r.returncode == 1, r.stderr.decode()  # the bad file
    assert "24 processed, 1 failed" in r.stderr.decode() and "2 workers" in r.stderr.decode()
    r = subprocess.run([sys.executable, "-m", "newsparse.cli", "extract", str(src), "-o", str(out_l),
                        "--workers", "1"], capture_output=True)
    assert out_d.read_text(encoding="utf-8") == out_l.read_text(encoding="utf-8")  # same records, same order
    # resume works the same way on the cluster
    r = subprocess.run([sys.executable, "-m", "newsparse.cli", "extract", str(src), "-o", str(out_d),
                        "--engine", "dask", "--scheduler", cluster.scheduler_address, "--resume"],
                       capture_output=True, timeout=120)
    assert "0 processed, 1 failed, 24 skipped" in r.stderr.decode()


def test_to_dask_bag_same_records_as_local(cluster, tmp_path):
    rows = [{"id": f"r{i}", "url": f"https://example.org/{i}", "text": t} for i, t in enumerate(TEXTS)]
    rows.append({"title": "no text"})
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with distributed.Client(cluster) as client:
        bag = db.read_text(str(dump)).map(json.loads)
        got = batch.to_dask_bag(bag).compute()
        # plain texts work too; they get a content hash as id
        texts = batch.to_dask_bag(db.from_sequence(TEXTS, npartitions=2)).compute()
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(pids) == 2
    want = _local([batch.job_from_record(r, r["id"]) for r in rows[:4]])
    assert got[:4] == want
    assert "error" in got[4] and "no text in field 'text'" in got[4]["error"]
    assert [t["actors"] for t in texts] == [w["actors"] for w in want]
    assert all(t["id"].startswith("sha1:") for t in texts)


def test_run_on_a_dask_executor_with_user_lexicon(cluster):
    from newsparse.gazetteer import actor_entries_from

    user = tuple(actor_entries_from([{"name": "كتيبة الفجر الجديد", "type": "armed_group", "country": "LY"}], "mine"))
    for e in user:
        e.extra["user"] = True
    jobs = [batch.Job(id=f"j{i}", source=f"j{i}", text="هاجمت كتيبة الفجر الجديد مواقع في بنغازي.") for i in range(10)]
    with distributed.Client(cluster) as client:
        res = list(batch.run(jobs, lexicons=user, executor=client.get_executor(pure=False), chunksize=3))
    assert [r.id for r in res] == [j.id for j in jobs]
    assert all(any(a["name"] == "كتيبة الفجر الجديد" and a["source"] == "user" for a in r.record["actors"])
               for r in res)
