"""Duplicate family: cross-file headline copies (D105) at scale, and the shared normaliser."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lint_news.chrome import is_truncated, normalize, words
from lint_news.document import Article
from lint_news.engine import Engine, Options
from lint_news.rules.d105_headline_across_files import similar_groups, similar_pairs

SUBJECTS = ["Council", "Union", "Minister", "Court", "Airline", "Bank", "Police", "Club", "Mayor", "Regulator"]
VERBS = ["approves", "rejects", "delays", "questions", "backs", "blocks", "reviews", "announces", "cuts", "expands"]
OBJECTS = ["budget", "tram line", "port deal", "pay offer", "bridge plan", "school reform", "rail fares",
           "housing law", "water tariff", "airport expansion"]
PLACES = ["in the north", "after long talks", "on Friday", "for the third time", "despite protests",
          "amid strike threat", "before the election", "in the capital", "at last", "with conditions"]


def _headlines(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        out.add(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} "
                f"{rng.randrange(10_000)}")
    return sorted(out)


def test_normalize_ignores_quote_style_case_and_trailing_colon() -> None:
    assert normalize("Mayor’s plan wins :") == normalize("mayor's plan wins")
    assert is_truncated("Council approves budget...") and is_truncated("Council approves budget…")
    assert not is_truncated("Council approves budget.")


@given(st.text(alphabet=st.sampled_from([*map(chr, range(128)), "’", "é", "Σ", "İ", "٣", "\u2028", "_"]), max_size=40))
def test_words_fast_ascii_path_matches_the_regex(text: str) -> None:
    # the plain definition: word characters but "_", after dropping apostrophes and lower-casing
    assert words(text) == re.findall(r"[^\W_]+", text.replace("’", "").replace("'", "").lower())
    assert normalize(text) == " ".join(words(text))


def test_similar_pairs_finds_exact_and_near_copies_among_thousands() -> None:
    heads = _headlines(3000)
    keys = [normalize(h) for h in heads]
    keys.append(keys[10])  # an exact repost
    near = keys[20].split()
    keys.append(" ".join([*near[:-1], "99999"]))  # only the number changed: a series, not a copy
    keys.append(" ".join(["breaking", *near]))  # one word added: Jaccard 7/8
    pairs = set(similar_pairs(keys))
    assert (10, 3000) in pairs
    assert (20, 3002) in pairs
    assert (20, 3001) not in pairs
    # the synthetic headlines differ in a number, so only the planted copies pair up
    assert all(b >= 3000 for _, b in pairs), sorted(pairs)[:5]


@given(st.lists(st.sampled_from(["", "a b", "a b c d e", "a b c d f", "e d c b a", "a b c d e f g", "1 b c d e",
                                  "2 b c d e", "a b c d e e"]), max_size=30))
def test_similar_groups_groups_equal_keys_of_enough_words(keys: list[str]) -> None:
    groups, near = similar_groups(keys)
    expected: dict[str, list[int]] = {}  # the plain definition: by key, in order of first appearance
    for i, key in enumerate(keys):
        if len(set(key.split())) >= 5:
            expected.setdefault(key, []).append(i)
    assert groups == list(expected.values())
    for g, others in enumerate(near):  # near copies: symmetric, never across a changed number
        for h in others:
            assert g in near[h] and {keys[groups[g][0]], keys[groups[h][0]]} != {"1 b c d e", "2 b c d e"}


def test_headline_across_files_points_both_ways(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Storm closes schools across the northern coast\n\nRain fell all day.\n")
    (tmp_path / "b.txt").write_text("Storm closes schools across northern coast\n\nSchools shut after rain.\n")
    (tmp_path / "c.txt").write_text("Council approves budget for the new tram line\n\nThe vote was close.\n")
    results = Engine(Options(select=["D105"])).run([str(tmp_path)])
    by_name = {Path(r.path).name: r for r in results}
    assert [f.rule for f in by_name["c.txt"].findings] == []
    for name, other in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
        (finding,) = by_name[name].findings
        assert finding.rule == "D105"
        (rel,) = finding.related
        assert rel.other is not None and Path(rel.other.path).name == other


def test_a_headline_reposted_thousands_of_times_costs_linear_work() -> None:
    """Exact copies are handled as one group: 4,000 copies are not 8 million pairs."""
    from lint_news.config import Config
    from lint_news.context import Context
    from lint_news.formats import load_articles
    from lint_news.rules.d105_headline_across_files import HeadlineAcrossFiles, similar_groups

    copies = 4000
    keys = ["storm closes schools across the northern coast"] * copies + ["council approves budget for tram line"]
    groups, near = similar_groups(keys)
    assert [len(g) for g in groups] == [copies, 1] and near == [set(), set()]
    articles = [load_articles(f"copy{i}.txt", "Storm closes schools across the northern coast\n\nRain.\n")[0]
                for i in range(copies)]
    found = list(HeadlineAcrossFiles().check_corpus(articles, Context(Config())))
    assert [i for i, _ in found] == list(range(copies))
    first = found[0][1]
    assert len(first.related) == 5 and f"(copy1.txt and {copies - 1 - 5} more)" in first.message
    last = found[-1][1]
    assert [r.other.path for r in last.related if r.other is not None] == [f"copy{i}.txt" for i in range(5)]


def test_repeated_text_finds_what_comparing_every_paragraph_and_sentence_finds() -> None:
    """D102 skips its loops when no two blocks, or no two sentences, are alike: the same findings as
    the plain loops, which compare every block and every sentence."""
    from lint_news.chrome import BODY_KINDS, block_lines
    from lint_news.formats.plaintext import load
    from lint_news.rules.d102_repeated_text import MIN_BLOCK_WORDS, MIN_SENTENCE_WORDS, RepeatedText

    def plain(article: Article) -> list[tuple[int, int, str]]:
        out, flagged, seen_blocks, seen = [], [], set(), set()
        for line in block_lines(article):
            if line.block.kind in BODY_KINDS and line.text.count(" ") >= MIN_BLOCK_WORDS - 1:
                if line.text in seen_blocks:
                    flagged.append(line.block.span)
                    out.append((line.block.span.start, line.block.span.end, "this paragraph repeats an earlier one"))
                seen_blocks.add(line.text)
        for sent in article.sentences:
            key = article.text[sent.span.start : sent.span.end]
            if article.blocks[sent.block].kind in BODY_KINDS and key.count(" ") >= MIN_SENTENCE_WORDS - 1:
                if key in seen and not any(f.start <= sent.span.start and sent.span.end <= f.end for f in flagged):
                    out.append((sent.span.start, sent.span.end, "this sentence repeats an earlier one"))
                seen.add(key)
        return out

    rng = random.Random(11)
    sentences = ["The mayor said the bridge would reopen in June after repairs.", "It rained.",
                 "Traffic has been diverted through the old town since March this year.", "Read more here now",
                 "A short one.", "The mayor said the bridge would reopen in July after repairs."]
    rule = RepeatedText()
    for _ in range(300):
        paragraphs = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6))]
        for article in load("a.txt", "Talks end\n\n" + "\n\n".join(paragraphs) + "\n"):
            found = [(f.span.start, f.span.end, f.message) for f in rule.check(article, None)]  # type: ignore[arg-type]
            assert found == plain(article)
