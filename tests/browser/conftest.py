"""The built book in headless Chromium, as its readers see it.

One book is built per session, in a copy of the project, after a hostile article was added with
``tahqiq add`` (hostile text, title, English title and author) and a hostile venue written into
its catalogue entry. Every page is then opened at 1366 px and 390 px, in light and dark mode;
what each page did (console errors, script that ran, overflow, measurements) is collected once
and the tests assert on it. Screenshots of every page at both widths are kept as test artefacts
in ``_build/screenshots/`` of the project.

The browser is the system Chromium (Debian's ``chromium``), driven by Playwright for Python with
``executable_path``: Playwright's own browser download is never used. Without Chromium or
Playwright, the tests are skipped with a reason saying so. ``TAHQIQ_BROWSER_BOOK=<html folder>``
reuses a book this fixture built before instead of building one (while working on the tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("TAHQIQ_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

# The marker a payload writes if it ever runs: into document.title, and into window.__pwned.
PWN = "PWNED"
JS = f"document.title='{PWN}';window.__pwned=1"
HOSTILE_TITLE = ("<img src=x onerror=alert(1)> قراءة نقدية في العلاقات الروسية الصينية بعد الحرب وما تلاها من "
                 "تحولات اقتصادية وعسكرية \u202eمعكوسة\u202c <script>alert(2)</script> {raw}`<b>x</b>` $x$ {{ s }}")
HOSTILE_TITLE_EN = (f'<script>{JS}</script> [click](javascript:{JS}) <svg onload="{JS}"> '
                    "```{eval-rst} .. raw:: html \u202e<i>x</i> http://example.invalid/x")
HOSTILE_AUTHOR = f'<img src=x onerror="{JS}"> \u202eAuthor <a href="javascript:{JS}">link</a>'
HOSTILE_VENUE = f'<iframe src="javascript:{JS}"></iframe> <style>body{{display:none}}</style> مجلة'
HOSTILE_TEXT = f"""مقال تجريبي عن العلاقات <script>{JS}</script> الروسية الصينية

## مقدمة

تطورت العلاقات <img src=x onerror="{JS}"> الروسية الصينية منذ عام ٢٠٠١، وفي ٤ شباط ٢٠٢٢ أعلن البلدان شراكة "بلا حدود"[1].
وبلغت التجارة بين البلدين ٢٤٠ مليار دولار عام ٢٠٢٣ [رابط](javascript:{JS}) <a href="javascript:{JS}">هنا</a>.
نص \u202eمعكوس\u202c الاتجاه و \u2067معزول\u2069 <!-- تعليق غير مغلق

```{{raw}} html
<script>{JS}</script>
```

.. raw:: html

   <script>{JS}</script>

{{{{ title }}}} $\\alert$ {{eval-rst}}`x`

## الخاتمة

في عام ٢٠٢٤ زار الرئيس بكين، وبلغت التجارة ٢٤٥ مليار دولار.

[1] وكالة الأنباء، ٤ شباط ٢٠٢٢.
"""


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("browser tests skipped: Playwright for Python is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (apt-get install chromium; CI installs it)")


def _copy_project(root: Path, dest: Path) -> Path:
    for name in ("_config.yml",):
        shutil.copy2(root / name, dest / name)
    for name in ("book", "notebooks", "data"):
        shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("_build", ".*.ipynb"))
    tests = dest / "tests"
    shutil.copytree(root / "tests" / "gold", tests / "gold")
    return dest


@pytest.fixture(scope="session")
def hostile_book(root, tmp_path_factory) -> Path:
    """The HTML of a book built in a copy of the project with the hostile article added."""
    _need_browser()
    if os.environ.get("TAHQIQ_BROWSER_BOOK"):  # a book this fixture built before (while working on the tests)
        return Path(os.environ["TAHQIQ_BROWSER_BOOK"])
    proj = _copy_project(root, tmp_path_factory.mktemp("browser-book"))
    src = proj / "hostile.txt"
    src.write_text(HOSTILE_TEXT, encoding="utf-8")
    env = {**os.environ, "TAHQIQ_ROOT": str(proj)}
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "add", str(src), "--title", HOSTILE_TITLE,
                        "--title-en", HOSTILE_TITLE_EN, "--author", HOSTILE_AUTHOR, "--slug", "hostile-2024",
                        "--date", "2024-03-01"], capture_output=True, text=True, env=env, cwd=proj)
    assert r.returncode == 0, r.stderr
    # A curator's edit of the new entry: a hostile venue (tahqiq add leaves it null).
    import yaml

    cat = proj / "data" / "articles.yml"
    text = cat.read_text(encoding="utf-8")
    head, sep, entry = text.rpartition("  - slug: hostile-2024\n")
    venue = yaml.safe_dump(HOSTILE_VENUE, allow_unicode=True, default_style='"', width=1 << 20).strip()
    cat.write_text(head + sep + entry.replace("    venue: null", f"    venue: {venue}", 1), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "build", "-j", "2"], capture_output=True, text=True,
                       env=env, cwd=proj)
    assert r.returncode == 0, (r.stdout + r.stderr)[-3000:]
    return proj / "_build" / "html"


@pytest.fixture(scope="session")
def screenshots(root) -> Path:
    out = root / "_build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="session")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield b
        finally:
            b.close()
