"""Actor resolution on a parsed Doc.

:class:`ActorResolver` is built once per knowledge base; ``annotate(doc, day)``
finds every actor mention in an article (countries, short forms, demonyms,
capitals, organisations, known people, titled unknown people, and in-article
surname aliases) and returns :class:`DocActors`, which answers "which actor is
this noun phrase?" for the coder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..geo.gazetteer import PLACE_ENTS
from ..geo.locate import LOC_PREPS, TRAVEL_PREPS
from ..lexicon import word_list
from ..models import Actor
from .kb import FAMILY_NAME_FIRST, KnowledgeBase

#: dependency labels that stay inside a noun phrase when looking for its actor
NP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "case", "flat", "punct", "quantmod",
                     "appos", "npadvmod"})
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "it": "group", "they": "group", "them": "group", "its": "group", "their": "group",
            "his": "person"}
#: capitalised words before a surname that are titles, not parts of a longer name
_TITLE_WORDS = frozenset({"president", "premier", "chancellor", "secretary", "minister", "senator", "governor",
                          "king", "queen", "prince", "general", "gen", "admiral", "mr", "mrs", "ms", "dr",
                          "chairman", "leader", "ambassador", "envoy", "speaker", "prime", "vice", "deputy",
                          "foreign", "defense", "defence", "state", "sheikh", "emir", "sultan", "pope", "rep"})

#: a legislator's titles, besides those above: "Sen. Graham", "Representative Schiff"
_LEG_TITLES = frozenset({"sen", "representative", "congressman", "congresswoman"})
#: titles that name the bearer of a family name, not a spouse: "Mrs Reagan" is not the president
_OWN_TITLES = (_TITLE_WORDS | _LEG_TITLES) - {"mrs", "ms"}
#: verbs and nouns of force whose "at"/"on" phrase names a place struck ("fired missiles at Kharkiv")
_AT_PLACE = frozenset({"fire", "launch", "attack", "strike", "assault", "raid", "bombardment", "shelling", "barrage",
                       "drop", "hurl", "aim", "target", "advance", "march", "push", "offensive", "airstrike",
                       "bombing", "shoot"})
#: titles of one office-holder, whom "he"/"she" may stand for ("Iran's foreign minister ..., where he met")
_OFFICE_TITLES = frozenset({"minister", "president", "premier", "chancellor", "secretary", "envoy", "ambassador",
                            "king", "emir", "prince", "leader", "spokesman", "spokeswoman", "diplomat", "chief"})
#: vessels an object "it" may stand for
_SHIPS = frozenset({"ship", "tanker", "vessel", "boat", "freighter", "warship", "carrier", "destroyer", "frigate",
                    "supertanker", "gunboat", "trawler", "cargo ship", "containership"})
#: places where forces are stationed, which are the forces' when said to house them
_GARRISONS = frozenset({"base", "airbase", "facility", "camp", "outpost", "garrison", "installation"})


def english_words(nlp: Any) -> frozenset[str]:
    """The lower-case words of the pipeline's lemmatizer dictionary (nouns, verbs,
    adjectives, adverbs), or none when the pipeline has no such tables."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    out: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in index:
            out.update(w.lower() for w in index[pos])
    return frozenset(out)


@dataclass(slots=True)
class Mention:
    kind: str  # country | demonym | capital | org | person | titled | unknown
    key: str  # country code / org code / person canonical name / surface text
    start: int
    end: int
    actor: Actor | None  # resolved actor (None for unknown people)


class ActorResolver:
    def __init__(self, kb: KnowledgeBase, vocab: Vocab, places: Any = None,
                 words: frozenset[str] = frozenset()) -> None:
        """``places``: a gazetteer (``riftwatch.geo.Gazetteer``) for places that are not
        actors ("arrived in Osaka", "a bomb near Samarra"); without one only the KB's
        countries and capitals are places. ``words``: lower-case English dictionary words
        (:func:`english_words`), which a surname the tagger took for a common noun must not be."""
        self.kb = kb
        self.places = places
        self.words = words
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self._keys: dict[int, tuple[str, str]] = {}
        seen: set[tuple[str, str, str]] = set()
        by_label: dict[str, list[Doc]] = {}
        from spacy.lang.en import English  # tokenizer only: same rules as the pipeline's

        tok = English().tokenizer
        for surface, kind, key in kb.surface_forms():
            s = surface[4:] if surface.lower().startswith("the ") else surface
            for variant in {s, s.upper()} if len(s) > 3 else {s}:
                if (variant, kind, key) in seen:
                    continue
                seen.add((variant, kind, key))
                label = f"{kind}\x1f{key}"
                by_label.setdefault(label, []).append(tok(variant))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)
            kind, key = label.split("\x1f", 1)
            self._keys[vocab.strings[label]] = (kind, key)
        self.max_sector_len = max((len(k) for k in kb.sectors), default=1)
        self.max_title_len = max((len(k) for k in kb.state_titles), default=1)

    # ------------------------------------------------------------------
    def annotate(self, doc: Doc, day: date | None, named: frozenset[str] = frozenset()) -> "DocActors":
        """The actor mentions of one article. ``named``: states the article names in text
        that ``doc`` does not hold (sentences the prefilter left out), which still tell which
        states the article is about."""
        spans = []
        for match_id, start, end in self.matcher(doc):
            kind, key = self._keys[match_id]
            if kind in ("country", "demonym", "capital") and _place_name(doc, start, end):
                continue  # "the South China Sea", "the Taiwan Strait": a place, not the state
            if kind == "capital" and end < len(doc) and doc[end].lemma_.lower() in _NAMED_BY_CITY and (
                    start == 0 or doc[start - 1].lower_ in ("the", "a", "an", "this", "that", "its", "their")
                    or (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end)):
                continue  # "the Paris accord", "the Tokyo summit", "the Paris Club", "the February 22 Paris
                # agreement": a place in a name
            if kind == "capital" and end - start == 1 and doc[start].dep_ == "pobj" and doc[start].head.lower_ == "in" \
                    and doc[start].head.head.lemma_.lower() in DOCUMENTS:
                continue  # "the six-nation accord in Paris": where it was made (but "talks in Moscow" are
                # often with the host)
            if kind == "demonym" and end < len(doc) and doc[end].lemma_.lower() in _CULTURE_NOUNS:
                continue  # "the Russian language", "Arabic script": a tongue or a culture, not the state
            if kind == "capital" and _market_place(doc[end - 1]):
                continue  # "London oil market rumours", "Tokyo dealers", "the Frankfurt bourse": a market
            if kind in ("country", "demonym", "capital") and company_name(doc[start]) is not None:
                continue  # "NEC America Inc", "<Bank of Tokyo Ltd>": a company's name, not the state
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "non") \
                    and not doc[start - 1].whitespace_:
                continue  # "anti-Taliban fighters", "anti-American protests": their opponents, not them;
                # "non-OPEC producers" are outside it
            spans.append(Span(doc, start, end, label=f"{kind}\x1f{key}"))
        known = {(sp.start, sp.end) for sp in spans if sp.label_.startswith("person\x1f")}
        for ent in doc.ents:  # people the KB does not know
            if ent.label_ == "PERSON":
                start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start  # "The Tigray People's ..."
                # the possessive ending is no part of the name: "Osama bin Laden's network"
                end = ent.end - 1 if ent.end - 1 > start and doc[ent.end - 1].tag_ == "POS" else ent.end
                titles = start
                while titles < end and doc[titles].lower_.rstrip(".") in _OWN_TITLES | {"crown"}:
                    titles += 1
                if titles > start and (titles, end) in known:
                    continue  # "Crown Prince Salman bin Hamad Al Khalifa": titles before a person the KB
                    # knows are no part of an unknown name that would hide them
                if start < end:
                    spans.append(Span(doc, start, end, label="unknown\x1f" + doc[start:end].text))
        # prefer KB matches over NER people of the same length: sort so filter_spans keeps them
        spans.sort(key=lambda s: (s.label_.startswith("unknown"),))
        kept = filter_spans(spans)
        return DocActors(self, doc, day, sorted(kept, key=lambda s: s.start), named)

    def sector_of(self, tokens: list[Token]) -> str | None:
        """Sector of the longest sector term ending at the last token (the head)."""
        return _longest(self.kb.sectors, tokens, self.max_sector_len)

    def state_title(self, tokens: list[Token]) -> str | None:
        """The state whose title ends at the last token ("Chancellor of the Exchequer" → GBR;
        ``titles.tsv``), or ``None``."""
        return _longest(self.kb.state_titles, [t for t in tokens if t.lower_ != "the"], self.max_title_len)


