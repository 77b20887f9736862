"""V103: "she" or "her" for an institution the sentence before names: a literal "sie" or "elle"."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import AUXILIARIES, verb_forms
from ..text.persons import given_names

# Nouns that German and French make feminine ("die Regierung", "la commission") and English "it".
_INSTITUTIONS = (r"(?:government|cabinet|coalition|party|company|firm|commission|ministry|administration|opposition"
                 r"|union|bank|council|court|police|army|city|country|alliance|republic|federation|organi[sz]ation"
                 r"|agency|authority|committee|parliament|assembly|majority|chamber|region|municipality)")
# The sentence before opens with the institution as its subject, after at most a lead phrase:
# "For two days, the entire federal government withdraws ..."
_INSTITUTION_SUBJECT = lazy_compile(
    rf"(?:(?:For|In|On|At|After|Before|During|Since|Last|This|Over)\b[^,]{{0,60}},\s+)?[Tt]he\s+(?:[a-z-]+\s+){{0,3}}"
    rf"(?P<noun>{_INSTITUTIONS})\b(?:[ -](?P<next>[a-z]+))?")
# The sentence opens with "she" or "her", after at most a short lead phrase: "In the end, she returned"
_SHE_FIRST = lazy_compile(r"(?:[A-Z][^,“”\"]{0,40},\s+)?(?P<pronoun>[Ss]he|[Hh]er)\b")
# Anyone the pronoun could be: a person's title or role, a pronoun of a person, Mr/Ms
_PERSON = lazy_compile(
    r"(?i)\b(?:mr|mrs|ms|dr|madam|woman|women|girl|mother|wife|daughter|sister|queen|princess|lady|she|her|he|his"
    r"|minister|president|chancellor|premier|leader|chief|head|spokes\w*|envoy|official|director|secretary|chair\w*"
    r"|mayor|governor|judge|lawyer|candidate|member|commissioner|ambassador|manager|founder|ceo|executive"
    r"|witness|economist|analyst|expert|victim|boss|doctor|nurse|teacher|student|worker|officer|citizen|resident"
    r"|activist|protester|suspect|defendant|plaintiff|actor|singer|writer|author|journalist|reporter|editor|scientist"
    r"|researcher|professor|employee|customer|patient|driver|passenger|pilot|soldier|athlete|player|coach|captain"
    r"|owner|partner|colleague|friend|child|person|individual|volunteer|representative|delegate|deputy|lawmaker"
    r"|senator|mp|councillor|councilor|adviser|advisor|aide|assistant|consultant|investor|banker|trader|farmer"
    r"|prosecutor|attorney|negotiator|mediator|inspector|auditor|chef|artist|designer|engineer|nominee|appointee"
    r"|successor|predecessor|winner|survivor|hostage|applicant|graduate|mourner|heir|heiress|owner|tenant)s?\b")
# Two capitalised words not at the sentence start and not after a preposition of place: a person's name
_FULL_NAME = lazy_compile(r"(?<!\bto )(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bof )\b[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][a-zà-ÿ]+")
_FIX = {"she": "it", "She": "It", "her": "its", "Her": "Its"}


_FEMALE_CUE = lazy_compile(r"(?i)\b(?:ms|mrs|madam|woman|women|girl|she|her|herself|mother|wife|daughter|sister|queen"
                           r"|princess|lady|spokeswoman|chairwoman|actress|businesswoman|congresswoman)\b")
_CAPITALISED = lazy_compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+\b")


def _heads_its_phrase(following: str | None) -> bool:
    """The institution noun is the head of the subject: a verb, an adverb or punctuation follows,
    not a noun it modifies ("the police officer", "the country singer", "the bank robber")."""
    if following is None:
        return True
    return following in AUXILIARIES or following.endswith("ly") or verb_forms(following) in ("past", "pres3")


def _woman_before(text: str, end: int) -> bool:
    """The text before ``end`` speaks of a woman: a female word or pronoun, or a woman's given name."""
    if _FEMALE_CUE.search(text, 0, end):
        return True
    return not given_names()[0].isdisjoint(_CAPITALISED.findall(text, 0, end))


class InstitutionAsShe(Rule):
    """"She" or "her" for an institution that the sentence before names as its subject.

    ## What it flags
    A sentence of the narration that opens with "she" or "her" (after at most a short lead phrase:
    "In the end, she returned ...") right after a sentence of the same paragraph whose subject is
    an institution ("the federal government", "the coalition", "the commission", "the company")
    and which names no person: no full name, no "Mr" or "Ms", no minister, spokesman, leader or
    other role, no other pronoun of a person; and nothing before it speaks of a woman (a female
    word or pronoun, a woman's given name), who might be meant.

    ## Why it matters
    German and French give these nouns a feminine gender ("die Regierung ... sie", "la commission
    ... elle"); a literal translation turns the institution into a woman, and the reader looks for
    a woman the article never named.

    ## Example
        For two days, the federal government met at a castle outside the capital. In the end, she returned to work.

    ## Suggested fix
    "it" for "she", "its" for "her" ("In the end, it returned to work").

    ## Fix safety
    Unsafe: "her" may be an object ("... gave her the award"), and a woman may be meant after all.
    """

    code = "V103"
    name = "pronoun-drift.institution-as-she"
    category = "pronoun-drift"
    severity = "warning"
    summary = "'She' or 'her' for an institution the sentence before names"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for before, ps in pairwise(prose_sentences(article)):
            if ps.index == 0 or ps.quoted or before.quoted:
                continue  # the two sentences must be of one paragraph, both narration
            low = ps.lower_words
            if "she" not in low and "her" not in low:
                continue  # (the common case, told without a regex)
            she = _SHE_FIRST.match(text, ps.start, ps.end)
            if she is None or _PERSON.search(text, ps.start, she.start("pronoun")):
                continue
            subject = _INSTITUTION_SUBJECT.match(text, before.start, before.end)
            if subject is None or not _heads_its_phrase(subject.group("next")):
                continue
            if _PERSON.search(text, before.start, before.end):
                continue
            if _FULL_NAME.search(text, before.start + 1, before.end):
                continue  # a person may be named after all
            if _woman_before(text, before.start):
                continue  # a woman named earlier may be meant ("Anna Berg left the firm. ... She did not comment.")
            pronoun = she.group("pronoun")
            yield self.finding(
                Span(she.start("pronoun"), she.end("pronoun")),
                f"'{pronoun}' right after '{subject.group('noun')}', an institution: 'it'? (German 'sie' or French "
                "'elle' translated word for word)",
                [Suggestion(_FIX[pronoun], "unsafe")],
                [Related(Span(subject.start("noun"), subject.end("noun")), "the institution")],
                confidence=0.65,
            )
