"""V105: "she" in one sentence, "he" for the same person in the next ("She asked ... Later he pressed")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import gazetteer
from ..names.lexicon import is_lower_word
from ..names.mentions import mentions
from ..registry import Rule
from ..text.clauses import ProseSentence, prose_sentences
from ..text.lexicon import CALENDAR_NAMES
from ..text.persons import FEMALE_PRONOUNS, FEMALE_SIGNALS, MALE_PRONOUNS, MALE_SIGNALS, given_names
from .v102_gender_drift import ROLES

# "she" or "he" as a subject: opening the sentence after at most two capitalised words ("Later he"),
# or after a comma, a closing quotation mark, "that", "said", "when" or "as" ("..., he added", '"...," he
# said', "said she hoped")
_OPENING = {p: lazy_compile(rf"(?:[A-Z][a-z]+ ){{0,2}}?(?P<pronoun>{p[0].upper()}{p[1:]}|{p})\b") for p in ("she", "he")}
_INNER = {p: lazy_compile(rf"(?:(?<=[,;:—–] )|(?<=[”\"] )|(?<=\bthat )|(?<=\bsaid )|(?<=\bwhen )|(?<=\bas )|(?<=, and )"
                          rf"|(?<=, but ))(?P<pronoun>{p})\b")
          for p in ("she", "he")}
_OTHER = {"she": "he", "he": "she"}
# Pronouns of each sex: a sentence holding one of the other sex may speak of two people
_PRONOUNS = {"she": FEMALE_PRONOUNS, "he": MALE_PRONOUNS}
# (not after a hyphen: "Ocampo" of "Bautista-Ocampo" is no second name; any letters after the capital: "Perković")
_NAME_RUN = lazy_compile(r"(?<![-\w])[A-ZÀ-ÞĀ-ž][^\W\d_]+(?: [A-ZÀ-ÞĀ-ž][^\W\d_]+)*\b")
_GROUPS = frozenset("they them their couple pair".split())
_CALENDAR = CALENDAR_NAMES
_NOT_NAMES = frozenset("The A An In On At For Of And But As By To From With After Before When While Later Then This That".split())


class PronounSwitch(Rule):
    """"She" in one sentence and "he" in the next for the same person, or the reverse.

    ## What it flags
    Two sentences of one paragraph, their pronouns in the narration (a quotation may stand in the
    first: '"It lives on one mountain," he said. She added ...'), where the first has "she"
    as a subject ("She asked ...", "said she hoped") and the next "he" ("Later he pressed ...",
    "..., he added"), or the reverse, when nothing brings in a second person: the two sentences
    (up to the pronoun) and the sentence before them hold no pronoun, title, given name or word
    of the other sex ("Mr", "husband", "spokesman"), no full name of unknown sex, and the first
    holds no pronoun of the second's sex. A subject pronoun counts after ", and" or ", but" too
    ("..., and she asked boat owners to help. He said ..."). Also a sentence that a surname speaks
    ('"...," Park told the crowd.') followed by one that opens with the other sex's pronoun ("He
    added", "According to her"), when the last pronouns the article gives that surname, in a
    sentence naming nobody else, are of the first sex and nothing of the second comes between.

    ## Why it matters
    Languages that do not mark gender in the third person (Finnish, Turkish, Persian, Chinese,
    Korean) leave the translation engine to guess "he" or "she" sentence by sentence; the person
    changes sex in mid-paragraph and readers look for someone else.

    ## Example
        The judge questioned both sides for an hour. She asked whether filters would do. Later he
        pressed the state's lawyer on enforcement.

    ## Suggested fix
    The first sentence's pronoun ("she").

    ## Fix safety
    Unsafe: the article may speak of two people after all.
    """

    code = "V105"
    name = "pronoun-drift.pronoun-switch"
    category = "pronoun-drift"
    severity = "warning"
    summary = "'She' in one sentence and 'he' for the same person in the next"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts  # (sentence-initial "She" and "He" are not lower-case forms)
        text = article.text
        if ("He " in text or "She " in text or "According to h" in text) and (
                not FEMALE_PRONOUNS.isdisjoint(counts) or not MALE_PRONOUNS.isdisjoint(counts)):
            yield from self._after_attribution(article)
        if ("she" not in counts and "She " not in text) or ("he" not in counts and "He " not in text):
            return
        prose = prose_sentences(article)
        for first, second in pairwise(prose):
            if second.sentence.block != first.sentence.block:
                continue
            first_words = set(first.lower_words)
            for sex in ("she", "he"):
                other = _OTHER[sex]
                if sex not in first_words or other not in second.lower_words:
                    continue
                said = _subject(text, first, sex)
                switched = _subject(text, second, other)
                if said is None or switched is None:
                    continue
                if (first.quoted and article.in_quote(said.start("pronoun"))) or \
                        (second.quoted and article.in_quote(switched.start("pronoun"))):
                    continue  # a pronoun inside a quotation: the speaker's, about anyone
                if not first_words.isdisjoint(_PRONOUNS[other]):
                    continue  # both sexes in the first sentence: two people
                if not _PRONOUNS[sex].isdisjoint(second.lower_words):
                    continue  # both sexes in the second sentence: two people ("He said nothing, her deputy noted")
                block = article.blocks[first.sentence.block]
                context = text[block.start : switched.start("pronoun")]  # the paragraph up to the switch
                if _another_person(context, other) or not _PRONOUNS[other].isdisjoint(_words(text[block.start : first.start])):
                    continue  # someone else in the paragraph, or the pronoun already used for someone
                if _names_someone_else(text, first, second):
                    continue  # "Hans Meyer ... he ..." then "Mayer said she ...": another surname opens it
                word = switched.group("pronoun")
                fix = sex.capitalize() if word[0].isupper() else sex
                yield self.finding(Span(switched.start("pronoun"), switched.end("pronoun")),
                                   f"'{word}' for the person the sentence before calls '{said.group('pronoun')}': '{fix}'?",
                                   [Suggestion(fix, "unsafe")],
                                   [Related(Span(said.start("pronoun"), said.end("pronoun")), "the pronoun before")],
                                   confidence=0.6)


    def _after_attribution(self, article: Article) -> Iterator[Finding]:
        """'... Vondrášek told reporters. According to her, ...' where the article calls Vondrášek 'he':
        a sentence that a surname speaks, then one that opens with the other sex's pronoun, the last
        pronouns given to that surname (in a sentence naming nobody else) being of the first sex, and
        nobody else named or called by the second sex's pronoun in between."""
        text = article.text
        prose = prose_sentences(article)
        named: set[str] | None = None  # words of the article's full names ("Park" of "Park Min-seo")
        for n in range(1, len(prose)):
            second = prose[n]
            opening = _SWITCHED_OPENING.match(text, second.start, second.end)
            if opening is None:
                continue
            word = opening.group("subject") or opening.group("object")
            sex = "she" if word.lower() in FEMALE_PRONOUNS else "he"
            first = prose[n - 1]
            if named is None:
                named = {tok.text for run in mentions(article).runs if len(run) >= 2 for tok in run}
            spoke = next((m for m in _SPOKE.finditer(text, first.start, first.end)
                          if not article.in_quote(m.start()) and _a_surname(m.group("name"), named)), None)
            if spoke is None or not _PRONOUNS[sex].isdisjoint(_unquoted_words(article, first)):
                continue
            name = spoke.group("name")
            evidence = _pronoun_for(article, prose, n - 1, name)
            if evidence is None or evidence[0] == sex:
                continue
            fix = _TO[evidence[0]].get(word, evidence[0])
            yield self.finding(Span(opening.start(_pronoun_group(opening)), opening.end(_pronoun_group(opening))),
                               f"'{word}' after {name} spoke, whom the article calls '{evidence[1]}': '{fix}'?",
                               [Suggestion(fix, "unsafe")], [Related(evidence[2], f"'{evidence[1]}' for {name}")],
                               confidence=0.6)