class DocActors:
    """Actor mentions of one article and noun-phrase resolution over them."""

    def __init__(self, resolver: ActorResolver, doc: Doc, day: date | None, spans: list[Span],
                 named: frozenset[str] = frozenset()) -> None:
        self.r = resolver
        self.kb = resolver.kb
        self.doc = doc
        self.day = day
        self.mentions: list[Mention] = []
        self.at: dict[int, Mention] = {}
        self.unresolved: list[Mention] = []
        self._starts: list[int] | None = None
        aliases: dict[str, Mention] = {}
        korea = any(sp.label_.endswith(("\x1fPRK", "\x1fKOR")) for sp in spans) or bool({"PRK", "KOR"} & set(named))
        #: states the article names (country names, demonyms, capitals): a bare surname of
        #: someone out of office is only read as them when their country is among these
        self._named = {sp.label_.split("\x1f", 1)[1] for sp in spans
                       if sp.label_.split("\x1f", 1)[0] in ("country", "demonym", "capital")
                       and not (sp.end < len(doc) and doc[sp.end].lower_ in _CURRENCY)} | set(named)
        self._article_country: str | None | bool = False  # computed on first use
        self._before: dict[int, str | None] = {}  # _named_before, by token
        span_iter = iter(spans)
        nxt = next(span_iter, None)
        i = 0
        while i < len(doc):
            if nxt is not None and nxt.start == i:
                m = self._mention(nxt)
                if m.kind == "titled" and m.actor is not None and m.actor.sector is None and len(nxt) == 1 \
                        and (found := self._office_surname(nxt)) is not None and found.actor is not None \
                        and found.actor.country == m.actor.country:
                    m = found  # "Venezuela's Maduro": the state's own office holder, not just one of its people
                if m.kind == "unknown":  # NER found a name: is it a surname seen earlier ("Xi")?
                    # ... only a name of one word (besides titles): "Wang Chien-shien" is not the
                    # "Wang Chao-ming" named before him, though they share the family name
                    words = [t for t in nxt if t.is_alpha and t.lower_ not in _TITLE_WORDS | _LEG_TITLES]
                    known = next((aliases[t.text] for t in words if t.text in aliases), None)
                    if known is not None and len(words) > 1 and not {t.text for t in words} <= set(
                            known.key.replace("-", " ").split()) | set(known.key.split()):
                        known = None  # "De Croo" is "Herman De Croo"; "Wang Chien-shien" not "Wang Chao-ming"
                    if known is not None:
                        m = Mention(known.kind, known.key, nxt.start, nxt.end, known.actor)
                    elif (len(nxt) == 1 or " " not in nxt.text) and not self._inside_a_name(nxt.start) and not (
                            len(nxt) == 1 and nxt[0].pos_ != "PROPN" and nxt[0].lower_ in self.r.words):
                        # (not a common word the tagger read as one: "Rice farmers protested")
                        # one word, or one hyphenated name the tokenizer split ("Amir-Abdollahian")
                        m = self._office_surname(nxt) or m  # or the family name of someone in office
                    elif len(nxt) == 1 and nxt[0].ent_type_ == "PERSON" and nxt[0].pos_ == "NOUN" \
                            and nxt[0].dep_ in ("nsubj", "nsubjpass") and nxt[0].is_sent_start \
                            and (found := self._office_surname(nxt)) is not None \
                            and self.kb.prominence(found.key, self.day) <= 1:
                        # ... though a person the tagger read as a common noun heading the sentence
                        # ("Reagan accepted responsibility") is the one the news calls by the surname
                        # alone on the day: a head of state or government, a foreign or defence
                        # minister (as the rule below; "Rice farmers protested" stays a crop)
                        m = found
                    elif len(nxt) > 1 and nxt.text in self.kb.family_names():
                        # a family name of two words: "De Croo said", "Rodriguez Saa said"
                        m = self._office_surname(nxt) or m
                    elif len(words) == 1 and words[0].i == nxt.end - 1 and nxt.start < words[0].i and all(
                            t.lower_.rstrip(".") in _OWN_TITLES for t in nxt[:-1] if t.is_alpha):
                        # titles and one family name: "Dr Hollingworth", "Senator Graham"
                        found = self._office_surname(doc[nxt.end - 1:nxt.end])
                        if found is not None:
                            m = self._mention(Span(doc, nxt.start, nxt.end, label=f"person\x1f{found.key}"))
                self._add(m)
                if m.kind in ("person", "titled", "unknown"):
                    for a in self._surname_aliases(nxt, m):
                        aliases.setdefault(a, m)
                i = nxt.end
                nxt = next(span_iter, None)
                continue
            t = doc[i]
            if t.text in aliases and (t.pos_ == "PROPN" or self._untagged_name(t)) and t.text[:1].isupper():
                src = aliases[t.text]
                self._add(Mention(src.kind, src.key, i, i + 1, src.actor))
            elif t.text in ("North", "South") and i > 0 and doc[i - 1].lower_ == "the" and (korea or any(
                    m.actor is not None and m.actor.country in ("PRK", "KOR") for m in self.mentions)) and (
                    i + 1 == len(doc) or not (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ in ("NOUN", "PROPN"))):
                # "the North", "the South" in an article about the Koreas (one that names them, or one
                # of their people before: "President Yoon said the North would pay a heavy price")
                code = "PRK" if t.text == "North" else "KOR"
                self._add(Mention("country", code, i, i + 1, Actor(code, code, None, t.text, "country", i, i + 1)))
            elif self._two_word_surname(i, nxt) and (m := self._office_surname(doc[i:i + 2])) is not None:
                # a family name of two words the tagger left unnamed (or named by its last word only):
                # "Rodriguez Saa said", "De Croo met"
                self._add(m)
                aliases.setdefault(doc[i:i + 2].text, m)
                i += 2
                if nxt is not None and nxt.start < i:
                    nxt = next(span_iter, None)
                continue
            elif i + 2 < len(doc) and t.text[:1].isupper() and doc[i + 1].text == "-" and not t.whitespace_ \
                    and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper() \
                    and (m := self._office_surname(doc[i:i + 3])) is not None:
                # a hyphenated family name the tokenizer split: "Amir-Abdollahian said"
                self._add(m)
                aliases.setdefault(doc[i:i + 3].text, m)
                i += 3
                continue
            elif (t.pos_ == "PROPN" or self._untagged_name(t) or (t.pos_ == "NOUN" and (
                    (t.dep_ in ("nsubj", "nsubjpass") and t.is_sent_start)
                    or (t.ent_type_ in ("PERSON", "ORG") and t.lower_ not in self.r.words)))) \
                    and t.text[:1].isupper() and not self._inside_a_name(i):
                # ... also a surname the tagger reads as a noun heading a sentence ("Trump met Xi")
                m = self._office_surname(doc[i:i + 1])
                if m is not None and t.pos_ == "NOUN" and t.lower_ in self.r.words \
                        and self.kb.prominence(m.key, self.day) > 1:
                    # ... but an English noun ("Snow blocked roads") stands for someone only when
                    # the news would call them by the surname alone: a head of state or government,
                    # a foreign or defence minister (Trump), not a Treasury Secretary (Snow)
                    m = None
                if m is not None:
                    self._add(m)
                    aliases.setdefault(t.text, m)
            i += 1
        # people the KB does not know, named with an apposition: "South Korea's ambassador to
        # the United States, Lee Soo-hyuck," or "Lee Soo-hyuck, South Korea's ambassador,"
        # ... or whom it knows only as a former office-holder on the day: "Mark Rutte, NATO's secretary
        # general," in a story the text dates before the knowledge base's term begins
        for m in [m for m in self.mentions if m.kind == "unknown" or (
                m.kind == "person" and m.actor is not None and m.actor.sector == "ELI")]:
            if m.actor is not None and m.kind == "unknown":
                continue
            a = self._appos_actor(doc[m.start:m.end])
            if a is None or (m.kind == "person" and (a.sector in (None, "ELI") or a.kind == "person")):
                continue
            for other in self.mentions:  # the surname aliases of the same person too
                if other.kind in ("unknown", m.kind) and other.key == m.key:
                    other.kind = "titled"
                    other.actor = Actor(a.code, a.country, a.sector, m.key, "titled", other.start, other.end)
        # "Finance Minister Taro Hoshino of Japan": a title before the name, the state in an
        # "of" phrase after it
        for m in [m for m in self.mentions if m.kind == "unknown" and m.actor is None]:
            span = doc[m.start:m.end]
            of = [p for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= m.end
                  for p in c.children if p.dep_ == "pobj"]
            k = self._kb_span_at(of[0].i) if of else None
            a = self._titled(span, default_country=k[1]) if k is not None and k[0] == "country" else None
            if a is not None and a.sector and a.country == k[1]:
                for other in self.mentions:  # and the surname standing alone later
                    if other.kind == "unknown" and other.key == m.key and other.actor is None:
                        other.kind = "titled"
                        other.actor = Actor(a.code, a.country, a.sector, m.key, "titled", other.start, other.end)
        # "opposition leader Maulana X", "Interior Minister Y" with no state in the phrase, in an
        # article that names one state only: that state's
        for m in [m for m in self.mentions if m.kind == "unknown" and m.actor is None]:
            country = self.article_country()
            a = self._titled(doc[m.start:m.end], default_country=country) if country else None
            title = [t for t in doc[m.start:m.end].root.subtree if t.i < m.start]
            if a is not None and a.sector and a.sector not in _FOREIGN_SECTORS and title and \
                    title[-1].lemma_.lower() not in _AMBIGUOUS_TITLES and not any(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and self.r.sector_of([t]) is None
                    and t.lower_ not in _SECTOR_QUALIFIERS | _TITLE_WORDS for t in title):
                m.kind, m.actor = "titled", a
        self.unresolved = [m for m in self.mentions if m.actor is None]

    # -- construction helpers
    def _add(self, m: Mention) -> None:
        self.mentions.append(m)
        for j in range(m.start, m.end):
            self.at[j] = m

    def _mention(self, span: Span) -> Mention:
        kind, key = span.label_.split("\x1f", 1)
        name = span.text
        if kind in ("country", "demonym", "capital"):
            key = self.kb.state_on(key, self.day)  # "Zagreb" in 1987 is Yugoslavia's
        if kind in ("country", "demonym"):
            return Mention(kind, key, span.start, span.end, Actor(key, key, None, name, kind, span.start, span.end))
        if kind == "capital":
            seat = self.kb.seats.get(name.lower())
            if seat is not None and any(t.text in seat[1] for t in self.doc):
                # "accused Brussels of blackmail over EU funds": the body seated there
                org = self.kb.orgs[seat[0]]
                return Mention("org", org.code, span.start, span.end,
                               Actor(org.code, org.country, org.type, org.name, "org", span.start, span.end))
            return Mention(kind, key, span.start, span.end,
                           Actor(key + "GOV", key, "GOV", name, kind, span.start, span.end))
        if kind == "org":
            org = self.kb.orgs[key]
            # an organ of a state ("the CIA", "the Knesset", "the IRGC") codes as its state's
            # sector (USASPY, ISRLEG, IRNMIL), as CAMEO codes it
            code = org.country + org.type if org.country and org.type in _STATE_SECTORS else key
            return Mention(kind, key, span.start, span.end,
                           Actor(code, org.country, org.type, org.name, "org", span.start, span.end))
        if kind == "person":
            role = self.kb.person_on(key, self.day)
            assert role is not None
            org = self.kb.orgs.get(role.country)
            if org is not None:  # an organisation's head in office acts for it; out of office, unknown
                actor = Actor(org.code, org.country, org.type, role.name, "person", span.start, span.end)
                if role.sector:
                    return Mention(kind, key, span.start, span.end, actor)
                # ... unless a title says what they are now ("Colombian finance minister Cesar Gaviria",
                # years before he led the OAS)
                titled = self._present_title(span)
                return Mention("titled", key, span.start, span.end, titled) if titled is not None else Mention(
                    "unknown", key, span.start, span.end, None)
            sector = role.sector
            if not sector:
                # out of the offices the KB records, but a title may say what they are now:
                # "Finance Minister X" is the government's, not an elite out of office
                titled = self._present_title(span, role.country)
                if titled is not None and titled.kind == "titled" and titled.sector == "IGO":
                    # "U.N. mediator Diego Cordovez", years before he was Ecuador's foreign minister: he acts
                    # for the body his title names
                    return Mention("titled", key, span.start, span.end, titled)
                sector = titled.sector if titled is not None and titled.country == role.country \
                    and titled.sector else "ELI"
            return Mention(kind, key, span.start, span.end,
                           Actor(role.country + sector, role.country, sector, role.name, "person",
                                 span.start, span.end))
        # an unknown person: a title with a country in the same noun phrase resolves them
        actor = self._titled(span)
        if actor is not None:
            return Mention("titled", key, span.start, span.end, actor)
        return Mention("unknown", key, span.start, span.end, None)

    def _present_title(self, span: Span, default_country: str | None = None) -> Actor | None:
        """What the title before a known person's name says they are now, outside the terms the knowledge
        base records ("Finance Minister X"); None when there is none or it says "former"."""
        if any(t.lower_ in _FORMER for t in self.doc[max(0, span.start - 4):span.start]):
            return None
        return self._titled(span, default_country=default_country)

    def _titled(self, span: Span, default_country: str | None = None) -> Actor | None:
        """'Chinese Foreign Minister Wang Yi' → CHNGOV, from the words before the name;
        ``default_country``: the person's own, when the phrase names none."""
        head = span.root
        left = [t for t in head.subtree if t.i < span.start and t.dep_ in NP_DEPS | {"prep", "pobj"}]
        # a paragraph break is no part of a title: "... with the U.S.\n    Wang said" (a sentence
        # end the parser missed after an abbreviation)
        breaks = [t.i for t in self.doc[min((t.i for t in left), default=span.start):span.start] if _para_break(t)]
        if breaks:
            left = [t for t in left if t.i > max(breaks)]
        if not left:
            return None
        country = None
        org = None
        company = False
        for t in left:
            m = self._kb_span_at(t.i)
            if m is not None and m[0] in ("country", "demonym", "capital"):
                country = m[1]
                start = self.at[t.i].start
                before = self.doc[start - 1] if start > 0 else None
                # "GM Canada president George Peapples": a name before the country's makes a
                # company's name of it; its officers are business, not the state
                company = before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() \
                    and before.i in {x.i for x in left} and self.at.get(before.i) is None \
                    and before.lower_ not in _TITLE_WORDS | _SECTOR_QUALIFIERS and self.r.sector_of([before]) is None
            elif m is not None and m[0] == "org" and org is None:
                om = self.at[t.i]
                before = self.doc[om.start - 1] if om.start > 0 else None
                if before is None or not (before.pos_ == "PROPN" and before.text[:1].isupper()
                                          and before.lower_ not in _TITLE_WORDS):
                    org = om.actor  # not "New Democratic Party": a longer name than the KB's
        if org is not None and org.sector == "IGO" and left[-1].lemma_.lower() in _ENVOY_TITLES:
            org = None  # "U.N. ambassador X", "NATO ambassador X": a state's envoy to the body, not the body's
        if country is None and org is not None and (default_country is None or org.sector == "IGO"):
            # "Tass commentator Mikhail Krutikhin", "Hamas leader X": they speak for the organisation (and
            # "U.N. mediator Diego Cordovez" for the UN, whatever office his own state gave him another year)
            return Actor(org.code, org.country, org.sector, span.text, "titled", span.start, span.end)
        if country is None and default_country is None:
            # "Chancellor of the Exchequer X", "Treasury Secretary X": a title only one state has
            country = self.r.state_title([t for t in left if t.dep_ not in ("punct", "case")])
        sector = self.r.sector_of([t for t in left if t.dep_ not in ("det", "punct", "case")])
        if company and sector == "GOV":
            sector = "BUS"
        if country is None and sector == "GOV" and left[-1].lower_ in _BARE_TITLES and not any(
                self._unknown_name_word(t) for t in left[:-1]):
            # "Spokesman Wang Wenbin" right after "China's foreign ministry said ...": a bare
            # title speaks for the state the text has just named
            country = self._recent_country(span.start)
        country = country or (default_country if sector else None)
        if country is None:
            return None
        return Actor(country + (sector or ""), country, sector, span.text, "titled", span.start, span.end)

    def _unknown_name_word(self, t: Token) -> bool:
        """A capitalised word of a name the knowledge base does not know and that is no title
        or sector word ("Boliden", "Lines" in "Japan Air Lines")."""
        return t.pos_ == "PROPN" and t.text[:1].isupper() and self.at.get(t.i) is None \
            and t.lower_ not in _TITLE_WORDS | _SECTOR_QUALIFIERS | _BODY_WORDS and self.r.sector_of([t]) is None

    def _in_a_name(self, m: Mention, head: Token) -> bool:
        """The country ``m`` is the first word of a longer proper name that modifies the noun
        ``head``: "a Japan Air Lines spokesman" (not "the Japan Foreign Ministry spokesman")."""
        words = list(self.doc[m.end:head.i])
        if head.pos_ == "PROPN":  # the head is the name's last word: "the Canadian Import Tribunal"
            words.append(head)
            if len(words) < 2:
                return False  # "Iraqi Kurds": a people
        # every word after the country a name's own ("Air Lines"), none a title ("Arnor President X")
        # nor a people ("Iraqi Kurds")
        return bool(words) and all(w.dep_ == "compound" for w in words if w.i != head.i) and all(
            self._unknown_name_word(w) and w.ent_type_ != "PERSON" and w.tag_ == "NNP" for w in words)

    def _recent_country(self, before: int) -> str | None:
        """The state named last before token ``before``, in its sentence or the one before."""
        starts = self._sent_starts()
        k = max((n for n, st in enumerate(starts) if st <= before), default=0)
        lo = starts[max(0, k - 1)]
        for m in reversed(self.mentions):
            if m.start < lo:
                break
            if m.start < before and m.actor is not None and m.actor.country and m.kind in ("country", "capital",
                                                                                         "demonym") \
                    and self.doc[m.start:m.end].root.dep_ not in ("pobj", "dobj", "iobj", "attr", "dative") \
                    and not self._currency(m) and not self._across_a_break(m, before):
                # a state named as an object ("the deadlock with Japan", "talks with the U.S.") is
                # less likely the speaker's than one named as a subject or possessor; nor "53
                # billion U.S. dollars", nor a state the parser joined across a paragraph
                return m.actor.country
        return None

    def _across_a_break(self, m: Mention, before: int) -> bool:
        """The mention modifies a word past a paragraph break ("... with the U.S.\n Minister X"):
        the parser joined two sentences, the state is not the title's."""
        breaks = [t.i for t in self.doc[m.start:before] if _para_break(t)]
        return bool(breaks) and self.doc[m.start:m.end].root.head.i > breaks[0]

    def _currency(self, m: Mention) -> bool:
        """The state's name is part of a currency's: "53 billion U.S. dollars"."""
        return m.end < len(self.doc) and self.doc[m.end].lower_ in _CURRENCY

    def _inside_a_name(self, i: int) -> bool:
        """Token ``i`` sits next to another capitalised name word that is not a title: it is
        part of a longer name ("Lockheed Martin", "Capitol Hill", "Fox News"), not a bare surname."""
        def name_word(t: Token) -> bool:
            return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and (t.lower_,) not in self.kb.sectors
                    and t.lower_ not in _TITLE_WORDS | _LEG_TITLES and t.ent_type_ != "DATE")

        before = i > 0 and name_word(self.doc[i - 1]) and self.doc[i - 1].sent.start == self.doc[i].sent.start
        after = i + 1 < len(self.doc) and name_word(self.doc[i + 1])
        # ... or a word of a longer name the tagger tagged otherwise: "the Cable News Network"
        t = self.doc[i]
        # (not an entity the recognizer ran on over a preposition: "hosted [Zelenskiy at Downing Street]")
        in_entity = t.ent_type_ in _NAME_ENTS and (t.ent_iob_ == "I" or (
            i + 1 < len(self.doc) and self.doc[i + 1].ent_iob_ == "I" and not (
                self.doc[i + 1].pos_ == "ADP" and self.doc[i + 1].is_lower)))
        if in_entity:  # ... but an entity of titles and this one name is no longer a name: "Dr Hollingworth"
            ent = next((e for e in self.doc.ents if e.start <= i < e.end), None)
            in_entity = ent is None or not all(
                x.lower_.rstrip(".") in _OWN_TITLES for x in ent if x.i != i and x.is_alpha)
        return before or after or in_entity

    def _two_word_surname(self, i: int, nxt: Span | None) -> bool:
        """Tokens ``i`` and ``i + 1`` are a known family name of two words ("Rodriguez Saa", "De
        Croo") standing alone: no other name word before (but a title) or after, and no KB or NER
        span across them but the tagger's name for the last word."""
        doc = self.doc
        if i + 1 >= len(doc) or not doc[i].text[:1].isupper() or doc[i:i + 2].text not in self.kb.family_names():
            return False
        if nxt is not None and nxt.start <= i + 1 and not (nxt.start == i + 1 and nxt.end == i + 2
                                                           and nxt.label_.startswith("unknown")):
            return False
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() \
                and before.lower_.rstrip(".") not in _TITLE_WORDS | _LEG_TITLES:
            return False  # "Carlos Rodriguez Saa": a longer name
        return not (i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" and doc[i + 2].text[:1].isupper())

    def _untagged_name(self, t: Token) -> bool:
        """A capitalised word the tagger took for a common noun or adjective ("Raisi said ...", "Guterres
        urged ...") that no English dictionary holds: it may still be a known surname. A word
        that is also English ("Rice", "Brown", "May") needs the tagger's PROPN."""
        return t.pos_ in ("NOUN", "ADJ") and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() \
            and bool(self.r.words) and t.lower_ not in self.r.words and t.ent_type_ not in ("DATE", "TIME")

    def _office_surname(self, span: Span) -> Mention | None:
        t = self.doc[span.start]
        # "Senator Graham", "Sen. Graham", "Dr Hollingworth": a title before the family name
        titled = t.i > 0 and self.doc[t.i - 1].lower_.rstrip(".") in _TITLE_WORDS | _LEG_TITLES \
            and self.doc[t.i - 1].text[:1].isupper()
        name = self.kb.office_surname(span.text, self.day, self._named, titled)
        if name is None:
            return None
        role = self.kb.person_on(name, self.day)
        if (role is None or not role.sector) and (t.ent_type_ in _PLACE_ENTS or (
                t.i > 0 and self.doc[t.i - 1].lower_ in _LOCATIVE_PREPS)):
            # someone out of office named only by a surname that is used here as a place:
            # "arrived in Lagos" is Nigeria's city, not Chile's former president
            return None
        if t.ent_type_ in _PLACE_ENTS and t.i > 0 and self.doc[t.i - 1].lower_ in LOC_PREPS:
            return None  # "police in Lagos" is Nigeria's city even while Chile's president is Lagos
        if t.i > 1 and self.doc[t.i - 1].lower_ == "of" and self.doc[t.i - 2].lemma_.lower() in _PLACE_NOUNS | {
                "port", "island", "capital", "province", "area"}:
            return None  # "the port of Santos", "the town of Bush": a place
        if role is not None and not role.sector and role.country not in self._named and not titled:
            # a bare surname shared with someone out of office ("Howard" in a story about a
            # British minister in Tokyo): unless the article names that person's country, the
            # name more likely belongs to someone else; better unresolved than a wrong state
            return None
        return self._mention(Span(self.doc, span.start, span.end, label=f"person\x1f{name}"))

    def _sent_starts(self) -> list[int]:
        if self._starts is None:  # computed once per article, used by every pronoun
            self._starts = [s.start for s in self.doc.sents]
        return self._starts

    def _appos_actor(self, span: Span) -> Actor | None:
        root = span.root
        heads = [root.head] if root.dep_ == "appos" and root.head.i < span.start else []
        heads += [c for c in root.children if c.dep_ == "appos"]
        for h in heads:
            a = self.actor_of(h)
            if a is not None and a.kind != "person":
                return a
            if a is None and h.pos_ == "NOUN":
                # "Walter Kansteiner, the assistant secretary of state for African affairs,": a title
                # only one state has names it ("secretary of state" is America's, "home secretary" Britain's)
                ends = [o for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c, "pobj")]
                for e in [*ends, h]:
                    words = list(self.doc[h.left_edge.i:e.i + 1])
                    country = self.r.state_title(words)
                    if country is not None:
                        sector = self.r.sector_of(list(self.doc[h.left_edge.i:h.i + 1])) or "GOV"
                        return Actor(country + sector, country, sector, h.text, "titled", h.i, h.i + 1)
        return None

    def _kb_span_at(self, i: int) -> tuple[str, str] | None:
        m = self.at.get(i)
        if m is not None and m.kind in ("country", "demonym", "capital", "org"):
            return m.kind, m.key
        return None

    def _surname_aliases(self, span: Span, m: Mention) -> list[str]:
        words = [t.text for t in span if t.is_alpha or "-" in t.text]
        if len(words) < 2:
            return []
        if m.actor is None or m.kind == "titled":
            # nationality unknown from the KB: the family name may come first ("Lee Soo-hyuck")
            # or last ("Zhao Lijian" is written family-first too); register both ends
            return [words[0], words[-1]]
        return [words[0]] if m.actor.country in FAMILY_NAME_FIRST else [words[-1]]

    # -- resolution
    def np_tokens(self, head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by ``head``: modifiers, appositions, and
        'of' phrases ('the government of Japan'), but no relative clauses or other PPs."""
        out = [head]
        stack = list(head.children)
        while stack:
            t = stack.pop()
            # 'of' and 'from' phrases belong to the phrase: "the government of Japan",
            # "soldiers from Gondor"
            if t.dep_ in NP_DEPS or (t.dep_ == "prep" and t.lower_ in ("of", "from")) or t.dep_ == "pobj":
                if t.dep_ == "pobj" and t.head.lower_ not in ("of", "from"):
                    continue
                if t.dep_ == "prep" and any(o.lemma_.lower() in _ORIGINS for o in children_of(t, "pobj")):
                    continue  # "tea workers of Indian origin" in Sri Lanka: forebears, not a state
                out.append(t)
                stack.extend(t.children)
        return sorted(out, key=lambda t: t.i)

    def sector_only(self, head: Token) -> Actor | None:
        """A sector word with no country in its phrase ("the demonstrators", "rebels"):
        an actor whose country the coder may take from the other side of a domestic event."""
        if head.lemma_.lower() in _QUANTITY_NOUNS:  # "thousands of people"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            return self.sector_only(pobj)
        if head.pos_ not in ("NOUN", "PROPN") or self.at.get(head.i) is not None:
            return None
        left = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.i == head.i - 1]
        if not left and head.i >= 2 and head.nbor(-1).text == "-" and head.nbor(-2).dep_ in ("compound", "amod") \
                and head.nbor(-2).head.i == head.i:
            left = [head.nbor(-2), head.nbor(-1)]  # "the Governor-General" is no general
        if head.pos_ == "PROPN" and (self.r.sector_of([head]) is None or any(
                t.pos_ == "PROPN" and self.r.sector_of([t]) is None and t.lower_ not in _SECTOR_QUALIFIERS
                for t in head.lefts if t.dep_ == "compound")):
            return None  # a name ("Fox News"), not "the Finance Ministry" or "the Army"
        sector = self.r.sector_of(left + [head])
        if sector is None or sector in ("GOV",) and head.lemma_.lower() in ("official", "state", "leader"):
            return None  # "officials" alone says too little
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FOREIGN_NOUNS for c in head.children):
            return None  # "its creditor banks" are foreign, but whose the text does not say
        if any(c.dep_ in ("compound", "amod") and c.lower_ in _OTHERS and (c.lower_, head.lemma_.lower())
               not in self.r.kb.sectors for c in head.children):
            return None  # "foreign governments", "Western powers", "other governments": not the state of
            # the clause's other side, and whose the phrase does not say (but "the Foreign Ministry" is)
        country = self._based_in(head) or (self.article_country() if self._own_sector(head, sector) else None)
        if country is not None and any(t.lemma_.lower() == "counterpart" and any(
                a.country == country for a in self.actors_of(t)) for t in head.sent):
            country = None  # "the ministers met their Saudi counterparts": the other side is the Saudi one
        if country is None and sector in _NAMED_AGAIN and _definite(head) and self._own_sector(head, sector):
            country = self._named_before(head)
        if country is not None:
            # "the government", "the Finance Ministry", "guerrillas" in an article that names
            # one state only: that state's
            return Actor(country + sector, country, sector, head.text, "title", head.i, head.i + 1)
        return Actor(sector, None, sector, head.text, "sector", head.i, head.i + 1)

    def _based_in(self, head: Token) -> str | None:
        """The country where people a sector word names are based: "Pakistan-based militants", "two militant
        groups based in Pakistan"."""
        for c in head.children:
            if c.lemma_.lower() != "base" or c.tag_ != "VBN":
                continue
            names = [x for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")] if c.dep_ == "amod" else [
                o for pp in c.children if pp.dep_ == "prep" and pp.lower_ in ("in", "inside")
                for o in pp.children if o.dep_ == "pobj"] if c.dep_ == "acl" else []
            for n in names:
                a = self.actor_of(n) or self.place_of(n)
                if a is not None and a.country is not None:
                    return a.country
        return None

    def _named_before(self, head: Token) -> str | None:
        """The country of the body a definite sector noun names again: "The court also ordered ..." after
        "Israel's Supreme Court ruled ..." in an earlier sentence; "the army said" after "Israeli troops
        raided ...". The latest earlier mention with the same head word or of the same sector decides
        (none of its country: None)."""
        if head.i not in self._before:
            self._before[head.i] = self._find_named_before(head)
        return self._before[head.i]

    def _find_named_before(self, head: Token) -> str | None:
        start = head.sent.start
        sector = self.r.sector_of([head])
        for t in reversed(self.doc[max(0, start - _BACK_TOKENS):start]):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
                continue
            same = t.lemma_.lower() == head.lemma_.lower()
            if not same and self.at.get(t.i) is None and self.r.sector_of([t]) is None:
                continue  # (cheap: only a name or a sector word can name a body)
            a = self.actor_of(t) or (self.sector_only(t) if same and _definite(t) else None)
            if same or (a is not None and a.sector == sector):
                return a.country if a is not None and a.sector == sector else None
        return None

    def compound_place(self, head: Token) -> str | None:
        """The country of a place named as a compound of ``head`` ("the Jenin refugee camp"), else None."""
        return next((a.country for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
                     for a in [self.place_of(c)] if a is not None and a.country), None)

    def _own_sector(self, head: Token, sector: str) -> bool:
        """May a sector noun with no state named take the article's one state? "the
        government", "police", "guerrillas" may; the press, companies, refugees and
        diplomats are as often foreign ("Western diplomats said", "banks pressed Brazil"),
        and a phrase that names its own body ("a Far East Bank spokesman", "a spokeswoman for
        the union") is that body's."""
        if sector in _FOREIGN_SECTORS or head.lemma_.lower() in _FOREIGN_NOUNS:
            return False
        if any(c.lower_ == "suicide" for c in head.children):
            return False  # "a suicide bomber" is no state's air force: the coder's unidentified attacker
        if sector == "MIL" and any(c.dep_ == "amod" and c.lower_ in UNKNOWN_FORCES for c in head.children):
            return False  # "unidentified jets attacked Iranian oil rigs": whose, the text does not know
        if sector == "MIL" and head.lemma_.lower() in _CRAFT:
            return False  # "warplanes bombed a village in Lebanon", "gunships fired on cars in Hebron": as often
            # another state's as the one the article names
        if not (sector in _STATE_SECTORS or head.tag_ in ("NNS", "NNPS") or _definite(head)):
            return False  # "a student" is anyone
        if head.lemma_.lower() in _AMBIGUOUS_TITLES and not _definite(head) and not any(
                c.dep_ in ("compound", "amod") and self.r.sector_of([c]) in _STATE_SECTORS for c in head.children):
            return False  # "president and chief executive Donald Carty" of a company
        for c in head.children:
            if c.dep_ in ("prep", "appos") and (c.dep_ == "appos" or c.lower_ in ("for", "of", "at", "with", "from")):
                return False
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.lower_ not in _SECTOR_QUALIFIERS \
                    and self.r.sector_of([c]) not in _STATE_SECTORS:
                return False  # "a Far East Bank spokesman"
        return True

    def place_of(self, head: Token) -> Actor | None:
        """The country of a place that is no actor: a city or region the parser marks as a
        place ("in Osaka", "near the town of Samarra") → that country, kind ``place``."""
        places = self.r.places
        m = self.at.get(head.i)
        if places is None or head.pos_ != "PROPN" or (m is not None and m.kind != "unknown"):
            return None
        ent = next((e for e in self.doc.ents if e.start <= head.i < e.end), None)
        if head.ent_type_ not in _PLACE_ENTS or m is not None:
            # a one-word name the tagger took for a person or body, where only a place can stand:
            # "relief supplies to Jaffna", "hit the centre of Sumy" (never a known family name)
            named = [c for c in head.children if c.dep_ == "compound"]
            # ... or a name of several words, all proper nouns just before it: "blocked bridges in Novi Sad"
            first = named[0].i if named and all(c.pos_ == "PROPN" for c in named) and (
                [c.i for c in named] == list(range(named[0].i, head.i))
                # ... or one hyphenated name the tokenizer split: "the town of Mazar-e-Sharif"
                or not any(self.doc[k].whitespace_ for k in range(named[0].i, head.i))) else None
            whole = head.text if first is None or self.doc[first:head.i].text_with_ws.count(" ") else \
                self.doc[first:head.i + 1].text  # (not "Sharif" of Nawaz Sharif in "Mazar-e-Sharif")
            if (named and first is None) or whole in self.kb.family_names() or not (
                    head.dep_ == "pobj" and (head.head.lower_ in ("in", "into", "near", "to", "outside") or (
                        # "fired missiles at Kharkiv", "a drone attack on Odesa"
                        head.head.lower_ in ("at", "on", "against", "toward", "towards", "over")
                        and head.head.head.lemma_.lower() in _AT_PLACE) or (
                        head.head.lower_ == "of" and (head.head.head.lemma_.lower() in _AREA_NOUNS
                                                      or head.head.head.lemma_.lower() == "control")))
                    or head.dep_ == "dobj" and head.head.lemma_.lower() in _PLACE_TAKING):
                return None  # ... or "troops shelled Jenin", "rebels stormed Grozny", "took control of Goma":
                # what such verbs take is a place
            # the name alone ("Sumy on Palm Sunday" is one ORG to the tagger)
            ent = self.doc[(head.i if first is None else first):head.i + 1]
        if ent is None:
            return None
        # a namesake in a state the article names wins ("Bethlehem" in a story of Palestinians)
        place = places.lookup(ent.text, prefer=self._named, alternates=True)
        if place is None or place.country is None or place.kind not in ("city", "region"):
            return None
        country = self.kb.state_on(place.country, self.day)  # ("in Kiev" in 1986: the Soviet Union)
        return Actor(country, country, None, place.name, "place", ent.start, ent.end)

    def _local_place(self, t: Token) -> str | None:
        """The country of a city or province named by a proper noun the knowledge base does
        not know (even one the parser took for a person: "the governor of Kherson"); the seats
        of international bodies ("officials in Geneva") are left out."""
        places = self.r.places
        if t.pos_ == "NOUN" and t.lemma_.lower() in _PLACE_NOUNS:
            # "the government of Sindh province", "police in the city of Quetta"
            named = children_of(t, "compound") or [x for c in children_of(t, "prep") if c.lower_ == "of"
                                                   for x in children_of(c, "pobj")]
            return self._local_place(named[-1]) if named and named[-1].pos_ == "PROPN" else None
        m = self.at.get(t.i)
        if places is None or t.pos_ != "PROPN" or not t.text[:1].isupper() or (
                m is not None and (m.actor is not None or m.end - m.start > 1)):
            return None
        words = [x for x in t.subtree if x.pos_ == "PROPN" and x.i <= t.i]
        name = " ".join(x.text for x in words)
        if name.lower() in _IGO_SEATS:
            return None
        place = places.lookup(name, prefer=self._named, alternates=t.ent_type_ in _PLACE_ENTS)
        if place is None or place.country is None or place.kind not in ("city", "region"):
            return None
        return self.kb.state_on(place.country, self.day)

    def actors_of(self, head: Token) -> list[Actor]:
        """Like :meth:`actor_of`, but a phrase with coordinated country modifiers
        ("Chinese and Russian military aircraft") denotes one actor per country."""
        a = self.actor_of(head)
        if a is not None and a.kind == "org" and head.pos_ == "NOUN" and self.at.get(head.i) is None:
            # "officials from Hamas and Fatah": people of each body the coordinated phrase names
            named = [b for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                     for pobj in children_of(prep, "pobj") for c in [pobj, *pobj.conjuncts]
                     for b in [self.actor_of(c)] if b is not None and b.kind == "org"]
            if len(named) > 1 and named[0].code == a.code:
                return list({b.code: b for b in named}.values())
        if a is None or a.country is None or a.kind in ("person", "titled", "org"):
            return [a] if a is not None else []
        out = [a]
        # "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Seoul and Tokyo":
        # coordinated 'of' objects
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "from", "in", "by"):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or self.actor_of(pobj) is None:
                        continue
                    for c in pobj.subtree:
                        if c.dep_ == "conj" and c.head.i in {x.i for x in pobj.subtree} and c.i != pobj.i:
                            b = self.actor_of(c)
                            if b is not None and b.country not in (None, a.country):
                                out.append(Actor(b.country + (a.sector or ""), b.country, a.sector, c.text, a.kind,
                                                 c.i, c.i + 1))
        for t in head.children:
            if t.dep_ not in ("amod", "compound", "nmod"):
                continue
            # every conjunct ("German, British and Australian officers": a chain of conj), and a
            # listed modifier the parser hung on the noun itself ("British, German and ...")
            listed = [t] if t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "," else []
            for c in listed + [c for c in t.conjuncts if c.dep_ == "conj"]:
                m = self.at.get(c.i)
                if m is not None and m.kind == "org" and m.actor is not None and m.actor.code not in {
                        x.code for x in out}:
                    out.append(m.actor)  # "Israeli and Hamas negotiators": Hamas's own, not its state's
                    continue
                if m is not None and m.actor is not None and m.actor.country not in {None} | {x.country for x in out}:
                    country = m.actor.country
                    out.append(Actor(country + (a.sector or ""), country, a.sector, c.text, a.kind, c.i, c.i + 1))
        if head.pos_ == "NOUN" and self.at.get(head.i) is None:
            # an event noun standing for its complement: "a summit with Japan and China"
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENT_PREPS or prep.lower_ in ("of", "from", "in"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or (self.actor_of(pobj) or a).code != a.code:
                        continue
                    for c in pobj.conjuncts:
                        b = self.actor_of(c)
                        if b is not None and b.country not in {x.country for x in out}:
                            out.append(b)
        return out

    def actor_of(self, head: Token) -> Actor | None:
        """The actor a noun phrase denotes, or None. An armed group of no one country placed by the
        phrase's own "in" ("Islamic State militants in Somalia's Puntland region") fights in that place's:
        it keeps its code and takes that country."""
        a = self._actor_of(head)
        if a is not None and a.country is None and a.kind == "org" and a.sector in ARMED_GROUPS:
            for pp in head.children:
                if pp.dep_ == "prep" and pp.lower_ in ("in", "inside", "across"):
                    for o in children_of(pp, "pobj"):  # ("in Somalia's Puntland region": the owner's)
                        for x in [o, *children_of(o, "poss", "compound")]:
                            where = self._actor_of(x) or self.place_of(x)
                            if where is not None and where.country and where.kind in ("country", "capital", "place"):
                                return replace(a, country=where.country)
        return a

    def _actor_of(self, head: Token) -> Actor | None:
        if head.pos_ == "NOUN" and (head.lemma_.lower() in _GARRISONS or head.lower_ == "bases"):
            # "two Iraqi bases housing U.S. troops": a base is the forces' it houses
            for o in (o for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG"
                      and c.lemma_.lower() in ("house", "host") for o in children_of(c, "dobj")):
                a = self.actor_of(o)
                if a is not None and a.sector == "MIL" and a.country is not None:
                    return a
        m = self.at.get(head.i)
        name = company_name(head) if m is None or m.kind != "org" else None  # the KB's bodies first
        if name is not None:
            return self._company(head, name)
        if m is not None and m.actor is not None:
            if m.kind == "demonym" and head.tag_ in ("NNPS", "NNS") and head.lemma_.lower() != "settler":
                # (settlers keep their state's nationality where they settle: "Jewish settlers in the West Bank")
                # "the Albanians of southern Serbia", "ethnic Russians in Estonia": a people
                # living in another state are that state's civilians
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "of", "inside", "across"):
                        for pobj in c.children:
                            a = self.actor_of(pobj) if pobj.dep_ == "pobj" else None
                            if a is not None and a.country not in (None, m.actor.country) \
                                    and a.kind in ("country", "capital", "title"):
                                return Actor(a.country + "CVL", a.country, "CVL", head.text, "title", m.start, m.end)
                if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children):
                    # "ethnic Albanians" with no place named: an ethnic group, not Albania;
                    # civilians whose country the coder takes from where they are
                    return Actor("CVL", None, "CVL", head.text, "sector", m.start, m.end)
            if m.kind == "org" and m.actor.sector == "PTY" and m.actor.country is not None:
                # "the Australian Democrats", "German Social Democrats": a party named like another state's
                # is the party of the state its modifier names, not that other state's
                other = next((a.actor.country for c in head.children if c.dep_ in ("amod", "compound") and c.i < m.start
                              for a in [self.at.get(c.i)] if a is not None and a.actor is not None
                              and a.kind in ("country", "demonym") and a.actor.country not in (None, m.actor.country)),
                             None)
                if other is not None:
                    return Actor(other + "PTY", other, "PTY", head.text, "title", m.start, m.end)
            return m.actor
        if m is not None and m.actor is None:
            # unknown person: an apposition may say who they are ("X, the Chinese envoy")
            for c in head.children:
                if c.dep_ == "appos":
                    a = self.actor_of(c)
                    if a is not None:
                        return a
            return None
        if head.lemma_.lower() in self.kb.epithets:
            a = self.epithet_antecedent(head)  # "the country", "the island", "the alliance"
            if a is not None:
                return a
        if head.lemma_.lower() in _FOLLOWER_NOUNS and head.pos_ == "NOUN":
            a = self._followers(head)
            if a is not None:
                return a
        if head.lemma_.lower() in _QUANTITY_NOUNS or _partitive_number(head):
            # "thousands of students", "a group of rebels", "members of the opposition", "two
            # of its oil platforms": the actor is what the quantity counts
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            return self.actor_of(pobj)
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _SPOKES_NOUNS:
            # "a spokesman for the Iranian foreign ministry", "a spokeswoman for Hamas": they
            # speak for whom the 'for' phrase names
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    for pobj in children_of(c, "pobj"):
                        a = self.actor_of(pobj)
                        if a is not None and a.country is not None or a is not None and a.kind == "org":
                            return a if a.sector or a.kind == "org" else a.with_sector("GOV")
        if head.pos_ == "NOUN" and head.lemma_.lower() in RELATION_NOUNS:
            # "Israel's ally", "U.S. allies", "Russia's neighbours": someone standing in a
            # relation to the state named, not that state; an apposition may name them
            for c in head.children:
                if c.dep_ == "appos":
                    return self.actor_of(c)
            mods = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
            if not any(self.at.get(c.i) is not None and self.at[c.i].kind == "org" for c in mods) and any(
                    c.pos_ == "PRON" or self.at.get(c.i) is not None for c in mods):
                return None  # (but "its NATO allies", "its European Union partners" are the organisation)
        if head.pos_ == "NOUN" and head.lemma_.lower() in _AMBIGUOUS_TITLES:
            firm = self._business_of(head)
            if firm is not None:
                return firm
        tokens = self.np_tokens(head)
        # a person or organisation inside the phrase ("Xi's government", "the NATO chief")
        country = None
        # (not the possessor's own words: "President Reagan's speech" is no government's speech)
        owners = {x.i for c in head.children if c.dep_ == "poss" for x in c.subtree}
        mods = [t for t in tokens if t.i <= head.i and t.dep_ not in ("det", "punct", "case", "poss")
                and t.i not in owners
                and self.at.get(t.i) is None and not (t.dep_ == "amod" and t.lower_ in _NOT_SECTOR_ADJ)]
        # the head's own term first ("the Iranian foreign ministry"), else its modifiers' ("Ugandan
        # opposition candidates", "a Cambodian refugee camp")
        sector = self.r.sector_of([t for t in mods if t.head.i >= t.i or t.i == head.i]) or self.r.sector_of(
            [t for t in mods if t.head.i >= t.i] or [head])
        if sector in _STATE_SECTORS and any(t.lower_ in _FORMER | {"retired"} for t in mods if t.i < head.i):
            sector = "ELI"  # "a former Israeli general", "a retired diplomat": elites, no organ of the state
        if sector == "GOV" and any(t.lemma_.lower() in _SUBNATIONAL for t in mods if t.i < head.i):
            # "the Canadian province premiers", "local officials": a province's or town's
            # government, not the state's (CAMEO has no code of its own for them)
            sector = None
        if sector is not None and head.pos_ == "NOUN" and self.r.sector_of([head]) is None:
            # "the drone strike on Israel": a weapon modifying an event noun is no actor; the
            # act stands for whom it is aimed at
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                    for pobj in c.children:
                        a = self.actor_of(pobj) if pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN") \
                            and pobj.lemma_.lower() not in _EDGES else None
                        if a is not None and a.country is not None:
                            return a
        if sector is None and head.pos_ == "NOUN":
            # "an offer from the Canadian division of General Motors Corp": a thing that comes
            # from a business is that business's, not the state its phrase also names
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    for pobj in children_of(c, "pobj"):
                        a = self.actor_of(pobj)
                        if a is not None and a.sector == "BUS":
                            return a
        best: Actor | None = None
        best_m: Mention | None = None
        lent_by: Mention | None = None  # the mention that lent ``country``
        # "the deputy chief of Israel's militia ally": the ally is not Israel, nor is its chief
        related = {x.i for t in tokens if t.i != head.i and t.pos_ == "NOUN" and t.lemma_.lower() in RELATION_NOUNS
                   for x in t.subtree if x.i != t.i}
        named_org = any((o := self.at.get(t.i)) is not None and o.kind == "org" for t in tokens)
        for t in sorted(tokens, key=lambda t: abs(t.i - head.i)):
            mm = self.at.get(t.i)
            if mm is None or mm.actor is None or stance_prefixed(t) or t.i in related or _backer(self.doc, mm.end):
                continue  # "an anti-Syria journalist" is not Syria's, "Iranian-backed rebels" not Iran's
            if named_org and _backer(self.doc, mm.end, _LEADING):
                continue  # "the Russia-led CSTO military alliance" is the CSTO (but "the U.S.-led coalition" the U.S.)
            if t.dep_ == "conj" and t.head.i != head.i and t.head.head.i == head.i and t.head.dep_ in (
                    "amod", "compound", "nmod") and self.at.get(t.head.i) is not None:
                continue  # "Israeli and Hamas negotiators": the first conjunct's; actors_of adds the rest
            if mm.kind in ("country", "demonym", "capital") and mm.actor.country and self._in_a_name(mm, head):
                # "a Japan Air Lines spokesman": the country is a word of a company's name; its
                # officers are business, not the state
                c = mm.actor.country
                return Actor(c + "BUS", c, "BUS", head.text, "title", head.i, head.i + 1)
            if mm is best_m:
                continue  # another word of the same name: "Boko Haram militants", "Hezb-i-Islami guerrillas"
            if mm.kind == "person" and best is None and self._leader_of(mm, head, sector):
                best, best_m = mm.actor, mm  # "Osama bin Laden's terror group": the group he leads
                continue
            if mm.kind == "org" and best is None:
                best, best_m = mm.actor, mm
            elif country is None and mm.actor.country is not None:
                country = mm.actor.country  # a person modifying a noun lends only the country
                lent_by = mm
        holder = self.doc[lent_by.start:lent_by.end].root if lent_by is not None else None
        if best is not None and country is not None and holder is not None and lent_by.kind in ("person", "titled") \
                and (holder.dep_ == "poss" or (holder.dep_ == "appos" and holder.head.i == head.i and not any(
                    (other := self.at.get(t.i)) is not None and other is not lent_by and other.actor is not None
                    and other.actor.country == country and other.kind != "org" for t in tokens))) \
                and best.country in (None, country):
            country = None  # "Arafat's Fatah movement" is Fatah: its leader's name only says whose it is;
            # "Hamas leader Ismail Haniyeh" is Hamas's, the name its holder's
        if best is not None and country is None:
            return best.with_sector(sector) if sector else best
        if country is None and sector is not None and best is None:
            chief = self._loyal_to(head)
            if chief is not None and chief.kind == "person" and chief.sector not in _STATE_SECTORS | {None}:
                return chief  # "forces loyal to Riek Machar": the armed movement he leads, not his state's army
            country = self._owner_country(head, chief)
        if country is None and sector is not None and head.lemma_.lower() not in _ACTION_NOUNS:
            # (not "a military operation in northern Syria": an act is where it happens, not whose)
            for c in head.children:  # "lawmakers in Arnor", "officials in Seoul", "students across Iran"
                if c.dep_ == "prep" and c.lower_ in ("in", "throughout", "across", "inside"):
                    for pobj in c.children:
                        a = self.actor_of(pobj) if pobj.dep_ == "pobj" else None
                        if a is not None and a.country is not None:
                            country = a.country
        if country is None and sector is not None and sector not in _FOREIGN_SECTORS:
            # "police in Karachi", "authorities in Xinjiang", "the governor of Kherson": a
            # province or city the knowledge base does not name is in its country
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of", "throughout", "across", "inside"):
                    for pobj in children_of(c, "pobj"):
                        country = country or self._local_place(pobj)
        if country is None and sector == "MIL" and head.lemma_.lower() in _CRAFT:
            # "drones launched by Russia", "jets sent by Moscow": craft are of whoever sent them
            for by in participle_agents(head):
                a = self.actor_of(by)
                if a is not None and a.country is not None:
                    return Actor(a.country + "MIL", a.country, "MIL", head.text, "title", head.i, head.i + 1)
        if country is None and sector is not None and head.pos_ == "NOUN":
            # "the joint military drills by South Korea": an act of a sector its "by" phrase names
            # ... or a participle's ("a drone strike attributed to Israel")
            for a in [*(self.actor_of(o) for by in head.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
                        for o in children_of(by, "pobj")), *map(self.actor_of, participle_agents(head))]:
                if a is not None and a.country is not None:
                    return Actor(a.country + sector, a.country, sector, head.text, "title", head.i, head.i + 1)
        if country is None:
            for c in head.children:  # "X, the Chinese envoy"
                if c.dep_ == "appos":
                    return self.actor_of(c)
            if sector in _STATE_SECTORS:
                a = self.title_antecedent(head)  # "the minister said", of the minister named before
                if a is not None:
                    return a
            if head.pos_ == "NOUN" and sector is None and any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" and self.at.get(c.i) is not None
                    and self.at[c.i].actor is None for c in head.children):
                return None  # "Kim's threats against South Korea": the owner, a person we cannot name, not Seoul
            if head.pos_ == "NOUN" and sector is None:
                for c in head.children:
                    if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in self.kb.epithets:
                        a = self.epithet_antecedent(c)  # "condemned the bloc's decision"
                        if a is not None:
                            return a
                    if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ not in _TITLE_WORDS \
                            and self.r.sector_of([c]) in ("GOV", "MIL", "COP"):
                        # "against the government's handling of the conflict with Azerbaijan": a state
                        # organ we cannot place owns it (the coder places it), not the "of" phrase's
                        # (but "the president's council" is a person's, "the court's view" maybe a foreign court's)
                        return self.sector_only(c)
                # an event or thing noun stands for the actor of its complement:
                # "the talks with Britain", "the strike on Israel", "targets in Iraq"
                preps = sorted((c for c in head.children if c.dep_ in ("prep", "agent")
                                and c.lower_ in _COMPLEMENT_PREPS), key=lambda c: _COMPLEMENT_PREPS.index(c.lower_))
                for by in participle_agents(head):
                    # "the sanctions imposed by Washington", "a plan put forward by France": the doer
                    # (someone the phrase names, not the complement of an act: "drawn in by its
                    # resumption of ties with Gondor")
                    a = self.actor_of(by)
                    if a is not None and a.start <= by.i < a.end:
                        return a
                if head.lower_ in _NAMED_BY_CITY or head.lemma_.lower() in _NAMED_BY_CITY:
                    # "power-sharing talks in Germany", "the summit in Cairo": where they meet, not who
                    preps = [c for c in preps if c.lower_ not in ("in", "inside", "near")]
                if head.lemma_.lower() in _WRITINGS:
                    # "vetoed a bill on the Russian influence commission": what a text is on is its topic
                    preps = [c for c in preps if c.lower_ not in ("on", "about", "over")]
                for c in preps:
                    for pobj in c.children:
                        if pobj.lemma_.lower() in _EDGES:
                            continue  # "a stronghold on the Thai border" is where it is, not Thailand's
                        if pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN"):
                            a = self.actor_of(pobj)
                            if a is not None:
                                return a
                for c in head.children:  # "entered its air defense zone": the owner
                    if c.dep_ == "poss" and c.pos_ == "PRON":
                        a = self.pronoun_antecedent(c, c.i)
                        if a is not None:
                            return a
            return None
        if sector is None and head.pos_ == "NOUN" and head.lemma_.lower() not in _COUNTRY_NOUNS | _KIN_NOUNS:
            # a common noun that is no sector word stands for its possessor or its "of" phrase:
            # "condemned Pyongyang's missile launch", "visited the martyrs of the Chinese
            # People's Volunteers", "criticized the U.S. decision"
            # ... but a state named before the noun is the doer, its "of" phrase what was done
            # to ("condemned the Russian invasion of Ukraine", "dismissed US criticism of its record")
            owner = self.doc[lent_by.start:lent_by.end].root if lent_by is not None else None
            if owner is not None and owner.head.i == head.i and owner.i < head.i and owner.dep_ in (
                    "amod", "compound", "nmod") and lent_by.kind in ("country", "demonym", "capital") and not any(
                    c.dep_ == "poss" for c in head.children) and head.ent_type_ not in _AMOUNTS \
                    and head.lemma_.lower() not in _QUANTITY_NOUNS:  # ("30 billion Canadian dollars of U.S. goods")
                return Actor(country, country, None, " ".join(t.text for t in tokens), "title",
                             tokens[0].i, tokens[-1].i + 1)
            for c in head.children:
                if c.dep_ == "poss":
                    a = self.pronoun_antecedent(c, c.i) if c.pos_ == "PRON" else self.actor_of(c)
                    if a is not None:
                        return a
                if c.dep_ == "prep" and c.lower_ == "of":
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            a = self.actor_of(pobj)
                            if a is not None:
                                return a
            return Actor(country, country, None, " ".join(t.text for t in tokens), "title",
                         tokens[0].i, tokens[-1].i + 1)
        return Actor(country + (sector or ""), country, sector, " ".join(t.text for t in tokens), "title",
                     tokens[0].i, tokens[-1].i + 1)

    def _business_of(self, head: Token) -> Actor | None:
        """The officers of a business named in a title's "of" phrase ("the leaders of two of
        Japan's top business groups", "the chairman of Britain's biggest bank"): business
        (BUS) of the country the phrase names, not that state's government."""
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            # the phrase's own words, not a clause on it ("..., which coordinates the banks in
            # Yugoslav debt talks")
            clauses = {x.i for t in c.subtree if t.dep_ in ("relcl", "acl", "appos") for x in t.subtree}
            phrase = [t for t in c.subtree if t.i not in clauses]
            words = [t for t in phrase if t.pos_ == "NOUN"]
            if not any(self.r.sector_of([t]) == "BUS" for t in words) or any(
                    self.r.sector_of([t]) in _STATE_SECTORS for t in words):
                return None
            country = next((m.actor.country for t in phrase for m in [self.at.get(t.i)]
                            if m is not None and m.actor is not None and m.kind in ("country", "demonym", "capital")),
                           None)
            if country is None:
                return Actor("BUS", None, "BUS", head.text, "sector", head.i, head.i + 1)
            return Actor(country + "BUS", country, "BUS", head.text, "title", head.i, head.i + 1)
        return None

    def _company(self, head: Token, name: Span) -> Actor:
        """A company ("Siemens AG", "<Alcatel NV>"): business (BUS) of the country its
        modifiers name ("France's <Cie Generale d'Electricite>", "British-listed <Holmes
        Protection Group Inc>"), else of no country; never the state itself."""
        for c in head.children:
            a = self.actor_of(c) if c.dep_ == "appos" else None
            if a is not None and a.kind == "org":
                return a  # "the International Finance Corp (IFC), a World Bank affiliate"
        country = None
        for t in head.subtree:
            m = self.at.get(t.i)
            if (name.start <= t.i < name.end or t.i > name.end or m is None or m.actor is None
                    or m.kind not in ("country", "demonym", "capital")):
                continue
            country = m.actor.country
        return Actor(country + "BUS" if country else "BUS", country, "BUS", name.text, "company", name.start, name.end)

    def _owner_country(self, head: Token, loyal: Actor | None) -> str | None:
        """The state a sector noun belongs to by its possessive or its loyalty: "Iraq said
        its troops repelled ..." (Iraq's), "forces loyal to President Aquino" (the
        Philippines')."""
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FOREIGN_NOUNS for c in head.children):
            return None  # "its creditor banks" lend to it from abroad
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ == "its":
                # only "its": "their" and "his" may stand for a group or person the KB does not
                # know ("the rebels said their fighters ..."), "its" is a state or organisation
                a = self.pronoun_antecedent(c, c.i)
                if a is not None and a.country is not None:
                    return a.country
                country = self.its_subject(c)
                if country is not None:
                    return country
            if c.dep_ == "poss" and c.lower_ == "their":
                a = self._their_owner(c)
                if a is not None:
                    return a
            if c.dep_ == "poss" and c.lower_ in ("his", "her"):
                a = self._his_owner(c)
                if a is not None:
                    return a
        return loyal.country if loyal is not None else None  # (``loyal``: :meth:`_loyal_to`)

    def its_subject(self, its: Token) -> str | None:
        """The country of the nearest singular subject above "its" when no state or body named before stands
        for it: "The Israeli army killed three Palestinian militants who attacked its armoured vehicles" (the
        army's: "its" is no plural, so not the militants "who" stands for)."""
        for v in its.ancestors:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < its.i), None)
            if subj is None:
                continue
            if subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                subj = v.head
            if subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "who", "which", "that"):
                continue
            a = self.actor_of(subj)
            return a.country if a is not None else None
        return None

    def _his_owner(self, his: Token) -> str | None:
        """The state "his"/"her" stands for when it is the subject of a clause above it, and that subject is
        someone the KB knows in a state's government: "Sharon ordered his troops to withdraw", "Putin said his
        forces had captured the town" (but not a rebel leader's "his fighters", nor another clause's person)."""
        subj = _governing_subject(his)
        m = self.at.get(subj.i) if subj is not None else None
        if m is None or m.actor is None or m.kind not in ("person", "titled") or m.actor.sector != "GOV":
            return None
        return m.actor.country

    def _loyal_to(self, head: Token) -> Actor | None:
        """Whom a sector noun is "loyal to": "forces loyal to President Aquino" (the Philippines'
        president), "fighters loyal to Riek Machar" (the movement he leads)."""
        for c in head.children:
            if c.dep_ == "amod" and c.lower_ == "loyal":
                for prep in c.children:
                    if prep.dep_ == "prep" and prep.lower_ == "to":
                        for pobj in prep.children:
                            a = self.actor_of(pobj) if pobj.dep_ == "pobj" else None
                            if a is not None:
                                return a
        return None

    def _leader_of(self, m: Mention, head: Token, sector: str | None) -> bool:
        """``m`` is the head of an organisation the KB knows, named as the possessor of a group
        or sector noun: "bin Laden's terror network", "Meshaal's movement" are the group he
        leads; "bin Laden's son", "bin Laden's videotape" are not."""
        root = self.doc[m.start:m.end].root
        return (m.actor is not None and m.actor.code in self.kb.orgs and root.dep_ == "poss"
                and root.head.i == head.i and head.lemma_.lower() not in _KIN_NOUNS
                and (sector is not None or head.lemma_.lower() in _LED_BODIES))

    def _their_owner(self, their: Token) -> str | None:
        """The state "their" stands for when it is the plural subject of a clause above it that
        names one: "Japanese officials say their coast guard sank a boat" (Japan's), "Israeli
        troops said their commanders ..." (Israel's). The nearest subject decides: "officials said
        the rebels moved their forces" is the rebels', whom the KB does not know (None); so do
        people who are not the state: "Spanish farmers said their leaders ..." (None)."""
        first = next((v for v in their.ancestors if v.pos_ in ("VERB", "AUX")), None)
        if first is not None and first.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            # "boarded Philippine navy boats and seized their weapons": the people the first act was
            # done to, named last before "their"
            o = next((c for c in first.head.children if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")), None)
            a = self.actor_of(o) if o is not None else None
            if a is not None and a.country is not None and a.kind not in ("person", "titled", "company") \
                    and a.sector in _STATE_SECTORS | {None}:
                return a.country
        subj = _governing_subject(their)
        if subj is None:
            return None
        if subj.tag_ not in ("NNS", "NNPS") or subj.pos_ == "PRON":
            return None  # a singular or pronoun subject: "he", "the ministry" are no "they"
        a = self.actor_of(subj)
        if a is None or a.country is None or a.kind in ("person", "titled", "company") or a.sector not in (
                _STATE_SECTORS | {None}):
            return None  # "Spanish farmers said their leaders ...": the farmers' leaders, not Spain's
        return a.country

    def _followers(self, head: Token) -> Actor | None:
        """"supporters of Benazir Bhutto", "followers of the PLO": the people behind a named
        actor. An organisation's followers are counted as it; a state's or a person's are
        civilians of that state, or the opposition when their leader is in opposition."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for pobj in c.children:
                    a = self.actor_of(pobj) if pobj.dep_ == "pobj" else None
                    if a is None or a.country is None:
                        continue
                    if a.kind == "org":
                        return Actor(a.code, a.country, a.sector, head.text, "title", head.i, head.i + 1)
                    sector = a.sector if a.sector in _NON_STATE else "CVL"
                    return Actor(a.country + sector, a.country, sector, head.text, "title", head.i, head.i + 1)
        return None

    def article_country(self) -> str | None:
        """The one state an article is about: every actor the article names belongs to it
        (country names, demonyms, capitals, people, organisations of a state); else None."""
        if self._article_country is False:
            # (not a backer's name: "rebels attacked the U.S.-backed government" is no story of the U.S. alone)
            countries = {m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                         and not self._currency(m) and not _backer(self.doc, m.end)}
            backers = {m.actor.country for m in self.mentions if m.actor is not None and _backer(self.doc, m.end)}
            # (the states as they were on the day: "Zagreb" in 1987 names Yugoslavia)
            countries |= {self.kb.state_on(c, self.day) for c in self._named} - (backers - countries)
            for ent in self.doc.ents:  # cities and regions: "in Conakry" names Guinea
                if ent.label_ in _PLACE_ENTS and self.r.places is not None and self.at.get(ent.start) is None:
                    place = self.r.places.lookup(ent.text, alternates=True)
                    if place is not None and place.country:
                        countries.add(self.kb.state_on(place.country, self.day))
            if any(m.kind in ("country", "demonym", "capital") and (
                    self.doc[m.end - 1].head.lemma_.lower() in _FOREIGN_NOUNS or _aimed_at(self.doc[m.end - 1]))
                   for m in self.mentions):
                # "the French ambassador", "the Kenyan embassy": a state abroad, so the
                # article is about a second state, named or not; so is a state a measure is aimed
                # at or the other side of dealings ("sanctions on Russia", "an agreement with Japan")
                countries.add("")
            self._article_country = next(iter(countries)) if len(countries) == 1 and next(
                iter(countries)) in self.kb.countries else None
        return self._article_country  # type: ignore[return-value]

    def pronoun_antecedent(self, tok: Token, before: int, exclude: frozenset[str] = frozenset()) -> Actor | None:
        """Nearest earlier actor mention compatible with a pronoun (he/she → person;
        it/they → country/org), within the current and the previous two sentences;
        ``exclude``: actor codes it cannot be ("China violated its airspace": not China)."""
        want = PRONOUNS.get(tok.lower_)
        if want is None:
            return None
        grievance = self._grievance_owner(tok, exclude)
        if grievance is not None:
            return grievance
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in tok.head.children):
            # "a Chinese spy balloon flew over the United States before it was shot down": the subject of a
            # time or cause clause continues the thing its governing clause is about, not the last state named
            thing = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                     and c.i < tok.i]
            a = self.actor_of(thing[0]) if thing else None
            if a is not None and a.country is not None and a.code not in exclude:
                return a
        sent_starts = self._sent_starts()
        cur = max((s for s in sent_starts if s <= tok.i), default=0)
        idx = sent_starts.index(cur) if cur in sent_starts else 0
        lo = sent_starts[max(0, idx - 2)]
        # an object "it" may be a ship named before: "a Cypriot tanker was set ablaze after an Iranian
        # gunboat fired missiles at it"
        ships = tok.lower_ == "it" and tok.dep_ in ("dobj", "pobj")
        if want == "person":
            # "Iran's foreign minister flew to Beirut, where he met Hezbollah leaders": an office named
            # by its state and title is a person too
            office = self._office_antecedent(tok, before, lo, exclude)
        fits = [m for m in reversed(self.mentions)
                if lo <= m.start < before and m.actor is not None and m.actor.code not in exclude
                and ((want == "person" and m.kind in ("person", "titled"))
                     or (want == "group" and m.kind in ("country", "capital", "org"))
                     or (ships and m.actor.country is not None and _ship_named(self.doc[m.start:m.end])))]
        # a subject "they" continues the last sentence's subject when that is people: "Iranian
        # officials met Japanese diplomats in Tokyo. They accused Iraq" (the officials); not the last
        # country named when they are people we cannot name ("Ministers from eight states will meet
        # on Zimbabwe. They have suspended Fiji": not Zimbabwe)
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and idx > 0:
            prev = self.doc[sent_starts[idx - 1]:cur]
            subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            if subj and subj[0].tag_ in ("NNS", "NNPS") and not (subj[0].lemma_.lower() in _GROUP_NOUNS and any(
                    c.lower_ in ("two", "both") for c in subj[0].children)):
                theirs = {a.code: a for a in self.actors_of(subj[0]) if a.code not in exclude}
                if len(theirs) == 1:
                    return next(iter(theirs.values()))
                if theirs or not any(m.actor is not None and subj[0].left_edge.i <= m.start <= subj[0].i
                                     for m in self.mentions):
                    return None  # ministers of several states, or people we cannot name (but "the two
                    # sides discussed trade. They also discussed ..." are the two states)
        if want == "person" and office is not None and (not fits or fits[0].start < office[0]):
            return office[1]
        if not fits:
            return None
        # prefer an antecedent that is a clause subject ("Pyongyang is moving closer to
        # Beijing while its talks ..." — "its" is Pyongyang's), else the nearest
        # ... but an object pronoun is not its own clause's subject: "Saudi Arabia cut ties with
        # Qatar, accusing it of supporting terrorism" (it is Qatar)
        own = _clause_subjects(tok) if tok.dep_ in ("dobj", "dative", "pobj") else set()
        fits = [m for m in fits if not any(t.i in own for t in self.doc[m.start:m.end])] or fits
        for m in fits:
            root = self.doc[m.start:m.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.sent == tok.sent:
                return m.actor
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # a subject pronoun continues the last sentence's subject: "Kuwait asked Britain to
            # lease tankers. They also asked China" (Kuwait, not Britain)
            for m in fits:
                root = self.doc[m.start:m.end].root
                if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT":
                    return m.actor
        return fits[0].actor


    def _office_antecedent(self, tok: Token, before: int, lo: int, exclude: frozenset[str]) -> tuple[int, Actor] | None:
        """The nearest earlier subject phrase that names an office by its state and title ("Iran's foreign
        minister", "the Chinese president") within the window, with its start, for "he"/"she"."""
        for t in reversed(self.doc[lo:before]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.lemma_.lower() not in _OFFICE_TITLES:
                continue
            a = self.actor_of(t)
            if a is not None and a.country is not None and a.sector == "GOV" and a.code not in exclude:
                return t.left_edge.i, a
        return None

    def _grievance_owner(self, tok: Token, exclude: frozenset[str]) -> Actor | None:
        """Whose "its"/"their" an "over"/"for" phrase of a verb done to someone names: that one's
        ("Congo cut ties with Rwanda over its support for the rebels", "criticized Japan for its
        handling of the crisis", "thanked Germany for its support"): the cause of an act aimed at
        someone is theirs."""
        n = tok.head
        if tok.lower_ not in ("its", "their") or tok.dep_ != "poss" or n.dep_ != "pobj" \
                or n.head.lower_ not in ("over", "for") or n.head.head.pos_ not in ("VERB", "AUX"):
            return None
        v = n.head.head
        aimed = children_of(v, "dobj") + [o for pp in v.children if pp.dep_ == "prep" and pp.lower_ in (
            "with", "to", "on", "against") and pp.i < n.head.i for o in children_of(pp, "pobj")]
        found = [a for o in aimed for a in [self.actor_of(o)] if a is not None and a.code not in exclude
                 and a.kind in ("country", "capital", "org", "demonym", "title") and a.country is not None]
        return found[0] if len({a.country for a in found}) == 1 else None

    def title_antecedent(self, head: Token) -> Actor | None:
        """Whom a definite title names again: "Chinese Foreign Minister Wang Yi arrived in Seoul. The
        minister criticised Japan" (Wang Yi), "the Chancellor" after "U.K. Chancellor of the Exchequer
        Nigel Lawson". Only "the" + a singular office title with no owner, number or "of" phrase, and
        its words ("the foreign minister") all among the titles of someone named in its own or the
        five sentences before; when two states' office-holders so titled are named there, no one."""
        lem = head.lemma_.lower()
        kids = list(head.children)
        if lem not in _OFFICE_TITLES or head.tag_ not in ("NN", "NNP") or [
                c.lower_ for c in kids if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
            return None
        words = {lem} | {c.lemma_.lower() for c in kids if c.dep_ in ("amod", "compound") and c.i < head.i}
        starts = self._sent_starts()
        idx = max((i for i, st in enumerate(starts) if st <= head.i), default=0)
        lo = starts[max(0, idx - 5)] if starts else 0
        found: list[Actor] = []
        for m in self.mentions:
            if not lo <= m.start < head.i or m.kind not in ("person", "titled") or m.actor is None \
                    or m.actor.country is None or m.actor.sector not in _STATE_SECTORS:
                continue
            if words <= {t.lemma_.lower() for t in self._title_words(m)}:
                found.append(m.actor)
        if not found or len({a.country for a in found}) > 1:
            return None
        a = found[-1]
        return Actor(a.code, a.country, a.sector, head.text, "titled", head.i, head.i + 1)

    def _title_words(self, m: Mention) -> list[Token]:
        """The words of a named person's titles: before the name ("Foreign Minister Wang Yi"), in it,
        and in an apposition either way ("Wang Yi, China's foreign minister", "China's foreign
        minister, Wang Yi")."""
        root = self.doc[m.start:m.end].root
        out = [t for t in root.subtree if t.i < m.start] + list(self.doc[m.start:m.end])
        for c in root.children:
            if c.dep_ == "appos":
                out += [t for t in c.subtree]
        if root.dep_ == "appos":
            out += [t for t in root.head.subtree if t.i < root.i]
        return out

    def epithet_antecedent(self, head: Token) -> Actor | None:
        """The state a definite epithet refers back to (``kb.epithets``): "Japan imposed sanctions on
        North Korea, saying the country had violated ..." (North Korea), "China warned the island"
        (Taiwan, the nearest island state named). Only
        "the/this" + a singular noun with no possessor, number or "of" phrase ("the country of
        origin", "its nation" are no epithets), not a place ("protests across the country"), and
        the nearest state named in its own or the two sentences before, not the subject of its
        own clause when it is an object ("Japan urged the country to ..." is not Japan)."""
        ep = self.kb.epithets.get(head.lemma_.lower())
        if ep is None or head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NN", "NNP"):
            return None
        kids = list(head.children)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) or any(
                c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of" and not children_of(c, "pcomp"))
                for c in kids):
            return None  # (but "accusing the agency of mishandling ...": the "of" tells the charge)
        if head.dep_ == "pobj" and head.head.lower_ in _AREA_PREPS and not (
                head.lemma_.lower() == "island" and head.head.lower_ in ("around", "near")):
            return None  # (but drills "around the island" are around the island state named before)
        mods = [c for c in kids if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
        if any(self.at.get(t.i) is not None for c in mods for t in c.subtree):
            return None  # "the Palestinian state", "the Gulf state of Qatar": named, not referred back
        if ep.modified and not mods:
            return None  # "the state" alone: a province, or the government
        states = set(ep.states)
        for c in mods:  # "the island nation": an island state
            more = self.kb.epithets.get(c.lemma_.lower())
            if more is not None and more.states:
                states = states & more.states if states else set(more.states)
        sent_starts = self._sent_starts()
        idx = max((i for i, st in enumerate(sent_starts) if st <= head.i), default=0)
        lo = sent_starts[max(0, idx - 2)] if sent_starts else 0
        # (nor the possessor of an object, and by whatever name: "Pyongyang condemned the country's
        # decision" is not North Korea's)
        obj = head.head if head.dep_ == "poss" else head
        own = _clause_subjects(obj) if obj.dep_ in ("dobj", "dative", "pobj") else set()
        own_codes = {c for m in self.mentions if m.actor is not None and m.start in own
                     for c in (m.actor.code, m.actor.country) if c}
        bodies = states & self.kb.orgs.keys()  # "the alliance", "the bloc": an organisation named before
        for m in reversed(self.mentions):
            if m.start >= head.i or m.start < lo or m.actor is None or self._currency(m) or m.start in own:
                continue
            if bodies and m.kind == "org" and m.actor.code in bodies:
                return m.actor
            if not m.actor.country or m.actor.country not in self.kb.countries or m.actor.country in own_codes:
                continue
            if states and m.actor.country not in states:
                continue
            c = m.actor.country
            return Actor(c, c, None, head.text, "country", head.i, head.i + 1)
        return None

    def _coordinated_antecedents(self, tok: Token) -> list[Actor]:
        """The states a plural pronoun stands for when its sentence names two or more together before it:
        "recalled its ambassadors to Ireland, Norway and Spain in protest at their recognition of ..." (the
        three, not Israel); [] when none are (the pronoun is then resolved as any other)."""
        for t in reversed(self.doc[tok.sent.start:tok.i]):
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            found = {a.country: a for x in [t, *t.conjuncts] if x.i < tok.i for a in [self.actor_of(x)]
                     if a is not None and a.country is not None and a.kind in ("country", "capital")}
            if len(found) >= 2:
                return [Actor(c, c, None, a.name, a.kind, a.start, a.end) for c, a in found.items()]
        return []

    def group_antecedents(self, tok: Token) -> list[Actor]:
        """'the two sides', 'both countries', 'the allies', 'each side' → the two countries most recently
        mentioned (this and the previous two sentences), as country actors; 'the three countries' → the
        three (those named together first: "France, Britain and Germany ... the three countries")."""
        if tok.lower_ in ("their", "them"):  # (a subject "they" is the speaker's or the last subject's: see coder)
            return self._coordinated_antecedents(tok)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _GROUP_NOUNS:
            return []
        if tok.tag_ in ("NN", "NNP"):
            # "each side accused the other": the two sides, one singular noun at a time
            if tok.lemma_.lower() not in ("side", "country") or not any(
                    c.dep_ == "det" and c.lower_ in ("each", "either") for c in tok.children):
                return []
            n = 2
        elif tok.tag_ not in ("NNS", "NNPS"):
            return []
        else:
            counted = [_NUMBERS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"]
            if counted and counted[0] and counted[0] > 2 and not any(
                    c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "all") for c in tok.children):
                return []  # "he will visit four countries": some, not the ones named ("the three countries")
            n = counted[0] if counted and counted[0] else 2 if any(
                c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children) else 0
            if not n and tok.lemma_.lower() == "ally" and any(c.lower_ == "the" for c in tok.children):
                n = 2
            if not n:
                return []
        sent_starts = self._sent_starts()
        idx = max(i for i, st in enumerate(sent_starts) if st <= tok.i)
        lo = sent_starts[max(0, idx - 2)]
        found: list[str] = []
        # two states named together ("the leaders of Somalia and Ethiopia in Ankara, where the two
        # neighbours agreed"): the last such pair, not the venue named after it
        near = [m for m in self.mentions if lo <= m.start < tok.i and m.actor is not None and m.actor.country]
        at_root = {self.doc[m.start:m.end].root.i: m for m in near}
        for m in reversed(near):
            root = self.doc[m.start:m.end].root
            others = [at_root[c.i].actor.country for c in root.conjuncts if c.i in at_root
                      and at_root[c.i].actor.country != m.actor.country]
            group = list(dict.fromkeys([*others, m.actor.country]))
            if len(group) == n:  # (kept in reverse order of mention, as below)
                found = sorted(group, key=lambda c: -max(x.start for x in near if x.actor.country == c))
                break
        for m in () if found else reversed(self.mentions):
            if m.start >= tok.i or m.start < lo or m.actor is None or m.actor.country is None:
                continue
            if m.actor.country not in found:
                found.append(m.actor.country)
            if len(found) == n:
                break
        if len(found) < n:
            return []
        sector = self.r.sector_of([tok])
        if sector == "CVL":
            sector = None
        return [Actor(c + (sector or ""), c, sector, tok.text, "group", tok.i, tok.i + 1) for c in reversed(found)]


#: verbs of force whose object, when a one-word name of a known place, is that place even where
#: the tagger took it for a person or body ("troops shelled Jenin", "rebels stormed Grozny")
#: (not "attack", "capture", "seize": people are attacked and captured, and "attacked Jackson" is a critic's)
_PLACE_TAKING = frozenset({"shell", "bomb", "bombard", "raid", "storm", "besiege", "invade", "occupy", "overrun",
                           "seize", "capture", "take", "strike", "hit", "attack", "target", "batter", "pummel",
                           "pound", "rocket", "recapture", "retake", "liberate", "encircle", "blockade", "strafe",
                           "reoccupy"})

#: geographic features whose names contain a country's name ("South China Sea", "Sea of Japan")
_FEATURES = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "river", "lake", "canal", "channel"})


#: nouns a demonym names a language or culture of, not the state ("the Russian language")
_CULTURE_NOUNS = frozenset({"language", "languages", "alphabet", "script", "dialect", "literature", "cuisine",
                            "music", "poetry", "speaker", "speakers", "translation", "translations"})
#: what a financial centre's name modifies when it names a market, not the state
_MARKET_WORDS = frozenset({"market", "markets", "exchange", "bourse", "dealer", "dealers", "trader", "traders",
                           "trading", "rumor", "rumors", "rumour", "rumours", "broker", "brokers", "analyst",
                           "analysts", "futures", "stock", "stocks", "share", "shares", "price", "prices", "session",
                           "bank", "banks", "banker", "bankers", "investor", "investors", "money", "commodity"})


def _ship_named(span: Span) -> bool:
    """The mention is (the modifier of) a ship: "a Cypriot tanker", "the Kuwaiti-flagged vessel"."""
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod") and root.head.i > root.i:
        root = root.head
    return root.lemma_.lower() in _SHIPS


def _partitive_number(t: Token) -> bool:
    """A number standing for part of what its "of" phrase names: "three of the soldiers", "two
    of Iran's oil platforms". Not through a pronoun ("two of its vehicles"): whose they are, the
    coder asks of the speaker (the nearest name is often the attacker's)."""
    return t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and not any(
            x.dep_ == "poss" and x.pos_ == "PRON" for x in p.children) for p in c.children) for c in t.children)


def _market_place(t: Token) -> bool:
    """A city modifying a market word, directly or through the compound it modifies
    ("London dealers", "the London oil and stock market rumors", "Tokyo stock exchange");
    but a market one is in is a place ("a trading house in the Caracas exchange market")."""
    h = t
    for _ in range(3):
        if h.dep_ not in ("compound", "nmod", "amod", "conj") or h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in _MARKET_WORDS or h.lower_ in _MARKET_WORDS:
            return not (h.lemma_.lower() in ("market", "exchange", "bourse") and h.dep_ == "pobj"
                        and h.head.lower_ == "in")
    return False


#: agreements as documents: made somewhere by others ("the accord in Paris"), never a party or
#: the one asked to act ("the pacts should serve as precedents"; coding/slots.py)
DOCUMENTS = frozenset({"agreement", "accord", "accords", "treaty", "pact", "convention", "conventions", "communique",
                       "declaration", "protocol", "deal", "arrangement", "understanding", "charter", "memorandum"})
#: agreements, meetings and clubs a city names ("the Paris accord", "the Venice summit"):
#: the city is where they were made or met, not a party
_NAMED_BY_CITY = DOCUMENTS | frozenset({"summit", "conference", "round", "club", "meeting", "meetings", "talks",
                                         "process"})

#: the words that end a company's name ("Siemens AG", "ITT Corp", "Holmes Protection Group Inc")
COMPANY_SUFFIXES = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "Co", "Co.",
                              "Plc", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "S.p.A.", "BV",
                              "B.V.", "AB", "Bhd", "Pty", "Cie", "LLC", "KK", "Oy"})


