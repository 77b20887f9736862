"""G106: a plural subject with a singular verb ("Analysts was divided", "The ministers has agreed")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from operator import itemgetter

from ..context import Context
from ..document import Article
from ..facts.spans import find_all
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import gazetteer
from ..names.lexicon import is_lower_word
from ..names.mentions import mentions
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import (
    COORDINATORS,
    PREPOSITIONS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    SUBJECT_VERBS,
    VERB_ONLY_BASES,
    third_person,
    verb_forms,
)

# A plural pronoun and a singular verb, found with str.find (the text must go on with a space)
# "classmates who has": from "s who " (a literal run the engine skips ahead to)
_WHO_VERB = lazy_compile(r"s who (?P<verb>has|was|is)\b")
_OF_BEFORE = lazy_compile(r"\b(?:of|with|in|among|like|than) (?:[\w'’-]+ ){0,2}$")
_ONE_OF = lazy_compile(r"\b(?:one|any|each|none) of (?:the |those |these |his |her |their |our )?(?:[\w-]+ )?$")
# (found from "as ", a literal the engine skips ahead to, with the pronoun behind it)
_PRONOUN_VERB = lazy_compile(r"as (?:(?<=\b[Tt]hey was )|(?<=\b[Tt]hey has )|(?<=\b[Ww]e was )|(?<=\b[Ww]e has ))")
IRREGULAR_PLURALS = frozenset("children people men women".split())
_PLURAL_VERB = {"has": "have", "was": "were", "is": "are", "does": "do", "says": "say"}
_START = itemgetter(0)  # Token.start
# (a leading literal: the regex engine skips ahead to each "s ")
_S_VERB = lazy_compile(r"s (?:has|was|is|does|says|Has|Was|Is|Does)\b")
# ... or a plural without an -s, each found from its literal ("men " also inside "women ")
_IRREGULAR_VERB = {noun: lazy_compile(rf"{noun} (?P<verb>has|was|is|does|says)\b") for noun in ("children", "people", "men")}
# Plural in form, singular in use, or both ("the news is", "the series was", "Customs has seized")
_SINGULAR_IN_USE = frozenset(
    """news series species means headquarters barracks whereabouts crossroads innings kudos thanks customs
    measles mumps rabies billiards darts bowls dominoes gallows works odds lens summons sweepstakes premises
    kennels stables shingles congratulations ashes commons lords falls mews checkers""".split()
)
# Measures, singular as an amount ("Several hours is a long time", "Ten years is")
_MEASURES = frozenset(
    """seconds minutes hours days weeks months years decades centuries miles kilometres kilometers metres
    meters feet inches yards dollars euros pounds francs yen percent points tonnes tons litres liters gallons""".split()
)
# A plural that opens a sentence with no determiner is read as a subject only when it names people or
# bodies ("Analysts was divided"); others may be names or titles ("Boots has cut jobs", "Jaws is a film")
_SUBJECT_ROLES = frozenset(
    """analyst official prosecutor economist expert critic investor lawmaker legislator resident minister leader
    delegate diplomat voter worker doctor nurse teacher student farmer protester demonstrator regulator
    negotiator lawyer judge scientist researcher observer activist supporter opponent member officer soldier
    citizen parent player customer shopper passenger tourist victim survivor witness employee employer
    authority company bank firm country government party union trader manager executive director investigator
    police rescuer firefighter medic official senator representative""".split()
)
# Words before the subject that end the walk back: the subject starts a clause after them
_CLAUSE_OPENERS = frozenset("but that said says say while because although though when where if unless whether".split())
# Determiners and quantifiers a plural subject may start with
_PLURAL_DETERMINERS = frozenset("the these those some many several both all most few other such their our its his her".split())
# Words that make "X of the <plural>" a plural subject ("Dozens of children", "Most of the players")
_QUANTIFIERS = frozenset("dozens hundreds thousands millions scores most some all many several both few".split())
_GROUP_ADVERBS = frozenset("not also still already never just now even ever only then being".split())
_KIN = frozenset("sons daughters brothers sisters parents families relatives friends colleagues".split())
_APPROXIMATELY = frozenset("about nearly almost over some around roughly only just".split())
_SINGULAR_DETERMINERS = frozenset("a an each every one another this that either neither no".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
                          "hundreds thousand thousands million millions billion dozens".split())
_CLAUSE_MARKS = frozenset(";:\"“”")  # (sentence starts are the segmenter's: "U.S. Government" is none)
_FUNCTION_WORDS = (PREPOSITIONS | COORDINATORS | SUBJECT_PRONOUNS | RELATIVES | _SINGULAR_DETERMINERS
                   | _PLURAL_DETERMINERS | _NUMBER_WORDS | frozenset("not also only even just more less".split()))
# Places whose names are plural in form (countries and capitals are the gazetteer's)
_PLURAL_PLACES = frozenset("Wales Midlands Highlands Lowlands Andes Alps Americas Balkans Baltics Rockies Hebrides".split())


# A sentence that opens with a plural of people or bodies, a short phrase with a preposition, and a
# singular verb: "Regulators in several states has opened inquiries" (the words between: no clause)
# Verbs of saying and thinking in their -s form, which a plural of people often takes wrongly after MT
_SAYING_S = "expects|estimates|believes|thinks|fears|warns|predicts|argues|claims|insists|agrees|hopes|wants|demands|urges|suggests|doubts"
# (an aside may stand before the verb: "Residents of the northern districts, however, says")
_ROLE_PP = lazy_compile(r"(?P<noun>[A-Z][a-z]+) (?:in|from|at|of|across|outside|inside|near|around|for|with) "
                        r"(?P<between>(?:[\w'’.-]+ ){0,2}?[\w'’.-]+)(?:,? (?:however|meanwhile|though|too|also|moreover|"
                        rf"in turn|for their part),)? (?P<verb>has|was|is|does|says|{_SAYING_S})\b")
# ... or right after the plural: "Experts estimates that ..."
_ROLE_VERB = lazy_compile(rf"(?P<noun>[A-Z][a-z]+) (?P<verb>{_SAYING_S})\b")
_CAPITAL_ROLE_PLURALS = frozenset(
    (w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith(("ch", "sh", "s", "x")) else "s")).capitalize()
    for w in _SUBJECT_ROLES if w != "police")
_SAYING_BEFORE = frozenset("said says say told added that".split())
_NOUN_AFTER = frozenset("the a an this that its their his her our".split())
_NOT_BETWEEN = frozenset("who whom whose which that what when where while and or but if because as than says said "
                         "say told".split())


# A sentence opened by a singular noun ("The drill", "Each worker") and a plural verb ("were"), or a base
# form that is only a verb ("The contract give"): found from the verb words, in one set test
_SINGULAR_OPENERS = frozenset("the a an each every this".split())
_SINGULAR_VERB = {"were": "was", "are": "is", "have": "has", "do": "does"}
_LEXICAL_VERBS = VERB_ONLY_BASES | SUBJECT_VERBS
_SINGULAR_TRIGGERS = frozenset(_SINGULAR_VERB) | _LEXICAL_VERBS
# a base form before these may be an imperative or a noun after all ("The court order to ...")
_NOT_AFTER_BASE = frozenset("to of".split())
# Nouns singular in form that may take a plural verb (British copy: "The team were", "The police have"),
# and words that name a group of people after "the" ("The elderly are", "The accused were")
_COLLECTIVE = frozenset(
    """team government police public staff crew couple pair family committee board council jury audience band
    squad side club cabinet party union army navy group majority minority rest bulk remainder company firm
    management opposition press media data clergy personnel cattle livestock people youth electorate population
    faculty cast crowd trio duo quartet league federation parliament congress assembly panel commission ministry
    department bank authority agency court senate house regime junta coalition alliance community
    orchestra choir congregation ensemble troupe brigade regiment battalion platoon squadron fleet delegation
    class generation workforce mob gang herd flock contingent
    rich poor elderly young old sick dead living homeless unemployed wealthy faithful needy disabled injured
    wounded accused vulnerable innocent guilty best worst first last latest remaining former latter same
    more most other others few many several following british french dutch irish english welsh swiss
    mice lice geese feet teeth children oxen criteria phenomena bacteria alumni fungi cacti nuclei stimuli
    radii curricula memoranda strata""".split())


# Nouns that name a part or an amount of what "of" brings ("The rest of the players are", "A number of
# firms were"): their verb agrees with the "of" phrase
_PARTITIVES = frozenset(
    """number total half third quarter fifth tenth proportion percentage fraction part portion share lot
    couple pair handful host variety range series set kind sort type string dozen score average majority
    minority rest bulk remainder plenty mass sum""".split())


_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "able", "ible", "est")


def _singular_noun(word: str) -> bool:
    """A lower-case common noun, singular in form, that names no group ("drill", "contract")."""
    return (word.isalpha() and word not in _COLLECTIVE and word not in _FUNCTION_WORDS and is_lower_word(word)
            and not word.endswith(("s", "ed", "ing", "ly", "men")) and not verb_forms(word))


def _opens_clause(article: Article, k: int, sentence_starts: set[int], after_comma: bool) -> bool:
    """Does word ``k`` open a sentence or a clause (after "but", "that", "said", a semicolon, a
    colon or, when ``after_comma``, a comma: "On Tuesday, the ministers")?"""
    words = article.words
    if k == 0 or words[k].start in sentence_starts:
        return True
    lower, text = article.lower_words, article.text
    if lower[k - 1] in _CLAUSE_OPENERS:
        return True
    gap = text[words[k - 1].end : words[k].start]
    if any(c in _CLAUSE_MARKS for c in gap):
        return True
    if not after_comma:
        return False
    if lower[k - 1] in ("and", "or") and k > 1:  # ", and the ministers has": a clause, not a list
        gap = text[words[k - 2].end : words[k - 1].start]
    return "," in gap


def _describing(article: Article, k: int, first: bool) -> bool:
    """Can word ``k`` describe the noun after it ("foreign", "finance"): a lower-case word (or the
    sentence's capitalised first word, when ``first``) that is no function word, number or verb,
    with one space after it? A participle describes right after a plural determiner ("the
    remaining operations")."""
    lower = article.lower_words
    word = lower[k]
    if not word.isalpha() or word in _FUNCTION_WORDS:
        return False
    if verb_forms(word) and not (k > 0 and lower[k - 1] in _PLURAL_DETERMINERS and word.endswith(("ing", "ed"))):
        return False
    token = article.words[k]
    cased = token.text.islower() or (first and token.text[1:].islower())
    return cased and article.text[token.end : article.words[k + 1].start] == " "


def _topic_or_amount(article: Article, start: int, noun: int) -> bool:
    """A subject that may take "is" or "was" though plural in form: a topic named with a
    capitalised first describing word ("Public finances is the main topic") or an amount of people
    ("Fifty people is the maximum", "Eleven players was not enough")."""
    lower = article.lower_words
    counted = any(w in _NUMBER_WORDS or w.replace(",", "").isdigit() for w in lower[start:noun])
    return counted or (article.words[start].text[:1].isupper() and lower[start] not in _PLURAL_DETERMINERS
                       and lower[start] not in _QUANTIFIERS)


def _verb_follows(lower: list[str], i: int) -> bool:
    """A participle follows the verb at ``i`` (after "not", "also", ...): a passive or a progressive
    ("More than 40,000 people was evacuated", "was hoping"), no amount or topic."""
    k = i + 1
    while k < len(lower) and lower[k] in _GROUP_ADVERBS:
        k += 1
    return k < len(lower) and verb_forms(lower[k]) in ("past", "ing")


def _people(word: str) -> bool:
    """A plural of people: "children", "analysts", "sons"."""
    return word in IRREGULAR_PLURALS or _singular(word) in _SUBJECT_ROLES or word in _KIN


def _after_count(article: Article, k: int, opens: Callable[[int, bool], bool]) -> int | None:
    """The start of a subject whose count ends at word ``k`` ("two million", "more than 300",
    "their two"), when it opens a clause; None otherwise."""
    lower = article.lower_words
    while k > 0 and (lower[k - 1] in _NUMBER_WORDS or lower[k - 1].replace(",", "").isdigit()):
        k -= 1
    if k > 1 and (lower[k - 2], lower[k - 1]) in (("more", "than"), ("fewer", "than"), ("at", "least")):
        k -= 2
    elif k > 0 and lower[k - 1] in _APPROXIMATELY:
        k -= 1
    if opens(k, True):
        return k
    if k > 0 and lower[k - 1] in _PLURAL_DETERMINERS and opens(k - 1, True):
        return k - 1
    return None


def _singular(word: str) -> str:
    """The singular of a plural noun in -s ("analysts", "authorities", "taxes")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def plural_noun(word: str) -> bool:
    """An ordinary plural noun: a lower-case word in -s whose singular is one too ("analysts"), or
    one of the plurals of people without an -s ("children", "people")."""
    if word in IRREGULAR_PLURALS:
        return True
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ics")) or word in _SINGULAR_IN_USE:
        return False
    if not is_lower_word(word):
        return False
    if word.endswith("ies") and is_lower_word(word[:-3] + "y"):
        return True
    return is_lower_word(word[:-1]) or (word.endswith("es") and is_lower_word(word[:-2]))


class SubjectVerbAgreement(Rule):
    """A plural noun that opens a clause, followed by "has", "was", "is" or "does".

    ## What it flags
    A clause that starts with a plural noun, alone or after "the", "these", "some", "many" and
    the like and up to two describing words, whose verb is singular: "Analysts was divided",
    "The ministers has agreed", "but the foreign ministers is", "Similar incidents has", "the
    surviving passengers was", "the children was"; after "dozens of", "most of the" and other
    quantifiers ("Most of the residents has"); a plural of people after a count ("More than
    40,000 people was", "their two sons was"; a count of things may be an amount: "Two tablets
    was enough"); "they" or "we" with "was" or "has" outside quotations; a plural with "who" and
    a singular verb ("classmates who has"; not after "one of" or a preposition: "anyone with symptoms who
    has"); a sentence that opens with "The", "A", "Each" or "This" and a singular noun whose verb
    is plural ("The drill were organised", "The contract give the firm ten years"; not a noun that
    may take a plural verb, "The team were", "The police have", nor a group, "The elderly are"),
    also when an "of" phrase stands between and the verb follows its plural noun ("The average
    level of the country's dams are"; not a part or an amount: "The rest of the players were");
    and a sentence that opens with a
    plural of people or bodies, a short phrase with a preposition (an aside may follow it: ",
    however,") and a singular verb: "Regulators in several states has opened inquiries", or such a
    plural right before a verb of saying or thinking in its -s form ("Experts estimates") (a phrase with a pronoun, a verb or a clause word in
    it is left alone: "Officials in Kyiv think Russia is", and so is a phrase with a capitalised word,
    as in the names of groups and works: "Students for Fair Admissions has"). Otherwise the plural noun must be the
    subject: a noun after "of", "in" or another preposition ("The number of cases has risen",
    "Among the victims was a child") or after a verb is left alone, as are nouns singular in use
    ("the news is", "the series was", "Customs has"), measures ("Two weeks is enough"), names and
    titles ("Wales has", "Friends was").

    ## Why it matters
    Languages that do not mark number on the verb, or mark it differently, lead translation
    engines to pick the wrong form; the sentence reads as broken English.

    ## Example
        Analysts was divided over the decision, and the ministers has not commented.

    ## Suggested fix
    The plural verb: "Analysts were divided", "the ministers have not commented".

    ## Fix safety
    Unsafe: the noun may be the start of a longer subject the rule did not see.
    """

    code = "G106"
    name = "grammar.subject-verb-agreement"
    category = "grammar"
    severity = "warning"
    summary = "A plural subject with a singular verb ('Analysts was', 'the ministers has')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        yield from self._singular_subject(article)
        yield from self._of_phrase_subject(article)
        yield from self._after_phrase(article)
        yield from self._after_pronoun(article)
        yield from self._relative(article)
        text = article.text
        # a word in -s, one space and the verb: found with str.find ("s has " ...), then the words there
        found = [m.start() + 2 for m in _S_VERB.finditer(text)]
        counts = mentions(article).lower_counts
        for noun, verb_after in _IRREGULAR_VERB.items():  # "children was", "women has"
            if noun in counts or (noun == "men" and "women" in counts):
                found += [m.start("verb") for m in verb_after.finditer(text)]
        if not found:
            return
        words, lower = article.words, article.lower_words
        verbs = sorted({i for i in (bisect_left(words, at, key=_START) for at in found)
                        if 0 < i < len(words) and lower[i] in _PLURAL_VERB})
        for i in verbs:
            noun = lower[i - 1]
            if not plural_noun(noun) or words[i].start - words[i - 1].end != 1 or text[words[i - 1].end] != " ":
                continue
            if words[i].text.isupper() or words[i - 1].text.isupper():
                continue  # capitals: a wire headline, or an acronym ("AIDS is")
            start = self._subject_start(article, i - 1)
            if start is None:
                continue
            if lower[i] in ("is", "was") and start < i - 1 and _topic_or_amount(article, start, i - 1) and \
                    not _verb_follows(lower, i):
                continue  # "Foreign affairs is his specialism", "Eleven players was not enough"
            subject = words[i - 1]
            if self._name(article, subject.text, start == i - 1):
                continue
            verb = words[i].text
            fixed = _PLURAL_VERB[verb.lower()]
            if verb[0].isupper():
                fixed = fixed.capitalize()
            yield self.finding(Span(words[start].start, words[i].end),
                               f"'{subject.text}' is plural but '{verb}' is singular: '{fixed}'",
                               [Suggestion(text[words[start].start : words[i].start] + fixed, "unsafe")],
                               confidence=0.7)

    def _after_phrase(self, article: Article) -> Iterator[Finding]:
        """"Regulators in several states has": a sentence's opening plural of people or bodies, then
        a phrase of one to three words with a preposition, then a singular verb."""
        caps = mentions(article).cap_counts
        if _CAPITAL_ROLE_PLURALS.isdisjoint(caps):  # (one pass over the article's ~25 capitalised forms, in C)
            return
        present = [w for w in caps if w in _CAPITAL_ROLE_PLURALS]
        text = article.text
        sentence_starts: set[int] = article.analysis("text.sentence_starts", lambda a: {s.span.start for s in a.sentences})
        for start in find_all(text, tuple(f"{w} " for w in present)):
            if start not in sentence_starts:
                continue  # not a sentence's first word
            m = _ROLE_PP.match(text, start)
            if m is None:
                bare = _ROLE_VERB.match(text, start)  # "Experts estimates"
                if bare is not None:
                    noun, verb = bare.group("noun"), bare.group("verb")
                    yield self.finding(Span(bare.start(), bare.end()), f"'{noun}' is plural but '{verb}' is singular: "
                                       f"'{verb[:-1]}'", [Suggestion(f"{noun} {verb[:-1]}", "unsafe")], confidence=0.7)
                continue
            if "\n" in m.group():
                continue
            if any(w[:1].isupper() for w in m.group("between").split()):
                continue  # a name: "Students for Fair Admissions has", "Doctors of the World says"
            between = m.group("between").lower().split()
            if any(w in _NOT_BETWEEN or w in SUBJECT_PRONOUNS or (verb_forms(w) in ("base", "past") and not (
                    k and between[k - 1] in _NOUN_AFTER)) for k, w in enumerate(between)):
                continue  # a clause: "Officials in Kyiv think Russia is", "Analysts at the bank say it is"
                # (a word after "the" is a noun: "Critics of the measure says")
            verb = m.group("verb")
            fix = _PLURAL_VERB.get(verb) or verb[:-1]
            yield self.finding(Span(m.start(), m.end()),
                               f"'{m.group('noun')}' is plural but '{verb}' is singular: '{fix}'",
                               [Suggestion(text[m.start() : m.start("verb")] + fix, "unsafe")],
                               confidence=0.7)

    def _relative(self, article: Article) -> Iterator[Finding]:
        """"classmates who has stayed away": a plural of people, "who", a singular verb ("one of the
        students who has" is left alone: grammarians disagree)."""
        text = article.text
        for m in _WHO_VERB.finditer(text):
            start = text.rfind(" ", 0, m.start()) + 1
            noun = text[start : m.start() + 1].lower()
            if not plural_noun(noun) or verb_forms(noun) == "pres3" or article.in_quote(start, m.end()):
                continue  # ("The report names who was responsible": a verb)
            if _ONE_OF.search(text, max(0, start - 40), start) or _OF_BEFORE.search(text, max(0, start - 30), start):
                continue  # "one of the students who has", "a team of experts who has": the head may be singular
            verb = m.group("verb")
            yield self.finding(Span(start, m.end()), f"'{noun}' is plural but 'who {verb}' is singular: 'who "
                               f"{_PLURAL_VERB[verb]}'", [Suggestion(f"{text[start : m.start() + 1]} who {_PLURAL_VERB[verb]}",
                                                                      "unsafe")], confidence=0.65)

    def _singular_subject(self, article: Article) -> Iterator[Finding]:
        """A sentence that opens with "The" (or "A", "Each", "This") and a singular noun whose verb
        is plural: "The drill were organised", "The contract give the firm ten years"."""
        lower, text = article.lower_words, article.text
        if _SINGULAR_TRIGGERS.isdisjoint(lower):
            return
        for ps in prose_sentences(article):
            w = ps.lower_words
            if len(w) < 4 or w[0] not in _SINGULAR_OPENERS or ps.quoted:
                continue
            noun, verb = w[1], w[2]
            fix = _SINGULAR_VERB.get(verb)
            if fix is None and verb in _LEXICAL_VERBS and w[3] not in _NOT_AFTER_BASE:
                fix = third_person(verb)
            if fix is None or not _singular_noun(noun) or not ps.words[2].text.islower() or not ps.words[1].text.islower():
                continue
            first, second, third = ps.words[0], ps.words[1], ps.words[2]
            if text[first.end : second.start] != " " or text[second.end : third.start] != " ":
                continue
            yield self.finding(Span(first.start, third.end),
                               f"'{first.text} {second.text}' is singular but '{third.text}' is plural: '{fix}'",
                               [Suggestion(f"{first.text} {second.text} {fix}", "unsafe")], confidence=0.65)

    def _of_phrase_subject(self, article: Article) -> Iterator[Finding]:
        """"The average level of the country's dams are": a singular noun opening the sentence, an
        "of" phrase after it, and a plural verb right after the phrase's plural noun (drawn to it)."""
        if {"are", "were"}.isdisjoint(article.lower_words):
            return
        text = article.text
        for ps in prose_sentences(article):
            w = ps.lower_words
            if len(w) < 6 or w[0] not in _SINGULAR_OPENERS or ps.quoted or "of" not in w[2:4]:
                continue
            head = 1 if w[2] == "of" else 2  # "The level of", "The average level of"
            if not _singular_noun(w[head]) or w[head] in _PARTITIVES or not ps.words[head].text.islower():
                continue
            if w[1] in ("most", "least", "more", "less") or w[head].endswith(_ADJECTIVE_ENDINGS):
                continue  # "The most active of these developers were": an adjective picks some of them
            verb = next((k for k in range(head + 3, min(len(w), head + 8)) if w[k] in ("are", "were")), None)
            if verb is None or not plural_noun(w[verb - 1]) or not _NOT_BETWEEN.isdisjoint(w[head + 2 : verb]):
                continue
            if any(mark in text[ps.start : ps.words[verb].start] for mark in ",;:()—–\"“”"):
                continue
            fix = _SINGULAR_VERB[w[verb]]
            yield self.finding(Span(ps.words[0].start, ps.words[verb].end),
                               f"'{ps.words[head].text}' is singular but '{ps.words[verb].text}' agrees with "
                               f"'{ps.words[verb - 1].text}' after 'of': '{fix}'",
                               [Suggestion(text[ps.words[0].start : ps.words[verb].start] + fix, "unsafe")],
                               confidence=0.6)

    def _after_pronoun(self, article: Article) -> Iterator[Finding]:
        """"They was", "we has": a plural pronoun with a singular verb, outside quotations (where
        speech may keep it: "we was robbed")."""
        text = article.text
        for m in _PRONOUN_VERB.finditer(text):
            verb_start = m.start() - 1  # (the match starts in the verb: "w|as ", "h|as ")
            at = verb_start - (3 if text[verb_start - 3 : verb_start - 1] in ("We", "we") else 5)  # "We " or "They "
            pronoun, verb = text[at : m.end() - 1].split(" ")
            if article.in_quote(at, at + len(pronoun) + 1 + len(verb)):
                continue
            end = at + len(pronoun) + 1 + len(verb)
            yield self.finding(Span(at, end), f"'{pronoun}' is plural but '{verb}' is singular: '{_PLURAL_VERB[verb]}'",
                               [Suggestion(f"{pronoun} {_PLURAL_VERB[verb]}", "unsafe")], confidence=0.75)

    @staticmethod
    def _subject_start(article: Article, noun: int) -> int | None:
        """The index of the word that starts the subject ending in the plural noun at ``noun``, when
        the noun heads a subject that opens a clause; None otherwise."""
        lower = article.lower_words
        sentence_starts: set[int] = article.analysis("text.sentence_starts", lambda a: {s.span.start for s in a.sentences})
        verb_too = verb_forms(lower[noun]) == "pres3"  # "states", "plans": a verb after another noun

        def opens(k: int, after_comma: bool) -> bool:
            return _opens_clause(article, k, sentence_starts, after_comma)

        if lower[noun] in _MEASURES:
            return None  # "Several hours is a long time"
        if opens(noun, True):
            # "Analysts was", "In March, analysts was"; a name or title may open a sentence too, but a
            # lower-case plural right after "said" or "that" is a subject ("Trenitalia said buses was")
            if _singular(lower[noun]) in _SUBJECT_ROLES:
                return noun
            after_saying = noun > 0 and lower[noun - 1] in _SAYING_BEFORE and article.words[noun].text.islower()
            return noun if after_saying else None
        k = noun
        for _ in range(3):  # a determiner, or up to two describing words and a determiner
            before = lower[k - 1]
            if before in _PLURAL_DETERMINERS:
                if opens(k - 1, True):
                    return k - 1
                q = k - 3  # "Most of the employees has"
                return q if q >= 0 and lower[k - 2] == "of" and lower[q] in _QUANTIFIERS and opens(q, True) else None
            if before in _NUMBER_WORDS or before.replace(",", "").isdigit():
                # "two million children has"; a count of things may be an amount ("two tablets was a lethal dose")
                return _after_count(article, k - 1, opens) if _people(lower[noun]) else None
            if before == "of":  # "Dozens of children was", "Most of the employees has"
                q = k - 2
                if q >= 0 and lower[q] in _QUANTIFIERS and opens(q, True):
                    return q
                return None
            if verb_too or not _describing(article, k - 1, opens(k - 1, False)):
                return None
            k -= 1
            if opens(k, False):
                return k  # "Foreign ministers has", "Similar rules has"
        return None

    @staticmethod
    def _name(article: Article, word: str, opens: bool) -> bool:
        """Is the plural a name or a title: capitalised mid-sentence here or elsewhere, or a place?"""
        if word[0].isupper() and not opens:
            return True
        return word in _PLURAL_PLACES or word in mentions(article).mid_counts or gazetteer().is_place(word)
