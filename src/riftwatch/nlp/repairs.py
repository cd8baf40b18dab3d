"""Repairs of dependency parses that the small English model gets wrong in news copy in a way
that derails a whole sentence. Each repair is narrow and rewrites heads and labels in place,
after parsing and before the actors are read.

* :func:`visiting_title` — "Xi told visiting U.S. Secretary of State Antony Blinken that ...":
  the parser reads "visiting" as a verb whose object is the visitor, so the sentence's verb
  loses its object and its clause ("Putin met visiting Chinese President Xi" became Putin's
  visit to China), or its subject ("Visiting U.S. Secretary of State Antony Blinken met Xi" coded
  nothing). The participle is the visitor's modifier.
* :func:`gapped_relative` — "The sanctions Reagan imposed on Japan took effect": a relative
  clause without "that" whose subject is a name; the parser takes the name for an apposition
  of the noun and the verb for the name's modifier (or for the subject clause of the sentence's
  verb), so the sanctions lose their imposer. The name is the relative verb's subject and the
  noun its object.
* :func:`verbless_amod` — "Qatar's emir hosted Hamas leader Ismail Haniyeh in Doha": the
  parser finds no verb and reads "emir hosted" as a modifier of "leader" (as in "Iran-backed
  militias"), so the sentence has no clause at all. The past form is the sentence's verb, the
  noun before it its subject and the noun it modified its object.
* :func:`speakers_participle` — "China demanded that the United States cancel the sale, warning
  that it would respond": the parser hangs the participle of saying on the reported clause, as
  if the United States warned; it is the speaker's, the reporting verb's. So too on an
  infinitive: "threatened to reimpose sanctions, calling the coup an assault" is said, not threatened.
  So too a participle of what the saying led to: "said they would recognise a Palestinian state,
  prompting Israel to recall its ambassadors" (the announcement prompted it; the recall happened).
* :func:`comma_object` — "ordered its troops to withdraw from the city of Kherson on Wednesday,
  the only regional capital it had captured": the parser makes the phrase after the comma a
  second object of "ordered"; it is an apposition of the place before the comma.
* :func:`persona_non_grata` — "Ecuador declared the Mexican ambassador persona non grata": the
  parser reads "persona" as a verb whose subject is the ambassador; the Latin phrase is the
  object of "declared", with the one declared inside it, as the parser has it when it gets it
  right ("declared a Russian diplomat persona non grata").
* :func:`object_participle` — "Hamas freed three Israeli women held hostage in Gaza": the parser
  reads "women held hostage" as a clause, as if the women held someone hostage, and "freed"
  loses its object. After verbs that take people or things, never a clause, the noun is the
  object and the past form its participle.
* :func:`second_pobj_participle` — "signed an order on Friday halting U.S. aid": the parser makes
  the participle a second object of "on"; it is a clause of the verb.
* :func:`title_apposition` — "PYONGYANG - Russian President Vladimir Putin and North Korean leader
  Kim Jong Un signed ...": after a blanked dateline the parser makes the title the subject and the
  name its apposition, with the second leader coordinated under the name, so the subject loses its
  conjunct. A title followed directly by a name (no comma) is the name's compound.
* :func:`trailing_rebuttal` — "Thailand's army said Cambodian troops had fired first, a charge Phnom
  Penh denied": the parser makes the denial the sentence's verb, with the whole report before the
  comma its complement and "a charge" a modifier of the denier's name, as if Phnom Penh denied
  that the army said it. The report is the sentence; the noun after the comma names it, and the
  denial is that noun's relative clause.
* :func:`named_noun_verb` — "China called the U.S. move a provocation": the parser reads "move" as
  a verb whose object is the provocation, leaving "called the U.S." a phone call. After a verb of
  naming, a name directly followed by such a verb with an indefinite object is a noun phrase ("the
  U.S. move") and that object what it is called.
* :func:`acronym_subject` — "ECOWAS imposed sanctions on Niger", "IGAD called for a ceasefire":
  the tagger reads an upper-case acronym heading the sentence as a verb ("ECOWAS" as a gerund,
  with "imposed" a modifier of its object) or as a passive auxiliary of the verb after it. The
  acronym is the subject and the past form after it the verb.
* :func:`agent_on_object` — "Pyongyang denounced the drills by South Korea": the parser hangs the
  "by" phrase on the active verb, as if it were a passive's agent, and the drills lose their
  owner. Right after the verb's object, a named "by" phrase is the object's agent.
* :func:`subjects_modifier` — "South Korea scrambled fighter jets after Chinese aircraft entered its
  zone": the parser reads "scrambled" as a modifier of "jets" (with South Korea its subject) and
  makes the jets a second subject of the clause after "after", which becomes the sentence's verb.
  The past form is the verb, the noun it modified its object and the clause after the
  conjunction its adverbial clause.
* :func:`root_noun_subject` — "Trump paused tariffs on goods from Mexico": the parser reads the
  name as the sentence's root (a noun) with "paused" a modifier of "tariffs", its object. In a
  sentence with no verb, a past form right after the root noun is the verb, the root its subject.
* :func:`date_conjunct_subject` — "Hamas freed the hostages on Monday and Israel began releasing
  prisoners": the parser coordinates "Israel" with "Monday" and makes "began" a subjectless clause of
  "freed". The name is the subject of the second clause, coordinated with the first.
* :func:`object_before_modal` — "Erdogan warned Turkey could launch a new operation": the parser
  makes the name the object of "warned" and leaves "launch" with no subject, as if Erdogan warned
  Turkey. A name right before the modal of a subjectless reported clause is that clause's subject.
* :func:`clause_verb_as_adjective` — "Turkey demanded that Sweden extradite dozens of people": the tagger
  reads "extradite" as an adjective, and the demand seems to call Sweden something. A reported clause's
  word with a subject and an object of its own is its verb.
* :func:`named_crossing` — "Israel opened the Kerem Shalom crossing into Gaza": the parser reads
  "crossing" as a clause of the verb, as if Israel crossed into Gaza. After "the" and a name, it is
  the noun the name modifies.
* :func:`compound_gerund` — "blocked exports of ASML chipmaking machines to China": the parser reads
  "chipmaking" as a gerund whose object is the machines, so the exports lose their "of" object and
  their destination. A one-word compound in "-making" or "-building" modifies the noun after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: premodifying participles that describe a person, which the parser takes for a verb of their own
_PERSON_PARTICIPLES = frozenset({"visiting"})
#: what the misread participle's clause may carry that belongs to the verb before it
_VERB_DEPS = frozenset({"ccomp", "prep", "advmod", "npadvmod", "advcl", "xcomp", "dative", "punct", "cc", "conj"})


def repair(doc: Doc) -> Doc:
    """Apply every repair to ``doc`` in place; returns it."""
    for t in doc:
        if t.dep_ in ("ROOT", "ccomp") and t.lemma_.lower() in _REBUTTING:
            trailing_rebuttal(t)
    for t in doc:
        if t.dep_ == "dobj":
            comma_object(t)
        elif t.lower_ == "persona":
            persona_non_grata(t)
        elif t.dep_ == "ccomp":
            object_participle(t)
        elif t.dep_ in ("pobj", "pcomp") and t.tag_ == "VBG":
            second_pobj_participle(t)
        elif t.dep_ == "appos":
            title_apposition(t)
        if t.lemma_.lower() in _NAMING and t.pos_ == "VERB":
            named_noun_verb(t) or named_pair(t) or called_name(t)
        if t.is_sent_start:
            acronym_subject(t)
        if t.dep_ == "parataxis" and t.lemma_.lower() in _SAYING:
            appositive_speaker(t)
        if t.lower_ == "what" and t.dep_ in ("dobj", "nsubj", "nsubjpass"):
            so_called_place(t.head)
        if t.dep_ == "prep" and t.lower_ == "in":
            trailing_setting(t)
        if t.dep_ == "conj" and t.tag_ == "VBD":
            speakers_conjunct(t)
        if t.dep_ == "prep" and t.lower_ == "by":
            agent_on_object(t) or agent_after_gerund(t)
        if t.dep_ == "amod" and t.tag_ == "VBD":
            subjects_modifier(t)
        if t.tag_ == "VBG" and t.dep_ == "pcomp":
            compound_gerund(t)
        if t.dep_ == "ccomp" and t.tag_ in ("VBD", "VBZ", "VBP"):
            date_conjunct_subject(t)
        if t.dep_ == "ccomp" and t.tag_ == "VB":
            object_before_modal(t)
        if t.dep_ == "prt" and t.tag_ == "RP":
            particle_object(t)
        if t.tag_ == "VBG" and t.dep_ in ("ccomp", "xcomp"):
            determined_gerund(t)
        if t.tag_ == "JJ" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            owned_adjective(t)
        if t.tag_ in ("JJ", "NNP") and t.dep_ in ("amod", "nmod") and t.text[:1].isupper():
            name_before_title(t)
        if t.tag_ in ("VBD", "VBN") and t.dep_ == "amod":
            verb_before_root_noun(t)
        if t.lemma_ == "basis" and t.lower_ == "bases":
            military_bases(t)
        if t.lower_ == "crossing" and t.tag_ == "VBG":
            named_crossing(t)
        if t.dep_ == "ccomp" and t.tag_ == "JJ":
            clause_verb_as_adjective(t)
        if t.dep_ == "advcl" and t.tag_ == "VB":
            infinitive_subject(t) or appeal_for_subject(t)
        if t.dep_ == "prep" and t.n_lefts == 0 and t.n_rights == 0:
            stranded_name_before_speaker(t)
        if t.dep_ == "prep" and t.lower_ == "on":
            weekday_before_object(t)
        if t.text == "May" and t.dep_ == "aux":
            month_may(t)
        if t.tag_ == "VBN" and t.dep_ == "csubj":
            reduced_relative_subject(t)
        if t.tag_ in ("VBG", "VBN") and t.dep_ == "advcl":
            interposed_participle_subject(t)
    for t in doc:
        if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"):
            root_noun_verb(t) or root_noun_subject(t) or headline_infinitive(t)
    for t in doc:
        if t.lower_ in _PERSON_PARTICIPLES:
            visiting_title(t)
        elif not gapped_relative(t) and not speakers_participle(t):
            verbless_amod(t)
    return doc


def visiting_title(t: Token) -> bool:
    """Re-attach "told visiting X ..." so that X is the verb's object and "visiting" X's
    modifier; True when the parse was changed. Only when the participle directly follows a
    verb that governs it and its object is a name or title starting right after it."""
    v = t.head
    # "Visiting U.S. Secretary of State Antony Blinken met Xi": the visitor is the subject
    subject = t.dep_ == "csubj" and t.i == t.sent.start and v.i > t.i and v.pos_ in ("VERB", "AUX")
    if not subject and (t.dep_ not in ("xcomp", "advcl", "ccomp", "conj") or v.i != t.i - 1
                        or v.pos_ not in ("VERB", "AUX")):
        return False
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return False
    obj = objs[0]
    if obj.pos_ != "PROPN" or obj.left_edge.i != t.i + 1 or (subject and obj.right_edge.i != v.i - 1):
        return False
    if any(c.dep_ == ("nsubj" if subject else "dobj") for c in v.children):
        return False  # the verb has an object of its own: "gave visiting ... a tour" is not this
    moved = [c for c in t.children if c.i != obj.i and c.dep_ in _VERB_DEPS and c.i > obj.i]
    obj.head = v
    obj.dep_ = "nsubj" if subject else "dobj"
    for c in moved:
        c.head = v
    t.head = obj
    t.dep_ = "amod"
    t.pos_ = "ADJ"
    t.tag_ = "JJ"
    return True


def gapped_relative(v: Token) -> bool:
    """Re-attach "the sanctions Reagan imposed on Japan took effect" so that "imposed" is a
    relative clause of "sanctions" with Reagan its subject; True when the parse was changed.
    Only for a common noun directly followed by a name (no comma between), then directly by a
    past verb with no subject and no object of its own, where the parser made the name the
    noun's apposition and the verb the name's modifier or a subject clause of a later verb
    ("the aid package Germany pledged to Kenya will arrive"), or made the name a bare adverbial
    of the noun and the verb a clause of the sentence's ("..., a move Egypt and Qatar condemned
    as a seizure")."""
    if v.tag_ not in ("VBD", "VBN") or v.dep_ not in ("acl", "csubj", "advcl", "conj"):
        return False
    if v.dep_ == "acl":
        name = v.head
    else:
        name = next((t for t in v.doc[v.sent.start:v.i] if t.right_edge.i == v.i - 1 and (
            t.dep_ == "appos" if v.dep_ == "csubj" else t.dep_ == "npadvmod")), None)
    if name is None or name.pos_ != "PROPN" or name.dep_ not in ("appos", "npadvmod") \
            or name.ent_type_ in ("DATE", "TIME"):
        return False
    noun = name.head
    if noun.pos_ != "NOUN" or name.left_edge.i != noun.i + 1:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass") and c.i != noun.i for c in v.children):
        return False
    clause = {t.i for t in v.subtree} if v.dep_ == "acl" else set()
    if max(t.i for t in name.subtree if t.i not in clause) != v.i - 1:
        return False  # the name ends right before the verb
    if v.dep_ == "csubj":
        later = v.head
        if later.i < v.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for c in later.children):
            return False
        noun.head = later
        noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in later.children) else "nsubj"
    name.head = v
    name.dep_ = "nsubj"
    v.head = noun
    v.dep_ = "relcl"
    v.tag_ = "VBD"  # a past with a subject, no passive participle
    return True


