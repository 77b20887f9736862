"""V102: "he" right after a woman named in the article, or "she" after a man, with nobody in between."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import repeat
from typing import Any, NamedTuple

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import gazetteer
from ..names.lexicon import is_lower_word
from ..names.mentions import mentions, strip_possessive
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import CALENDAR_NAMES, COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from ..text.persons import (
    FEMALE_PRONOUNS,
    FEMALE_ROLES,
    FEMALE_SIGNALS,
    MALE_PRONOUNS,
    MALE_SIGNALS,
    WORD_GIVEN_NAMES_FEMALE,
    WORD_GIVEN_NAMES_MALE,
    given_names,
)

# Letters of names, upper and lower case: ASCII, Latin-1 and Latin Extended-A ("Perković", "Wróblewska",
# "Şahin"), as regex class bodies
_UP = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_LO = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).islower())
# given name + surname; the surname sits in a look-ahead so that "Chancellor Angela Berg" yields
# both "Chancellor Angela" and "Angela Berg"
_NAME = lazy_compile(rf"\b([{_UP}][{_LO}]+(?:-[a-z]+)?) (?=((?:(?:Le|La|De|Van|Von|Di|Da) )?[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)\b)")
# \b([Hh]e|[Hh]is|him|himself)\b, the \b after the first letter: a leading letter lets the regex engine skip ahead
_MALE_PRONOUN = lazy_compile(r"([Hh](?<!\w.)(?:e|is)|h(?<!\w.)im(?:self)?)\b")
# \b([Ss]he|[Hh]er|hers|herself)\b, likewise
_FEMALE_PRONOUN_GROUP = lazy_compile(r"([Ss](?<!\w.)he|[Hh](?<!\w.)er(?:s|self)?)\b")
_FULL_NAME = lazy_compile(rf"(?<![.!?“\"‘(]\s)(?<!^)\b[{_UP}][{_LO}]+ [{_UP}][{_LO}]+\b", re.M)
_FEMALE_PRONOUN = lazy_compile(r"\b(?:[Ss]he|[Hh]er|herself)\b")
_MALE_OWN_PRONOUN = lazy_compile(r"\b(?:[Hh]e|[Hh]is|him|himself)\b")
# "Ms", "Mrs", "Mme" as whole words (not "Madame Tussauds", "Madam Speaker"); the leading "M" is a
# literal the regex engine skips ahead to, the lookbehind then tests the word start
_WOMAN_TITLE = lazy_compile(rf"M(?<!\wM)(?:rs|me|s)\.? ([{_UP}][{_LO}]+)\b")
_MAN_TITLE = lazy_compile(rf"M(?<!\wM)r\.? ([{_UP}][{_LO}]+)\b")
_TO_FEMALE = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself"}
_TO_MALE = {"she": "he", "She": "He", "hers": "his", "herself": "himself", "Herself": "Himself"}
# words that show "her" before them is an object ("told her the plan", "with her and"), not a
# possessive ("her speech")
_AFTER_OBJECT = DETERMINERS | PREPOSITIONS | COORDINATORS | SUBJECT_PRONOUNS | frozenset({"that", "to"})


# Words after a given name that make it part of a place's, a building's or a prize's name
# ("Queen Elizabeth Hospital", "Santa Clara University"), not a person's
_NOT_SURNAMES = frozenset(
    """Hospital University College School Airport Palace Line Street Avenue Road Square Park Bridge Stadium
    Station Hall House Foundation Institute Centre Center Museum Theatre Theater Award Awards Prize Trophy Cup
    Medal Island Islands Bay Lake River Mountains Valley County Province Church Cathedral Mosque Temple
    Library Gallery Hotel Tower Port""".split()
)


def _bare(word: str) -> str:
    """A word without the punctuation around it and a possessive ending ("Berg's," -> "Berg")."""
    return strip_possessive(word.strip(".,;:!?\"“”‘()"))


def _after_other_given_name(text: str, surname: str, given: set[str]) -> bool:
    """Does ``surname`` follow, somewhere in the text, a given name other than ``given``?"""
    at = text.find(surname)
    while at >= 0:
        before = text[max(0, at - 30) : at]
        if before.endswith(" ") and not text[at + len(surname) : at + len(surname) + 1].isalpha():
            word = before.split()[-1:]
            if word and word[0] not in given and _a_name(word[0]):
                return True
        at = text.find(surname, at + 1)
    return False


def _capitalised_mid_sentence(text: str, at: int, word: str) -> bool:
    """Is ``word`` (right before offset ``at``, the surname) a capitalised word inside a sentence, not
    a title: a given name, even one that is also an English word ("Mark Thompson")?"""
    before = text[max(0, at - len(word) - 3) : at - len(word) - 1].rstrip()
    return word[:1].isupper() and word.isalpha() and word not in _TITLE_WORDS and bool(before) \
        and before[-1] not in ".!?:\"“\n" and not word.isupper()


def _a_name(word: str) -> bool:
    """A capitalised word that is no English word: a given name or a surname ("Yuri", "Geoff")."""
    return word[:1].isupper() and word.isalpha() and not word.isupper() and not is_lower_word(word.lower()) \
        and word not in _TITLE_WORDS


@cache
def _known_given_names() -> frozenset[str]:
    """The given names of the gazetteer's people ("Yuri" of "Yuri Ushakov"), of either sex."""
    firsts = (pair.split(" ", 1)[0] for pair in gazetteer().pairs)
    return frozenset(w for w in firsts if w[:1].isupper()) - _PARTICLES  # ("y" of "Ortega y Gasset": no name)


