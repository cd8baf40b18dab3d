"""The third modern wire-style set (tests/data/modern_news3.jsonl): 240 invented sentences about
plausible 2017-2025 events, NOT real news, written and labelled in session 14 by a helper who never
ran the coder nor read its code (blind), under the conventions of eval/README.md.

Split in two by id as the second set is (tests/test_modern_news2.py): even ids are the development
half (read, worked on), odd ids the check half (measured only: its errors are not read). Each half
must stay above a floor a little below its last measurement, so a regression fails.

Print both halves' scores (and the development half's errors with ``--errors``)::

    PYTHONPATH=src python tests/test_modern_news3.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news2 import blind_set_tests, print_halves  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "modern_news3.jsonl"
#: root-level F1 floors, a little below the last measurements (session 14: first measured, before any work on
#: the set, development half P 0.718 R 0.454 F1 0.556, check half P 0.613 R 0.483 F1 0.541 (with the coder
#: of the session's start, 0.551 and 0.537); at the session's end development 0.671 (P 0.818 R 0.569), check
#: 0.544 (P 0.612 R 0.490); session 15: development 0.721 (P 0.840 R 0.632), check 0.547 (P 0.610 R 0.497);
#: session 16: development 0.732 (P 0.848 R 0.644), check 0.563 (P 0.619 R 0.517); session 17: development
#: 0.757 (P 0.885 R 0.661), check 0.565 (P 0.624 R 0.517); after session 31: development 0.808, check 0.591)
FLOORS = {"dev": 0.78, "check": 0.57}


test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor = blind_set_tests(
    DATA, 240, FLOORS)


if __name__ == "__main__":
    print_halves(DATA, sys.argv[1:])
