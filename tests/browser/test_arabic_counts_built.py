"""Every page of the Arabic edition of the book built with a hostile article (the browser suite's
book, built in CI whenever Chromium is there): no number followed by a counted noun in another form
than render.arabic_count gives it («في المدوَّنة 4 أعمال في 5 نصوص، و31024 كلمة», «92 ملاحظة»,
«0 إنذارات كاذبة», «20 مرات», «(2 تمرينًا؛» were read on the corpus, validity, syllabus pages)."""

from __future__ import annotations

from tahqiq.book import render


def test_every_arabic_page_agrees_its_counts(hostile_book):
    site = hostile_book / "ar"
    pages = [p for p in sorted(site.rglob("*.html")) if "_static" not in p.parts and "_sources" not in p.parts]
    assert len(pages) >= 16  # the hostile article's chapter too
    bad = {p.relative_to(site).as_posix(): found for p in pages
           if (found := render.unagreed_counts(render.page_text(p.read_text(encoding="utf-8"))))}
    assert not bad, bad
