"""What a reader stumbled on in screenshots of the two editions at 1366 and 390 px, each fixed
where the page is made: an exercise's answer format (a list ``["m1", "m4"]`` reordered by an
Arabic sentence around it, a `code span` shown with its backticks), and the build status's
parameters (one code span for all of them, broken letter by letter in a phone's narrow column)."""

from __future__ import annotations

import nbformat

from tahqiq.book import strings
from tahqiq.book.build import HASH_KEY, Job, write_status
from tahqiq.book.exercises import how_html


def test_an_answer_format_shows_its_examples_as_left_to_right_code_escaped():
    ar = how_html(strings.text("exercise.conflict.how", "ar"))
    assert '<code dir="ltr">[&quot;m1&quot;, &quot;m4&quot;]</code>' in ar
    assert '<code dir="ltr">&quot;2015-2024&quot;</code>' in how_html(strings.text("exercise.year.how", "ar"))
    en = how_html(strings.text("exercise.map.how", "en"))
    assert '<code dir="ltr">- c3 supports c1</code>' in en and "`" not in en
    hostile = how_html('<img src=x onerror=alert(1)> `<script>` ["<b>"] "<i>"')
    assert "<img" not in hostile and "<script>" not in hostile and "<b>" not in hostile and "<i>" not in hostile
    assert how_html("plain, no example") == "plain, no example"


def test_the_status_page_gives_each_parameter_its_own_code_span(tmp_path):
    (tmp_path / "book").mkdir()
    out = tmp_path / "book" / "x.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata[HASH_KEY] = {"input_hash": "abc", "executed_at": "2026-01-02 03:04 UTC"}
    nbformat.write(nb, out)
    job = Job(name="x", template=tmp_path / "t.ipynb", output=out, inputs=[], status="executed",
              parameters={"article_id": "salman-2025", "witness": "B|`x`"})
    write_status(tmp_path, [job])
    text = (tmp_path / "book" / "status.md").read_text(encoding="utf-8")
    assert "`article_id=salman-2025` `witness=B/'x'`" in text
    row = next(line for line in text.splitlines() if line.startswith("| [x]"))
    assert row.count("|") == 7  # no pipe of a value splits the row


def test_the_rerun_exercise_isolates_its_latin_fields_in_an_arabic_sentence():
    import pandas as pd

    from tahqiq.book.seminar import rerun_with_witness
    from tahqiq.corpus.catalogue import Catalogue

    cat = Catalogue()
    summary = pd.DataFrame(columns=["file_b", "class", "variants"])
    exs = rerun_with_witness(cat, summary, lang="ar")
    assert exs
    for ex in exs:
        assert "<b><bdi>" in ex.prompt and "</bdi>" in ex.prompt
        assert "<script" not in ex.prompt


def test_the_rerun_exercise_and_the_syllabus_list_speak_the_editions_language():
    """«formatting: عدد الفروق 86», «markdown», «; notebook» and «1 variant(s)» were English (or
    English plurals) in the Arabic exercises and syllabus pages (390 px screenshots)."""
    import re
    from types import SimpleNamespace

    import pandas as pd

    from tahqiq.book.seminar import exercise_list, rerun_with_witness
    from tahqiq.corpus.catalogue import Catalogue

    cat = Catalogue()
    b = cat.work("salman-2025").text("B").file
    summary = pd.DataFrame({"file_b": [b, b], "class": ["formatting", "number"], "variants": [86, 1]})
    ar = rerun_with_witness(cat, summary, lang="ar")[0]
    seen = re.sub(r"<pre.*?</pre>|<code>.*?</code>|<[^>]*>", " ", ar.prompt + ar.solution)
    for word in ("formatting", "number:", "markdown", "variant"):
        assert word not in seen
    from tahqiq.book import render

    assert render.count_of(86, "variant", "ar") in seen and "تنسيق" in seen  # «86 فرقًا» (it read «عدد الفروق 86»)
    en = rerun_with_witness(cat, summary)[0]
    assert "formatting: 86 variants" in en.solution and "number: 1 variant<" in en.solution
    ex = [SimpleNamespace(kind="year", work="w", id="year-1", title="<b>t</b>")]
    b, t = ('<bdi dir="ltr" class="tq-id">' + x + "</bdi>" for x in "bt")
    assert exercise_list(ex, "year", lang="ar") == f"- {{ref}}`year-1` (&lt;{b}&gt;{t}&lt;/{b}&gt;؛ دفتر `year-1.ipynb`)"
    assert "notebook `year-1.ipynb`" in exercise_list(ex, "year")
    assert "none" not in exercise_list([], "map", lang="ar")


