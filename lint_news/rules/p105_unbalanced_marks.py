"""P105: a closing quotation mark or bracket with no opening one in its paragraph (and brackets never closed)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import find_all
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# A list marker ("a)", "12)", "iv)") ending at the end of the search: looked for back from each ")"
_LIST_MARKER = lazy_compile(r"(?:^|\s)(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)\Z")
_MARKS = lazy_compile(r"[“\"‘’”()\[\]]")
# the marks that ``unbalanced`` can report: a paragraph without one of them gives nothing
_REPORTABLE = tuple("”()[]")
LONE_CLOSER = "closing quotation mark with no opening one in the paragraph"
NEVER_CLOSED = "quotation never closed: its closing mark before the attribution is missing"
_PROSE = frozenset({"paragraph", "list-item", "quote", "standfirst"})
_OPENING_MARKS = ("\"", "“", "‘", "„", "«")
_SPEECH_VERB = r"(?:said|says|added|adds|told|explained|continued|concluded|noted|stressed|insisted|argued|asked|replied|pointed out|emphasi[sz]ed|declared|stated|warned|wrote|recalled|admitted)"
# the words after a closing mark that attribute the quotation: ", he added", " said Ms Berg"
_SUBJECT = r"(?:he|she|they|we|I|[Tt]he(?:\s+[\w'’-]+){1,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_ATTRIBUTION = lazy_compile(
    r"[^\S\n]*(?:" + _SUBJECT + r"\s+(?:\w+ly\s+)?" + _SPEECH_VERB + r"\b|" + _SPEECH_VERB + r"\s+(?:he|she|they|the\b|[A-Z]))"
)


# The end of a quoted sentence and its attribution: ', the minister told reporters', ",' she said"
# (its subject: a pronoun, or words holding a name: "prosecutor Ioana Marin told")
_SPEECH_THEN_ATTRIBUTION = lazy_compile(
    r"[,?!]['’]?\s+(?P<subject>[\w'’.-]+(?:[\s,]+[\w'’.-]+){0,6}?)[\s,]+" + _SPEECH_VERB + r"\b")


def _attributed(text: str, start: int, end: int) -> bool:
    """Does an attribution follow the end of a quoted sentence in text[start:end]?"""
    for m in _SPEECH_THEN_ATTRIBUTION.finditer(text, start, end):
        subject = m.group("subject").replace(",", " ").split()
        if subject[0] in ("I", "We") or text[m.end() : m.end() + 5].split()[:1] in _OBJECTS:
            continue  # the speaker's own story: "I told them", "he told me he wanted peace"
        if subject[0] in ("he", "she", "they") or any(w[0].isupper() for w in subject):
            return True
    return False


_OBJECTS = [[w] for w in ("me", "us", "him", "her", "them", "you")]


def _smiley(text: str, start: int, i: int) -> bool:
    """The bracket at ``i`` ends a smiley (":)", ";-(") that starts at or after ``start``.

    The same brackets as the ends of r"[:;]-?[()]" found by finditer from ``start``: such a match
    is fixed by its bracket and the one or two characters before it, and two matches never share
    a character (a bracket is neither [:;] nor "-"), so each one is found.
    """
    before = text[i - 1] if i > start else ""
    if before == "-":
        return i - 2 >= start and text[i - 2] in ":;"
    return before != "" and before in ":;"


def unbalanced(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, problem) for each unmatched mark in text[start:end].

    A closing curly quote needs an opening “ or " before it in the paragraph; an opening quote left
    open is fine (a quotation that runs on into the next paragraph leaves its closing mark off).
    Round and square brackets must pair within the paragraph. Smileys are no brackets; smileys are
    looked for only in a paragraph with a ")". A list marker ("a)", "5)") is read both ways, as a
    marker and as the end of an open bracket ("(June 5)"), and the reading that leaves fewer
    marks unmatched wins (the marker on a tie): "(a) wait and b) strike)" holds two markers.
    """
    problems = list(_scan(text, start, end, False))
    if problems and text.find(")", start, end) >= 0:
        closing = list(_scan(text, start, end, True))
        if len(closing) < len(problems):
            return closing
    return problems


