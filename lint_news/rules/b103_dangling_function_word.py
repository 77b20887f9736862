"""B103: a sentence that stops on an article, a determiner, 'of' or a conjunction."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Token
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..names.lexicon import is_lower_word
from ..registry import Rule
from ..text.clauses import prose_sentences, verb_groups
from ..text.lexicon import DETERMINERS, PREPOSITIONS, REPORTING_PAST, verb_forms

_ENDERS = frozenset("a an the of and or nor but their its my your our whose every".split())
# Reporting verbs that must be followed by what was said: "He noted that." lost its clause.
# ("He explained that.", "Nobody else said that." take "that" as a pronoun, so not those.)
_SAY_THAT = REPORTING_PAST
_BE = frozenset("be been being is are was were".split())
# Prepositions a sentence may end on only when it moved their object ("what he came from", "the
# town she grew up in"): after a plain noun and no such word, their object was cut ("most at risk in.")
_STRANDED = frozenset("in from with into at for by".split())
_MOVERS = frozenset("what which who whom whose where that how whatever whichever wherever".split())
_PHRASAL_VERBS = frozenset(
    """bring brings brought let lets call calls called send sends sent take takes took taken put puts get gets got
    lock locks locked fill fills filled hand hands handed pull pulls pulled ask asks asked invite invites invited
    keep keeps kept leave leaves left move moves moved pack packs packed phone phones phoned sign signs signed
    log logs logged hem hemmed rope roped usher ushered round rounded count counts counted""".split())
# Words that open a clause and never end a sentence right after a comma (", when." ", who have."):
# the clause was cut ("though" is left out: ", though." ends many a sentence)
_CLAUSE_OPENERS = frozenset("who whom which when where while because although whereas unless until if whether".split())
# Auxiliaries a cut clause may keep after its opener (", who have.", ", which had been.")
_CUT_AUXILIARIES = frozenset("have has had is are was were will would can could should may might must been be".split())
# A relative after "and" / "but" at the end: "whose support is in the south and who." lost its clause
_RELATIVE_ENDS = frozenset("who which whom whose".split())
# Words after which "who." / "which." asks rather than relates ("Nobody knew which.", "It is not clear who.")
_ASKING = frozenset("know knew known say said ask asked tell told wonder wondered clear unclear sure decide decided "
                    "matter matters guess guessed see saw one her him them it us me you this that these those".split())
# Words whose "to" takes an object: "According to." lost it
# ("compared to.", "opposed to." end a sentence that moved their object: "what it should be compared to.")
_TO_NEEDS_OBJECT = frozenset("according thanks prior owing".split())
# A comparison before ", which have." makes it a clause cut short on purpose ("unlike its rivals, which have.")
_COMPARISONS = frozenset("unlike like than as".split())
# a sentence ending on another word is fine
_LAST_WORDS = _ENDERS | REPORTING_PAST | _STRANDED | _CLAUSE_OPENERS | _CUT_AUXILIARIES | _RELATIVE_ENDS | {"that", "to"}
# Words no paragraph ends on, even without its full stop: the rest of the sentence was cut
_CUT_AT_BLOCK_END = _ENDERS | frozenset("by will would can could should must".split())  # (not a preposition:
# a caption may end on one it strands, "The generation we love to dump on")
# A paragraph's last word, when no mark ends it (a leading class: the regex engine skips ahead)
_LAST_WORD = lazy_compile(r"(?<![\w'’-])([a-z]+)\s*$")
_PARAGRAPH_MIN_WORDS = 6
_ITEM_MARKS = "-–—•*·▪‣◦"
_QUOTE_CLOSERS = "\"”’'"
# Words after which a final "of" is idiomatic ("what they were accused of").
_OF_OK = frozenset(
    """accused afraid aware fond proud ashamed sure capable short made think thought heard hear consist
    consists dream dreamed dreamt approve disapprove speak spoke spoken conscious tired sick scared ahead
    out rid sort kind because instead all most some none part care taken take took cognizant mindful
    convinced certain guilty suspected informed reminded warned smell smelled""".split()
)


def _lost_clause(text: str, start: int, words: list[Token]) -> str | None:
    """What a sentence that ends before its reported clause lost: "He stated." (two or three words,
    not after a quotation that ends without a full stop), "It was emphasized.", "The minister noted
    that.", "..., which.", "... and that." """
    last, before = words[-1].text, words[-2].text.lower()
    if last in REPORTING_PAST and len(words) <= 3 and words[0].text[:1].isupper() and before not in _BE:
        # (not "Concerns were noted.": a passive needs nothing after it)
        tail = text[max(0, start - 20) : start].rstrip()  # what ends before the sentence
        if not tail or tail[-1] not in _QUOTE_CLOSERS or tail[-2:-1] in (".", "!", "?"):
            # (after a quotation that ends a sentence of its own, '..." He noted.' is no attribution)
            return f"'{last}' with nothing after it: what was {last} was lost"
    elif last in REPORTING_PAST and len(words) == 3 and words[0].text == "It" and before in _BE:
        return f"'{words[0].text} {words[1].text} {last}' says nothing: what was {last} was lost"
    elif last == "that" and before in _SAY_THAT:
        return f"the sentence stops on '{before} that': the reported clause was lost"
    elif last == "that" and before in ("and", "or") and len(words) > 3 and words[-3].text.lower() != "this":
        return f"the sentence stops on '{before} that': the clause after it was lost"
    elif last == "to" and before in _TO_NEEDS_OBJECT:
        return f"the sentence stops on '{words[-2].text} to': its object was lost"
    elif last in _RELATIVE_ENDS and len(words) > 4 and (before in ("and", "but") or (
            words[-2].text.isalpha() and words[-2].text.islower() and not verb_forms(before)
            and before not in _ASKING and before not in PREPOSITIONS and before not in DETERMINERS and text[words[-2].end : words[-1].start] == " ")):
        return f"the sentence stops on '{words[-2].text} {last}': the clause it opens was lost"
    elif last == "that" and len(words) > 2 and words[-3].text.lower() in ("a", "an", "the") and \
            words[-2].text.isalpha() and words[-2].text.islower() and not verb_forms(before) and before != "one":
        return f"the sentence stops on '{words[-3].text} {words[-2].text} that': the clause after it was lost"
    opener = _cut_clause_opener(text, words)
    if opener is not None:
        cut = text[words[opener].start : words[-1].end]
        return f"the sentence stops on ', {cut}': the clause it opens was lost"
    return None


