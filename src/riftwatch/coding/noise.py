"""The ordinary noise of news that is not part of any event: datelines
("SEOUL, South Korea (AP) —", "BEIJING, Oct 5 (Xinhua) --") and bylines
("By Jane Doe, Associated Press"). Their place names would otherwise stand as
subjects ("SEOUL ... North Korea fired").

:func:`noise_tokens` returns the indices of such tokens in a sentence; the coder
never takes an actor from them.
"""

from __future__ import annotations

from spacy.tokens import Span

DASHES = frozenset({"—", "--", "–", "-", "―", ":"})
#: how far into a sentence a dateline may reach
MAX_DATELINE = 16
MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"})


def noise_tokens(sent: Span) -> set[int]:
    """Token indices of a dateline or byline at the start of ``sent``."""
    toks = list(sent[:MAX_DATELINE + 8])
    k = 0
    if toks and toks[0].lower_ == "by" and len(toks) > 1 and toks[1].pos_ == "PROPN":
        # "By Jane Doe, Associated Press SEOUL —": the byline runs up to the dateline's
        # upper-case place name, or the end of a verbless sentence
        k = 1
        while k < len(toks) and not (toks[k].is_upper and len(toks[k]) > 2 and toks[k].is_alpha):
            if toks[k].pos_ in ("VERB", "AUX") and toks[k].lower_ != "by":
                return set()
            k += 1
        if k == len(toks):
            return {t.i for t in sent}
    dash = next((j for j in range(k, min(len(toks), k + MAX_DATELINE)) if toks[j].text in DASHES), None)
    if dash is None or dash == k:
        return {t.i for t in toks[:k]}
    head = toks[k:dash]
    agency = any(t.text == "(" for t in head)
    place = head[0].is_upper and head[0].is_alpha and len(head[0]) > 2
    if not (agency or place):
        return {t.i for t in toks[:k]}
    for t in head:
        if t.pos_ in ("VERB", "AUX") and not t.is_upper:
            return {t.i for t in toks[:k]}  # a clause, not a dateline
        if not (t.is_punct or t.pos_ in ("PROPN", "NUM") or t.is_upper or t.lower_.rstrip(".") in MONTHS
                or t.is_title):
            return {t.i for t in toks[:k]}
    return {t.i for t in toks[:dash + 1]}