def _scan(text: str, start: int, end: int, markers_close: bool) -> Iterator[tuple[int, str]]:
    """``unbalanced`` with list markers read one way: as the end of an open bracket, or as markers."""
    quote_open = False
    single_open = False  # ‘ … ” is P104's business
    stack: list[tuple[str, int]] = []
    # Smileys and list markers are recognised at their bracket (each depends only on the characters
    # before it), not collected into a set first: a regex scan of the paragraph for smileys cost more
    # than the rest of this function.
    smileys = text.find(")", start, end) >= 0
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == "“":
            quote_open = True
        elif ch == '"':
            quote_open = not quote_open
        elif ch == "‘" and (i == start or not text[i - 1].isalnum()):
            single_open = True
        elif ch == "’" and (i + 1 >= end or not text[i + 1].isalnum()):
            single_open = False
        elif ch == "”":
            if not quote_open and not single_open:
                yield i, "closing quotation mark with no opening one in the paragraph"
            quote_open = single_open = False
        elif ch == "(":
            if not (smileys and _smiley(text, start, i)):
                stack.append((ch, i))
        elif ch == "[":
            stack.append((ch, i))
        elif ch == ")" and (_smiley(text, start, i) or (
                _LIST_MARKER.search(text, max(start, i - 5), i + 1)
                and not (markers_close and any(c == "(" for c, _ in stack)))):
            pass  # a smiley or a list marker
        elif ch in ")]":
            want = "(" if ch == ")" else "["
            if stack and stack[-1][0] == want:
                stack.pop()
            elif any(c == want for c, _ in stack):
                while stack and stack[-1][0] != want:
                    _, at = stack.pop()
                    yield at, "bracket never closed"
                stack.pop()
            else:
                yield i, f"'{ch}' with no opening bracket in the paragraph"
    for _, at in stack:
        yield at, "bracket never closed in the paragraph"


# A straight mark that can only close: after a comma or stop, before an attribution ('2035," he said')
_STRAIGHT_CLOSER = lazy_compile(r'[,.!?]"(?= (?:he|she|they|it|we) (?:said|says|added|told|stressed|noted)\b'
                                r'| (?:said|says|added|told) [A-Z])')


def _closed_too_early(text: str, start: int, end: int, lone: int) -> int:
    """The closing mark before the lone one at ``lone`` when it ended the speech too early, else -1.

    The lone mark is followed by an attribution (", he added") and the one before it is not: it
    closes a sentence ("... before the game.” The party ...") after which the speech runs on unmarked.
    """
    early = text.rfind("”", start, lone)
    if early < 1 or text[early - 1] not in ".!?" or not _ATTRIBUTION.match(text, lone + 1, end):
        return -1
    after = text[early + 1 : early + 3]
    if not after.startswith(" ") or not after[1:].isupper() or _ATTRIBUTION.match(text, early + 1, end):
        return -1
    return early


def _open_quote(text: str, start: int, end: int) -> int:
    """The offset of a double quotation mark left open at the end of text[start:end], else -1: a
    “ with no ” after it, or a straight mark that opens (space before it, a word after) with no
    closing one after it."""
    curly = text.rfind("“", start, end)
    if curly >= 0 and text.find("”", curly, end) < 0 and text.rfind("„", start, curly) < 0:
        return curly  # (after a German „ the “ closes: „Wir sind nah“)
    opened = -1
    for at in find_all(text, ('"',), start, end):
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if before.isspace() or before in "([—–-":
            if not after.isspace():
                opened = at  # an opening mark: space before it, a word after
        elif not before.isdigit():  # (not an inch mark: 6'2")
            opened = -1  # a closing mark
    return opened