# "Dekker said she", "Dekker, who led the research, said he": a surname and the pronoun of its report
_SAID_PRONOUN = lazy_compile(rf"\b(?P<name>[A-Z][{_LO}]+(?:-[A-Z][{_LO}]+)?)(?:, [^,.;\"“”]{{1,80}},)? "
                             r"(?:said|says|told|added|noted|insisted|argued|explained|stressed) (?P<pronoun>she|he)\b")
# a relative clause with a third-person pronoun in it: where _relative_switch may find something
_WHO_PRONOUN = lazy_compile(r", who (?:[^,.;:!?\"“”()—–]{0,140}?\b)?(?:she|her|he|his|him)\b")
_WHO_CLAUSE = lazy_compile(r", who (?P<clause>[^,.;:!?\"“”()—–]{1,140})")
_WORD_BEFORE_COMMA = lazy_compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")  # the surname right before ", who"
_PRONOUN_WORDS = frozenset("He She It They We I You The This That".split())
_WORDS = lazy_compile(r"[A-Za-zÀ-ÿ]+")
# Capitalised words that are particles of surnames, titles, days or months, not given names
_PARTICLES = frozenset("Le La De Van Von Di Da Du Del Della Al El Bin Ibn Ter Ten Zu Dos Das".split())
_TITLE_WORDS = _PARTICLES | CALENDAR_NAMES | frozenset("Ms Mrs Mr Mme Dr Prof Sen Rep Gov Gen Col Capt Lt Sgt Sir Dame Lady Lord".split())


# People named by their role: a "he" or "she" after one of them may be theirs
ROLES = frozenset(
    """president minister premier chancellor judge justice patient doctor surgeon nurse coach manager captain
    officer police policeman policewoman prosecutor lawyer attorney driver pilot teacher student player striker
    goalkeeper chairman chairwoman chair chief director governor mayor senator spokesperson official king queen
    prince princess pope priest bishop imam rabbi soldier suspect victim witness boss founder owner landlord
    tenant candidate leader rival opponent envoy ambassador diplomat reporter journalist editor author
    novelist singer actor actress artist scientist researcher professor economist analyst chef farmer
    worker employee customer client voter resident survivor defendant plaintiff colleague partner friend
    neighbour neighbor brother sister son daughter father mother husband wife child incumbent challenger
    winner loser champion nominee successor predecessor attacker assailant gunman killer robber thief intruder
    stranger""".split()
)
# Words that show a "she" is a ship or a storm, not a person ("USS Ronald Reagan ... She")
_NOT_PEOPLE = frozenset("USS HMS RMS MV SS ship vessel carrier frigate destroyer submarine yacht liner "
                        "Hurricane Typhoon Storm Cyclone hurricane typhoon storm cyclone".split())


