"""B105: a subordinate clause standing alone as a sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise
from operator import itemgetter

from ..context import Context
from ..document import Article, Token
from ..findings import Finding
from ..registry import Rule
from ..text.clauses import ProseSentence, has_maybe_verb, prose_sentences, verb_groups
from ..text.lexicon import AUXILIARIES, DETERMINERS, MODALS, PREPOSITIONS, verb_forms

# "Because" and "whereas" never take a verbless phrase ("Although tired, he ..." is fine).
_STRICT = frozenset({"because", "whereas"})
_LOOSE = frozenset({"although", "though", "while", "unless", "if", "since", "when", "once"})
_ASKED = frozenset({"when", "if", "once", "although", "while"})


_IMPERATIVE_LEADS = frozenset("just then simply always never do don't be".split())
_RELATIVE_STARTS = frozenset({"which", "who"})


def _commas(text: str, first: int, end: int) -> Iterator[int]:
    at = first
    while 0 <= at < end:
        yield at
        at = text.find(",", at + 1, end)


def _main_clause_likely(words: list[Token], low: list[str], comma: int) -> bool:
    """After the comma: an imperative ("check the times", "just head to ..."), or a word the verb
    list does not count as finite that may still be the verb ("most offspring survive", "the
    particles self-organize")."""
    after = [i for i, w in enumerate(words) if w.start > comma]
    if not after:
        return False
    head = low[after[0]]
    following = low[after[1]] if len(after) > 1 else ""
    if head in _IMPERATIVE_LEADS or (verb_forms(head) == "base" and following and following not in PREPOSITIONS):
        return True  # "check the times", not "work on the bridge"
    return len(after) > 1 and has_maybe_verb(low, after[1])  # the words after a comma run to the sentence end


# Endings of adjectives ("consistent", "national", "active", "famous", "best")
_ADJECTIVE_ENDINGS = ("ent", "ant", "al", "ive", "ous", "ful", "ic", "able", "ible", "est", "ary", "ory")


def _said_clause(low: list[str]) -> bool:
    """The clause's second verb reports the first ("has said she supports"): still one clause."""
    return any(w in ("said", "says", "thinks", "believes", "hopes", "claims") for w in low[2:])


def _of_which_alone(low: list[str]) -> bool:
    """"The first of which at five months of age.": a sentence that opens with a part "of which" or
    "of whom", a piece of the sentence before."""
    k = 1 if low[0] == "the" else 0
    return len(low) > k + 3 and low[k] in _RELATIVE_QUANTIFIERS | _ORDINALS and low[k + 1] == "of" \
        and low[k + 2] in ("which", "whom")


_ORDINALS = frozenset("first second third fourth fifth last latter former".split())


def _finite_heads(low: list[str]) -> int:
    """Verbs that head a clause: a present, past or auxiliary form, or a base form not after an
    auxiliary (two words back at most: "did not want") or "to" ("Which the ministry did not want to
    comment." has one; "Which the voters choose remains ..." two)."""
    heads = 0
    for k, word in enumerate(low):
        form = verb_forms(word)
        after_helper = any(verb_forms(w) == "aux" or w == "to" for w in low[max(0, k - 2) : k])
        heads += form in ("pres3", "past", "aux") or (form == "base" and not after_helper)
    return heads


_START = itemgetter(0)  # Token.start
# What opens a relative clause after a comma: ", who", ", which", ", many of whom"
_COMMA_RELATIVES = frozenset("who which whose where".split())
_RELATIVE_QUANTIFIERS = frozenset("many some most all none both several each one two three four half".split())
# the second word of a part "of which" ("Many of which"), or the part after "The" ("The first of which")
_OF_WHICH_SECOND = _RELATIVE_QUANTIFIERS | frozenset("first second third fourth fifth last latter former of".split())
# After the relative clause, these would close it before a main clause: none may follow it
_CLAUSE_CLOSERS = (",", ";", ":", "—", "–", " - ", "(", "“", '"')
# Words before a second verb of the same relative clause ("who had won the toss and chose to bat")
_JOINERS = frozenset("and or but that which who whom where when then also not".split())
_FRAGMENT_LEADS = frozenset("hence thus enter cue next plus witness".split())
MAX_HEAD_WORDS = 6  # "The budget", "Residents in the north": a short noun phrase, not a clause


def _unclosed_relative(text: str, start: int, end: int, words: list[Token], low: list[str]) -> str | None:
    """"Residents, many of whom had travelled overnight to the hearing." / "The budget, which also
    includes $31 million for roads.": a short phrase with no verb, a comma, a relative clause that
    runs to the full stop and never closes; the sentence has no main verb. The opener as written,
    else None."""
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    # the word after the first comma: within the first few words, and opening a relative clause
    k = bisect_right(words, comma, hi=min(len(words), MAX_HEAD_WORDS + 1), key=_START)
    if not 1 <= k <= MAX_HEAD_WORDS or k + 2 >= len(words) \
            or (low[k] not in _COMMA_RELATIVES and low[k] not in _RELATIVE_QUANTIFIERS):
        return None
    if ":" in text[start:comma] or low[0] in _FRAGMENT_LEADS:
        return None  # "Next up: France, who ...", "Hence the queues, which ...": fragments on purpose
    opener = k
    if low[k] in _RELATIVE_QUANTIFIERS and low[k + 1] == "of" and low[k + 2] in ("whom", "which"):
        opener = k + 2
    elif low[k] not in _COMMA_RELATIVES:
        return None
    rest = text[words[opener].end : end]
    if any(mark in rest for mark in _CLAUSE_CLOSERS) or text[start : words[0].start].strip():
        return None  # the clause closes ("..., who spoke on Monday, said ..."), or a list item ("* Duolingo, which ...")
    if verb_groups(words[:k], low[:k]) or has_maybe_verb(low[:k]):
        return None  # a verb before it ("That set the stage for Puig, who ...")
    groups = verb_groups(words[opener + 1 :], low[opener + 1 :])
    if not groups:
        return None  # no verb in the clause: not read as one
    if any(low[opener + g] not in _JOINERS for g in groups[1:]):
        return None  # a second verb after a noun: the main verb, its comma missing ("..., who is in the squad says he ...")
    return text[words[k].start : words[opener].end]


def answers_question(article: Article, start: int) -> bool:
    """Does the text right before ``start`` end with a question (a Q&A explainer's answer follows)?"""
    before = article.text[max(0, start - 200) : start].rstrip()
    return before.endswith(("?", "?”", '?"'))


# Clause openers after an opening phrase and its comma, and the words such a phrase opens with
_CUT_OPENERS = frozenset("when while after before because although as".split())
_ADVERBIAL_STARTS = frozenset("earlier later last in on at during after before since by late early".split())
_SUBORDINATE_CUT = frozenset("once when whenever because if unless until after before while although though since".split())
# The subject of a relative clause whose object is "which": "Which the governor supports."
# "Which analysts said ...", "Which officials believe ...": the source put inside a relative clause
_REPORTED_BY = frozenset("said say says believe believes believed expect expects expected estimate estimated warned argued".split())
_OBJECT_RELATIVE_SUBJECTS = frozenset("the a an his her their its our this these those he she they it we".split())


class StrandedSubordinate(Rule):
    """A subordinate clause punctuated as a sentence, its main clause lost.

    ## What it flags
    A sentence of the narration that opens with a subordinating conjunction ("Because",
    "While", "Although", "If", "When", ...) and has no main clause: at most one finite verb,
    and nothing with a verb after its last comma ("While the talks went on, the capital."),
    or a "When asked about ...?" clause closed with a question mark; also a relative clause
    standing alone ("Which was approved last week.", "Who heads the delegation.", "Which the
    governor has said she supports."); and a short phrase with no verb followed by a relative
    clause that runs to the full stop ("Residents, many of whom had travelled overnight to the
    hearing.", "The budget, which also includes $31 million for roads."), where the main verb that
    should follow the clause is lost (a clause that closes with a comma, a second verb after a
    noun, which is the main verb with its comma missing, and list items are left alone). "Because of
    ..." with a main verb and full sentences ("Although tired, he kept going.", "Who will lead is
    unclear.") are left alone; "Because of ..." with no verb at all is flagged ("Because of the
    delay in the harvest."), and so is an opening phrase whose comma leads into a clause that runs to
    the full stop ("Earlier in the season, when the two teams met in Ankara and the hosts won.").
    Also a verbless piece that opens with a part "of which" or "of whom" ("The first of which at
    five months of age."), a relative with its source put in ("Which analysts said left little
    room."), and an unclosed relative that runs to the paragraph's end with no full stop.

    ## Why it matters
    Spinners and translation engines split sentences at the wrong place or drop the main clause;
    what is left promises a consequence that never comes.

    ## Example
        The summit ended late. Because only a week earlier, the minister made angry remarks.

    ## Suggested fix
    Join the clause to the sentence it belongs to, or restore the main clause.

    ## Fix safety
    No automatic fix.
    """

    code = "B105"
    name = "broken-sentence.stranded-subordinate"
    category = "broken-sentence"
    severity = "warning"
    summary = "A subordinate clause stands alone as a sentence"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 4:
                continue
            low = ps.lower_words
            first = low[0]
            # (or with no mark at all, where the paragraph stops: a sentence cut with its full stop)
            if (text[ps.end - 1] == "." or (text[ps.end - 1].isalpha() and ps.index == ps.count - 1)) \
                    and words[0].text[:1].isupper():
                opener = _unclosed_relative(text, ps.start, ps.end, words, low)
                if opener is not None and not answers_question(article, ps.start):
                    end = "the full stop" if text[ps.end - 1] == "." else "the paragraph's end"
                    yield self.finding(ps.sentence.span, f"the clause opened by ', {opener}' runs to {end}: "
                                       "the sentence has no main verb (words were lost)", confidence=0.6)
                    continue
            if low[1] in _OF_WHICH_SECOND and _of_which_alone(low) and text[ps.end - 1] == "." and not verb_groups(words, low):
                yield self.finding(ps.sentence.span, f"'{' '.join(w.text for w in words[: low.index('of') + 2])} …' "
                                   "has no verb: it belongs to the sentence before", confidence=0.65)
                continue
            if first in _RELATIVE_STARTS:
                if self._stranded_relative(text, ps.start, ps.end, words, low):
                    yield self.finding(ps.sentence.span, f"a relative clause opening with '{words[0].text}' stands alone: "
                                       "it belongs to the sentence before", confidence=0.65)
                continue
            if first not in _STRICT and first not in _LOOSE:
                if self._cut_after_adverbial(text, ps, words, low) and not answers_question(article, ps.start):
                    yield self.finding(ps.sentence.span, "the sentence ends inside the clause it opens after its first "
                                       "comma: the main clause is missing", confidence=0.6)
                continue
            if first == "because" and low[1] == "of":
                if not verb_groups(words, low) and text[ps.end - 1] == "." and not answers_question(article, ps.start):
                    yield self.finding(ps.sentence.span, "'Because of ...' with no verb: the main clause is missing",
                                       confidence=0.6)
                continue
            if first == "once" and low[1] in ("again", "more"):
                continue  # "Once again, ..." is an adverb
            body = text[ps.start : ps.end].rstrip("”\"’)")
            if body.endswith("?"):
                if first in _ASKED and verb_forms(low[1]) in ("past", "part"):
                    yield self.finding(ps.sentence.span, f"'{words[0].text} {words[1].text} …?' has no main clause",
                                       confidence=0.65)
                continue
            if not body.endswith("."):
                continue
            groups = verb_groups(words, low)
            if len(groups) > 1:
                continue
            if first in _LOOSE:
                comma = text.find(",", ps.start, ps.end)  # the first: the main clause may hold commas too
                if comma < 0 and groups:
                    pass  # "While we were discussing the plan." has no main clause either
                elif comma >= 0 and any(words[g].start > comma for g in groups):
                    continue  # "Since 2010, the company has grown." / "Since then, it has grown, they said."
                elif comma >= 0 and any(_main_clause_likely(words, low, c) for c in _commas(text, comma, ps.end)):
                    continue  # "If you go, check the times." / "When it mates, most offspring survive."
            yield self.finding(ps.sentence.span, f"a clause opening with '{words[0].text}' has no main clause",
                               confidence=0.65)

    @staticmethod
    def _cut_after_adverbial(text: str, ps: ProseSentence, words: list[Token], low: list[str]) -> bool:
        """"Earlier in the season, when the two teams met in Ankara and the hosts won.": a phrase with no
        verb, a comma, a clause opened by "when", "while", "after" ... that runs to the full stop."""
        if text[ps.end - 1] != "." or ps.quoted:
            return False
        comma = text.find(",", ps.start, ps.end)
        if comma < 0 or text.find(",", comma + 1, ps.end) >= 0:
            return False  # no comma, or a second one: the main clause may follow it
        k = next((i for i, w in enumerate(words) if w.start > comma), None)
        if k is None or k < 2 or k > 6 or low[k] not in _CUT_OPENERS:
            return False
        groups = verb_groups(words, low)
        return bool(groups) and all(g > k for g in groups) and low[0] in _ADVERBIAL_STARTS

    @staticmethod
    def _stranded_relative(text: str, start: int, end: int, words: list[Token], low: list[str]) -> bool:
        """"Which was approved last week." / "Who heads the delegation.": a statement made of a relative
        clause alone (its verb right after the pronoun, no other verb). "Who will lead is unclear."
        and "Which route they take depends on ..." have a main verb too."""
        if not text[start:end].rstrip("”\"’)").endswith(".") or text[start : words[0].start].strip():
            return False
        if low[0] == "which" and low[1] in _OBJECT_RELATIVE_SUBJECTS:
            # "Which the governor has said she supports.": an object relative clause alone; with a
            # second verb group the clause is a subject ("Which the voters choose remains to be seen.")
            verbs = sum(1 for w in low[2:] if verb_forms(w) in ("base", "pres3", "past", "aux"))
            return verbs <= 1 or _said_clause(low) or _finite_heads(low[2:]) == 1
        if low[0] == "which" and len(low) > 4 and low[2] in _REPORTED_BY and not verb_forms(low[1]) \
                and low[1].isalpha() and low[1] not in DETERMINERS:
            # "Which analysts said left little room for error.": a subject relative with its source put
            # in; a third verb would make the clause a subject ("Which analysts said would fail is unclear.")
            # (verb_groups reads "said left" as one group)
            return verb_forms(low[3]) in ("past", "pres3") and verb_groups(words, low) == [2]
        if low[1] in MODALS or not (low[1] in AUXILIARIES or verb_forms(low[1]) in ("past", "pres3")):
            return False  # "Who would have thought it." asks, with a full stop
        # a word in -s after a determiner or an adjective and before a preposition or the end is a
        # plural noun ("the most consistent records of"), not a verb ("Who wins depends on turnout.")
        last = len(low) - 1
        groups = [g for g in verb_groups(words, low)
                  if g == 1 or verb_forms(low[g]) != "pres3" or (g < last and low[g + 1] not in PREPOSITIONS)
                  or not (low[g - 1].endswith(_ADJECTIVE_ENDINGS) and any(w in DETERMINERS for w in low[max(0, g - 3) : g]))]
        # a clause of its own after "once", "when", "because" ... holds its own verb ("Which are expected to
        # be described once more specimens are collected.")
        sub = next((k for k in range(2, len(low)) if low[k] in _SUBORDINATE_CUT), len(low))
        groups = [g for g in groups if g < sub and "to" not in low[max(0, g - 2) : g]]  # ("expected to be described": no finite verb)
        if len(groups) != 1:
            return False
        # two verbs in a row: the clause is the subject of the second ("Who wins depends on turnout.")
        forms = [verb_forms(w) for w in low[1:]]
        return not any(a in ("pres3", "past") and b in ("pres3", "past") for a, b in pairwise(forms))
