"""The fourth modern wire-style set (tests/data/modern_news4.jsonl): 240 invented sentences about
plausible 2024-2025 events, NOT real news, written and labelled in session 20 by a helper who never
ran the coder nor read its code (blind), under the conventions of eval/README.md.

Split in two by id as the second set is (tests/test_modern_news2.py): even ids are the development
half (read, worked on), odd ids the check half (measured only: its errors are not read). Each half
must stay above a floor a little below its last measurement, so a regression fails.

Print both halves' scores (and the development half's errors with ``--errors``)::

    PYTHONPATH=src python tests/test_modern_news4.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news2 import assert_blind_file, assert_half_floor, print_halves  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "modern_news4.jsonl"
#: root-level F1 floors, a little below the last measurements (session 20: first measured, before any work on
#: the set, development half P 0.723 R 0.569 F1 0.637, check half P 0.743 R 0.569 F1 0.645, the same with the
#: coder of the session's start; at the session's end development 0.757 (P 0.829 R 0.697), check 0.649 (P 0.745
#: R 0.574))
FLOORS = {"dev": 0.74, "check": 0.64}


def test_the_file_says_it_is_our_own_blind_text():
    assert_blind_file(DATA, 240)


@pytest.mark.parametrize("part", ["dev", "check"])
def test_each_half_stays_above_its_floor(engine, part):
    assert_half_floor(engine, DATA, part, FLOORS[part])


if __name__ == "__main__":
    print_halves(DATA, sys.argv[1:])
