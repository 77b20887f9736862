"""Facts for the contradiction rules (C1xx): dates, numbers, places, events and a knowledge base.

Everything here is cheap to import; data files load lazily, once, on first use.
"""
