"""B102: a statement that opens with an auxiliary verb and has no subject."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Token
from ..findings import Finding, Span
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import AUXILIARIES, REPORTING_PAST, verb_forms

# "May" is also a month ("May saw record sales"); inverted conditionals ("Had the talks failed")
# put a subject right after the auxiliary, so they never match the verb that must follow here.
_OPENERS = AUXILIARIES - {"may"}
_FOLLOWERS = frozenset("be been being not also still have".split())
_TAILS = ("ll", "s", "re", "ve", "d")  # of contractions ("’ll decide later")
# Reporting verbs in the past that open "Noted that ...", "Stressed that ...": the speaker was lost
_REPORTED = REPORTING_PAST | frozenset(
    """said added explained announced warned recalled assured insisted acknowledged admitted confirmed
    denied argued discussed""".split()
)


class SubjectlessStart(Rule):
    """A statement that begins with an auxiliary verb and no subject.

    ## What it flags
    A sentence of the narration that ends in a full stop and opens with an auxiliary or modal
    verb followed by another verb ("Will be discussed at the summit.", "Has been delayed again."),
    or with the tail of a contraction ("'ll decide later."), or with a reporting verb in the past
    and "that" ("Noted that the talks went well.", "Stressed that ...") or "Also" ("Also
    discussed."). Questions, quotations and inverted conditionals ("Had the talks failed, ...")
    are left alone.

    ## Why it matters
    Translation from languages that drop the subject (Japanese, Korean, Chinese, Spanish) leaves
    English sentences with no one doing anything; readers cannot tell who acts.

    ## Example
        The two leaders spoke for an hour. Will be discussed about the new border rules.

    ## Suggested fix
    Restore the subject ("The new border rules will be discussed"), or join the sentence to the
    one before it.

    ## Fix safety
    No automatic fix: the subject cannot be guessed.
    """

    code = "B102"
    name = "broken-sentence.subjectless-start"
    category = "broken-sentence"
    severity = "warning"
    summary = "A statement opens with an auxiliary verb and no subject"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 2:
                continue
            low = ps.lower_words[0]
            if low in _REPORTED or low == "also":
                finding = self._reporting_start(article, ps.sentence.span, words, ps.lower_words)
                if finding is not None:
                    yield finding
                continue
            if low not in _TAILS and low.replace("’", "'") not in _OPENERS:
                continue  # the common case, told before any slicing
            body = text[ps.start : ps.end]
            if not body.rstrip("”\"’)").endswith("."):
                continue
            lead = body[: words[0].start - ps.start]
            first = words[0].text
            if lead.strip() in ("'", "’") and first.lower() in _TAILS:
                yield self.finding(ps.sentence.span, "the sentence opens with the tail of a contraction: its subject is lost",
                                   confidence=0.7)
                continue
            if lead.strip() or not first[:1].isupper() or first.lower().replace("’", "'") not in _OPENERS:
                continue
            second = words[1].text
            if not second[:1].islower():
                continue
            if second in _FOLLOWERS or verb_forms(second) in ("past", "part", "base"):
                span = Span(words[0].start, words[1].end)
                yield self.finding(ps.sentence.span if len(words) < 12 else span,
                                   f"'{first} {second} …' has no subject: a subject was lost in translation",
                                   confidence=0.75)

    def _reporting_start(self, article: Article, span: Span, words: list[Token], low: list[str]) -> Finding | None:
        """"Noted that the talks went well." / "Also discussed.": a reporting verb with its speaker lost."""
        text = article.text
        if not words[0].text[:1].isupper() or text[span.start : words[0].start].strip():
            return None  # not the first thing in the sentence
        if not text[span.start : span.end].rstrip("”\"’)").endswith("."):
            return None
        if low[0] == "also":
            if len(words) == 2 and low[1] in _REPORTED:
                return self.finding(span, f"'{words[0].text} {words[1].text}' has no subject: the speaker was lost",
                                    confidence=0.7)
            return None
        if len(words) >= 2 and low[1] == "that" and "," not in text[words[1].end : words[min(4, len(words) - 1)].end]:
            # ("Stated that way, the plan sounds simple.": a participle phrase, its comma near)
            return self.finding(span if len(words) < 12 else Span(words[0].start, words[1].end),
                                f"'{words[0].text} that …' has no subject: the speaker was lost in translation",
                                confidence=0.75)
        return None
