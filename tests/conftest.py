"""Shared fixtures: paths to the shared seed articles and dev set (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore new inputs on developers' machines; in CI they replay a fixed sequence, so that a
# landing is not decided by the draw (counterexamples found locally are kept as @example).
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV_GOLD = SHARED / "eval" / "dev" / "gold.jsonl"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return SEEDS


@pytest.fixture
def dev_gold() -> Path:
    if not DEV_GOLD.is_file():
        pytest.skip("../shared/eval/dev/gold.jsonl not present")
    return DEV_GOLD
