"""N102: a name close to, but not equal to, a known person's name."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from operator import itemgetter

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import (
    Gazetteer,
    Person,
    UserNames,
    closest_person,
    common_surnames,
    fold,
    gazetteer,
    is_known_token,
    lookup_keys,
    user_names,
)
from ..names.lexicon import is_common, is_lower_word, zipf
from ..names.mentions import Tok, mentions
from ..registry import Rule
from ..text import fuzzy

_TEXT = itemgetter(2)  # Tok.text
# Common Chinese, Korean and Vietnamese family names, written first: "Chen Shibiao" is not a
# misspelt "Chen Shui-bian". (Not "John" or "Paul": a misspelt "John Kery" is still flagged.)
_FAMILY_NAMES_FIRST = frozenset(
    """chen kim lee li wang zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao park choi jung cho kang yoon jang lim shin oh seo kwon hwang
    ahn song ryu hong jeon ko moon yang son bae baek nguyen tran le pham hoang phan vu vo dang bui
    do ho ngo duong ly""".split()
)
RARE_GIVEN_NAME = 3.3  # Zipf frequency: "Olaf", "Keir", "Svetlana"; not "Martin" or "Kevin"
FAR_COMMONER = 1.5  # Zipf: the known surname is over 30 times as frequent ("modi" 3.8, "mody" 2.0)
FAMOUS_GIVEN_NAME = 3.5  # ... and the given name no common one ("Narendra" 3.3; not "Emma", "Daniel", "Gordon")


def _preferred(form: str, canonical: str) -> str:
    """The spelling to suggest: the canonical one when the closest form is another transliteration
    ("Volodimir Zelensky" is closest to the listed "Vladimir Zelensky", yet "Volodymyr Zelensky" is
    meant), the closest when it differs from the canonical only by accents or is part of a longer
    name ("Tayyip Erdogan" for "Recep Tayyip Erdoğan")."""
    if len(canonical.split()) != 2 or fold(form) == fold(canonical):
        return form
    return canonical


_ROYAL_TITLES = frozenset("king queen prince princess pope sheikh emir sultan lord lady sir dame".split())


def _namesake(first: str, surname: str, form: str, gaz: Gazetteer) -> bool:
    """May "first surname" be another person than the known ``form`` it is close to?

    With the known surname, yes when the surname is common and the given name a common one too
    ("Wayne Jones", not "Alun Wyn Jones"; but "Borris Johnson"). With another surname, yes when
    that surname is another known person's surname or a common one ("Kevin Walsh", not "Kevin
    Warsh"; another person's given name is no surname: "Javier Miley"), unless a rare given name is spelt exactly as the known person's ("Olaf Schultz") or the known
    surname is far commoner, is no English word, and goes with the known person's given name, a
    rare one ("Narendra Mody"; not "Gordon Browne", "Emma Thomason"), and yes when the written
    surname is itself far commoner than the known one ("Markus Lang", not a misspelt "Markus Lanz"). A short
    common family name written first ("Chen Shibiao", not "Chen Shui-bian") leaves room for
    namesakes too.
    """
    known_first, known_last = form.split()[0], form.split()[-1]
    key = fold(surname)
    if fold(first) in _ROYAL_TITLES:
        return True  # "King Carl" is not a misspelt "King Juan Carlos": a title, then a given name
    if key == fold(known_last):
        return key in common_surnames() and zipf(first) >= RARE_GIVEN_NAME
    if fold(first) == fold(known_first) and fold(first) in _FAMILY_NAMES_FIRST:
        return True  # a common family name written first ("Chen", "Kim", "Lee"): given names vary
    if key not in gaz.surnames and key not in common_surnames():
        return False
    if (fold(first) == fold(known_first) and zipf(first) < FAMOUS_GIVEN_NAME and not is_lower_word(known_last)
            and zipf(known_last) - zipf(surname) >= FAR_COMMONER):
        return False  # "Narendra Mody": a rare surname beside a famous one, with the famous one's given name
    if zipf(surname) - zipf(known_last) >= FAR_COMMONER:
        return True  # "Markus Lang" beside the known "Markus Lanz": the far commoner surname is someone's own
    return not (fold(first) == fold(known_first) and zipf(first) < RARE_GIVEN_NAME)


# Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman"
_PARTICLE_WORDS = ("von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin",
                   "ibn", "bint", "al", "el", "ter", "ten", "zu")
_PARTICLES = lazy_compile(r" (?:(?:" + "|".join(_PARTICLE_WORDS) + r") )+")
_PARTICLE_INITIALS = frozenset(word[0] for word in _PARTICLE_WORDS)  # a cheap test first


def _across_particles(text: str, runs: list[list[Tok]], lower_counts: Mapping[str, int]) -> list[list[Tok]]:
    """The pairs of capitalised words that lower-case particles join into one name ("Ursula" and
    "Leyen" in "Ursula von der Leyen"): the last word of a run and the first of the next."""
    if lower_counts.keys().isdisjoint(_PARTICLE_WORDS):
        return []  # no particle among the article's lower-case words: most articles
    return [[a[-1], b[0]] for a, b in itertools.pairwise(runs)
            if 3 < b[0].start - a[-1].end < 20 and text[a[-1].end + 1] in _PARTICLE_INITIALS
            and a[-1].block == b[0].block and _PARTICLES.fullmatch(text, a[-1].end, b[0].start)]


def _misspelt_variants(
    cap_counts: Mapping[str, int], misspelt: Mapping[str, tuple[str, Tok]], gaz: Gazetteer, user: UserNames
) -> dict[str, str]:
    """Capitalised words that spell a misspelt surname yet another way ("Schultz" flagged for
    "Scholz", then "Schulze"): rare words, not known names, with the same initial and length
    within two of the misspelling, and a similarity of 80 or more."""
    out: dict[str, str] = {}
    for text in cap_counts:
        if len(text) < 4 or not text.isalpha() or text in misspelt or not text[0].isupper():
            continue
        for wrong, (fix, _) in misspelt.items():
            if text[0] != wrong[0] or text == fix or abs(len(text) - len(wrong)) > 2:
                continue
            if fuzzy.ratio(fold(text), fold(wrong)) < 80:
                continue
            if not is_known_token(text, gaz, user) and not is_common(text, 3.0):
                out[text] = wrong
            break
    return out


class KnownNameMisspelled(Rule):
    """A name close to a well-known person's name but spelled differently.

    ## What it flags
    A first name and surname that differ slightly from a person in the shipped gazetteer
    (rules/names/people.yaml: heads of state and government, ministers, party leaders, heads of
    international organisations, central bankers, athletes and cultural figures), such as
    "Antony Blinkin" for "Antony Blinken"; and a lone surname close to the surname of a known
    person whom the same article names in full ("Lindner" ... "Linder"); and, once a full name
    is flagged, its misspelt surname used alone and other rare spellings close to it ("Keir
    Starmir" ... "Starmar").

    ## Why it matters
    Misspelled names of public figures are the most visible mark of machine-rewritten news.

    ## Example
        The chess champion Gary Kasparov criticised the plan.

    ## Suggested fix
    The known spelling: "Garry Kasparov".

    ## Fix safety
    Unsafe: a namesake may be meant. Names listed in config (`names`, `names-file`) are never
    flagged, which also silences a false alarm.
    """

    code = "N102"
    name = "name.known-entity-misspelled"
    category = "name"
    severity = "warning"
    summary = "A name close to a known person's name but spelled differently"
    fixable = True

    def _misplaced_accents(self, accents: list[tuple[list[Tok], Person]], flagged: set[int]) -> Iterator[Finding]:
        """A known name with an accent none of its forms has ("Pedro Sanchéz" for Sánchez): equal
        once folded, so the close-name test above never sees it."""
        for tokens, person in accents:
            spelt = {t: f for f in person.forms for t in f.split()}
            by_fold = {fold(t): t for t in spelt if not t.isascii()}  # the accented spellings
            for tok in tokens:
                right = by_fold.get(fold(tok.text))
                if tok.text.isascii() or tok.text in spelt or right is None or tok.start in flagged:
                    continue
                flagged.add(tok.start)
                yield self.finding(Span(tok.start, tok.end),
                                   f"'{tok.text}' has an accent {person.canonical}'s name does not: '{right}'",
                                   [Suggestion(right, "unsafe")], confidence=0.8)

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        flagged: set[int] = set()
        misspelt: dict[str, tuple[str, Tok]] = {}  # misspelt surname of a flagged full name -> (fix, mention)
        present: dict[str, Tok] = {}  # surnames of known people named in full here -> a mention
        by_last, by_first, by_prefix = gaz.by_last, gaz.by_first, gaz.by_prefix
        accents: list[tuple[list[Tok], Person]] = []  # known names written with some letter not ASCII
        for run in itertools.chain(ms.runs, _across_particles(article.text, ms.runs, ms.lower_counts)):
            if len(run) < 2:
                continue
            folded = list(map(fold, map(_TEXT, run)))  # the tokens' texts, folded
            known_part = False
            if not gaz.tokens.isdisjoint(folded):
                for i in range(len(run) - 1):
                    for j in range(i + 2, len(run) + 1):
                        key = " ".join(folded[i:j])
                        if key in gaz.forms:
                            present.setdefault(run[j - 1].text, run[j - 1])
                            known_part = True
                            if not all(t.text.isascii() for t in run[i:j]):
                                accents.append((run[i:j], gaz.person(gaz.forms[key])))
                        elif key in user.forms:
                            known_part = True
            if known_part or (user.forms and " ".join(folded) in user.forms):
                continue
            for i, (fa, fb) in enumerate(itertools.pairwise(folded)):
                key_last, key_first, key_prefix = lookup_keys(fa, fb)
                if key_last not in by_last and key_first not in by_first and key_prefix not in by_prefix:
                    continue  # closest_person has no candidate: most pairs
                a, b = run[i], run[i + 1]
                if user.tokens and (fb in user.tokens or fa in user.tokens):
                    continue
                match = closest_person(gaz, a.text, b.text)
                if match is None:
                    continue
                form, person, score = match
                if _namesake(a.text, b.text, form, gaz):
                    continue
                if fold(b.text) in {fold(form.split()[-1]) + "s", fold(form.split()[-1]) + "es"}:
                    continue  # the name as a type, in the plural: "the Thomas Edisons of our time"
                if fold(form.split()[0]) != fold(person.canonical.split()[0]) and fold(b.text) != fold(form.split()[-1]) \
                        and zipf(a.text) >= RARE_GIVEN_NAME:
                    continue  # a middle name and a near surname, the middle name a common one: "Manuel Barros", not "José Manuel Barroso"
                flagged.add(b.start)
                form = _preferred(form, person.canonical)
                if fold(b.text) not in {fold(t) for f in person.forms for t in f.split()}:
                    # (a surname spelt as in one of the person's aliases, "Zelenskiy", is no slip)
                    misspelt.setdefault(b.text, (form.split()[-1], b))
                written = article.text[a.start : b.end]
                middle = person.canonical.split()[1:-1]
                if middle and all(w.lower() in _PARTICLE_WORDS for w in middle) and b.start == a.end + 1:
                    form = person.canonical  # the pair dropped a particle ("Marine Pen" of "Marine Le Pen")
                if b.start > a.end + 1:  # particles between ("Ursula von der Layen"): kept in the fix
                    known_first, known_last = form.split()[0], form.split()[-1]
                    form = f"{known_first}{article.text[a.end : b.start]}{known_last}"
                yield self.finding(
                    Span(a.start, b.end),
                    f"'{written}' looks like a misspelling of {person.canonical}",
                    [Suggestion(form, "unsafe")],
                    confidence=min(0.95, score / 210),
                )
        yield from self._misplaced_accents(accents, flagged)
        variants = _misspelt_variants(ms.cap_counts, misspelt, gaz, user) if misspelt else {}
        for tok in ms.toks if misspelt else ():  # the same misspelt surname used alone ("the Born government")
            if tok.start in flagged:
                continue
            if tok.text in misspelt and (not tok.initial or not is_lower_word(tok.text)):
                fix, first = misspelt[tok.text]
                message = f"'{tok.text}' is the misspelt surname of {fix!r} flagged above"
            elif tok.text in variants and tok.cap:
                fix, first = misspelt[variants[tok.text]]
                message = f"'{tok.text}' looks like another misspelling of {fix!r} (flagged above as '{first.text}')"
            else:
                continue
            flagged.add(tok.start)
            yield self.finding(
                Span(tok.start, tok.end),
                message,
                [Suggestion(fix, "unsafe")],
                [Related(Span(first.start, first.end), "the full name here")],
                confidence=0.75,
            )
        if not present:
            return
        surnames = list(present)
        # each form is judged once (the tests depend on the text only), then its mentions are flagged
        fixes: dict[str, str] = {}
        # a fix needs a best hit with the same initial and under two mentions: a cheap first test
        initials = {s[0] for s in surnames if ms.cap_counts[s] < 2}
        for text, n in ms.cap_counts.items() if initials else ():
            if n > 2 or len(text) < 4 or text[0] not in initials or text in present or not text.isalpha():
                continue
            if is_known_token(text, gaz, user):
                continue
            if is_common(text, 3.0):  # a dictionary word or proper noun of Zipf 3 or more
                continue
            hit = fuzzy.extract_one(text, surnames, 80)
            if hit is None:
                continue
            best = hit[0]
            if ms.cap_counts[best] >= 2:
                continue  # N101 weighs in-article majorities
            if best[0] != text[0] or abs(len(best) - len(text)) > 2 or best.startswith(text):
                continue
            fixes[text] = best
        for tok in ms.toks if fixes else ():
            surname = fixes.get(tok.text)
            if surname is None or not tok.cap or tok.start in flagged:
                continue
            anchor = present[surname]
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{tok.text}' looks like a misspelling of '{surname}', named in full in this article",
                [Suggestion(surname, "unsafe")],
                [Related(Span(anchor.start, anchor.end), f"'{surname}' here")],
                confidence=0.8,
            )
