"""Sentence views for the broken-sentence and person-drift rules: prose sentences, words, verbs.

"Prose" is narration in body paragraphs: blocks of kind paragraph that end like a sentence and
are not set in title case (sub-headings, captions, datelines and site chrome lines usually are
not). Headlines, standfirsts, lists, captions and block quotes have their own grammar.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from itertools import chain
from operator import attrgetter

from ..document import Article, Sentence, Token
from ..records import FrozenRecord
from .lexicon import DETERMINERS, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, verb_forms

_TERMINAL = (".", "!", "?", "…", "”", "\"", "’", ")", "»", "]")
HEADLINE_AS_PARAGRAPH_WORDS = 25
PROSE_MIN_WORDS = 15  # an unpunctuated block this long is a paragraph cut short
_THIRD_PERSON = frozenset(("he", "she", "it"))
_S_ADVERBS = frozenset("""always sometimes perhaps nevertheless nonetheless afterwards besides thus regardless whereas
    unless towards backwards forwards upwards downwards indoors outdoors overseas nowadays hers ours yours theirs
    less""".split())
_CONTRACTING = SUBJECT_PRONOUNS | frozenset("there that what who here where it".split())
_GROUP_ADVERBS = frozenset("not also still already never just now even ever only then been being be".split())
# Adverbs between a subject and its verb: the verb is read after the subject ("officials still hope").
_PREVERBAL_ADVERBS = frozenset(
    "also still already never just now even ever only often always usually sometimes rarely seldom generally "
    "largely mostly really reportedly allegedly repeatedly increasingly frequently recently".split())


class ProseSentence(FrozenRecord):
    _fields = ("sentence", "words", "index", "count", "quoted")

    def __init__(self, sentence: Sentence, words: list[Token], index: int, count: int, quoted: bool,
                 lower_words: list[str] | None = None) -> None:
        self.sentence = sentence
        self.words = words  # words of the sentence, in order
        self.index = index  # position of the sentence in its paragraph
        self.count = count  # sentences in the paragraph
        self.quoted = quoted  # the sentence overlaps a quotation
        span = sentence.span
        self.start: int = span.start  # the sentence's span, copied: read in every rule's loop
        self.end: int = span.end
        if lower_words is not None:  # ``lower(words)``, at hand: the property need not lower them again
            self.lower_words = lower_words

    @cached_property
    def lower_words(self) -> list[str]:
        """``words`` in lower case, shared by the rules that use the sentence (do not modify)."""
        return lower(self.words)  # unless _compute set it from Article.lower_words


def _title_case(words: list[Token]) -> bool:
    """More than 60% of the words capitalised (given up once too many are not)."""
    n = len(words)
    if n < 3:
        return False
    # (n - lower) / n <= 0.6 exactly when lower >= n - 3n // 5: floor(3n / 5) is the most capitalised
    # words that are not over 60% (a quotient k / n other than 3 / 5 is never rounded onto 0.6)
    limit = n - 3 * n // 5
    lower = 0
    for w in words:
        if not w.text[:1].isupper():
            lower += 1
            if lower == limit:
                return False
    return True


def _compute(article: Article) -> list[ProseSentence]:
    words = article.words
    lower_words = article.lower_words  # sliced for each sentence: cheaper than lowering its words again
    starts = article._word_starts
    quotes = article.quotes
    q_starts = [q.start for q in quotes]
    sentences = article.sentences
    # ascending: sentences come block by block, and a block's index is its place in article.blocks
    sentence_blocks = list(map(attrgetter("block"), sentences))
    out: list[ProseSentence] = []
    append = out.append
    all_text = article.text
    bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
    for block in article.blocks:
        kind = block.kind
        if kind != "paragraph" and kind != "headline":
            continue
        lo = bisect_left(sentence_blocks, block.index)
        hi = bisect_right(sentence_blocks, block.index, lo)
        span = block.span
        if kind == "headline" and not (
            hi - lo > 1 and len(article.block_text(block).split()) > HEADLINE_AS_PARAGRAPH_WORDS
        ):
            continue  # a long headline of several sentences is a paragraph the loader took for a title
        last = span.end
        while last > span.start and all_text[last - 1].isspace():  # (str.rstrip without a copy)
            last -= 1
        if not all_text.endswith(_TERMINAL, span.start, last) and len(all_text[span.start : last].split()) < PROSE_MIN_WORDS:
            continue  # a sub-heading, a caption, a line of site chrome
        # A sentence's words are those starting from its start up to the next sentence's: no word
        # starts in the white space before, between or after a block's sentences (split_sentences
        # trims them and splits at white space), so one bisect a sentence, at its end, is enough.
        first = bisect_left(starts, span.start)
        if hi - lo == 1 and _title_case(words[first : bisect_left(starts, span.end)]):
            continue
        count = hi - lo
        for n, s in enumerate(sentences[lo:hi]):
            start, end = s.span.start, s.span.end  # (spans, not the properties: a call less)
            stop = bisect_left(starts, end)
            i = bisect_right(q_starts, end) - 1
            quoted = False
            while i >= 0:
                if quotes[i].end > start:
                    quoted = True
                    break
                if quotes[i].start < start - 2000:
                    break
                i -= 1
            append(ProseSentence(s, words[first:stop], n, count, quoted, lower_words[first:stop]))
            first = stop
    return out


def prose_sentences(article: Article) -> list[ProseSentence]:
    """Sentences of body paragraphs, memoised per article."""
    result: list[ProseSentence] = article.analysis("clauses.prose", _compute)
    return result


def _is_finite(low: str, prev: str, after_name: bool = False) -> bool:
    """Is the lower-case word ``low`` likely a finite verb (the head of a clause) after the
    lower-case word ``prev`` ("" at the start)? ``after_name``: ``prev`` is written with a capital."""
    low = low.replace("’", "'")
    if "'" in low:
        stem, _, tail = low.partition("'")
        return stem in _CONTRACTING or tail in ("t", "re", "ve", "ll", "m")
    tag = verb_forms(low)
    if not tag:
        # a word the verb list does not know, in -s after "he", "she", "it" or a name: a verb
        # ("it practices", "Dalton values the bonds")
        return ((prev in _THIRD_PERSON or (after_name and prev not in DETERMINERS and prev not in PREPOSITIONS))
                and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _S_ADVERBS)
    if tag in ("ing", "part"):
        return False
    if prev == "to":
        return False
    if tag == "aux":
        return True
    if prev in DETERMINERS or prev in PREPOSITIONS:
        return False
    if tag == "base":
        # a base form heads a clause after a subject pronoun, a plural noun ("officials hope") or a
        # name, which British usage treats as plural ("the Senate meet today", "England play")
        return (not prev or prev in SUBJECT_PRONOUNS or prev in RELATIVES or (prev.endswith("s") and not verb_forms(prev))
                or after_name)
    return True


def verb_groups(words: list[Token], lower_words: list[str] | None = None) -> list[int]:
    """Indexes of the first word of each finite verb group ("has not been told" is one group);
    ``lower_words``, when given, is ``lower(words)``."""
    lows = lower(words) if lower_words is None else lower_words
    groups: list[int] = []
    in_group = False
    subject = ""  # the word before, or before the adverbs in between ("groups still want")
    for i, (prev, low) in enumerate(zip(chain(("",), lows), lows, strict=False)):
        if prev not in _PREVERBAL_ADVERBS:
            subject = prev
        if _is_finite(low, subject, i > 1 and words[i - 1].text[:1].isupper()):  # (not the first word)
            # an auxiliary after a verb opens a clause of its own ("those who survived were freed")
            if not in_group or (prev not in _GROUP_ADVERBS and verb_forms(low) == "aux" and verb_forms(prev) != "aux"):
                groups.append(i)
            in_group = True
        elif in_group and (low in _GROUP_ADVERBS or verb_forms(low) in ("ing", "part", "past", "base")):
            continue
        else:
            in_group = False
    return groups


def has_maybe_verb(lows: list[str], first: int = 1) -> bool:
    """Is a word from ``lows[first]`` on (``first`` >= 1) maybe the verb (``maybe_verb``)?"""
    last = len(lows) - 1
    return any(maybe_verb(lows[k - 1], lows[k], lows[k + 1] if k < last else "") for k in range(first, len(lows)))


def maybe_verb(prev: str, low: str, after: str) -> bool:
    """A word that ``verb_groups`` does not count as finite but may still be the verb between
    ``prev`` and ``after`` ("" at the end): a verb form not after a determiner, a preposition or
    "to" ("That says something", "most of their young survive"), a hyphenated one
    ("self-organize"), or a word the verb list does not know in -s or -ed ("To do otherwise spells
    doom."); any word right after a subject pronoun ("they excite"), and a past or present form
    after "that" or "this" ("That took ..."). A word in -s before a preposition or at the end is
    taken for a plural noun ("huge losses for the company", "new funds.")."""
    tag = verb_forms(low)
    if prev in SUBJECT_PRONOUNS and low.isalpha():
        return True  # "they excite scientists": a word right after a subject pronoun
    if prev in ("that", "this") and (tag in ("past", "pres3") or (not tag and _unknown_s(low))):
        return True  # "That took his haul to six", "this sounds ..."
    if prev in DETERMINERS or prev in PREPOSITIONS or prev == "to":
        return False
    if low.endswith("s") and (not after or after in PREPOSITIONS):
        return False
    if tag in ("pres3", "past", "base") or ("-" in low and verb_forms(low.rsplit("-", 1)[-1]) in ("pres3", "past", "base")):
        return True
    return not tag and (_unknown_s(low) or (len(low) > 3 and low.endswith("ed")))


def _unknown_s(low: str) -> bool:
    """A word in -s that may be a verb's third person ("spells"), not "-ss", "-us", "-is"."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def lower(words: list[Token]) -> list[str]:
    return [w.text.lower() for w in words]
