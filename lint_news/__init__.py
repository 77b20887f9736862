"""lint-news: a linter for machine-translated and spun news articles."""

__version__ = "0.1.0"
