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
