"""The Arabic edition's written pages (book/ar/*.md): a hyphenated Latin code in Arabic prose is an
inline code, isolated left to right and never cut at its hyphen. At 390 px the add-article page's
heading «1. احصل على نص UTF-8 عادي» broke «UTF-8» at its hyphen and showed «-UTF» then «8»."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"(?<![\w`/.-])[A-Za-z]+(?:-[A-Za-z0-9]+)+(?![\w`-])")
ARABIC = re.compile("[\u0600-\u06ff]")


def test_hyphenated_codes_in_arabic_prose_are_inline_code():
    bare = []
    for page in sorted((ROOT / "book" / "ar").glob("*.md")):
        if page.name == "status.md":  # written by the build
            continue
        fence = False
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("```"):
                fence = not fence
                continue
            if fence or not ARABIC.search(line):
                continue
            outside = "".join(line.split("`")[0::2])  # the text outside inline code
            outside = re.sub(r"\]\([^)]*\)|\{[a-z]+\}", "", outside)  # link targets and roles
            bare += [f"{page.name}:{n}: {m.group()}" for m in CODE.finditer(outside)]
    assert not bare, bare


def test_a_chapters_code_as_a_link_in_arabic_prose_is_never_cut_at_its_hyphen():
    """Seen at 1366 and 390 px on the Arabic syllabus: a link to a chapter named by its code broke at
    its hyphen, «salman-» at the end of one line and «2025» at the start of the next («putin-» /
    «beijing-2024» at 390 px). Each hyphen of its text is followed by a word joiner (U+2060; the
    non-breaking hyphen U+2011 was drawn on the baseline by the Arabic font, «putin_beijing_2024»);
    its target is the chapter's path as it was."""
    from tahqiq.book import strings

    cut = []
    for sid, texts in strings.strings().items():
        for m in re.finditer(r"\{doc\}`([^`<]*?)\s*<([^>]+)>`", texts["ar"]):
            if re.search(r"[A-Za-z0-9]-[A-Za-z0-9]", m.group(1)):
                cut.append(f"{sid}: {m.group(1)}")
            elif "\u2060" in m.group(1):
                assert "\u2011" not in m.group(1) and m.group(1).replace("\u2060", "") in m.group(2), sid
    assert not cut, cut
