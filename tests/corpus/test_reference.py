"""The reference figures of the economies: loaded, validated, sourced, and used by the
arithmetic-magnitude detector only through the facts."""

from __future__ import annotations

import shutil

import pytest

from tahqiq.corpus.reference import load_economies
from tahqiq.errors import TahqiqError


def test_every_economy_is_sourced(root):
    econ = load_economies()
    assert set(econ) >= {"RUB", "CNY", "USD"}
    assert all(e.gdp > 0 and e.note and e.source for e in econ.values())


@pytest.mark.parametrize("good,bad,message", [
    ("gdp: 200.0e+12", "gdp: -1", "economies[0] (RUB): field 'gdp': Input should be greater than 0"),
    ("source: rosstat-gdp-2024", "source: no-such-key",
     "economies[0] (RUB): field 'source': 'no-such-key' is not a key of references.bib"),
    ("economy: Russia", "economy: Russia\n    colour: red",
     "economies[0] (RUB): unknown field 'colour'"),
])
def test_errors_name_the_file_the_entry_and_the_field(root, tmp_path, good, bad, message):
    text = (root / "data" / "reference" / "economies.yml").read_text(encoding="utf-8")
    p = tmp_path / "economies.yml"
    p.write_text(text.replace(good, bad, 1), encoding="utf-8")
    shutil.copy(root / "book" / "references.bib", tmp_path / "references.bib")
    with pytest.raises(TahqiqError) as exc:
        load_economies(p, tmp_path / "references.bib")
    assert str(p) in str(exc.value) and message in str(exc.value)


def test_the_detector_reads_the_economies_from_the_facts():
    """A planted amount larger than a made-up economy is found only against that economy: the
    bound comes from Facts.reference, not from a constant or a file."""
    import builders as B
    from tahqiq.checks.magnitude import arithmetic_magnitude
    from tahqiq.corpus.reference import Economy
    from tahqiq.extract.dates import extract_dates
    from tahqiq.extract.figures import extract_figures
    from tahqiq.facts import Facts, Reference

    raw = "The budget was 500 billion roubles. بلغت الميزانية 500 مليار روبل."
    t = B.text(raw)
    t.dates = extract_dates(t.doc)
    t.figures = extract_figures(t.doc, t.dates)
    small = Economy(currency="RUB", economy="Testland", gdp=1e11, note="a made-up bound", source="x")
    found = arithmetic_magnitude(Facts([t], Reference(events=None, economies={"RUB": small})))
    assert {f.evidence["economy"] for f in found} == {"Testland"} and len(found) == 2
    assert arithmetic_magnitude(Facts([t], Reference(events=None, economies={}))) == []


def test_every_exchange_rate_is_sourced_and_validated(root, tmp_path):
    from tahqiq.corpus.reference import load_exchange_rates

    rates = load_exchange_rates()
    assert rates["USD"] == 1.0 and set(rates) >= {"EUR", "CNY", "RUB"} and all(v > 0 for v in rates.values())
    text = (root / "data" / "reference" / "exchange_rates.yml").read_text(encoding="utf-8")
    p = tmp_path / "exchange_rates.yml"
    p.write_text(text.replace("usd_per_unit: 0.011", "usd_per_unit: 0", 1), encoding="utf-8")
    shutil.copy(root / "book" / "references.bib", tmp_path / "references.bib")
    with pytest.raises(TahqiqError) as exc:
        load_exchange_rates(p, tmp_path / "references.bib")
    assert str(p) in str(exc.value) and "exchange_rates[4] (RUB): field 'usd_per_unit'" in str(exc.value)


def test_the_detector_converts_currencies_with_the_rates_of_the_facts():
    """An «additional» amount in roubles against a base in dollars is compared through
    Facts.reference.usd_per: with no rate for the rouble there is nothing to compare."""
    import builders as B
    from tahqiq.checks.magnitude import arithmetic_magnitude
    from tahqiq.extract.dates import extract_dates
    from tahqiq.extract.figures import extract_figures
    from tahqiq.facts import Facts, Reference

    raw = "تخطط موسكو لإنفاق 5 مليارات دولار، مع استثمارات إضافية تبلغ 90 تريليون روبل."
    t = B.text(raw)
    t.dates = extract_dates(t.doc)
    t.figures = extract_figures(t.doc, t.dates)
    found = arithmetic_magnitude(Facts([t], Reference(events=None, usd_per={"USD": 1.0, "RUB": 0.011})))
    assert [f.evidence["usd_per_unit"] for f in found] == [{"USD": 1.0, "RUB": 0.011}]
    assert arithmetic_magnitude(Facts([t], Reference(events=None, usd_per={"USD": 1.0}))) == []
