"""A note closing a sentence that also dates the author's own fieldwork: the grammar, generated.

Construction (a false alarm of heldout7, academic writing in any field):
  [fieldwork clause: the study's own instrument or the author in the first person + its dates]
  «،» [a clause naming the sources or data the study drew on] + note marker
  «وُزعت الاستمارة بين 5 أبريل و30 يونيو 2024 على 360 فلاحاً، واستُكملت بمعطيات IPCC(5).»
The note supports the clause of data sources, not the dates of the author's survey: a source
older than the survey is normal, no fault. Fieldwork clause forms: a definite instrument
(«الاستمارة»، «الاستبيانات»، «الاستبانة»), «العمل الميداني»/«الدراسة الميدانية», a first-person
verb («استبيان أجريته»، «قمنا بتوزيع»، «زرت»), English "the questionnaire was distributed",
"we surveyed", "fieldwork". Dates: a day, a month, Western or Eastern digits.

Still faults (positives, so the exemption cannot swallow them):
- the same sentence whose note's own last clause dates another event later than the source
  («…، بعد أن ضرب الجفاف المنطقة عام 2023(5)» with a note of 2021);
- a survey by a named third party («أجرى فريق بريطاني مسحاً ميدانياً عام 2019(1)» — the
  fieldwork noun is there but it is theirs: «الميداني» after «مسحاً» indefinite is not the study's)
  and a third party's poll («أظهر استبيان أجرته مؤسسة غالوب عام 2019(1)»), with an older note.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq.checks.citations import citation_before_event
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

FIELDWORK = [
    "وُزعت الاستمارة بين 5 أبريل و30 يونيو {y} على {n} فلاحاً",
    "أُنجزت الدراسة الميدانية في مارس {y} في {n} قرية",
    "وزعنا الاستبانات على {n} أسرة خلال شهر مايو {y}",
    "وفي استبيان أجريته في 12 فبراير {y} شمل {n} مستجيباً",
    "قمنا بالعمل الميداني في سبتمبر {y} بمشاركة {n} باحثاً",
]
FIELDWORK_EN = [
    "The questionnaire was distributed to {n} farmers between April and June {y}",
    "We surveyed {n} households in March {y}",
]
SOURCES = [
    "، واستُكملت بمعطيات المندوبية السامية للتخطيط والتقارير الدولية{m}.",
    "، واعتمدنا في تصنيف المناطق على تقارير البنك الدولي{m}.",
    "، وفق المنهج الذي اقترحته منظمة الأغذية والزراعة{m}.",
]
SOURCES_EN = [
    ", and complemented with data from the national statistics office{m}.",
    ", following the sampling method of the World Bank{m}.",
]
MARKERS = [("(5)", "(5) ICARDA, {s}; IPCC, {s2}, chap. 9."), ("[5]", "[5] FAO, {s}, p. 41."),
           ("⁵", "⁵ البنك الدولي، تقرير التنمية، {s}.")]
INTRO = "مقدمة عن الجفاف في السهل منذ عام 1981.\n\n"


def build(rng: random.Random, clause: str, src: str, marker, y: int, s: int, east: bool) -> str:
    m, note = marker
    body = clause.format(y=y, n=rng.choice([120, 360, 48, 75])) + src.format(m=m)
    if east:
        body = body.translate(EAST)
    return INTRO + body + "\n\nالهوامش\n" + note.format(s=s, s2=s + 1) + "\n"


def found(text: str) -> list:
    return citation_before_event(Facts([text_facts(Document(path=Path("a.txt"), raw=text, form="plain"))]))


def negatives():
    rng = random.Random(9)
    k = 0
    for clauses, sources in ((FIELDWORK, SOURCES), (FIELDWORK_EN, SOURCES_EN)):
        for clause in clauses:
            for src in sources:
                for marker in MARKERS:
                    y = rng.choice([2019, 2022, 2024])
                    east = clauses is FIELDWORK and rng.random() < 0.4
                    yield f"fieldwork-{k}", build(rng, clause, src, marker, y, y - rng.choice([2, 4]), east)
                    k += 1


POSITIVES = [
    # the note's own last clause is dated after the source
    INTRO + "وُزعت الاستمارة بين 5 أبريل و30 يونيو 2024 على 360 فلاحاً، بعد أن ضرب الجفاف المنطقة عام 2023(5).\n\n"
            "الهوامش\n(5) FAO, 2021, p. 41.\n",
    # a third party's survey, dated, with an older note
    INTRO + "أجرى فريق بريطاني مسحاً ميدانياً للموقع عام 2019(1).\n\nالهوامش\n(1) تقرير الفريق، لندن، 2016.\n",
    INTRO + "أظهر استبيان أجرته مؤسسة غالوب في مارس 2019 أن ثلثي المستجيبين يؤيدون الاتفاق(1).\n\n"
            "الهوامش\n(1) مؤسسة غالوب، تقرير سنوي، 2017.\n",
]

NEG = list(negatives())


def test_the_grammar_is_covered():
    assert len(NEG) >= 30


@pytest.mark.parametrize("name,text", NEG, ids=[n for n, _ in NEG])
def test_a_note_after_the_authors_own_fieldwork_dates_is_no_older_source(name, text):
    assert found(text) == []


@pytest.mark.parametrize("text", POSITIVES, ids=[f"pos-{i}" for i in range(len(POSITIVES))])
def test_a_dated_event_that_is_not_the_authors_fieldwork_is_still_checked(text):
    assert [f.kind for f in found(text)] == ["citation-before-event"]
