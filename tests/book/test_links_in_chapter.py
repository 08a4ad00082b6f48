"""Every link inside a chapter leads somewhere (a scan of the built book's links): on the Arabic
edition a claim marked in the text linked to «#the-claims», a section id only the English edition
has (54 to 72 dead links a chapter); a finding whose words another finding also quotes had its «↑ in
the text» link without a target (two marks starting at one offset kept one id); and the footnote
markers of the scrambled PDF text (mahmoud-2023) linked to notes that carried no id."""

from __future__ import annotations

import re

import pytest

from tahqiq.book.chapter import Chapter

WORKS = [("salman-2025", None), ("salman-2025", "B"), ("mahmoud-2023", None), ("avdaliani-2025", None),
         ("putin-beijing-2024", None)]


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("work,witness", WORKS)
def test_every_link_inside_a_chapter_has_its_target(work, witness, lang):
    ch = Chapter.load(work, witness, None, None, lang)
    parts = [ch.edition().html, ch.findings_html().html]
    if ch.annotation is not None and ch.annotation.text == ch.doc.name:
        parts.append(ch.claims_table().html)
    html = "\n".join(parts)
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    links = set(re.findall(r'href="#([^"]+)"', html))
    assert links, (work, witness, lang)
    missing = sorted(links - ids)
    assert not missing, f"{work} {witness or ''} ({lang}): links without a target: {missing[:8]}"
