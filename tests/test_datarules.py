"""Each entry of each YAML data rule flags its own `flag` examples and passes its `pass` ones."""

from __future__ import annotations

import bisect
import copy
import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint_news.datarules import (
    DataRule,
    Entry,
    branches_start_at_boundary,
    joined_tails,
    lead_word,
    literal_test,
    whole_words,
)
from lint_news.document import Article
from lint_news.facts.spans import find_all, indexes
from lint_news.findings import Span
from lint_news.formats.plaintext import load
from lint_news.registry import default_registry
from ruletesting import flagged_texts, run_rule

ENTRIES = [
    (rule.info.code, n, kind, example)
    for rule in default_registry()
    if isinstance(rule, DataRule)
    for n, entry in enumerate(rule.entries)
    for kind, examples in (("flag", entry.flag), ("pass", entry.passes))
    for example in examples
]


@pytest.mark.parametrize(("code", "n", "kind", "example"), ENTRIES, ids=lambda v: str(v)[:40])
def test_entry_example(code: str, n: int, kind: str, example: object) -> None:
    found = flagged_texts(run_rule(code, example), code)
    if kind == "flag":
        assert found, f"{code} entry {n} should flag {example!r}"
        for f in run_rule(code, example).findings:  # a regex entry's groups are filled in, in both
            assert not re.search(r"\\\d", f.message + "".join(s.replacement for s in f.suggestions)), f.message
    else:
        assert not found, f"{code} entry {n} should pass {example!r} but flagged {found}"


def _full_scan(rule: DataRule, article: Article) -> list[tuple[int, int, str]]:
    """The regex entries run over every block in scope, with no literal test: what the gates may skip."""
    out: list[tuple[int, int, str]] = []
    for e, regex in rule._regex_entries:
        for block in article.blocks:
            if block.kind in rule.block_kinds:
                for m in regex.finditer(article.text, block.start, block.end):
                    if m.end() > m.start():
                        out.extend((f.span.start, f.span.end, f.message) for f in rule._emit(article, e, Span(m.start(), m.end()), m))
    return sorted(out)


PHRASE_RULES = [rule for rule in default_registry() if isinstance(rule, DataRule) and rule.kind != "block" and rule._regex_entries]


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.info.code)
def test_literal_gates_skip_nothing_a_full_scan_finds(rule: DataRule) -> None:
    """Every flag example of every regex entry, in one article with padding before each (the scan of a
    block starts at most the pattern's width before its literal), found as a full scan finds it."""
    examples = [ex for e, _ in rule._regex_entries for ex in e.flag if isinstance(ex, str)]
    assert examples
    paragraphs = [f"{'Wider context here. ' * (n % 4)}{ex} And {ex.lower()}" for n, ex in enumerate(examples)]
    article = load("a.txt", "Trade talks resume in the capital\n\n" + "\n\n".join(paragraphs) + "\n")[0]
    regex_only = copy.copy(rule)
    regex_only.first_word = {}  # the word-list entries are another path
    found = sorted((f.span.start, f.span.end, f.message) for f in regex_only._check_phrases(article))
    assert found == _full_scan(rule, article) and len(found) >= len(examples)


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.info.code)
def test_every_shipped_regex_entry_has_a_literal(rule: DataRule) -> None:
    """One regex entry without a literal turns off the rule's early exit (no literal in the article:
    nothing to do) and scans every article: T101 once went from 96 to 280 ms a million words so."""
    tests = rule._regex_tests()
    assert [t.entry.pattern for t in tests if not t.need] == []
    assert rule._all_need


def test_literal_test_reads_the_run_and_the_width_before_it() -> None:
    assert literal_test(re.compile(r"\bengagement reading\b", re.I)) == (("engagement reading",), 0)
    assert literal_test(re.compile(r"(?:big|large) data centre")) == ((" data centre",), 5)
    assert literal_test(re.compile(r"\w+ly reading")) == (("ly reading",), -1)  # unbounded before: scan the block
    assert literal_test(re.compile(r"\b(?:foo|barr)\b")) == (("foo", "barr"), 0)  # one of the branches' runs
    assert literal_test(re.compile(r"\b(?:fo|ba)\b")) == ((), -1)  # runs under three characters give no test


