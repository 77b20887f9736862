"""N107: one word of a known organisation's name misspelled ("Max Plank Institute", "Stora Ensso")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from .. import recache
from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..names.gazetteer import fold, user_names
from ..names.lexicon import is_proper, typo_edit
from ..names.lexicon import known as listed
from ..names.mentions import Tok, mentions
from ..registry import Rule
from ..resources import data_file

MIN_LETTERS = 4  # a shorter word of a name is not judged ("Air", "Tata")
LONG_NAME = 3  # in a name this long, two words right make a slip to another English word one too ("World Heath Organization")
# Capitalised words of a name in the file: "Max Planck Institute for Physics" -> (Max, Planck, Institute)
Sequence = tuple[str, ...]


@cache
def _index() -> dict[str, str]:
    """Capitalised words of organisations' names -> lines of "k name": the name's run of capitalised
    words (two or more) and the word's place k in it, from rules/names/organisations.txt. A run is
    filed under its two words that the fewest runs share: a slip in one word leaves the other to
    find it by, and a word that many names share ("National", "Bank") files few of them. Kept in
    the cache as flat strings (a cold start reads it in about 1 ms; building it takes 8)."""
    path = data_file("names", "organisations.txt")
    inputs = recache.file_stamps((path, Path(__file__)))
    table: dict[str, str] | None = recache.load_table("organisations", inputs)
    if table is not None:
        return table
    runs: set[Sequence] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        run: list[str] = []
        for word in [*line.split(), ""]:  # ("" ends the last run)
            if word[:1].isupper():
                run.append(word)
                continue
            if len(run) >= 2:
                runs.add(tuple(run))
            run = []
    shared = Counter(word for seq in runs for word in set(seq))
    filed: dict[str, list[str]] = {}
    for seq in sorted(runs):
        for k in sorted(range(len(seq)), key=lambda k: (shared[seq[k]], k))[:2]:
            filed.setdefault(seq[k], []).append(f"{k} {' '.join(seq)}")
    table = {word: "\n".join(lines) for word, lines in filed.items()}
    recache.store_table("organisations", inputs, table)
    return table


def _filed(word: str) -> list[tuple[Sequence, int]]:
    """The names filed under ``word``, each with the word's place in it."""
    lines = _index().get(word)
    if lines is None:
        return []
    out = []
    for line in lines.split("\n"):
        k, _, name = line.partition(" ")
        out.append((tuple(name.split(" ")), int(k)))
    return out


_DEMONYM = ("i", "n", "an", "ian", "ese", "s")


def _vowel_for_vowel(found: str, known: str) -> bool:
    """One vowel for another ("Bolshoy", "Qods"): how transliterations differ, not a slip."""
    return len(found) == len(known) and sum(a != b for a, b in zip(found, known, strict=True)) == 1


