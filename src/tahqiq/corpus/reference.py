"""Reference figures the detectors compare the texts with (``data/reference/economies.yml``,
``data/reference/exchange_rates.yml``),
validated on load: every entry's fields typed, its source a key of ``book/references.bib``.
A problem raises :class:`~tahqiq.errors.TahqiqError` naming the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..errors import TahqiqError
from .catalogue import project_root
from .yamlfile import read_yaml, validate_entry


class Economy(BaseModel):
    """The annual economy an amount in ``currency`` cannot exceed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    currency: str = Field(pattern=r"^[A-Z]{3}$")
    economy: str = Field(min_length=1)
    gdp: float = Field(gt=0)
    note: str = Field(min_length=1)
    source: str = Field(min_length=1)


def _load_sourced(path, bib, default: str, list_key: str, model) -> dict:
    """The entries of a sourced reference file by currency code: each validated by ``model``, its
    source a key of the bibliography, no currency listed twice."""
    from ..link.gazetteer import bib_keys

    root = project_root()
    p = Path(path) if path is not None else root / "data" / "reference" / default
    b = Path(bib) if bib is not None else root / "book" / "references.bib"
    data = read_yaml(p, list_key=list_key)
    keys = bib_keys(b) if b.is_file() else set()
    out: dict = {}
    for i, item in enumerate(data[list_key]):
        cur = item.get("currency") if isinstance(item, dict) else None
        entry = f"{list_key}[{i}]" + (f" ({cur})" if cur else "")
        e = validate_entry(model, item, p, entry)
        if e.source not in keys:
            raise TahqiqError(p, f"{entry}: field 'source': {e.source!r} is not a key of {b.name}")
        if e.currency in out:
            raise TahqiqError(p, f"{entry}: field 'currency': {e.currency} is listed twice")
        out[e.currency] = e
    return out


def load_economies(path: str | Path | None = None, bib: str | Path | None = None) -> dict[str, Economy]:
    """The economies by currency code."""
    return _load_sourced(path, bib, "economies.yml", "economies", Economy)


class ExchangeRate(BaseModel):
    """US dollars per unit of ``currency``, a period average: only to compare orders of magnitude."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    currency: str = Field(pattern=r"^[A-Z]{3}$")
    usd_per_unit: float = Field(gt=0)
    period: str = Field(min_length=1)
    source: str = Field(min_length=1)


def load_exchange_rates(path: str | Path | None = None, bib: str | Path | None = None) -> dict[str, float]:
    """US dollars per unit, by currency code (``data/reference/exchange_rates.yml``)."""
    rates = _load_sourced(path, bib, "exchange_rates.yml", "exchange_rates", ExchangeRate)
    return {cur: r.usd_per_unit for cur, r in rates.items()}
