"""U105: a common word of another language left in an English sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import indexes, sentence_span
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.foreign import foreign_language, spelt_foreign
from ..names.gazetteer import Gazetteer, UserNames, gazetteer, is_known_token, user_names
from ..names.lexicon import in_dictionary, is_lower_word, known, plausible_derivation, two_words_in_one, zipf
from ..names.mentions import Mentions, in_address, mentions, occurrences
from ..registry import Rule
from ..text.clauses import ProseSentence, prose_sentences
from ..text.lexicon import AUXILIARIES, PREPOSITIONS, verb_forms
from ..text.loans import in_loan_phrase
from ..text.persons import given_names
from . import s101_non_word
from .u103_foreign_sentence import _ENGLISH, function_word_counts
from .u104_foreign_phrase import foreign_phrases

MIN_LETTERS = 4
MAX_ENGLISH_ZIPF = 3.0  # rarer than this in English (wordfreq's Zipf scale; the list holds none above)
# A word given as a word: "known as chabolismo", "the term hygge", "(gobierno)"
_GLOSS_BEFORE = lazy_compile(r"(?i)(?:\b(?:known as|called|dubbed|term|word|words|so-called|meaning|literally|means"
                             r"|calls? it|call them)[\s\"“‘']*|\(\s*|, or )$")  # (", or": "the cork oak, or sobreiro")
# ... or right after it: "gmina (municipality)", "gobierno, or government,", "hygge, meaning ...",
# "pączki, the doughnuts ..."
# (a short parenthesis that opens no clause: "(which took office in May)" is no gloss)
_GLOSS_AFTER = lazy_compile(r"[\"”’']?\s*(?:\((?!\s*(?:which|who|whose|that|when|where|while|since|after|before"
                            r"|during|until|now|then|he|she|it|they|was|is|were|are)\b)"
                            r"[^()\n]{0,80}\)|,\s*(?:(?:or|meaning|which means|literally)\b|i\.e\.)|\s[-–—]\s"
                            # an appositive that says what it is, right after it or after one more word of
                            # the name: "pączki, the rose-jam doughnuts", "nước mắm, the fish sauce"
                            # (not the subject of a new clause: "In a comunicado, the university said")
                            r"|(?:\s[^\W\d_]+)?,\s+(?:the|a|an)\s(?![^,.;]{0,40}\b(?:said|says|told|announced|added"
                            r"|reported|stated|wrote|confirmed|warned)\b))")


_SOFT_HYPHEN = "\u00ad"


_THE_BEFORE = lazy_compile(r"\b[Tt]he $")
_NEXT_WORD = lazy_compile(r" ([a-z]+)\b")
# Prefixes of English's learned coinages, which spell like Latin and Greek ("pentavalent")
_LEARNED_PREFIXES = ("mono", "tri", "tetra", "penta", "hexa", "hepta", "octa", "poly", "multi", "bio", "geo",
                     "hydro", "thermo", "electro", "neuro", "cardio", "gastro", "immuno", "micro", "macro", "nano",
                     "pseudo", "proto", "para", "meta", "anti", "inter", "intra", "trans", "ultra", "iso", "photo")
# ... and suffixes of its scientific names ("titanosaur", "unenlagiine", "hominid")
_LEARNED_SUFFIXES = ("saur", "saurs", "idae", "inae", "iine", "iines", "oid", "oids", "itis", "osis", "ology",
                     "ologist", "ectomy", "phyte", "cyte", "genic", "philic", "morph", "pod", "pods", "id", "ids")
# A capitalised word or an initial right before: a binomial name ("Nasonia giraulti", "N. giraulti")
_GENUS_BEFORE = lazy_compile(
    r"(?:\b(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|In|On|At|For|Of|And|But|As|By)\b)[A-Z][a-z]+"
    r"|\b[A-Z]\.) $")


# Macrons: Māori, Hawaiian and Japanese words that English news keeps as they are ("whānau")
_MACRONS = frozenset("āēīōūĀĒĪŌŪ")
# Letters of Vietnamese, Polish, Czech, Hungarian, Turkish and Romanian that no English word or common
# loanword has: a lower-case word with one is a word of that language ("nghiệp", "województwa")
_FOREIGN_LETTERS = frozenset(
    "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ"  # Vietnamese
    "łąęśźżćń" "řěůťďň" "őű" "ğşı" "șțş")
_LOANS_WITH_FOREIGN_LETTERS = frozenset(("złoty", "złotys", "złotych"))  # a currency, in some house styles


# Words that open a sentence in other languages and in no English one ("Jedoch," "Toutefois," "Ancak",
# "Volgens the ministry"), with
# their meaning. Left out: words that are English too or names ("Also", "Men", "Ale", "Ama", "Dar", "Mas",
# "Elle", "Ella", "Pero") and surnames ("Daher", "Echter", "Auch")
_CONNECTIVES = dict(pair.replace("_", " ").split(":") for pair in """
jedoch:however allerdings:however trotzdem:nevertheless dennoch:nevertheless zudem:moreover außerdem:moreover
ausserdem:moreover deshalb:therefore inzwischen:meanwhile unterdessen:meanwhile
toutefois:however cependant:however pourtant:yet néanmoins:nevertheless ainsi:thus donc:therefore
également:also aussi:also ensuite:then enfin:finally
además:moreover también:also asimismo:likewise entonces:then incluso:even mientras:while
porém:however contudo:however entretanto:meanwhile também:also então:then
tuttavia:however però:but inoltre:moreover quindi:therefore infatti:indeed intanto:meanwhile
jednak:however również:also także:also ponadto:moreover dlatego:therefore natomiast:whereas
ancak:however fakat:but ayrıca:also çünkü:because
namun:however tetapi:but sementara:meanwhile
bovendien:moreover daarom:therefore intussen:meanwhile
kuitenkin:however lisäksi:moreover
dessutom:moreover därför:therefore
însă:however totuși:however
laut:according_to gemäß:according_to selon:according_to según:according_to segundo:according_to
secondo:according_to volgens:according_to według:according_to menurut:according_to enligt:according_to
ifølge:according_to ifölge:according_to podle:according_to
""".split())
_CONNECTIVE_WORDS = frozenset(_CONNECTIVES)
# ... and connectives of two words, before their comma ("Sin embargo, the bank ...")
_TWO_WORD_CONNECTIVES = {
    ("sin", "embargo"): "however", ("no", "obstante"): "nevertheless", ("por", "tanto"): "therefore",
    ("en", "cambio"): "on the other hand", ("par", "ailleurs"): "moreover", ("en", "effet"): "indeed",
    ("de", "plus"): "moreover", ("em", "seguida"): "then", ("no", "entanto"): "however", ("di", "conseguenza"): "consequently",
    ("zum", "beispiel"): "for example", ("vor", "allem"): "above all"}
_TWO_WORD_SECONDS = frozenset(second for _, second in _TWO_WORD_CONNECTIVES)
_NORDIC_LETTERS = frozenset("æøå")
_SAYING = frozenset("said says told added asked argued noted wrote replied explained insisted".split())

# Months and weekdays of other languages, as dates are written there (lower case, but German's nouns),
# left in by the engine: "in janeiro", "on 12 janvier", "am Dienstag". Left out: forms that are English
# words or names too ("mars", "mai", "mayo", "mart", "juni", "juli", "domingo" capitalised)
_CALENDAR = dict(pair.split(":") for pair in """
enero:January febrero:February marzo:March abril:April junio:June julio:July agosto:August
septiembre:September setiembre:September octubre:October noviembre:November diciembre:December
janeiro:January fevereiro:February março:March maio:May junho:June julho:July setembro:September
outubro:October novembro:November dezembro:December
janvier:January février:February avril:April juin:June juillet:July août:August septembre:September
octobre:October novembre:November décembre:December
gennaio:January febbraio:February aprile:April maggio:May giugno:June luglio:July settembre:September
ottobre:October dicembre:December
Januar:January Februar:February März:March Oktober:October Dezember:December
januari:January februari:February maart:March augustus:August
stycznia:January lutego:February marca:March kwietnia:April czerwca:June lipca:July sierpnia:August
września:September października:October listopada:November grudnia:December
şubat:February mayıs:May haziran:June temmuz:July ağustos:August eylül:September kasım:November aralık:December
lunes:Monday martes:Tuesday miércoles:Wednesday jueves:Thursday viernes:Friday sábado:Saturday
lundi:Monday mercredi:Wednesday jeudi:Thursday vendredi:Friday samedi:Saturday dimanche:Sunday
lunedì:Monday martedì:Tuesday mercoledì:Wednesday giovedì:Thursday venerdì:Friday sabato:Saturday
Montag:Monday Dienstag:Tuesday Mittwoch:Wednesday Donnerstag:Thursday Freitag:Friday Samstag:Saturday Sonntag:Sunday
segunda-feira:Monday terça-feira:Tuesday quarta-feira:Wednesday quinta-feira:Thursday sexta-feira:Friday
""".split())
_CALENDAR_LOWER = frozenset(word.lower() for word in _CALENDAR)
_BEFORE_A_DAY = frozenset("on am last next this every until till since".split())


def _listing_sentences(article: Article, spelt: set[str]) -> set[int]:
    """The starts of the sentences that hold two or more of the ``spelt`` words: a sentence that names
    several foreign terms (a menu, a glossary) uses them on purpose."""
    per_sentence: dict[int, set[str]] = {}
    for word in spelt:
        for start, _ in occurrences(article.text, word):
            per_sentence.setdefault(sentence_span(article, start).start, set()).add(word)
    return {at for at, found in per_sentence.items() if len(found) > 1}


def _english_make(word: str) -> bool:
    """Made of English: an English word with a prefix or an ending, two English words in one, or a
    learned coinage ("pentavalent")."""
    return plausible_derivation(word) or two_words_in_one(word) or word.startswith(_LEARNED_PREFIXES) \
        or word.endswith(_LEARNED_SUFFIXES)


# A list of named things before the word: "such as pamonha, " (the word an item of it)
_EXAMPLES_BEFORE = lazy_compile(r"\b(?:such as|including|like)\s+(?:[^\W\d_]+(?:,\s+|\s+))*$")
# Currencies that English names in their own language ("the Portuguese escudo")
_CURRENCIES = frozenset(
    """escudo escudos peseta pesetas lira lire zloty zlotys zlotych złoty złotys złotych forint forints koruna
    korunas kuna kunas krona kronor krone kroner kronur kroon kroons lek leke leu lei lev leva litas litai lats
    tolar tolars dinar dinars dirham dirhams rupiah ringgit baht peso pesos real reais guilder guilders markka
    markkaa schilling schillings drachma drachmas hryvnia hryvnias tenge manat som somoni lari dram colón colones cruzado cruzados cruzeiro cruzeiros austral australes
    bolívar bolívares guaraní quetzal lempira córdoba""".split()
)
# a lower-case letter with a diacritic (Latin-1, Latin Extended-A and -B)
_ACCENTED = lazy_compile("[ß-öø-ÿā-ɏ\u1e00-\u1eff]")  # Latin-1, Extended-A and -B, Extended Additional (Vietnamese)


def _emphasised(article: Article, start: int, end: int) -> bool:
    """The word opens or closes a stretch set in italics or bold in the source: Markdown's * or _
    ("*gobierno*", "*gobierno nacional*"), HTML's <i>, <em>, <b>, <strong>."""
    if article.format not in ("md", "html"):
        return False
    src_start, src_end = article.source_span(Span(start, end))
    source = article.source
    before, after = source[max(0, src_start - 8) : src_start].lower(), source[src_end : src_end + 9].lower()
    if article.format == "md":
        return before[-1:] in ("*", "_") or after[:1] in ("*", "_")
    return before.endswith(("<i>", "<em>", "<b>", "<strong>")) or after.startswith(("</i>", "</em>", "</b>", "</strong>"))


