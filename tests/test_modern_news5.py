"""The fifth modern wire-style set (tests/data/modern_news5.jsonl): 240 invented sentences about
plausible 2023-2025 events, NOT real news, written and labelled in session 21 by a helper who never
ran the coder nor read its code (blind), under the conventions of eval/README.md.

Split, floored and printed as the second set is (tests/test_modern_news2.py; even ids are the
development half, odd ids the check half, whose errors are not read):
``PYTHONPATH=src python tests/test_modern_news5.py [--errors]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news2 import blind_set_tests, print_halves  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "modern_news5.jsonl"
#: root-level F1 floors, a little below the last measurements (session 21: first measured, before any work on
#: the set, development half P 0.770 R 0.639 F1 0.699, check half P 0.773 R 0.680 F1 0.723, the same with the
#: coder of the session's start; at the session's end development 0.833 (P 0.873 R 0.796), check 0.721 (P 0.767
#: R 0.680); after session 31 development 0.872 (P 0.911 R 0.837), check 0.714)
FLOORS = {"dev": 0.85, "check": 0.71}


test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor = blind_set_tests(
    DATA, 240, FLOORS)


if __name__ == "__main__":
    print_halves(DATA, sys.argv[1:])
