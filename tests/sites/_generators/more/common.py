"""Shared helpers for the replica generators of issue 3 (SPIP, WordPress, generic sources)."""
import json
import html as _html
from pathlib import Path

SITES = Path("/work/main/tests/sites")


def write(host, rel, text, encoding="utf-8"):
    p = SITES / host / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)


def write_json(host, rel, obj):
    write(host, rel, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def esc(s):
    return _html.escape(s, quote=True)


def latin1_entities(s):
    """What SPIP does on an iso-8859-1 site: characters outside Latin-1 become &#N; entities."""
    return "".join(c if ord(c) < 256 else f"&#{ord(c)};" for c in s)


def blocks(text):
    out, para = [], []

    def flush():
        if para:
            out.append({"text": " ".join(para)})
            para.clear()
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            out.append({"heading": line.lstrip("#").strip()})
        else:
            para.append(line)
    flush()
    return out


def pdf_spec(d):
    s = {k: v for k, v in d.items() if k != "text"}
    s.setdefault("corrupt", False)
    s.setdefault("encrypted", False)
    s["blocks"] = blocks(d["text"])
    return s