_BRITISH = (("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("ogue", "og"), ("mme", "m"),
            ("ence", "ense"), ("ll", "l"))


def _american(word: str) -> str:
    """``word`` (lower case) in American spelling, roughly: "labour" -> "labor", "centre" -> "center"."""
    for british, american in _BRITISH:
        word = word.replace(british, american)
    return word[:-2] + "er" if word.endswith("re") else word


def _common_word(word: str) -> bool:
    """A word of the list that is not only a name ("labour", "centre"; not "Planck", "Seoul")."""
    return listed(word) and not is_proper(word)


def _slip(found: str, known: str, long_name: bool = False) -> bool:
    """A slip that keeps the word's outline (``typo_edit``, no vowel for a vowel), the first letter
    kept; not a plural ("Motor" for "Motors"), an accent or an apostrophe left out ("Petroleos" for
    "Petróleos", "Peoples"), a country for its adjective, nor, in a name of two words, another
    English word ("Labor" for "Labour", "Officer" for "Office": spellings of their own). In a
    ``long_name`` (three words or more) the other words make even that a slip ("World Heath
    Organization")."""
    if found == known or found[0] != known[0] or len(known) < MIN_LETTERS:
        return False
    if found + "s" == known or known + "s" == found:
        return False
    bare_found, bare_known = fold(found).replace("'", "").replace("’", ""), fold(known).replace("'", "").replace("’", "")
    if bare_found == bare_known or (_common_word(found) and _common_word(known) and not long_name):
        return False
    if _american(bare_found) == _american(bare_known):
        return False  # British and American spellings ("International Labor Organization")
    if (bare_known.startswith(bare_found) and bare_known[len(bare_found):] in _DEMONYM) or \
            (bare_found.startswith(bare_known) and bare_found[len(bare_known):] in _DEMONYM):
        return False  # "Israeli Police" beside "Israel Police": a country and its adjective
    if bare_known.endswith(bare_found[-1] * 2) and bare_found + bare_found[-1] == bare_known:
        return True  # a double made single at the end ("Web" for "Webb")
    return typo_edit(bare_found, bare_known) and not _vowel_for_vowel(bare_found, bare_known)


class OrganisationMisspelled(Rule):
    """One word of a well-known organisation's name misspelled.

    ## What it flags
    A run of capitalised words that spells a known organisation's name (a company, university,
    institute, agency, club, party, mission: rules/names/organisations.txt, about 2,500 names of
    two words or more) with every word right but one, and that one a slip that keeps its outline:
    a letter dropped inside it or doubled, a double made single, two neighbours swapped ("Max Plank
    Institute" for Max Planck, "Stora Ensso", "Seul National University", "James Web Space
    Telescope"). Another consonant makes another name ("Stamford", "Kaiser Chiefs"), another vowel
    another transliteration ("Bolshoy"); a country for its adjective ("Israeli Police"), a plural or
    singular ("Tata Motor"), names the project's config lists, and runs that are themselves a known
    name are left alone.

    ## Why it matters
    Machine translation and spinning garble names letter by letter; a misspelt institution is as
    glaring to readers as a misspelt person, and breaks search.

    ## Example
        Researchers at the Max Plank Institute published the study.

    ## Suggested fix
    The name's spelling: "Max Planck".

    ## Fix safety
    Unsafe: a lesser-known organisation may have that name.
    """

    code = "N107"
    name = "name.organisation-misspelled"
    category = "name"
    severity = "warning"
    summary = "One word of a known organisation's name misspelled"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        runs = [run for run in mentions(article).runs if len(run) >= 2]
        if not runs:
            return
        user = user_names(ctx).tokens
        for run in runs:
            for slip, fix, name in _slips(tuple(tok.text for tok in run)):
                found = run[slip]
                if found.text.lower() not in user:
                    yield self._finding(found, fix, name)


    def _finding(self, found: Tok, fix: str, name: str) -> Finding:
        return self.finding(Span(found.start, found.end), f"'{found.text}' looks like a misspelling of '{fix}' in '{name}'",
                            [Suggestion(fix, "unsafe")], confidence=0.75)


@lru_cache(maxsize=8192)
def _slips(texts: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(the index of the word, its fix, the name) of each slip on a known name in a run of
    capitalised words (the same for the run in every article: "Prime Minister" recurs)."""
    out: list[tuple[int, str, str]] = []
    for p, word in enumerate(texts):
        for seq, k in _filed(word):
            slip = _one_slip(list(texts), p - k, seq)
            if slip is None or any(slip == s for s, _, _ in out):
                continue
            piece = texts[p - k : p - k + len(seq)]
            if any(piece == other for word in piece for other, _ in _filed(word)):
                continue  # the run is itself a known name (filed under two of its words)
            out.append((slip, seq[slip - (p - k)], " ".join(seq)))
    return out


def _one_slip(texts: list[str], start: int, seq: Sequence) -> int | None:
    """The index in ``texts`` of the one word that is a slip on its word of ``seq`` (laid from
    ``start``), every other word being equal; None otherwise."""
    if start < 0 or start + len(seq) > len(texts):
        return None
    slip = None
    for j, known in enumerate(seq):
        word = texts[start + j]
        if word == known:
            continue
        if slip is not None or not _slip(word, known, long_name=len(seq) >= LONG_NAME):
            return None
        slip = start + j
    return slip
