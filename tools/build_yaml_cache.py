"""Generate rules/yaml-cache.json: the data of the shipped YAML files (rules/*.yaml, rules/facts/*.yaml) as JSON.

A cold start parses these files at every run; JSON parses in a fraction of the time and spares
importing PyYAML. Each entry keeps the exact YAML text it was made from and
``lint_news.resources.yaml_twin`` uses it only while the file is unchanged, so a stale twin is
never read. Dates are stored as {"$date": "YYYY-MM-DD"}; a file whose data would not come back
identical (other types, non-string keys) is left out and parsed as YAML. Deterministic (sorted
paths, data in file order). Run after editing those files: python tools/build_yaml_cache.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
OUT = RULES / "yaml-cache.json"


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot store {type(value).__name__}")


def main() -> None:
    import yaml

    sys.path.insert(0, str(ROOT))
    from lint_news.resources import _decode_date

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the loader lint_news uses
    twins: dict[str, dict[str, str]] = {}
    for path in sorted([*RULES.glob("*.yaml"), *RULES.glob("facts/*.yaml")]):
        key = path.relative_to(RULES).as_posix()
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=loader)
        try:
            encoded = json.dumps(data, ensure_ascii=False, default=_encode, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            print(f"{key}: left out ({exc})")
            continue
        if repr(json.loads(encoded, object_hook=_decode_date)) != repr(data):  # types and order too
            print(f"{key}: left out (its data does not come back identical from JSON)")
            continue
        twins[key] = {"source": text, "json": encoded}
    OUT.write_text(json.dumps(twins, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(twins)} YAML files -> {OUT}")


if __name__ == "__main__":
    main()