def _cut_clause_opener(text: str, words: list[Token]) -> int | None:
    """The index of the clause opener that follows a comma and ends the sentence, with at most two
    auxiliaries after it (", when." ", who have." ", which had been."), else None."""
    k = len(words) - 1
    while k > 0 and len(words) - 1 - k < 2 and words[k].text.lower() in _CUT_AUXILIARIES:
        k -= 1
    if k < 1 or words[k].text.lower() not in _CLAUSE_OPENERS or words[k].text[0].isupper():
        return None
    if k < len(words) - 1 and any(w.text.lower() in _COMPARISONS for w in words[:k]):
        return None  # "unlike Ghana and Senegal, which had.": the verb stands for the one before
    return k if text[words[k - 1].end : words[k].start].strip() == "," else None


def _passive_agent_cut(lower: list[str]) -> bool:
    """"... would be decided by.", "... the platform was audited by.": a passive's participle and
    "by" end the sentence, with no word that could have moved the agent to the front (a relative or
    "what"; "that" counts only after a noun, not after a verb that reports: "added that")."""
    if len(lower) < 5 or verb_forms(lower[-2]) not in ("past", "part") or _BE.isdisjoint(lower[-5:-2]):
        return False
    for k, word in enumerate(lower[:-2]):
        if word in _MOVERS and not (word == "that" and k and verb_forms(lower[k - 1]) in ("past", "pres3", "base")):
            return False  # ("the firm that it was audited by", "what it was caused by")
    return True


def _cut_object(lower: list[str]) -> bool:
    """Does a sentence that ends on a preposition (``lower``: its words) end on it after a plain
    noun, with no word that could have moved the preposition's object ("what", "which", "where",
    ...) and no verb that takes the preposition as a particle ("brought them in")?"""
    if len(lower) < 5 or not _MOVERS.isdisjoint(lower) or not _PHRASAL_VERBS.isdisjoint(lower[-5:-1]):
        return False
    noun, before = lower[-2], lower[-3]
    if not noun.isalpha() or verb_forms(noun) in ("past", "pres3", "ing"):
        return False
    if before == "to":
        return False  # "cash to play with", "irregularities to creep in": an infinitive
    if before in PREPOSITIONS or before in DETERMINERS:
        return True  # "at risk in", "the directors in"
    return noun.endswith("s") and not noun.endswith("ss") and is_lower_word(noun[:-1])  # a plural noun


# A quotation that stops on such a word right before its attribution: 'There is no," he pointed out.'
# Found from the closing mark and its attribution (a leading literal class: the regex engine skips
# ahead), then the words before the mark are read back.
_ATTRIBUTED_CLOSE = lazy_compile(
    r"[\"”],? (?:he|she|they|[A-Z][a-z]+) (?:said|added|told|pointed out|stressed|noted|explained|continued)\b")
_CUT_QUOTE = lazy_compile(
    r"\b(?P<last>a|an|the|of|and|or|nor|but|their|its|my|your|our|whose|every|(?:[Tt]here (?:is|are|was|were) no))"
    r"[,.]?$")


