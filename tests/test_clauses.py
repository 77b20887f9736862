"""Verb groups: the finite verbs that head clauses, read without a tagger."""

from __future__ import annotations

from lint_news.document import Token
from lint_news.text.clauses import verb_groups


def groups(sentence: str) -> list[str]:
    words = [Token(0, 0, w) for w in sentence.split()]
    return [words[i].text for i in verb_groups(words)]


def test_a_verb_group_is_one_clause() -> None:
    assert groups("The minister has not been told") == ["has"]


def test_base_form_after_an_adverb_reads_the_subject_before_it() -> None:
    assert groups("Farm leaders still want the minister to quit") == ["want"]
    assert groups("They said the officials often fail") == ["said", "fail"]


def test_base_form_after_a_determiner_is_no_verb() -> None:
    assert groups("The plan and the vote") == []


def test_an_auxiliary_after_a_verb_opens_a_new_clause() -> None:
    assert groups("The two miners who escaped were treated") == ["escaped", "were"]
    assert groups("What happened was clear") == ["happened", "was"]


def test_irregular_past_of_the_same_form_as_its_base() -> None:
    assert groups("The rumour spread quickly through the town") == ["spread"]


def test_unknown_verb_in_s_after_he_she_or_it() -> None:
    assert groups("While the firm preaches thrift it practices excess") == ["practices"]
    assert groups("It seems that he always wins") == ["seems", "wins"]
    assert groups("He perhaps knew") == ["knew"]


def test_unknown_verb_in_s_after_a_name() -> None:
    assert groups("Analysts said Dalton values the bonds at par") == ["said", "values"]
    assert groups("The Times reported the deal") == ["reported"]


def test_base_form_after_a_name_is_a_verb() -> None:
    # British usage: a collective name takes a plural verb
    assert groups("The members of the new Senate meet today") == ["meet"]
    assert groups("On Sunday England play France") == ["play"]
