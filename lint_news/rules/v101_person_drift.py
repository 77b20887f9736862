"""V101: first or second person in the narration of a third-person report."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences

_WORDS = "I we We my My our Our us me you You your Your myself ourselves yourself".split()
# \b(I|we|...)\b(?![/.]\w), the \b after the first letter: a leading literal lets the regex engine skip ahead
_PERSON = lazy_compile("(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in _WORDS) + r")\b(?![/.]\w)")
# "World War I", "Charles I", "Phase I": a roman numeral after a capitalised word.
_NUMERAL_BEFORE = lazy_compile(r"[A-Z][a-z]+ $")
# Site chrome and reader prompts talk to the reader; the boilerplate rules deal with them.
_CHROME = lazy_compile(r"(?i)\b(e-?mail|comment|subscribe|newsletter|click|sign up|log in|cookies?|share|download|follow us|reply|notifications?)\b")
MAX_PARAGRAPHS = 3  # a report with stray first person; more make a column or a blog
MAX_SHARE = 0.25
MAX_SENTENCES = 3  # more sentences in first or second person make an essay


def _hits(article: Article) -> list[tuple[int, Span]]:
    """(block index, span) of first- and second-person words in unquoted narration."""
    text = article.text
    out: list[tuple[int, Span]] = []
    # one scan of the text: sentences end at punctuation or a block end, so a match inside a
    # sentence is the same whether searched in the sentence or in the whole text
    matches = list(_PERSON.finditer(text))
    if not matches:
        return out  # most reports: one C scan and done
    starts = [m.start() for m in matches]
    for ps in prose_sentences(article):
        i = bisect_left(starts, ps.start)
        if i == len(starts) or starts[i] >= ps.end:
            continue
        body = text[ps.start : ps.end]
        if _CHROME.search(body) or len(ps.words) < 4:
            continue
        j = bisect_left(starts, ps.end, i)
        for m in matches[i:j]:
            if article.in_quote(m.start(), m.end()):
                continue
            if m.group() == "I" and _NUMERAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    and m.start() - ps.start > 12:
                continue
            out.append((ps.sentence.block, Span(m.start(), m.end())))
    return out


def _first_person_voice(article: Article) -> bool:
    """Headline or standfirst in first or second person: a column, a blog, an explainer."""
    for block in (article.headline, article.standfirst):
        if block is None:
            continue
        for m in _PERSON.finditer(article.text, block.start, block.end):
            if not article.in_quote(m.start(), m.end()):
                return True
    return False


class PersonDrift(Rule):
    """First or second person in the narration of a third-person report.

    ## What it flags
    "I", "we", "my", "our", "us", "you" and "your" outside quotation marks in a news report that
    is otherwise told in the third person. The rule looks at the whole article: when first or
    second person runs through more than three sentences or paragraphs (or a quarter of them), or the headline or standfirst uses it,
    the piece is a column, a live blog or an explainer, and nothing is flagged. Quotations
    (curly, straight, over several paragraphs, unbalanced), lines of site chrome that address
    the reader, and roman numerals ("World War I") are left alone.

    ## Why it matters
    Translation and spinning lose quotation marks, so a speaker's words become the reporter's
    ("as I mentioned", "it was good for us"), and turn third-person possessives into "your".
    The reader can no longer tell who says what.

    ## Example
        The minister met her counterpart on Tuesday. I tried to make clear that we are committed to the plan.

    ## Suggested fix
    Restore the quotation marks around the speaker's words, or put the sentence back into the
    third person ("She said she had tried to make clear ...").

    ## Fix safety
    No automatic fix: who is speaking needs a reader.
    """

    code = "V101"
    name = "pronoun-drift.person-in-narration"
    category = "pronoun-drift"
    severity = "warning"
    summary = "First or second person outside quotations in a third-person report"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        hits = _hits(article)
        if not hits or _first_person_voice(article):
            return
        paragraphs = {b for b, _ in hits}
        body = sum(1 for b in article.body if b.kind == "paragraph")
        sentences = [ps for ps in prose_sentences(article) if any(ps.start <= sp.start < ps.end for _, sp in hits)]
        if len(sentences) > MAX_SENTENCES or len(paragraphs) > MAX_PARAGRAPHS or len(paragraphs) > max(1.0, MAX_SHARE * body):
            return
        # one finding per sentence, from its first to its last first- or second-person word
        groups: dict[int, list[Span]] = {}
        for ps in sentences:
            for _, span in hits:
                if ps.start <= span.start < ps.end:
                    groups.setdefault(ps.start, []).append(span)
        for spans in groups.values():
            words = ", ".join(dict.fromkeys(f"'{article.slice(s)}'" for s in spans))
            yield self.finding(Span(spans[0].start, spans[-1].end),
                               f"{words} in the narration of a third-person report: lost quotation marks or a wrong pronoun",
                               confidence=0.7)
