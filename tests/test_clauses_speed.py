"""Fast paths of sentence splitting, prose sentences and readability against their plain definitions
(the code as it was before each was made faster)."""

from __future__ import annotations

import bisect
import json
import random
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.document import BLOCK_KINDS, Article, Block, Token
from lint_news.findings import Span
from lint_news.formats.plaintext import load
from lint_news.sourcemap import SourceMap
from lint_news.text import clauses
from lint_news.text.clauses import ProseSentence, _title_case, prose_sentences
from lint_news.text.readability import figures, readability, syllable_total
from lint_news.text.segment import _BOUNDARY, _is_abbreviation, split_sentences

if TYPE_CHECKING:
    from ruletesting import Lint

# -- the references ------------------------------------------------------------------------------


def split_sentences_by_the_reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """split_sentences as it was: every boundary from one finditer."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group(1) == "." and _is_abbreviation(text, m.start(1)):
            continue
        out.append((cursor, m.end(2)))
        cursor = m.end(3)
    if cursor < end:
        out.append((cursor, end))
    return out


def title_case_by_the_reference(words: list[Token]) -> bool:
    n = len(words)
    if n < 3:
        return False
    lower = 0
    for w in words:
        if not w.text[:1].isupper():
            lower += 1
            if (n - lower) / n <= 0.6:
                return False
    return (n - lower) / n > 0.6


def prose_by_the_reference(article: Article) -> list[ProseSentence]:
    """clauses._compute as it was: two bisects a sentence, every block's sentences looked up."""
    words = article.words
    lower_words = article.lower_words
    starts = article._word_starts
    quotes = article.quotes
    q_starts = [q.start for q in quotes]
    sentences = article.sentences
    sentence_blocks = list(map(attrgetter("block"), sentences))
    out: list[ProseSentence] = []
    all_text = article.text
    for block in article.blocks:
        lo = bisect.bisect_left(sentence_blocks, block.index)
        hi = bisect.bisect_right(sentence_blocks, block.index, lo)
        span = block.span
        if block.kind != "paragraph" and not (
            block.kind == "headline" and hi - lo > 1
            and len(article.block_text(block).split()) > clauses.HEADLINE_AS_PARAGRAPH_WORDS
        ):
            continue
        last = span.end
        while last > span.start and all_text[last - 1].isspace():
            last -= 1
        if not all_text.endswith(clauses._TERMINAL, span.start, last) \
                and len(all_text[span.start : last].split()) < clauses.PROSE_MIN_WORDS:
            continue
        if hi - lo == 1 and title_case_by_the_reference(
                words[bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, span.end)]):
            continue
        count = hi - lo
        for n, s in enumerate(sentences[lo:hi]):
            start, end = s.span.start, s.span.end
            first, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            i = bisect.bisect_right(q_starts, end) - 1
            quoted = False
            while i >= 0:
                if quotes[i].end > start:
                    quoted = True
                    break
                if quotes[i].start < start - 2000:
                    break
                i -= 1
            ps = ProseSentence(s, words[first:stop], n, count, quoted)
            ps.lower_words = lower_words[first:stop]
            out.append(ps)
    return out


def figures_by_the_reference(n: int, sentences: int, syl: int) -> dict[str, float]:
    if not n or not sentences:
        return {"words": n, "sentences": sentences}
    wps = n / sentences
    spw = syl / n
    return {
        "words": n,
        "sentences": sentences,
        "words_per_sentence": round(wps, 1),
        "flesch_reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 1),
        "flesch_kincaid_grade": round(0.39 * wps + 11.8 * spw - 15.59, 1),
    }


# -- what to try ---------------------------------------------------------------------------------

_PIECES = ["The", "talks", "ended", ".", ". ", "! ", "? ", "… ", "...", ".. ", "?!", " ", "  ", "\n", "\t", "\u00a0",
           "\u2028", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "Mr.", "Dr. ", "U.S.", "e.g.", "a.m.", "J.",
           "F. ", "approx.", "3.5", "2024.", "It", "Élan", "Þor", "ñ", "İstanbul", "Σ", "\U0001d400x", "😀", "—", "-",
           "don’t", "x", "A", "9", "_", ":"]
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(alphabet="aZ .!?…\n\"”’'(İ9", max_size=4), max_size=40).map("".join)