def _pronoun_group(m: re.Match[str]) -> str:
    return "subject" if m.group("subject") else "object"


# a sentence opening with the pronoun that speaks or acts ("He added", "She said"), or "According to her"
_SWITCHED_OPENING = lazy_compile(r"(?:(?P<subject>He|She) (?:said|added|told|noted|stressed|explained|warned|argued|"
                                 r"insisted|raised|called|urged|also)\b|According to (?P<object>him|her)\b)")
# a surname that speaks: 'Vondrášek told reporters', '..." Park told the crowd'
_SPOKE = lazy_compile(r"(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) (?:said|told|added|explained|stressed|warned)\b")
_TO = {"she": {"He": "She", "he": "she", "him": "her"}, "he": {"She": "He", "she": "he", "her": "him"}}  # by the right sex
_NOT_SPEAKERS = frozenset("He She It They We I You The This That Police Officials Ministry Government Minister "
                          "President Spokesman Spokeswoman Sources Critics".split())
_EVIDENCE_SENTENCES = 6  # how far back the surname's pronoun is looked for


def _a_surname(word: str, named: set[str]) -> bool:
    """A capitalised word that names a person here: no English word, or part of a full name the
    article gives ("Park" of "Park Min-seo", "Bell" of "Marcus Bell")."""
    if word in _NOT_SPEAKERS or word in _CALENDAR:
        return False
    return word in named or not is_lower_word(word.lower())


