"""Fast paths of D101 (and ``chrome.first_key_char``), P103, P105, S105 and G103 against the code they replaced.

Each reference below is the rule's former code; the rule must report exactly what it reported, on
texts built from the characters where fast paths go wrong (apostrophes ’ and ', quotes, brackets,
smileys, hyphens, line breaks, non-ASCII and astral letters, capitals, ellipses).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news import chrome
from lint_news.chrome import BODY_KINDS, block_lines, first_key_char, is_truncated, normalize, strip_ellipsis
from lint_news.context import Context
from lint_news.document import Article
from lint_news.formats import load_articles
from lint_news.names.gazetteer import gazetteer, is_known_token, user_names
from lint_news.names.lexicon import is_lower_word, is_proper, zipf
from lint_news.names.mentions import mentions
from lint_news.rules import d101_headline_repeated as d101
from lint_news.rules import g103_missing_to as g103
from lint_news.rules import p103_space_before_punctuation as p103
from lint_news.rules import p105_unbalanced_marks as p105
from lint_news.rules import s105_capitalised_word as s105
from lint_news.text.lexicon import verb_forms

# -- references: the rules' former code -------------------------------------------------------


def d101_reference(article: Article) -> list[tuple[int, int, str, float]]:
    lines = block_lines(article)
    originals = [ln for ln in lines if ln.block.kind in ("headline", "standfirst") and chrome._WORDS.search(ln.text)]  # (the former has_words)
    if not originals:
        return []
    found = []
    first_body = next((ln for ln in lines if ln.block.kind in BODY_KINDS), None)
    longest = max(len(o.text) for o in originals) + 10
    for line in lines:
        if len(line.text) > longest or line.block.kind not in (*BODY_KINDS, "standfirst"):
            continue
        for orig in originals:
            if orig is line or (line.block.kind == "standfirst" and orig.block.kind != "headline"):
                continue
            if len(line.text) < len(orig.text) - 10 and not is_truncated(line.text):
                continue
            if not line.key:
                break
            exact = line.key == orig.key
            cut = False
            if not exact and is_truncated(line.text):
                part = normalize(strip_ellipsis(line.text))
                cut = len(part.split()) >= d101.MIN_PREFIX_WORDS and orig.key.startswith(part)
            if not (exact or cut):
                continue
            if exact and line is first_body and line.block.kind == "heading" and orig.block.kind == "headline":
                break
            what = "headline" if orig.block.kind == "headline" else "standfirst"
            identical = line.text == orig.text
            how = "repeated" if identical else "repeated (near copy)" if exact else "repeated, cut off"
            found.append((line.block.span.start, line.block.span.end, f"the {what} is {how} in the body",
                          0.95 if exact else 0.85))
            break
    return found


_SMILEY = re.compile(r"[:;]-?[()]")
_MARKS = re.compile(r"[“\"‘’”()\[\]]")


def unbalanced_reference(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Both readings of the list markers, the one with fewer problems (the markers on a tie)."""
    as_markers = list(_unbalanced_reading(text, start, end, False))
    as_closers = list(_unbalanced_reading(text, start, end, True))
    return as_closers if len(as_closers) < len(as_markers) else as_markers


def _unbalanced_reading(text: str, start: int, end: int, markers_close: bool) -> Iterator[tuple[int, str]]:
    quote_open = False
    single_open = False
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    markers: set[int] = set()  # list markers ("a)"), unless a bracket is open
    close = text.find(")", start, end)
    if close >= 0:
        skip = {m.end() - 1 for m in _SMILEY.finditer(text, start, end)}
        while close >= 0:
            if p105._LIST_MARKER.search(text, max(start, close - 5), close + 1):
                markers.add(close)
            close = text.find(")", close + 1, end)
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
        elif ch in "([" and i not in skip:
            stack.append((ch, i))
        elif ch in ")]" and i not in skip and (i not in markers or (markers_close and any(c == "(" for c, _ in stack))):
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