#: what a misread verb's object noun may carry that belongs to the verb ("in Doha", "on Tuesday")
_CLAUSE_DEPS = frozenset({"prep", "punct", "npadvmod", "advmod", "cc", "conj"})


def verbless_amod(v: Token) -> bool:
    """Make "emir hosted" in "Qatar's emir hosted Hamas leaders in Doha." the clause it is: ``v``
    the root, the noun right before it the subject (with the words before it), the noun it
    modified the object; True when the parse was changed. Only in a sentence with no verb,
    ending in a full stop, where no hyphen joins the noun to the participle ("Iran-backed")."""
    if v.tag_ not in ("VBD", "VBN") or v.dep_ != "amod":
        return False
    sent = v.sent
    obj = v.head
    if obj.dep_ != "ROOT" or obj.pos_ not in ("NOUN", "PROPN") or obj.i <= v.i or v.i == sent.start:
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.i != v.i for t in sent) or sent[-1].text not in (".", "!"):
        return False
    subj = v.doc[v.i - 1]
    if subj.pos_ not in ("NOUN", "PROPN") or subj.head.i not in (v.i, obj.i) or "-" in (subj.text[-1:], v.text[:1]):
        return False
    before = [t for t in sent if t.i < subj.i and t.head.i in (obj.i, v.i)]
    after = [c for c in obj.children if c.i > obj.i and c.dep_ in _CLAUSE_DEPS]
    _clause(v, subj, obj)
    for t in before:
        t.head = subj
    for c in after:
        c.head = v
    return True