# -- the phrase rules' fast paths against the plain definition they replaced -------------------------

def _reference_check_phrases(rule: DataRule, article: Article) -> list[tuple[int, int, str]]:
    """The phrase rules' check as it was written before its fast paths (key words, one test per literal,
    literals' whole words): every entry whose words all occur, every regex entry whose literal occurs."""
    out: list[tuple[int, int, str]] = []
    text = article.text
    words = article.words if rule.first_word else []
    lowered = article.lower_words if rule.first_word else []
    vocabulary = rule._vocabulary.intersection(lowered)
    entries: dict[str, list[Entry]] = {}
    for w in rule.first_word.keys() & vocabulary:
        kept = [e for e in rule.first_word[w] if frozenset(e.words[1:]) <= vocabulary]
        if kept:
            entries[w] = kept
    starts = sorted(i for w in entries for i in indexes(lowered, w)) if entries else []
    for i in starts:
        for e in entries[lowered[i]]:
            k = len(e.words)
            if i + k > len(words) or (k > 1 and tuple(lowered[i : i + k]) != e.words):
                continue
            if not all(text[words[i + j - 1].end : words[i + j].start].strip() == "" for j in range(1, k)):
                continue
            span = Span(words[i].start, words[i + k - 1].end)
            if e.case_exact and text[span.start : span.end] != e.pattern:
                continue
            out.extend((f.span.start, f.span.end, f.message) for f in rule._emit(article, e, span))
    folded = article.folded
    aligned: bool | None = None
    for e, regex in rule._regex_entries:
        need, before = literal_test(regex)
        hits: list[int] = []
        if need:
            if need[0] not in folded and (len(need) == 1 or not any(n in folded for n in need)):
                continue
            if aligned is None:
                aligned = len(folded) == len(text) and "ı" not in folded
            if aligned and all(map(str.isascii, need)):
                hits = find_all(folded, need)
        for block in article.blocks:
            if block.kind not in rule.block_kinds:
                continue
            start = block.start
            if hits:
                at = bisect.bisect_left(hits, start)
                if at == len(hits) or hits[at] >= block.end:
                    continue
                if before >= 0:
                    start = max(start, hits[at] - before)
            for m in regex.finditer(text, start, block.end):
                if m.end() > m.start():
                    out.extend((f.span.start, f.span.end, f.message) for f in rule._emit(article, e, Span(m.start(), m.end()), m))
    return out


def _fast_check_phrases(rule: DataRule, article: Article) -> list[tuple[int, int, str]]:
    return [(f.span.start, f.span.end, f.message) for f in rule._check_phrases(article)]


def _phrase_pool(rule: DataRule) -> list[str]:
    """Pieces of text that make a phrase rule's entries match, nearly match or almost occur."""
    pool = {w for e in rule.entries for w in e.words}
    pool.update(n for e, regex in rule._regex_entries for n in literal_test(regex)[0])
    pool.update(ex for e in rule.entries for ex in [*e.flag, *e.passes] if isinstance(ex, str))
    return sorted(pool)


# characters that case-fold or lower-case unlike ASCII, apostrophes, hyphens, line breaks
TRICKY = ["ſ", "K", "İ", "ı", "ß", "ﬁ", "Σ", "’", "'", "-", "‐", " ", "  ", "\n", "\n\n", "é", "𝐀", ".", ",", "\t", "\u00a0"]
PHRASE_CODES = [rule.info.code for rule in default_registry() if isinstance(rule, DataRule) and rule.kind == "phrase"]


def _variant(piece: str, how: int) -> str:
    """A piece as found, upper-cased, title-cased, or with look-alike letters that re.I matches to ASCII
    ones: "ſ" for every s (case-folded "s", lower-cased "ſ"), the Kelvin sign for k and "ı" or "İ" for i."""
    if how == 1:
        return piece.upper()
    if how == 2:
        return piece.title()
    if how == 3:
        return piece.replace("s", "ſ")
    if how == 4:
        return piece.replace("k", "\u212a").replace("i", "ı", 1).replace("i", "İ", 1)
    return piece