#: last words of firms' names that carry no legal suffix ("American Express", "British Airways",
#: "Japan Airlines", "General Motors")
COMPANY_HEADS = frozenset({"Express", "Airways", "Airlines", "Airline", "Petroleum", "Motors", "Telecom",
                           "Telecommunications", "Steel", "Electric", "Chemicals", "Chemical", "Railways", "Shipping",
                           "Insurance", "Tobacco", "Aerospace", "Breweries", "Brewery", "Pharmaceuticals", "Mining"})


#: small words inside a company's name: "Societe Generale des Eaux", "Bank of Tokyo Ltd"
_NAME_PARTICLES = frozenset({"de", "des", "du", "la", "le", "di", "del", "della", "von", "van", "of", "and"})


def company_name(t: Token) -> Span | None:
    """The company name ``t`` is a word of: a run of proper nouns ending in a corporate
    suffix ("Siemens AG", "NEC America Inc"), or one set in angle brackets as wire copy marks
    a company ("<Alcatel NV>", "<Standard Electrica SA>"); None for any other word."""
    doc = t.doc

    def word(x: Token) -> bool:
        return x.pos_ == "PROPN" and x.text not in ("<", ">") or x.text in ("&", "-") or x.lower_ in _NAME_PARTICLES
    if not word(t) or t.lower_ in _NAME_PARTICLES:
        return None
    start, end = t.i, t.i + 1
    while start > 0 and word(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    while end < len(doc) and word(doc[end]) and not doc[end].is_sent_start:
        end += 1
    while doc[start].lower_ in _NAME_PARTICLES or doc[start].text in ("&", "-"):
        start += 1  # "of Siemens AG": the name starts after the particle
    while doc[end - 1].lower_ in _NAME_PARTICLES or doc[end - 1].text in ("&", "-"):
        end -= 1
    if end - start >= 2 and any(x.text in COMPANY_SUFFIXES for x in doc[start + 1:end]):
        return doc[start:end]
    if doc[end - 1].text in COMPANY_HEADS and (end - start >= 2 or (start > 0 and doc[start - 1].ent_type_ == "NORP")):
        return doc[start:end]  # "American Express", "British Airways": a firm, not the state its demonym names
    if start > 0 and doc[start - 1].text == "<" and end < len(doc) and doc[end].text == ">":
        return doc[start:end]
    return None


#: words before "America(n)" that make it a region of several states: "Latin American countries"
_CONTINENT_PARTS = frozenset({"Latin", "South", "Central", "North"})


def _place_name(doc: Doc, start: int, end: int) -> bool:
    if start >= 1 and doc[start - 1].text == "New" and doc[start - 1].whitespace_:
        return True  # "New Mexico" (a U.S. state), "New Guinea" (an island): not the state named
    if start >= 1 and doc[start - 1].text in _CONTINENT_PARTS and doc[start].lower_.startswith("america"):
        return True  # "seven Latin American countries", "South America": a region, not the United States
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in _FEATURES and after.text[:1].isupper():
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _FEATURES \
        and doc[start - 2].text[:1].isupper()


#: words that name a public body, not a company: "the U.S. Trade Representative", "Defence Agency"
_BODY_WORDS = frozenset({"representative", "agency", "department", "office", "bureau", "authority", "commission",
                         "administration", "service", "corps", "force", "forces", "guard", "navy", "army", "ministry",
                         "council", "committee", "cabinet", "parliament", "assembly", "congress", "senate", "court",
                         "embassy", "mission", "delegation", "party", "front", "movement", "government", "radio",
                         "television", "news", "bank", "reserve", "board", "house", "police", "tribunal",
                         "institute", "directorate", "secretariat", "inspectorate", "customs", "academy", "chamber",
                         "organization", "organisation", "league", "alliance", "federation", "union", "association",
                         "liberation", "national", "people", "popular", "revolutionary", "islamic", "democratic",
                         "socialist", "communist", "republican", "patriotic", "resistance", "army"})

#: titles that, bare before a name, speak for the state just named
_BARE_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy",
                          "secretary", "diplomat", "negotiator"})