#: participles of saying that belong to whoever speaks ("..., warning that", "..., adding that")
_SPEECH_PARTICIPLES = frozenset({"warn", "add", "say", "insist", "accuse", "blame", "call", "urge", "stress", "note",
                                 "argue", "threaten", "vow", "describe", "claim"})
#: participles of what the saying led to ("said they would recognise a Palestinian state, prompting Israel to
#: recall its ambassadors"): the announcement prompted it, not the recognition still to come
_CONSEQUENCE_PARTICIPLES = frozenset({"prompt", "force", "spark", "trigger", "provoke"})


def speakers_participle(t: Token) -> bool:
    """Hang a participle of saying after a comma on the verb that reports the clause it was hung
    on ("demanded that X cancel the sale, warning that ..."); True when the parse was changed.
    Only when the clause is a complement with a subject of its own, or a "to"-infinitive, and comes before the
    participle."""
    if t.tag_ != "VBG" or t.dep_ != "advcl" or t.lemma_.lower() not in _SPEECH_PARTICIPLES | _CONSEQUENCE_PARTICIPLES:
        return False
    clause = t.head
    # ... or on the infinitive the verb governs: "threatened to reimpose sanctions, calling the coup
    # an assault" (the threat is what is unrealised, not the calling)
    infinitive = clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ == "relcl" and clause.i < t.i and t.i > 0 and t.doc[t.i - 1].text == "," \
            and t.lemma_.lower() in _SPEECH_PARTICIPLES:
        # "vowed to retaliate for an air strike that killed an adviser, blaming Israel": the speaker's, not the
        # strike's (past the relative clause to the verb the clause's noun hangs on, and past its infinitive)
        g = clause.head
        while g.pos_ not in ("VERB", "AUX") and g.head.i != g.i:
            g = g.head
        if g.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in g.children) and g.head.i < g.i:
            g = g.head
        if g.pos_ not in ("VERB", "AUX") or g.i > t.i:
            return False
        t.head = g
        t.doc[t.i - 1].head = g
        return True
    if t.i == 0 or t.doc[t.i - 1].text != "," or clause.dep_ not in ("ccomp", "xcomp") or clause.i > t.i \
            or clause.head.pos_ not in ("VERB", "AUX") or clause.head.i > clause.i \
            or not (infinitive or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return False
    t.head = clause.head
    t.doc[t.i - 1].head = clause.head
    return True


def comma_object(d: Token) -> bool:
    """Make an object that follows another object of its verb after a comma the apposition of the
    last noun before the comma (not a date: "in Kherson on Wednesday, the only capital ..."); True
    when the parse was changed."""
    v = d.head
    if d.dep_ != "dobj" or d.left_edge.i < 1 or d.doc[d.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "dobj" and c.i < d.i for c in v.children):
        return False
    comma = d.left_edge.i - 1
    inside = {t.i for t in v.subtree}
    before = next((t for t in reversed(d.doc[v.i + 1:comma]) if t.i in inside and t.pos_ in ("NOUN", "PROPN")
                   and t.ent_type_ not in ("DATE", "TIME") and t.dep_ != "compound"), None)
    if before is None:
        return False
    d.head = before
    d.dep_ = "appos"
    d.doc[comma].head = before
    return True


def particle_object(prt: Token) -> bool:
    """Make the object the parser hung on a verb's particle the verb's object: "Israel sealed off the
    West Bank" ("the West Bank" read as the object of "off" as if it were a preposition); True when
    the parse was changed. Only when the verb has no object of its own."""
    v = prt.head
    objs = [c for c in prt.children if c.dep_ == "pobj" and c.i > prt.i]
    if len(objs) != 1 or v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in v.children):
        return False
    objs[0].head = v
    objs[0].dep_ = "dobj"
    return True


def owned_adjective(t: Token) -> bool:
    """Make a word tagged as an adjective that has an owner and stands as a subject or object a noun:
    "Kyiv's counteroffensive against Russian forces has stalled"; True when the tags were changed."""
    if not any(c.dep_ == "poss" and c.i < t.i for c in t.children):
        return False
    _as_noun(t)
    return True


def name_before_title(t: Token) -> bool:
    """Make a surname the parser read as a modifier the first of two coordinated names: "Trump and
    Chinese President Xi Jinping met in Busan" ("Trump" read as modifying "President"); True when the
    parse was changed. Only a capitalised word that is no nationality, followed by "and" and a
    nationality or a capitalised title of the same name phrase, whose head is a name standing as a
    subject or object, and a person's when no nationality follows."""
    doc = t.doc
    if t.ent_type_ in ("NORP", "LANGUAGE") or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "and" \
            or doc[t.i + 1].head.i != t.i:
        return False
    after = doc[t.i + 2]
    head = t.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if not (after.ent_type_ == "NORP" or after.tag_ == "NNP") or head.pos_ != "PROPN" or head.i <= after.i \
            or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if after.ent_type_ != "NORP" and head.ent_type_ != "PERSON":
        return False  # a name of a person, not of a document: "the Basic Exchange and Cooperation Agreement"
    # ... "Putin and North Korean leader Kim Jong Un", with "leader" read as the conjunct of "Putin"
    titles = [c for c in t.children if c.dep_ == "conj" and after.i <= c.i < head.i and c.pos_ in ("NOUN", "PROPN")]
    if after.head.i == t.i and not titles:
        return False
    for c in titles:
        c.head = head
        c.dep_ = "compound"
    t.head = head.head
    t.dep_ = head.dep_
    t.pos_, t.tag_ = "PROPN", "NNP"
    head.head = t
    head.dep_ = "conj"
    return True


