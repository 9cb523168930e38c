"""An on-disk cache of what newsparse builds from its shipped data at start-up (the name
index over ~12,600 places and ~2,600 actors): built once, then loaded in a fraction of the
time by every later process.

The cache lives in ``$NEWSPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsparse``, else
``~/.cache/newsparse``; ``NEWSPARSE_NO_CACHE=1`` turns it off. A cached file is named after
a fingerprint of everything it was built from (the data files' contents, the code that
builds it, the newsparse, camel-tools and Python versions), so a changed lexicon or a new version never
reads a stale index; the newest few other versions of a file are kept (``KEEP``), older ones removed. Reading or writing the cache never fails a run: an unreadable,
corrupt or unwritable cache means building in memory, as without a cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Callable

FORMAT = 1  # bump when the pickled structures change shape
KEEP = 3  # other versions of a cached object kept beside the one written (newest first)


def cache_dir() -> Path | None:
    """Where cached files go, or None when caching is off."""
    if os.environ.get("NEWSPARSE_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("NEWSPARSE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsparse"


def fingerprint(data_files: list[str], code_files: list[str], base: str = "") -> str:
    """A short hash of the named data files (under ``newsparse/data``) and code modules
    (under ``newsparse``), with the versions of newsparse, camel-tools (whose Unicode
    normalisation the name keys go through) and Python. ``base``, another fingerprint, is
    hashed in too: an object derived from another cached one names its key and its own code."""
    from . import __version__

    h = hashlib.blake2b(digest_size=10)
    h.update(f"{FORMAT}|{__version__}|{_camel_version()}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}|{base}".encode())
    pkg = resources.files("newsparse")
    for name in [f"data/{f}" for f in data_files] + list(code_files):
        p = pkg.joinpath(name)
        h.update(name.encode() + b"\0")
        h.update(p.read_bytes() if p.is_file() else b"<missing>")
    return h.hexdigest()


def _camel_version() -> str:
    try:
        import camel_tools  # the package alone: reads its VERSION file, imports nothing heavy
    except ImportError:  # pragma: no cover - a core dependency
        return "none"
    return str(getattr(camel_tools, "__version__", "?"))


def load_or_build(name: str, key: str, build: Callable[[], Any]) -> Any:
    """The object cached as ``name`` for ``key``, or ``build()`` (then cached for next time)."""
    d = cache_dir()
    if d is None:
        return build()
    path = d / f"{name}-{key}.pickle"
    obj = _read(path)
    if obj is not None:
        return obj
    obj = build()
    _write(path, obj, stale=f"{name}-*.pickle")
    return obj


def _read(path: Path) -> Any:
    import gc

    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects: no collection can free any of them
    try:
        return pickle.loads(raw)
    except Exception:  # noqa: BLE001 - a corrupt or foreign file is rebuilt, never fatal
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, obj: Any, stale: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # other versions of the same object: the newest few stay, so that installs of two
        # versions (two virtual environments, a checkout beside a release) do not each
        # rebuild on every start by deleting the other's file; older ones are removed
        others = []
        for old in path.parent.glob(stale):
            if old != path:
                try:
                    others.append((old.stat().st_mtime_ns, old))
                except OSError:
                    pass
        for _, old in sorted(others, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