def _article(text: str, cuts: list[int], kinds: list[str]) -> Article:
    """An article over ``text`` with blocks at arbitrary places: adjacent, with white space inside
    their spans, kinds at random (what loaders never build, so the fast paths meet it here)."""
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    blocks = [Block(kinds[i % len(kinds)], Span(a, b), i) for i, (a, b) in enumerate(pairwise(bounds))]
    return Article("t.txt", text, text, SourceMap(), blocks, "plain")


def _records(prose: list[ProseSentence]) -> list[tuple[Any, ...]]:
    return [(ps.sentence, ps.words, ps.index, ps.count, ps.quoted, ps.start, ps.end, ps.lower_words) for ps in prose]


# -- the tests -----------------------------------------------------------------------------------


@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=400)
def test_split_sentences_matches_the_reference(text: str, a: int, b: int) -> None:
    start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    assert split_sentences(text, start, end) == split_sentences_by_the_reference(text, start, end)
    assert split_sentences(text, 0, len(text)) == split_sentences_by_the_reference(text, 0, len(text))


@pytest.mark.parametrize("text", ["", ".", "A. B", "Hi. There", "x.\n\nY", "Mr. Smith came. He left.", "It ended! Then",
                                  "Wait... What? No…  Yes. 3 more", "“Go.” Then", "He said (no). Then", "e.g. This",
                                  "a.  B", ". A", "Ends with a dot.", "U.S. Army. The end.", "Dots.. Two"])