class _Side(NamedTuple):
    """What the check looks for on one side: a woman called "he", or a man called "she"."""

    noun: str  # "a woman"
    label: str  # "woman"
    title: Any  # the title that names one ("Ms Jones")
    other_titles: str  # a regex of the titles that name the other sex
    wrong_pronoun: Any  # the other sex's pronouns, one group
    own_pronoun: Any  # this side's pronouns
    other_signals: frozenset[str]  # words that bring in a person of the other sex ("husband")

    def fix(self, word: str, text: str, end: int) -> str:
        """The pronoun to suggest for ``word`` (ending at ``end``)."""
        if self.label == "woman":
            return _TO_FEMALE[word]
        if word.lower() != "her":
            return _TO_MALE[word]
        after = text[end : end + 30].split(None, 1)
        following = after[0] if after and text[end : end + 1] == " " else ""
        his = "his" if following.replace("-", "").isalpha() and following.islower() and following not in _AFTER_OBJECT else "him"
        return his.capitalize() if word[0] == "H" else his


_WOMAN = _Side("a woman", "woman", _WOMAN_TITLE, r"\b(?:Mr\.?|Sir|Lord|Prince|King)", _MALE_PRONOUN,
               _FEMALE_PRONOUN, MALE_SIGNALS)
_MAN = _Side("a man", "man", _MAN_TITLE, r"\b(?:Ms\.?|Mrs\.?|Mme|Dame|Lady|Princess|Queen)", _FEMALE_PRONOUN_GROUP,
             _MALE_OWN_PRONOUN, FEMALE_SIGNALS)