def _unquoted_words(article: Article, ps: ProseSentence) -> set[str]:
    """The lower-case words of the sentence outside quotations."""
    return {w for w, tok in zip(ps.lower_words, ps.words, strict=True) if not article.in_quote(tok.start)}


def _pronoun_for(article: Article, prose: list[ProseSentence], last: int, name: str) -> tuple[str, str, Span] | None:
    """The sex of the pronouns the article last gives ``name`` before sentence ``last`` (included):
    in a sentence that names it, outside quotations, with pronouns of one sex only and no other name
    run; and nothing of the other sex in between. ("she" or "he", the pronoun, its span) or None."""
    text = article.text
    seen: set[str] = set()  # sexes of the pronouns met on the way back
    for k in range(last, max(-1, last - _EVIDENCE_SENTENCES), -1):
        ps = prose[k]
        pronouns = [(tok, low) for tok, low in zip(ps.words, ps.lower_words, strict=True)
                    if (low in FEMALE_PRONOUNS or low in MALE_PRONOUNS) and not article.in_quote(tok.start)]
        sexes = {"she" if low in FEMALE_PRONOUNS else "he" for _, low in pronouns}
        runs = [m for m in _NAME_RUN.finditer(text, ps.start, ps.end) if not article.in_quote(m.start())]
        if any(name not in m.group().split() and name not in m.group().split("-") and _mid_sentence(text, m.start())
               for m in runs):
            return None  # someone else is named: the pronouns may be theirs
        at = next((m.start() for m in runs if name in m.group().split() or m.group().endswith(name)), None)
        after = [(tok, low) for tok, low in pronouns if at is not None and tok.start > at]  # ("Her deputy, Tom Holt": not his)
        after_sexes = {"she" if low in FEMALE_PRONOUNS else "he" for _, low in after}
        if after and len(sexes) == 1 and after_sexes == sexes and not seen - sexes:
            tok, low = after[0]
            return ("she" if low in FEMALE_PRONOUNS else "he", tok.text, Span(tok.start, tok.end))
        seen |= sexes
    return None


def _subject(text: str, ps: ProseSentence, pronoun: str) -> re.Match[str] | None:
    """The first ``pronoun`` ("she" or "he") that is a subject in the sentence."""
    return _OPENING[pronoun].match(text, ps.start, ps.end) or _INNER[pronoun].search(text, ps.start, ps.end)


def _names_someone_else(text: str, first: ProseSentence, second: ProseSentence) -> bool:
    """Does the second sentence open with a name (a capitalised word no English word) that the first
    does not hold?"""
    opener = second.words[0].text if second.words else ""
    if not opener[:1].isupper() or opener.isupper() or is_lower_word(opener.lower()) or opener in _PRONOUN_OPENERS:
        return False
    return opener not in {w.text for w in first.words}


_PRONOUN_OPENERS = frozenset(("She", "He", "It", "They", "We", "I", "You"))


def _another_person(context: str, sex: str) -> bool:
    """Does ``context`` bring in a person who may be the ``sex`` pronoun: a signal word or a given
    name of that sex, or a full name whose given name is not of the other sex?"""
    female, male = given_names()
    own, signals = (male, MALE_SIGNALS) if sex == "he" else (female, FEMALE_SIGNALS)
    words = _words(context)
    if not words.isdisjoint(signals) or not words.isdisjoint(own) or not words.isdisjoint(_GROUPS):
        return True  # a man or a woman, or a couple or group ("They married in 2015")
    if len(words & ROLES) >= 2:
        return True  # two people by role ("the officer ... the driver")
    known = female if sex == "he" else male  # given names that cannot be this person
    for m in _NAME_RUN.finditer(context):
        names = [w for w in m.group().split() if w not in _NOT_NAMES and w not in _CALENDAR]
        if names and known.isdisjoint(names) and not gazetteer().is_place(" ".join(names)) and \
                (len(names) >= 2 or _mid_sentence(context, m.start())):
            return True  # a name of unknown sex: full, or a surname mid-sentence ("turned to Harris")
    return False


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"“”‘’()") for w in text.split()} | {w.strip(".,;:!?\"“”‘’()").lower() for w in text.split()}


def _mid_sentence(text: str, at: int) -> bool:
    """The capitalised word at ``at`` does not open a sentence (nor the text)."""
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in ".!?\"“”"
