"""N104: a multi-part name written as one word ("Yoonseokyeol" for "Yoon Seok-yeol")."""

from __future__ import annotations

from collections.abc import Iterator
from operator import add

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..names.gazetteer import fold, gazetteer, user_names
from ..names.lexicon import unknown
from ..names.mentions import Tok, mentions
from ..registry import Rule
from ..text import fuzzy


class NameRunTogether(Rule):
    """A name of two or three parts written as one word, while the article spells it in parts.

    ## What it flags
    A capitalised word of eight or more letters, in no dictionary and used once, that matches
    (nearly letter for letter) a name of two or three parts written elsewhere in the same article:
    "Parkjiwon" beside "Park Ji-won".

    ## Why it matters
    Romanisation by machine often drops the spaces and hyphens of Asian names; the run-together
    form is not searchable and reads as a different person.

    ## Example
        Park Ji-won spoke first. Later Parkjiwon left the hall.

    ## Suggested fix
    The spelling the article uses elsewhere: "Park Ji-won".

    ## Fix safety
    Unsafe: the name may have been respelled as well.
    """

    code = "N104"
    name = "name.run-together"
    category = "name"
    severity = "warning"
    summary = "A multi-part name written as one word"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        counts = ms.cap_counts
        once = {w for w, n in counts.items() if n == 1 and len(w) >= 8 and w.isalpha()}  # used once: one token each
        candidates = unknown(map(fold, once)) - gaz.tokens - user.tokens if once else set()
        if not candidates:
            return
        singles = [t for t in ms.toks if t.text in once]
        joined = _joined(ms.runs)  # folded "yoonseokyeol" -> the tokens that write it in parts
        if not joined:
            return
        choices = list(joined)
        for tok in singles:
            key = fold(tok.text)
            if key not in candidates or (key in joined and _spelled(joined[key]) == tok.text):
                continue
            hit = fuzzy.extract_one(key, choices, 85)
            if hit is None or abs(len(hit[0]) - len(key)) > 2:
                continue
            spelled = _spelled(joined[hit[0]])
            if spelled == tok.text:
                continue
            if len(hit[0]) > len(key) and (hit[0].startswith(key) or hit[0].endswith(key)):
                continue  # one part of the name alone ("Araucanía" beside "La Araucanía")
            anchor = joined[hit[0]][0]
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{tok.text}' looks like the name '{spelled}' run together",
                [Suggestion(spelled, "unsafe")],
                [Related(Span(anchor.start, anchor.start + len(spelled)), "written in parts here")],
                confidence=0.75,
            )


def _joined(runs: list[list[Tok]]) -> dict[str, list[Tok]]:
    """Each name of two or three parts in the runs, run together and folded ("yoonseokyeol"), of
    eight letters or more -> its first tokens in the runs.

    The keys come in the order of the plain loop (run by run, the names of two parts before those
    of three), as extractOne's ties and the anchors depend on it. Three in four runs have two
    tokens: their one key is made straight from the two, with no list or slice; the keys of three
    parts add a third part to those of two.
    """
    joined: dict[str, list[Tok]] = {}
    for run in runs:
        n = len(run)
        if n < 2:
            continue
        if n == 2:
            a, b = run
            key = fold(a.text).replace("-", "") + fold(b.text).replace("-", "")
            if len(key) >= 8 and key not in joined:
                joined[key] = run
            continue
        parts = [fold(tok.text).replace("-", "") for tok in run]
        pairs = list(map(add, parts, parts[1:]))
        for i, key in enumerate(pairs):
            if len(key) >= 8 and key not in joined:
                joined[key] = run[i : i + 2]
        for i, key in enumerate(map(add, pairs, parts[2:])):
            if len(key) >= 8 and key not in joined:
                joined[key] = run[i : i + 3]
    return joined


def _spelled(toks: list[Tok]) -> str:
    """The name as the article writes it in parts: "Park Ji-won"."""
    return " ".join(tok.text for tok in toks)
