"""render and edition: untrusted strings are data wherever they are rendered; quotes, cells and
CSV downloads read right; the critical edition marks what the engine found at its offsets."""

from __future__ import annotations

import base64
import re

import pandas as pd

from tahqiq.book import edition as ed
from tahqiq.book import render

HOSTILE = '<img src=x onerror=alert(1)> {raw}`<b>x</b>` $x$ {{ s }} [a](javascript:alert(1)) \u202eevil ```{eval-rst}'


def test_myst_heading_escapes_every_markup_character():
    line = render.myst_heading(HOSTILE)
    assert line.startswith("# ") and "\n" not in line
    assert "<" not in line and ">" not in line and "\u202e" not in line
    # every ASCII punctuation character of the title is backslash-escaped
    body = line[2:]
    unescaped = re.findall(r"(?<!\\)[!-/:-@\[-`{-~]", body.replace("\\\\", ""))
    assert not [c for c in unescaped if c != "\\"]
    assert "onerror" in body and "javascript" in body  # shown as text, not dropped


def test_heading_text_keeps_arabic_and_plain_titles():
    assert render.heading_text("العلاقات الروسية - الصينية منذ عام 2022") == "العلاقات الروسية - الصينية منذ عام 2022"
    assert render.heading_text("Russia and China:\n a <new> era") == "Russia and China: a ‹new› era"
    assert render.heading_text("\u202e\u2066") == "untitled"


def test_esc_shows_bidi_overrides_instead_of_obeying_them():
    out = render.esc("abc\u202edef\u2067g\u2069 <b>")
    assert "\u202e" not in out and "[U+202E]" in out and "[U+2067]" in out and "&lt;b&gt;" in out
    assert render.esc("نص\u200fعربي") == "نص\u200fعربي"  # a right-to-left mark is legitimate


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis():
    s = "alpha beta gamma delta epsilon"
    assert render.shorten(s, 100) == s
    assert render.shorten(s, 14) == "alpha beta …"
    assert render.shorten("الأولى الثانية الثالثة الرابعة", 20) == "الأولى الثانية …"


def test_plural():
    assert render.plural(1, "work") == "1 work" and render.plural(2, "work") == "2 works"
    assert render.plural(1, "aligned passage") == "1 aligned passage"
    assert render.plural(1200, "row") == "1,200 rows"


def test_csv_has_a_bom_json_for_nested_columns_and_the_stated_rows():
    df = pd.DataFrame({"id": ["a", "b"], "spans": [[{"file": "x", "start": 1}], []], "text": ["نص", "<b>"]})
    link = render.csv_link(df, "t.csv")
    data = base64.b64decode(re.search(r"base64,([^\"]+)", link).group(1))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert '"[{""file"": ""x"", ""start"": 1}]"' in text and "[]" in text and "'file'" not in text
    assert "(<bdi dir=\"ltr\">t.csv</bdi>, 2 rows)" in link
    assert "(<bdi dir=\"ltr\">t.csv</bdi>, 1 row)" in render.csv_link(df.head(1), "t.csv")


def test_arabic_in_an_english_cell_is_isolated():
    html = render.table(pd.DataFrame({"message": ["dates «التنقيح اللغوي 2025-03-15» and «الاستلام 2025-03-16» <i>"]}),
                        "m").html
    assert '<td dir="ltr" lang="en"' in html and '<bdi dir="rtl" lang="ar">التنقيح اللغوي</bdi> 2025-03-15' in html
    assert "&lt;i&gt;" in html and "<i>" not in html


