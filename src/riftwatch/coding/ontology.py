"""The CAMEO 1.1b3 code table: label, Goldstein value, QuadClass, PLOVER mapping."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataFileError
from ..tables import data_path, read_tsv

COLUMNS = ("code", "root", "label", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("042", "1121"). Codes are never integers."""
    path = data_path("cameo", "event_codes.tsv")
    out: dict[str, CameoCode] = {}
    for n, r in read_tsv(path, COLUMNS):
        code = r["code"]
        if not code.isdigit() or not 2 <= len(code) <= 4 or code[:2] != r["root"]:
            raise DataFileError(str(path), n, f"bad code/root {code!r}/{r['root']!r}")
        try:
            g = float(r["goldstein"])
            q = int(r["quad_class"])
        except ValueError:
            raise DataFileError(str(path), n, "goldstein must be a number and quad_class an integer") from None
        if not -10 <= g <= 10 or q not in (1, 2, 3, 4):
            raise DataFileError(str(path), n, f"goldstein {g} or quad_class {q} out of range")
        out[code] = CameoCode(code, r["root"], r["label"], g, q, r["plover_type"] or None,
                              r["plover_mode"] or None, r["plover_context"] or None)
    return out


def lookup(code: str) -> CameoCode:
    try:
        return cameo_codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None