def _english_inflection(word: str) -> bool:
    """An English word with an ending the word list lacks: "helming", "datums", "actuals" ("helm",
    "datum", "actual" + an English ending). A plural in -es counts only after s, x, z, ch, sh or o,
    as English forms it: "hospitales" and "escuelas" are Spanish."""
    if word.endswith("es") and known(word[:-2]) and not known(word[:-1]):
        return word[:-2].endswith(("s", "x", "z", "ch", "sh", "o"))
    if word.endswith("s"):
        return known(word[:-1])
    return plausible_derivation(word, listed=True)


def _accented_words(article: Article) -> set[str]:
    """The lower-case words of the article with a letter outside ASCII ("hükümet", "economía")."""
    text = article.text
    if text.isascii():
        return set()
    found: set[str] = set()
    starts, texts = article._word_starts, article.word_texts
    after = 0
    for m in _ACCENTED.finditer(text):
        if m.start() < after:
            continue  # in the word found last
        i = bisect_right(starts, m.start()) - 1
        if i >= 0:
            word = texts[i]
            after = starts[i] + len(word)
            if word.islower():
                found.add(word)
    return found


_NAME_WORD_BEFORE = lazy_compile(r"([A-ZÀ-Þ][^\W\d_]+) $")


def _in_foreign_name(text: str, start: int) -> bool:
    """Does a capitalised word that is no English word come right before (the name "Lidové noviny")?"""
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and not is_lower_word(m.group(1).lower()) and not in_dictionary(m.group(1).lower())