def test_finding_names_texts_and_shows_evidence_as_a_table():
    raw = "In 2020 the trade grew. Then it fell."
    f = {"id": "chronology-1", "kind": "chronology", "severity": "warning", "scope": "internal",
         "message": "x.txt says <script> 2020", "spans": [{"file": "x.txt", "start": 3, "end": 7, "text": "2020"}],
         "evidence": {"year": 2020, "files": ["x.txt"]}, "verdict": "unreviewed", "reason": None}
    html = render.finding(f, {"x.txt": raw}, {"x.txt": "work-2020, witness A"}, here="x.txt")
    assert "x.txt" not in html and "work-2020, witness A" in html
    assert '<table class="tq tq-evidence-table">' in html and "&lt;script&gt;" in html
    assert 'id="tq-chronology-1"' in html and 'href="#tq-ed-chronology-1"' in html


def _facts():
    raw = "## مقدمة\n\nفي ٤ شباط ٢٠٢٢ بلغت التجارة ٢٤٠ مليار دولار <script>x</script>(1).\n\n(1) مصدر.\n"
    start = raw.index("٤ شباط ٢٠٢٢")
    fig = raw.index("٢٤٠ مليار دولار")
    mk = raw.index("(1).")
    note = raw.index("(1) مصدر")
    blocks = pd.DataFrame([
        {"kind": "heading", "start": 0, "end": 8, "text": raw[0:8], "level": 1, "number": None},
        {"kind": "paragraph", "start": 10, "end": note - 2, "text": raw[10:note - 2], "level": None, "number": None},
        {"kind": "footnote", "start": note, "end": len(raw) - 1, "text": raw[note:-1], "level": None, "number": 1},
    ])
    dates = pd.DataFrame([{"start": start, "end": start + 11, "type": "date", "start_date": "2022-02-04",
                           "end_date": "2022-02-04"}])
    figures = pd.DataFrame([{"start": fig, "end": fig + 15, "type": "currency", "value": 240e9, "unit": "USD"}])
    citations = pd.DataFrame([{"start": mk, "end": mk + 3, "kind": "footnote", "marker": 1}])
    findings = pd.DataFrame([{"id": "f-1", "kind": "figures", "spans": [{"file": "t.txt", "start": fig, "end": fig + 3}]},
                             {"id": "f-2", "kind": "x", "spans": [{"file": "other.txt", "start": 0, "end": 3}]}])
    return raw, blocks, dates, figures, citations, findings


def test_edition_marks_dates_figures_findings_and_links_notes():
    raw, blocks, dates, figures, citations, findings = _facts()
    app = ed.apparatus("t.txt", dates, figures, citations, findings)
    html = ed.edition(raw, "markdown", blocks, app, dates, figures).html
    assert 'title="date (date): 2022-02-04"' in html
    assert 'title="figure (currency): 240,000,000,000 USD' in html
    assert 'href="#tq-f-1"' in html and 'id="tq-ed-f-1"' in html and "f-2" not in html
    assert 'href="#tq-note-1"' in html and 'id="tq-note-1"' in html and 'href="#tq-ref-1"' in html
    assert "<h3" in html and "&lt;script&gt;" in html and "<script>" not in html
    assert re.search(r"<h3[^>]*>مقدمة</h3>", html)  # the Markdown "## " is not shown


def test_edition_text_is_the_raw_text():
    """Stripped of its markup, the edition shows every character of the shown blocks, in order."""
    raw, blocks, dates, figures, citations, findings = _facts()
    html = ed.edition(raw, "markdown", blocks, ed.apparatus("t.txt", dates, figures, citations, findings),
                      dates, figures).html
    import html as h

    body = html.split('<div class="tq-edition">', 1)[1]
    text = h.unescape(re.sub(r'<a class="tq-id"[^>]*>[^<]*</a>|<a class="tq-back"[^>]*>[^<]*</a>|<[^>]+>', "", body))
    for r in blocks.itertuples():
        assert raw[r.start:r.end].lstrip("# ") in text


