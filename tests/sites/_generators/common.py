import json, os, html as _html
from pathlib import Path

SITES = Path("/work/main/tests/sites")


def esc(s):
    """Drupal check_plain style escaping."""
    return _html.escape(s, quote=True).replace("&#x27;", "&#039;")


def write(host, rel, text):
    p = SITES / host / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def write_json(host, rel, obj):
    write(host, rel, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
