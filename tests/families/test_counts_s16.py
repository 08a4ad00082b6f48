"""Counted lists in more of their shapes (synthetic texts, written for these rules), each beside its
clean form:
- a paragraph hard-wrapped by its writer: the list goes on in the next line («… على أربعة أبواب: الطاقة،
  والبنية التحتية⏎للنقل، وميناء …»);
- a numbered or bulleted item wrapped onto an indented line of its own (Markdown);
- a phrase after «، و» that names one of the listed names again ends the list («… والمجر وسلوفاكيا،
  وتستأثر المجر وحدها …»);
- items that are clauses, each closed by «؛» and opened by «و», after a count with its noun left to the
  sentence («تتلخص المخاطر في ثلاثة: …؛ و…؛ و…»);
- questions after a count of questions («عن ثلاثة أسئلة: كيف …؟ ولماذا …؟ وما …؟»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str, form: str = "plain") -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form=form)])))


CASES = [
    # wrapped lines of one paragraph
    ("رصدت الحكومة الاعتمادات الجديدة للعام المقبل على {n} قطاعات: الصحة العامة في المحافظات الريفية، والتعليم\n"
     "الأساسي والثانوي، والنقل البري بين المدن الكبرى، والمياه والصرف الصحي في الضواحي. ويعد ذلك تحولاً.",
     "أربعة", "ثلاثة"),
    # questions
    ("يحاول هذا الفصل الإجابة عن {n} أسئلة: من يموّل الطريق الجديد؟ ومتى يبدأ تشغيله؟ وما الذي تجنيه المدن "
     "الواقعة على جانبيه؟\n\nالفصل الثاني", "ثلاثة", "أربعة"),
    # clauses closed by semicolons, the noun left to the sentence
    ("وتنحصر العقبات في {n}: ضعف التمويل، إذ لم يصرف سوى ثلث المبلغ؛ وتأخر الموافقات، فقد بقيت الرخص معلقة "
     "عامين؛ ونقص العمالة الماهرة في المواقع النائية.", "ثلاث", "أربع"),
    # the list goes on, a clause about one of its names after it
    ("وتتوزع الشحنات على {n} موانئ هي طنجة وأكادير والداخلة، ويستقبل أكادير وحده نصف الكميات القادمة من "
     "الشمال.", "ثلاثة", "أربعة"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_a_count_against_its_list(text, good, bad):
    assert "count-mismatch" not in kinds(text.format(n=good))
    assert "count-mismatch" in kinds(text.format(n=bad))


def test_a_markdown_item_wrapped_onto_an_indented_line():
    text = ("وتتوزع المصانع الجديدة على {n} مواقع:\n\n"
            "1. مصنع الخلايا في القنيطرة؛\n"
            "2. مصنع المواد الأولية في الجرف الأصفر، بشراكة مع صندوق محلي، وقد أعلن عنه في\n"
            "   شتنبر 2023؛\n"
            "3. مصنع الأنود في طنجة.\n")
    assert "count-mismatch" not in kinds(text.format(n="ثلاثة"), "markdown")
    assert "count-mismatch" in kinds(text.format(n="أربعة"), "markdown")


def test_a_short_line_ends_the_list():
    # a heading-like short line without a stop is no wrapped paragraph line: the list ended before it
    text = "المحاور ثلاثة: الطاقة والنقل\nالموانئ الجديدة\n\nوتفصل الورقة كل محور على حدة."
    assert "count-mismatch" not in kinds(text)


def test_semicolon_items_need_their_joint():
    # items joined by «؛» with no «و» after it are not read as the list (a second sentence may follow)
    text = ("وتنحصر العقبات في ثلاث: ضعف التمويل؛ تأخر الموافقات؛ نقص العمالة؛ غياب التنسيق بين الوزارات.")
    assert "count-mismatch" not in kinds(text)


def test_a_clause_naming_a_listed_name_is_no_item():
    text = ("وزار الوفد ثلاث دول هي المغرب وتونس والجزائر، وأعلنت تونس وحدها توقيع مذكرة تفاهم مع الوفد.")
    assert "count-mismatch" not in kinds(text)


def test_the_fraction_of_a_decimal_counts_nothing():
    # «16.8 مليار دولار:» is a total before its breakdown, no count of 8
    text = ("بلغ الدين الخارجي 16.8 مليار دولار: 6.3 مليارات دولار للدائنين الرسميين، و3 مليارات لحملة السندات، "
            "و5.2 مليارات للمؤسسات، و2.3 مليار للدائنين التجاريين.")
    assert kinds(text) == []
    assert kinds(text.replace("16.8", "18.6")) == ["arithmetic-total"]