def p103_reference(article: Article) -> list[tuple[int, int, str, str]]:
    text = article.text
    if "\t" not in text and not p103._CHEAP.search(text):
        return []
    found = []
    for block in article.blocks:
        for c in p103._SPACED_MARK.finditer(text, block.start, block.end):
            start = c.start() - 1
            while start > block.start and text[start - 1] in " \t":
                start -= 1
            m = p103._BEFORE_MARK.match(text, start, block.end)
            if m is None:
                continue
            start = m.start() - 1
            while start > block.start and text[start - 1].isalnum():
                start -= 1
            glued = m.end() < block.end and text[m.end()].isalpha()  # "forest ,prompting": a space after
            found.append((start, m.end(), f"space before '{m.group(2)}'",
                          text[start : m.start()] + m.group(2) + (" " if glued else "")))
        for m in p103._BEFORE_CLOSE.finditer(text, block.start, block.end):
            start = m.start()
            while start > block.start and text[start - 1].isalnum():
                start -= 1
            fixed = text[start : m.start()] + m.group(1) + "”" + (" " + m.group(2) if m.group(2) else "")
            found.append((start, m.end(), "space before the closing quotation mark", fixed))
    return found


_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)(,?) $")
_AFTER = re.compile(r" ([a-z]+)\b")


def s105_reference(article: Article, ctx: Context) -> list[tuple[int, int]]:
    ms = mentions(article)
    text = article.text
    gaz = gazetteer()
    user = user_names(ctx)
    found = []
    for tok in ms.toks:
        word = tok.text
        if tok.initial or tok.possessive or len(word) < 5 or not word.isalpha() or not word.endswith(("ed", "s")):
            continue
        if ms.cap_counts[word] > 1 or word.endswith("ss"):
            continue
        lower = word.lower()
        if verb_forms(lower) not in ("past", "pres3"):  # a verb form: no plural noun ("Greens")
            continue
        if not is_lower_word(lower) or is_proper(lower) or zipf(lower) < 3.0:
            continue
        if is_known_token(word, gaz, user):
            continue
        stem = word[:-1]  # a demonym: a plural whose stem (less a final "e") starts a country or capital
        stems = [stem] + ([stem[:-1]] if stem.endswith("e") and len(stem) >= 4 else [])
        if word.endswith("s") and len(stem) >= 4 and any(
                place.startswith(s) for place in gaz.major.get(word[0], []) for s in stems):
            continue
        before = _BEFORE.search(text, max(0, tok.start - 30), tok.start)
        after = _AFTER.match(text, tok.end)
        if before is None or after is None or before.group(1) in s105._NAME_CONTEXT:
            continue
        if article.in_quote(tok.start, tok.end) and text[tok.start - 1] in "\"“‘'":
            continue
        found.append((tok.start, tok.end))
    return found


def g103_reference(text: str) -> list[tuple[int, int, str]]:
    found = []
    for that in g103._THAT.finditer(text):
        start = that.start()
        for _ in range(3):
            start = text.rfind(" ", 0, start)
            if start < 0:
                break
        end = that.end()
        m = g103._PATTERN.search(text, start + 1, end + 1)
        while m is not None and m.end() != end:
            m = g103._PATTERN.search(text, m.start() + 1, end + 1)
        if m is None:
            continue
        hearer = m.group(2)
        if hearer.split()[0] in g103._TIME:
            continue
        found.append((m.start(), m.end(), f"'{m.group(1)}' needs 'to' before '{hearer}'"))
    return found


# -- inputs ----------------------------------------------------------------------------------

_WORDS = ["Talks", "talks", "on", "the", "port", "deal", "collapse", "Don't", "Don’t", "dont", "İstanbul", "istanbul",
          "Éric", "éric", "ΣΟΦΙΑ", "σοφια", "\U0001d400bc", "😀", "K", "k", "\u212a", "it's", "it’s", "‘quoted’",
          "“Talks", "deal”", "(AP)", "12", "x_y", "said", "Denied", "Reports", "Explained", "him", "her", "Putin",
          "Angela Merkel", "that", "Monday", "emphasize", "-", "—", "…", "...", ":", ";", ",", "'", "’", "\u00a0"]
_SEPS = [" ", " ", " ", "  ", "", "-", "’", "'", ", ", " : ", "\t"]
phrase = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), min_size=1, max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts).strip() or "x")
_TAILS = ["", " :", "...", " ...", "…", " …", ".", " ", "’", "'"]


