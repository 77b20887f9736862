"""Shared name and word analysis for the N (name), U (untranslated) and S (spelling) rules.

- :mod:`.lexicon`: the English word list (frequency and case), loaded lazily once.
- :mod:`.gazetteer`: known people and places, plus the user's ``names`` from config.
- :mod:`.mentions`: capitalised tokens and name runs of one article, memoised per article.
"""
