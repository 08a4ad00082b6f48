"""A reference's dates against each other: the frames ``test_url_date.py`` does not cover, generated.

Where the notes stand:
- in a Markdown article, labelled notes («[1] …», «(1) …», «1- …») under a notes heading
  («## الهوامش»، «## المراجع والهوامش»، «## Notes»، «### الحواشي») or after a ``---`` separator, the
  body citing them with ``<sup>[n]</sup>`` or «(n)»; the same in a PDF-text article.
What the note carries:
- a written day or month and a URL dated to the day or month («14 مايو 2020، https://…/2020/05/14/…»);
- only a year of publication and a URL dated to the month («Geneva, 2021, https://…/2021/09/…»):
  the years must agree;
- an access date after the URL («(accessed 22 October 2024)»، «تاريخ الاطلاع: 10 أكتوبر 2024»):
  a page cannot be read before it was published, so an access date earlier than the URL's date
  or the written date is a fault.
Faulty versions: the written date or year moved by a year or more (or a month), the URL's date
moved, the access date moved before publication. Not faults: an access date later than the
publication; a title naming the data's year that the URL repeats while the entry's year is later
(«النشرة السنوية 2022، القاهرة، 2024، https://…/2024/02/…»).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_url_date
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR = {3: "مارس", 5: "مايو", 9: "سبتمبر", 10: "أكتوبر", 11: "نوفمبر"}
LEV = {3: "آذار", 5: "أيار", 9: "أيلول", 10: "تشرين الأول", 11: "تشرين الثاني"}
EN = {3: "March", 5: "May", 9: "September", 10: "October", 11: "November"}
HEADINGS = ["## الهوامش", "## المراجع والهوامش", "## Notes", "### الحواشي", "---"]
LABELS = ["[{n}]", "({n})", "{n}-"]
BODY = ("# مهرجان الضفتين\n\nعاد المهرجان بعد توقف دام عامين<sup>[1]</sup>، وحصل على اعتماد دولي"
        "<sup>[2]</sup>، ونال دعماً من المركز<sup>[3]</sup> في دورته الأخيرة التي شهدت إقبالاً كبيراً "
        "من الجمهور والنقاد على حد سواء، وفق ما نقلته الصحف المحلية والدولية عن المنظمين.\n\n")
NOTES = [
    # (template, fields that may move): a written day and a URL of the day
    "{l} سعاد الخطيب، \"عودة المهرجان\"، جريدة الضفة، {d} {ar} {y}، https://www.aldaffa.ma/culture/{y}/{m:02d}/{d:02d}/retour-festival/",
    # a year of publication and a URL of the month
    "{l} International Film Council, Festivals and Audiences, Geneva, {y}, https://www.ifc.org/publications/{y}/{m:02d}/festivals-audiences",
    # a written month (Levantine) and a URL of the month
    "{l} المركز السينمائي، \"نتائج الدعم\"، {lev} {y}، https://www.ccm-example.ma/ar/actualites/{y}/{m:02d}/soutien/",
    # an English date and a URL of the day
    "{l} FIAPF, \"Accredited Festivals\", {d} {en} {y}, https://www.fiapf-example.org/festivals/{y}/{m:02d}/{d:02d}/accredited/",
]
ACCESSED = [
    "{l} UNESCO, Creative Cities, Paris, {y}, https://www.unesco-example.org/en/cities/{y}/{m:02d}/tangier (accessed {ad} {aen} {ay}).",
    "{l} الجهاز المركزي للإحصاء، النشرة السنوية، القاهرة، {y}، https://www.capmas-example.gov.eg/Publications/{y}/{m:02d}/industry.aspx، تاريخ الاطلاع: {ad} {aar} {ay}.",
]


def found(text: str, form: str = "markdown") -> list:
    doc = Document(path=Path("a.md"), raw=text, form=form)
    return citation_url_date(Facts([text_facts(doc)]))


def _article(notes: list[str], heading: str, label: str) -> str:
    lines = [n.replace("{l}", label.format(n=i + 1)) for i, n in enumerate(notes)]
    return BODY + heading + "\n\n" + "\n\n".join(lines) + "\n"


def _fill(t: str, y: int, m: int, d: int, **kw) -> str:
    return t.format(l="{l}", y=y, m=m, d=d, ar=AR[m], lev=LEV[m], en=EN[m], **kw)


def _cases():
    rng = random.Random(4122026)
    out = []
    for k, t in enumerate(NOTES):
        for j, heading in enumerate(HEADINGS):
            y, m, d = rng.choice((2019, 2021, 2023)), rng.choice((3, 5, 9, 10)), rng.choice((4, 14, 20))
            label = LABELS[(k + j) % len(LABELS)]
            good = _fill(t, y, m, d)
            # the fault: the written date's year moved (the URL keeps the true one)
            bad = good.replace(f" {y}،", f" {y - 2}،").replace(f" {y},", f" {y - 2},") if k != 1 else \
                good.replace(f"Geneva, {y}", f"Geneva, {y - 2}")
            out.append((f"written-{k}-{j}", heading, label, good, bad))
    for k, t in enumerate(ACCESSED):
        for j, heading in enumerate(HEADINGS[:3]):
            y, m = rng.choice((2019, 2021)), rng.choice((3, 5, 9))
            good = _fill(t, y, m, 1, ad=22, aen=EN[10], aar=AR[10], ay=y + 2)
            bad = _fill(t, y, m, 1, ad=22, aen=EN[10], aar=AR[10], ay=y - 1)
            out.append((f"accessed-{k}-{j}", heading, LABELS[j], good, bad))
    return out


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_note_whose_dates_disagree_is_flagged(case):
    _, heading, label, good, bad = case
    others = [_fill(NOTES[0], 2022, 5, 14)] if "sou" not in good else []
    assert found(_article([good] + others, heading, label)) == []
    hits = found(_article([bad] + others, heading, label))
    assert [h.kind for h in hits] == ["citation-url-date"]


def test_eastern_digits_in_the_written_date():
    good = _fill(NOTES[0], 2021, 5, 14)
    bad = good.replace("14 مايو 2021", "14 مايو 2019".translate(EAST))
    assert found(_article([good], "## الهوامش", "[{n}]")) == []
    assert len(found(_article([bad], "## الهوامش", "[{n}]"))) == 1


def test_the_same_notes_in_a_pdf_text_article():
    good = _fill(NOTES[1], 2021, 9, 1)
    bad = good.replace("Geneva, 2021", "Geneva, 2019")
    body = BODY.replace("<sup>[1]</sup>", "(1)").replace("<sup>[2]</sup>", "").replace("<sup>[3]</sup>", "")
    assert found(body + "الهوامش\n\n" + good.replace("{l}", "(1)") + "\n", "plain") == []
    assert len(found(body + "الهوامش\n\n" + bad.replace("{l}", "(1)") + "\n", "plain")) == 1


@pytest.mark.parametrize("note", [
    # the title names the data's year (2022), the URL and the entry the year of issue (2024)
    "[1] الجهاز المركزي للإحصاء، النشرة السنوية لإحصاء الإنتاج 2022، القاهرة، 2024، "
    "https://www.capmas-example.gov.eg/Publications/2024/02/industry-2022.aspx، تاريخ الاطلاع: 10 أكتوبر 2024.",
    # read the day after it was posted
    "[1] FIAPF, \"Accredited Festivals\", 20 March 2025, https://www.fiapf-example.org/festivals/2025/03/20/a/ (accessed 21 March 2025).",
    # a heading that is not a notes heading: labelled lines there are a list, not notes
])
def test_not_flagged(note):
    assert found(BODY + "## الهوامش\n\n" + note + "\n") == []