class GenderDrift(Rule):
    """A pronoun of the other sex for a woman or a man the article has just named.

    ## What it flags
    "he", "his" or "him" in the narration, in the sentence that names a woman (by a given name
    used only for women, "Angela Merkel", "Élisabeth Borne", or by "Ms", "Mrs", "Mme": "Ms
    Jones") or in the next sentence, when no man is mentioned in between: no other full name, no
    "Mr", "husband", "spokesman" and the like. Likewise "she" or "her" right after a man named by
    a given name used only for men ("Phil Grant", "Mr Grant"), when no woman is mentioned in
    between. The given names (rules/names/given_names.tsv) leave out every name used for both
    sexes in some language ("Andrea", "Jean", "Kim"); a name missing there means silence,
    unless the article itself says: a woman named in full and called "she" later in the same
    sentence, with nobody else named in it ("Justice Wanjiru Kamau said ... she suspended it"),
    is a woman wherever her surname comes back (not when the article also calls her "he"). And one
    surname given both pronouns in its reports ("Dekker, who led the research, said she ..." …
    "Dekker said he ..."), when nobody else of that surname is named, the first report names
    nobody of its own sex between the surname and the pronoun ("Bianchi, whose daughter was hurt,
    said she"), and nobody of the other sex is named in the sentence before the second. A woman is
    also known by a woman's role beside her full name ("the chairwoman, Chen Wei-ling": either word
    of the name may come back alone), and a given name that is also a word ("Grace", "Frank") counts
    where it stands in mid-sentence before a surname that is no word. And the other sex's pronoun
    inside the relative clause right after a surname ("Bell, who made housing the centre of her
    campaign") is flagged when the article names nobody of that sex.

    ## Why it matters
    Languages such as Finnish, Turkish, Persian, Chinese or Korean do not mark gender in the third
    person, and German "sie" or Spanish "su" are ambiguous; translation then turns a woman into
    "he", or a man into "she", which misleads readers about who acts.

    ## Example
        Prime Minister Anna Berg opened the debate. In his speech, he defended the budget.

    ## Suggested fix
    Use the person's pronoun: "In her speech, she defended the budget".

    ## Fix safety
    Unsafe: the pronoun might refer to someone the article names elsewhere.
    """

    code = "V102"
    name = "pronoun-drift.gender"
    category = "pronoun-drift"
    severity = "warning"
    summary = "A pronoun of the other sex right after a woman or a man the article names"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if " said she" in text and " said he" in text:
            yield from self._said_switch(article)
        she = "She " in text  # a man called "she" is looked for only where a sentence opens with "She"
        # ... or in the relative clause right after his name ("Bell, who ... her")
        relative = ", who " in text and _WHO_PRONOUN.search(text) is not None
        if not she and not relative and _MALE_PRONOUN.search(text) is None:
            return  # no pronoun to judge (and no name list to load: a cold start's ~1 ms)
        female, male = given_names()
        ms = mentions(article)
        learned = _women_by_pronoun(article, ms) if "she" in ms.lower_counts or "her" in ms.lower_counts else {}
        if not FEMALE_ROLES.isdisjoint(ms.lower_counts):
            learned = {**_women_by_role(article), **learned}
        # the given names of the lists among the capitalised words (each form once, tested in C);
        # _NAME confirms each with its surname
        forms = ms.cap_counts.keys()  # (not ``forms & female``: that walks the long list, not the few forms)
        women_forms, men_forms = female.intersection(forms), male.intersection(forms)
        word_names = WORD_GIVEN_NAMES_FEMALE.intersection(forms) | WORD_GIVEN_NAMES_MALE.intersection(forms)
        if word_names:  # "Grace", "Frank": names only in mid-sentence before a surname
            mid = {tok.text for tok in ms.toks if tok.text in word_names and not tok.initial}
            women_forms |= mid & WORD_GIVEN_NAMES_FEMALE
            men_forms |= mid & WORD_GIVEN_NAMES_MALE
        women_titled = "Ms" in text or "Mrs" in text or "Mme" in text
        if not women_forms and not women_titled and not learned and not ((she or relative) and (men_forms or "Mr" in text)):
            return  # nobody to look for: most articles
        named = {}
        for side, found in ((_WOMAN, women_forms), (_MAN, men_forms)):
            starts = [tok.start for tok in ms.toks if tok.text in found] if found else []
            named[side.label] = [m for m in map(_NAME.match, repeat(text), starts) if m is not None and m.group(1) in found
                                 and not (m.group(1) in word_names and is_lower_word(m.group(2).split()[-1].lower()))]
            # ("the Rose Garden", "Frank Exchange": a word-name before a word is no person's name)
        if relative:
            yield from self._relative_switch(article, named, learned, women_titled, (female, male))
        # "she" for a man only in an article that names no woman at all (by a given name or a title)
        sides = ((_WOMAN, male), (_MAN, female)) if she and not women_forms and not women_titled else ((_WOMAN, male),)
        for side, other_names in sides:
            people = named[side.label]
            other_surnames = {m.group(2).split()[-1] for m in named[_MAN.label if side is _WOMAN else _WOMAN.label]}
            yield from self._drift(article, side, people, other_surnames, other_names,
                                   learned if side is _WOMAN else {})

    def _relative_switch(self, article: Article, named: dict[str, list[re.Match[str]]], learned: dict[str, str],
                         women_titled: bool, lists: tuple[frozenset[str], frozenset[str]]) -> Iterator[Finding]:
        """"Marcus Bell ... Bell, who made housing the centre of her campaign": the other sex's pronoun
        inside the relative clause right after the surname, in an article that names nobody of that sex."""
        text = article.text
        # the clauses first (few), then the surname before each
        clauses: list[tuple[re.Match[str], str]] = []
        for m in _WHO_CLAUSE.finditer(text):
            before = _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start())
            if before is not None:
                clauses.append((m, before.group()))
        if not clauses:
            return
        ms = mentions(article)
        female, male = lists
        women = {m.group(2).split()[-1] for m in named["woman"]} | learned.keys()
        women |= {m.group(1) for m in _WOMAN_TITLE.finditer(text)} if women_titled else set()
        men = {m.group(2).split()[-1] for m in named["man"]} | {m.group(1) for m in _MAN_TITLE.finditer(text)}
        for side, surnames, other_names, other_signals, other in (
                (_WOMAN, women - men, male, MALE_SIGNALS, men), (_MAN, men - women, female, FEMALE_SIGNALS, women)):
            found = [(m, name) for m, name in clauses if name in surnames]
            if not found or other:
                continue
            if not other_names.isdisjoint(ms.cap_counts) or not other_signals.isdisjoint(ms.lower_counts) \
                    or not other_signals.isdisjoint(ms.cap_counts):
                continue  # someone of the other sex is named: the pronoun may be theirs
            people = {m.group(1) for m in named[side.label]} | set(learned.values())
            for m, surname in found:
                if _after_other_given_name(text, surname, people):
                    continue  # another person of that surname
                clause = m.group("clause")
                if any(w[:1].isupper() for w in clause.split()) or article.in_quote(m.start("clause")):
                    continue  # a name in the clause may be whom the pronoun means
                p = side.wrong_pronoun.search(text, m.start("clause"), m.end("clause"))
                if p is None:
                    continue
                word = p.group(1)
                fix = side.fix(word, text, p.end())
                at = m.start() - len(surname)
                yield self.finding(Span(p.start(), p.end()),
                                   f"'{word}' in the clause about {surname}, {side.noun}: '{fix}'?",
                                   [Suggestion(fix, "unsafe")],
                                   [Related(Span(at, m.start()), f"the {side.label} the clause is about")],
                                   confidence=0.6)

    def _said_switch(self, article: Article) -> Iterator[Finding]:
        """"Dekker, who led the research, said she ..." then "Dekker said he ...": one surname given both
        pronouns, in an article that names nobody else of that surname and nobody of the second sex."""
        text = article.text
        by_name: dict[str, list[re.Match[str]]] = {}
        for m in _SAID_PRONOUN.finditer(text):
            name = m.group("name")
            if name in _TITLE_WORDS or name in _PRONOUN_WORDS or is_lower_word(name.lower()) or \
                    article.in_quote(m.start("pronoun")):
                continue
            by_name.setdefault(name, []).append(m)
        female, male = given_names()
        starts = sorted(sn.span.start for sn in article.sentences)
        for name, found in by_name.items():
            first = found[0].group("pronoun")
            if all(m.group("pronoun") == first for m in found):
                continue
            givens = set(re.findall(rf"\b([A-Z][{_LO}]+) {re.escape(name)}\b", text)) - _TITLE_WORDS
            if len(givens) > 1:
                continue  # two people of that surname ("Anna Dekker", "Peter Dekker")
            other_names, other_signals = (male, MALE_SIGNALS) if first == "she" else (female, FEMALE_SIGNALS)
            own_names, own_signals = (female, FEMALE_SIGNALS) if first == "she" else (male, MALE_SIGNALS)
            between = set(_WORDS.findall(text[found[0].end("name") : found[0].start("pronoun")]))
            if not between.isdisjoint(own_names) or not between.isdisjoint(own_signals):
                continue  # "Bianchi, whose daughter was hurt, said she ...": the pronoun may be the daughter's
            for m in found[1:]:
                if m.group("pronoun") == first:
                    continue
                # the sentence before and this one up to the pronoun: someone of the other sex named there
                # may be whom "said he" speaks of
                k = bisect_right(starts, m.start()) - 2
                window = set(_WORDS.findall(text[starts[max(k, 0)] : m.start("pronoun")]))
                if not window.isdisjoint(other_names) or not window.isdisjoint(other_signals):
                    continue
                fix = first
                yield self.finding(Span(m.start("pronoun"), m.end("pronoun")),
                                   f"'{m.group('pronoun')}' for {name}, whom the article calls '{first}' before: '{fix}'?",
                                   [Suggestion(fix, "unsafe")],
                                   [Related(Span(found[0].start("pronoun"), found[0].end("pronoun")), "the pronoun before")],
                                   confidence=0.6)

    def _drift(self, article: Article, side: _Side, people: list[re.Match[str]], other_surnames: set[str],
               other_names: frozenset[str], learned: dict[str, str]) -> Iterator[Finding]:
        """The pronouns of the other sex right after a person of ``side`` (``people``: their names)
        is named; ``other_surnames`` and ``other_names`` are the names of the other sex here."""
        text = article.text
        titled = {m.group(1) for m in side.title.finditer(text)}  # "Ms Jones", "Mrs. Patel"; "Mr Jones"
        titled |= learned.keys()  # "Justice Wanjiru Kamau ... she": a woman by the pronoun the article gives her
        if not people and not titled:
            return
        surnames = {m.group(2).split()[-1] for m in people if m.group(2).split()[-1] not in _NOT_SURNAMES} | titled
        # a surname the article also gives someone of the other sex ("Joyce Blake" and "Sir Peter
        # Blake", "Mr Blake", "Peter Blake"): its mentions may be theirs
        others_titled = re.finditer(side.other_titles + rf" (?:[{_UP}][{_LO}]+ )?("
                                    + "|".join(map(re.escape, surnames)) + r")\b", text)
        surnames -= {m.group(1) for m in others_titled} | other_surnames
        people_names = {m.group(1) for m in people} | set(learned.values())
        # ... or that follows another given name, one neither list holds ("Geoff Soza" beside "Rita Soza")
        surnames -= {name for name in surnames if _after_other_given_name(text, name, people_names)}
        if not surnames:
            return
        alternatives = "|".join(map(re.escape, sorted(surnames)))
        mention_re = re.compile(r"\b(" + alternatives + r")\b")
        # a window can hold a mention only where one of the surnames occurs in the text
        spans = [m.span() for m in re.finditer(alternatives, text)]
        starts = [s for s, _ in spans]
        ends = [e for _, e in spans]
        others = _other_people(article, surnames)
        prose = prose_sentences(article)
        for n, ps in enumerate(prose):
            # the last mention of the named person in this sentence or the one before
            window_start = prose[n - 1].start if n and prose[n - 1].sentence.block == ps.sentence.block else ps.start
            i = bisect_right(ends, window_start)
            if i == len(spans) or spans[i][0] >= ps.end:
                continue
            found = starts[i : bisect_left(starts, ps.end, i)]
            mention = _last_mention(mention_re, text[window_start : ps.end], window_start, found)
            if mention is None or article.in_quote(*mention):
                continue  # named inside a quotation: someone else speaks ("Berg ran the race of her life," he said)
            if side is _MAN and not self._man_then_she(article, prose, n, mention):
                continue
            given = text[max(0, mention[0] - 20) : mention[0]].split()[-1:]
            if given and given[0] not in people_names and text[mention[0] - 1] == " " \
                    and (_a_name(given[0]) or _capitalised_mid_sentence(text, mention[0], given[0])):
                continue  # another given name before the surname: someone else ("Wal Pawlik" after "Teresa Pawlik",
                # "Mark Thompson" after "Rachel Thompson")
            for p in side.wrong_pronoun.finditer(text, mention[1], ps.end):
                if article.in_quote(p.start(), p.end()):
                    continue
                between = self._unquoted(article, mention[1], p.start())
                if any(w.strip(".,;:") in side.other_signals for w in between.split()) or _FULL_NAME.search(between):
                    break
                if not ROLES.isdisjoint(_bare(w).lower() for w in between.split()):
                    break  # another person by role between ("... The judge dismissed it, saying he")
                if any(w.strip(".,;:") in other_names or w.strip(".,;:") in _known_given_names()
                       for w in between.split()[1:]):
                    break  # someone else named by a given name alone ("... suggested to Yuri that he")
                opening = ps.start if mention[0] >= ps.start else window_start  # (the mention's own sentence)
                if any(w.strip(".,;:") in side.other_signals for w in text[opening : mention[0]].split()):
                    break  # "the husband of Teresa Berg says he", "a spokesman for ... Deborah Lowe-Anand, ... He added"
                if p.group(1) in ("him", "her") and side.own_pronoun.search(between):
                    break  # "she" for her, then "him": another person ("She responds to him")
                mention_end = ps.end if mention[0] >= ps.start else prose[n - 1].end  # (the mention's sentence)
                if p.group(1) == "him" and p.start() < mention_end:
                    break  # the object of her own sentence's verb is someone else ("Lucia Marengo presented him with")
                if others is not None and others.search(self._unquoted(article, window_start, p.start())):
                    break  # another person named in the window ("Alvarez mocked Berg's figures; he ...")
                word = p.group(1)
                fix = side.fix(word, text, p.end())
                yield self.finding(Span(p.start(), p.end()),
                                   f"'{word}' right after {text[mention[0]:mention[1]]}, {side.noun}: '{fix}'?",
                                   [Suggestion(fix, "unsafe")],
                                   [Related(Span(*mention), f"the {side.label} the pronoun seems to refer to")],
                                   confidence=0.6)
                break

    @staticmethod
    def _man_then_she(article: Article, prose: list[Any], n: int, mention: tuple[int, int]) -> bool:
        """"she" for a man is looked for only in the plainest case: the sentence opens with "She",
        the sentence before names the man and no woman ("she", "her", a woman's title or given
        name), and holds no quotation (whose speaker may be a woman)."""
        text = article.text
        ps = prose[n]
        if not n or text[ps.start : ps.start + 4] != "She " or not prose[n - 1].start <= mention[0] < prose[n - 1].end:
            return False
        before = text[prose[n - 1].start : prose[n - 1].end]
        if any(mark in before for mark in '"“”') or _FEMALE_PRONOUN.search(before):
            return False
        female = given_names()[0]
        words = {_bare(w) for w in before.split()}
        return words.isdisjoint(female) and words.isdisjoint(FEMALE_SIGNALS) and words.isdisjoint(_NOT_PEOPLE)

    @staticmethod
    def _unquoted(article: Article, start: int, end: int) -> str:
        """text[start:end] with quotations blanked out."""
        chars = list(article.text[start:end])
        for q in article.quotes:
            if q.end <= start or q.start >= end:
                continue
            for i in range(max(q.start, start), min(q.end, end)):
                chars[i - start] = " "
        return "".join(chars)




