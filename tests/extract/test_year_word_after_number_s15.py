"""«عام»/«سنة» before a year, right after a number, is the year's word, not what the number counts
(synthetic sentences): «إلى 1.17 مليون عام 2024» (the number takes the unit of its «من»), «مقابل 2000 عام
2022» (a bare four-digit number followed by another year's «عام» is a count, not a year)."""

from __future__ import annotations

from tahqiq.corpus.catalogue import from_string
from tahqiq.extract.dates import extract_dates
from tahqiq.extract.figures import extract_figures


def _figs(text: str) -> list[tuple]:
    df = extract_figures(from_string(text))
    return [(r.value, r.unit) for r in df.itertuples()]


def _years(text: str) -> list[str]:
    df = extract_dates(from_string(text))
    return list(df["text"])


def test_a_scale_word_then_a_year():
    got = _figs("نمت المناولة من 0.9 مليون حاوية عام 2017 إلى 1.17 مليون عام 2024.")
    assert (1170000.0, "عام") not in got
    assert any(v == 1170000.0 for v, _ in got)


def test_a_four_digit_count_before_another_year():
    text = "قُتل 3200 مدني عام 2024 مقابل 2000 عام 2022."
    assert "2000" not in _years(text)
    assert any(v == 2000.0 for v, _ in _figs(text))


def test_a_year_is_still_a_year():
    assert "عام 2022" in _years("زار الوفد المدينة عام 2022 ثم عاد.")
    assert "2000" in " ".join(_years("وقع الاتفاق في 2000 وتعثر بعد ذلك."))


def test_the_second_of_a_from_to_pair_takes_the_noun_of_the_first():
    # the first counts the noun after «عدد»; «عام» before a year is no noun of the second
    got = _figs("ارتفع عدد الضحايا من 2.400 عام 2020 إلى 3.600 عام 2023، أي بزيادة 50 بالمائة.")
    assert len([u for v, u in got if u == "ضحية"]) == 2
    got = _figs("تراجعت الخلافات على الحقول المشتركة من سبعة خلافات عام 2010 إلى ثلاثة عام 2024.")
    assert (3.0, "خلافة") in got
