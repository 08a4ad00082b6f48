"""The theme's chrome in the edition's language (``src/tahqiq/lang/chrome.yml``).

Sphinx and the book theme translate part of what the theme writes around a page into Arabic; the
PyData theme underneath translates none of it, and a few words are written in English in the
templates themselves. For an edition other than English, :mod:`tahqiq.book.sphinxext` uses this
module to:

* :func:`install_catalogue` -- compile the ``gettext`` entries into a message catalogue
  (``sphinx.mo``) and add it behind Sphinx's own, so a template's ``_("Back to top")`` finds its
  Arabic where Sphinx's catalogue has none (Sphinx's own translations are kept first);
* :func:`localise_page` -- replace the ``literal`` English attribute values of a written page
  (``title="Toggle primary sidebar"``), escaped;
* :func:`localise_translations_js` -- fill the messages of Sphinx's search page
  (``_static/translations.js``) that its catalogue leaves empty (an empty message prints nothing);
* :func:`search_bar_text` -- the search field's placeholder.

The words are data (the catalogue is untrusted like any text: every value is escaped where it
becomes HTML, and JSON-encoded where it becomes script).
"""

from __future__ import annotations

import html as _html
import json
import re
from pathlib import Path

from ..lang import lexicon


def _section(name: str, lang: str) -> dict[str, str]:
    return {en: tr[lang] for en, tr in (lexicon("chrome").get(name) or {}).items()
            if isinstance(tr, dict) and tr.get(lang)}


def messages(lang: str) -> dict[str, str]:
    """The theme's message ids -> their text in ``lang`` (the ``gettext`` entries)."""
    return _section("gettext", lang)


def literals(lang: str) -> dict[str, str]:
    """English the theme writes without gettext -> its text in ``lang``."""
    return _section("literal", lang)


def js_messages(lang: str) -> dict[str, str]:
    """The search page's messages -> their text in ``lang``."""
    return _section("js", lang)


def search_bar_text(lang: str, default: str | None = None) -> str | None:
    """The search field's placeholder in ``lang`` (``default`` where the catalogue has none)."""
    bar = _section("search_bar", lang)
    return next(iter(bar.values()), default)


def write_mo(catalogue: dict[str, str], path: Path, lang: str) -> Path:
    """A compiled gettext catalogue (``.mo``) of ``catalogue`` at ``path``."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo as _write

    cat = Catalog(locale=lang, domain="sphinx")
    for msgid, text in catalogue.items():
        cat.add(msgid, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        _write(fh, cat)
    return path


def install_catalogue(locale_dir: Path, lang: str) -> bool:
    """Write the ``gettext`` entries of ``lang`` as ``<locale_dir>/<lang>/LC_MESSAGES/sphinx.mo``
    and add them behind Sphinx's catalogue of ``lang`` (the one its templates use). False when
    ``lang`` has no entries."""
    from sphinx import locale

    cat = messages(lang)
    if not cat:
        return False
    write_mo(cat, Path(locale_dir) / lang / "LC_MESSAGES" / "sphinx.mo", lang)
    locale.init([str(locale_dir)], lang, "sphinx")
    return True


def localise_page(text: str, lang: str) -> str:
    """A written page with the theme's literal English attribute values (``title="…"``,
    ``aria-label="…"``, ``data-tooltip="…"``) in ``lang``, escaped; nothing else is touched."""
    pairs = literals(lang)
    if not pairs:
        return text
    by_en = {_html.escape(en): _html.escape(ar) for en, ar in pairs.items()}
    pattern = re.compile(r'(\s(?:title|aria-label|data-bs-title|data-tooltip)=")(' +
                         "|".join(re.escape(k) for k in sorted(by_en, key=len, reverse=True)) + r')"')
    return pattern.sub(lambda m: f'{m.group(1)}{by_en[m.group(2)]}"', text)


_ADD = re.compile(r"Documentation\.addTranslations\((\{.*\})\);?\s*$", re.S)


def localise_translations_js(path: Path, lang: str) -> bool:
    """Fill the empty or missing messages of Sphinx's ``translations.js`` with the ``js`` entries
    of ``lang`` (Sphinx's own non-empty translations are kept); True if the file changed."""
    path = Path(path)
    if not path.is_file():
        return False
    ours = js_messages(lang)
    text = path.read_text(encoding="utf-8")
    m = _ADD.search(text)
    if not ours or not m:
        return False
    data = json.loads(m.group(1))
    msgs = data.setdefault("messages", {})
    changed = False
    for msgid, tr in ours.items():
        if not msgs.get(msgid):
            msgs[msgid] = tr
            changed = True
    if changed:
        body = json.dumps(data, ensure_ascii=True, indent=4).replace("</", "<\\/")
        path.write_text(text[:m.start()] + f"Documentation.addTranslations({body});\n", encoding="utf-8")
    return changed