#: named-entity labels of the names of things (not people, not places): a word inside one of
#: several words is no bare surname
_NAME_ENTS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})

#: titles of a state's envoy: "U.N. ambassador X" speaks for a member state, not for the U.N.
_ENVOY_TITLES = frozenset({"ambassador"})

#: words that put a title in the past: "former prime minister X" holds no office now
_FORMER = frozenset({"former", "ex", "ex-", "late", "onetime", "one-time", "erstwhile", "then"})

#: named-entity labels and prepositions that mark a word as a place, not a person
_PLACE_ENTS = PLACE_ENTS
#: parts of a town whose "of" phrase names it ("the centre of Sumy")
_AREA_NOUNS = word_list("settlements") | word_list("areas")
#: "of Indian origin", "of Turkish descent": forebears, not the state of whom they name
_ORIGINS = word_list("origins")
_LOCATIVE_PREPS = LOC_PREPS | TRAVEL_PREPS | {"from"}

#: people close to someone who do not act for them: "his family rejected that account"
_KIN_NOUNS = frozenset({"family", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                        "relative", "lawyer", "attorney", "friend", "child", "widow", "parent", "body", "remains"})

#: what a leader leads: "bin Laden's network", "Meshaal's movement"
_LED_BODIES = frozenset({"group", "network", "movement", "organisation", "organization", "party", "faction",
                         "militia", "army", "outfit", "wing", "men", "fighter", "force", "guerrilla", "militant"})

