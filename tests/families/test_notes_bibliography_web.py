"""Notes and bibliography of an academic article: web documents in the notes, author-year citations in
the body (read from heldout8b's false alarms, so in-sample for it; the cases are synthetic and vary
the organisations, authors, years, the access-date formula and the order of the entries).

Constructions:
- a note citing a web document by its address and the day it was consulted:
  «(n) <organisation>, <title>, <date>, https://… ، تاريخ الاطلاع: 08 جانفي 2025.»
  ("…, accessed 5 May 2024", «consulté le …»): a press release, a statement, a database page. A
  bibliography that lists books and articles only (no entry with an address) does not list such
  documents: they are not ``missing-from-bibliography``. When the bibliography lists web sources
  itself (entries with an address), a web note it does not list is still missing (positive).
- an entry cited in the body by author and year, «(بن عمارة، 2022: 54)», "(Bøås, 2024: 160)":
  the surname may be of several words («بن عمارة»، «أبو زيد»، «آل سعود», "Van der Veen") while the
  entry gives «بن عمارة، رضا (2022).», and a Latin surname may carry letters with diacritics
  («Bøås», «Gévaudan», «Müller»). Such entries are cited, not ``uncited-bibliography``.
  Positive: an entry whose author is cited by no note and no author-year reference.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.sources import missing_from_bibliography, uncited_bibliography
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

WEB = [("ECOWAS", "Statement on the withdrawal of member states", "ecowas.int/{y}/01/28/statement-withdrawal/"),
       ("ACLED", "Sahel Mid-Year Update", "acleddata.com/{y}/07/12/sahel-mid-year-update/"),
       ("UNDP", "Soldiers and Citizens", "www.undp.org/africa/publications/{y}/07/11/soldiers-and-citizens"),
       ("International IDEA", "Voter Turnout Database", "www.idea.int/data-tools/data/voter-turnout"),
       ("Union africaine (AU)", "Communiqué du CPS", "au.int/fr/pressreleases/{y}0728/communique-cps"),
       ("World Bank", "Sahel Economic Update", "www.worldbank.org/en/region/afr/publication/sahel-update-{y}")]
ACCESSED = ["، تاريخ الاطلاع: {d:02d} جانفي 2025.", "، تاريخ الاطلاع {d:02d}/01/2025.",
            ", accessed {d} January 2025.", ", consulté le {d} janvier 2025."]
AR_AUTHORS = [("بن عمارة", "رضا", "الجيش والسياسة في غرب إفريقيا. الجزائر: دار هومة"),
              ("أبو زيد", "سامي", "الدولة والمجتمع في الساحل. بيروت: دار الفارابي"),
              ("بلقاسمي", "نسيمة", "إيكواس وأزمة الشرعية الدستورية. المجلة الجزائرية للعلوم السياسية"),
              ("آل خليفة", "منى", "الأمن الإقليمي في إفريقيا. المنامة: مركز الدراسات")]
LAT_AUTHORS = [("Bøås", "Morten", "Juntas and Jihadists in the Sahel. Journal of Modern African Studies"),
               ("Gévaudan", "Claire", "Les transitions militaires au Sahel. Paris: Karthala"),
               ("Müller", "Jonas", "Coups and Elections in West Africa. Berlin: Springer"),
               ("Van der Veen", "Anna", "Regional Organisations and Coups. Leiden: Brill"),
               ("Raleigh", "Clionadh", "Political Violence in Africa. London: Routledge")]


def build(rng, web_listed: bool = False, drop_cite: str | None = None) -> str:
    webs = rng.sample(WEB, 3)
    ars, lats = rng.sample(AR_AUTHORS, 2), rng.sample(LAT_AUTHORS, 2)
    years = {a[0]: rng.randrange(2015, 2024) for a in ars + lats}
    cite = {a[0]: (f"({a[0]}، {years[a[0]]}: {rng.randrange(10, 200)})" if a in ars
                   else f"({a[0]}, {years[a[0]]}: {rng.randrange(10, 200)})") for a in ars + lats}
    if drop_cite:
        cite[drop_cite] = ""
    body = ("1. مقدمة:\n"
            f"شهدت المنطقة انقلابات متتالية بين 2020 و2023 (1). ويعيد الباحث هذه الموجة إلى تآكل العقد الأمني "
            f"{cite[ars[0][0]]}، في حين تربطها دراسة أخرى بتصاعد العنف {cite[lats[0][0]]}. "
            f"وأعلنت الدول الثلاث انسحابها من المجموعة الإقليمية (2).\n\n"
            "2. المشاركة الانتخابية:\n"
            f"تراجعت نسبة المشاركة وفق قاعدة البيانات (3)، وهو ما تؤكده دراسات أخرى {cite[ars[1][0]]} "
            f"{cite[lats[1][0]]}.\n\n")
    notes = "الهوامش:\n"
    wy = {}
    for k, (org, title, url) in enumerate(webs, 1):
        y = wy[org] = rng.randrange(2021, 2025)
        acc = rng.choice(ACCESSED).format(d=rng.randrange(1, 28))
        notes += f"({k}) {org}, {title}, {rng.randrange(1, 28)} July {y}, https://{url.format(y=y)} {acc}\n"
    entries = [f"- {a[0]}، {a[1]} ({years[a[0]]}). {a[2]}." for a in ars]
    entries += [f"- {a[0]}, {a[1]} ({years[a[0]]}). {a[2]}." for a in lats]
    if web_listed:  # the bibliography lists web sources itself, but not the first note's
        other = [w for w in WEB if w not in webs][0]
        entries.append(f"- {other[0]} (2023). {other[1]}. https://{other[2].format(y=2023)}")
        for org, title, url in webs[1:]:
            entries.append(f"- {org} ({wy[org]}). {title}. https://{url.format(y=wy[org])}")
    rng.shuffle(entries)
    return ("الانقلابات العسكرية والانتخابات المؤجلة في الساحل\n\nد. نسيمة بلقاسمي، أ. رضا بن عمارة\n\n"
            + body + notes + "\nقائمة المراجع:\n" + "\n".join(entries) + "\n")


def _facts(text: str) -> Facts:
    return Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="pdf-text"))])


def cases():
    rng = random.Random(8)
    for i in range(10):
        state = rng.getstate()
        right = build(rng)
        rng.setstate(state)
        listed = build(rng, web_listed=True)
        rng.setstate(state)
        text = build(rng)
        cited_names = [a[0] for a in AR_AUTHORS + LAT_AUTHORS if f"({a[0]}" in text]
        drop = cited_names[i % len(cited_names)]
        rng.setstate(state)
        uncited = build(rng, drop_cite=drop)
        yield f"{i}", right, listed, uncited, drop


CASES = list(cases())


@pytest.mark.parametrize("name,right,listed,uncited,drop", CASES, ids=[c[0] for c in CASES])
def test_web_notes_and_author_year_citations(name, right, listed, uncited, drop):
    f = _facts(right)
    assert missing_from_bibliography(f) == [], [x.message for x in missing_from_bibliography(f)]
    assert uncited_bibliography(f) == [], [x.message for x in uncited_bibliography(f)]
    got = missing_from_bibliography(_facts(listed))
    assert [x.kind for x in got] == ["missing-from-bibliography"], [x.message for x in got]
    got = uncited_bibliography(_facts(uncited))
    assert len(got) == 1 and drop in got[0].message, [x.message for x in got]


CORPORATE = [("International Energy Agency", "IEA", "Gas Market Report"),
             ("International Monetary Fund", "IMF", "World Economic Outlook"),
             ("Food and Agriculture Organization", "FAO", "The State of Food and Agriculture")]


@pytest.mark.parametrize("k", range(6))
def test_corporate_author_cited_by_its_acronym(k):
    """A corporate author cited by its acronym, «(IEA, 2025: 21)», for the entry «- International Energy
    Agency (IEA) (2025). …» (the acronym in brackets, or only the initials of its capitalised words) is
    cited; with another year it is not (``author-year-unlisted`` then says so, not this detector)."""
    name, acro, title = CORPORATE[k % 3]
    y = 2015 + k
    entry = f"- {name} ({acro}) ({y}). {title}." if k < 3 else f"- {name} ({y}). {title}."
    text = ("النفط والغاز في أوراسيا\n\nتراجعت الصادرات بنسبة كبيرة، وفق تقرير المنظمة "
            f"({acro}, {y}: 21)، وهو ما توقعه الباحث (Downs, 2019: 5).\n\nالمراجع:\n"
            f"- Downs, Erica (2019). The China-Russia Gas Deal. New York.\n{entry}\n")
    f = Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))])
    assert uncited_bibliography(f) == [], [x.message for x in uncited_bibliography(f)]
    other = text.replace(f"({acro}, {y}: 21)", "(World Bank, 2011: 21)")
    got = uncited_bibliography(Facts([text_facts(Document(path=Path("a.txt"), raw=other, form="plain"))]))
    assert len(got) == 1 and name in got[0].message, [x.message for x in got]
