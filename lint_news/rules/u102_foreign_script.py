"""U102: text in another script (Cyrillic, CJK, Arabic, ...) left inside English prose."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..names.scripts import FOREIGN, article_latin_share, fragment_re, has_foreign, latinise
from ..registry import Rule


class ForeignScript(Rule):
    """A fragment in another writing system left in an English article.

    ## What it flags
    Words in Cyrillic, Armenian, Georgian, Ethiopic, Arabic, Hebrew, Indic, Thai, Chinese, Japanese or Korean script inside an
    article that is otherwise in Latin script: a source line "Источник", an honorific "氏", a
    date marker "г."; and Greek words of three letters or more ("the απεργία"; not the single
    letters of science: "μg", "β-blockers"). A fragment given with its translation ('ΔΙΟΣ ΣΩΤΗΡΟΣ,
    or "of Zeus the Saviour"', '一生もの, which translates as ...') is quoted on purpose. Single
    look-alike letters inside Latin words are S102's job.

    ## Why it matters
    Machine translation leaves fragments it did not translate; readers of the English article
    cannot read them.

    ## Example
        The ministry confirmed the figures on Tuesday. Источник: the ministry.

    ## Suggested fix
    Translate the fragment or delete it.

    ## Fix safety
    Display only: the translation has to be written by a person.
    """

    code = "U102"
    name = "untranslated.foreign-script"
    category = "untranslated"
    severity = "warning"
    summary = "Text in another writing system left inside English prose"
    fixable = False

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        # one scan for a letter of any script looked at here; most articles have none
        first = None if text.isascii() else _OTHER_SCRIPT.search(text)
        if first is None:
            return
        if _GREEK_LETTER.search(text, first.start()) and article_latin_share(article) >= 0.8:
            yield from self._greek_words(article)
        if not has_foreign(text[first.start() :]) or article_latin_share(article) < 0.8:
            return  # not an English article
        for block in article.blocks:
            for m in fragment_re().finditer(text, block.start, block.end):
                fragment = m.group().rstrip(" ,;:")
                if len(fragment) > 4:
                    fragment = fragment.rstrip(".")  # keep the dot of an abbreviation ("г.")
                if not fragment:
                    continue
                words = fragment.split()
                if all(latinise(w) is not None for w in words):
                    continue  # look-alike letters only: S102
                if _GLOSSED.match(text, m.start() + len(fragment)):
                    continue  # given with its translation: quoted on purpose ('一生もの, which translates as "..."')
                yield self.finding(
                    Span(m.start(), m.start() + len(fragment)),
                    f"text in another script left untranslated: '{fragment}'",
                    confidence=0.9,
                )

    def _greek_words(self, article: Article) -> Iterator[Finding]:
        """Greek words of three letters or more ("the απεργία would disrupt"): Greek letters alone
        ("μg", "α-particles", "β") are the signs of science and are left alone."""
        for m in _GREEK_WORDS.finditer(article.text):
            if all(latinise(w) is not None for w in m.group().split()):
                continue  # look-alike letters only: S102
            if _GLOSSED.match(article.text, m.end()):
                continue  # ('ΔΙΟΣ ΣΩΤΗΡΟΣ, or "of Zeus the Saviour"')
            yield self.finding(Span(m.start(), m.end()), f"text in another script left untranslated: '{m.group()}'",
                               confidence=0.85)


_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_GREEK_LETTER = lazy_compile(f"[{_GREEK}]")
_OTHER_SCRIPT = lazy_compile(f"[{_GREEK}{FOREIGN}]")
_GREEK_WORDS = lazy_compile(f"(?<![\\w-])[{_GREEK}]{{3,}}(?:[ ,;:]+[{_GREEK}]{{2,}})*(?![\\w-])")
# A translation right after the fragment: ', or "...', ', which means', ' (meaning', ' ("...")', ', literally'
_GLOSSED = lazy_compile(r"[\"”’']?,? ?(?:\(|or [\"“‘]|[\"“‘]|which (?:translates|means)|meaning\b|literally\b|[—–-] [\"“‘])")