def verb_before_root_noun(v: Token) -> bool:
    """Make a past form read as modifying the sentence's root noun the verb, with the subject the parser
    gave it: "South Korean President Lee Jae-myung held talks with ... in Tokyo" ("held" a modifier of
    "talks", the root); True when the parse was changed. Only when the noun follows it directly and the
    sentence has no other verb outside the noun's own phrases ("... before flying to Washington")."""
    obj = v.head
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if len(subj) != 1 or obj.dep_ != "ROOT" or obj.i != v.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    inside = {t.i for c in obj.children if c.i > obj.i for t in c.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i != v.i and t.i not in inside for t in obj.sent):
        return False
    later = [c for c in obj.children if c.dep_ == "punct" and c.i > obj.i]
    _clause(v, subj[0], obj)
    if subj[0].tag_ == "JJ":  # ("myung" in "Lee Jae-myung", split at its hyphen)
        subj[0].pos_, subj[0].tag_ = "PROPN", "NNP"
    for c in later:
        c.head = v
    return True


def military_bases(t: Token) -> bool:
    """Lemmatize "bases" as "base" (the lemmatizer gives "basis"): "France handed over its military bases in
    Senegal"; True when changed. Not before "for" or "of" ("the bases for a deal")."""
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("for", "of"):
        return False
    t.lemma_ = "base"
    return True


def _as_noun(t: Token) -> None:
    """Tag ``t`` a singular common noun, its own lemma (the tagger read it as another part of speech)."""
    t.pos_, t.tag_ = "NOUN", "NN"
    t.lemma_ = t.lower_


def determined_gerund(t: Token) -> bool:
    """Make a "-ing" word with a determiner the verb's object noun: "Israel reopened the Kerem Shalom
    crossing into Gaza" ("crossing" read as a clause with the names in it); True when the parse was
    changed. Only with "the", "a" or "an" (and names or modifiers) before it and no subject or
    auxiliary of its own."""
    v = t.head
    if v.pos_ != "VERB" or v.i > t.i or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark")
                                           for c in t.children) \
            or t.left_edge.dep_ != "det" or t.left_edge.lower_ not in ("the", "a", "an") \
            or any(w.dep_ not in ("det", "compound", "amod", "nummod") for w in t.doc[t.left_edge.i:t.i]) \
            or any(c.dep_ == "dobj" for c in v.children):
        return False
    t.dep_ = "dobj"
    _as_noun(t)
    return True


def persona_non_grata(t: Token) -> bool:
    """Make "declared X persona non grata" read as the parser reads it when it gets it right: the
    phrase's last word the verb's object, with "persona" and X inside it; True when the parse
    was changed. Only for "persona non grata" read as a clause of the verb, with X its subject."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "non" or doc[t.i + 2].lower_ != "grata" or t.dep_ != "ccomp":
        return False
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    if len(subj) != 1:
        return False
    v, grata = t.head, doc[t.i + 2]
    rest = [c for c in t.children if c.i > grata.i]
    grata.head = v
    grata.dep_ = "dobj"
    t.head = grata
    t.dep_ = "compound"
    t.pos_, t.tag_ = "NOUN", "NN"
    doc[t.i + 1].head = grata
    subj[0].head = t
    subj[0].dep_ = "compound"
    for c in rest:
        c.head = v
    return True


#: verbs whose complement is a person or thing, never a clause ("freed prisoners held in ...")
_OBJECT_VERBS = frozenset({"free", "release", "kill", "arrest", "detain", "capture", "rescue", "evacuate", "expel",
                           "deport", "return", "exchange", "swap", "repatriate", "kidnap", "abduct", "wound",
                           "injure", "execute", "jail", "attack", "hand", "extradite", "pardon", "seize"})


def object_participle(c: Token) -> bool:
    """Make "freed three women held hostage" read as an object with its participle: the subject the
    parser gave the clause ``c`` becomes the object of the verb before it, and ``c`` that object's
    participle; True when the parse was changed. Only after a verb of :data:`_OBJECT_VERBS` with no
    object of its own, for a past form with no auxiliary whose subject starts right after the verb."""
    v = c.head
    if c.dep_ != "ccomp" or c.tag_ not in ("VBD", "VBN") or v.lemma_.lower() not in _OBJECT_VERBS or c.i < v.i:
        return False
    if any(x.dep_ in ("dobj", "nsubjpass") for x in v.children) or any(
            x.dep_ in ("aux", "auxpass", "mark") for x in c.children):
        return False
    subj = [x for x in c.children if x.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].left_edge.i != v.i + 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return False
    obj = subj[0]
    obj.head = v
    obj.dep_ = "dobj"
    c.head = obj
    c.dep_ = "acl"
    c.tag_ = "VBN"
    return True


def second_pobj_participle(t: Token) -> bool:
    """Hang a participle with an object of its own that the parser made a second object of a
    preposition ("on Friday halting U.S. aid") on the verb the preposition hangs on, as its
    clause; True when the parse was changed."""
    prep = t.head
    if t.dep_ not in ("pobj", "pcomp") or t.tag_ != "VBG" or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "dobj" for c in t.children):
        return False
    if t.dep_ == "pcomp" and any(c.dep_ == "pobj" and c.i < t.i and c.ent_type_ == "DATE" for c in prep.children):
        pass  # "on Friday halting U.S. aid" with the participle a second complement of "on"
    elif t.dep_ == "pcomp":
        # ... or with the date made the participle's modifier
        date = [c for c in t.children if c.dep_ in ("compound", "npadvmod", "nsubj") and c.i == prep.i + 1
                and c.ent_type_ == "DATE" and c.right_edge.i == t.i - 1]
        if len(date) != 1:
            return False
        date[0].head = prep
        date[0].dep_ = "pobj"
    elif not any(c.dep_ == "pobj" and c.i < t.i for c in prep.children):
        return False
    t.head = prep.head
    t.dep_ = "advcl"
    t.pos_ = "VERB"
    return True


def title_apposition(name: Token) -> bool:
    """Make the title a name follows directly ("President Vladimir Putin", parsed with the name as
    the title's apposition) the name's compound, the name taking the title's place in the clause;
    True when the parse was changed. Only for a capitalised title (NNP) with no comma between,
    whose apposition has a conjunct of its own ("... Putin and ... Kim Jong Un")."""
    title = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or title.tag_ != "NNP" or title.i >= name.i \
            or name.left_edge.i != title.i + 1 or title.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if not any(c.dep_ == "conj" for c in name.children):
        return False
    name.head = title.head if title.head.i != title.i else name
    name.dep_ = title.dep_
    for c in list(title.children):
        if c.i != name.i and c.i < title.i:
            c.head = name
    title.head = name
    title.dep_ = "compound"
    return True


#: verbs that answer a charge ("a charge Moscow denies")
_REBUTTING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "deplore"})
#: nouns that name what was said before the comma as a charge
_CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "account", "version"})


def trailing_rebuttal(v: Token) -> bool:
    """Make the report before the comma the sentence (or the clause of its saying) and "a charge X
    denied" its apposition, when the parser made the denial ``v`` govern that report; True when the
    parse was changed. Only for "..., a|an <charge noun> <name> <denial>" ending the sentence,
    whose complement ends at the comma. The parser reads the charge noun as a modifier of the
    denier's name, or as the subject with the name its apposition or a second subject; the denial may be the
    sentence's verb or a clause of the saying before it ("Thailand said [troops fired, a charge
    Phnom Penh denied]")."""
    if v.dep_ not in ("ROOT", "ccomp"):
        return False
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    clause = [c for c in v.children if c.dep_ == "ccomp" and c.i < v.i]
    named = None  # "a charge Georgetown denied" read with two subjects, the charge and the name
    if len(subj) == 2 and subj[1].i == subj[0].i + 1 and subj[0].lemma_.lower() in _CHARGE_NOUNS:
        subj, named = subj[:1], subj[1]
    if len(subj) != 1 or len(clause) != 1 or any(c.dep_ in ("dobj", "ccomp") and c.i > v.i for c in v.children):
        return False
    first = subj[0].left_edge
    comma = first.i - 1
    if comma < 1 or v.doc[comma].text != "," or first.lower_ not in ("a", "an"):
        return False
    noun = v.doc[first.i + 1]
    if noun.lemma_.lower() not in _CHARGE_NOUNS:
        return False
    if named is not None:
        name = named
    elif noun.i == subj[0].i:  # "a charge [Phnom Penh]" with the name as the noun's apposition
        name = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
    else:  # "a charge" read as a modifier of the name
        name = subj[0] if noun.dep_ == "compound" else None
    report = clause[0]
    if name is None or report.right_edge.i > comma:
        return False
    if v.dep_ == "ROOT":
        anchor = report
        report.head = report
        report.dep_ = "ROOT"
    else:
        anchor = v.head  # the saying the denial was read as the clause of
        if anchor.i > report.i:
            return False
        report.head = anchor
        report.dep_ = "ccomp"
    noun.head = anchor
    noun.dep_ = "npadvmod"
    first.head = noun
    first.dep_ = "det"
    v.doc[comma].head = anchor
    name.head = v
    name.dep_ = "nsubj"
    for c in list(v.children):
        if c.dep_ == "punct":
            c.head = anchor
    v.head = noun
    v.dep_ = "relcl"
    return True


