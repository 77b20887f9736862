"""Small closed-class word lists and a verb list: a light part-of-speech signal without a tagger.

The verb list holds common English verbs in their base form; inflected forms are derived by rule
and irregular past forms are listed. Lists are deliberately small and lower-case.
"""

from __future__ import annotations

from functools import lru_cache

ARTICLES = frozenset("a an the".split())
DETERMINERS = ARTICLES | frozenset(
    "this that these those his her its their our my your some any each every no another such".split()
)
PREPOSITIONS = frozenset(
    """about above across after against along amid among around as at before behind below beneath beside
    besides between beyond by despite down during except for from in inside into near of off on onto out
    outside over past per since through throughout till to toward towards under until up upon via with
    within without""".split()
)
COORDINATORS = frozenset("and or but nor".split())
SUBORDINATORS = frozenset("because although though whereas while unless if since when once".split())
RELATIVES = frozenset("which who whom whose".split())
# Past tenses of reporting verbs that need what is reported after them ("He stated." says nothing)
REPORTING_PAST = frozenset(
    """stated noted emphasized emphasised stressed underlined specified clarified indicated highlighted
    reiterated""".split()
)
SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
# The days of the week and the months, as English writes them
CALENDAR_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December""".split())
MODALS = frozenset("will would can could shall should may might must".split())
AUXILIARIES = MODALS | frozenset(
    """is are was were am has have had do does did isn't aren't wasn't weren't hasn't haven't hadn't
    doesn't don't didn't won't wouldn't can't couldn't shouldn't mustn't""".split()
)
CONTRACTED_VERBS = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m")

# Base forms of common verbs of news narration (reporting, politics, economy, conflict).
_VERB_BASES = """
accept accuse achieve acknowledge add address admit adopt affect agree aim allow announce answer appear
apply appoint approve argue arrest arrive ask assert attack attempt attend avoid back ban become begin
believe belong benefit blame block boost break bring build buy call campaign cancel cause celebrate change
charge chase check choose claim close come comment commit compare complain concern condemn confirm consider
continue contribute control cost count cover create criticize criticise cut damage deal decide declare
decline defend deliver demand deny depend describe destroy develop die disagree discuss dismiss display
drive drop earn ease emphasize emphasise employ end enter escape establish estimate expand expect explain
express face fail fall fear feel fight file find finish fire flee flip fly focus follow force form
gain get give go grow happen hear help hit hold hope host identify ignore imagine improve include increase
indicate insist intend introduce invest invite involve issue join judge keep kill know lack launch lead
learn leave lift like limit link live look lose maintain make manage mark matter mean meet mention miss
move name need negotiate note notice obtain occur offer open operate oppose order own pass pay plan play
pledge point possess post predict prefer prepare present press prevent promise propose protect protest
prove provide publish pull push put raise reach react read receive recognize recognise recommend record
reduce refer reflect refuse regard reject release remain remember remove repeat replace reply report
represent require respond rest result return reveal rise risk rule run say score see seek seem sell send
serve set settle share shift shoot show sign signal speak spend stand start state stay stop strengthen
stress strike struggle submit suffer suggest supply support suppose suspend take talk target tell tend
test thank think threaten throw top touch trade train travel treat try turn understand urge use vote wait
want warn watch welcome win wish withdraw work worry write characterize characterise portray
list contain cite quote urge vow slam hail govern lower exceed trail lag rally surge plunge soar slump
climb dip edge tumble recover resign retire elect nominate sue convict sentence jail detain free rescue
evacuate bomb invade occupy seize capture defeat beat draw tie renew extend delay postpone veto amend repeal
accompany adapt adjust advise afford allege alter analyse analyze anticipate appeal appreciate arrange assess
assist assume assure attract authorise authorize await bear beg bend bet bid bind blast blow boast borrow
breathe broadcast burn burst bury calculate carry cast catch cease challenge clarify clash collapse collect
combine compete compile complete comply concede conclude conduct confront connect consult consume contest
convert convince cooperate coordinate cope correct crash cross crush cry cure dare debate deem define
demonstrate deploy deserve detect determine devote differ dig disappear discover dispute disrupt distribute
divide donate doubt educate elaborate eliminate embrace emerge enable encounter encourage endorse enforce engage
enhance enjoy ensure equip evaluate evolve examine exist explode explore expose fade favour favor fill forecast
forget forgive freeze generate grant greet guarantee halt handle hang harm hire illustrate impose impress inform
inherit injure inspect inspire install instruct interpret interrupt investigate isolate justify lay lend let lie
listen locate manufacture marry measure merge monitor mourn obey observe oversee overturn owe participate
perform permit persuade plead please pour pray preserve preside pretend proceed produce prohibit promote
prompt prosecute provoke punish purchase pursue qualify quit realise realize rebuild recall reckon recruit
regret regulate reinforce relate relax rely remind repay resist resolve restore restrict resume retain
rethink reverse revise revive rob satisfy secure select separate shake shine shrink sing sink sit sleep
slide solve spread steal sting strive succeed summon supervise surrender surround survive suspect
swallow swear sweep swim teach tolerate translate undergo undermine undertake unite unveil uphold vary verify
volunteer wake wear weigh widen withhold arise organize organise
"""
VERB_BASES = frozenset(_VERB_BASES.split())

