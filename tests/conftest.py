"""Shared fixtures: the project root, the catalogue, and documents loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.corpus.catalogue import Catalogue

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue(ROOT)


@pytest.fixture(scope="session")
def docs(catalogue):
    """Every text of the corpus by its number: docs['000'] ... docs['004']."""
    return {d.name[:3]: d for d in catalogue.documents()}