@pytest.mark.parametrize("code", PHRASE_CODES)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_phrase_fast_paths_find_what_the_reference_finds(code: str, data: st.DataObject) -> None:
    rule = next(r for r in default_registry() if r.info.code == code)
    assert isinstance(rule, DataRule)
    pool = _phrase_pool(rule)
    pieces = data.draw(st.lists(st.tuples(st.sampled_from(pool), st.integers(0, 4), st.sampled_from(TRICKY)), max_size=12))
    body = "".join(_variant(p, how) + sep for p, how, sep in pieces)
    for article in load("a.txt", "Trade talks resume\n\n" + body + "\n"):
        assert _fast_check_phrases(rule, article) == _reference_check_phrases(rule, article)


@pytest.mark.parametrize("code", PHRASE_CODES)
@pytest.mark.parametrize("how", range(5))
def test_phrase_fast_paths_on_every_example_spelt_five_ways(code: str, how: int) -> None:
    rule = next(r for r in default_registry() if r.info.code == code)
    assert isinstance(rule, DataRule)
    examples = [ex for e in rule.entries for ex in [*e.flag, *e.passes] if isinstance(ex, str)]
    for article in load("a.txt", "Trade talks resume\n\n" + "\n\n".join(_variant(ex, how) for ex in examples) + "\n"):
        assert _fast_check_phrases(rule, article) == _reference_check_phrases(rule, article)


@given(st.text(alphabet=st.sampled_from("aksSKſİıß ’'-\nx1é"), max_size=30))
def test_whole_words_of_a_literal_in_the_folded_text_are_words_of_the_article(text: str) -> None:
    """The premise of the literals' whole-word test, on text where a literal's words are spelt oddly."""
    article = load("a.txt", "Headline\n\n" + text + "\n")
    for a in article:
        if len(a.folded) != len(a.text) or "ſ" in a.text:
            continue
        lowered = set(a.lower_words)
        for literal in (" ask a ", " sk ", " as ", "ass a ks "):
            if literal in a.folded:
                assert whole_words(literal) <= lowered, (literal, a.text)


@given(st.text(alphabet=st.sampled_from("aksSKſİıß ’'-\nx1é_("), max_size=30))
def test_a_lead_word_after_a_word_boundary_is_a_word_or_a_joined_tail_of_the_article(text: str) -> None:
    """The premise of the lead-word test: where a regex finds its literal right after \\b, the
    literal's first word is one of the article's words or the end of one joined by - or '."""
    for a in load("a.txt", "Headline\n\n" + text + "\n"):
        if len(a.folded) != len(a.text) or "ſ" in a.text:
            continue
        words = set(a.lower_words) | joined_tails(a)
        for literal in ("ask ", "sk a ", "as ", "a "):
            if re.search(r"\b" + re.escape(literal), a.folded):
                assert lead_word(literal) <= words, (literal, a.text)


def test_branches_start_at_boundary_reads_the_top_level_alternation() -> None:
    assert branches_start_at_boundary(r"\bfoo |\bbar")
    assert branches_start_at_boundary(r"\b(?:a|b) x")
    assert branches_start_at_boundary(r"\b[|]x|\by")
    assert not branches_start_at_boundary(r"\bfoo|bar")
    assert not branches_start_at_boundary(r"(?:\ba|\bb)")
    assert not branches_start_at_boundary(r"\(\bfoo|\bbar")
    assert lead_word("crown ") == {"crown"} and lead_word(" chief") == frozenset() and lead_word("bundeskanzler") == frozenset()