def test_scrambled_text_shows_each_line_with_what_was_recovered():
    raw = "سبتمبر 2001 11 الأحداث بعد\nسطر بلا تاريخ\n"
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw) - 1, "text": raw[:-1], "level": None,
                            "number": None}])
    dates = pd.DataFrame([{"start": 0, "end": 14, "type": "date", "start_date": "2001-09-11", "end_date": "2001-09-11"}])
    figures = pd.DataFrame(columns=["start", "end", "type", "value", "unit"])
    empty = pd.DataFrame(columns=["start", "end", "kind", "marker"])
    nofind = pd.DataFrame(columns=["id", "kind", "spans"])
    html = ed.edition(raw, "pdf-scrambled", blocks, ed.apparatus("t.txt", dates, figures, empty, nofind),
                      dates, figures).html
    assert html.count('class="tq-recovered"') == 2
    assert "date (date): 2001-09-11" in html


def test_status_page_says_when_each_notebook_ran_and_is_stable_across_builds(tmp_path):
    """A build that executes nothing leaves book/status.md as the build that executed wrote it."""
    import nbformat

    from tahqiq.book.build import HASH_KEY, Job, write_status

    (tmp_path / "book").mkdir()
    out = tmp_path / "book" / "corpus.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata[HASH_KEY] = {"input_hash": "abc123", "parameters": {}, "executed_at": "2026-01-02 03:04 UTC"}
    nb.metadata["papermill"] = {"duration": 1.5}
    nbformat.write(nb, out)
    job = Job(name="corpus", template=tmp_path / "t.ipynb", output=out, parameters={}, inputs=[], status="executed")
    write_status(tmp_path, [job])
    first = (tmp_path / "book" / "status.md").read_text()
    assert "2026-01-02 03:04 UTC" in first
    mtime = (tmp_path / "book" / "status.md").stat().st_mtime_ns
    job.status = "skipped"
    write_status(tmp_path, [job])
    assert (tmp_path / "book" / "status.md").read_text() == first
    assert (tmp_path / "book" / "status.md").stat().st_mtime_ns == mtime


def test_plan_writes_catalogue_titles_as_escaped_headings(tmp_path):
    import hashlib
    import json

    from tahqiq.book.build import plan
    from tahqiq.corpus.catalogue import Catalogue

    text = "نص قصير عن العلاقات.\n"
    (tmp_path / "data" / "raw").mkdir(parents=True)
    for name in ("a.txt", "b.txt"):
        (tmp_path / "data" / "raw" / name).write_text(text + name, encoding="utf-8")
    sha = {n: hashlib.sha256((text + n).encode()).hexdigest() for n in ("a.txt", "b.txt")}
    title = json.dumps("<script>alert(1)</script> {raw}`<b>x</b>` \u202e")
    (tmp_path / "data" / "articles.yml").write_text(f"""works:
  - slug: evil-2024
    title: {{ar: null, en: {title}}}
    author: {{ar: null, en: "A writer"}}
    affiliation: {{ar: null, en: null}}
    venue: null
    volume_issue: null
    date_published: "2024"
    languages: [ar]
    source_url: null
    licence: null
    notes: "test"
    base_text: "a.txt"
    texts:
      - {{file: "a.txt", sha256: "{sha['a.txt']}", form: "plain", retrieved: null, witness: "A"}}
      - {{file: "b.txt", sha256: "{sha['b.txt']}", form: "plain", retrieved: null, witness: "B"}}
""", encoding="utf-8")
    jobs = plan(tmp_path, Catalogue(tmp_path))
    titles = [j.title for j in jobs if j.title]
    assert len(titles) == 4  # two texts, in both editions (no Arabic title: the Arabic edition uses the English)
    for t in titles:
        assert t.startswith("# ") and "<" not in t and "\n" not in t and "\\{raw\\}" in t and "\u202e" not in t
    assert "witness B" in titles[1] and "النسخة B" in titles[3]


