"""C113: the same actor accepts and rejects the same thing ("the court rejected the appeal" … "the court accepted the appeal")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import find_all, sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# Opposite verdicts on a proposal, an offer or a claim.
_POLARITY = {
    "rejected": "no", "refused": "no", "turned down": "no", "dismissed": "no", "denied": "no",
    "accepted": "yes", "approved": "yes", "upheld": "yes", "granted": "yes", "confirmed": "yes",
}
_NO = tuple(verb for verb, polarity in _POLARITY.items() if polarity == "no")
_YES = tuple(verb for verb, polarity in _POLARITY.items() if polarity == "yes")
_VERB_RE = "|".join(sorted(_POLARITY, key=len, reverse=True))
_NOUNS = ("offer|proposal|plan|bill|appeal|request|deal|motion|bid|demand|invitation|resignation|application|"
          "claim|claims|report|reports|allegation|allegations")
# "The court rejected the appeal", "Smith's lawyers accepted the offer"
_CLAIM = lazy_compile(
    rf"(?P<subject>[Tt]he\s+(?:[A-Za-z][\w'’-]+\s+){{0,2}}[a-z][\w'’-]+|(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)\s+"
    rf"(?:(?:has|had|have|formally|swiftly|quickly|flatly|firmly|unanimously)\s+)?(?P<verb>{_VERB_RE})\s+"
    rf"(?:the|his|her|their|its|a|an|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<object>{_NOUNS})\b"
)
# Nothing opposite in reality: a later change of mind, a second item, a partial verdict, a question.
_CHANGE = lazy_compile(
    r"(?i:\b(?:later|then|after|afterwards|again|eventually|finally|initially|first|earlier|previously|now|"
    r"before|until|revised|new|amended|second|another|partly|partially|part|but|while|whereas|however|"
    r"appeal(?:ed)?\s+against|overturn\w*|reverse\w*|whether|if|not|never|would|could|may|might|will)\b|\?)"
)
_MAX_GAP = 1200
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "also", "and", "but"}


class PolarityConflict(Rule):
    """The same actor gives opposite verdicts on the same thing.

    ## What it flags
    One actor that, in the same article, both rejects and accepts (approves, upholds, grants)
    the same proposal, offer, appeal, request or bill: "The court rejected the appeal" … "the
    court upheld the appeal". The actor and the thing must match word for word (ignoring "the"),
    and the pair is left alone when either sentence marks a change or a second item (later,
    initially, again, revised, new, second, but, whether, would…).

    ## Why it matters
    Spinning tools swap words for "synonyms" that are antonyms; the article then says the
    opposite of the news in one of the two places.

    ## Example
        The council rejected the proposal on Tuesday.
        Residents welcomed the news that the council approved the proposal.

    ## Suggested fix
    Check the source and keep the verdict it gives.

    ## Fix safety
    No fix is offered.
    """

    code = "C113"
    name = "contradiction.polarity"
    category = "contradiction"
    severity = "warning"
    summary = "The same actor both rejects and accepts the same thing"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not any(verb in text for verb in _NO) or not any(verb in text for verb in _YES):
            return  # a conflict needs a verb of each polarity (the first test is often the last)
        anchors = find_all(text, tuple(_POLARITY))
        if len(anchors) < 2:
            return
        claims: list[tuple[re.Match[str], str, str, str]] = []
        for pos in anchors:
            for m in _CLAIM.finditer(text, max(0, pos - 60), pos + 80):
                if m.start("verb") == pos:
                    subject = re.sub(r"^(?:[Tt]he)\s+", "", m.group("subject")).lower()
                    if subject in _PRONOUNS:
                        break
                    claims.append((m, subject, m.group("object").lower(), _POLARITY[m.group("verb")]))
                    break
        polarities = {p for _, _, _, p in claims}
        if len(polarities) < 2:
            return
        for i, (later, subject, obj, polarity) in enumerate(claims):
            for earlier, subject0, obj0, polarity0 in claims[:i]:
                if (subject, obj) != (subject0, obj0) or polarity == polarity0:
                    continue
                if later.start() - earlier.end() > _MAX_GAP or _changed(article, earlier) or _changed(article, later):
                    continue
                yield self.finding(
                    Span(later.start("verb"), later.end("object")),
                    f"{later.group('subject')} {later.group('verb')} the {obj} here, but "
                    f"{earlier.group('verb')} it earlier in the article",
                    related=[Related(Span(earlier.start("verb"), earlier.end("object")), "the opposite verdict")],
                    confidence=0.65,
                )
                break


def _changed(article: Article, m: re.Match[str]) -> bool:
    sent = sentence_span(article, m.start())
    return bool(_CHANGE.search(article.text, sent.start, sent.end))