def _women_by_pronoun(article: Article, ms: Any) -> dict[str, str]:
    """Surnames of people the article names in full and calls "she" in the same sentence, after the
    name, with no other person named in it ("Justice Wanjiru Kamau said ... she suspended it"): a
    woman by the article's own word, where no list knows her given name. A surname also called
    "he" somewhere so is left out. Each with the given name written before it."""
    women: dict[str, str] = {}
    men: set[str] = set()
    runs = [run for run in ms.runs if len(run) >= 2]
    if not runs:
        return women
    starts = [run[0].start for run in runs]
    for ps in prose_sentences(article):
        if ps.quoted:
            continue
        low = ps.lower_words
        fem, mas = not FEMALE_PRONOUNS.isdisjoint(low), not MALE_PRONOUNS.isdisjoint(low)
        if fem == mas:
            continue
        i, j = bisect_left(starts, ps.start), bisect_left(starts, ps.end)
        if j - i != 1:
            continue  # nobody named in full, or two people
        run = runs[i]
        name = run[-1]
        pronoun = next((w for w, lw in zip(ps.words, low, strict=True) if lw in (FEMALE_PRONOUNS if fem else MALE_PRONOUNS)), None)
        if pronoun is None or pronoun.start < name.end or article.in_quote(pronoun.start):
            continue  # the pronoun before the name, or in a quotation
        if any(t.text in _NOT_PEOPLE for t in run) or not _bare(name.text).replace("-", "").isalpha():
            continue
        if not FEMALE_SIGNALS.isdisjoint(low) or not MALE_SIGNALS.isdisjoint(low) or "whose" in low:
            continue  # someone else the pronoun may be ("Andrea Bianchi, whose daughter ..., said she")
        if fem:
            women.setdefault(_bare(name.text), run[-2].text)
        else:
            men.add(_bare(name.text))
    return {surname: given for surname, given in women.items() if surname not in men}


