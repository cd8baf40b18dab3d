"""The sixth modern wire-style set (tests/data/modern_news6.jsonl): 240 invented sentences about
plausible 2024-2026 events, NOT real news, written and labelled in session 29 by a helper who never
ran the coder nor read its code (blind), under the conventions of eval/README.md.

Split, floored and printed as the second set is (tests/test_modern_news2.py; even ids are the
development half, odd ids the check half, whose errors are not read):
``PYTHONPATH=src python tests/test_modern_news6.py [--errors]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news2 import blind_set_tests, print_halves  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "modern_news6.jsonl"
#: root-level F1 floors, a little below the last measurements (session 29: first measured, before any work on
#: the set, development half P 0.846 R 0.607 F1 0.707, check half P 0.803 R 0.637 F1 0.710, the same with the
#: coder of the session's start, e2c3e88, and with the session's work until then; at the session's end development
#: 0.779 (P 0.890 R 0.693), check 0.710 (P 0.803 R 0.637), unchanged: the development half's gains did not carry;
#: session 30: development 0.788 (P 0.891 R 0.706), check 0.710 unchanged)
FLOORS = {"dev": 0.77, "check": 0.70}


test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor = blind_set_tests(
    DATA, 240, FLOORS)


if __name__ == "__main__":
    print_halves(DATA, sys.argv[1:])
