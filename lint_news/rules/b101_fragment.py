"""B101: a sentence with no finite verb standing alone in narration."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding
from ..registry import Rule
from ..text.clauses import ProseSentence, has_maybe_verb, prose_sentences, verb_groups
from ..text.lexicon import COORDINATORS, DETERMINERS, PREPOSITIONS, RELATIVES, verb_forms
from .b105_stranded_subordinate import answers_question

MAX_WORDS = 15
# Stylistic fragments of feature writing that editors keep.
_STYLISTIC_STARTS = frozenset("not no never yes so far hardly nothing until perhaps maybe instead hence thus".split())


# Short answers and intensifiers that editors keep as sentences of their own.
_IDIOMS = frozenset(("a lot", "a bit", "a little", "not much", "big time", "of course", "far from it"))


def _list_goes_on(prose: list[ProseSentence], n: int) -> bool:
    """The next sentence of the paragraph opens with "And" or "Or": the fragment is one item of a
    list given as sentences for effect."""
    if n + 1 >= len(prose) or prose[n + 1].index == 0:
        return False
    following = prose[n + 1].lower_words
    return bool(following) and following[0] in ("and", "or", "nor")


def _has_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))``; for ASCII text (most) in C: there only 0-9 are digits."""
    if text.isascii():
        return len(text.encode().translate(None, b"0123456789")) != len(text)
    return any(map(str.isdigit, text))


# Prepositions that open an adverbial phrase ("Despite the protests ...", "In a statement late on Monday")
_PHRASE_OPENERS = frozenset(
    """despite in after following amid amidst during without under since before at on from with for among ahead
    throughout within beyond across against unlike besides regarding like""".split())
# Words after a participle that open its object: "Making it the largest ...", "Bringing the total to ..."
_AFTER_PARTICIPLE = frozenset("it the a an its their his her them him this these those".split())
# Words of a byline or a credit line, which has no verb either ("With additional reporting by ...")
_CREDIT_WORDS = frozenset("reporting writing editing additional contributed contributing correspondent".split())


def _lone_adverbial(text: str, ps: ProseSentence, participles: bool = True) -> bool:
    """A paragraph of one sentence that is only an adverbial phrase: it opens with a preposition (or a
    participle and its object), runs
    five words or more to a full stop with no comma, colon, bracket or verb, and is no credit line."""
    words, low = ps.words, ps.lower_words
    if len(words) < 5 or not words[0].text[:1].isupper():
        return False
    if low[0] not in _PHRASE_OPENERS and not (participles and verb_forms(low[0]) == "ing" and low[1] in _AFTER_PARTICIPLE):
        return False  # ("Making it the largest investment in the city since 2015.": a participle's phrase)
    body = text[ps.start : ps.end]
    if not body.endswith(".") or body.endswith("..") or any(mark in body for mark in ",:;()"):
        return False
    if not _CREDIT_WORDS.isdisjoint(low) or all(w.text[:1].isupper() for w in words[1:]):
        return False
    # a relative clause may hold a verb: only the words before it count ("After a goalless first half
    # in which neither side managed a shot.")
    cut = next((k for k in range(2, len(low)) if low[k] in RELATIVES), len(low))
    if cut < len(low) and low[cut - 1] in PREPOSITIONS:
        cut -= 1
    if cut < 3:
        return False
    if len(verb_groups(words[cut:], low[cut:])) > 1:
        return False  # a verb after the clause's own: the main one ("Among those who backed it were ...")
    words, low = words[:cut], low[:cut]
    # ("Making it the largest ...": after "it" comes anything, and a determiner is no verb)
    first = 3 if len(low) > 3 and low[1] == "it" and low[2] in DETERMINERS else 1
    return not verb_groups(words, low) and not has_maybe_verb(low, first)


