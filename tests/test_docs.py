"""Docs stay true to the code: every setting and every command is in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from riftwatch.cli import app
from riftwatch.config import SETTINGS

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    if not README.is_file():
        pytest.skip("README.md not found next to the tests (installed elsewhere)")
    return README.read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_docs_every_setting_in_readme(readme, setting):
    assert f"`{setting.name}`" in readme and setting.env in readme


def test_docs_every_command_in_readme(readme):
    names = [c.name or c.callback.__name__.removesuffix("_cmd") for c in app.registered_commands]
    missing = [n for n in names if f"riftwatch {n}" not in readme]
    assert not missing, missing