#: verbs of naming something as something ("called the move a provocation")
_NAMING = frozenset({"call", "brand", "label", "dub", "term"})


def named_pair(v: Token) -> bool:
    """Make "called China and North Korea friendly socialist neighbors" read as naming both states
    neighbours: the parser took "neighbors" for a second object beside "China", with "North Korea" its
    modifier; the name becomes the first object's conjunct and the noun the predicate. True when the
    parse was changed. Only for a name as the object and a plural noun with an adjective as its
    conjunct."""
    objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.pos_ == "PROPN"]
    if len(objs) != 1 or any(c.dep_ == "oprd" for c in v.children):
        return False
    pred = next((c for c in objs[0].children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS"
                 and any(x.dep_ == "amod" for x in c.children)), None)
    name = next((x for x in pred.children if x.dep_ in ("nmod", "compound") and x.pos_ == "PROPN"
                 and x.i < pred.i), None) if pred is not None else None
    if name is None:
        return False
    name.head = objs[0]
    name.dep_ = "conj"
    pred.head = v
    pred.dep_ = "oprd"
    return True


def called_name(v: Token) -> bool:
    """Make the name in "Biden called Chinese President Xi Jinping on Monday" the object of "called":
    the parser read it as the predicate of a naming ("called him Xi") with nothing named. True when
    the parse was changed. Only for "call" in the active voice with no object, and a predicate that
    is a proper name; "they were called traitors", "called it a day", "called Belarus's election
    illegitimate" (the object parsed on the predicate) are left alone."""
    if v.lemma_.lower() != "call" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in v.children):
        return False
    preds = [c for c in v.children if c.dep_ == "oprd" and c.i > v.i]
    if len(preds) != 1 or preds[0].pos_ != "PROPN":
        return False
    preds[0].dep_ = "dobj"
    return True


def named_noun_verb(v: Token) -> bool:
    """Make "called the U.S. move a provocation" read as naming "the U.S. move" a provocation: the
    name the parser made the object becomes the modifier of the word after it (read as a verb),
    that word the object, and the word's own indefinite object the predicate; True when the parse
    was changed. Only for a name (or a noun: "called the independence vote a betrayal") right after
    "the", a following word of the form of a base verb with no subject of its own, and an object of
    that word with "a"/"an"."""
    objs = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
    if len(objs) != 1 or objs[0].pos_ not in ("PROPN", "NOUN") or objs[0].i + 1 >= len(v.doc):
        return False
    name = objs[0]
    word = v.doc[name.i + 1]
    if word.head.i != v.i or word.tag_ not in ("VB", "VBP") or word.dep_ not in ("oprd", "ccomp", "xcomp") \
            or any(c.dep_ in ("nsubj", "aux") for c in word.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children):
        return False
    pred = [c for c in word.children if c.dep_ == "dobj"]
    if len(pred) != 1 or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pred[0].children):
        return False
    for c in list(name.children):
        if c.dep_ == "det":
            c.head = word
    name.head = word
    name.dep_ = "compound"
    word.head = v
    word.dep_ = "dobj"
    word.pos_ = "NOUN"
    word.tag_ = "NN"
    pred[0].head = v
    pred[0].dep_ = "oprd"
    return True


def clause_verb_as_adjective(t: Token) -> bool:
    """Tag a reported clause's verb that the tagger read as an adjective a verb: "Turkey demanded that Sweden
    extradite dozens of people" ("extradite" as an adjective, so the demand seemed to call Sweden something);
    True when changed. Only with a subject and an object of its own."""
    if t.dep_ != "ccomp" or t.tag_ != "JJ" or not any(c.dep_ == "nsubj" for c in t.children) \
            or not any(c.dep_ == "dobj" for c in t.children):
        return False
    t.pos_, t.tag_ = "VERB", "VB"
    return True


def named_crossing(t: Token) -> bool:
    """Make "crossing" after a named place the head noun of the phrase: "Israel opened the Kerem Shalom
    crossing into Gaza" (the parser reads "crossing" as a clause of the verb, as if Israel crossed into
    Gaza); True when the parse was changed. Only right after a name with "the" before it, and with no
    object of its own."""
    name = t.doc[t.i - 1] if t.i > 0 else None
    if t.lower_ != "crossing" or t.tag_ != "VBG" or name is None or name.pos_ != "PROPN" \
            or name.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or name.left_edge.lower_ != "the" \
            or t.head.i != name.head.i or any(c.dep_ in ("dobj", "nsubj") for c in t.children):
        return False
    t.head, t.dep_ = name.head, name.dep_
    _as_noun(t)
    for c in list(name.children):
        c.head = t
    name.head, name.dep_ = t, "compound"
    return True


def _acronym(t: Token) -> bool:
    return len(t.text) >= 3 and t.text.isalpha() and t.text.isupper()


def _name_as_verb(t: Token) -> bool:
    """A capitalised word heading a sentence, tagged as a bare verb though it is the subject's name
    ("Trump"): only the sentence's root with no subject of its own."""
    return t.tag_ == "VB" and t.dep_ == "ROOT" and t.text[:1].isupper() and t.text[1:].islower() \
        and len(t.text) > 2 and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in t.children)


