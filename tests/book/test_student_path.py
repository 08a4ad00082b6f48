"""The student's path, as book/add-article.md documents it, in a temporary copy of the project:
add a text, annotate it, edit the annotation, build (only the new chapter runs), test (the quote
check). The article is synthetic, written for this test."""

from __future__ import annotations

import shutil

import nbformat
import pytest
import yaml

from tahqiq.argument.draft import is_draft, tasks
from tahqiq.argument.model import load_annotation
from tahqiq.book.build import CORPUS_NOTEBOOKS, build, check_annotations, input_hash, plan, run_notebooks
from tahqiq.book.seminar import argument_provenance
from tahqiq.cli import main
from tahqiq.corpus.catalogue import Catalogue
from tahqiq.errors import TahqiqError

TITLE = "حدود الشراكة بين موسكو وبكين"
ARTICLE = (
    "حدود الشراكة بين موسكو وبكين\n\n"
    "المقدمة\n\n"
    "وقعت الدولتان معاهدة حسن الجوار عام 2001، ثم أعلنتا شراكة بلا حدود في شباط 2022.\n"
    "ويرى بعض الباحثين أن العلاقة تحالف غير معلن، بينما يرى آخرون أنها شراكة مصالح.\n\n"
    "الخاتمة\n\n"
    "نستنتج أن العلاقة ليست تحالفاً رسمياً لأن الطرفين لم يوقعا أي التزام بالدفاع المشترك.\n"
)


@pytest.fixture
def project(tmp_path, root, monkeypatch):
    proj = tmp_path / "proj"
    for d in ("data", "notebooks"):
        shutil.copytree(root / d, proj / d)
    (proj / "book" / "articles").mkdir(parents=True)
    shutil.copy(root / "book" / "references.bib", proj / "book" / "references.bib")
    monkeypatch.setenv("TAHQIQ_ROOT", str(proj))
    return proj


def _hashes(proj):
    return {j.name: input_hash(j, proj) for j in plan(proj, Catalogue(proj))}


def test_add_annotate_edit_build_test(project, tmp_path, capsys):
    before = _hashes(project)
    src = tmp_path / "mine.txt"
    src.write_text(ARTICLE, encoding="utf-8")

    # 1. add, then annotate in the documented order: the untouched starter is refreshed
    assert main(["add", str(src), "--title", "\ufeff" + TITLE, "--author", "ليلى حسن", "--date", "2025-02"]) == 0
    slug = Catalogue(project).works[-1].slug
    assert main(["annotate", slug]) == 0
    path = project / "data" / "annotations" / f"{slug}.yml"
    ann = load_annotation(slug, project)
    assert is_draft(ann.data) and argument_provenance(ann).startswith("a draft written by `tahqiq annotate`")

    # 2. edit: gloss the thesis; annotate now refuses to overwrite
    text = path.read_text(encoding="utf-8")
    edited = text.replace("gloss: 'TODO: gloss'", "gloss: The relationship is not a formal alliance.", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    assert main(["annotate", slug]) == 2
    assert "has been edited" in capsys.readouterr().err and path.read_text(encoding="utf-8") == edited
    assert len(tasks(load_annotation(slug, project).data)) == len(tasks(ann.data)) - 1

    # 3. build: only the new chapter and the pages that list works are re-executed
    after = _hashes(project)
    changed = {slug, *CORPUS_NOTEBOOKS}  # in both editions (the Arabic one's names end in .ar)
    assert {n for n in after if before.get(n) != after[n]} == changed | {f"{n}.ar" for n in changed}
    job = next(j for j in plan(project, Catalogue(project)) if j.name == slug)
    assert job.title == f"# {TITLE}"  # no English title: the Arabic one, without the BOM
    check_annotations(project)  # every quote of every annotation is in its text
    run_notebooks(project, [job], workers=1, log=lambda *_: None)
    assert job.status == "executed", job.error
    nb = nbformat.read(job.output, as_version=4)
    assert nb.cells[0].source.startswith(f"# {TITLE}")
    shown = "".join(str(o.get("data", {})) for c in nb.cells for o in c.get("outputs", []))
    assert "Tasks left" in shown and "curated by hand" not in shown

    # 4. test: a quote that is not in the text stops the build, in one line
    data = yaml.safe_load(edited)
    data["claims"][0]["quote"] = "نص لا يرد في المقال"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(TahqiqError) as e:
        build(project, html=False)
    msg = str(e.value)
    assert msg.startswith(f"data/annotations/{slug}.yml: claims[0] (id 'c1'): field 'quote': quote not found: "
                          f"«نص لا يرد في المقال» in "), msg
    assert "\n" not in msg
