"""T104: a news collocation with a word swapped for a spinner's synonym ("focal bank", "intrigue rate")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations, islice, product
from pathlib import Path

from .. import recache
from ..context import Context
from ..document import Article
from ..facts.spans import indexes
from ..findings import Finding, Span, Suggestion
from ..names.lexicon import zipf
from ..registry import Rule
from ..resources import data_file, read_text

# The spun phrases by their first two words (a one-word phrase, such as a spun hyphenated compound,
# by its word alone): the words after those two, and the collocation, longest first
_Index = dict[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]


def _lines(name: str) -> list[str]:
    return [line.strip() for line in read_text("spinner", name).split("\n") if line.strip() and line[0] != "#"]


def build_index(collocations: list[str], synonyms: dict[str, list[str]], allowed: set[str]) -> _Index:
    """Every phrase a spinner makes of a collocation (``_swaps``), unless the phrase is itself a
    collocation or an allowed phrase (normal English)."""
    real = {c.lower() for c in collocations} | allowed
    index: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {}
    for phrase in collocations:  # (as written: a name keeps its capitals for the suggestion, "White House")
        words = phrase.lower().split()
        for spun in _swaps(words, synonyms):
            if " ".join(spun) not in real:
                index.setdefault(tuple(spun[:2]), {}).setdefault(tuple(spun[2:]), phrase)
    return {key: tuple(sorted(tails.items(), key=lambda t: -len(t[0]))) for key, tails in index.items()}


DOUBLE_SWAP_MAX_ZIPF = 4.0  # a double swap needs a substitute rarer than this ("salvage", "breezes")


def _swaps(words: list[str], synonyms: dict[str, list[str]]) -> Iterator[list[str]]:
    """The phrases a spinner makes of ``words``: one word swapped for one of its substitutes, or,
    in a phrase of two or three words, two words swapped ("ruddy midget" for red dwarf) when one of
    the two substitutes is an uncommon word: two common ones make ordinary English ("open stores")."""
    options = [synonyms.get(word, ()) for word in words]
    for k, substitutes in enumerate(options):
        for substitute in substitutes:
            yield " ".join([*words[:k], substitute, *words[k + 1 :]]).split()
    if len(words) > 3:
        return
    for i, j in combinations(range(len(words)), 2):
        for a, b in product(options[i], options[j]):
            if all(zipf(part) >= DOUBLE_SWAP_MAX_ZIPF for part in f"{a} {b}".split()):
                continue  # two common words make ordinary phrases ("open stores", "tall avenue")
            swapped = list(words)
            swapped[i], swapped[j] = a, b
            yield " ".join(swapped).split()


# The index as it is kept in the cache: flat strings, which unmarshal in a quarter of the time of
# nested tuples (a cold start's ~3 ms against ~9): "w1 w2" -> lines of "rest<TAB>collocation"
_Flat = tuple[dict[str, str], frozenset[str], frozenset[str]]


def flatten(index: _Index) -> _Flat:
    """(the phrases by their first two words joined by a space, those keys, the one-word phrases' keys)."""
    flat = {" ".join(key): "\n".join(f"{' '.join(rest)}\t{phrase}" for rest, phrase in tails) for key, tails in index.items()}
    return flat, frozenset(key for key in flat if " " in key), frozenset(key for key in flat if " " not in key)


@cache
def spun_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The two-word and one-word keys of the spun phrases: all a run needs for an article that holds
    none, kept in the cache apart from the phrases (a cold start reads 0.7 ms, not 2.6)."""
    name, inputs = _table_name()
    table = recache.load_table(f"{name}-keys", inputs)
    if isinstance(table, tuple) and len(table) == 2:
        return table
    _, pairs, singles = _build(name, inputs)
    return pairs, singles


@cache
def spun_index() -> _Flat:
    """The flattened index of rules/spinner/: built once, then kept in the cache folder beside the
    regex cache."""
    name, inputs = _table_name()
    table = recache.load_table(name, inputs)
    if isinstance(table, tuple) and len(table) == 3:
        return table  # (marshal keeps dicts and frozensets as they are: nothing to convert)
    return _build(name, inputs)


def _table_name() -> tuple[str, tuple[str, ...]]:
    files = tuple(Path(data_file("spinner", name)) for name in ("collocations.txt", "synonyms.tsv", "allowed.txt"))
    return recache.stamped_name("spinner", files), recache.file_stamps((*files, Path(__file__)))


def _build(name: str, inputs: tuple[str, ...]) -> _Flat:
    synonyms = {}
    for line in _lines("synonyms.tsv"):
        original, _, substitutes = line.partition("\t")
        synonyms[original] = [s.strip() for s in substitutes.split("|") if s.strip()]
    built = flatten(build_index(_lines("collocations.txt"), synonyms, set(_lines("allowed.txt"))))
    recache.store_table(name, inputs, built)
    recache.store_table(f"{name}-keys", inputs, built[1:])
    return built


class SpunCollocation(Rule):
    """A fixed news phrase with one word swapped for a thesaurus synonym.

    ## What it flags
    A phrase that an article spinner makes of a fixed news collocation by replacing one of its
    words with a "synonym" from its thesaurus: "focal bank" for central bank, "intrigue rate" for
    interest rate, "cash washing" for money laundering, "winged creature influenza" for bird flu.
    The collocations (rules/spinner/collocations.txt) and the substitutes spinners use
    (rules/spinner/synonyms.tsv) are combined: every collocation, with each of its words swapped in
    turn, is looked for, and a collocation of two or three words also with two of its words swapped
    ("hunt and salvage" for search and rescue, "cash cleaning" for money laundering). A result that is itself a collocation, or normal English listed in
    rules/spinner/allowed.txt ("key figure", "open market"), is never flagged, nor a phrase
    capitalised in mid-sentence (a name: "Open Wellbeing Fund").

    ## Why it matters
    Spinners rewrite copied articles to get past plagiarism checks; the swapped phrases are their
    fingerprint, and they leave readers guessing at the meaning.

    ## Example
        The focal bank raised its intrigue rate on Thursday.

    ## Suggested fix
    The collocation: "central bank", "interest rate".

    ## Fix safety
    Unsafe: the collocation is what was meant almost always, but an editor should confirm it.
    """

    code = "T104"
    name = "tortured-phrase.spun-collocation"
    category = "tortured-phrase"
    severity = "warning"
    summary = "A news collocation with one word swapped for a thesaurus synonym"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        pairs, singles = spun_keys()
        lower = article.lower_words
        # the article's adjacent word pairs, made and intersected in C: a spun phrase is rare
        present = pairs.intersection(map(" ".join, zip(lower, islice(lower, 1, None), strict=False)))
        alone = singles.intersection(lower)
        if not present and not alone:
            return
        flat = spun_index()[0]
        text, words = article.text, article.words
        last_word = len(lower) - 1
        found: list[tuple[int, int, str]] = []
        starts_at = [(key, key.split(" ")) for key in present] + [(key, [key]) for key in alone]
        for key, head in starts_at:
            for i in indexes(lower, head[0]):
                end = i + len(head) - 1
                if end > last_word or lower[i : end + 1] != head:
                    continue
                for line in flat[key].split("\n"):  # longest first
                    rest, _, phrase = line.partition("\t")
                    more = rest.split()
                    last = end + len(more)
                    if last <= last_word and lower[end + 1 : last + 1] == more and \
                            all(text[words[j].end : words[j + 1].start] == " " for j in range(i, last)):
                        found.append((i, last, phrase))
                        break
        starts: set[int] = article.analysis("text.sentence_starts", lambda a: {s.span.start for s in a.sentences})
        for i, end, phrase in sorted(found):
            if any(words[j].text[:1].isupper() and (j > i or words[j].start not in starts) for j in range(i, end + 1)):
                continue  # capitalised in mid-sentence: a name ("Open Wellbeing Fund"), not a spun phrase
            span = Span(words[i].start, words[end].end)
            spun = text[span.start : span.end]
            fixed = phrase[:1].upper() + phrase[1:] if spun[:1].isupper() else phrase
            yield self.finding(span, f"'{spun}' looks like a spun '{phrase}'", [Suggestion(fixed, "unsafe")],
                               confidence=0.7)