def acronym_subject(t: Token) -> bool:
    """Make an upper-case acronym heading a sentence that the tagger read as a verb the subject of
    the past form right after it; True when the parse was changed. Two misreadings: the acronym as
    the root with the past form a modifier of its object ("ECOWAS imposed sanctions": the past
    form becomes the root, the object its object), or as the passive auxiliary of the past form
    ("IGAD called for": the auxiliary becomes the subject, the verb active)."""
    doc = t.doc
    if t.i + 1 >= len(doc):
        return False
    if _acronym(t):
        v = doc[t.i + 1]
    elif _name_as_verb(t):
        # "Trump sharply criticised Zelenskiy", "Trump on Tuesday criticised ...": a name that is also an
        # English verb, read as an imperative; its past form may stand after an adverb or a date
        v = next((w for w in doc[t.i + 1:min(len(doc), t.i + 7)] if w.tag_ in ("VBD", "VBN") and w.dep_ == "amod"),
                 doc[t.i + 1])
    else:
        return False
    if v.tag_ not in ("VBD", "VBN"):
        return False
    if t.dep_ == "auxpass" and t.head.i == v.i:
        t.dep_ = "nsubj"
        t.pos_, t.tag_ = "PROPN", "NNP"
        v.tag_ = "VBD"
        return True
    obj = v.head
    if t.dep_ != "ROOT" or not t.tag_.startswith("VB") or v.dep_ != "amod" or obj.head.i != t.i \
            or obj.i <= v.i or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in list(t.children):
        if c.i != obj.i:
            c.head = v
    _clause(v, t, obj)
    t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text
    return True


#: verbs of saying that close a sentence as its attribution ("..., the ministry said")
_SAYING = frozenset({"say", "tell", "add", "report", "confirm", "announce", "claim", "state", "allege", "insist"})


def appositive_speaker(v: Token) -> bool:
    """Make the noun phrase right before a subjectless verb of saying, which the parser made an
    apposition of the word before the comma ("in Tehran, Iran's Revolutionary Guards said"), that
    verb's subject; True when the parse was changed."""
    if v.dep_ != "parataxis" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or v.i < 3:
        return False
    a = next((t for t in v.doc[v.sent.start:v.i] if t.dep_ == "appos" and t.right_edge.i == v.i - 1), None)
    if a is None or a.pos_ not in ("NOUN", "PROPN") or a.left_edge.i < 1 or v.doc[a.left_edge.i - 1].text != ",":
        return False
    comma = v.doc[a.left_edge.i - 1]
    a.head = v
    a.dep_ = "nsubj"
    if comma.head.i != v.i and comma.head.i == a.i:
        comma.head = v
    return True


def so_called_place(v: Token) -> bool:
    """Hang a place phrase that directly follows what a "what" clause names ("what it called
    terrorist infrastructure in Pakistan") on the name, not on the verb of naming; True when the
    parse was changed."""
    named = [c for c in v.children if c.dep_ in ("oprd", "attr")]
    if len(named) != 1 or named[0].i < v.i:
        return False
    n = named[0]
    pp = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "inside", "near", "across")
               and c.i == n.right_edge.i + 1), None)
    if pp is None:
        return False
    pp.head = n
    return True


#: how something is said: "in a call with ...", "in an interview with ...", "in a letter to ..."
_SETTINGS = frozenset({"call", "conversation", "talk", "interview", "letter", "message", "statement", "speech",
                       "meeting", "telephone", "phone", "address", "briefing"})


def trailing_setting(pp: Token) -> bool:
    """Hang "in <a call/interview/letter ...>" after a comma at the end of a reported clause on the
    verb of saying that reports it; True when the parse was changed."""
    clause = pp.head
    if pp.i < 1 or pp.doc[pp.i - 1].text != "," or clause.dep_ != "ccomp" or clause.i > pp.i:
        return False
    say = clause.head
    if say.lemma_.lower() not in _SAYING or say.i > clause.i or pp.right_edge.i + 1 < len(pp.doc) and not \
            pp.doc[pp.right_edge.i + 1].is_punct:
        return False
    if not any(o.lemma_.lower() in _SETTINGS for o in pp.children if o.dep_ == "pobj"):
        return False
    pp.head = say
    pp.doc[pp.i - 1].head = say
    return True


#: what a speaker goes on to do in words or by diplomacy ("said ... and urged Hamas", "... and lodged a protest")
_SPEAKERS_ACTS = frozenset({"urge", "call", "demand", "warn", "lodge", "add", "accuse", "ask", "appeal", "vow",
                            "promise", "pledge", "threaten", "insist", "summon", "protest", "reject", "deny",
                            "express", "welcome", "condemn", "criticize", "criticise", "praise", "thank", "invite",
                            "offer", "announce", "stress", "reiterate", "blame", "dismiss", "voice"})


def speakers_conjunct(c: Token) -> bool:
    """Coordinate a simple past ``c`` that the parser hung on a reported clause in the perfect or
    with a modal ("said Israel had accepted ... and urged Hamas") with the verb of saying instead;
    True when the parse was changed. Only when ``c`` has no subject or auxiliary of its own and the
    saying is itself in the simple past."""
    h = c.head
    say = h.head
    if c.dep_ != "conj" or c.tag_ != "VBD" or c.lemma_.lower() not in _SPEAKERS_ACTS or h.dep_ != "ccomp" \
            or say.lemma_.lower() not in _SAYING \
            or say.tag_ != "VBD" or say.i > h.i or c.i < h.i:
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children):
        return False
    if not any(x.dep_ == "aux" and x.lower_ in ("had", "would", "could", "might", "will", "should", "'d")
               for x in h.children) or not any(x.dep_ in ("nsubj", "nsubjpass") for x in h.children):
        return False
    c.head = say
    for x in h.children:
        if x.dep_ == "cc" and x.i == c.left_edge.i - 1:
            x.head = say
    return True


#: named-entity types of an agent ("by South Korea", "by Iranian-backed militias" is no name)
_AGENT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def agent_on_object(by: Token) -> bool:
    """Hang a "by <name>" phrase that the parser put on an active verb on the verb's object when it
    directly follows the object's phrase ("denounced the drills by South Korea"); True when the
    parse was changed. Not on a passive ("were denounced by"), not an object that is a name itself,
    and only a named agent: "raised tariffs by 25 percent", "by phone" keep their verb."""
    v = by.head
    if v.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return False
    objs = [c for c in v.children if c.dep_ == "dobj" and c.i < by.i]
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or objs[0].ent_type_ or objs[0].right_edge.i + 1 != by.i:
        return False
    agent = next((c for c in by.children if c.dep_ == "pobj"), None)
    if agent is None or agent.pos_ != "PROPN" or agent.ent_type_ not in _AGENT_ENTS:
        return False
    by.head = objs[0]
    return True


