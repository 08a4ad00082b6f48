"""Values as readers read them: one number formatter in table cells and evidence tables."""

from tahqiq.book import render


def test_number_cells_are_readable_and_keep_every_digit_in_their_title():
    assert render._cell(2.07e14) == '<td class="tq-num" dir="ltr" title="207,000,000,000,000">207 trillion</td>'
    assert render._cell(2022.0) == '<td class="tq-num" dir="ltr">2022</td>'
    assert render._cell(12345) == '<td class="tq-num" dir="ltr">12,345</td>'
    assert "e+" not in render._cell(1.234567e15)


def test_evidence_is_a_small_table_of_dotted_keys_with_readable_numbers_and_named_texts():
    html = render.evidence_table(
        {"amount": {"text": "٢٠٧ تريليون روبل", "value": 2.07e14}, "years": [2022, 2023],
         "facts": [{"file": "000_x.txt", "date": ["2020-01-01", "2020-12-31"]}]},
        {"000_x.txt": "salman-2025, witness A"})
    assert html.startswith('<table class="tq tq-evidence-table">')
    assert "<th dir=\"ltr\">amount.value</th><td dir=\"ltr\" lang=\"en\">207 trillion</td>" in html
    assert "<th dir=\"ltr\">years</th><td dir=\"auto\">2022, 2023</td>" in html
    assert "salman-2025, witness A" in html and "000_x.txt" not in html
    assert "{" not in html and "e+14" not in html  # no JSON dump, no scientific notation
    assert 'dir="rtl"' in html  # the Arabic quote keeps its direction
