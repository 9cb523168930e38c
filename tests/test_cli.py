"""The command line, run as a user would: a real process, real files, stdout and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import __version__


def run(*args, input=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsparse.cli", *map(str, args)], input=input,
                          capture_output=True, cwd=cwd)


def spans_ok(d, text):
    bad = 0
    for key in ("actors", "places"):
        for e in d[key]:
            for m in e["mentions"]:
                bad += text[m["start"]:m["end"]] != m["text"]
    for c in d["casualties"]:
        ev = c["evidence"]
        bad += text[ev["start"]:ev["end"]] != ev["text"]
    for a in d["attributions"]:
        for k in ("speaker", "cue", "content"):
            bad += text[a[k]["start"]:a[k]["end"]] != a[k]["text"]
    return bad == 0


def test_extract_seed_json_validates_and_offsets_hold(seed_path, seed_text):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    r = run("extract", seed_path, "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    schema = json.loads(resources.files("newsparse").joinpath("schema/article.schema.json").read_text())
    jsonschema.validate(d, schema)
    assert d["title"] == seed_text.split("\n")[0]
    assert d["chars"] == len(seed_text)
    assert d["newsparse_version"] == __version__
    assert spans_ok(d, seed_text)
    names = {a["name"] for a in d["actors"]}
    assert "وزارة الدفاع الروسية" in names
    assert any(a["type"] == "armed_group" and "قسد" in [m["text"] for m in a["mentions"]] for a in d["actors"])


def test_stdin_yaml_and_piped_default_is_json(seed_text):
    r = run("extract", "-", input=seed_text.encode())
    assert r.returncode == 0
    assert json.loads(r.stdout)["source"] == "<stdin>"
    r = run("extract", "-", "--format", "yaml", input="قال الجيش العراقي إن الوضع مستقر في الموصل.".encode())
    assert r.returncode == 0
    import yaml

    d = yaml.safe_load(r.stdout)
    assert any(a["name"] == "الجيش العراقي" for a in d["actors"])


def test_csv_and_table(seed_path, tmp_path):
    r = run("extract", seed_path, "--format", "csv")
    assert r.returncode == 0
    lines = r.stdout.decode().splitlines()
    assert lines[0].startswith("source,item,kind")
    assert any(",actor," in l and "قسد" in l for l in lines)
    out = tmp_path / "view.txt"
    r = run("extract", seed_path, "--format", "table", "--output", out)
    assert r.returncode == 0 and "Actors" in out.read_text()


def test_normalize_command():
    r = run("normalize", "-", input="قُتِلَ ٢٥ مدنيّاً".encode())
    assert r.returncode == 0
    assert r.stdout.decode() == "قتل 25 مدنيا"


def test_bad_input_one_line_errors(tmp_path):
    binf = tmp_path / "photo.txt"
    binf.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    r = run("extract", binf)
    assert r.returncode == 1
    err = r.stderr.decode().strip()
    assert err.startswith("newsparse: error:") and "photo.txt" in err and "\n" not in err
    r = run("extract", tmp_path / "missing.txt")
    assert r.returncode == 1 and "no such file" in r.stderr.decode()
    r = run("extract", "x.txt", "--format", "xml")
    assert r.returncode == 2 and "unknown format" in r.stderr.decode()


def test_many_files_jsonl_error_records_and_resume(tmp_path, seed_text):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(seed_text, encoding="utf-8")
    (d / "b.txt").write_text("أعلنت وزارة الصحة الفلسطينية مقتل 3 فلسطينيين في غزة.", encoding="utf-8")
    (d / "c.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "sub").mkdir()
    (d / "sub" / "e.txt").write_text("قالت الأمم المتحدة إن الوضع في اليمن كارثي.", encoding="cp1256")
    out = tmp_path / "out.jsonl"
    r = run("extract", d, "--output", out, "--workers", "2")
    assert r.returncode == 1  # one file failed
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(x["id"]).name for x in recs] == ["a.txt", "b.txt", "c.txt", "e.txt"]
    assert "error" in recs[2] and "NUL" in recs[2]["error"]
    assert "1 failed" in r.stderr.decode()
    r2 = run("extract", d, "--output", out, "--resume")
    assert "3 skipped" in r2.stderr.decode() and "1 failed" in r2.stderr.decode()  # retried
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4  # same error: not added twice


def test_jsonl_input_and_output_dir(tmp_path):
    src = tmp_path / "dump.jsonl"
    recs = [{"id": "../../evil", "title": "t", "url": "http://x", "body": "قال الجيش اللبناني إن جنديا قتل."},
            {"id": "2", "body": None}, "not json"]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) if r != "not json" else r for r in recs), encoding="utf-8")
    outd = tmp_path / "out"
    r = run("extract", src, "--text-field", "body", "--output-dir", outd)
    assert r.returncode == 1
    files = sorted(p.name for p in outd.iterdir())
    assert len(files) == 3 and all(p.parent == outd for p in outd.iterdir())
    assert not (tmp_path / "evil.json").exists()
    good = [json.loads(p.read_text()) for p in outd.iterdir()]
    assert any(g.get("meta", {}).get("url") == "http://x" for g in good)
    assert sum("error" in g for g in good) == 2


def test_user_lexicon(tmp_path):
    lex = tmp_path / "mine.yaml"
    lex.write_text("- name: كتيبة الفجر الجديد\n  type: armed_group\n  country: LY\n  aliases: [الكتيبة الجديدة]\n", encoding="utf-8")
    r = run("extract", "-", "--lexicon", lex, "--format", "json",
            input="هاجمت كتيبة الفجر الجديد مواقع في بنغازي.".encode())
    assert r.returncode == 0
    assert any(a["name"] == "كتيبة الفجر الجديد" and a["source"] == "user" for a in json.loads(r.stdout)["actors"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: شيء\n  type: tribe\n", encoding="utf-8")
    r = run("extract", "-", "--lexicon", bad, input="نص".encode())
    assert r.returncode == 2 and "bad.yaml: entry 1" in r.stderr.decode() and "type" in r.stderr.decode()


def test_version_and_help():
    r = run("--version")
    assert r.stdout.decode().strip() == f"newsparse {__version__}"
    r = run("extract", "--help")
    assert r.returncode == 0 and "--text-field" in r.stdout.decode()


def test_python_dash_m_newsparse_is_the_same_command(seed_path, seed_text):
    r = subprocess.run([sys.executable, "-m", "newsparse", "extract", seed_path, "--format", "json"],
                       capture_output=True)
    assert r.returncode == 0, r.stderr.decode()
    d = json.loads(r.stdout)
    assert spans_ok(d, seed_text) and d["actors"] and d["places"]