def agent_after_gerund(by: Token) -> bool:
    """Make "by Chinese coast guard ships" in "vessels were blocked from reaching the shoal by Chinese coast guard
    ships" the agent of the passive, where the parser hung it on the gerund; True when the parse was changed. Only
    for a "from" gerund of a passive verb that has no agent of its own, and a "by" after the gerund's object."""
    g = by.head
    if g.tag_ != "VBG" or g.dep_ != "pcomp" or g.head.lower_ not in ("from", "of"):
        return False
    v = g.head.head
    if v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children) or any(
            c.dep_ == "agent" for c in v.children) or not any(c.dep_ == "pobj" for c in by.children):
        return False
    by.head, by.dep_ = v, "agent"
    return True


#: the conjunctions of a clause that a misread verb's sentence goes on with ("scrambled jets after ...")
_CLAUSE_MARKS = frozenset({"after", "before", "when", "as", "while", "because", "since", "following"})


def subjects_modifier(v: Token) -> bool:
    """Make "scrambled" in "South Korea scrambled fighter jets after Chinese aircraft entered its zone"
    the verb it is; True when the parse was changed. Only a past form modifying a noun that the parser
    made a subject of a clause which has another subject of its own after its conjunction, and with a
    subject of its own before it."""
    obj = v.head
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    # ... or the word before it, which the parser also hung on the noun: "South Korea's military fired
    # warning shots after ...", with "military" read as an adjective
    before = [c for c in obj.children if c.i < v.i and c.dep_ in ("amod", "compound", "nmod", "poss", "det")]
    if not subj and before and before[-1].i == v.i - 1 and before[-1].dep_ != "poss" and before[-1].pos_ in (
            "NOUN", "PROPN", "ADJ") and before[-1].tag_ != "JJR":
        subj = [before[-1]]
    else:
        before = []
    if not subj or obj.i <= v.i or obj.dep_ != "nsubj" or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    clause = obj.head
    mark = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS and obj.i < c.i < clause.i]
    if not mark or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark[0].i for c in clause.children):
        return False
    if any(v.doc[k].pos_ in ("VERB", "AUX") or v.doc[k].text in (",", ";") for k in range(v.i + 1, obj.i)):
        return False
    if clause.dep_ == "ROOT":
        v.head = v
    else:
        v.head = clause.head
    v.dep_ = clause.dep_
    if before:
        head = subj[0]
        for c in before[:-1]:
            c.head = head
        head.head = v
        head.dep_ = "nsubj"
        if head.pos_ == "ADJ":
            head.pos_, head.tag_ = "NOUN", "NN"
    v.pos_ = "VERB"
    obj.head = v
    obj.dep_ = "dobj"
    clause.head = v
    clause.dep_ = "advcl"
    return True


#: the endings of one-word compounds that the tagger reads as gerunds ("chipmaking", "shipbuilding")
_COMPOUND_GERUNDS = ("making", "building")


def compound_gerund(g: Token) -> bool:
    """Make "chipmaking" in "exports of ASML chipmaking machines to China" the modifier it is; True when
    the parse was changed: its object becomes the preposition's object and takes the gerund's other
    dependents."""
    low = g.lower_
    if not any(low.endswith(e) and len(low) > len(e) + 2 and low[-len(e) - 1] != "-" for e in _COMPOUND_GERUNDS):
        return False
    obj = next((c for c in g.children if c.dep_ == "dobj" and c.i == g.i + 1), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    rest = [c for c in g.children if c.i != obj.i]
    obj.head = g.head
    obj.dep_ = "pobj"
    g.head = obj
    g.dep_ = "amod"
    g.pos_ = "ADJ"
    g.tag_ = "JJ"
    for c in rest:
        c.head = obj
        if c.i < g.i and c.dep_ == "npadvmod":
            c.dep_ = "compound"
    return True


def root_noun_subject(root: Token) -> bool:
    """Make "paused" in "Trump paused tariffs on goods from Mexico." the verb with the root noun "Trump"
    its subject; True when the parse was changed. Only when the sentence has no verb, the past form
    follows the root directly, modifies a noun the root governs, and the sentence ends in a full stop."""
    doc = root.doc
    if root.i + 1 >= len(doc):
        return False
    v = doc[root.i + 1]
    obj = v.head
    if v.tag_ not in ("VBD", "VBN") or v.dep_ != "amod" or obj.i <= v.i or obj.head.i != root.i \
            or obj.pos_ not in ("NOUN", "PROPN") or "-" in (root.text[-1:], v.text[:1]):
        return False
    sent = root.sent
    if any(t.pos_ in ("VERB", "AUX") and t.i != v.i for t in sent) or sent[-1].text not in (".", "!"):
        return False
    later = [c for c in root.children if c.i > v.i and c.i != obj.i]
    _clause(v, root, obj)
    for c in later:
        c.head = v
    return True


def headline_infinitive(root: Token) -> bool:
    """Make "visit" in the headline "Rubio to visit India next week" the verb with the root name "Rubio" its
    subject, as in "Seoul to send envoy to Tokyo"; True when the parse was changed. Only for a name that opens a
    sentence with no full stop, directly followed by "to" and a bare verb the parser hung on it."""
    doc = root.doc
    sent = root.sent
    if root.right_edge.i < root.i or sent[-1].text in (".", "?", "!") or root.i + 2 >= sent.end:
        return False
    to, v = doc[root.i + 1], doc[root.i + 2]
    if not root.text[:1].isupper() or to.lower_ != "to" or v.tag_ != "VB" or v.head.i != root.i \
            or v.dep_ not in ("relcl", "acl") or any(t.pos_ in ("VERB", "AUX") and t.i < root.i for t in sent):
        return False
    later = [c for c in root.children if c.i > v.i]
    v.head, v.dep_ = v, "ROOT"
    root.head, root.dep_ = v, "nsubj"
    for c in later:
        c.head = v
    return True


def root_noun_verb(root: Token) -> bool:
    """Tag "cut" in "The US cut funding to UNRWA." a verb: a root the tagger read as a singular noun
    though it has a subject before it and an object after it, in a sentence with no verb; True when
    changed. Only for a word whose past form is its base ("cut", "hit", "put", "set", "shut")."""
    if root.tag_ != "NN" or root.lower_ != root.lemma_.lower() or root.lower_ not in _SAME_PAST:
        return False
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children) or not any(
            c.dep_ == "dobj" and c.i > root.i for c in root.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in root.sent):
        return False
    root.pos_ = "VERB"
    root.tag_ = "VBD"
    return True


#: verbs whose past form is their base, which the tagger may read as nouns heading a sentence
_SAME_PAST = frozenset({"cut", "hit", "put", "set", "shut", "cast", "bid", "quit", "spread", "hurt", "cost", "let",
                        "split"})


def date_conjunct_subject(v: Token) -> bool:
    """Make the name before ``v`` in "freed the hostages on Monday and Israel began releasing prisoners"
    ``v``'s subject and ``v`` a conjunct of the clause before; True when the parse was changed. Only for a
    clause with no subject whose previous word is a name the parser coordinated with a date."""
    if v.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return False
    subj = v.doc[v.i - 1]
    date = subj.head
    if subj.dep_ != "conj" or subj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") or date.ent_type_ not in (
            "DATE", "TIME") or v.head.pos_ not in ("VERB", "AUX") or v.head.i > subj.i:
        return False
    cc = [c for c in date.children if c.dep_ == "cc" and c.i < subj.i]
    subj.head = v
    subj.dep_ = "nsubj"
    v.dep_ = "conj"
    for c in cc:
        c.head = v.head
    return True