@st.composite
def repeat_articles(draw: st.DrawFn) -> tuple[str, str]:
    """A headline, a standfirst and body lines that copy them more or less closely."""
    headline = draw(phrase)
    standfirst = draw(st.one_of(st.just(""), phrase))

    def variant() -> str:
        base = draw(st.sampled_from([headline, standfirst or headline]))
        kind = draw(st.integers(0, 5))
        if kind == 0:
            base = base.lower()
        elif kind == 1:
            base = base.upper()
        elif kind == 2:
            base = base.replace("’", "'")
        elif kind == 3:
            cut = draw(st.integers(0, len(base)))
            base = base[:cut]
        elif kind == 4:
            base = draw(phrase)
        return base + draw(st.sampled_from(_TAILS))

    body = [variant() for _ in range(draw(st.integers(0, 6)))]
    form = draw(st.sampled_from(["txt", "md"]))
    if form == "txt":
        return "txt", "\n\n".join([headline, *([standfirst] if standfirst else []), *body]) + "\n"
    heading = draw(st.sampled_from(["", f"# {headline}\n\n", f"# {variant()}\n\n"]))
    front = f"---\ntitle: {headline!r}\n" + (f"description: {standfirst!r}\n" if standfirst else "") + "---\n\n"
    return "md", front + heading + "\n\n".join(body) + "\n"


def _articles(form: str, source: str) -> list[Article]:
    return list(load_articles(f"a.{form}", source))


def _found(rule: object, article: Article) -> list[tuple[int, int, str, float]]:
    return [(f.span.start, f.span.end, f.message, f.confidence)
            for f in rule.check(article, Context())]  # type: ignore[attr-defined]


# -- D101 and chrome.first_key_char -------------------------------------------------------------


@settings(max_examples=600, deadline=None)
@given(repeat_articles())
def test_d101_reports_what_the_former_code_reported(doc: tuple[str, str]) -> None:
    form, source = doc
    for new, old in zip(_articles(form, source), _articles(form, source), strict=True):  # keys fresh on each side
        assert _found(d101.HeadlineRepeated(), new) == d101_reference(old)


@pytest.mark.parametrize("source", [
    "Talks on the port deal collapse\n\nTalks on the port deal collapse :\n\nNegotiators left.\n",
    "Talks on the port deal collapse\n\ntalks on the port deal collapse\n",
    "Don’t stop the port deal talks now\n\nDon't stop the port deal talks now\n",
    "Dont stop the port deal talks now\n\nDon't stop the port deal talks now\n",
    "İstanbul talks on the port deal\n\nistanbul talks on the port deal\n",
    "“Talks on the port deal collapse”\n\nTalks on the port deal collapse\n",
    "Talks on the port deal collapse again today\n\nTalks on the port deal collapse…\n",
    "Talks on the port deal collapse again today\n\nTalks on the port...\n",
    "...\n\n...\n",
    "\u212a talks on the port deal\n\nk talks on the port deal\n",
])
def test_d101_cases(source: str) -> None:
    for new, old in zip(_articles("txt", source), _articles("txt", source), strict=True):
        assert _found(d101.HeadlineRepeated(), new) == d101_reference(old)


@settings(max_examples=600)
@given(phrase | st.text(max_size=20))
def test_first_key_char_is_the_keys_first_character(text: str) -> None:
    first = first_key_char(text)
    key = normalize(text)
    assert (first is None) == (key == "")
    if first:
        assert first == key[0]


def test_no_character_changes_wordness_when_lower_cased() -> None:
    """What ``first_key_char`` rests on, over every code point: a word character lower-cases to
    text holding one, any other character to text holding none."""
    word = re.compile(r"[^\W_]")
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        assert (word.match(ch) is None) == (word.search(ch.lower()) is None), hex(i)


# -- P105 ------------------------------------------------------------------------------------

_MARK_PIECES = ["word", "x", "A", "é", "\U0001d400", " ", "  ", "\n", "a)", "12)", "iv)", "b) ", ":-)", ";(", ":)",
                ";-(", ":-", "-)", "::)", ":-:)", "(", ")", "[", "]", "“", "”", "‘", "’", '"', "'", ". ", "s’", "‘t"]
marks_text = st.lists(st.sampled_from(_MARK_PIECES), max_size=40).map("".join) | st.text(
    alphabet=st.sampled_from("ab1 :;-()[]“”‘’\"'\n"), max_size=40)