# Base forms that, right after a subject, can only be its verb though some are nouns elsewhere ("it
# expect", "The season include"): G106 and G113 read them with VERB_ONLY_BASES
SUBJECT_VERBS = frozenset("expect include urge insist decide agree fail manage argue suggest predict".split())

# Base forms that are (almost) never nouns or adjectives: after "wanted" or "decided" such a word
# can only be a verb that lost its "to" ("decided invite", not "wanted change"). Not listed, for
# their nouns: "leave", "spend", "take", "grant", "remain", "include", "arrest" ("refused leave to
# appeal", "the planned spend", "the expected arrest")
VERB_ONLY_BASES = frozenset(
    """accept achieve acknowledge admit adopt allow announce appoint approve arrive assess assist assure
    attend avoid become begin believe bring buy choose clarify collaborate comply condemn confirm consider
    consult continue contribute convince cooperate create criticize criticise declare defend deliver deny
    describe destroy determine develop discuss dismiss disrupt distribute eliminate emphasize emphasise
    encourage endorse enforce engage enhance ensure enter establish evacuate evaluate examine expand explain
    explore expose extend facilitate give go identify ignore implement impose improve
    inform introduce invade invest investigate invite join keep maintain meet negotiate obtain
    oppose participate persuade prevent proceed prohibit prosecute protect provide pursue reassure receive
    recognize recognise reconsider recruit reduce reinforce reject remove renew replace resign resolve
    respond restore resume retain reveal revise seek sell send speak strengthen submit summon
    suspend tell tolerate undermine understand unveil uphold verify withdraw write""".split()
)

_IRREGULAR_PAST = """
ate became began bit blew broke brought built bought caught chose came cost cut dealt did drew drank drove
fell felt fought found fled flew forgot froze got gave went grew hung had heard hid hit held hurt kept knew
laid led left lent let lay lost made meant met paid put quit read rode rang rose ran said saw sought sold
sent set shook shot shut sang sank sat slept spoke spent stood stole stuck struck swore swept swam took
taught tore told thought threw understood woke wore won withdrew wrote
bent bet bid bound bred broadcast burst cast clung crept dug fed flung forecast forgave lit oversaw overcame
overtook shrank slid spread spun sprang split strode strove stung swung thrust undertook underwent upheld
upset wept withheld arose
was were
"""
IRREGULAR_PAST = frozenset(_IRREGULAR_PAST.split())
_IRREGULAR_PARTICIPLES = """
been begun broken chosen done drawn driven eaten fallen flown forgotten frozen given gone grown hidden
known ridden risen seen shaken shown spoken stolen sworn taken thrown torn woken worn written withdrawn
arisen beaten bitten blown borne forbidden forgiven overseen overtaken proven shrunk sprung stricken striven
sung sunk undergone undertaken
"""
PAST_PARTICIPLES = frozenset(_IRREGULAR_PARTICIPLES.split())

# Words that end in -ed but are not (usually) verbs.
_NOT_ED_VERBS = frozenset("bed red shed need speed seed feed breed greed hundred indeed led wed".split())


@lru_cache(maxsize=4096)
def verb_forms(word: str) -> str:
    """A coarse verb tag for a lower-case word: 'aux', 'past', 'pres3', 'base', 'ing', 'part' or ''."""
    word = word.replace("’", "'")
    if word in AUXILIARIES:
        return "aux"
    if word in IRREGULAR_PAST:
        return "past"
    if word in PAST_PARTICIPLES:
        return "part"
    if word in VERB_BASES:
        return "base"
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_ED_VERBS:
        return "past"
    if word.endswith("ing") and len(word) > 5:
        return "ing"
    if word.endswith("s") and len(word) > 3:
        stem = word[:-1]
        if stem in VERB_BASES or (word.endswith("es") and word[:-2] in VERB_BASES) or \
                (word.endswith("ies") and word[:-3] + "y" in VERB_BASES):
            return "pres3"
    return ""


def third_person(verb: str) -> str:
    """The -s form of a base form: "give" -> "gives", "try" -> "tries", "push" -> "pushes"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
