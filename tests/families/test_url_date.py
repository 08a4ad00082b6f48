"""A reference's written date against the date inside its URL: the grammar, generated.

Ways a note or a bibliography entry carries two dates of one publication:
- the written date, in Arabic with Egyptian/Gulf month names («12 مايو 2019»), Levantine ones
  («12 أيار 2019»), Eastern digits («١٢ مايو ٢٠١٩»), English day-month-year ("12 May 2019") or
  month-day-year ("May 12, 2019"), after the author, title and venue, before the URL;
- the date in the URL in every common layout: a path of three parts (``/2019/05/12/``), one part
  with hyphens or underscores (``2019-05-12-deal``, ``2019_05_12``), eight digits (``/20190512/``),
  year and month only (``/2019/05/``, ``/201905/``), an English month name (``/2019/may/12/``), a
  query value (``?date=2019-05-12``), a two-digit year between slashes (``/19/05/12/``);
- an Arabic note («أحمد سالم، "…"، جريدة الشط، {date}، {url}») or an English one ("John Smith,
  "…," Water Monitor, {date}, {url}").
The faulty version moves the written date by a month, by a fortnight (a day), or by two years.

Not faults (each case's paragraph carries them): an accessed date («تاريخ الاطلاع»، "accessed")
that differs from the URL's date; a URL number that is an id (``/politics/1780663``,
``?id=20171205``); a report's title naming the data's year that its URL repeats
(«مؤشرات المياه 2018» … ``/indicators/2018/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_url_date
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR = {5: "مايو", 8: "أغسطس", 12: "ديسمبر"}
LEV = {5: "أيار", 8: "آب", 12: "كانون الأول"}
EN = {5: "May", 8: "August", 12: "December"}
LAYOUTS = {
    "slash": "https://www.example.org/news/{y}/{m:02d}/{d:02d}/water-deal",
    "dash": "https://www.example.org/news/{y}-{m:02d}-{d:02d}-water-deal.html",
    "underscore": "https://www.example.org/archive/{y}_{m:02d}_{d:02d}/water.htm",
    "compact": "https://www.example.org/article/{y}{m:02d}{d:02d}/water.html",
    "query": "https://www.example.org/news?date={y}-{m:02d}-{d:02d}&id=4411",
    "monthname": "https://www.example.org/world/{y}/{mn}/{d:02d}/water-deal",
    "short": "https://www.example.org/ar/{yy}/{m:02d}/{d:02d}/water-deal",
    "year-month": "https://www.example.org/publications/{y}/{m:02d}/water-report",
    "compact-month": "https://www.example.org/page/{y}{m:02d}/1322940.shtml",
}
WRITTEN = {
    "ar": lambda y, m, d: f"{d} {AR[m]} {y}",
    "lev": lambda y, m, d: f"{d} {LEV[m]} {y}",
    "east": lambda y, m, d: f"{d} {AR[m]} {y}".translate(EAST),
    "en-dmy": lambda y, m, d: f"{d} {EN[m]} {y}",
    "en-mdy": lambda y, m, d: f"{EN[m]} {d}, {y}",
}
NOTE = {
    "ar": "(1) أحمد سالم، \"اتفاق المياه الجديد\"، جريدة الشط، {w}، {u}",
    "en": "(1) John Smith, \"The New Water Deal,\" Middle East Water Monitor, {w}, {u}",
}
BODY = ("وقّع البلدان اتفاقية تقاسم المياه بعد مفاوضات طويلة.(1) وأصدرت الهيئة تقريرها الأول عام 2020.(2) "
        "ونقلت الصحف تصريحات الوزير.(3) ثم نشرت الهيئة مؤشراتها.(4) وتابعت وكالة الأنباء الملف.(5)\n\nالهوامش\n")
DISTRACTORS = (
    "\n(2) جريدة الشط، https://www.example.org/news/2020/03/02/report، تاريخ الاطلاع: 3 يونيو 2021."
    "\n(3) Water Monitor, 4 March 2020, https://www.example.org/politics/1780663, accessed June 3, 2021."
    "\n(4) تقرير مؤشرات المياه 2018، https://www.example.org/indicators/2018/"
    "\n(5) وكالة الأنباء، 9 مارس 2020، https://www.example.org/story?id=20171205\n"
)
WRONG = {"month": (2019, 8, 12), "day": (2019, 5, 27), "year": (2021, 5, 12)}


def found(text: str) -> list:
    return citation_url_date(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def note(layout: str, written: str, lang: str, wy: int, wm: int, wd: int) -> str:
    y, m, d = 2019, 5, 12
    url = LAYOUTS[layout].format(y=y, m=m, d=d, yy=y % 100, mn=EN[m].lower())
    return BODY + NOTE[lang].format(w=WRITTEN[written](wy, wm, wd), u=url) + DISTRACTORS


def cases():
    for layout in LAYOUTS:
        for written in WRITTEN:
            for lang in NOTE:
                for shift, (wy, wm, wd) in WRONG.items():
                    if shift == "day" and layout in ("year-month", "compact-month"):
                        continue  # a URL that names only the month holds every day of it
                    yield (f"{layout}-{written}-{lang}-{shift}", note(layout, written, lang, 2019, 5, 12),
                           note(layout, written, lang, wy, wm, wd))


CASES = list(cases())


def test_the_grammar_is_covered():
    assert len(CASES) >= 200


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_matching_url_is_quiet_and_a_moved_date_is_found(name, right, wrong):
    assert found(right) == []
    hits = found(wrong)
    assert len(hits) == 1
    assert hits[0].evidence["url_date"].startswith("2019")
