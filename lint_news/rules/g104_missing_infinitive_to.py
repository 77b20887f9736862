"""G104: a verb of asking or urging with its object but no "to" before the next verb."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.lexicon import VERB_ONLY_BASES

# Verbs that take "object + to-infinitive" ("asks allies to help"); help, make, let, have, see
# and hear take a bare infinitive and are not listed.
_HEAD = (r"ask|asks|asked|asking|urge|urges|urged|urging|tell|tells|told|telling|want|wants|wanted|"
         r"encourage|encourages|encouraged|force|forces|forced|allow|allows|allowed|invite|invites|invited|"
         r"call on|calls on|called on|persuade|persuades|persuaded|order|orders|ordered")
# Object: one to three words, each a determiner, a capitalised word or a plural noun.
_OBJECT = r"(?:(?:the|other|all|its|his|her|their|both|many|some|[A-Z][\w-]+|[a-z]+s)\s){1,3}"
_VERB = (r"understand|accept|support|join|stop|leave|respect|recognise|recognize|end|return|pay|reconsider|"
         r"withdraw|agree|sign|act|resume|halt|abandon|comply|cooperate|negotiate|vote|drop|lift|release")
_PATTERN = lazy_compile(rf"\b((?i:{_HEAD}))\s({_OBJECT})((?i:{_VERB}))\b")
# The verbs of asking and urging that never take a clause without "that" ("told reporters officials
# continue" is good English; "asked family doctors extend" is not): any of them, an object of one to
# three words ending in a plural, a name or a pronoun, and a verb with no noun reading (VERB_ONLY_BASES)
_ASKING = (r"ask|asks|asked|asking|urge|urges|urged|urging|encourage|encourages|encouraged|force|forces|forced|"
           r"allow|allows|allowed|invite|invites|invited|call on|calls on|called on|order|orders|ordered")
_WIDE = lazy_compile(rf"\b((?i:{_ASKING}))\s((?:[a-z]+\s|[A-Z][\w-]+\s){{0,2}}(?:[a-z]+s|[A-Z][\w-]+|them|him|her|us)\s)"
                     r"([a-z]+)\b(?!['’-])")
_WORD_BEFORE = lazy_compile(r"([\w'’-]+) $")
# Before a head that is then a noun or an adjective: "the orders", "many forced evictions"
_AFTER_NOT_VERB = frozenset("a an the its their his her our your my these those some many most few several all no "
                            "any each every other such".split())
# Words that open a clause or a phrase, not an object: "asked whether courts extend", "urged that ..."
_CLAUSE_WORDS = frozenset(
    """whether if why how what which who whom whose when where for about from by with in on at of to and or but
    not because after before since while would could should will can may might must did do does had have has be
    been being are were is was that this these those there then than as so also still""".split())
_HEAD_WORDS = frozenset(w.split()[0] for w in _HEAD.split("|"))
_DETERMINERS = frozenset({"the", "its", "his", "their", "other"})  # ("all", "both" may be the object: "urged all leave")
_NOT_OBJECT = frozenset({"is", "was", "has", "this", "thus", "as", "us", "perhaps", "news", "always", "that", "to"})


class MissingInfinitiveTo(Rule):
    """A verb of asking, urging or allowing without "to" before the next verb.

    ## What it flags
    "ask", "urge", "tell", "want", "encourage", "force", "allow", "invite", "call on",
    "persuade" and "order" followed by their object and a bare verb: "asks other countries
    understand", "urged allies support the plan". These verbs take "to" before the verb. After
    the verbs that never take a clause without "that" (ask, urge, encourage, force, allow,
    invite, call on, order), any verb with no noun reading counts ("asked family doctors extend
    their hours"); after "tell" and "want" only a short list does ("told reporters officials
    continue" is good English). An object word that opens a clause ("asked whether courts
    extend") and text in capitals (an old-style wire headline, telegraphic by convention) are
    left alone.

    ## Why it matters
    Translation from languages without an infinitive marker drops "to"; the sentence reads as
    broken, in headlines most of all.

    ## Example
        Government Asks Other Nations Accept Its Plan

    ## Suggested fix
    Insert "to": "Asks Other Nations to Accept".

    ## Fix safety
    Unsafe: "to" is what is missing, but an editor should read the sentence.
    """

    code = "G104"
    name = "grammar.missing-infinitive-to"
    category = "grammar"
    severity = "warning"
    summary = "'asks them accept': a verb of asking or urging without 'to'"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        # try the pattern only where a head verb stands: a set look-up per word is far cheaper
        # than letting the regex try its alternation at every position of the text
        text, words = article.text, article.words
        starts = [words[i].start for i, w in enumerate(article.lower_words) if w in _HEAD_WORDS]
        matches = (_PATTERN.match(text, start) or _wide_match(text, start) for start in starts)
        for m in (m for m in matches if m is not None):
            obj = m.group(2)
            if "\n" in obj or any(w.lower() in _NOT_OBJECT for w in obj.split()):
                continue
            if obj.split()[-1].lower() in _DETERMINERS:
                continue  # "ordered the return of the money": a determiner's noun, not a bare verb
            if m.group().isupper():
                continue  # a wire headline in capitals is telegraphic by convention ("U.S. ASKS JAPAN END ...")
            verb = m.group(3)
            fixed = f"{m.group(1)} {obj}to {verb}"  # "to" stays lower case in title-case headlines
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' needs 'to' before '{verb}'",
                               [Suggestion(fixed, "unsafe")], confidence=0.7)


def _wide_match(text: str, start: int) -> re.Match[str] | None:
    """_WIDE at ``start``, when its verb has no noun reading and no object word opens a clause, and
    the head is a verb: in the past or third person, in lower case, after no determiner, preposition
    or adverb or -ing word ("Forced evictions continue", "restraining orders judges impose", "Air Force pilots receive", "frequently asked questions
    explain", "the orders judges impose", "the questions reporters ask officials go" are left alone)."""
    m = _WIDE.match(text, start)
    if m is None or m.group(3) not in VERB_ONLY_BASES:
        return None
    head = m.group(1)
    if not head.islower() or not head.split()[0].endswith(("ed", "s")):
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and (before.group(1).lower() in _CLAUSE_WORDS or before.group(1).lower().endswith(("ly", "ing"))
                               or before.group(1).lower() in _AFTER_NOT_VERB):
        return None
    return None if any(w in _CLAUSE_WORDS for w in m.group(2).lower().split()) else m