class DanglingFunctionWord(Rule):
    """A sentence that ends on an article, a determiner, "of" or a conjunction.

    ## What it flags
    A sentence in the narration whose last word before the full stop is "a", "an", "the", "of",
    "and", "or", "but", a possessive determiner ("their", "its") or "every": the words that should
    follow were cut. Idiomatic endings ("what he was accused of.") are left alone. Also a sentence
    that ends on "in", "from", "with", "into", "at", "for" or "by" right after a plain noun ("most
    at risk in.", "with hospital directors in.") in a sentence with no finite verb (a fragment: a
    sentence with one may have moved the object to the front: "a market the firm has no interest
    in."), when no word moved the preposition's object ("what", "which", "where", a relative) and
    no verb takes it as a particle ("bring experts in"). Also a sentence
    cut before what it reports: a reporting verb that needs an object standing bare ("He stated.",
    "The envoy stressed.", "It was emphasized.", also after a quotation that ends a sentence of its
    own: '"We will win." He noted.'), "noted that.", "said that." or "and that." at the end, or a
    sentence ending on a comma and the word that opens a clause, with at most two auxiliaries
    after it (", which." ", when." ", who have."; not ", though."), or on a "to" that needs its
    object ("According to.", "Thanks to."), or on "and who." / "a woman who." (a relative whose
    clause was lost), or on a noun and "that" ("A figure that."); a paragraph of six words or more
    that stops with no full stop on such a word, on "by" or on a modal ("Prices have already risen
    by", "The talks will last six weeks and will"); a
    passive that stops on its "by" ("The name would be decided by.");
    and a quotation that stops on such a word right
    before its attribution ('"We will never give up the," he said.', '"There is no," she said.').

    ## Why it matters
    Spinners and translation engines cut sentences short; the reader is left with half a thought.

    ## Example
        The committee will discuss the enhancement of.

    ## Suggested fix
    Restore the missing object ("the enhancement of border security") or rewrite the sentence.

    ## Fix safety
    No automatic fix: the missing words cannot be guessed.
    """

    code = "B103"
    name = "broken-sentence.dangling-function-word"
    category = "broken-sentence"
    severity = "warning"
    summary = "A sentence ends on an article, determiner, 'of', a conjunction or before what it reports"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for close in _ATTRIBUTED_CLOSE.finditer(text):
            m = _CUT_QUOTE.search(text, max(0, close.start() - 20), close.start())
            if m is None:
                continue
            last = m.group("last")
            if last == "of" and (text[max(0, m.start() - 40) : m.start()].rsplit(None, 1) or [""])[-1].lower() in _OF_OK:
                continue  # "what he was accused of," she said
            word = last.rsplit(" ", 1)[-1]
            yield self.finding(Span(m.start("last"), m.end("last")),
                               f"the quotation stops on '{word}' before its attribution: words after it were lost",
                               confidence=0.7)
        yield from self._unfinished_paragraphs(article)
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 2:
                continue
            last = words[-1]
            if last.text not in _LAST_WORDS:
                continue  # the common case, told by one set lookup
            if text[last.end : ps.end].strip() != "." or not last.text.islower():
                continue
            span = ps.sentence.span if len(words) <= 12 else Span(words[-2].start, ps.end)
            lost = _lost_clause(text, ps.start, words)
            if lost:
                yield self.finding(span, lost, confidence=0.7)
                continue
            if last.text == "by" and _passive_agent_cut(ps.lower_words):
                yield self.finding(span, "the sentence stops on a passive's 'by': who did it was lost", confidence=0.7)
                continue
            if last.text in _STRANDED:
                if _cut_object(ps.lower_words) and not verb_groups(words, ps.lower_words):
                    yield self.finding(span, f"the sentence stops on '{last.text}': its object was lost", confidence=0.65)
                continue
            if last.text not in _ENDERS:
                continue
            if len(words) < 3:
                continue
            if last.text == "of" and words[-2].text.lower() in _OF_OK:
                continue
            yield self.finding(span, f"the sentence stops on '{last.text}': words after it were lost", confidence=0.75)

    def _unfinished_paragraphs(self, article: Article) -> Iterator[Finding]:
        """A paragraph of six words or more that stops on an article, "of", a conjunction or "by" with
        no mark after it ("Prices for apples at wholesale markets have already risen by"); not an item
        of a list written as paragraphs (a bullet or a dash first)."""
        text = article.text
        for block in article.blocks:
            if block.kind != "paragraph" or not text[block.end - 1 : block.end].islower():
                continue  # (most paragraphs end on a mark)
            m = _LAST_WORD.search(text, max(block.start, block.end - 20), block.end)
            if m is None:
                continue
            if m.group(1) not in _CUT_AT_BLOCK_END:
                continue
            if text[block.start] in _ITEM_MARKS:
                continue  # an item of a list given as paragraphs ("• Ovarian cancer at any age; or")
            following = text[block.end : block.end + 4].lstrip()[:1]
            if following.islower() or following.isdigit():
                continue  # the sentence goes on in the next paragraph: a split paragraph (B107's)
            if len(text[block.start : block.end].split()) < _PARAGRAPH_MIN_WORDS or article.in_quote(m.start(1)):
                continue
            yield self.finding(Span(m.start(1), m.end(1)), f"the paragraph stops on '{m.group(1)}' with no full "
                               "stop: the words after it were lost", confidence=0.75)
