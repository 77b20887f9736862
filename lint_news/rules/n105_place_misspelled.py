"""N105: a country or capital name misspelled ("Ukriane", "Moskow")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import fold, gazetteer, is_known_token, place_rows, small_towns, user_names
from ..names.lexicon import typo_edit, web_only, zipf
from ..names.mentions import Mentions, in_address, mentions
from ..registry import Rule
from ..resources import read_text
from ..text import fuzzy

CITY_MIN_LETTERS = 6  # a misspelt city below the big ones is looked for from this length
_RARER_BY = 1.5  # Zipf: a city's misspelling met in web text is this much rarer than the city
_WEB_ONLY_MIN_LETTERS = 8  # ... and this long ("Cincinatti"; shorter ones are mostly names)


@lru_cache(maxsize=2048)
def _near_cities(word: str) -> list[str]:
    """The cities ``word`` is one slip away from (a slip keeps the first letter, and the second but
    for two neighbours swapped at the start, which ``typo_edit`` does not make)."""
    low = fold(word.lower())  # (accents aside: "Gdanks" and "Gdańks" for "Gdańsk")
    return [city for city in gazetteer().cities.get(word[:2], ())
            if abs(len(city) - len(low)) <= (1 if city.isascii() else 0)
            and (typo_edit(low, key := fold(city.lower())) or _double_moved(low, key))]
    # (a name written with accents is transliterated in many ways: only a swap or a vowel counts,
    # "Chhapra" for "Chāpra" is another spelling)


def _double_moved(word: str, target: str) -> bool:
    """``target`` with its double letter made single and another letter doubled ("Cincinatti" for
    "Cincinnati", "Missisippi"): a slip of the hand that keeps the word's length and letters."""
    if len(word) != len(target) or word == target:
        return False
    singles = {target[:i] + target[i + 1 :] for i in range(len(target) - 1) if target[i] == target[i + 1]}
    return any(word[:j] + word[j + 1 :] in singles for j in range(1, len(word) - 1) if word[j] == word[j + 1])


@lru_cache(maxsize=1)
def _multiword_places() -> dict[str, dict[int, dict[tuple[str, ...], list[tuple[str, str]]]]]:
    """Places of several capitalised words (rules/names/places.txt), by their first word as written
    and folded ("São", "Sao"), then by their number of words and their folded words but the last:
    the place as written and its folded last word ("Kuala Lumpur": ("kuala",) -> "lumpur")."""
    names = place_rows(read_text("names", "places.txt"))[1]
    out: dict[str, dict[int, dict[tuple[str, ...], list[tuple[str, str]]]]] = {}
    for name in names:
        parts = name.split(" ")
        if len(parts) > 1 and len(parts) <= 4 and parts[0][:1].isupper() and parts[-1][:1].isupper() \
                and parts[0] not in ("The", "A", "An"):  # ("The Hague": "The" opens too many sentences to look at each)
            keys = fold(name).split(" ")
            for first in {parts[0], keys[0].capitalize()}:
                out.setdefault(first, {}).setdefault(len(keys), {}).setdefault(tuple(keys[:-1]), []).append((name, keys[-1]))
    return out


@lru_cache(maxsize=1)
def _second_initials() -> dict[str, str]:
    """For each first word of ``_multiword_places``, the first letters (folded) of the words after it:
    a slip keeps a word's first letter, so most tokens ("New" before "York" or "Zealand" ...) are passed
    over without reading the words after them."""
    out: dict[str, set[str]] = {}
    for first, by_length in _multiword_places().items():
        for by_prefix in by_length.values():
            for prefix, places in by_prefix.items():
                letters = out.setdefault(first, set())
                if len(prefix) > 1:
                    letters.add(prefix[1][0])
                else:
                    letters.update(last[0] for _, last in places)
    return {first: "".join(sorted(letters)) for first, letters in out.items()}


_NEXT_WORDS = lazy_compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


