"""A small Sphinx extension for the book (``sphinx.extra_extensions`` in ``_config.yml``).

sphinx-thebe adds its inline configuration script once per ``env-before-read-docs`` event, so a
page can carry ``const THEBE_JS_URL = ...`` twice, which the browser reports as an error
(``Identifier 'THEBE_JS_URL' has already been declared``). Identical scripts are kept once.
"""

from __future__ import annotations


def _dedupe_scripts(app, pagename, templatename, context, doctree):
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, out = set(), []  # an inline script has filename None or "" depending on who added it
    for js in scripts:
        key = (str(getattr(js, "filename", js) or ""), repr(sorted(getattr(js, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            out.append(js)
    context["script_files"] = out


def setup(app):
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
