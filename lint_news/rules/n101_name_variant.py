"""N101: a name spelled one way throughout the article and differently once or twice."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.foreign import foreign_language
from ..names.gazetteer import (
    Gazetteer,
    closest_person,
    common_surnames,
    fold,
    gazetteer,
    is_known_token,
    rare_surname,
    user_names,
    vowel_mask,
    vowel_variant,
)
from ..names.lexicon import is_common, is_lower_word, typo_edit
from ..names.mentions import Mentions, first_names, mentions
from ..registry import Rule
from ..text import fuzzy

# A particle of a name in another language, after its first word: "Museu de Arte", "Banco del Sur"
_FOREIGN_PARTICLE = lazy_compile(r" (?:de|do|da|dos|das|di|del|della|dei|degli|des|du|la|le|van|von|der|den|för|für) [A-ZÀ-Þ]")


def _in_foreign_name(text: str, ms: Mentions, form: str) -> bool:
    """``form`` opens a name with a particle of another language somewhere in the article."""
    return any(_FOREIGN_PARTICLE.match(text, tok.end) for tok in ms.toks if tok.text == form)


def _inflection(a: str, b: str) -> bool:
    """Plural, possessive, adjective and people variants: Biden/Bidens, Jones/Joneses, Kashmir/Kashmiri,
    Kenya/Kenyans, Pakistan/Pakistanis, Berlin/Berliners,
    Tibet/Tibetan, Taiwan/Taiwanese; and words of one stem: Islamism/Islamists, Marxist/Marxism."""
    short, long = sorted((a, b), key=len)
    if long[len(short):] in _ENDINGS and long.startswith(short):
        return True
    return any(a[: len(a) - len(x)] == b[: len(b) - len(y)] for x in _DERIVED if a.endswith(x) for y in _DERIVED if b.endswith(y))


_ENDINGS = frozenset(("s", "es", "'", "’", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ese", "er", "ers"))
_DERIVED = ("ism", "isms", "ist", "ists", "ic", "ics")


def _known_surname(ms: Mentions, form: str) -> str | None:
    """The known spelling when the majority form is itself a misspelt known surname ("Olaf Solz")."""
    gaz = gazetteer()
    if fold(form) in gaz.tokens:
        return None
    for first in first_names(ms, form):
        match = closest_person(gaz, first, form)
        if match is not None:
            return match[0].split()[-1]
    return None


# The rule's fuzz.ratio cutoff is 80; the search for candidates uses a little less, so that no
# rounding in rapidfuzz (the pair scored the other way round) can leave a candidate out.
_NEAR_CUTOFF = 79.0


def _near(rares: list[str], majority: list[str]) -> set[str]:
    """The rare forms with a majority form other than themselves scoring about 80 or more.

    Nearly no rare form has one, and fuzz.ratio is symmetric: scoring the shorter list against the
    longer finds them all in a few C-level calls, before any dictionary lookup.
    """
    near: set[str] = set()
    if len(majority) <= len(rares):
        for form in majority:
            near.update(rare for rare, _, _ in fuzzy.extract(form, rares, _NEAR_CUTOFF, None) if rare != form)
    else:
        for rare in rares:
            if any(form != rare for form, _, _ in fuzzy.extract(rare, majority, _NEAR_CUTOFF, 2)):
                near.add(rare)
    return near


def _vowel_variants(rares: list[str], majority: list[str], counts: Mapping[str, int], gaz: Gazetteer) -> dict[str, str]:
    """Rare forms -> the most frequent majority form that differs from them only in vowels, letter for
    letter ("Kuwelski" among "Kowalski"), when the rare form is no dictionary word nor a common
    surname ("Betts" beside "Bates" may be another person)."""
    # a variant has a majority form's first letter and length: masks only for the few rare forms that do
    shapes: dict[tuple[str, int], list[str]] = {}
    for form in majority:
        if len(form) >= 5:
            shapes.setdefault((form[0], len(form)), []).append(form)
    out: dict[str, str] = {}
    for rare in rares if shapes else ():
        group = shapes.get((rare[0], len(rare)))
        if group is None:
            continue
        key = fold(rare)
        mask = vowel_mask(key)
        # the most frequent form of the mask (the first in text order of equally frequent ones)
        best = max((f for f in group if f != rare and vowel_mask(fold(f)) == mask), key=counts.__getitem__, default=None)
        if best is None or counts[rare] >= counts[best]:
            continue  # no variant, or one no more frequent than this form
        if vowel_variant(key, fold(best)) and rare_surname(key, gaz):
            out[rare] = best
    return out


def _majority(count: int, rare_count: int, score: float) -> bool:
    """Enough mentions to outweigh the rare form: three and twice as many, or two against one when close."""
    return count >= max(3, 2 * rare_count) or (rare_count == 1 and count >= 2 and score >= 88)


class NameVariant(Rule):
    """A name written one way several times and differently once or twice.

    ## What it flags
    A capitalised name that appears once or twice in an article while a similar spelling of the
    same shape appears several times more often ("Byden" among a dozen "Biden"). The finding points
    at one mention of the majority spelling. Also, without a majority: a surname named alone (or
    after a title) once or twice with a slip of a surname given in full earlier ("Prime Minister
    Tomasz Wierzbicki ... Wierzbiki told reporters", "Justice Wanjiru Kamau ... Justice Kamua"):
    newsroom style names a person in full first, so the later form is the stray one. And a name of
    several words written again with one word turned into a like-spelt English word ("Liszt
    Academy" ... "List Academy", "Bến Tre" ... "Ben Tree"), unless that name's word is the English
    word with a slip ("Acme Servies" beside "Acme Services").

    ## Why it matters
    Machine translation and article spinners respell names at random; one stray spelling makes an
    article look careless and breaks search and entity linking.

    ## Example
        Biden met the premier. Biden said talks went well. Aides to Biden agreed. Byden left at noon.

    ## Suggested fix
    Use the majority spelling: "Biden".

    ## Fix safety
    Unsafe: two different people can have similar names; the editor confirms. Possessives,
    plurals and adjectives of places ("Kashmiri" beside "Kashmir"), first names versus surnames,
    names with different first names and names the user lists in config (`names`) are never
    flagged.
    """

    code = "N101"
    name = "name.inconsistent-spelling"
    category = "name"
    severity = "warning"
    summary = "A name spelled differently from its majority spelling in the same article"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        counts = ms.cap_counts
        yield from self._introduced(article, ms, ctx)
        yield from self._word_for_a_name(article, ms)
        majority = [f for f, n in counts.items() if n >= 2 and len(f) >= 4 and f.isalpha()]
        if not majority:
            return
        gaz = gazetteer()
        user = user_names(ctx)
        rares = [f for f, n in counts.items() if n <= 2 and len(f) >= 4 and f.isalpha()]
        near = _near(rares, majority)  # a rare form not in it finds no match below
        # forms that differ from a majority form only in vowels: changed by transliteration
        # ("Dollian" among "Dullien"), which fuzz.ratio scores under its cutoff
        skeletons = _vowel_variants(rares, majority, counts, gaz)
        near.update(skeletons)
        for rare in rares:
            if rare not in near or is_common(rare, 3.0):
                continue  # a common word or a well-known other name
            n = counts[rare]
            if is_known_token(rare, gaz, user) or gaz.is_place(rare):
                continue  # a known name, or a place ("Brasilia" beside "Brazilian")
            key = fold(rare)
            if ms.mid_counts[rare] == 0 and is_lower_word(rare):
                continue  # an ordinary word that starts a sentence
            match = next((c for c in fuzzy.extract(rare, majority, 80, 3)
                          if c[0] != rare and _majority(counts[c[0]], n, c[1])), None)
            if match is None and rare in skeletons and _majority(counts[skeletons[rare]], n, 80.0):
                match = (skeletons[rare], 80.0, 0)
            if match is None:
                continue
            best, score, _ = match
            if _inflection(rare, best) or fold(best) == key or abs(len(best) - len(rare)) > 2 or _diminutive(rare, best):
                continue
            if best[0] != rare[0] and score < 88:
                continue
            if is_lower_word(best.lower()) and _in_foreign_name(article.text, ms, rare):
                continue  # "Museu de Arte" beside "Museum": a word of another language's name, not a slip
            firsts_rare, firsts_best = first_names(ms, rare), first_names(ms, best)
            if firsts_rare and firsts_best and not any(
                    fuzzy.ratio(a, b) >= 80 for a in firsts_rare for b in firsts_best):
                continue  # introduced with different first names: two people
            anchor = next(t for t in ms.toks if t.text == best and t.cap)
            fix = _known_surname(ms, best) or best
            for tok in ms.toks:
                if tok.cap and tok.text == rare:
                    yield self.finding(
                        Span(tok.start, tok.end),
                        f"'{rare}' appears {n} time{'s' if n > 1 else ''}, '{best}' {counts[best]} times "
                        "in this article: probably the same name misspelled"
                        + (f" (and '{best}' is close to the known name '{fix}')" if fix != best else ""),
                        [Suggestion(fix, "unsafe")],
                        [Related(Span(anchor.start, anchor.end), f"spelled '{best}' here")],
                        confidence=min(0.95, 0.5 + score / 250 + counts[best] / 50),
                    )

    def _introduced(self, article: Article, ms: Mentions, ctx: Context) -> Iterator[Finding]:
        """A surname introduced once with a given name ("Tomasz Wierzbicki") and named alone
        later, once or twice, with a slip ("Wierzbiki told reporters"): newsroom style names a
        person in full first, so the later form is the stray one even without a majority."""
        counts = ms.cap_counts
        intros: dict[str, int] = {}  # a surname after a given name -> where it is first so written
        for run in ms.runs:
            if len(run) > 1:
                last = run[-1]
                text = last.text
                if len(text) >= 5 and counts[text] <= 2 and run[-2].text not in _TITLES and text not in intros \
                        and _name_like(text):
                    intros[text] = last.start
        if not intros:
            return
        shapes = {(form[0], len(form) + d) for form in intros for d in (-1, 0, 1)}
        initials = {form[0] for form in intros}
        # rare forms with the initial and about the length of an introduced surname (a cheap first cut)
        rares = [f for f in counts if f[0] in initials and (f[0], len(f)) in shapes and counts[f] <= 2 and f not in intros]
        if not rares:
            return
        # scored in C from the few introduced surnames: pairs that differ by a slip
        pairs = []
        for best in intros:
            alike = [r for r in rares if r[0] == best[0] and abs(len(best) - len(r)) <= 1]
            if alike:
                pairs += [(rare, best, score) for rare, score, _ in fuzzy.extract(best, alike, 75, None)]
        if not pairs:
            return
        # (after a title it still stands alone: "Justice Kamua"; before another name it is a given name)
        inside = {run[k].text for run in ms.runs for k in range(len(run))
                  if k < len(run) - 1 or (k and run[k - 1].text not in _TITLES)}
        gaz = gazetteer()
        user = user_names(ctx)
        by_rare: dict[str, list[tuple[str, float]]] = {}
        for rare, best, score in pairs:
            by_rare.setdefault(rare, []).append((best, score))
        for rare, bests in by_rare.items():
            if len(bests) != 1 or rare in inside or not _name_like(rare):
                continue  # two people it could be, or not a name standing alone
            best, score = bests[0]
            first = next(t.start for t in ms.toks if t.text == rare)
            if not rare.isascii() and best.isascii():
                continue  # a slip drops accents, it does not add them: another name ("Mineirão" beside "Mineiro")
            if intros[best] > first or _inflection(rare, best) or _gender_form(rare, best) or _diminutive(rare, best):
                continue  # written alone before the full name, another word form, the other sex's form, a pet name
            if _NICKNAMED.search(article.text, max(0, first - 40), first):
                continue  # "known to fans as Warney"
            titles = {t.text for run in ms.runs if run[-1].text == best for t in run[:-2] if t.text in _TITLES}
            if any(run[k].text == rare and run[k - 1].text not in titles for run in ms.runs for k in range(1, len(run))):
                continue  # after another title than the full name's ("Justice" of "Justice Wanjiru Kamau"): someone else
            key = fold(rare)
            if fold(best) == key or is_lower_word(fold(best)) or is_lower_word(key) \
                    or is_common(rare.replace("-", ""), 3.0) or is_known_token(rare, gaz, user) or gaz.is_place(rare):
                continue  # an ordinary word ("Museum", "Museu de Arte"), a known name or a place
            if not (typo_edit(key, fold(best)) or score >= 88):
                continue
            anchor = next(t for t in ms.toks if t.text == best)
            for tok in ms.toks:
                if tok.text == rare:
                    yield self.finding(
                        Span(tok.start, tok.end),
                        f"'{rare}' looks like a misspelling of '{best}', the name given in full earlier in this article",
                        [Suggestion(best, "unsafe")],
                        [Related(Span(anchor.start, anchor.end), f"introduced as '{best}' here")],
                        confidence=0.7,
                    )

    def _word_for_a_name(self, article: Article, ms: Mentions) -> Iterator[Finding]:
        """A name of several words written again with one of them turned into a like-spelt English
        word: "Liszt Academy" ... "List Academy", "Bến Tre" ... "Ben Tree" (a spell checker's or a
        spinner's "correction" of a foreign word)."""
        slots: dict[str, dict[str, Any]] = {}  # the name with one word left out ("\0 academy") -> words there
        names: dict[str, Any] = {}  # each name once, as first written (its text: the words and single spaces)
        text = article.text
        for run in ms.runs:
            if len(run) > 1:
                names.setdefault(text[run[0].start : run[-1].end], run)
        if len(names) < 2:
            return
        for name, run in names.items():
            if len(run) > 5:
                continue
            # (folded: "Bến Tre" and "Ben Tree" differ in one word)
            parts = (name.lower() if name.isascii() else fold(name)).split(" ")
            if len(parts) != len(run):
                continue  # (a fold that changed the spacing)
            for k, tok in enumerate(run):
                slots.setdefault(" ".join(parts[:k]) + "\0" + " ".join(parts[k + 1 :]), {}).setdefault(tok.text, tok)
        for words in slots.values():
            if len(words) != 2:
                continue
            (a, tok_a), (b, tok_b) = words.items()
            for name, word, tok, anchor in ((a, b, tok_b, tok_a), (b, a, tok_a, tok_b)):
                low_word = word.lower()
                if not is_lower_word(low_word) or is_lower_word(fold(name)) or fold(name)[:1] != low_word[:1]:
                    continue  # the stray one is an English word, the name's word is none, both start alike
                if low_word in common_surnames():
                    continue  # "Chris Miller" beside "Chris Mueller": two people
                if foreign_language(fold(name)):
                    continue  # the name's word is a word of its language, the other its cognate: two names
                    # ("Banco Popolare" and "Banco Popular")
                folded = fold(name)
                if folded == low_word or fuzzy.ratio(folded, low_word) < 75 or _inflection(name, word) \
                        or folded.startswith(low_word) or typo_edit(folded, low_word):
                    continue  # a form of the word ("SliderTM"), or the name is the word with a slip ("Servies")
                if ms.cap_counts[word] > ms.cap_counts[name] + 1:
                    continue  # the word is the usual one here: another name
                yield self.finding(
                    Span(tok.start, tok.end),
                    f"'{word}' in this name looks like the English word put for '{name}', written so elsewhere in the article",
                    [Suggestion(name, "unsafe")],
                    [Related(Span(anchor.start, anchor.end), f"'{name}' here")],
                    confidence=0.65,
                )


_TITLES = frozenset(
    """Mr Mrs Ms Mx Dr Prof Professor Justice Judge President Minister Senator Sen Governor Gov Mayor Chancellor
    General Gen Coach Sir Dame Lord Lady Rev Reverend Father Sister Captain Capt Chief Director Secretary Speaker
    King Queen Prince Princess Commissioner Inspector Sergeant Sgt Detective Officer Lieutenant Colonel Col Major
    Bishop Pope Rabbi Imam Sheikh Ambassador Councillor Councilor Chairman Chairwoman Chair Premier Deputy
    Representative Rep Attorney Prosecutor Magistrate Superintendent Constable Commander Admiral Marshal Dean""".split()
)


# Endings of a surname's female and male forms in Slavic and Baltic languages: "Szczepańska" is
# the wife of "Szczepański", "Nováková" of "Novák", "Ivanova" of "Ivanov"
_GENDER_ENDINGS = (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki"), ("ská", "ský"), ("cká", "cký"), ("ová", ""),
                   ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("aya", "iy"), ("aya", "yy"), ("ienė", "ius"), ("á", "ý"))


def _gender_form(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the female and male forms of one surname?"""
    for female, male in _GENDER_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(female) and y.endswith(male) and x[: len(x) - len(female)] == y[: len(y) - len(male)]:
                return True
    return False


_NICKNAMED = lazy_compile(r"\b(?:known|nicknamed|called|dubbed)\b[^.!?]{0,30}\b(?:as )?$")


def _diminutive(rare: str, name: str) -> bool:
    """Is ``rare`` a pet form of ``name``, the name with an ending ("Warney" of "Warne")?"""
    return rare.startswith(name) and rare[len(name):] in ("y", "ey", "ie", "sy", "zy", "ito", "ita", "inho")


def _name_like(form: str) -> bool:
    """Letters, or letters joined by hyphens ("Lemieux-Carrier")."""
    return form.replace("-", "").isalpha() and not form.startswith("-") and "--" not in form
