"""The start-up cache (newsparse.cache): later processes load what the first one built, and a
missing, corrupt, stale or unwritable cache changes nothing in the output."""

import os
import subprocess
import sys

import pytest

from newsparse import cache

RUN = (
    "import json, sys, newsparse\n"
    "a = newsparse.parse(sys.stdin.read())\n"
    "print(json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True))\n"
)


def _extract(text: str, **env: str) -> str:
    e = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    e.update(env)
    r = subprocess.run([sys.executable, "-c", RUN], input=text, capture_output=True, text=True,
                       env=e, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def uncached(seed_text):
    return _extract(seed_text, NEWSPARSE_NO_CACHE="1")


def test_second_process_reads_the_cache_and_extracts_the_same(tmp_path, seed_text, uncached):
    first = _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.startswith("names-") for n in names), names
    assert any(n.startswith("data-titles.yaml-") for n in names), names
    # and what start-up derives from the entries alone (gazetteer.derived)
    assert any(n.startswith("variant-index-") for n in names), names
    assert any(n.startswith("spaced-seconds-") for n in names), names
    stamp = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    second = _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path))
    assert first == second == uncached
    assert "التحالف الدولي" in second
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == stamp  # read, not rewritten


def test_corrupt_cache_is_rebuilt(tmp_path, seed_text, uncached):
    _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path))
    index = next(p for p in tmp_path.iterdir() if p.name.startswith("names-"))
    index.write_bytes(b"not a pickle at all")
    assert _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path)) == uncached


def test_old_versions_are_removed_the_newest_few_kept(tmp_path, seed_text, uncached):
    # five other versions, oldest first: the newest KEEP stay (another install may use them),
    # the rest go
    for age in range(5):
        old = tmp_path / f"names-00000000000000dead{age}.pickle"
        old.write_bytes(b"old")
        os.utime(old, ns=(10**18 + age * 10**9, 10**18 + age * 10**9))
    assert _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path)) == uncached
    names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("names-"))
    assert [n for n in names if "dead" in n] == [f"names-00000000000000dead{a}.pickle" for a in (2, 3, 4)]
    assert len(names) == cache.KEEP + 1  # and the one just written


def test_no_cache_writes_nothing(tmp_path, seed_text, uncached):
    assert _extract(seed_text, NEWSPARSE_CACHE_DIR=str(tmp_path), NEWSPARSE_NO_CACHE="1") == uncached
    assert list(tmp_path.iterdir()) == []


def test_unwritable_cache_dir_is_not_an_error(tmp_path, seed_text, uncached):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    assert _extract(seed_text, NEWSPARSE_CACHE_DIR=str(blocker / "sub")) == uncached


def test_fingerprint_follows_the_data(monkeypatch):
    a = cache.fingerprint(["titles.yaml"], [])
    assert a == cache.fingerprint(["titles.yaml"], [])
    assert a != cache.fingerprint(["cues.yaml"], [])
    assert a != cache.fingerprint(["titles.yaml"], ["reader.py"])
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    assert a != cache.fingerprint(["titles.yaml"], [])


def test_fingerprint_follows_the_camel_tools_version(monkeypatch):
    # name keys go through camel-tools' Unicode normalisation: an upgrade rebuilds the cache
    import camel_tools

    a = cache.fingerprint(["titles.yaml"], [])
    monkeypatch.setattr(camel_tools, "__version__", "0.0.0-test")
    assert a != cache.fingerprint(["titles.yaml"], [])


def test_cache_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSPARSE_NO_CACHE", raising=False)
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path))
    assert cache.cache_dir() == tmp_path
    monkeypatch.delenv("NEWSPARSE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "newsparse"
    monkeypatch.setenv("NEWSPARSE_NO_CACHE", "1")
    assert cache.cache_dir() is None


def test_derived_objects_are_read_back_not_rebuilt(tmp_path, monkeypatch):
    from newsparse import actors, gazetteer

    monkeypatch.delenv("NEWSPARSE_NO_CACHE", raising=False)
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path))
    built = actors._build_variant_index()
    first = gazetteer.derived("variant-index", ["actors.py"], actors._build_variant_index)
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("variant-index-")]) == 1

    def fail():
        raise AssertionError("rebuilt although cached")

    assert gazetteer.derived("variant-index", ["actors.py"], fail) == first == built
    # its key follows the code that builds it and the name index it is built from
    base = gazetteer._base_key()
    assert cache.fingerprint([], ["actors.py"], base=base) != cache.fingerprint([], ["places.py"], base=base)
    assert cache.fingerprint([], ["actors.py"], base=base) != cache.fingerprint([], ["actors.py"], base="other")


def test_cached_variant_index_refers_to_the_shipped_entries_themselves():
    # entries are cached by position: the index holds the very objects the matcher returns
    from newsparse import actors, gazetteer

    entries = {id(e) for e in gazetteer.actor_entries()}
    index = actors._variant_index()
    hits = [v for v in index.values() if v is not None]
    assert len(hits) > 1000
    assert all(id(e) in entries for _, e in hits)
    key = tuple(map(actors._skeleton, gazetteer.name_key("فيديريكا موغيريني")))
    assert index[key][1].en == "Federica Mogherini"
