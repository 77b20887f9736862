"""Punctuation family: safe fixes produce the corrected text; ftfy stays unimported until needed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from lint_news.api import check_text
from lint_news.document import Article
from lint_news.findings import Finding
from lint_news.fixes import fix_text

HEAD = "Talks end without a deal\n\n"


def _lint(select: list[str]) -> Callable[[str], list[tuple[Article, Finding]]]:
    def lint(text: str) -> list[tuple[Article, Finding]]:
        out: list[tuple[Article, Finding]] = []
        for result in check_text(text, "article.txt", select=select):
            assert result.article is not None
            out.extend((result.article, f) for f in result.findings)
        return out

    return lint


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The minister spoke to reporters : the talks had failed.", "The minister spoke to reporters: the talks had failed."),
        ("The plan was widely criticized. .", "The plan was widely criticized."),
        ("Troops moved closer to the border. ..", "Troops moved closer to the border."),
        ("“The crisis is over. ”", "“The crisis is over.”"),
        ("“They are bound by contracts, ”the court said.", "“They are bound by contracts,” the court said."),
        ("He would run again after the election.Officials declined to comment.",
         "He would run again after the election. Officials declined to comment."),
        ("The government invoked Article 49.3. of the Constitution.", "The government invoked Article 49.3 of the Constitution."),
        ("The minister said itâ€™s too early to tell.", "The minister said it’s too early to tell."),
        ("“There is a need for talks. ” .. “", "“There is a need for talks.”"),
    ],
)
def test_safe_fixes_restore_the_sentence(garbled: str, fixed: str) -> None:
    outcome = fix_text("article.txt", HEAD + garbled + "\n", _lint(["P"]))
    assert outcome.fixed == HEAD + fixed + "\n"


def test_professional_punctuation_is_left_alone() -> None:
    text = HEAD + (
        "“We will see,” she said. “The talks resume on Monday (at 10:30) in the U.S. capital.”\n\n"
        "Inflation rose to 3.5 per cent... and then fell. Details are at example.com, e.g. the tables.\n\n"
        "“The strike will go on,” the union said, “until the offer improves.\n\n"
        "“We are ready to talk.”\n"
    )
    assert _lint(["P"])(text) == []


def test_ftfy_is_imported_only_when_mojibake_is_suspected() -> None:
    code = (
        "import sys\n"
        "from lint_news.api import check_text\n"
        "check_text('Talks end\\n\\nThe talks ended on Friday.\\n', select=['P108'])\n"
        "print('ftfy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unbalanced_marks_reports_what_every_paragraph_gives() -> None:
    """P105 runs ``unbalanced`` only on paragraphs holding a mark it can report: the same findings."""
    import random

    from lint_news.formats import load_articles
    from lint_news.rules.p105_unbalanced_marks import UnbalancedMarks, unbalanced

    rng = random.Random(5)
    pieces = ["word", " ", "a)", "12) ", ":-)", ";(", "(", ")", "[", "]", "“", "”", "‘", "’", '"', "x", "\n\n", ". "]
    rule = UnbalancedMarks()
    for _ in range(500):
        text = HEAD + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        for article in load_articles("article.txt", text):
            found = [(f.span.start, f.message) for f in rule.check(article, None)]  # type: ignore[arg-type]
            plain = [(at, problem) for b in article.blocks for at, problem in unbalanced(article.text, b.start, b.end)]
            assert found == plain


@pytest.mark.parametrize(
    ("body", "blamed", "message"),
    [
        # the speech runs on past the first closing mark: that mark is the error
        ("“We will not sign before the vote.” The union needs more time, and so do we,” the minister added.",
         "vote.”", "closed too early"),
        ("“The port stays shut.” Nobody wants a strike, but we have no choice,” said Anna Berg.",
         "shut.”", "closed too early"),
        # the first closing mark is attributed itself: the second one is the lone mark
        ("“We will not sign.” he said. The union needs more time,” the minister added.",
         "time,”", "no opening one"),
        # an attribution after the first mark ("The union leader said"): the second one is the lone mark
        ("“We will not sign before the vote.” The union leader said the talks had failed. We need more time,” he added.",
         "time,”", "no opening one"),
        # the attribution is looked for in the paragraph only
        ("“We will not sign before the vote.” The union needs more time, and so do we.”\n\nHe said the talks would resume.",
         "we.”", "no opening one"),
        # no attribution after the lone mark: it is the one reported
        ("“We will not sign before the vote.” The union needs more time, and so do we.”",
         "we.”", "no opening one"),
        # a comma before the first mark: speech split around an attribution that was lost
        ("“We will not sign,” The union needs more time,” the minister added.",
         "time,”", "no opening one"),
    ],
)
def test_a_quotation_closed_too_early_is_blamed_on_its_first_mark(body: str, blamed: str, message: str) -> None:
    [(article, finding)] = _lint(["P105"])(HEAD + body + "\n")
    at = finding.span.start
    assert (article.text[at - len(blamed) + 1 : at + 1], message in finding.message) == (blamed, True)