#: nouns that count what their 'of' phrase names
#: entity labels of amounts: "30 billion Canadian dollars of U.S. goods" is no Canadian act
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_QUANTITY_NOUNS = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                             "dozen", "dozens", "score", "scores", "group", "number", "crowd", "member", "members",
                             "majority", "contingent", "delegation", "team", "band", "batch", "unit"})

#: nouns for the people behind a named actor: "supporters of X"
_FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan", "sympathizer",
                             "sympathiser"})
#: sectors that are not the state's own: followers keep them ("supporters of the rebel leader")
_NON_STATE = frozenset({"OPP", "REB", "INS", "SEP", "PTY", "CVL", "LAB", "EDU", "REL"})
#: sectors and nouns that are as often foreign as the article's own state's
_FOREIGN_SECTORS = frozenset({"REF", "MED", "BUS", "IGO", "NGO"})
#: modifiers that say the text does not know whose a force is ("unidentified jets")
UNKNOWN_FORCES = frozenset({"unidentified", "unknown", "unmarked", "mysterious"})
#: military craft: a state's own, or another's, the text must say
_CRAFT = frozenset({"warplane", "jet", "gunship", "helicopter", "bomber", "fighter", "aircraft", "plane", "drone",
                    "warship", "gunboat", "tank"})