def test_whole_words_are_the_words_between_two_spaces() -> None:
    assert whole_words(" take a look at") == frozenset({"take", "a", "look"})
    assert whole_words("provide chain ") == frozenset({"chain"})
    assert whole_words("engagement reading") == frozenset()
    assert whole_words(" counter-battery fire ") == frozenset({"fire"})  # a hyphenated word: not tested
    assert whole_words(" café au lait ") == frozenset({"au", "lait"})  # ASCII only


def test_only_these_characters_case_fold_to_a_space_or_an_ascii_letter_or_digit() -> None:
    """The premise of ``whole_words``, over all of Unicode: besides ASCII, only the Kelvin sign (which
    lower-cases to "k" as well) and "ſ" (which lower-cases to itself: the text must have none)."""
    targets = set(string.ascii_lowercase + string.digits + " ")
    odd = [c for c in map(chr, range(0x110000)) if not c.isascii() and c.casefold() in targets]
    assert odd == ["ſ", "\u212a"]
    assert "\u212a".lower() == "k" and "ſ".lower() == "ſ"
    # and no character case-folds to nothing: a case-folded text as long as the text kept every offset
    assert all(chr(c).casefold() for c in range(0x110000))


LITERALS_PROGRAM = """
import json, sys
from lint_news import datarules
from lint_news.registry import default_registry
if sys.argv[1] == "cache-only":  # this run must read every literal test back
    def refuse(regex):
        raise AssertionError("literal_test ran: " + regex.pattern)
    datarules.literal_test = refuse
rules = [r for r in default_registry().rules.values() if isinstance(r, datarules.DataRule) and r._regex_entries]
print(json.dumps({r.info.code: [[list(t.need), t.before] for t in r._regex_tests()] for r in rules}))
"""


def test_literal_tests_are_kept_between_runs(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**{k: v for k, v in os.environ.items() if k != "LINT_NEWS_NO_CACHE"}, "LINT_NEWS_CACHE_DIR": str(tmp_path)}

    def run(mode: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", LITERALS_PROGRAM, mode], capture_output=True, text=True,
                              env=env, check=False)

    first, second = run("build"), run("cache-only")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout) and json.loads(first.stdout)["T101"]
    assert list(tmp_path.glob("literals-*.marshal"))


def test_pool_workers_store_the_literal_tests(tmp_path: Path) -> None:
    """Workers leave through os._exit, past atexit: they store what they computed themselves."""
    import os
    import subprocess
    import sys

    desk = tmp_path / "desk"
    desk.mkdir()
    body = "The council met on Monday and the port stayed shut. " * 180  # 60 files of 9 KB: past MIN_BYTES
    for i in range(60):
        (desk / f"a{i:02d}.txt").write_text(f"Harbour story {i}\n\n{body}\n", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**{k: v for k, v in os.environ.items() if k != "LINT_NEWS_NO_CACHE"}, "LINT_NEWS_CACHE_DIR": str(cache)}
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--jobs", "2", str(desk)], capture_output=True,
                          text=True, env=env, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    assert list(cache.glob("literals-*.marshal"))


def test_shipped_rule_data_read_back_from_the_cache_is_what_was_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint_news import datarules, recache, resources

    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    parsed = datarules._shipped_rule_data()  # parsed and stored
    assert list(tmp_path.glob("ruledata-*.marshal"))
    again = datarules._shipped_rule_data()  # read back
    assert again == parsed and again is not parsed
    assert [r.info.code for r in datarules.data_rules()] == [data["code"] for _, data in parsed]
    files = datarules.list_files()
    stamps = recache.file_stamps([*files, datarules.__file__, resources.__file__])
    name = recache.stamped_name("ruledata", files)
    assert recache.load_table(name, stamps) == parsed
    assert recache.load_table(name, (*stamps[:-1], "other:1:2:3:4")) is None  # another file: parsed anew


def test_a_suggestion_is_capitalised_as_the_text_it_replaces() -> None:
    result = run_rule("T102", "Crown infections rose again after the holiday, officials said.")
    [finding] = [f for f in result.findings if f.rule == "T102"]
    assert [s.replacement for s in finding.suggestions] == ["Corona infections"]
    assert "'Corona infections' is meant" in finding.message