class ForeignWord(Rule):
    """A common word of another language left untranslated in an English sentence.

    ## What it flags
    A lower-case word of four letters or more that is in no English word list (nor an English word
    with an ending the list lacks) and is not a name of the gazetteer or of the project's
    config, but is among the 5,000 commonest words of another language
    written in the Latin alphabet (Spanish, Portuguese, French, Italian, German, Dutch, Turkish,
    Polish, ...; rules/names/foreign.tsv, from wordfreq): "The gobierno announced the measures."
    Words one letter away from a common English word are S101's ("possibile"), whole sentences
    and longer phrases U103's and U104's (when S101 or U104 is not selected, U105 reports those
    words itself); quotations, words given as words ("the term hygge",
    "(gobierno)", "gmina (municipality)", "gobierno, or government"), words set in italics in
    Markdown or HTML, currencies, addresses and handles are left alone.
    A word of six letters or more that is in no word list at all is also flagged when its
    three-letter runs belong far more to those languages' words than to English ones
    (rules/names/trigrams.tsv: "kaupunginvaltuusto", "yangını"), unless English made it: an
    English word with an ending or a prefix, two English words in one, a learned coinage
    ("pentavalent"), or the second word of a species' name ("Nasonia giraulti"); words with a
    macron ("whānau") and sentences that name two or more such words on purpose (a menu: "bacalhau,
    pastéis and txakoli") are left alone. And a common
    German noun after "the", capitalised as German writes nouns, that is in no English list,
    names nothing the gazetteer knows and acts, a verb right after it: "The Forscher said" ("the
    Bundestag" is a name; "the Abitur this year", "The Altstadt, rebuilt" are loanwords of local colour).
    And a sentence opened by another language's "however", "also" or "therefore" before a comma or
    a lower-case word ("Jedoch, prices fell", "Ancak the exporters said", "Toutefois, the
    government"; suggested: "However"), unless the word is a name in the article or acts ("Daher said"),
    and such a word in lower case inside an English sentence ("prices were aussi lower"). And a
    common word of another language opening an English sentence before a preposition or a verb
    ("Hutan on the island shrank", "Vindmøllerne will stand"), unless it is a name here (used in
    mid-sentence, known to the gazetteer, a given name) or speaks ("Hutan said"); before a noun it
    describes it, as a loanword of a genre or dish does ("Forró musicians").
    And a month or weekday written as another language writes it: "above the forecast in janeiro",
    "on 12 janvier", "until Dienstag" (a capitalised one only after "on", "until", "last" and
    the like: "Heidi Montag" is a name); suggested: the English name.

    ## Why it matters
    Translation engines leave words they cannot place in the source language; the reader meets a
    word in the middle of an English sentence that means nothing to them.

    ## Example
        The gobierno announced the new measures on Monday.

    ## Suggested fix
    Translate the word ("government").

    ## Fix safety
    No automatic fix: the translation needs a translator.
    """

    code = "U105"
    name = "untranslated.foreign-word"
    category = "untranslated"
    severity = "warning"
    summary = "A common word of another language left in an English sentence"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        yield from self._opening_connectives(article, ms)
        yield from self._opening_foreign_nouns(article, ms, ctx)
        yield from self._calendar_words(article)
        yield from self._german_nouns(article, ms, ctx)
        # lower-case forms that are no ordinary English word (ASCII ones: mentions; others: read
        # here); of those, the ones rare in English and not a dictionary's proper noun ("gobierno"
        # is in the list, from English web text)
        forms = ms.not_lower() | _accented_words(article)
        words = [w for w in forms if len(w) >= MIN_LETTERS and w.isalpha() and zipf(w) < MAX_ENGLISH_ZIPF
                 and not in_dictionary(w)]
        if not words:
            return  # every lower-case word is English: most articles
        gaz, user = gazetteer(), user_names(ctx)
        text = article.text
        phrases: list[Span] | None = None  # U104's findings, made when a word is found
        spelt = {w for w in words if foreign_language(w) is None and not known(w) and not _MACRONS.intersection(w)
                 and spelt_foreign(w) and not _english_make(w)}  # in no list at all: "kaupunginvaltuusto"
        listed_sentences = _listing_sentences(article, spelt) if len(spelt) > 1 else set()
        for word in sorted(words):
            if word in _CURRENCIES:
                continue
            language = foreign_language(word)
            if language is None and word in spelt:
                language = "spelt like another language"
            lettered = False  # (a name's letters, but written lower-case: no name, "thương" beside "Thương")
            if language is None and not _FOREIGN_LETTERS.isdisjoint(word) and word not in _LOANS_WITH_FOREIGN_LETTERS:
                language, lettered = "written with letters English never uses", True
            if language is None or (not lettered and is_known_token(word, gaz, user)):
                continue
            if ctx.runs("S101") and s101_non_word.flags(word, ms, gaz, user):
                continue  # one letter from an English word: S101 reports it as a misspelling
            if _english_inflection(word):
                continue  # an English word with an ending the list lacks ("helming", "datums")
            for start, end in occurrences(text, word):
                if in_address(text, start, end) or article.in_quote(start, end):
                    continue
                if text[start - 1 : start] == _SOFT_HYPHEN or text[end : end + 1] == _SOFT_HYPHEN:
                    continue  # half of a word split by an invisible hyphen ("Netan\xadyahu")
                if _GLOSS_BEFORE.search(text, max(0, start - 24), start) or _GLOSS_AFTER.match(text, end):
                    continue  # given as a word: "known as chabolismo", "gmina (municipality)"
                if not lettered and language[0].isupper() and _in_foreign_name(text, start):
                    continue  # a lower-case word of a name in its language: the daily "Lidové noviny"
                if _emphasised(article, start, end):
                    continue  # in italics, as style guides set foreign words ("*hygge*")
                if in_loan_phrase(text, start, end):
                    continue  # a phrase English borrowed whole ("raison d'être", "nouvelle cuisine")
                if language.startswith("spelt") and _GENUS_BEFORE.search(text, max(0, start - 20), start):
                    continue  # a species: "Nasonia giraulti"
                if language.startswith("spelt") and sentence_span(article, start).start in listed_sentences:
                    continue  # a sentence naming several such words: dishes, terms ("bacalhau, pastéis and txakoli")
                if language.startswith("spelt") and _EXAMPLES_BEFORE.search(text, max(0, start - 60), start):
                    continue  # named as an example in a list: "foods such as pamonha, canjica and corn cake"
                if not self._english_sentence(article, start):
                    continue  # a sentence in another language: U103's, or no sentence to judge by
                if phrases is None:
                    phrases = [span for span, _ in foreign_phrases(article)] if ctx.runs("U104") else []
                if any(p.start <= start and end <= p.end for p in phrases):
                    continue  # in a phrase U104 reports
                message = (f"'{word}' is in no English word list and {language}: a word left untranslated?"
                           if language.startswith("spelt") else f"'{word}' is not English but {language}: a word left untranslated")
                yield self.finding(Span(start, end), message, confidence=0.6 if language[0].isupper() else 0.5)

    def _opening_connectives(self, article: Article, ms: Mentions) -> Iterator[Finding]:
        """"Jedoch, prices fell": a sentence opened by another language's "however", "also",
        "therefore", before a comma or a lower-case English word (a name would go on capitalised)."""
        lower = article.lower_words
        if _CONNECTIVE_WORDS.isdisjoint(lower) and _TWO_WORD_SECONDS.isdisjoint(lower):
            return
        text = article.text
        for ps in prose_sentences(article):
            yield from self._inner_connectives(article, ps)
            first = ps.words[0]
            if len(ps.words) > 4 and (ps.lower_words[0], ps.lower_words[1]) in _TWO_WORD_CONNECTIVES and \
                    text[ps.words[1].end : ps.words[1].end + 1] == "," and not ps.quoted:
                gloss = _TWO_WORD_CONNECTIVES[(ps.lower_words[0], ps.lower_words[1])]
                yield self.finding(Span(first.start, ps.words[1].end),
                                   f"'{text[first.start:ps.words[1].end]}' is '{gloss}' in another language: "
                                   "words left untranslated", [Suggestion(gloss.capitalize(), "unsafe")], confidence=0.7)
                continue
            meaning = _CONNECTIVES.get(ps.lower_words[0])
            if meaning is None or not first.text[:1].isupper() or not first.text[1:].islower() or ps.quoted:
                continue
            after = text[first.end : first.end + 2]
            if not (after[:1] == "," or (after[:1] == " " and after[1:].islower())) or len(ps.words) < 4:
                continue
            if after[:1] == "," and meaning == "according to":
                continue  # ("Laut, a village near the border, ..."): "according to" leads into its source
            if after[:1] == " " and (verb_forms(ps.lower_words[1]) in ("past", "pres3", "aux")):
                continue  # a name that acts ("Namun said"), not a connective
            if ms.mid_counts[first.text]:
                continue  # the word stands capitalised in mid-sentence elsewhere: a name
            if not self._english_sentence(article, ps.words[2].start):
                continue  # a whole sentence of that language is U103's
            yield self.finding(Span(first.start, first.end),
                               f"'{first.text}' is '{meaning}' in another language: a word left untranslated",
                               [Suggestion(meaning.capitalize(), "unsafe")], confidence=0.7)

    def _opening_foreign_nouns(self, article: Article, ms: Mentions, ctx: Context) -> Iterator[Finding]:
        """"Hutan on the island shrank", "Vindmøllerne will stand": a sentence opened by a common word of
        another language, capitalised as the sentence's first word, and going on in English."""
        text = article.text
        gaz: Gazetteer | None = None
        user: UserNames | None = None
        female, male = given_names()
        for ps in prose_sentences(article):
            if len(ps.words) < 4 or ps.quoted:
                continue
            first, second = ps.words[0], ps.words[1]
            word, low = first.text, ps.lower_words[0]
            if len(low) < 5 or not word[1:].islower() or not word.isalpha() or not second.text.islower() \
                    or text[first.end : second.start] != " ":
                continue
            if foreign_language(low) is None and (len(low) < 8 or (_FOREIGN_LETTERS.isdisjoint(low)
                                                                  and _NORDIC_LETTERS.isdisjoint(low))):
                continue  # (a long word with letters of another alphabet: "Vindmøllerne")
            if in_dictionary(word) or zipf(low) >= MAX_ENGLISH_ZIPF or word in female or word in male:
                continue
            nxt = ps.lower_words[1]
            if nxt in _SAYING:
                continue  # a name that speaks ("Hutan said", "Hutan told")
            if not (nxt in PREPOSITIONS or nxt in AUXILIARIES or verb_forms(nxt) in ("past", "pres3")):
                continue  # the word describes the noun after it, a loanword of a genre or dish ("Forró musicians")
            if gaz is None or user is None:
                gaz, user = gazetteer(), user_names(ctx)
            if ms.mid_counts[word] or is_known_token(word, gaz, user):
                continue  # a name used in mid-sentence elsewhere, or one the gazetteer knows
            if not self._english_sentence(article, second.start):
                continue
            yield self.finding(Span(first.start, first.end),
                               f"'{word}' is a word of another language opening an English sentence: a word left untranslated",
                               confidence=0.55)

    def _inner_connectives(self, article: Article, ps: ProseSentence) -> Iterator[Finding]:
        """"prices were aussi lower": such a word in lower case inside an English sentence."""
        low = ps.lower_words
        if _CONNECTIVE_WORDS.isdisjoint(low[1:]) or ps.quoted:
            return
        for k in range(1, len(low)):
            token = ps.words[k]
            meaning = _CONNECTIVES.get(token.text)  # (lower case only: a capitalised one may be a name)
            if meaning is None or _emphasised(article, token.start, token.end):
                continue
            if not self._english_sentence(article, token.start):
                return
            yield self.finding(Span(token.start, token.end),
                               f"'{token.text}' is '{meaning}' in another language: a word left untranslated",
                               [Suggestion(meaning, "unsafe")], confidence=0.6)

    def _calendar_words(self, article: Article) -> Iterator[Finding]:
        """"forecast in janeiro", "on 12 janvier": a month or weekday left in another language, written
        as that language writes it (German's capitalised, the others' in lower case)."""
        lower = article.lower_words
        found = _CALENDAR_LOWER.intersection(lower)
        if not found:
            return
        words = article.words
        for form in found:
            for i in indexes(lower, form):
                token = words[i]
                english = _CALENDAR.get(token.text)  # (the exact form: "Dienstag", not "dienstag"; "janeiro")
                if english is None or article.in_quote(token.start, token.end) or \
                        _emphasised(article, token.start, token.end):
                    continue
                if token.text[0].isupper() and (i == 0 or lower[i - 1] not in _BEFORE_A_DAY):
                    continue  # a capitalised one may be a surname ("Heidi Montag", "Mr Freitag")
                yield self.finding(Span(token.start, token.end),
                                   f"'{token.text}' is '{english}' in another language: a date left untranslated",
                                   [Suggestion(english, "unsafe")], confidence=0.7)

    def _german_nouns(self, article: Article, ms: Mentions, ctx: Context) -> Iterator[Finding]:
        """"the Forscher": a common German noun after "the", capitalised as German writes its
        nouns, that is in no English list and no name ("the Bundestag" is a name)."""
        caps = ms.cap_counts
        text = article.text
        # strange capitalised forms after "the" somewhere (a test in the text first: names seldom
        # follow "the", and the foreign list need not be read for them), then German nouns
        forms = {w.capitalize() for w in ms.strange() if len(w) >= 5 and w.capitalize() in caps}
        forms = {w for w in forms if f"he {w}" in text}
        nouns = {w for w in forms if "German" in (foreign_language(w.lower()) or "")}
        if not nouns:
            return
        gaz, user = gazetteer(), user_names(ctx)
        named = {tok.text for run in ms.runs for tok in run[1:]}  # after another capitalised word somewhere
        for tok in ms.toks:
            word = tok.text
            if word not in nouns or not _THE_BEFORE.search(text, max(0, tok.start - 4), tok.start):
                continue
            if is_known_token(word, gaz, user) or article.in_quote(tok.start, tok.end):
                continue
            if word in named or _emphasised(article, tok.start, tok.end):
                continue  # in a name ("Frankfurt Hauptbahnhof"), or in italics
            verb = _NEXT_WORD.match(text, tok.end)
            if verb is None or not (verb_forms(verb.group(1)) in ("past", "pres3") or verb.group(1) in AUXILIARIES):
                continue  # only a noun that acts is a word left untranslated ("The Forscher said"); a loanword
                # of local colour is named ("the Abitur this year", "The Altstadt, rebuilt after the war")
            yield self.finding(Span(tok.start, tok.end),
                               f"'{word}' is a German noun, capitalised as German writes nouns: a word left untranslated",
                               confidence=0.6)

    @staticmethod
    def _english_sentence(article: Article, offset: int) -> bool:
        """The sentence around ``offset`` has English function words and at most one of another language."""
        sentences = article.sentences
        k = bisect_right(sentences, offset, key=lambda s: s.span.start) - 1
        if k < 0:
            return False
        span = sentences[k].span
        lows = article.text[span.start : span.end].lower().split()
        if sum(w in _ENGLISH for w in lows) < 2:
            return False
        return max(function_word_counts(lows).values()) < 2