#: modifiers that put a sector noun outside the state the article is about ("foreign governments")
_OTHERS = frozenset({"foreign", "western", "overseas", "outside", "other", "neighbouring", "neighboring", "rival",
                     "allied", "friendly", "hostile", "regional", "international", "world", "global", "european",
                     "arab", "african", "asian", "latin", "many", "several", "some"})
_FOREIGN_NOUNS = frozenset({"diplomat", "ambassador", "envoy", "embassy", "consulate", "delegation", "negotiator",
                            "creditor", "lender", "prisoner", "detainee", "inmate"})
#: titles companies and associations use as much as states: "president and chief executive X"
_AMBIGUOUS_TITLES = frozenset({"president", "vice-president", "chairman", "chairwoman", "leader", "secretary",
                               "spokesman", "spokeswoman", "spokesperson", "director", "official", "head", "chief",
                               "executive", "negotiator", "governor", "delegate", "representative", "envoy"})
#: sectors of the state itself: "the government", "the army", "police" in an article about one state
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: capitalised words that qualify a sector noun without making it a name: "the Finance Ministry"
_SECTOR_QUALIFIERS = frozenset({"finance", "foreign", "defence", "defense", "interior", "trade", "justice",
                                "economy", "agriculture", "energy", "oil", "health", "education", "labour",
                                "labor", "industry", "commerce", "transport", "information", "home", "economic",
                                "national", "federal", "central", "supreme", "high", "upper", "lower", "state",
                                "planning", "treasury", "petroleum", "communications"})