def test_split_sentences_matches_the_reference_on_every_range(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert split_sentences(text, start, end) == split_sentences_by_the_reference(text, start, end), (start, end)


def test_title_case_matches_the_reference_at_every_length() -> None:
    rng = random.Random(7)
    for n in range(60):
        for _ in range(40):
            words = [Token(0, 1, rng.choice(["The", "the", "É", "é", "9", "Ǆ", "ǅ"])) for _ in range(n)]
            assert _title_case(words) == title_case_by_the_reference(words)


@given(_TEXTS, st.lists(st.integers(0, 200), max_size=6), st.lists(st.sampled_from(BLOCK_KINDS), min_size=1, max_size=4))
@settings(max_examples=300)
def test_prose_sentences_match_the_reference(text: str, cuts: list[int], kinds: list[str]) -> None:
    fast, plain = _article(text, cuts, kinds), _article(text, cuts, kinds)
    assert _records(prose_sentences(fast)) == _records(prose_by_the_reference(plain))


@given(st.lists(st.lists(st.sampled_from(["The talks", "ended.", "officials", "Said", "“We", "agreed.”", "Mr. Smith", "it’s",
                                          "A Title Case Line", "walked out!", "why?", "\n", "3.5", "“Quoted", "...", "…"]),
                         max_size=30), min_size=1, max_size=6))
def test_prose_sentences_of_loaded_articles_match_the_reference(paragraphs: list[list[str]]) -> None:
    text = "Headline\n\n" + "\n\n".join(" ".join(p) for p in paragraphs)
    assert _records(prose_sentences(load("t.txt", text)[0])) == _records(prose_by_the_reference(load("t.txt", text)[0]))


_SENTENCES = ["The talks ended.", "Officials left!", "Why?", "Mr. Smith agreed.", "“We met,” he said.", "It rose 3.5 per cent.",
              "A Title Case Line Here.", "U.S. officials came…", "(He left.)", "She’s gone.", "e.g. this one."]


def test_prose_sentences_of_long_paragraphs_match_the_reference() -> None:
    rng = random.Random(11)
    for _ in range(300):
        paragraphs = [rng.choice(["", " ", "\t", "\u00a0"]).join(rng.choices(_SENTENCES, k=rng.randint(1, 9)))
                      for _ in range(rng.randint(1, 5))]
        text = "Headline\n\nA standfirst.\n\n" + "\n\n".join(p.replace("  ", " ") for p in paragraphs)
        fast, plain = load("t.txt", text)[0], load("t.txt", text)[0]
        assert _records(prose_sentences(fast)) == _records(prose_by_the_reference(plain)), text


def test_examples_match_the_references() -> None:
    from lint_news.formats import format_of, load_articles

    for path in sorted((Path(__file__).resolve().parent.parent / "examples").iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".jsonl"):
            text = path.read_text(encoding="utf-8")
            for fast, plain in zip(load_articles(str(path), text, format_of(str(path))),
                                   load_articles(str(path), text, format_of(str(path))), strict=True):
                assert _records(prose_sentences(fast)) == _records(prose_by_the_reference(plain))
                assert json.dumps(readability(fast)) == json.dumps(readability_by_the_reference(plain))
                assert [split_sentences(fast.text, b.start, b.end) for b in fast.blocks] == \
                    [split_sentences_by_the_reference(fast.text, b.start, b.end) for b in fast.blocks]


def test_a_prose_sentence_lowers_its_words_itself_when_not_given_them() -> None:
    article = load("t.txt", "Headline\n\nA report from the news desk.\n\nThe Talks ended. Officials Left.")[0]
    ps = prose_sentences(article)[0]
    fresh = ProseSentence(ps.sentence, ps.words, ps.index, ps.count, ps.quoted)
    assert fresh.lower_words == ps.lower_words == ["the", "talks", "ended"]


def readability_by_the_reference(article: Article) -> dict[str, Any]:
    """readability._compute as it was: each paragraph's figures merged into a dict after its block."""
    prose = prose_sentences(article)
    lengths = [len(ps.words) for ps in prose]
    paragraphs = []
    total = words = 0
    i = 0
    while i < len(prose):
        first = prose[i]
        stop = i + first.count
        n = sum(lengths[i:stop])
        syl = max(n, syllable_total(article.text[first.start : prose[stop - 1].end]))
        total += syl
        words += n
        paragraphs.append({"block": first.sentence.block, **figures_by_the_reference(n, first.count, syl)})
        i = stop
    summary: dict[str, Any] = figures_by_the_reference(words, len(prose), total)
    summary["longest_sentence"] = max(lengths, default=0)
    summary["paragraphs"] = paragraphs
    return summary


@given(st.lists(st.lists(st.sampled_from(["The talks", "ended.", "Officials", "said", "“We", "agreed.”", "1.", "a",
                                          "walked", "out!", "why?", "\n", "it’s", "…"]), max_size=15), min_size=1, max_size=5))
def test_readability_matches_the_reference_key_for_key(paragraphs: list[list[str]]) -> None:
    text = "Headline\n\n" + "\n\n".join(" ".join(p) for p in paragraphs)
    result = readability(load("t.txt", text)[0])
    assert json.dumps(result) == json.dumps(readability_by_the_reference(load("t.txt", text)[0]))  # order too
    for n, sentences, syl in ((0, 0, 0), (0, 3, 0), (7, 2, 11), (1, 1, 1), (3, 1, 40)):
        assert list(figures(n, sentences, syl).items()) == list(figures_by_the_reference(n, sentences, syl).items())


@given(st.text(alphabet=st.sampled_from("ab 9.0\n²١٣𝟘①Ⅻ¼x") | st.characters(), max_size=30))
def test_b101_digit_test_matches_isdigit(text: str) -> None:
    from lint_news.rules.b101_fragment import _has_digit

    assert _has_digit(text) == any(map(str.isdigit, text))
    for ch in map(chr, range(0x300)):
        assert _has_digit(text + ch) == any(map(str.isdigit, text + ch))


@pytest.mark.parametrize(("words", "codes"), [(54, []), (55, ["L102"]), (70, ["L102"]), (71, ["L101", "L102"])])
def test_length_rules_still_look_at_sentences_at_their_thresholds(lint: Lint, words: int,
                                                                   codes: list[str]) -> None:
    sentence = " ".join(["word"] * (words - 1)) + " end."
    text = f"Headline\n\nA report from the news desk.\n\nThe talks ended. {sentence.capitalize()} Then they left.\n"
    result = lint(text, select=["L101", "L102"])
    assert sorted(f.rule for f in result.findings) == codes