# "chairwoman, Chen Wei-ling", "spokeswoman Ana Ruiz": a role of a woman right before her full name;
# and "Ana Ruiz, the company's spokeswoman,"
_ROLE_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(FEMALE_ROLES)) + r"),? (?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2})\b")
_ROLE_AFTER = lazy_compile(r"\b(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}), (?:the |a |an |its |their |[A-Z][\w’'-]*['’]s )?"
                           r"(?:[a-z-]+ ){0,3}(?:" + "|".join(sorted(FEMALE_ROLES)) + r")\b")


_NOT_A_ROLE_OF_HERS = PREPOSITIONS | COORDINATORS | frozenset(("whose", "who"))


def _women_by_role(article: Article) -> dict[str, str]:
    """Women the article names in full beside a woman's role ("chairwoman, Chen Wei-ling"): each word
    of the name that the article may use alone (the last, or the first where the family name comes
    first), with the word beside it."""
    women: dict[str, str] = {}
    text = article.text
    for pattern in (_ROLE_BEFORE, _ROLE_AFTER):
        for m in pattern.finditer(text):
            between = text[m.end("name") : m.end()].split()[1:-1] if pattern is _ROLE_AFTER else []
            if any(w in _NOT_A_ROLE_OF_HERS or w in MALE_SIGNALS for w in between):
                continue  # "Tom Reed, husband of the spokeswoman": the role is someone else's
            parts = [_bare(p) for p in m.group("name").split()]
            if any(p in _TITLE_WORDS or p in _PRONOUN_WORDS or p in _NOT_SURNAMES for p in parts):
                continue
            women.setdefault(parts[-1], parts[-2])
            women.setdefault(parts[0], parts[1])
    return women


def _other_people(article: Article, women: set[str]) -> re.Pattern[str] | None:
    """The surnames of the other people the article names in full ("Paul Alvarez"), as a regex (the
    last words of name runs that are no ordinary word: not "Prime Minister")."""
    names = {run[-1].text for run in mentions(article).runs
             if len(run) >= 2 and not run[-1].initial and not is_lower_word(run[-1].text.lower())} - women
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")


def _last_mention(mention_re: re.Pattern[str], window: str, offset: int, found: list[int]) -> tuple[int, int] | None:
    """The last match of ``mention_re.finditer(window)`` as a span of the text, tried only where
    ``found`` (text offsets, ascending) says a surname occurs, from the last back.

    Every match starts at such an occurrence, and all occurrences were found: a surname's first
    character is upper case (_UP) and its others lower case (_LO), so no occurrence starts inside another. For the
    same reason the finditer matches are all the places where a match starts, and the last of them
    is the one at the last place; ``match(window, pos)`` sees the window as finditer does.
    """
    for at in reversed(found):
        if at < offset:
            break
        if (m := mention_re.match(window, at - offset)) is not None:
            return offset + m.start(), offset + m.end()
    return None