def _longest(table: dict[tuple[str, ...], str], tokens: list[Token], longest: int) -> str | None:
    """The value of the longest key of ``table`` ending at the last token, matched on lemmas or
    on the lower-cased words."""
    lemmas = [t.lemma_.lower() for t in tokens]
    texts = [t.lower_ for t in tokens]
    for n in range(min(longest, len(tokens)), 0, -1):
        for seq in (tuple(lemmas[-n:]), tuple(texts[-n:])):
            if seq in table:
                return table[seq]
    return None


#: texts whose "on"/"about" phrase is their topic, not an actor they stand for
_WRITINGS = frozenset({"bill", "law", "legislation", "report", "study", "book", "article", "documentary", "film",
                       "survey", "poll", "essay", "paper"})
#: how far back (in tokens) a definite sector noun looks for the body it names again
_BACK_TOKENS = 600
#: the sectors whose bodies a definite noun names again ("the court", "the army", "the police"); not the
#: government, which an article with two states names for either ("the ministry will release its
#: guidelines" in a story of Japanese trade with the United States)
_NAMED_AGAIN = frozenset({"JUD", "LEG", "MIL", "COP"})


def _definite(t: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


#: adjectives spelled like a sector word that do not name one: "official contact", "public support"
_NOT_SECTOR_ADJ = frozenset({"official", "public"})

#: plural nouns that, as "the two X" / "both X", refer back to two states
#: how many a group noun counts ("the three countries")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_GROUP_NOUNS = frozenset({"side", "ally", "country", "nation", "government", "neighbor", "neighbour", "partner",
                          "leader", "minister", "power", "state", "capital", "rival", "military"})