def test_status_page_names_a_witness_chapter_by_work_and_witness_not_by_its_stem(tmp_path):
    """Issue 12: the status page showed «salman-2025–B» (the stem's «--» made an en dash by the
    page's typography) where the rest of the book says «salman-2025, witness B»."""
    from tahqiq.book.build import Job, edition_root, write_status

    for lang, expected in (("en", r"salman\-2025, witness B"), ("ar", r"salman\-2025، النسخة B")):
        base = edition_root(tmp_path, lang)
        (base / "articles").mkdir(parents=True)
        jobs = [Job(name="salman-2025--B", template=tmp_path / "t.ipynb", output=base / "articles" / "salman-2025--B.ipynb",
                    parameters={"article_id": "salman-2025", "witness": "B"}, inputs=[], lang=lang),
                Job(name="salman-2025", template=tmp_path / "t.ipynb", output=base / "articles" / "salman-2025.ipynb",
                    parameters={"article_id": "salman-2025"}, inputs=[], lang=lang)]
        write_status(tmp_path, jobs, lang)
        text = (base / "status.md").read_text()
        assert f"[{expected}](articles/salman-2025--B)" in text
        assert r"[salman\-2025](articles/salman-2025)" in text
        assert "[salman-2025--B]" not in text


def test_validity_in_and_out_of_sample_headers_are_arabic_in_the_arabic_edition():
    """Issue 12: the validity page's in-sample / out-of-sample table headers were English in the
    Arabic edition."""
    from tahqiq.review.devset import IN_SAMPLE, OUT_OF_SAMPLE

    for c in (IN_SAMPLE, OUT_OF_SAMPLE):
        ar = render.column_label(c, "ar")
        assert ar != c and re.search("[\u0600-\u06FF]", ar), ar
        assert render.column_label(c, "en") == c
    df = pd.DataFrame([{"measure": "m", IN_SAMPLE: "0.9", OUT_OF_SAMPLE: "0.8"}])
    html = render.table(df, "t", lang="ar", labels={}).html
    assert "داخل العيّنة" in html and "خارج العيّنة" in html and "in-sample (tests" not in html


def test_a_key_built_on_a_file_stem_names_the_work_and_witness_not_the_hash():
    """Issue 12: the citations and bibliography tables showed «004_2bb25243eaff52f7:note:1» (a file's
    hash); a reader sees the text's name (work, and witness where there are several). The CSV keeps
    the key as stored; a column ``file`` and an explicit ``labels`` are left alone."""
    from tahqiq.book.chapter import key_labels, text_labels
    from tahqiq.corpus.catalogue import Catalogue

    names = text_labels(Catalogue())
    multi = [f for f, label in names.items() if "," in label]  # a work with several witnesses
    files = list(names)[:1] + multi[:1]
    stems = [f.rsplit(".", 1)[0] for f in files]
    df = pd.DataFrame({"bib_id": [f"{stems[0]}:note:1", f"{stems[-1]}:fn:3:2", "no key", "x004:note:1"],
                       "file": [files[0]] * 4})
    for lang in ("en", "ar"):
        html = render.table(df, "t", lang=lang).html
        body = html.split("<tbody>")[1]
        seen = re.sub(r"<[^>]*>", "", body)  # a code, the same in both editions: «salman-2025/B:fn:3:2»
        named = key_labels(Catalogue())
        assert f"{named[files[0]]}:note:1" in seen and f"{named[files[-1]]}:fn:3:2" in seen
        assert f"{stems[0]}:note" not in body and f"{stems[-1]}:fn" not in body
        assert "x004:note:1" in body and body.count(files[0]) == 4  # the file column lists the files
        assert f"{stems[0]}:note:1" in _csv(html)  # the CSV keeps the key as stored
    assert f"{stems[0]}:note:1" in render.table(df, "t", labels={}).html.split("<tbody>")[1]


def _csv(html: str) -> str:
    data = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', html).group(1)
    return base64.b64decode(data).decode("utf-8-sig")