def _never_closed(article: Article) -> Iterator[int]:
    """The opening marks of quotations never closed in their paragraph although an attribution
    follows the speech ('"We are close, the negotiator told reporters.'): the closing mark before
    the attribution was lost. (A quotation left open at the end of a paragraph alone is news
    style, or a transcript's.)"""
    text = article.text
    if '"' not in text and "“" not in text:
        return
    blocks = [b for b in article.blocks if b.kind in _PROSE]
    for n, block in enumerate(blocks):
        at = _open_quote(text, block.span.start, block.span.end)
        if at < 0 or not _attributed(text, at + 1, block.span.end):
            continue
        after = blocks[n + 1].span.start if n + 1 < len(blocks) else -1
        if after >= 0 and text[after : after + 1] in _OPENING_MARKS:
            continue  # the speech runs on into the next paragraph, which opens with a mark of its own
        yield at


class UnbalancedMarks(Rule):
    """A closing quotation mark or bracket with no partner in its paragraph.

    ## What it flags
    A closing curly quotation mark (”) with no opening mark before it in the same paragraph, and a
    round or square bracket that is never closed or never opened. An opening quotation mark left
    open passes: news style leaves it open when the quotation runs on into the next paragraph.
    When the lone closing mark is followed by an attribution (", the minister added") and the
    closing mark before it ends a sentence that nobody is credited with ("... before the vote.”
    The union needs ..."), that earlier mark is the one reported: the quotation was closed too
    early and the speech runs on unmarked. An opening quotation mark never closed in its paragraph
    although an attribution follows the speech ('"We are close, the negotiator told reporters.')
    is reported too: the closing mark before the attribution was lost. So is a straight " that can
    only close ('... by 2035," he said') with no quotation mark before it in its paragraph: the
    opening mark was lost.

    ## Why it matters
    A lone mark hides where reported speech begins or ends; machine translation often drops one
    mark of the pair.

    ## Example
        All members must work together, he said. But our candidate is the right one.”

    ## Suggested fix
    Add the missing mark where the quotation or aside begins, or delete the lone mark (for a
    quotation closed too early, the earlier closing mark). No automatic
    edit is offered: where the quotation begins is a matter of reading.

    ## Fix safety
    No fix is offered.
    """

    code = "P105"
    name = "punctuation.unbalanced-marks"
    category = "punctuation"
    severity = "warning"
    summary = "A quotation mark or bracket with no partner in its paragraph"

    def _straight_lone_closer(self, article: Article) -> Iterator[Finding]:
        """'... by 2035," he said' in a paragraph with no other straight mark before it: the quotation was
        never opened (the opening mark was lost)."""
        text = article.text
        for m in _STRAIGHT_CLOSER.finditer(text):
            at = m.start() + 1
            block = article.block_at(at)
            if block is None or block.kind not in ("paragraph", "list-item"):
                continue
            if text.count('"', block.start, at) == 0 and text.count("“", block.start, at) == 0:
                yield self.finding(Span(at, at + 1), "a quotation closed but never opened: its opening mark was lost",
                                   confidence=0.7)

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for at in _never_closed(article):
            yield self.finding(Span(at, at + 1), NEVER_CLOSED, confidence=0.7)
        text = article.text
        if ',"' in text or '."' in text:
            yield from self._straight_lone_closer(article)
        marks = find_all(text, _REPORTABLE)  # str.find: several times faster than a regex character class
        if not marks:
            return
        for block in article.blocks:
            start, end = block.span.start, block.span.end
            i = bisect_left(marks, start)
            if i == len(marks) or marks[i] >= end:  # most paragraphs: nothing to report
                continue
            problems = unbalanced(text, start, end)
            lone = {at for at, problem in problems if problem == LONE_CLOSER}
            for at, problem in problems:
                early = _closed_too_early(text, start, end, at) if problem == LONE_CLOSER else -1
                if early >= 0 and early not in lone:
                    yield self.finding(
                        Span(early, early + 1),
                        "quotation closed too early: the speech runs on to the closing mark before the attribution",
                        related=[Related(Span(at, at + 1), "the quotation's real end")],
                        confidence=0.7,
                    )
                else:
                    yield self.finding(Span(at, at + 1), problem, confidence=0.75)