#: prepositions whose object gives the actor of a non-actor noun ("talks with Britain")
# in priority order: the agent of an event noun ("an attack by Osgiliath soldiers") first,
# places last
#: prepositions whose object is a place, not an actor: "protests across the country"
_AREA_PREPS = frozenset({"in", "across", "throughout", "around", "inside", "within", "into", "from", "near"})
#: lines between states: a thing "on the Thai border" is placed by it, not owned
_EDGES = frozenset({"border", "frontier", "boundary", "coast", "shore"})
_COMPLEMENT_PREPS = ("by", "with", "against", "on", "to", "toward", "towards", "into", "from", "over", "between",
                     "of", "in", "inside", "near", "across")

def _clause_subjects(obj: Token) -> set[int]:
    """Token indices of the subject (and its conjuncts) of the clause an object pronoun stands in,
    through participles and infinitives that take their subject from the verb above ("cut ties
    with Qatar, accusing it": Saudi Arabia's clause)."""
    v = obj.head.head if obj.dep_ == "pobj" else obj.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return {t.i for s in subj for x in [s, *s.conjuncts] for t in x.subtree}
        if v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
            break
        v = v.head
    return set()


def participle_agents(head: Token) -> list[Token]:
    """The 'by' objects of a past participle on ``head``: "drones launched by Russia",
    "the sanctions imposed by Washington" (the thing's doer); "a strike attributed to Israel"."""
    return [x for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _PASSED_ON
            for ag in c.children if (ag.dep_ == "agent" and c.lemma_.lower() not in _JUDGED) or (
                ag.dep_ == "prep" and (c.lemma_.lower(), ag.lower_) in _ASCRIBED)
            for x in ag.children if x.dep_ == "pobj"]


#: participles that name a deed's doer in another phrase: "a drone strike attributed to Israel"
_ASCRIBED = frozenset({("attribute", "to"), ("ascribe", "to"), ("blame", "on")})


#: participles of judging or acting on someone, whose "by" phrase is not the doer of what the noun names:
#: "militant groups blamed by India" are not India's, "an attack condemned by the UN" not the UN's
_JUDGED = frozenset({"blame", "accuse", "suspect", "condemn", "criticise", "criticize", "denounce", "ban", "outlaw",
                     "designate", "list", "brand", "label", "target", "hunt", "seek", "want", "arrest", "detain",
                     "capture", "sanction", "charge", "indict", "welcome", "praise", "reject", "oppose", "protest"})
#: the sectors of armed groups that fight in many states ("Islamic State" is placed by where it fights)
ARMED_GROUPS = frozenset({"IMG", "REB", "INS", "SEP", "RAD"})
#: participles of passing on another's words: "the statement quoted by IRNA" is not IRNA's
_PASSED_ON = frozenset({"quote", "report", "cite", "carry", "publish", "broadcast", "air", "print", "run",
                        "obtain", "see", "read", "translate", "relay", "monitor", "leak", "distribute"})


#: acts a sector word may modify ("a military operation"), which an "in" phrase places but does not own
_ACTION_NOUNS = frozenset({"operation", "offensive", "exercise", "drill", "campaign", "buildup", "build-up",
                           "presence", "deployment", "activity", "incursion", "intervention", "action", "strike"})
#: nouns that, modified by a country word alone, still denote that state ("the Chinese side")
_COUNTRY_NOUNS = frozenset({"side", "nation", "country", "state", "republic", "kingdom", "delegation", "team",
                            "counterpart", "people"})
#: nouns of a relation: "Israel's ally", "U.S. partners", "Russia's neighbours" are others
RELATION_NOUNS = frozenset({"ally", "partner", "neighbor", "neighbour", "rival", "enemy", "foe", "adversary",
                             "proxy", "opponent", "client"})
#: people who speak for whom their 'for' phrase names
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
#: words after a state's name that make it a currency ("53 billion U.S. Dlrs")
_CURRENCY = frozenset({"dlrs", "dlr", "dollars", "dollar", "yen", "pounds", "francs", "marks", "yuan", "rupees"})
#: modifiers of a government noun that make it a province's or a town's
_SUBNATIONAL = frozenset({"province", "provincial", "regional", "local", "municipal"})
#: nouns for a place that its name modifies: "Sindh province", "the city of Quetta"
_PLACE_NOUNS = frozenset({"province", "region", "state", "city", "town", "district", "county", "prefecture",
                          "oblast", "governorate", "municipality", "village"})
#: cities that host international bodies: "officials in Geneva" are seldom Switzerland's
_IGO_SEATS = frozenset({"geneva", "new york", "strasbourg", "the hague", "hague", "davos", "luxembourg"})


def children_of(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def stance_prefixed(t: Token) -> bool:
    """A name after "anti-" or "pro-" ("anti-Syria", "pro-Russian") states a stance, not a nationality."""
    i = t.i
    doc = t.doc
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")


#: measures one state takes against another, whose "on"/"against" phrase names that other state
_AIMED_MEASURES = frozenset({"sanction", "tariff", "embargo", "blockade", "ban", "restriction", "curb", "duty", "levy"})
#: dealings between two sides, whose "with" phrase names the other side ("an agreement with Japan") ...
_DEALINGS = frozenset({"talk", "agreement", "deal", "relation", "tie", "meeting", "negotiation", "cooperation",
                       "dispute", "war", "treaty", "accord", "pact", "summit", "partnership", "alliance", "conflict"})
#: ... and verbs of them ("held talks with Japan" is a noun's; "met with Japan" a verb's)
_DEALING_VERBS = frozenset({"meet", "talk", "negotiate", "cooperate", "agree", "sign", "clash", "discuss", "confer"})
#: what one side presses on another, whose "from" phrase or modifier names the side that presses
_PRESSURES = word_list("pressures")
#: goods sent, whose "to" phrase names the state that receives them ("supplies had been sent to Iran")
_DELIVERING = word_list("delivering")
#: participles of leading, which a named organisation's phrase tells of its leader, not its owner
_LEADING = frozenset({"led", "dominated", "headed"})
#: participles after "X-" that make X a backer or maker, not the actor: "Iranian-backed rebels",
#: "U.S.-made missiles"; "Saudi-led", "Moscow-installed" still name the actor
_BACKING = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "aligned",
                      "allied", "inspired", "made", "built", "supplied", "designed", "brokered", "mediated",
                      "friendly", "leaning", "based", "linked", "affiliated"})


def _governing_subject(pron: Token) -> Token | None:
    """The subject before ``pron`` of the nearest verb above it that has one ("Sharon ordered his troops ...":
    Sharon), or None."""
    for v in pron.ancestors:
        if v.pos_ in ("VERB", "AUX"):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None)
            if subj is not None:
                return subj
    return None


def _aimed_at(t: Token) -> bool:
    """``t`` (a state's name) is what a measure is aimed at ("sanctions on Russia", "imposed sanctions on
    Russia", "tariffs against Chinese goods") or the other side of dealings ("an agreement with Japan")."""
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i > t.i:
        t = t.head  # "Chinese goods"
        if t.lemma_.lower() in _PRESSURES:
            return True  # ... or the side that presses: "will not bow to Indonesian pressure"
    if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in _PRESSURES:
        return True  # "will not bow to pressure from Indonesia", "rejected calls from Jakarta"
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ == "PROPN":
        # ... or the other side of dealings: "hopeful of an agreement with Japan", "held talks with Japan"
        h = t.head.head
        return h.lemma_.lower() in _DEALINGS or (h.pos_ == "VERB" and h.lemma_.lower() in _DEALING_VERBS)
    if t.dep_ == "pobj" and t.head.lower_ == "to" and (t.head.head.lemma_.lower() in _DELIVERING or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _DELIVERING for c in t.head.head.children)):
        # ... or the state goods are sent to: "supplies had been sent to Iran", "denied arms sales to Iran"
        return True
    if t.dep_ != "pobj" or t.head.lower_ not in ("on", "against"):
        return False
    h = t.head.head
    return h.lemma_.lower() in _AIMED_MEASURES or (h.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _AIMED_MEASURES for c in h.children))


def _backer(doc: Doc, end: int, words: frozenset[str] = _BACKING) -> bool:
    """The name ending before token ``end`` is joined by a hyphen to a backing participle (or one of ``words``)."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in words


_PARAGRAPH = re.compile(r"\n\s*\n|\n[ \t]+")


def _para_break(t: Token) -> bool:
    """A paragraph break (a blank line, or a new line indented): not a hard-wrapped line,
    which wire copy breaks anywhere in a sentence ("visiting U.S.\nAgriculture Secretary")."""
    return t.is_space and bool(_PARAGRAPH.search(t.text))
