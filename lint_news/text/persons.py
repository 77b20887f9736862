"""Small given-name lists for the pronoun-gender check: names of women often in the news, and
signals that a man is being talked about. Deliberately short: a name missing here means silence."""

from __future__ import annotations

FEMALE_GIVEN_NAMES = frozenset(
    """Angela Annalena Ursula Élisabeth Elisabeth Elizabeth Marine Ségolène Anne Christine Kamala Hillary Nancy
    Michelle Melania Jill Nikki Karine Janet Kristalina Theresa Liz Nicola Priti Suella Giorgia Jacinda Sanna
    Mette Magdalena Kaja Roberta Olena Yulia Svetlana Maria Marie Anna Sarah Mary Margaret Jane Julia Laura
    Emma Sophie Claudia Cristina Dilma Michelle Sheinbaum Xiomara Tsai Ing-wen Yingluck Sheikh Hasina Mamata
    Nirmala Sonia Priyanka Benazir Jacqueline Ruth Sonia Amy Hilda Frederiksen Saskia Franziska Manuela Katarina
    Katharina Ricarda Sahra Alice Aminata Ngozi Ellen Samia Joyce Yoriko Yuriko Sanae Takaichi Kim Park""".split()
) - {"Sheinbaum", "Frederiksen", "Takaichi", "Kim", "Park", "Sheikh", "Tsai"}
MALE_SIGNALS = frozenset(
    """Mr Mr. husband son father brother spokesman boyfriend king prince man men boy sir lord uncle nephew
    grandfather chairman""".split()
)
