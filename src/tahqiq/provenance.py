"""What the package's behaviour depends on: its source and its language data, for cache keys."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def package_files() -> list[Path]:
    """Every file of the package that decides an output: Python sources and lexicons (sorted)."""
    return sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".yml") and "__pycache__" not in p.parts)
