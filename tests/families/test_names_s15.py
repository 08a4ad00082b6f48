"""A person's name introduced in more of its positions, then written another way (synthetic texts):
- a given name and a surname after a verb of saying («قالت سلمى حدادي، …» … «وأضافت حدادى»);
- a compound given name with «ال» after an office («الخبير الاقتصادي محمد الطاهر بلقاسم، …»);
- a title with the office's place between it and the name («الباحث في المعهد سامي يوسف الحلبي»);
- a given name compounded with «عبد» and a word that is also a title («عبد الأمير»، «عبد الملك»).
Each beside the clean text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


TAIL = " في مقابلة مع الوكالة في العاصمة، وأشار إلى الذي جرى في الشهر الماضي."
CASES = [
    ("قالت سلمى حدادي، مديرة الدراسات في الغرفة، إن الرسوم ارتفعت." + TAIL + " وأضافت {x} أن السفن تعود ببطء.",
     "حدادي", "حدادى"),
    ("وقال الخبير الاقتصادي محمد الطاهر بلقاسمي، المولود سنة 1960، إن السعر حسم المسألة." + TAIL
     + " وأضاف {x} أن البلاد تستورد أكثر مما تنتج.", "بلقاسمي", "بلقاسمى"),
    ("ويلاحظ الباحث في المعهد سامي يوسف الحلبي أن العملة تتقدم ببطء." + TAIL + " ويخلص {x} إلى أن التحول طويل.",
     "الحلبي", "الحلبى"),
    ("وقال مدير المركز الدكتور حازم عبد الأمير الزبيدي، المولود عام 1968، إن القرار سياسي." + TAIL
     + " ويضيف {x} أن العائدات تمثل معظم الموازنة.", "الزبيدي", "الزبدي"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_a_name_written_another_way(text, good, bad):
    assert "entity-variant" not in kinds(text.format(x=good))
    assert "entity-variant" in kinds(text.format(x=bad))


def test_a_given_name_with_al_then_an_adjective_is_no_compound():
    # «محمد الهادي العمري»: the second «ال» word is the surname's, the third another name; nothing is flagged
    text = "وقال الباحث محمد الهادي العمري إن الأرقام تتغير." + TAIL + " وأضاف العمري أن الأسعار ترتفع."
    assert kinds(text) == []


def test_a_noun_and_its_genitive_after_a_homograph_of_a_verb_is_no_speaker():
    # «بين» is also «بيّن» (a verb of saying): «بين محافظتي إستونيا في الشمال» names no person
    text = ("وقسمت إدارياً استونيا بين محافظتي إستونيا في الشمال وليفونيا في الجنوب. وبقيت إستونيا تحت الحكم"
            " السويدي في القرن التالي، وأشار المؤرخون إلى الذي جرى في المدن في تلك الفترة.")
    assert "entity-variant" not in kinds(text)
