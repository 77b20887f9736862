"""P114: a quotation mark or bracket written the wrong way: spaced inside, doubled, foreign, mixed."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.lexicon import is_lower_word
from ..registry import Rule

# "( ALMA )", "( ALMA)", "(ALMA )": spaces just inside a bracket of a few words
_SPACED_BRACKET = lazy_compile(r"\((?: +([^()\n]{1,60}?) *| *([^()\n]{1,60}?) +)\)")
# "““We", "said.””": a curly mark typed twice
_DOUBLED_QUOTE = lazy_compile(r"(“|”|„|«|»)\1")
# «We had no choice», and „We had no choice“: the marks of French, Russian or German in English copy,
# with a comma after the closing mark that English puts inside
_GUILLEMETS = lazy_compile(r"«[ \u00a0]?([^«»\n]{1,600}?)[ \u00a0]?»(,?)")
_LOW_HIGH = lazy_compile(r"„([^„“”\n]{1,600}?)[“”](,?)")
# 'open the doors": a straight single mark opening, a straight double one closing
_SINGLE_THEN_DOUBLE = lazy_compile(r"'(?<=[\s(\[]')([A-Za-z][^'\"\n]{0,120}?[\w.,!?])\"(?![\w])")
# "generous and realistic'': two apostrophes closing a straight double mark
_TWO_APOSTROPHES = lazy_compile(r"\"([A-Za-z][^\"'\n]{0,300}?(?:[^\W\d]|[.,!?]))''(?!')")  # (not 7'': inches)
_GLOSS_AFTER = lazy_compile(r" ?\(")  # a translation in brackets right after the quotation
# Marks of another script left by the engine beside Latin letters: full-width commas and stops of
# Chinese and Japanese ("records，and"), the Devanagari danda ("the danger mark।"), Arabic's comma
# and question mark, and corner brackets used as quotation marks (「We built two doors」)
_FOREIGN_MARKS = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
                  "।": ".", "،": ",", "؟": "?"}
_FOREIGN_MARK = lazy_compile(r"(?<=[A-Za-z0-9.,;:!?\"”’)])[，。：；！？（）।،؟]|[，。：；！？（）।،؟](?=\s?[A-Za-z0-9])")
_CORNER_QUOTE = lazy_compile(r"[「『]([^「」『』\n]{1,600}?)[」』]")
# "¿Why did ...?", "¡Enough!": Spanish opening marks before an English word
_INVERTED = lazy_compile(r"[¿¡](?=([A-Z][a-z]+)\b)")
_TRIGGERS = ("( ", " )", "““", "””", "„", "«", "»", "''")
_SCRIPT_TRIGGERS = (*_FOREIGN_MARKS, "「", "『", "¿", "¡")


class MalformedMarks(Rule):
    """A quotation mark or bracket written the wrong way.

    ## What it flags
    - spaces just inside brackets: "( ALMA )" ("(ALMA)");
    - a curly quotation mark typed twice: "““We will" ("“We will");
    - French, Russian or German quotation marks in English copy: «We had no choice», („We had no
      choice“), with a comma that followed the closing mark moved inside: “We had no choice,”;
    - a quotation opened with a straight single mark and closed with a straight double one
      ('open the doors"), and a straight double mark closed with two apostrophes ("generous
      and realistic'');
    - marks of another script beside English words: full-width commas and stops ("records，and"),
      the Devanagari danda ("the danger mark।"), Arabic's comma and question mark, corner brackets
      as quotation marks (「We built two doors」), and Spanish "¿" or "¡" before an English word.

    ## Why it matters
    These are leftovers of another language's typography or of a converter that mangled the
    marks; they show the copy was not edited and may confuse where a quotation ends.

    ## Example
        The array ( ALMA ) found cold gas. She said: ““We will reach every ward.”
        «We had no choice», the mayor said.

    ## Suggested fix
    The English form: "(ALMA)", "“We", “We had no choice,”.

    ## Fix safety
    Safe for the spaces and doubled marks; unsafe for the marks replaced (an editor confirms
    where the quotation ends).
    """

    code = "P114"
    name = "punctuation.malformed-marks"
    category = "punctuation"
    severity = "warning"
    summary = "A quotation mark or bracket written the wrong way: spaced, doubled, foreign or mixed"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not text.isascii():
            yield from self._other_script_marks(article)
        if not any(t in text for t in _TRIGGERS) and not ("'" in text and '"' in text):
            return
        if "( " in text or " )" in text:
            for m in _SPACED_BRACKET.finditer(text):
                inner = m.group(1) or m.group(2)
                if not any(c.isalnum() for c in inner):
                    continue  # "( )", "( ... )": not words
                yield self.finding(Span(m.start(), m.end()), f"spaces inside the brackets of '({inner.strip()})'",
                                   [Suggestion(f"({inner.strip()})", "safe")], confidence=0.8)
        for m in _DOUBLED_QUOTE.finditer(text):
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' typed twice",
                               [Suggestion(m.group(1), "safe")], confidence=0.85)
        for pattern in (_GUILLEMETS, _LOW_HIGH):
            for m in pattern.finditer(text):
                quoted, comma = m.group(1).strip(), m.group(2)
                if not comma and _GLOSS_AFTER.match(text, m.end()):
                    continue  # a headline quoted as printed, its translation after it: « La fin » (The end)
                yield self.finding(Span(m.start(), m.end()),
                                   "quotation marks of another language in English copy: “ ” (and the comma inside)"
                                   if comma else "quotation marks of another language in English copy: “ ”",
                                   [Suggestion(f"“{quoted}{comma}”", "unsafe")], confidence=0.75)
        if "'" in text and '"' in text:
            for m in _SINGLE_THEN_DOUBLE.finditer(text):
                block = article.block_at(m.start())
                if block is not None and text.count('"', block.start, m.start()) % 2:
                    continue  # inside a double-quoted quotation: 'em, 'Bama ... then its closing mark
                yield self.finding(Span(m.start(), m.end()), "quotation opened with ' and closed with \"",
                                   [Suggestion(f"'{m.group(1)}'", "unsafe")], confidence=0.7)
            for m in _TWO_APOSTROPHES.finditer(text):
                yield self.finding(Span(m.start(), m.end()), "quotation closed with two apostrophes ('') instead of \"",
                                   [Suggestion(f'"{m.group(1)}"', "safe")], confidence=0.8)

    def _other_script_marks(self, article: Article) -> Iterator[Finding]:
        """Marks of Chinese, Japanese, Hindi, Arabic or Spanish typography beside English words."""
        text = article.text
        if not any(t in text for t in _SCRIPT_TRIGGERS):
            return
        for m in _FOREIGN_MARK.finditer(text):
            mark, english = m.group(), _FOREIGN_MARKS[m.group()]
            if english not in "(" and text[m.end() : m.end() + 1].isalnum():
                english += " "  # (a full-width mark carries its own space: "records，and" -> "records, and")
            yield self.finding(Span(m.start(), m.end()), f"'{mark}' is a mark of another script: '{english.strip()}'",
                               [Suggestion(english, "safe")], confidence=0.8)
        for m in _CORNER_QUOTE.finditer(text):
            inner = m.group(1)
            if sum(c.isascii() and c.isalpha() for c in inner) * 2 < len(inner):
                continue  # a Japanese title quoted as printed
            yield self.finding(Span(m.start(), m.end()), "corner brackets used as quotation marks in English copy: “ ”",
                               [Suggestion(f"“{inner}”", "unsafe")], confidence=0.75)
        for m in _INVERTED.finditer(text):
            if not is_lower_word(m.group(1).lower()):
                continue  # a Spanish sentence quoted as said ("¿Qué pasa?")
            yield self.finding(Span(m.start(), m.start() + 1), f"'{m.group()}' opens Spanish questions and exclamations, "
                               "not English ones", [Suggestion("", "safe")], confidence=0.75)
