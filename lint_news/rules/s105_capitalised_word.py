"""S105: an ordinary verb capitalised in mid-sentence ("Sarkozy always Denied the facts")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import gazetteer, is_known_token, user_names
from ..names.lexicon import is_lower_word, is_proper, zipf
from ..names.mentions import mentions
from ..registry import Rule
from ..text.lexicon import verb_forms

# Lower-case word (and optional comma) right before the token.
_BEFORE = lazy_compile(r"(?<![\w'’-])([a-z]+)(,?) $")
_AFTER = lazy_compile(r" ([a-z]+)\b")
_ENDINGS = ("ed", "s")  # the verb forms flagged
_VERB_TAGS = ("past", "pres3")  # of text.lexicon.verb_forms
# Words after which a capitalised word is usually a name or title, not a verb.
_NAME_CONTEXT = frozenset(
    "the a an of in on at to for from by with and or but nor as than his her their its our your my this that these "
    "those said says told two three four five six many some other several all both each every former late new "
    "no not via per vs".split())


def _demonym(word: str, places: Iterable[str]) -> bool:
    """A plural named after a country or capital ("Afghans", "Poles"), whose lower-case form may be
    an ordinary word (an afghan is a blanket)."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    stem = word[:-1]
    stems = (stem, stem[:-1]) if stem.endswith("e") and len(stem) >= 4 else (stem,)
    return len(stem) >= 4 and any(place.startswith(stems) for place in places)


class CapitalisedWord(Rule):
    """An ordinary verb written with a capital letter in the middle of a sentence.

    ## What it flags
    A capitalised verb form ending in -ed or -s (a past tense, or a present tense of a verb the
    verb list knows: plural nouns are left alone), in mid-sentence between two lower-case words,
    used only once with a capital in the article, whose lower-case form is a common English word
    and no proper noun: "the minister always Denied the claim". Plurals named after a country or
    capital ("asked Afghans to register", "Poles") are left alone.

    ## Why it matters
    Translation engines and spinners leave capitals where they split and rejoined sentences; the
    capital makes readers look for a name that is not there.

    ## Example
        The senator always Denied the reports, aides said.

    ## Suggested fix
    Lower-case the word: "denied".

    ## Fix safety
    Safe: only the first letter changes.
    """

    code = "S105"
    name = "spelling.capitalised-word"
    category = "spelling"
    severity = "warning"
    summary = "An ordinary verb capitalised in mid-sentence"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        text = article.text
        gaz = gazetteer()
        user = user_names(ctx)
        # the ending first: one token in ten has it, and the rest of the tests are the same filter
        for tok in [t for t in ms.toks if t.text.endswith(_ENDINGS)]:
            word = tok.text
            if tok.initial or tok.possessive or len(word) < 5 or not word.isalpha():
                continue
            if ms.cap_counts[word] > 1 or word.endswith("ss"):
                continue
            lower = word.lower()
            if verb_forms(lower) not in _VERB_TAGS:
                continue  # a plural noun, most often part of a name ("the Customs Service", "Greens")
            if not is_lower_word(lower) or is_proper(lower) or zipf(lower) < 3.0:
                continue
            if is_known_token(word, gaz, user) or _demonym(word, gaz.major.get(word[0], ())):
                continue
            before = _BEFORE.search(text, max(0, tok.start - 30), tok.start)
            after = _AFTER.match(text, tok.end)
            if before is None or after is None or before.group(1) in _NAME_CONTEXT:
                continue
            if article.in_quote(tok.start, tok.end) and text[tok.start - 1] in "\"“‘'":
                continue
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{word}' is capitalised in mid-sentence but is an ordinary word",
                [Suggestion(lower, "safe")],
                confidence=0.7,
            )
