"""D105: two articles of one run carry the same or nearly the same headline."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..chrome import normalize
from ..context import Context
from ..document import Article
from ..findings import Finding, Related
from ..registry import Rule

MIN_WORDS = 5  # shorter headlines ("Weather", "Markets close") recur legitimately
JACCARD = 0.8  # word-set similarity that counts as "nearly the same"
MAX_RELATED = 5
MAX_BUCKET = 200  # earlier headlines compared per prefix word: templated series stay linear
BANDS, ROWS = 5, 3  # MinHash banding for the same thresholds across an archive (lint_news.archive.dupes)


def similar_groups(keys: list[str]) -> tuple[list[list[int]], list[set[int]]]:
    """Headlines grouped by exact key, and which groups are near copies of which.

    Returns the groups (indexes with one key of MIN_WORDS or more words, ascending; groups in
    order of first appearance) and, for each group, the other groups whose key is nearly equal
    (word Jaccard >= JACCARD). Exact copies are grouped by hashing, so a headline reposted a
    thousand times costs a thousand steps, not half a million pairs. Near copies are found by
    prefix filtering (as in PPJoin): with each word set sorted rarest word first, two sets at
    Jaccard >= t must share a word among the first ``n - ceil(t * n) + 1`` words of each, so only
    sets sharing such a rare word are compared, and at most MAX_BUCKET of them per word (so a run
    of templated headlines stays linear). Headlines that differ in a number ("Day 41 of the
    strike", "Day 42 of the strike") are a series, not copies.
    """
    exact: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        exact[key].append(i)
    sets: dict[int, frozenset[str]] = {}  # representative -> its word set (one per distinct key)
    groups = []
    for key, group in exact.items():
        word_set = frozenset(key.split())
        if len(word_set) >= MIN_WORDS:
            sets[group[0]] = word_set
            groups.append(group)
    reps = [group[0] for group in groups]  # one representative per distinct key
    group_of = {rep: g for g, rep in enumerate(reps)}
    near: list[set[int]] = [set() for _ in groups]
    df = Counter(w for rep in reps for w in sets[rep])
    index: dict[str, list[int]] = defaultdict(list)
    for g, rep in enumerate(reps):
        words = sorted(sets[rep], key=lambda w: (df[w], w))
        prefix = len(words) - math.ceil(JACCARD * len(words)) + 1
        candidates: set[int] = set()
        for w in words[:prefix]:
            candidates.update(index[w][-MAX_BUCKET:])
            index[w].append(rep)
        sa = sets[rep]
        for other in candidates:
            sb = sets[other]
            if len(sa & sb) >= JACCARD * len(sa | sb) and not any(ch.isdigit() for w in sa ^ sb for ch in w):
                near[g].add(group_of[other])
                near[group_of[other]].add(g)
    return groups, near


def similar_pairs(keys: list[str]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose keys are equal or nearly equal (see ``similar_groups``)."""
    groups, near = similar_groups(keys)
    for g, group in enumerate(groups):
        yield from ((a, b) for n, a in enumerate(group) for b in group[n + 1 :])
        for h in near[g]:
            if h > g:
                yield from ((x, y) if x < y else (y, x) for x in group for y in groups[h])


class HeadlineAcrossFiles(Rule):
    """The same or nearly the same headline on two articles of one run.

    ## What it flags
    When several articles are linted together, a headline that another article also carries, word
    for word or nearly (other quotation marks, a word changed, added or dropped). Each copy is
    flagged and points at the other. Headlines of fewer than five words are left alone.

    ## Why it matters
    A content repository that holds the same story twice (a repost, or a spun copy of another
    site's article) serves duplicate content; an editor should keep one.

    ## Example
        a.md: "Storm closes schools across the northern coast"
        b.md: "Storm closes schools across northern coast"

    ## Suggested fix
    Keep one article, or rewrite one headline. No automatic edit is offered.

    ## Fix safety
    Display only: which copy to keep is an editorial choice.
    """

    code = "D105"
    name = "duplicate.headline-across-files"
    category = "duplicate"
    severity = "warning"
    summary = "The same or nearly the same headline on two articles of a run"
    corpus = True

    def check_corpus(self, articles: list[Article], ctx: Context) -> Iterator[tuple[int, Finding]]:
        heads = [art.headline for art in articles]
        known: dict[str, str] = {"": ""}  # headline -> key: a reposted headline is normalised once
        keys = []
        for art, head in zip(articles, heads, strict=True):
            text = art.block_text(head) if head is not None else ""
            key = known.get(text)
            if key is None:
                key = known[text] = normalize(text)
            keys.append(key)
        groups, near = similar_groups(keys)
        todo: list[tuple[int, list[int]]] = []  # (article, every article with its headline or a near copy)
        for g, group in enumerate(groups):
            union = sorted(set(group).union(*(groups[h] for h in near[g]))) if near[g] else group
            if len(union) > 1:
                todo.extend((i, union) for i in group)
        todo.sort(key=lambda item: item[0])
        distinct: dict[int, bool] = {}  # id(union) -> its articles are distinct objects (always, in a run)
        made: dict[tuple[tuple[int, ...], str, int], tuple[str, list[Related]]] = {}  # shared by the copies of a headline
        for i, union in todo:
            if id(union) not in distinct:
                distinct[id(union)] = len({id(articles[j]) for j in union}) == len(union)
            if distinct[id(union)]:
                count = len(union) - 1
                others = [j for j in union[: MAX_RELATED + 1] if j != i][:MAX_RELATED]
            else:
                every = [j for j in union if articles[j] is not articles[i]]
                count, others = len(every), every[:MAX_RELATED]
            if not count:
                continue
            head = heads[i]
            assert head is not None
            shape = (tuple(others), keys[i], count)  # all that the message and the related entries depend on
            if shape not in made:
                related = []
                for j in others:
                    other_head = heads[j]
                    assert other_head is not None
                    same = "the same" if keys[j] == keys[i] else "a nearly identical"
                    related.append(Related(other_head.span, f"{same} headline in {articles[j].path}", other=articles[j]))
                more = f" and {count - MAX_RELATED} more" if count > MAX_RELATED else ""
                made[shape] = (f"another article of this run has this headline ({articles[others[0]].path}{more})", related)
            message, related = made[shape]
            yield i, self.finding(head.span, message, [], related, confidence=0.9)
