"""Every data file the code reads is declared as package data, so a plain (non-editable)
install ships it: a file left out would make extraction silently poorer."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_package_data():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = conf["tool"]["setuptools"]["package-data"]["newsparse"]
    pkg = ROOT / "newsparse"
    files = [p.relative_to(pkg).as_posix() for d in ("data", "schema") for p in (pkg / d).rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert not missing, f"not declared as package data: {missing}"


def test_data_files_have_no_presentation_forms():
    # spaCy once shipped Arabic number words typed in presentation forms that never matched
    bad = []
    for p in (ROOT / "newsparse" / "data").rglob("*"):
        if p.suffix in (".yaml", ".txt", ".tsv"):
            text = p.read_text(encoding="utf-8")
            if any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in text):
                bad.append(p.name)
    assert not bad


def test_extraction_imports_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, newsparse, newsparse.cli; newsparse.parse('قال الجيش السوري إن 3 مدنيين قتلوا في حلب.');"
            "print(','.join(m for m in ('torch', 'transformers', 'pandas', 'numpy', 'dask', "
            "'camel_tools.utils.charsets') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
