"""A stated count against a list that ends at a clause after its last «و» item, or a serial list of
longer phrases («A، وB، وC»): synthetic sentences written for the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()


def run(s: str):
    return REGISTRY["count-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


CLOSED = "وحضر وفود من أربع مدن ساحلية هي صور وصيدا وجبيل وطرابلس، إلى جانب مراقبين من دول مجاورة كثيرة."
SERIAL = ("وتشمل الخطة ثلاثة مشاريع: مستشفى جديداً في الحي الشرقي، ومدرسة ثانوية بسعة ألف طالب وطالبة، "
          "وطريقاً دائرياً حول المدينة القديمة.")


@pytest.mark.parametrize("s", [
    CLOSED.replace("أربع مدن", "خمس مدن"),
    SERIAL.replace("ثلاثة مشاريع", "أربعة مشاريع"),
])
def test_a_count_against_a_closed_or_serial_list(s):
    assert len(run(s)) == 1, s


@pytest.mark.parametrize("s", [
    CLOSED,
    SERIAL,
    # a partial list stays quiet
    SERIAL.replace("ثلاثة مشاريع:", "أربعة مشاريع أبرزها:"),
    # a clause after a colon, not a list: its parts do not all open with «و»
    "وللخطة ثلاثة أهداف: أن تخفض الاستهلاك بنسبة كبيرة خلال السنوات المقبلة، وأن ترفع الكفاءة، وقد أقرها المجلس بعد نقاش طويل وصعب للغاية امتد أسابيع.",
])
def test_right_or_partial_lists_are_quiet(s):
    assert run(s) == [], [f.message for f in run(s)]