_THE = lazy_compile(r"(?<![\w-])[Tt]he $")
_AFTER_INITIAL = lazy_compile(r"(?<![\w.])[A-Z]\. $|[A-Z]\.[A-Z]\. $")


def _candidates(ms: Mentions) -> set[str]:
    """Capitalised words of five or more letters, used at most twice, in no word list,
    standing alone (not part of a longer name) and never after another capitalised word.

    The same set as filtering the texts of one-token runs, tested in another order: every token
    text is a key of ``cap_counts``, and the rare test (in no word list) runs first, over the
    distinct forms and in C; the runs are walked only for the few forms left.
    """
    strange = ms.strange()
    keys = ms.cap_counts.keys()
    found = compress(keys, map(strange.__contains__, map(str.lower, keys)))
    words = {w for w in found if len(w) >= 5 and w.isalpha() and ms.cap_counts[w] <= 2}
    return _standing_alone(ms, words)


def _web_only(ms: Mentions) -> set[str]:
    """Capitalised words of eight letters or more, used at most twice, that the word list holds
    only as met in web text ("Cincinatti"), standing alone as ``_candidates`` are."""
    cities = gazetteer().cities  # (the cheap tests first: a city to be near)
    words = {w for w, n in ms.cap_counts.items() if n <= 2 and len(w) >= _WEB_ONLY_MIN_LETTERS and w[:2] in cities
             and w.isalpha() and web_only(w)}
    return _standing_alone(ms, words)


def _standing_alone(ms: Mentions, words: set[str]) -> set[str]:
    if words:
        alone = {run[0].text for run in ms.runs if len(run) == 1}
        # after another capitalised word anywhere in the article: a surname or part of a name
        # ("Peter Moskow" ... "Moskow said"), not a place
        inside = {tok.text for run in ms.runs for tok in run[1:]}
        words &= alone
        words -= inside
    return words


