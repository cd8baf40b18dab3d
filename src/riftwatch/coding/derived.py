"""Events that are said rather than done: intents, threats, refusals, demands and
appeals derived from an event that did not (yet) happen.

CAMEO codes the act of saying, not the future deed (codebook 1.1b3, 030 and
13x): "All cooperative actions reported in future tense are also taken to imply
intentions ... and are hence coded under [03]"; "Future tense in the lead
indicates threat". So

* "Japan will send aid to Turkey", "Japan agreed to send aid" → 033 *pledge
  material aid* (Japan → Turkey), asserted on the article's date; the aid itself
  stays flagged as a prediction/intent;
* "China will impose sanctions on X", "threatened to expel Y" → 1312, 136 …
  (threats);
* "refused to meet X", "said it would not release Y" → 125, 1243 … (rejections);
* "Russia said Sudan must return the helicopter" → 1053 *demand release* (Russia
  → Sudan); "... should return" → 0253 (an appeal).

Each table maps a code prefix to the derived code (the longest prefix wins);
a code with no entry derives nothing (a future statement, accusation or
investigation is still only a prediction).
"""

from __future__ import annotations

#: future / promised cooperation → express intent (03x)
INTENT = {
    "04": "036", "045": "039", "046": "036",
    "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
    "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}
#: future / threatened conflict → threaten (13x)
THREAT = {
    "14": "133",
    "15": "138",
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "131", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "173": "137",
    "174": "137", "175": "137",
    "18": "1383",
    "19": "1384", "190": "138", "191": "1381", "192": "1382",
    "20": "1385",
}
#: refused cooperation → reject (12x)
REFUSAL = {
    "03": "120",
    "04": "125", "045": "126",
    "05": "120", "057": "127",
    "06": "121", "061": "1211", "062": "1212",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233",
    "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}
#: "X said Y must ..." → demand (10x)
DEMAND = {
    "03": "100", "04": "106", "045": "108", "046": "106", "05": "102",
    "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043",
    "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
}
#: "X said Y should ..." → appeal (02x): CAMEO's appeals parallel its demands code for
#: code (1053 demand release ↔ 0253 urge release)
APPEAL = {k: "02" + v[2:] for k, v in DEMAND.items()}
#: cooperation or conflict that was going on and is stopped ("stopped supplying weapons to Ukraine",
#: "suspended funding UNRWA", "halted bombing Gaza"): aid cut (162x), relations reduced (160), talks or
#: mediation broken off (164, 165), fighting de-escalated (087)
CESSATION = {
    "045": "165", "046": "164",
    "06": "160",
    "07": "162", "071": "1621", "072": "1622", "073": "1623", "074": "1622",
    "18": "087", "19": "087", "20": "087",
}
TABLES = {"intent": INTENT, "threat": THREAT, "refusal": REFUSAL, "demand": DEMAND, "appeal": APPEAL,
          "cessation": CESSATION}


def derive(kind: str, code: str) -> str | None:
    """The code of a ``kind`` (intent, threat, refusal, demand, appeal, cessation) event derived
    from an event coded ``code``, or None."""
    table = TABLES[kind]
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit is not None:
            return hit
    return None


def said(code: str) -> tuple[str, str] | None:
    """(kind, derived code) for a future or promised event: intent for cooperation,
    threat for conflict, None for anything else (statements, appeals, accusations...).
    An act that is itself a specific intent ("would offer aid", 033) is that intent; the
    generic 030 (an "offer" of anything) is too weak to stand as one."""
    if code[:2] == "03" and code != "030":
        return "intent", code
    for kind in ("intent", "threat"):
        hit = derive(kind, code)
        if hit is not None:
            return kind, hit
    return None
