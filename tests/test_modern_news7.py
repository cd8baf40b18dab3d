"""The seventh modern wire-style set (tests/data/modern_news7.jsonl): 240 invented sentences about
plausible 2024-2026 events, NOT real news, written and labelled in session 30 by a helper who never
ran the coder nor read its code (blind), under the conventions of eval/README.md.

Split, floored and printed as the second set is (tests/test_modern_news2.py; even ids are the
development half, odd ids the check half, whose errors are not read):
``PYTHONPATH=src python tests/test_modern_news7.py [--errors]``. Its sentences were asked to be harder than
the earlier sets': two in three are long wire sentences with attribution, appositions and participial clauses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news2 import blind_set_tests, print_halves  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "modern_news7.jsonl"
#: root-level F1 floors, a little below the first measurements (session 30, before any work on the set, with the
#: coder of the session's start, 80469d4: development half P 0.681 R 0.535 F1 0.599, check half P 0.664 R 0.480
#: F1 0.557; with the session's work until then, b7415e0: development 0.602, check 0.557; at the session's end
#: development 0.644 (P 0.718 R 0.583), check 0.557 unchanged; after session 31 development 0.662 (P 0.741 R 0.597),
#: check 0.568 (P 0.670 R 0.493))
FLOORS = {"dev": 0.64, "check": 0.55}


test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor = blind_set_tests(
    DATA, 240, FLOORS)


if __name__ == "__main__":
    print_halves(DATA, sys.argv[1:])