class PlaceMisspelled(Rule):
    """A country, US state, continent, capital or big city with a letter or two wrong.

    ## What it flags
    A capitalised word of five or more letters that is in no English word list at all (not even
    as a rare name), is not a known name, and is one or two letters away from a country, US state,
    continent, capital or city of two million people or more (rules/names/places.txt, from
    GeoNames and ISO 3166): "Ukriane", "Moskow", "Istambul". A word of six letters or more may
    also be a city of 100,000 people or more with one slip that keeps its outline (a letter
    dropped inside or doubled, two neighbours swapped, a vowel for a vowel): "Hirosima",
    "Kisummu"; a consonant changed or a new letter makes another name ("Corowa", not "Corona").
    A word after "the" that would be a city ("the Kunsthal" is a building, not Kunshan), the name
    of a smaller town (rules/names/towns.txt: "Alessandria", "Hatvan"), words inside a
    longer name ("Bajada Colorada"), and words that follow another capitalised word or an initial
    anywhere in the article (a surname: "Peter Moskow" ... "Moskow said", "J.R.
    Moskow"), are left alone.

    ## Why it matters
    Misspelt country and capital names are glaring in news copy and break place search.

    ## Example
        The delegation flew to Moskow on Sunday.

    ## Suggested fix
    The place's spelling: "Moscow".

    ## Fix safety
    Unsafe: a small town with a similar name may be meant; list it in config `names` to silence.
    """

    code = "N105"
    name = "name.place-misspelled"
    category = "name"
    severity = "warning"
    summary = "A country or capital name misspelled"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        yield from self._multiword(article, ms, ctx)
        words = _candidates(ms)
        web_only = _web_only(ms)
        if not words and not web_only:
            return
        gaz = gazetteer()
        user = user_names(ctx)
        fixes: dict[str, str] = {}
        for word in web_only:  # a misspelt city met in web text: one slip, and far rarer than the city
            if is_known_token(word, gaz, user) or gaz.is_place(word) or len(near := _near_cities(word)) != 1:
                continue
            if zipf(word) + _RARER_BY <= zipf(near[0]):  # ("Cincinatti" 1.6 to 4.0; "Zhejiang" is a province)
                fixes[word] = near[0]
        for word in words:
            if is_known_token(word, gaz, user) or gaz.is_place(word):
                continue
            hit = fuzzy.extract_one(word, gaz.major.get(word[0], []), 80)
            # the first two letters kept, or swapped after the first ("Soeul" for "Seoul")
            if hit is not None and abs(len(hit[0]) - len(word)) <= 2 and \
                    (hit[0][:2] == word[:2] or (hit[0][0] == word[0] and hit[0][1:3] == word[2:0:-1])):
                fixes[word] = hit[0]
            elif len(word) >= CITY_MIN_LETTERS:  # a smaller city: one slip that keeps its outline
                near = _near_cities(word)
                if len(near) == 1:
                    fixes[word] = near[0]
        if fixes:  # a real town's name is no misspelt city ("Alessandria", not "Alexandria")
            towns = small_towns()
            fixes = {word: fix for word, fix in fixes.items() if word.lower() not in towns}
        text = article.text
        # after an initial anywhere ("J.R. Moskow", "J. Moskow"): a surname, as after a capitalised word
        for tok in ms.toks if fixes else ():
            if tok.text in fixes and _AFTER_INITIAL.search(text, max(0, tok.start - 5), tok.start):
                del fixes[tok.text]
            elif tok.text in fixes and fold(fixes[tok.text]) not in gaz.countries and _THE.search(text, max(0, tok.start - 4), tok.start):
                del fixes[tok.text]  # "the Kunsthal": a building or a body, not a city ("the Ukriane" is a country)
        for tok in ms.toks if fixes else ():
            fix = fixes.get(tok.text)
            if fix is None or in_address(text, tok.start, tok.end):
                continue
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{tok.text}' looks like a misspelling of the place name '{fix}'",
                [Suggestion(fix, "unsafe")],
                confidence=0.8,
            )

    def _multiword(self, article: Article, ms: Mentions, ctx: Context) -> Iterator[Finding]:
        """"Kuala Lumpar", "São Paolo", "New Dehli": a place of several words whose last word has a
        slip, the words before it as the place writes them (and the whole no other place)."""
        index = _multiword_places()
        text = article.text
        gaz = None
        initials = _second_initials()
        for tok in ms.toks:
            by_length = index.get(tok.text)
            if not by_length or text[tok.end : tok.end + 1] != " ":
                continue
            if fold(text[tok.end + 1 : tok.end + 2]) not in initials[tok.text]:
                continue
            for length, by_prefix in by_length.items():
                found = _words_from(text, tok.start, length)
                if found is None:
                    continue
                end, written = found
                folded = fold(" ".join(written)).split(" ")
                last = folded[-1]
                for name, right in by_prefix.get(tuple(folded[:-1]), ()):
                    if last == right or len(last) < 4 or not written[-1][:1].isupper():
                        continue
                    if not (typo_edit(last, right) or _double_moved(last, right)):
                        continue
                    gaz = gaz or gazetteer()
                    if gaz.is_place(" ".join(written)) or _NAME_GOES_ON.match(text, end):
                        continue  # another place ("Santa Marta"), or a longer name ("San Mario Rossi")
                    if is_known_token(" ".join(written), gaz, user_names(ctx)):
                        continue
                    yield self.finding(Span(tok.start, end),
                                       f"'{text[tok.start:end]}' looks like a misspelling of the place name '{name}'",
                                       [Suggestion(name, "unsafe")], confidence=0.8)
                    break


_NAME_GOES_ON = lazy_compile(r" [A-Z]")


def _words_from(text: str, start: int, count: int) -> tuple[int, list[str]] | None:
    """The ``count`` words from ``start``, one space apart: where they end, and their texts."""
    words: list[str] = []
    at = start
    while len(words) < count:
        m = _NEXT_WORDS.match(text, at)
        if m is None:
            return None
        words.append(m.group())
        at = m.end()
        if len(words) < count:
            if text[at : at + 1] != " ":
                return None
            at += 1
    return at, words
