"""Build configuration beyond pyproject.toml: the optional compiled inner loop of the
tokeniser (newsparse/_speedups.c). Without a C compiler the build skips it and newsparse runs
its pure-Python loop (same results, slower)."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("newsparse._speedups", ["newsparse/_speedups.c"], optional=True)])
