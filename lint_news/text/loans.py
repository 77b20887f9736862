"""Phrases English borrowed whole from other languages ("raison d'être", "coup d'état"): their words
are English usage there, neither untranslated (U105) nor misspelt (S101)."""

from __future__ import annotations

# Phrases English borrowed whole, whose words are common in their own language
LOAN_PHRASES = (
    "raison d'être", "raison d'etre", "raison d’être", "nouvelle cuisine", "nouvelle vague", "cause célèbre",
    "cause celebre", "joie de vivre", "savoir faire", "savoir-faire", "déjà vu", "femme fatale", "enfant terrible",
    "bête noire", "bete noire", "belle époque", "coup de grâce", "coup de grace", "pièce de résistance",
    "crème de la crème", "nom de guerre", "esprit de corps", "carte blanche", "fait accompli", "haute couture",
    "haute cuisine", "dolce vita", "prima donna", "sotto voce", "tour de force", "idée fixe", "mot juste",
    "je ne sais quoi", "film noir", "cinéma vérité", "objet d'art", "comme il faut", "plus ça change",
    "par excellence", "affaire de cœur", "affaire de coeur", "noblesse oblige", "ancien régime", "amour propre",
    "agent provocateur", "succès de scandale", "coup d'état", "coup d’état", "bon vivant", "tour d'horizon",
    "éminence grise", "eminence grise", "danse macabre", "trompe l'oeil", "force majeure", "realpolitik",
)


def in_loan_phrase(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of a phrase English borrowed whole?"""
    window = text[max(0, start - 25) : end + 25].lower()
    at = start - max(0, start - 25)
    for phrase in LOAN_PHRASES:
        i = window.find(phrase)
        while i >= 0:
            if i <= at < i + len(phrase):
                return True
            i = window.find(phrase, i + 1)
    return False
