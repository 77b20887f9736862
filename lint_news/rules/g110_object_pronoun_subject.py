"""G110: an object pronoun as a subject ("Him and two colleagues were charged")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we"}
# "Him and two former colleagues were", "that her and her colleagues had": the pronoun opens a
# sentence or a clause after "that", "and" joins a second subject, and a verb follows within five words
_PAIR = lazy_compile(
    r"(?:(?<=[.!?] )|(?<=[.!?][”\"’] )|(?<![^\n])|(?<=\bthat ))(?P<pronoun>Him|Her|Them|Me|Us|him|her|them|me|us) and "
    r"(?:[\w'’-]+ ){1,5}?(?P<verb>had|have|has|were|are|was|will|would|could|can|must|said|say|told|denied|deny|"
    r"face|faced|went|returned|arrived|left)\b")
_SINGULAR = frozenset(("has", "was"))
_TITLE = lazy_compile(r" and (?:[A-Z]|(?:us|them)\b)")  # "Me and Bobby McGee", "Us and Them", "them and us"
_NEEDLES = ("Him and ", "Her and ", "Them and ", "Me and ", "Us and ", "him and ", "her and ", "them and ")


class ObjectPronounSubject(Rule):
    """An object pronoun ("him", "her", "them") used as the subject of a verb.

    ## What it flags
    "Him", "her", "them", "me" or "us" opening a sentence, or a clause after "that", joined by
    "and" to a second subject and followed within a few words by that subject's verb: "Him and
    two former colleagues were charged", "she said that her and her colleagues had warned".
    Quotations are left alone: speakers say it that way; so are titles and set phrases ("Me and My
    Girl was", "Us and Them", "them and us politics").

    ## Why it matters
    Languages without case on pronouns lead translation engines to pick the object form; in
    narration it reads as broken English.

    ## Example
        Him and two former colleagues were charged with fraud.

    ## Suggested fix
    The subject form: "He and two former colleagues were".

    ## Fix safety
    Unsafe: an editor should read the sentence.
    """

    code = "G110"
    name = "grammar.object-pronoun-subject"
    category = "grammar"
    severity = "warning"
    summary = "An object pronoun as a subject ('Him and his colleagues were')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not any(n in text for n in _NEEDLES):
            return  # (C scans: the pairs are rare)
        for m in _PAIR.finditer(text):
            if article.in_quote(m.start(), m.end()) or m.group("verb") in _SINGULAR or _TITLE.match(text, m.end("pronoun")):
                continue  # two subjects take a plural verb, and a capital after "and" makes a title:
                # "Me and Earl and the Dying Girl was released", "Us and Them was", "them and us politics"
            pronoun = m.group("pronoun")
            fixed = _SUBJECT_FORM[pronoun.lower()]
            if pronoun[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            yield self.finding(Span(m.start("pronoun"), m.end("pronoun")),
                               f"'{pronoun}' is the object form; as a subject it is '{fixed}'",
                               [Suggestion(fixed, "unsafe")], confidence=0.7)
