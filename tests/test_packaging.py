"""The built wheel ships rules/ as data and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_ships_rule_data_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(wheels.glob("lint_news-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "lint_news/ruledata/README.md" in names
    shipped_yaml = {n.split("/", 2)[2] for n in names if n.startswith("lint_news/ruledata/") and n.endswith(".yaml")}
    in_checkout = {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert shipped_yaml == in_checkout

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "story.txt").write_text("Talks resume\n\nThe ministers met on Friday.Negotiators left.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run([sys.executable, "-c", "import lint_news.resources as r; print(r.data_root())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert str(target) in probe.stdout  # the data comes from the installed package, not the checkout
    rules = subprocess.run([sys.executable, "-m", "lint_news", "rules"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=True)
    assert "P101" in rules.stdout
    check = subprocess.run([sys.executable, "-m", "lint_news", "check", "story.txt"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 1, check.stderr
    assert "story.txt:3:22: P101" in check.stdout