def test_a_blocks_residue_and_figure_details_are_named_in_arabic():
    """The blocks table of the Arabic mahmoud-2023 chapter showed «figure label», «page header»."""
    from tahqiq.book import render

    for detail in ("figure label", "figure caption", "figure source", "page header", "page number", "library banner",
                   "accessibility link", "call to action", "repeated residue", "error banner", "main title",
                   "parallel title", "library record", "article history"):
        assert render._word("detail", detail, "ar") != detail


def test_a_works_id_in_an_arabic_exercise_title_reads_left_to_right_and_the_relation_types_are_code():
    """«أيّ السنوات تعنيها العبارة؟ (putin-beijing-2024)» showed «(-putin beijing-2024)» at 390 px, and
    «(الأنواع: supports, attacks, elaborates)» its parenthesis on the wrong side."""
    from tahqiq.book.exercises import how_html, title_text

    t = title_text("أيّ السنوات تعنيها العبارة؟ (putin-beijing-2024)", "ar")
    assert t == 'أيّ السنوات تعنيها العبارة؟ (<bdi dir="ltr" class="tq-id">putin-beijing-2024</bdi>)'
    assert title_text("What years? (putin-beijing-2024)", "en") == "What years? (putin-beijing-2024)"
    assert title_text("<script>", "ar") == '&lt;<bdi dir="ltr" class="tq-id">script</bdi>&gt;'
    from tahqiq.book import strings

    how = strings.text("exercise.map.how", "ar").format(types="، ".join(f"`{x}`" for x in ("supports", "attacks")))
    assert '<code dir="ltr">supports</code>، <code dir="ltr">attacks</code>' in how_html(how)


def test_the_fact_check_paragraph_counts_one_finding_in_the_singular():
    """putin-beijing-2024's chapter read «find 1 findings that quote this text: 0 errors, 0 warnings
    and 1 notes» (found by a scan of the English pages for «1 <plural>»)."""
    from tahqiq.book.chapter import Chapter
    from tahqiq.book import strings

    st = Chapter.load("putin-beijing-2024", None, None, None, "en").stats()
    n = st["findings"]
    assert st["findings_n"] == (f"{n} finding" if n == 1 else f"{n} findings")
    assert st["findings_notes_n"] == (f"{st['findings_notes']} note" if st["findings_notes"] == 1
                                      else f"{st['findings_notes']} notes")
    ar = Chapter.load("putin-beijing-2024", None, None, None, "ar").stats()
    from tahqiq.book import render

    assert ar["findings_n"] == render.count_of(n, "finding", "ar")  # agreed: «ملاحظة واحدة», «3 ملاحظات»
    for lang in ("en", "ar"):
        text = strings.text("article.fact-check", lang)
        assert "`findings_n`" in text and "`findings_notes_n`" in text and "`findings_false_n`" in text


def test_the_per_detector_table_lists_the_detectors_that_found_something_and_names_the_rest():
    """81 of the per-detector table's 105 rows were zeros (at 390 px, as cards, 81 cards of zeros before the 24 that
    say something): the table has the detectors with a finding, a folded line under it names the others (81 names
    took a screen and a half at 390 px), the CSV has all."""
    import pandas as pd

    from tahqiq.book.chapter import detectors_table

    v = pd.DataFrame({"detector": ["a-b", "<script>x</script>", "c"], "scope": ["internal"] * 3,
                      "findings": [2, 0, 0], "confirmed": [2, 0, 0]})
    for lang, words in (("en", "No finding in the corpus from 2 detectors"), ("ar", "لم يجد في المدوَّنة شيئًا كاشفان")):
        html = detectors_table(v, lang).html
        table, line = html.split('<details class="tq-silent')
        assert table.count("<tr>") == 2 and "a-b" in table and "<script>" not in html
        assert words in line and "&lt;script&gt;x&lt;/script&gt;" in line and ">c</code>" in line
        assert "validity-by-detector.csv" in table  # the CSV: every detector
    assert "validity-by-detector.csv</bdi>, 3 rows)" in detectors_table(v, "en").html