def test_a_table_with_a_column_of_prose_is_marked_to_stack_on_a_phone():
    import pandas as pd

    from tahqiq.book import render

    prose = pd.DataFrame({"term": ["تقارب"], "definition": ["A drawing closer of two states' positions and cooperation, short of an alignment."]})
    short = pd.DataFrame({"term": ["تقارب"], "count": [3]})
    assert 'class="tq tq-stack"' in render.table(prose, "g").html
    assert 'class="tq"' in render.table(short, "s").html and "tq-stack" not in render.table(short, "s").html


# --------------------------------------------------------------------------- codes in the edition's words

def test_arabic_edition_names_detector_kinds_with_their_titles_and_keeps_the_id():
    from tahqiq.review.messages import kinds

    title = kinds()["age-mismatch"]["title_ar"]
    cell = render.code_words("kind", "age-mismatch", "ar")
    assert title in cell.html and '<code class="tq-kind-id" dir="ltr">age-mismatch</code>' in cell.html
    assert cell.plain == title
    both = render.code_words("kind", "age-mismatch, count-mismatch", "ar")
    assert both.html.count("tq-kind-id") == 2 and "، " in both.html


def test_arabic_edition_composes_modifiers_and_leaves_unknown_codes_and_english_alone():
    assert render.code_words("modifier", "since-early", "ar").plain == "منذ أوائل"
    assert render.code_words("modifier", "late", "ar").plain == "أواخر"
    assert render.code_words("modifier", "sometime", "ar") == "sometime"
    assert render.code_words("kind", "age-mismatch", "en") == "age-mismatch"
    assert render.code_words("confidence", "<script>", "ar") == "<script>"  # escaped later by the cell


def test_table_cells_of_code_columns_read_in_arabic_and_the_csv_keeps_the_codes():
    df = pd.DataFrame({"kind": ["event-date-conflict"], "confidence": ["high"], "detectors": [["age-mismatch"]],
                       "granularity": ["<b>x</b>"]})
    html = render.table(df, "codes", lang="ar").html
    assert "عالية" in html and "tq-kind-id" in html and "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    csv = base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1)).decode("utf-8-sig")
    assert "event-date-conflict" in csv and "high" in csv
    assert "عالية" not in render.table(df, "codes", lang="en").html


def test_every_code_a_reader_meets_has_arabic_words():
    """The vocabularies the engine writes into the tables the book shows: a code added to one of
    them must be given its Arabic words (value.<group>.<code> of ui.yml, or a kind's title_ar)."""
    from tahqiq.argument.annotate import PARTS
    from tahqiq.argument.model import CLAIM_TYPES
    from tahqiq.extract.dates import TYPES as DATE_TYPES
    from tahqiq.extract.figures import APPROX, TYPES as FIGURE_TYPES
    from tahqiq.review.messages import kinds
    from tahqiq.review.notes import CONFIDENCES, NOTE_KINDS
    from tahqiq.review.recall import by_confidence

    def by_confidence_rows():  # the validity page's rows of notes by confidence («high+medium» was English)
        empty = pd.DataFrame(columns=["file", "start", "end", "confidence", "kind"])
        return list(by_confidence(pd.DataFrame(columns=["kind", "spans"]), empty)["confidence"])
    from tahqiq.segment.blocks import _BIB_CATEGORIES as BIB_CATEGORIES, KINDS as BLOCK_KINDS

    groups = {"kind": [*BLOCK_KINDS, *DATE_TYPES, *FIGURE_TYPES, *CLAIM_TYPES, *NOTE_KINDS, *kinds()],
              "part": PARTS, "approx": APPROX, "confidence": (*CONFIDENCES, *by_confidence_rows()), "lang": ("ar", "en"),
              "granularity": ("day", "month", "year", "decade", "century", "millennium"),
              "detail": [*(name for name, _ in BIB_CATEGORIES), "endnotes"]}  # a bibliography entry's section
    missing = [(g, c) for g, codes in groups.items() for c in codes
               if not isinstance(render.code_words(g, c, "ar"), render.HTML)]
    assert missing == []