#: modals a reported clause may open with ("warned Turkey could launch ...")
_MODALS = frozenset({"could", "would", "will", "may", "might", "can", "should", "must"})


def object_before_modal(v: Token) -> bool:
    """Make "Turkey" in "Erdogan warned Turkey could launch a new operation" the subject of "launch"; True
    when the parse was changed. Only for a clause with no subject, opened by a modal that directly follows
    a proper-noun object of the verb the clause hangs on."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return False
    aux = next((c for c in v.children if c.dep_ == "aux" and c.lower_ in _MODALS and c.i < v.i), None)
    gov = v.head
    obj = next((c for c in gov.children if c.dep_ == "dobj" and aux is not None and c.i == aux.i - 1), None)
    if aux is None or obj is None or obj.pos_ != "PROPN" or gov.i > obj.i:
        return False
    obj.head = v
    obj.dep_ = "nsubj"
    return True


def infinitive_subject(v: Token) -> bool:
    """Give the subject the parser hung on an infinitive back to the verb the infinitive hangs on: in
    "Funaro, on the third leg of a trip to explain his country's stance, met Stoltenberg" Funaro met;
    True when the parse was changed. Only for a "to" infinitive after its verb-less subject and a comma,
    whose own verb follows it and has no subject."""
    gov = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == v.i - 1), None)
    if subj is None or to is None or gov.i < v.i or gov.pos_ not in ("VERB", "AUX") or subj.i > v.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in gov.children):
        return False
    if not any(t.text == "," for t in v.doc[subj.i + 1:to.i]):
        return False
    subj.head = gov
    return True


def month_may(t: Token) -> bool:
    """Make the month in "South African troops last May launched an attack" a date, not the modal the parser
    read it as (the attack was launched, not possibly launched). True when the parse was changed. Only for a
    capitalised "May" inside a date entity, or after "last", "next", "early", "late", "in" or "since"."""
    prev = t.doc[t.i - 1].lower_ if t.i > 0 else ""
    if t.ent_type_ != "DATE" and prev not in ("last", "next", "early", "late", "in", "since", "mid"):
        return False
    t.dep_, t.pos_, t.tag_ = "npadvmod", "PROPN", "NNP"
    return True


def stranded_name_before_speaker(prep: Token) -> bool:
    """Give a preposition left with no object the name after it that the parser hung on the speakers
    after a comma: in "Japan has extended a loan to Bangladesh, Finance Ministry officials said" it read
    "Bangladesh, Finance Ministry officials" as one phrase. True when the parse was changed. Only for a
    proper name that starts right after the preposition, ends right before the comma, and modifies a
    word after that comma."""
    doc = prep.doc
    comma = next((t for t in doc[prep.i + 1:min(prep.i + 6, len(doc))] if t.text == ","), None)
    if comma is None or comma.i == prep.i + 1:
        return False
    name = doc[comma.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("nmod", "compound", "appos") or name.head.i <= comma.i \
            or name.left_edge.i != prep.i + 1:
        return False
    name.head, name.dep_ = prep, "pobj"
    return True


#: the names of the days of the week (also among the coder's time words, coding.slots.TIME_WORDS)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def weekday_before_object(prep: Token) -> bool:
    """Split "rejected on Tuesday Kyiv's proposal", where the parser read "Tuesday Kyiv's proposal" as one
    phrase under "on": the weekday is the preposition's object and the rest the verb's. True when the parse
    was changed. Only for an "on" right after a verb with no object, whose object's phrase starts with a
    weekday right after the "on"."""
    verb = prep.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if verb.pos_ != "VERB" or prep.i != verb.i + 1 or obj is None or any(c.dep_ == "dobj" for c in verb.children):
        return False
    day = prep.doc[prep.i + 1]
    if day.lower_ not in WEEKDAYS or day.i == obj.i or obj.left_edge.i != day.i:
        return False
    day.head, day.dep_ = prep, "pobj"
    obj.head, obj.dep_ = verb, "dobj"
    return True


def reduced_relative_subject(v: Token) -> bool:
    """Re-attach "Two supertankers attacked in the Gulf by Iranian gunboats have anchored off Bahrain", where
    the parser made "attacked" a clausal subject of "anchored" with the tankers its subject: the tankers are
    the main verb's subject and "attacked" a participle on them. True when the parse was changed. Only for a
    past participle with a "by" agent and a subject before it, whose governor comes after it and has no
    subject of its own."""
    gov = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None or gov.i <= v.i or gov.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "agent" for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
        return False
    subj.head, subj.dep_ = gov, "nsubj"
    v.head, v.dep_ = subj, "acl"
    return True


def interposed_participle_subject(v: Token) -> bool:
    """Re-attach "Terry Waite, missing in Beirut since January 20, had been kidnapped by a Lebanese group", where
    the parser made Waite the subject of the participle set off by commas and left the main verb without one:
    Waite is the main verb's subject, the participle a modifier of his. True when the parse was changed. Only
    for a participle right after its subject and a comma, whose governor comes after it and has no subject."""
    gov = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None or gov.i <= v.i or gov.pos_ not in ("VERB", "AUX") or subj.right_edge.i not in (v.i - 2, v.i - 1) \
            or v.doc[v.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in gov.children):
        return False
    subj.head = gov
    subj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in gov.children) else "nsubj"
    v.head, v.dep_ = subj, "acl"
    return True


#: verbs of appealing whose "for" clause names whom they bid ("called for Israel to withdraw")
_APPEALING = frozenset({"call", "appeal", "press", "push", "ask", "plead"})


def appeal_for_subject(v: Token) -> bool:
    """Make "The U.N. called for Israel to withdraw" read as "called for Israel" with the infinitive
    bidden of it, as in "called on Israel to withdraw": the parser made "for" the mark of a clause whose
    subject is Israel, so the appeal named no one. True when the parse was changed. Only for a "to"
    infinitive right after its subject, a "for" right before that subject, and a verb of appealing
    (``_APPEALING``) with no object before it."""
    gov = v.head
    if gov.i > v.i or gov.lemma_.lower() not in _APPEALING or any(c.dep_ == "dobj" for c in gov.children):
        return False
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == v.i - 1), None)
    if mark is None or subj is None or to is None or not mark.i == subj.left_edge.i - 1 < subj.i < to.i:
        return False
    mark.head, mark.dep_ = gov, "prep"
    subj.head, subj.dep_ = mark, "pobj"
    v.dep_ = "xcomp"
    return True


def _clause(v: Token, subj: Token, obj: Token) -> None:
    """Make ``v`` the sentence's verb (a past form), ``subj`` its subject and ``obj`` its object."""
    v.head = v
    v.dep_ = "ROOT"
    v.pos_, v.tag_ = "VERB", "VBD"
    subj.head = v
    subj.dep_ = "nsubj"
    obj.head = v
    obj.dep_ = "dobj"
