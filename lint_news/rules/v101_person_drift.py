"""V101: first or second person in the narration of a third-person report."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from operator import attrgetter

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences
from .w112_reader_prompt import MAX_CHARS as MAX_PROMPT_CHARS
from .w112_reader_prompt import reader_prompt

_WORDS = "I we We my My our Our us me you You your Your myself ourselves yourself".split()
# \b(I|we|...)\b(?![/.]\w): a match is a whole \w-run that is one of _WORDS. The first letters come
# first as one class (the regex engine skips ahead to them), the \b before them is tested once after
# it, and a lookbehind on that letter picks the rest of the word (as the definition _PERSON_REF).
_PERSON = lazy_compile(r"[IWwMmOouYy](?<!\w.)(?:(?<=I)|(?<=[Ww])e|(?<=[Mm])y|(?<=m)(?:yself|e)|(?<=[Oo])ur"
                       r"|(?<=o)urselves|(?<=u)s|(?<=[Yy])our?|(?<=y)ourself)\b(?![/.]\w)")
_PERSON_REF = r"\b(?:" + "|".join(_WORDS) + r")\b(?![/.]\w)"  # the definition, for the tests
# "World War I", "Charles I", "Phase I": a roman numeral after a capitalised word.
_NUMERAL_BEFORE = lazy_compile(r"[A-Z][a-z]+ $")
_NUMBERED = frozenset("Article Chapter Section Title Part Phase Stage Book Volume Schedule Annex Class Level Type".split())
_TOLD_BEFORE = lazy_compile(r"\b(?:told|tells|wrote to|emailed|texted|explained to|said to|showed) $")
_CAPITAL_NEXT = lazy_compile(r" [A-Z][a-z]")  # used with .match(text, end of the pronoun)
# Site chrome and reader prompts talk to the reader; the boilerplate rules deal with them.
_CHROME_WORDS = (r"(?:e-?mail|comment|subscribe|newsletter|click|sign up|log in|cookies?|share|download|follow us|reply"
                 r"|notifications?|twitter|facebook|instagram|tune in|live coverage|listen live)\b")
# \b(words): at the start, or after a non-word character (a leading class the regex engine skips to fast)
_CHROME_START = lazy_compile("(?i)" + _CHROME_WORDS)
_CHROME = lazy_compile(r"(?i)\W" + _CHROME_WORDS)
MAX_PARAGRAPHS = 3  # a report with stray first person; more make a column or a blog
MAX_SHARE = 0.25
MAX_SENTENCES = 3  # more sentences in first or second person make an essay
_START = attrgetter("sentence.span.start")


def _chrome(sentence: str) -> bool:
    return bool(_CHROME_START.match(sentence) or _CHROME.search(sentence))


def _roman_numeral(text: str, start: int, sentence_start: int) -> bool:
    """The "I" at ``start`` is a numeral or a letter: "World War I", "Article I" (also first in a
    sentence), "K.L.I. Textiles"."""
    if start >= 2 and text[start - 1] == "." and text[start - 2].isalpha():
        return True  # the last letter of an initialism
    before = _NUMERAL_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    # first in a sentence, "Yesterday I" is the pronoun: there only nouns that take a number count
    return start - sentence_start > 12 or before.group().strip() in _NUMBERED


def _in_title(text: str, word: str, start: int, end: int, sentence_start: int) -> bool:
    """A capitalised "My", "We", "Your" ... inside a sentence and before another capitalised word:
    a title or a name ("the song My Sweet Lord", "the film We Were Soldiers"), not narration."""
    if word == "I" or not word[0].isupper() or start == sentence_start:
        return False
    before = text[start - 2 : start]
    return len(before) == 2 and before[1] == " " and (before[0].isalnum() or before[0] == ",") and \
        _CAPITAL_NEXT.match(text, end) is not None


# The generic person of feature writing, not a speaker's: "if you", "what you want", "our solar
# system", "mammals like us", "we humans", "as we know it"; and compounds ("bring-your-own"). ("people like us" is
# a speaker's.)
_GENERIC_YOU_BEFORE = lazy_compile(r"(?i)\b(?:if|when|whenever|where|wherever|what|whatever|how|unless|once|until|whether"
                                   # the reader as the object of a book's or a film's doing: "she wants you to know"
                                   r"|wants|makes|lets|leaves|reminds|forces|invites|draws|drags|pulls) $")
_HUMANITY_AFTER_OUR = frozenset(
    """solar planet planet's galaxy star species ancestors ancestor universe sun moon closest
    evolutionary brains bodies minds genes genome immune""".split()
)
# "mammals like us", "humans such as us", "monkeys, apes and us", "one of us": humankind
_HUMANITY_US_BEFORE = lazy_compile(r"(?i)\b(?:(?:humans?|mammals|primates|apes|animals|earthlings) (?:like|than|such as|and)"
                                   r"|almost one of|just one of) $")
# the humankind "our"s that make a whole sentence generic ("our planet ... we"); with the others
# ("our sun", "our immune system") a "we" in the sentence may still be a speaker's
_HUMANITY_SENTENCE_OUR = frozenset("solar planet planet's galaxy species ancestors ancestor universe evolutionary".split())
# The publication's own "our": "our reporter", "our review", "our readers"
_NEWSROOM_AFTER_OUR = frozenset(
    """reporter reporters correspondent correspondents review reviews readers viewers listeners coverage
    newsroom website site podcast sister analysis poll survey tally calculations""".split()
)


# _generic's answers: the word alone is generic (a compound, the newsroom's "our"), or it speaks
# for its whole sentence ("if you ...", humankind's "we"), whose other words of that person are too
WORD, SENTENCE = "word", "sentence"


def _generic(text: str, word: str, start: int, end: int, sentence_start: int) -> str | None:
    """The first or second person of feature writing or of a compound, not a lost quotation: WORD or
    SENTENCE (how far the generic reading reaches), or None."""
    if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
        return WORD  # "bring-your-own-device"
    low = word.lower()
    if low == "you":
        return SENTENCE if _GENERIC_YOU_BEFORE.search(text, max(sentence_start, start - 12), start) else None
    if low == "our":
        after = text[end + 1 : end + 30].split(" ", 1)[0].lower().rstrip(".,;:!?")
        if text[end : end + 1] != " ":
            return None
        if after in _HUMANITY_SENTENCE_OUR:
            return SENTENCE  # "our solar system", "our species"
        return WORD if after in _HUMANITY_AFTER_OUR or after in _NEWSROOM_AFTER_OUR else None
    if low == "we":
        if text.startswith(" know it", end) and text[start - 3 : start].lower() == "as ":
            return WORD  # "life as we know it"
        return SENTENCE if text.startswith(" humans", end) else None
    if low == "us":
        return SENTENCE if _HUMANITY_US_BEFORE.search(text, max(sentence_start, start - 30), start) else None
    return None


# second person, and first person plural: a generic use makes the sentence's others generic
_PERSON_CLASS = {"you": "2", "your": "2", "yourself": "2", "we": "1p", "us": "1p", "our": "1p", "ourselves": "1p"}


def _prompt_block(article: Article, index: int) -> bool:
    block = article.blocks[index]
    text = article.block_text(block)
    return len(text) <= MAX_PROMPT_CHARS and reader_prompt(text, text.lower())


def _hits(article: Article) -> list[tuple[int, int, Span, bool]]:
    """(prose sentence index, block index, span, to be shown) of first- and second-person words in
    unquoted narration, in text order; not shown: generic by the company it keeps in its sentence."""
    text = article.text
    out: list[tuple[int, int, Span, bool]] = []
    # one scan of the text: sentences end at punctuation or a block end, so a match inside a
    # sentence is the same whether searched in the sentence or in the whole text
    matches = list(_PERSON.finditer(text))
    if not matches:
        return out  # most reports: one C scan and done
    prose = prose_sentences(article)
    # walk the matches, not the sentences: far fewer; prose sentences are in text order
    narrated: dict[int, bool] = {}  # sentence index -> not chrome and long enough
    generic: set[tuple[int, str]] = set()  # (sentence index, person) used generically there
    for m in matches:
        start = m.start()
        k = bisect_right(prose, start, key=_START) - 1
        if k < 0:
            continue
        ps = prose[k]
        if start >= ps.end:
            continue
        if article.in_quote(start, m.end()):
            continue
        if m.group() == "I" and _roman_numeral(text, start, ps.start):
            continue
        if _in_title(text, m.group(), start, m.end(), ps.start):
            continue
        if m.group() in ("me", "us") and _TOLD_BEFORE.search(text, max(ps.start, start - 20), start):
            continue  # the reporter as interviewer: "fishermen told me", "officials wrote to us"
        reach = _generic(text, m.group(), start, m.end(), ps.start)
        if reach is not None:
            person = _PERSON_CLASS.get(m.group().lower())
            if reach == SENTENCE and person is not None:
                generic.add((k, person))  # "if you ..." or humankind's "we": the sentence's others too
            continue
        ok = narrated.get(k)  # last: most matches are quoted, and the sentence test costs a scan
        if ok is None:
            ok = narrated[k] = len(ps.words) >= 4 and not _chrome(text[ps.start : ps.end])
        if not ok:
            continue
        out.append((k, ps.sentence.block, Span(start, m.end()), True))
    if generic:  # "If you visit, you will see": the sentence's other words of that person are generic too
        out = [(k, b, span, (k, _PERSON_CLASS.get(article.slice(span).lower())) not in generic) for k, b, span, _ in out]
    return out


def _first_person_voice(article: Article) -> bool:
    """Headline or standfirst in first or second person: a column, a blog, an explainer."""
    for block in (article.headline, article.standfirst):
        if block is None:
            continue
        for m in _PERSON.finditer(article.text, block.start, block.end):
            if not article.in_quote(m.start(), m.end()):
                return True
    return False


class PersonDrift(Rule):
    """First or second person in the narration of a third-person report.

    ## What it flags
    "I", "we", "my", "our", "us", "you" and "your" outside quotation marks in a news report that
    is otherwise told in the third person. The rule looks at the whole article: when first or
    second person runs through more than three sentences or paragraphs (or a quarter of them), or the headline or standfirst uses it,
    the piece is a column, a live blog or an explainer, and nothing is flagged. Quotations
    (curly, straight, over several paragraphs, unbalanced), lines of site chrome that address
    the reader ("follow the match on Twitter"), roman numerals ("World War I"), compounds
    ("bring-your-own"), the generic "you" of "if you", "what you want" or "she wants you to know" (and the other "you"s of
    its sentence), the "we" of humankind ("our solar system", "mammals like us", "we humans") and
    the publication's own "our" ("our reporter", "our review") are left alone.

    ## Why it matters
    Translation and spinning lose quotation marks, so a speaker's words become the reporter's
    ("as I mentioned", "it was good for us"), and turn third-person possessives into "your".
    The reader can no longer tell who says what.

    ## Example
        The minister met her counterpart on Tuesday. I tried to make clear that we are committed to the plan.

    ## Suggested fix
    Restore the quotation marks around the speaker's words, or put the sentence back into the
    third person ("She said she had tried to make clear ...").

    ## Fix safety
    No automatic fix: who is speaking needs a reader.
    """

    code = "V101"
    name = "pronoun-drift.person-in-narration"
    category = "pronoun-drift"
    severity = "warning"
    summary = "First or second person outside quotations in a third-person report"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        hits = _hits(article)
        if not hits or _first_person_voice(article):
            return

        paragraphs = {b for _, b, _, _ in hits}
        body = sum(1 for b in article.body if b.kind == "paragraph")
        # one finding per sentence, from its first to its last first- or second-person word
        groups: dict[int, list[Span]] = {}
        for k, _, span, shown in hits:
            group = groups.setdefault(k, [])
            if shown:
                group.append(span)
        if len(groups) > MAX_SENTENCES or len(paragraphs) > MAX_PARAGRAPHS or len(paragraphs) > max(1.0, MAX_SHARE * body):
            return
        # (the article is judged with them, but a site's line to its readers is W112's: "Have you been
        # affected? Contact us")
        prompts = {b for _, b, _, _ in hits if _prompt_block(article, b)}
        blocks = {k: b for k, b, _, _ in hits}
        for k, spans in groups.items():
            if not spans or blocks[k] in prompts:
                continue
            words = ", ".join(dict.fromkeys(f"'{article.slice(s)}'" for s in spans))
            yield self.finding(Span(spans[0].start, spans[-1].end),
                               f"{words} in the narration of a third-person report: lost quotation marks or a wrong pronoun",
                               confidence=0.7)
