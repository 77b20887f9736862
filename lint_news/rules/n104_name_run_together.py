"""N104: a multi-part name written as one word ("Yoonseokyeol" for "Yoon Seok-yeol")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..names.gazetteer import fold, gazetteer, user_names
from ..names.lexicon import unknown
from ..names.mentions import Tok, mentions
from ..registry import Rule


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
        joined: dict[str, Tok] = {}  # folded "yoonseokyeol" -> first token of the run
        spelled: dict[str, str] = {}
        for run in ms.runs:
            if len(run) < 2:
                continue
            texts = [t.text for t in run]
            parts = [fold(text).replace("-", "") for text in texts]
            for size in (2, 3):
                for i in range(len(run) - size + 1):
                    key = "".join(parts[i : i + size])
                    if len(key) >= 8 and key not in joined:
                        joined[key] = run[i]
                        spelled[key] = " ".join(texts[i : i + size])
        if not joined:
            return
        from rapidfuzz import fuzz, process

        for tok in singles:
            key = fold(tok.text)
            if key not in candidates or (key in joined and spelled[key] == tok.text):
                continue
            hit = process.extractOne(key, list(joined), scorer=fuzz.ratio, score_cutoff=85)
            if hit is None or abs(len(hit[0]) - len(key)) > 2 or spelled[hit[0]] == tok.text:
                continue
            if len(hit[0]) > len(key) and (hit[0].startswith(key) or hit[0].endswith(key)):
                continue  # one part of the name alone ("Araucanía" beside "La Araucanía")
            anchor = joined[hit[0]]
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{tok.text}' looks like the name '{spelled[hit[0]]}' run together",
                [Suggestion(spelled[hit[0]], "unsafe")],
                [Related(Span(anchor.start, anchor.start + len(spelled[hit[0]])), "written in parts here")],
                confidence=0.75,
            )
