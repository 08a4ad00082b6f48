"""Units compared across notations when figures are scored against gold (review.gold.same_unit)."""

from __future__ import annotations

import pandas as pd

from tahqiq.review.gold import same_unit, score


def test_an_arabic_unit_noun_in_the_gold_is_the_engines_code():
    assert same_unit("برميل", "barrel") and same_unit("كيلومتر", "km") and same_unit("ميل", "mile")
    assert same_unit("km", "km") and same_unit("USD", "USD") and same_unit(None, float("nan"))


def test_a_rate_meets_gold_that_names_the_counted_noun_only():
    assert same_unit("برميل", "barrel/day") and same_unit("m3", "m3/year")
    assert not same_unit("barrel/day", "barrel/year")  # a gold rate must be the same rate


def test_other_units_must_be_equal():
    assert not same_unit("برميل", "tonne") and not same_unit("فئة", "فئات") and not same_unit("USD", "EUR")
    assert not same_unit("برميل", None) and not same_unit(None, "barrel")


def test_score_uses_the_unit_notations():
    gold = pd.DataFrame([{"start": 0, "end": 10, "value": 450000.0, "unit": "برميل", "type": "measure"}])
    pred = pd.DataFrame([{"start": 0, "end": 16, "value": 450000.0, "unit": "barrel/day", "type": "measure"}])
    s = score(pred, gold, ["value", "unit"]).set_index("type").loc["all"]
    assert s["tp"] == 1 and s["recall"] == 1.0
    wrong = pred.assign(unit="tonne")
    assert score(wrong, gold, ["value", "unit"]).set_index("type").loc["all"]["tp"] == 0


def test_url_dates_are_scored_only_where_the_gold_holds_url_dates():
    from tahqiq.review.gold import in_gold_scope

    pred = pd.DataFrame([{"start": 0, "end": 4, "type": "year"}, {"start": 9, "end": 19, "type": "url_date"}])
    plain = pd.DataFrame([{"start": 0, "end": 4, "type": "year"}])
    assert list(in_gold_scope(pred, plain)["type"]) == ["year"]
    with_urls = pd.concat([plain, pd.DataFrame([{"start": 9, "end": 19, "type": "url_date"}])])
    assert list(in_gold_scope(pred, with_urls)["type"]) == ["year", "url_date"]
