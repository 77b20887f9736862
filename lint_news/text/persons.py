"""Given names for the pronoun-gender check, and words that bring in a man or a woman.

A short list of women's names often in the news is kept here; rules/names/given_names.tsv adds
about 3,700 given names of one gender only (unisex names are left out on purpose: a name missing
there means silence, a wrong one a false alarm).
"""

from __future__ import annotations

from functools import cache

from ..resources import data_file

FEMALE_GIVEN_NAMES = frozenset(
    """Angela Annalena Ursula Élisabeth Elisabeth Elizabeth Marine Ségolène Anne Christine Kamala Hillary Nancy
    Michelle Melania Jill Nikki Karine Janet Kristalina Theresa Liz Nicola Priti Suella Giorgia Jacinda Sanna
    Mette Magdalena Kaja Roberta Olena Yulia Svetlana Maria Marie Anna Sarah Mary Margaret Jane Julia Laura
    Emma Sophie Claudia Cristina Dilma Michelle Sheinbaum Xiomara Tsai Ing-wen Yingluck Sheikh Hasina Mamata
    Nirmala Sonia Priyanka Benazir Jacqueline Ruth Sonia Amy Hilda Frederiksen Saskia Franziska Manuela Katarina
    Katharina Ricarda Sahra Alice Aminata Ngozi Ellen Samia Joyce Yoriko Yuriko Sanae Takaichi Kim Park""".split()
) - {"Sheinbaum", "Frederiksen", "Takaichi", "Kim", "Park", "Sheikh", "Tsai",
     # men's names too, or parts of them, or surnames: "Nicola Zingaretti", "José Maria
     # Marin", "Jean-Marie", "James Joyce", "Edmund Hillary"
     "Nicola", "Maria", "Marie", "Joyce", "Hillary", "Ruth", "Anne"}
# Given names that are also English words ("Grace", "Frank"), which given_names.tsv leaves out: a
# person's only where written in mid-sentence right before a surname ("the negotiator, Frank Behrendt")
WORD_GIVEN_NAMES_FEMALE = frozenset(
    "Grace Rose Hope Faith Joy Ruby Amber Iris Violet Pearl Daisy Holly Dawn Heather Ivy Jade Olive".split())
WORD_GIVEN_NAMES_MALE = frozenset("Frank Mark Bill Jack Guy Rob Ray Don Nick Victor".split())
# Nouns that name a woman by her role ("Lianhe's chairwoman, Chen Wei-ling"); the men's "-man" titles
# are left out: some women hold a "chairman" title
FEMALE_ROLES = frozenset(
    """chairwoman spokeswoman businesswoman congresswoman councilwoman sportswoman stateswoman
    policewoman anchorwoman camerawoman frontwoman actress headmistress""".split())
MALE_SIGNALS = frozenset(
    """Mr Mr. husband son father brother spokesman boyfriend king prince man men boy sir lord uncle nephew
    grandfather chairman""".split()
)
FEMALE_SIGNALS = frozenset(
    """Ms Ms. Mrs Mrs. wife daughter mother sister spokeswoman girlfriend queen princess lady dame woman women
    girl aunt niece grandmother chairwoman""".split()
)
# The third-person pronouns of each sex, lower case
FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
MALE_PRONOUNS = frozenset(("he", "him", "his", "himself"))


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(women's, men's) given names: this module's short list and rules/names/given_names.tsv."""
    female: set[str] = set(FEMALE_GIVEN_NAMES)
    male: set[str] = set()
    for line in data_file("names", "given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, sex = line.partition("\t")
            (female if sex == "f" else male).add(name)
    both = female & male  # (a name on both lists is on neither)
    return frozenset(female - both), frozenset(male - both)
