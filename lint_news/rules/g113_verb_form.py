"""G113: a verb in the wrong form after its auxiliary or subject ("will has", "was approve", "it expect")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Token
from ..facts.spans import indexes
from ..findings import Finding, Span, Suggestion
from ..registry import Rule
from ..text.lexicon import MODALS, VERB_ONLY_BASES

# Verbs that are (almost) never nouns or adjectives and make their past participle with -ed / -d:
# after "was" or "had" the base form can only be a lost ending ("was approve", "had encroach")
_IRREGULAR = frozenset(
    "become begin bring buy choose give go keep meet sell send speak seek tell understand uphold withdraw write".split()
)
_EXTRA_VERBS = frozenset("expect encroach include urge insist decide agree fail manage argue suggest predict".split())
# nouns too ("was refuse from a ship"), kept out
_ALSO_NOUNS = frozenset("refuse".split())
REGULAR_VERBS = (VERB_ONLY_BASES | _EXTRA_VERBS) - _IRREGULAR - _ALSO_NOUNS
_TRIGGERS = REGULAR_VERBS | MODALS
_BE = frozenset("is are was were be been being".split())
_HAVE = frozenset("has have had".split())
# After a modal only a base form: "will has" -> "will have"
_FINITE_AFTER_MODAL = {"has": "have", "had": "have", "is": "be", "are": "be", "was": "be", "were": "be",
                       "am": "be", "does": "do", "did": "do"}
# Modals that are nouns too ("the testator's will was read", "ill will has", "a can is", "May is"): taken
# as modals only after a subject pronoun
_NOUN_MODALS = frozenset("will can may might must".split())
_SUBJECTS = frozenset("i you he she it we they who which that there".split())
# Before "he/she/it + base": words that make the base form right ("let it go", "did he approve",
# "insisted that he resign")
_BASE_LICENSERS = MODALS | frozenset("do does did to not why how".split())
# Verbs whose object takes a bare verb after it ("let it expand", "watching it fail", "helping it grow")
_BARE_AFTER_OBJECT = ("let", "mak", "made", "help", "see", "saw", "seen", "watch", "hear", "heard", "have", "has", "had",
                      "bid", "feel", "felt", "notic")
# Words after which "it" starts a clause as its subject ("said it expect", "and it include"); after
# other words it is an object ("Analysts who cover it expect")
_BEFORE_SUBJECT_IT = frozenset(
    "that and but or so because since when while if as although though where said says say added told".split())
# Stems of the words that take a subjunctive "that" clause ("requiring that he maintain")
_MANDATIVE = ("insist", "demand", "requir", "recommend", "propos", "suggest", "ask", "urg", "order", "request",
              "essential", "important", "vital", "necessar", "imperative", "crucial", "rule", "prefer", "advis",
              "condition", "stipulat", "mov")
_THIRD_PERSON = frozenset(("he", "she", "it"))


def _participle(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


class VerbForm(Rule):
    """A verb in the wrong form after its auxiliary or its subject.

    ## What it flags
    - a modal followed by a finite form: "it will has restored" ("will have"), "could was"
      ("could be"); "will", "can", "may", "might" and "must" only after a subject pronoun, as they
      are nouns too ("the testator's will was read", "ill will has grown", "May is");
    - "was", "is", "been" or "had", "has" before the base form of a regular verb that is never a
      noun or an adjective: "the bill was approve by 58 votes" ("approved"), "the settlers had
      encroach on the land" ("encroached"); not "all they did was approve the plan";
    - "he", "she" or "it" before such a base form: "it expect sales to fall" ("expects"); not
      after a modal, "do", "to", or a verb whose object takes a bare verb ("let it expand",
      "watching it fail", "did he approve"), nor "it" as an object ("analysts who cover it expect"),
      nor in a subjunctive ("insisted that he resign", "demanded he resign", "on condition that it
      include").

    ## Why it matters
    Translation engines and spinners drop endings and mix up auxiliaries; the reader stumbles,
    and such slips mark the copy as machine-made.

    ## Example
        The utility said it will has restored power by Friday, and the plan was approve on Monday.

    ## Suggested fix
    The right form: "will have", "was approved", "it expects".

    ## Fix safety
    Unsafe: the sentence may need another tense ("it had restored").
    """

    code = "G113"
    name = "grammar.verb-form"
    category = "grammar"
    severity = "warning"
    summary = "A verb in the wrong form after its auxiliary or subject ('will has', 'was approve', 'it expect')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        low = article.lower_words
        found = _TRIGGERS.intersection(low)  # one pass over the words, in C
        if not found:
            return
        verbs, modals = found & REGULAR_VERBS, found & MODALS
        words, text = article.words, article.text
        spots: list[tuple[int, str, str]] = []  # (index of the wrong word, message, fix)
        for modal in modals:
            for i in indexes(low, modal):
                if i + 1 >= len(low) or low[i + 1] not in _FINITE_AFTER_MODAL or not words[i].text.islower():
                    continue
                if modal in _NOUN_MODALS and not (i and low[i - 1] in _SUBJECTS):
                    continue  # "the will is", "ill will has", "a can was": a noun
                fix = _FINITE_AFTER_MODAL[low[i + 1]]
                spots.append((i + 1, f"'{words[i].text} {words[i + 1].text}': after '{words[i].text}' only '{fix}' fits",
                              fix))
        for verb in verbs:
            for i in indexes(low, verb):
                if not i or not _joined(text, words, i):
                    continue
                before = low[i - 1]
                if before in _BE or before in _HAVE:
                    if before in _BE and _did_was(low, i):
                        continue  # "all they did was approve the plan"
                    fix = _participle(verb)
                    spots.append((i, f"'{words[i - 1].text} {words[i].text}': the participle '{fix}' is meant", fix))
                elif before in _THIRD_PERSON and _bare_after_subject(low, i):
                    fix = _third_person(verb)
                    spots.append((i, f"'{words[i - 1].text} {words[i].text}': '{words[i - 1].text}' takes '{fix}'", fix))
        for i, message, fix in sorted(spots):
            token = words[i]
            if article.in_quote(token.start):
                continue
            yield self.finding(Span(token.start, token.end), message, [Suggestion(fix, "unsafe")], confidence=0.7)


def _joined(text: str, words: list[Token], i: int) -> bool:
    """Are words i-1 and i separated by one space (no punctuation between them)?"""
    return text[words[i - 1].end : words[i].start] == " "


def _did_was(low: list[str], i: int) -> bool:
    """"What / all they did was approve ...": a pseudo-cleft, its base form right."""
    return any(w in ("did", "do", "does", "done") for w in low[max(0, i - 6) : i - 1])


def _bare_after_subject(low: list[str], i: int) -> bool:
    """Is the base form after "he/she/it" (at i-1) wrong: no word before the pronoun that takes a
    bare verb after its object ("let it", "did he", "to it"?), no subjunctive ("insisted that he")?"""
    before = low[i - 2] if i >= 2 else ""
    if before in _BASE_LICENSERS or before.startswith(_BARE_AFTER_OBJECT):
        return False
    if low[i - 1] == "it" and i >= 2 and before not in _BEFORE_SUBJECT_IT:
        return False  # an object ("who cover it expect", "the villages around it include")
    window = low[max(0, i - 6) : i - 1]
    if "that" not in window:
        # a subjunctive without "that" ("demanded he resign")
        return not any(w.startswith(_MANDATIVE) for w in window)
    that = i - 2 - window[::-1].index("that") if low[i - 2] != "that" else i - 2
    # the word that asks for a subjunctive may stand well before its "that" ("clauses requiring
    # annual statements ... and that he maintain")
    return not any(w.startswith(_MANDATIVE) for w in low[max(0, that - 18) : that])
