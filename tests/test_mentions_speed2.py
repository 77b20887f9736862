"""N101's pre-filter of rare forms and compute's reuse of the word texts change nothing."""

from __future__ import annotations

import random
from operator import itemgetter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process
from test_mentions_speed import _PIECES, _SEPS, _articles, _contents, _reference

from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, Options
from lint_news.names import mentions as mod
from lint_news.rules import n101_name_variant as n101

_LETTERS = "aeiourstnlkmbdyhÉéöß𝐀İ'’-"


def _has_match(rare: str, majority: list[str]) -> bool:
    """The rule's own search: some majority form other than ``rare`` scoring 80 or more."""
    found = process.extract(rare, majority, scorer=fuzz.ratio, score_cutoff=80, limit=None)
    return any(form != rare for form, _, _ in found)


def _check_near(rares: list[str], majority: list[str]) -> int:
    near = n101._near(rares, majority)
    assert near <= set(rares)
    kept = 0
    for rare in rares:
        if _has_match(rare, majority):
            assert rare in near, (rare, majority)
            kept += 1
    return kept


def test_near_keeps_every_rare_form_with_a_close_majority_form() -> None:
    """Both ways of scoring (fewer majority forms, or fewer rare ones), rare forms among the majority too."""
    rng = random.Random(5)

    def mutate(word: str) -> str:
        at = rng.randrange(len(word))
        edit = rng.choice("drsi")
        if edit == "d" and len(word) > 4:
            return word[:at] + word[at + 1 :]
        if edit == "s" and at + 1 < len(word):
            return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        return word[:at] + rng.choice(_LETTERS) + word[at + (edit == "r") :]

    kept = 0
    for _ in range(600):
        majority = list(dict.fromkeys("".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 12))).capitalize()
                                      for _ in range(rng.randint(1, 8))))
        rares = list(dict.fromkeys([mutate(rng.choice(majority)) for _ in range(rng.randint(0, 30))]
                                   + [w for w in majority if rng.random() < 0.3]))
        kept += _check_near(rares, majority)
    assert kept > 1000


def test_near_at_the_cutoff() -> None:
    """Pairs scoring exactly 80 (one edit in ten characters) and just under it are kept as the rule keeps them."""
    for a, b in [("Abcdefghij", "Abcdefghix"), ("Abcde", "Abcdf"), ("Abcdefgh", "Abcdefghij"),
                 ("Aaaaa", "Aaaab"), ("Abcdefghijklmnopqrst", "Abcdefghijklmnopqrsx")]:
        for rares, majority in [([a], [b]), ([a, "Zzzz"], [b]), ([a], [b, "Yyyy", "Xxxx"]), ([a, b], [b])]:
            _check_near(rares, majority)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abAB'’-é𝐀", min_size=1, max_size=8), max_size=6),
       st.lists(st.text(alphabet="abAB'’-é𝐀", min_size=1, max_size=8), min_size=1, max_size=6))
def test_near_is_a_superset(rares: list[str], majority: list[str]) -> None:
    _check_near(list(dict.fromkeys(rares)), list(dict.fromkeys(majority)))


def _findings(article: Article, ctx: Context) -> list[object]:
    rule = next(r for r in Engine(Options()).registry if r.info.code == "N101")
    return [(f.span, f.message, f.suggestions, f.related, f.confidence) for f in rule.check(article, ctx)]


def test_n101_agrees_with_no_pre_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule with every rare form let through (its former loop) reports the same."""
    rng = random.Random(3)
    groups = [["Biden", "Byden", "Bidne", "Bidens"], ["Scholz", "Solz", "Schulz", "Scholz’"], ["Varga", "Vargas", "Warga"],
              ["Émile", "Emile", "Émilé"], ["Kowalski", "Kowalsky", "Kowalksi"], ["Merkel", "Merkle", "Markel"],
              ["Olaf", "Olav", "Olaff"], ["Zbyszko", "Zbysko", "Zbyzsko"]]
    ctx = Context(Engine(Options())._config_for("a.txt"), {})
    seen = 0
    for _ in range(150):
        mentions = []
        for group in rng.sample(groups, 3):  # a majority spelling, and rare ones (or a tie)
            major, *rare = rng.sample(group, rng.randint(2, len(group)))
            mentions += [major] * rng.randint(1, 6) + [r for r in rare for _ in range(rng.randint(1, 3))]
        rng.shuffle(mentions)
        text = "".join(f"{rng.choice(['Aides to', 'Then', 'Joe', 'Anna', 'and', 'when'])} {name}{rng.choice(['', '', chr(39) + 's'])} "
                       f"{rng.choice(_PIECES)}{rng.choice(['. ', ' ', ', ', chr(10)])}" for name in mentions)
        for article in _articles("a.txt", text):
            new = _findings(article, ctx)
            article._cache = {}
            with monkeypatch.context() as m:
                m.setattr(n101, "_near", lambda rares, majority: set(rares))
                old = _findings(article, ctx)
            assert new == old, text
            seen += bool(new)
    assert seen > 10


def test_compute_without_the_word_texts_by_product() -> None:
    """``Article.word_texts`` is the texts of ``words`` whether ``words`` left them behind or they are
    made again, and ``compute`` gives the same either way."""
    rng = random.Random(9)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) + rng.choice(_SEPS) for _ in range(rng.randint(0, 40)))
        for article in _articles("a.txt", text):
            assert article.word_texts == list(map(itemgetter(2), article.words))
            with_texts = _contents(mod.compute(article))
            article.__dict__.pop("word_texts", None)
            assert article.word_texts == list(map(itemgetter(2), article.words))
            assert _contents(mod.compute(article)) == with_texts == _contents(_reference(article))