def test_caret_superscripts_are_shown_raised_and_isolated_not_mirrored():
    raw = "م. م روى غني سلمان^{a *}\nجامعة الامام^a، و 2^10 و الحاشية^(١) و a ^ b"
    hidden, marks = ed.caret_superscripts(raw, 0, len(raw))
    assert [raw[m.start:m.end] for m in marks] == ["a *", "a", "10"]
    assert all("tq-sup-ltr" in m.cls for m in marks)
    html = ed.marked(raw, 0, len(raw), marks, frozenset(hidden))
    assert "^{" not in html and "}" not in html and "^a" not in html
    assert "^(١)" in html and "a ^ b" in html  # a footnote marker and a lone caret are text
    assert ed.caret_superscripts("x^{<b>}", 0, 7)[1][0].cls == "tq-sup tq-sup-ltr"
    assert "<b>" not in ed.marked("x^{<b>}", 0, 7, ed.caret_superscripts("x^{<b>}", 0, 7)[1],
                                  frozenset(ed.caret_superscripts("x^{<b>}", 0, 7)[0]))


def test_iso_dates_in_arabic_cells_are_isolated_and_unbroken():
    html = render.table(pd.DataFrame({"message": ["المؤرّخة 2025-03-16، قبل 2025-03-15/2025-03-20 و12345-67-89"]}),
                        "d", lang="ar").html
    assert '<bdi dir="ltr" class="tq-date">2025-03-16</bdi>' in html
    assert '<bdi dir="ltr" class="tq-date">2025-03-15/2025-03-20</bdi>' in html
    assert "12345-67-89" in html and html.count("tq-date") == 2


def test_a_converters_link_to_nowhere_shows_its_text_only_in_any_form():
    raw = "[Raoa Ganni Salman](#)^a و [نص](https://example.org) و [y]()"
    hidden, marks = ed.converter_markup(raw, 0, len(raw))
    html = ed.marked(raw, 0, len(raw), marks, frozenset(hidden))
    assert html.startswith("Raoa Ganni Salman<span") and "](#)" not in html and " y" in html
    assert "[نص](https://example.org)" in html  # a real address is the text's own, outside Markdown


# --------------------------------------------------------------------------- detector families

def test_every_detector_family_has_arabic_words_and_its_cell_reads_in_arabic():
    """A family (the module of tahqiq.checks its detectors live in) was shown by its English id on
    the Arabic edition's validity page («actions», «chronology», «reader only»); a new family of the
    engine must be given its Arabic name in ``families`` of lang/messages.yml."""
    from tahqiq.review.messages import families
    from tahqiq.review.recall import READER_ONLY, detector_families

    every = sorted(set(detector_families().values()) | {READER_ONLY})
    assert [f for f in every if not (families().get(f) or {}).get("title_ar")] == []
    df = pd.DataFrame({"family": ["chronology", READER_ONLY, "<script>"], "notes": [3, 1, 0]})
    html = render.table(df, "recall-by-family", lang="ar").html
    cells = [re.sub(r'<code class="tq-kind-id"[^>]*>.*?</code>', "", c)
             for c in re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)]
    assert families()["chronology"]["title_ar"] in cells[0] and "chronology" not in cells[0]
    assert '<code class="tq-kind-id" dir="ltr">chronology</code>' in html  # the module's id beside its name
    assert families()[READER_ONLY]["title_ar"] in cells[2]  # (cells: family, notes of each row in turn)
    assert READER_ONLY not in html.split("base64,")[0] + html.split("</a>", 1)[1]  # only the CSV keeps it
    assert "&lt;script&gt;" in html and "<script>" not in html
    csv = base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1)).decode("utf-8-sig")
    assert "chronology" in csv and READER_ONLY in csv
    assert render.table(df, "recall-by-family").html.count("tq-kind-id") == 0  # English: the ids as they are
