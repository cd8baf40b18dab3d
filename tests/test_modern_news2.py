"""The second modern wire-style set (tests/data/modern_news2.jsonl): 230 invented sentences about
plausible 2015-2026 events, NOT real news, written and labelled in session 11 by a helper who never
ran the coder (blind), under the conventions of eval/README.md.

It is split in two by id: even ids are the development half (read, worked on), odd ids the check
half (measured only: its errors are not read). Each half must stay above a floor a little below
its last measurement, so a regression fails.

Print both halves' scores (and the development half's errors with ``--errors``)::

    PYTHONPATH=src python tests/test_modern_news2.py [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from riftwatch.evaluation.gold import GoldSet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_modern_news import load_modern  # noqa: E402  (the first set's reader: same format)

DATA = Path(__file__).resolve().parent / "data" / "modern_news2.jsonl"
#: root-level F1 floors, a little below the session-16 measurements (development half P 0.791
#: R 0.644 F1 0.710, first measured at 0.423, 0.586 after session 11, 0.632 after sessions 12 and 13,
#: 0.658 after session 14, 0.675 after session 15; check half P 0.624 R 0.472 F1 0.538, first 0.483,
#: 0.484 after session 12, 0.504 after session 13, 0.510 after session 14, 0.534 after session 15; session 17:
#: development P 0.807 R 0.652 F1 0.721, check P 0.630 R 0.472 F1 0.540; raised after session 31: development 0.754,
#: check 0.582)
FLOORS = {"dev": 0.73, "check": 0.56}


def half(gs: GoldSet, part: str) -> GoldSet:
    """The development (even ids) or check (odd ids) half of the set."""
    keep = 0 if part == "dev" else 1
    recs = [r for r in gs.records if int(r.id.rsplit("-", 1)[1]) % 2 == keep]
    return GoldSet(f"{gs.name}-{part}", gs.kind, recs, gs.levels, gs.headline, gs.files)


def assert_blind_file(data: Path, n: int) -> None:
    """The file says it is our own invented, blind-labelled text; ``n`` unique records, at least
    60 restraint cases, split evenly in two halves (shared with tests/test_modern_news3.py)."""
    first = json.loads(data.read_text(encoding="utf-8").splitlines()[0])
    assert "NOT real news" in first["header"] and "blind" in first["header"]
    gs = load_modern(data)
    assert len(gs.records) == n and len({r.id for r in gs.records}) == n
    assert sum(r.no_event for r in gs.records) >= 60  # restraint cases
    assert len(half(gs, "dev").records) == len(half(gs, "check").records) == n // 2


def assert_half_floor(engine, data: Path, part: str, floor: float) -> None:
    """One half's root F1 stays at or above its floor."""
    from riftwatch.evaluation.score import evaluate

    s = evaluate(half(load_modern(data), part), engine, errors=0, diagnose=False).levels["root"]
    assert s.f1 >= floor, f"{data.name} {part} root F1 {s.f1:.3f} < {floor}"


def blind_set_tests(data: Path, n: int, floors: dict[str, float]):
    """The two tests of a blind set (shared with tests/test_modern_news3.py and …4.py): the file says what
    it is, and each half stays above its floor."""
    def test_the_file_says_it_is_our_own_blind_text():
        assert_blind_file(data, n)

    @pytest.mark.parametrize("part", ["dev", "check"])
    def test_each_half_stays_above_its_floor(engine, part):
        assert_half_floor(engine, data, part, floors[part])

    return test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor


test_the_file_says_it_is_our_own_blind_text, test_each_half_stays_above_its_floor = blind_set_tests(DATA, 230, FLOORS)


def print_halves(data: Path, argv: list[str]) -> None:
    """Print both halves' root scores of a blind set, and the development half's errors with
    ``--errors`` (shared with tests/test_modern_news3.py)."""
    from riftwatch.evaluation.score import evaluate
    from riftwatch.pipeline import Engine

    eng = Engine()
    for part in ("dev", "check"):
        rep = evaluate(half(load_modern(data), part), eng, errors=10000 if part == "dev" and "--errors" in argv else 0)
        s = rep.levels["root"]
        print(f"{part:5} root P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}")
        for e in rep.misses + rep.false_alarms if part == "dev" else ():
            print(f"  [{e.kind}] {e.record_id} {e.cause}: expected {e.expected} coded {e.coded}\n    {e.sentence}")


def main(argv: list[str]) -> None:
    print_halves(DATA, argv)


if __name__ == "__main__":
    main(sys.argv[1:])
