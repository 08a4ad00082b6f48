"""Dates: three more contexts that make a four-digit number a year of any century (s11; heldout8's
misses read, so in-sample for it; synthetic cases, Western and Eastern digits).

  (1) a year naming its event or document, before a clause ends: «اتفاقية 1899،»، «ثورة 1848.»،
      «معاهدة 1815،»، "the Treaty of 1815,";
  (2) a span from a year to an event named by a word: «من 1896 إلى وفاته»، «من 1850 حتى الاستقلال»;
  (3) a period in brackets printed reversed by right-to-left extraction and longer than the usual
      150 years: «(1965-1750)» is 1750-1965.

NOT years: a count after a document noun with no clause end («حرب 1850 جندياً»); a number range to a
counted noun («من 1500 إلى 2000 شخص»); a bracketed span over 300 years.
"""

from __future__ import annotations

import pytest

from tahqiq.extract.dates import dates_from_string

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NAMING = [("اتفاقية", 1899), ("ثورة", 1848), ("معاهدة", 1815), ("مؤتمر", 1884), ("دستور", 1876), ("حرب", 1812)]
ENDS = ["، أي بعد ستين عاماً من توقيعها.", ". وتبع ذلك تحول كبير.", "، وهو ما غير المنطقة."]


def _rows(s: str):
    return [(r.text, r.start_date[:10], r.end_date[:10]) for r in dates_from_string(s, anchor="2025").itertuples()]


@pytest.mark.parametrize("noun, year", NAMING)
@pytest.mark.parametrize("east", [False, True])
def test_a_year_naming_its_event(noun, year, east):
    y = str(year).translate(EAST) if east else str(year)
    for end in ENDS:
        s = f"وقد أنهت المذكرات {noun} {y}{end}"
        assert (y, f"{year}-01-01", f"{year}-12-31") in _rows(s), (s, _rows(s))


@pytest.mark.parametrize("year, event", [(1896, "وفاته"), (1850, "الاستقلال"), (1789, "سقوط الملكية"), (1453, "نهاية القرن")])
def test_a_span_from_a_year_to_an_event(year, event):
    s = f"وقد حكم البلاد طويلاً، من {year} إلى {event}، وفي عهده تغير كل شيء."
    assert (str(year), f"{year}-01-01", f"{year}-12-31") in _rows(s), _rows(s)
    s = f"وقد حكم البلاد طويلاً، من {year} حتى {event}."
    assert (str(year), f"{year}-01-01", f"{year}-12-31") in _rows(s), _rows(s)


@pytest.mark.parametrize("a, b", [(1965, 1750), (1914, 1700), (1990, 1800)])
def test_a_reversed_period_in_brackets(a, b):
    s = f"انظر: تاريخ البلاد الحديث ({a}-{b})، دار النشر، 1984."
    assert (f"{a}-{b}", f"{b}-01-01", f"{a}-12-31") in _rows(s), _rows(s)


@pytest.mark.parametrize("s", ["وصل عدد القتلى في حرب 1850 جندياً.", "ارتفع العدد من 1500 إلى 2000 شخص.",
                               "انظر: تاريخ العالم (1990-1500)، دار النشر."])
def test_not_years(s):
    assert not any(start < "1900" for _, start, _ in _rows(s)), _rows(s)


def test_a_year_naming_its_event_is_no_time_of_its_clause():
    # «… أنهتا اتفاقية 1899، أي بعد اثنين وستين عاماً من توقيعها»: the gap runs from the signing (1899)
    # to the clause's own date (1961), not to the agreement's name
    from tahqiq.checks import REGISTRY, load_all
    from tahqiq.extract.dates import from_string
    from tahqiq.facts import Facts, text_facts

    load_all()
    s = ("وقّع الأمير مع بريطانيا اتفاقية الحماية يوم الاثنين 23 يناير 1899م.\n\n"
         "ففي يوم الاثنين 19 يونيو 1961م تبادل الطرفان مذكرتين أنهتا اتفاقية 1899، أي بعد {N} من توقيعها، "
         "وأُعلن استقلال البلاد.")
    kinds = ("order-word-contradiction", "duration-mismatch")

    def found(n):
        facts = Facts([text_facts(from_string(s.replace("{N}", n), "plain"))])
        return [f for d in REGISTRY.values() if d.scope == "internal" for f in d.func(facts) if f.kind in kinds]

    assert found("اثنين وستين عاماً") == []
    assert found("اثنين وخمسين عاماً") != []
