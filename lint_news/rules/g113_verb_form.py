"""G113: a verb in the wrong form after its auxiliary or subject ("will has", "was approve", "it expect")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Token
from ..facts.spans import indexes
from ..findings import Finding, Span, Suggestion
from ..names.lexicon import is_lower_word
from ..registry import Rule
from ..text.lexicon import (
    IRREGULAR_PAST,
    MODALS,
    PAST_PARTICIPLES,
    SUBJECT_VERBS,
    VERB_BASES,
    VERB_ONLY_BASES,
    third_person,
    verb_forms,
)

# Verbs that are (almost) never nouns or adjectives and make their past participle with -ed / -d:
# after "was" or "had" the base form can only be a lost ending ("was approve", "had encroach")
_IRREGULAR = frozenset(
    "become begin bring buy choose give go keep meet sell send speak seek tell understand uphold withdraw write".split()
)
_EXTRA_VERBS = SUBJECT_VERBS | frozenset("encroach complain disappear apologise apologize exist happen occur emerge "
                                         "hesitate intervene persist rely seem survive testify vanish".split())
# nouns too ("was refuse from a ship"), kept out
_ALSO_NOUNS = frozenset("refuse".split())
REGULAR_VERBS = (VERB_ONLY_BASES | _EXTRA_VERBS) - _IRREGULAR - _ALSO_NOUNS
_NEGATIONS = frozenset("not n't never".split())
_DO = frozenset("do does did don't doesn't didn't don’t doesn’t didn’t".split())
_CONTRACTED_DO = frozenset(w for w in _DO if w.endswith(("n't", "n’t")))
_AUX_TRIGGERS = _DO | frozenset("has have had they we".split())
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
# Adverbs that may stand between an auxiliary and its verb ("did not even disclose", "has already won")
_BETWEEN = frozenset("not n't never also already just yet even still only since".split())
_PLURAL_SUBJECTS = frozenset(("they", "we"))
# Irregular verbs: base -> past participle, and the simple past that is not the participle -> participle.
# ("rose", "saw", "fell", "bit", "lay" are nouns too: "have rose bushes")
_PARTICIPLE_OF = dict(pair.split(":") for pair in """
win:won go:gone take:taken give:given write:written begin:begun break:broken choose:chosen see:seen
speak:spoken steal:stolen fall:fallen grow:grown know:known rise:risen drive:driven fly:flown eat:eaten
draw:drawn throw:thrown show:shown forget:forgotten hide:hidden ride:ridden shake:shaken swear:sworn
wear:worn undergo:undergone undertake:undertaken withdraw:withdrawn bring:brought buy:bought
catch:caught fight:fought find:found hold:held keep:kept lead:led leave:left lose:lost make:made meet:met
pay:paid say:said sell:sold send:sent spend:spent stand:stood teach:taught tell:told think:thought
understand:understood feel:felt hear:heard seek:sought sit:sat sleep:slept build:built lend:lent
mean:meant flee:fled deal:dealt strike:struck sweep:swept shoot:shot uphold:upheld withhold:withheld
oversee:overseen get:got beat:beaten lie:lain lay:laid
come:come run:run become:become put:put set:set cut:cut hit:hit let:let cost:cost hurt:hurt shut:shut
quit:quit read:read bet:bet bid:bid broadcast:broadcast burst:burst cast:cast forecast:forecast
spread:spread split:split thrust:thrust upset:upset
""".split())
_PAST_TO_PARTICIPLE = dict(pair.split(":") for pair in """
went:gone took:taken gave:given wrote:written began:begun broke:broken chose:chosen spoke:spoken
stole:stolen grew:grown knew:known drove:driven flew:flown ate:eaten drew:drawn threw:thrown
forgot:forgotten hid:hidden rode:ridden shook:shaken swore:sworn wore:worn woke:woken froze:frozen
blew:blown drank:drunk sang:sung sank:sunk swam:swum rang:rung came:come ran:run became:become
withdrew:withdrawn undertook:undertaken underwent:undergone overcame:overcome overtook:overtaken
oversaw:overseen sprang:sprung strode:stridden strove:striven shrank:shrunk arose:arisen did:done
fell:fallen showed:shown
""".split())
_BASE_OF_PAST = {past: base for base, past in (pair.split(":") for pair in """
win:won go:went take:took give:gave write:wrote begin:began break:broke choose:chose speak:spoke
steal:stole grow:grew know:knew drive:drove fly:flew draw:drew throw:threw forget:forgot hide:hid
ride:rode shake:shook wear:wore withdraw:withdrew bring:brought buy:bought catch:caught fight:fought
find:found hold:held keep:kept lead:led leave:left lose:lost make:made meet:met pay:paid say:said
sell:sold send:sent spend:spent stand:stood teach:taught tell:told think:thought understand:understood
feel:felt hear:heard seek:sought sit:sat sleep:slept build:built mean:meant flee:fled deal:dealt
strike:struck shoot:shot uphold:upheld withhold:withheld come:came run:ran become:became fall:fell
rise:rose see:saw
""".split())}
_SIMPLE_PASTS = frozenset(_PAST_TO_PARTICIPLE)
# Irregular verbs that are no nouns ("was fight night", "was lead singer", "was show time" are; so is
# "all systems are go"): after "is", "was", "been" their base form is a participle that lost its form
_IRREGULAR_AFTER_BE = frozenset(
    "choose begin bring buy give sell send speak tell understand write build withdraw seek teach think catch "
    "steal forget hide freeze shake swear undertake oversee".split())
# Simple pasts that no form of "be" takes ("the strike was began", "were took"); not "broke" ("they
# were broke"), nor the pasts that are their participles too
_PASTS_AFTER_BE = _SIMPLE_PASTS - frozenset("broke came ran became did showed fell went".split())
_ANCHORS = _NEGATIONS | _SIMPLE_PASTS
_TRIGGERS = REGULAR_VERBS | MODALS | _AUX_TRIGGERS | _ANCHORS | _IRREGULAR_AFTER_BE


def _participle(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


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
      include");
    - a past or -s form after "do not" / "did not" / "didn't": "the firm did not disclosed the
      price" ("disclose"); only with the negation, as "what they did surprised" is right;
    - a simple past after "have", "has" or "had" ("the number of sales have fell", "had went":
      "fallen", "gone"), and a base form after "has not" / "have never" ("has not win": "won");
    - an -s form right after "they" or "we": "they relies on aid" ("rely");
    - the base form of an irregular verb that is no noun after "is", "was", "been": "had been
      choose" ("chosen"), "was build" ("built"), and a simple past there: "the strike was began"
      ("begun"; not "they were broke").

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
    summary = "A verb in the wrong form after its auxiliary or subject ('will has', 'did not agreed', 'it expect')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        low = article.lower_words
        found = _TRIGGERS.intersection(low)  # one pass over the words, in C
        if not found:
            return
        verbs, modals = found & REGULAR_VERBS, found & MODALS
        spots: list[tuple[int, str, str]] = []  # (index of the wrong word, message, fix)
        if not _AUX_TRIGGERS.isdisjoint(found):
            spots += _after_auxiliary(article.text, article.words, low, found)
        words, text = article.words, article.text
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
                    fix = third_person(verb)
                    spots.append((i, f"'{words[i - 1].text} {words[i].text}': '{words[i - 1].text}' takes '{fix}'", fix))
        for verb in found & _IRREGULAR_AFTER_BE:  # "had been choose", "was build": the participle lost
            for i in indexes(low, verb):
                if i and low[i - 1] in _BE and _joined(text, words, i) and not _did_was(low, i):
                    fix = _PARTICIPLE_OF[verb]
                    spots.append((i, f"'{words[i - 1].text} {words[i].text}': the participle '{fix}' is meant", fix))
        for verb in found & _PASTS_AFTER_BE:  # "the strike was began": a simple past after "be"
            for i in indexes(low, verb):
                if i and low[i - 1] in _BE and _joined(text, words, i) and not _did_was(low, i):
                    fix = _PAST_TO_PARTICIPLE[verb]
                    spots.append((i, f"'{words[i - 1].text} {words[i].text}': the participle '{fix}' is meant", fix))
        for i, message, fix in sorted(spots):
            token = words[i]
            if article.in_quote(token.start):
                continue
            yield self.finding(Span(token.start, token.end), message, [Suggestion(fix, "unsafe")], confidence=0.7)


def _base_of(word: str) -> str | None:
    """The base form of a past form or a third-person form of a known verb ("disclosed", "relies",
    "went"), else None; a word that is itself a base form ("need", "cost") is none."""
    if word in VERB_BASES:
        return None
    if word in _BASE_OF_PAST:
        return _BASE_OF_PAST[word]
    for ending, back in (("ied", "y"), ("ed", ""), ("d", ""), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and word[: len(word) - len(ending)] + back in VERB_BASES:
            return word[: len(word) - len(ending)] + back
    return None


# Words in -s after "they" that are no plural nouns ("they sometimes", "they nevertheless")
_S_ADVERBS = frozenset("sometimes nevertheless afterwards towards besides overseas whereas thus plus less unless "
                       "always perhaps hers ours yours its this has was is does says".split())
# "they" talked about as a word ("the pronoun they", "singular they")
_THEY_AS_WORD = frozenset("pronoun singular word".split())


def _plural_noun_only(word: str) -> bool:
    """A plural noun that is no verb form ("savings", "homes"): after "they", "their" was meant."""
    if word in _S_ADVERBS or not word.isalpha() or len(word) < 4 or word.endswith("ss"):
        return False
    stem = word[:-1]
    return is_lower_word(stem) and _base_of(word) is None and stem not in VERB_BASES \
        and verb_forms(stem) in ("", "ing")  # ("savings", "earnings": nouns)


def _lost_ed(word: str) -> str | None:
    """The base of a regular past form of any verb the word list knows ("disclosed" -> "disclose",
    "discussed" -> "discuss"); not "heed", "need" and other words that end in -ed of themselves."""
    if not word.endswith("ed") or verb_forms(word) != "past" or word.endswith("eed"):
        return None
    for cut in (word[:-1], word[:-2]):
        if is_lower_word(cut):
            return cut
    return None


def _auxiliaries_to_read(low: list[str], found: frozenset[str]) -> list[int]:
    """Where an auxiliary may have a slip after it, found from the rarer words that must be there: a
    negation, a simple past ("went"), a contracted "didn't", or "they" / "we" before an -s word."""
    at: set[int] = set()
    last = len(low) - 1
    for anchor in found & _ANCHORS:
        for k in indexes(low, anchor):
            for i in (k - 1, k - 2, k - 3):  # the auxiliary, with up to two adverbs after it
                if i >= 0 and low[i] in _AUX_TRIGGERS:
                    at.add(i)
                    break
                if i < 0 or low[i] not in _BETWEEN:
                    break
    for aux in found & _CONTRACTED_DO:
        at.update(indexes(low, aux))
    for aux in found & _PLURAL_SUBJECTS:
        at.update(i for i in indexes(low, aux) if i < last and low[i + 1][-1:] == "s")
    return sorted(at)


def _after_auxiliary(text: str, words: list[Token], low: list[str], found: frozenset[str]) -> Iterator[tuple[int, str, str]]:
    """"did not disclosed", "doesn't wants" (a past or -s form after do), "has not win", "had went"
    (a base or a simple past after have), "they relies" (an -s form after they / we)."""
    for i in _auxiliaries_to_read(low, found):
        aux = low[i]
        if not words[i].text.islower():
            continue  # (a sentence start may be a question: "Did they ...")
        j = i + 1
        while j < len(low) and j <= i + 2 and low[j] in _BETWEEN:
            j += 1
        if j >= len(low) or not low[j].isalpha() or not words[j].text.islower():
            continue
        if any(text[words[k].end : words[k + 1].start] != " " for k in range(i, j)):
            continue  # punctuation between: 'did not," said Ramírez' is no "did not said"
        word, skipped = low[j], low[i + 1 : j]
        said = " ".join(w.text for w in words[i : j + 1])
        if aux in _DO:
            if _NEGATIONS.isdisjoint(skipped) and not aux.endswith(("n't", "n’t")):
                continue  # "what they did surprised": only "did not X" is sure
            base = _base_of(word) or _lost_ed(word)
            if base is not None:
                yield j, f"'{said}': after '{aux}' only '{base}' fits", base
        elif aux in _PLURAL_SUBJECTS:
            if j == i + 1 and word.endswith("s") and (base := _base_of(word)) is not None \
                    and word not in IRREGULAR_PAST and not word.endswith("ed") and (i == 0 or low[i - 1] not in _HAVE):
                yield j, f"'{words[i].text} {words[j].text}': '{aux}' takes '{base}'", base
            elif aux == "they" and j == i + 1 and _plural_noun_only(word) and (i == 0 or low[i - 1] not in _THEY_AS_WORD):
                yield i, f"'{words[i].text} {words[j].text}': the possessive 'their' is meant", \
                    "Their" if words[i].text[0].isupper() else "their"
        elif word in _PAST_TO_PARTICIPLE:
            fix = _PAST_TO_PARTICIPLE[word]
            yield j, f"'{said}': the participle '{fix}' is meant", fix
        elif skipped and not _NEGATIONS.isdisjoint(skipped) and word in VERB_BASES and word not in PAST_PARTICIPLES:
            fix = _PARTICIPLE_OF.get(word) or _participle(word)
            if fix != word:
                yield j, f"'{said}': the participle '{fix}' is meant", fix


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
