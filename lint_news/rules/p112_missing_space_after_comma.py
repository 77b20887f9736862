"""P112: a comma run into the next word ("case,which", 'rules,"said')."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.mentions import in_address
from ..registry import Rule

# A comma between two lower-case words (or a lower-case ending and a capitalised word followed by
# a space or the end: "Kendal,Matla and", not "IDs,Name,Type" of a table), or a comma and a closing quotation mark run into the word
# after them: a curly ” closes; a straight " closes before an attribution ('rules,"said').
_GLUED = lazy_compile(r",(?:(?<=[a-zß-öø-ÿ],)(?=[a-zß-öø-ÿ]{2})|(?<=[a-zß-öø-ÿ]{3},)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}\b(?![,;]?[^\s,;]))|”(?<=[a-z],”)(?=[a-z])"
                      r"|\"(?<=[a-z],\")(?=(?:said|says|added|asked|told)\b))")
_CHEMICAL = lazy_compile(r"[a-z]+,[a-z]+-")  # "cis,cis-muconic acid": a chemical name


class MissingSpaceAfterComma(Rule):
    """A comma with no space before the next word.

    ## What it flags
    A comma between two lower-case words with no space after it ("the case,which began"), or
    between a word and a capitalised one that a space follows ("such as Kendal,Matla and"), and a
    comma with its closing quotation mark run into the next word ('the rules,"said the judge',
    "the rules,”said"). A straight quotation mark counts as closing only before an attribution
    verb ("said", "added", ...), as after a comma it may also open one ('he added,"the plan'). Numbers ("1,500"), web
    and e-mail addresses, and runs of words and commas with no space (a table's columns, code) are left alone.

    ## Why it matters
    Copy pasted through translation and scraping loses spaces; the words run together and a
    reader stumbles.

    ## Example
        The case,which began in May, is over.

    ## Suggested fix
    A space after the comma (or after its closing mark): "case, which".

    ## Fix safety
    Safe: only a space is added.
    """

    code = "P112"
    name = "punctuation.missing-space-after-comma"
    category = "punctuation"
    severity = "warning"
    summary = "A comma run into the next word"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for m in _GLUED.finditer(text):
            end = m.end()
            if in_address(text, m.start(), end):
                continue
            start = m.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if _CHEMICAL.match(text, start) or (start and text[start - 1] in ",;"):
                continue  # a chemical name, or a run of a table or a list in code ("ID,Name,Type")
            after = end
            while after < len(text) and text[after].isalpha():
                after += 1
            glued = text[start:after]
            yield self.finding(Span(start, after), f"no space after the comma in '{glued}'",
                               [Suggestion(text[start:end] + " " + text[end:after], "safe")], confidence=0.85)
