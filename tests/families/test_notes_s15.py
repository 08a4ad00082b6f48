"""Notes of a Markdown article given as footnote definitions («[^1]: …») right after the last
paragraph, with no heading or rule before them; and an organisation's acronym against a domain that
runs the acronym and a word together (``acleddata``, ``ispionline``). Synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document, from_string
from tahqiq.facts import gather
from tahqiq.segment.blocks import segment

ARTICLE = """## الموانئ والقواعد

افتتحت الصين قاعدتها في جيبوتي يوم الثلاثاء 1 غشت 2017، بعد عامين من بدء أشغالها[^1]. وقالت دراسة لاحقة إن القاعدة تتسع لألفي جندي[^2].

[^1]: مركز الدراسات البحرية (CNMS)، "قاعدة جيبوتي"، 3 غشت 2017، https://www.cnmsdata.org/2017/08/03/djibouti، اطُّلع عليه في 2 يناير 2025.
[^2]: معهد الأمن الإقليمي (IRSA)، "الحاميات الصينية"، 14 نونبر 2019، https://www.irsaonline.net/2019/11/14/garrisons، اطُّلع عليه في 2 يناير 2025.
"""


def kinds(text: str, form: str = "markdown") -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.md"), raw=text, form=form)])))


def test_footnote_definitions_are_notes_without_a_heading():
    b = segment(from_string(ARTICLE, form="markdown"))
    notes = b[b["kind"] == "endnote"]
    assert list(notes["number"]) == [1, 2]


def test_the_clean_article_raises_nothing():
    assert kinds(ARTICLE) == []


@pytest.mark.parametrize("before,after", [
    ("/2017/08/03/", "/2017/08/13/"),
    ("/2019/11/14/", "/2019/10/14/"),
    ("3 غشت 2017،", "3 شتنبر 2017،"),
])
def test_a_note_date_against_its_url(before, after):
    assert "citation-url-date" in kinds(ARTICLE.replace(before, after))


@pytest.mark.parametrize("before,after", [("(CNMS)", "(CMNS)"), ("(IRSA)", "(ISRA)")])
def test_an_acronym_against_a_domain_of_the_acronym_and_a_word(before, after):
    assert "name-variant" in kinds(ARTICLE.replace(before, after))


def test_an_acronym_with_its_own_domain_in_the_text_is_not_flagged():
    # «IRSA» has its own domain in the text: «irsaonline» beside a transposed acronym is some other body's
    text = ARTICLE.replace("https://www.cnmsdata.org/2017/08/03/djibouti", "https://www.isra.org/2017/08/03/djibouti")
    assert "name-variant" not in kinds(text.replace("(IRSA)", "(ISRA)"))


def test_a_short_acronym_is_not_read_into_a_long_label():
    # three letters are too few to tell an acronym from the opening of any word
    text = "قال مركز الأبحاث (ISP) في تقريره.[^1]\n\n[^1]: تقرير، 3 غشت 2017، https://www.spiegeldata.de/2017/08/03/x\n"
    assert "name-variant" not in kinds(text)
