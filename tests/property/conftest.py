"""Hypothesis profiles: a modest default for every test run, a long `fuzz` profile on demand.

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest tests/property tests/test_fix_properties.py

The fuzz profile runs about 50 times more examples per property (a few minutes); slow properties
scale their own counts with ``gen.scaled``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=6000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
