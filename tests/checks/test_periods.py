"""period-mismatch: a decade, century or millennium phrase contradicting the year it is used for."""

from __future__ import annotations

import pytest

import pandas as pd

from tahqiq.checks.periods import millennium_spans, period_mismatch
from tahqiq.extract.dates import COLUMNS as DATE_COLUMNS
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, gather, text_facts
from tahqiq.text.normtext import fold


def findings(s: str, form: str = "plain"):
    return period_mismatch(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize(
    "s, period, year, severity, distance",
    [
        ("تطورت العلاقات في العقد الأول من القرن الحادي والعشرين عام 2015.",
         "العقد الأول من القرن الحادي والعشرين", "عام 2015", "warning", 6),
        ("وقعت الحرب في القرن العشرين عام 2003.", "القرن العشرين", "عام 2003", "warning", 4),
        ("شهدت العلاقات توتراً في ستينيات القرن العشرين، تحديداً عام 1975.",
         "ستينيات القرن العشرين", "عام 1975", "warning", 6),
        ("The treaty of the 1990s, in 1985, was the first.", "1990s", "1985", "warning", 5),
        ("Relations changed in the nineteenth century, in 1950.", "the nineteenth century", "1950", "error", 51),
        ("The split came in the 1970s (1969).", "1970s", "1969", "note", 1),
        ("بدأ التقارب مع مطلع الألفية الثالثة عام 1995.", "مطلع الألفية الثالثة", "عام 1995", "warning", 6),
    ],
)
def test_gloss_outside_the_period(s, period, year, severity, distance):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert [sp.text for sp in f.spans] == [period, year]
    assert f.severity == severity
    assert f.evidence["distance_years"] == distance
    assert f.evidence["shape"] == "gloss"


@pytest.mark.parametrize(
    "s",
    [
        "منذ تسعينيات القرن العشرين وحتى 2024 تطورت العلاقات.",  # a range starting in the decade
        "Since the 1990s until 2024 relations grew.",
        "في العقد الأول من القرن الحادي والعشرين عام 2005 وقعت المعاهدة.",  # inside
        "في الثمانينيات وفي عام 1995 تبادل البلدان الزيارات.",  # two times joined by «و»
        "In the 1980s and in 1995 the two sides met.",
        "تطورت العلاقات في القرن الحادي والعشرين عام 2001.",
        "The 1990s ended; in 2005 a treaty was signed.",  # another sentence
    ],
)
def test_no_mismatch(s):
    assert findings(s) == []


def test_frame_governs_the_clause():
    s = "ففي العقد الأخير من القرن العشرين، تطورت العلاقات بسرعة ولاسيما بعد الأزمة المالية العالمية عام 2008."
    fs = findings(s)
    assert len(fs) == 1
    f = fs[0]
    assert [sp.text for sp in f.spans] == ["العقد الأخير من القرن العشرين", "عام 2008"]
    assert f.severity == "warning" and f.evidence["shape"] == "frame (after)"
    assert f.evidence["distance_years"] == 9
    assert "1990..1999" in f.message and "2008" in f.message


@pytest.mark.parametrize(
    "s",
    [
        # after something that precedes the period: consistent
        "ففي تسعينيات القرن الماضي، تطورت العلاقات بعد انهيار الاتحاد السوفيتي عام 1991 وتوقيع اتفاق عام 1994.",
        "In the 2010s, relations deepened after the crisis of 2008.",
        # a new time frame opened by «وفي»
        "في التسعينيات تحسنت العلاقات، وفي عام 2008 وقعت الأزمة.",
        "In the 1990s, Russia sold arms to China, and by 2005 its exports had doubled.",
        "In the 2000s, the partnership grew before the crisis of 2014.",
    ],
)
def test_frame_consistent(s):
    assert findings(s) == []


@pytest.mark.parametrize(
    "s, year, direction",
    [
        ("In the 1990s, the two sides signed many agreements, especially after the crisis of 2008.", "2008", "after"),
        ("In the 2010s, the partnership had matured before the treaty of 2001.", "2001", "before"),
        ("During the twentieth century, China and Russia met in 2005.", "2005", "at"),
    ],
)
def test_english_frames(s, year, direction):
    fs = findings(s)
    assert [(f.spans[1].text, f.evidence["shape"]) for f in fs] == [(year, f"frame ({direction})")]


def test_frame_is_not_read_in_scrambled_text():
    s = "ففي العقد الأخير من القرن العشرين، تطورت العلاقات بعد الأزمة عام 2008."
    assert len(findings(s)) == 1
    assert findings(s, form="pdf-scrambled") == []


def test_gloss_with_hand_made_dates():
    # the detector reads the intervals of the dates table, whatever the phrase says
    s = "It happened in the Xs, in year Y."
    tf = text_facts(from_string(s))
    a, b = s.index("the Xs"), s.index("year Y")
    rows = [(tf.file, a, a + 6, "the Xs", "decade", "1990-01-01", "1999-12-31", "decade", None, None, None),
            (tf.file, b, b + 6, "year Y", "year", "2005-01-01", "2005-12-31", "year", None, None, None)]
    tf.__dict__["dates"] = pd.DataFrame(rows, columns=list(DATE_COLUMNS))
    fs = period_mismatch(Facts([tf]))
    assert [(f.severity, f.evidence["distance_years"], [sp.text for sp in f.spans]) for f in fs] == [
        ("warning", 6, ["the Xs", "year Y"])
    ]


def test_millennium_spans():
    t = fold("مطلع الألفية الثالثة و الألفية الثانية and the new millennium")
    assert [(t[a:b], x, y) for a, b, x, y in millennium_spans(t)] == [
        # counted from year 1, as the dates extractor counts them: the third millennium is 2001..3000
        ("مطلع الالفيه الثالثه", 2001, 3000), ("الالفيه الثانيه", 1001, 2000), ("the new millennium", 2001, 3000)
    ]


def test_corpus(catalogue):
    fs = period_mismatch(gather(catalogue.documents()))
    # 000 and its witness 001: «ففي العقد الأخير من القرن العشرين، تطورت العلاقات الاقتصادية … ولاسيما
    # بعد الأزمة المالية العالمية عام ٢٠٠٨» (the 1990s frame a development after 2008).
    assert sorted((f.spans[0].file[:3], f.spans[0].text, f.spans[1].text, f.severity) for f in fs) == [
        ("000", "العقد الأخير من القرن العشرين", "عام ٢٠٠٨", "warning"),
        ("001", "العقد الأخير من القرن العشرين", "عام ٢٠٠٨", "warning"),
    ]


def test_millennium_agrees_with_the_dates_extractor():
    """One convention for millennia: the period check reads «الألفية الثالثة» / "the third
    millennium" as the dates extractor does (2001..3000)."""
    from tahqiq.extract.dates import extract_dates
    from tahqiq.text.intervals import millennium_years

    d = extract_dates(from_string("the third millennium"))
    d = d[d["type"] == "millennium"]
    assert millennium_years(3) == (2001, 3000)
    assert (d["start_date"].iloc[0][:4], d["end_date"].iloc[0][:4]) == ("2001", "3000")
    assert [(x, y) for _, _, x, y in millennium_spans(fold("the third millennium"))] == [(2001, 3000)]


def test_bce_years_are_read_as_years_not_as_their_first_four_characters():
    # the seventh century BC is -699..-600 (astronomical years, ISO «-0699»); 590 BC is -589,
    # 11 years after it; 660 BC (-659) is inside it. Reading «-0659»[:4] would give -65.
    out = findings("سقطت المدينة في القرن السابع قبل الميلاد عام 590 ق.م.")
    assert len(out) == 1
    assert out[0].evidence["distance_years"] == 11
    assert "(-699..-600)" in out[0].message and "(-589)" in out[0].message
    assert findings("سقطت المدينة في القرن السابع قبل الميلاد عام 660 ق.م.") == []


@pytest.mark.parametrize(
    "s, year",
    [
        # a clause opened by «حين»/«عندما»/«مع»/"when" after the period and a comma dates the period
        ("ظلت المدينة بعيدة عن الاستثمار حتى مطلع العقد الثاني من القرن الحادي والعشرين، حين افتتح فيها "
         "أول مصنع للسيارات عام 2004.", "عام 2004"),
        ("بدأت صناعة النسيج في خمسينيات القرن العشرين، مع تأسيس أول شركة وطنية للغزل عام 1963.", "عام 1963"),
        ("Tourism grew in the 1970s, when the first resort opened in 1984.", "1984"),
        ("The region stayed isolated until the early twentieth century, when a railway reached it in 1880.", "1880"),
    ],
)
def test_when_clause_glosses_the_period(s, year):
    fs = findings(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].evidence["shape"] == "when" and fs[0].evidence["year"]["text"] == year


@pytest.mark.parametrize(
    "s",
    [
        "ظلت المدينة بعيدة عن الاستثمار حتى مطلع العقد الثاني من القرن الحادي والعشرين، حين افتتح فيها "
        "أول مصنع للسيارات عام 2011.",
        "بدأت صناعة النسيج في خمسينيات القرن العشرين، مع تأسيس أول شركة وطنية للغزل عام 1953.",
        "Tourism grew in the 1970s, when the first resort opened in 1974.",
        # the clause's date carries its own relation, or an order word stands between: no gloss
        "بدأت صناعة النسيج في خمسينيات القرن العشرين، مع أنها لم تزدهر إلا بعد عام 1975.",
        "Tourism grew in the 1970s, when demand rose until 1990.",
        # «مع» after a period with its own «منذ»: the clause is not its date
        "تطورت صناعة النسيج منذ خمسينيات القرن العشرين، مع تأسيس شركة جديدة للغزل عام 1995.",
        # too far from the opening word to be the clause's own date
        "Tourism grew in the 1970s, when the coastal towns of the north and the south and the islands of the bay "
        "received many more visitors than ever before in 1994.",
    ],
)
def test_when_clause_consistent_or_unclear(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize("s", [
    # a dateline or a title line above a period phrase is not its gloss nor in its frame
    "نشر في 3 مايو 2024\nفي التسعينيات من القرن الماضي وقعت الدولتان اتفاقية الحدود.",
    "Published 3 May 2024\nIn the 1990s the two states signed the border treaty.",
    "في ثمانينيات القرن العشرين تطورت العلاقات وتحديداً\n2024 تقرير سنوي",
])
def test_a_line_break_parts_a_period_and_a_year(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize("s, year", [
    # a period adverbial after the verb dates the first plain date of its clause
    ("شهدت العلاقات بين البلدين في الستينيات تحالفاً وثيقاً توّج بمعاهدة الصداقة عام 1950.", "عام 1950"),
    ("Trade between the two states grew fast in the 1980s under the accord of 1994.", "1994"),
])
def test_adverbial_period_dates_its_clause(s, year):
    fs = findings(s)
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].evidence["shape"] == "adverbial" and fs[0].evidence["year"]["text"] == year


@pytest.mark.parametrize("s", [
    "شهدت العلاقات بين البلدين في الخمسينيات تحالفاً وثيقاً توّج بمعاهدة الصداقة عام 1950.",
    "Trade between the two states grew fast in the 1990s under the accord of 1994.",
    # a comparison, a range's end, a relative clause or an order word between: not the period's date
    "شهدت العلاقات في التسعينيات نمواً أسرع مما حققته عام 1985.",
    "بقيت التوترات قائمة في السبعينات إلى انهيار الاتحاد عام 1991.",
    "تطورت التجارة في التسعينيات بفضل الشركة التي تأسست عام 1975.",
    "نمت التجارة في التسعينيات بعد اتفاق عام 2001.",
    "Trade grew in the 1990s, and the accord of 2004 followed.",
    "Trade grew in the 1990s faster than in 1985.",
])
def test_adverbial_period_consistent_or_not_governing(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize("s", [
    # a sequence word moves the time on, out of the frame
    "وفي أواخر الخمسينيات، تدهورت العلاقات بين البلدين، ثم وقعت اشتباكات حدودية في آذار 1969.",
    "In the late 1950s, relations soured, then border clashes broke out in March 1969.",
])
def test_a_sequence_word_ends_the_frame(s):
    assert findings(s) == [], [f.message for f in findings(s)]


@pytest.mark.parametrize("s", [
    # a mention an order word governs, far from the frame's cues, is the order word's date
    "وفي مطلع الألفية الثالثة، تحديداً عام 2001، تأسست المنظمة، بعد خمس سنوات من تأسيس المجموعة الخماسية عام 1996.",
    "In the 2000s, the bank opened its first branch, five years after the founding of the group in 1996.",
])
def test_a_mention_governed_by_an_order_word_is_not_framed(s):
    assert findings(s) == [], [f.message for f in findings(s)]