class Fragment(Rule):
    """A verbless fragment punctuated as a sentence in the narration.

    ## What it flags
    A sentence of up to 15 words in a body paragraph, outside quotations, ending in a full stop,
    with no finite verb: a lone word ("Stated."), an infinitive phrase ("But to meet the envoy to
    settle the matter."), a noun phrase, or a noun phrase whose only verb sits in a relative clause
    ("The report which lists the cases."). Headlines, sub-headings, captions, lists, quotations,
    figures and scores are left alone, and so are common stylistic fragments ("Not yet.", "A lot.",
    "But probably not.", a list given as sentences for effect: "The judge. And the press."), and
    sentences with a word the verb list does not know that may be their verb ("To wait spells ruin.").
    A paragraph of one sentence is looked at only when it is an adverbial phrase alone (and such a
    phrase is flagged after other sentences too, unless it opens with a participle): it opens
    with a preposition and runs five words or more with no verb, comma or colon ("Despite the
    protests outside the chamber on Wednesday night.", "In a statement late on Monday."), or with a
    participle and its object ("Making it the largest investment in the city since 2015."), a
    relative clause after it holding the only verb ("After a goalless first half in which neither
    side managed a shot on target."); credit
    lines ("With additional reporting by ...") are left alone.

    ## Why it matters
    Machine translation and spinning drop subjects and verbs, or cut one sentence in two; the
    fragment reads as a glitch and its meaning is lost.

    ## Example
        The ministers met for three hours. Agreed. But to meet again next month to settle the matter.

    ## Suggested fix
    Rejoin the fragment to the sentence it belongs to, or restore the missing subject and verb.

    ## Fix safety
    No automatic fix: the missing words cannot be guessed.
    """

    code = "B101"
    name = "broken-sentence.fragment"
    category = "broken-sentence"
    severity = "warning"
    summary = "A verbless fragment stands as a sentence in the narration"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        prose = prose_sentences(article)
        for n, ps in enumerate(prose):
            words = ps.words
            if ps.quoted or not words or len(words) > MAX_WORDS:
                continue
            # an adverbial phrase alone: a paragraph of its own, or a sentence after others ("Without news
            # yet from the second gallery."; there not a participle's: "Making a mess of it." is style)
            if _lone_adverbial(text, ps, participles=ps.count < 2) and not answers_question(article, ps.start):
                yield self.finding(ps.sentence.span, f"a phrase opening with '{words[0].text}' stands alone with no "
                                   "verb: the clause it belongs to was lost", confidence=0.6)
                continue
            if ps.count < 2:
                continue  # a line of its own: a label or a byline
            body = text[ps.start : ps.end]
            if not body.endswith(".") or body.endswith("..") or ":" in body or "(" in body or body[:1] in "-–—•*":
                continue
            if _has_digit(body):
                continue
            low = ps.lower_words
            if low[0] in _STYLISTIC_STARTS:
                continue
            if len(words) == 1:
                if verb_forms(low[0]) in ("past", "part", "base", "pres3") and words[0].text[:1].isupper():
                    yield self.finding(ps.sentence.span, f"one-word sentence '{body}': a fragment of a lost sentence",
                                       confidence=0.7)
                continue
            groups = verb_groups(words, low)
            if not groups:
                if len(words) < 2 or all(w.text[:1].isupper() for w in words):
                    continue  # a name on its own line of prose, an initialism
                if len(words) <= 2 and (" ".join(low) in _IDIOMS or _list_goes_on(prose, n)):
                    continue  # "It put prices up. A lot." / "She blamed the council. The mayor. And the builders."
                if len(words) <= 4 and low[-1] in ("not", "yet", "now"):
                    continue  # "But not yet.", "But probably not.", "For now."
                if has_maybe_verb(low):
                    continue
                if low[0] in COORDINATORS or "to" in low or (len(words) <= 2 and ps.index > 0):
                    yield self.finding(ps.sentence.span, "sentence without a finite verb: a fragment",
                                       confidence=0.65)
                continue
            first_rel = next((i for i, w in enumerate(low) if w in RELATIVES), None)
            if first_rel is not None and first_rel > 0 and all(g > first_rel for g in groups) \
                    and len(groups) == 1 and words[0].text[:1].isupper() and low[first_rel - 1] != "of" \
                    and "," not in text[words[first_rel - 1].end : words[first_rel].start] \
                    and not answers_question(article, ps.start):
                # (after a comma, ", which ..." to the full stop is B105's)
                yield self.finding(ps.sentence.span,
                                   "the only verb is in a relative clause: the main clause is missing",
                                   confidence=0.6)