@settings(max_examples=1500)
@given(marks_text, st.integers(0, 8), st.integers(0, 8))
def test_unbalanced_gives_what_the_former_code_gave(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert list(p105.unbalanced(text, start, end)) == list(unbalanced_reference(text, start, end))


@pytest.mark.parametrize("text", [":-)", "(:-)", ";(x)", "x:-(y)", ":)", "a) b", "(a) b)", "“a” ”", "‘a” b”",
                                  "it’s” (", "[(])", "-)", ":-:)", "::)"])
def test_unbalanced_cases(text: str) -> None:
    for start in range(len(text) + 1):
        assert list(p105.unbalanced(text, start, len(text))) == list(unbalanced_reference(text, start, len(text)))


# -- S105 and G103 -------------------------------------------------------------------------------

_PROSE = ["the", "senator", "always", "Denied", "Reports", "Explained", "Passes", "Kisses", "Obama", "said", "he",
          "him", "her", "them", "us", "me", "Putin", "Angela Merkel", "Monday", "that", "thats", "emphasize",
          "explained", "told", "Said", "Mentioned", "“Denied", "‘Denied", "Denied’s", "Éclaired", "_", "ed", "s",
          ". ", ", ", "\n\n", "’", "'", "-"]
prose = st.lists(st.tuples(st.sampled_from(_PROSE), st.sampled_from([" ", " ", "  ", "", "\n", ", ", "-"])),
                 max_size=40).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=500, deadline=None)
@given(prose)
def test_s105_reports_what_the_former_code_reported(body: str) -> None:
    for article in _articles("txt", "Headline\n\n" + body + "\n"):
        found = [(s, e) for s, e, _, _ in _found(s105.CapitalisedWord(), article)]
        assert found == s105_reference(article, Context())


_SEP = st.sampled_from([" ", " ", " ", " ", "  ", "", "\n", ", ", "-"])
_CLAUSE = st.tuples(
    st.sampled_from(["explained", "explain", "emphasize", "said", "says", "told", "admitted", "signalled", "x", "İ"]),
    _SEP,
    st.sampled_from(["him", "her", "them", "us", "me", "Him", "Putin", "Angela Merkel", "Ab Cd Ef", "Monday", "Earlier",
                     "Éric", "PUTIN", "putin", "Putin’s", ""]),
    _SEP,
    st.sampled_from(["that", "that", "thats", "that’s", "that_"]),
    _SEP,
).map("".join)
clauses = st.lists(_CLAUSE | st.sampled_from(_PROSE), max_size=12).map("".join)


@settings(max_examples=1500)
@given(clauses | prose)
def test_g103_reports_what_the_former_code_reported(text: str) -> None:
    article = _articles("txt", "Headline\n\n" + text + "\n")[0]
    assert [(s, e, m) for s, e, m, _ in _found(g103.MissingTo(), article)] == g103_reference(article.text)


@pytest.mark.parametrize("text", ["explain him that", "He explained Angela Merkel that", "said Monday that",
                                  "emphasize them that", "say us that", "said me that", "told him that",
                                  "explain Him that", "explain him  that", "explain\nhim that", "explainhim that",
                                  "x explain Putin that that", "explain him that that", "explain Ab Cd that"])
def test_g103_cases(text: str) -> None:
    article = _articles("txt", "Headline\n\n" + text + "\n")[0]
    assert [(s, e, m) for s, e, m, _ in _found(g103.MissingTo(), article)] == g103_reference(article.text)


# -- P103 ---------------------------------------------------------------------------------------

_PUNCT = ["word", "Putin", "é", "\U0001d400", "1", " ", " ", "  ", "\t", " \t", "\n", "\n\n", ":", ";", ",", "?", "!", ".",
          "...", "”", "“", "’", "the crisis. ”", "contracts, ”the", "Putin :", "x ,y", "a . b", "a .. b", "a . . .",
          "meet in Geneva", "talks", "summit", "in a third country", "offered", "the proposal to meet in Moscow"]
punct_text = st.lists(st.sampled_from(_PUNCT), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(punct_text, st.sampled_from(["txt", "md"]))
def test_p103_reports_what_the_former_code_reported(body: str, form: str) -> None:
    for article in _articles(form, "Headline\n\n" + body + "\n"):
        found = [(f.span.start, f.span.end, f.message, f.suggestions[0].replacement)
                 for f in p103.SpaceBeforePunctuation().check(article, Context())]
        assert found == p103_reference(article)
