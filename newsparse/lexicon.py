"""Load the YAML data shipped in ``newsparse/data`` (and users' own lexicons), cached."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any


class DataError(ValueError):
    """A data or lexicon file that does not fit its schema; the message names file and key."""


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Parsed content of ``newsparse/data/<name>`` (YAML), loaded once per process (and
    kept parsed in the cache of ``newsparse.cache`` for the next one)."""
    from . import cache

    key = cache.fingerprint([name], [])
    return cache.load_or_build("data-" + name.replace("/", "-"), key, lambda: _parse_data(name))


def _parse_data(name: str) -> Any:
    import yaml

    path = resources.files("newsparse.data").joinpath(name)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 5-10x faster
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as e:
        raise DataError(f"newsparse/data/{name}: invalid YAML: {e}") from None
