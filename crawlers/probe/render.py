"""The lines `crpv probe` prints: one row per answer with its notes, then the sample items."""

HEADER = f"  {'channel':<12} {'status':<6} {'type':<22} {'size':>8} {'items':>5}  url"


def answer_lines(meta: dict) -> list[str]:
    status = meta["status"] or ("robots" if "robots" in (meta["error"] or "") else "error")
    items = "-" if meta.get("items") is None else meta["items"]
    kind, content_type, size = meta["kind"], meta["content_type"] or "-", _size(meta["size"])
    lines = [f"  {kind:<12} {status!s:<6} {content_type:<22} {size:>8} {items!s:>5}  {meta['url']}"]
    notes = [meta["note"]] if meta.get("note") else []
    if meta["redirects"]:
        statuses = ", ".join(str(status) for status, _ in meta["redirects"])
        notes.append(f"redirected ({statuses}) to {meta['final_url']}")
    notes += [meta["error"]] if meta.get("error") else []
    return lines + [f"  {'':<12} {n}" for n in notes]


def render_samples(samples: list[dict]) -> str:
    if not samples:
        return "no sample: no channel listed an item"
    lines = ["what the spider extracts from the saved samples:"]
    for n, sample in enumerate(samples, 1):
        lines.append(f"[{n}] {sample['url']}  (listed by {sample['channel']}; saved as {sample['file']})")
        lines += [f"    {line}" for line in _item_lines(sample)]
    return "\n".join(lines)


def _item_lines(sample: dict) -> list[str]:
    if "error" in sample:
        return [f"nothing: {sample['error']}"]
    item, sources = sample["item"], sample["item"].get("field_sources") or {}
    files = item.get("attachments") or []

    def line(label, value, field=None):
        evidence = f"   [{sources[field]}]" if sources.get(field) else ""
        return f"{label:<12} {value or '— none —'}{evidence}"
    return [
        line("url", item.get("url")),
        line("title", item.get("title"), "title"),
        line("date", item.get("date"), "date"),
        line("doc_type", item.get("doc_type"), "doc_type"),
        line("tags", ", ".join(item.get("tags") or [])),
        line("attachments", str(len(files))),
        *[f"{'':<12}   {a['url']}" for a in files[:5]],
        line("body", _body_size(item), "body"),
    ]


def _body_size(item: dict) -> str:
    """The body's length, beside the page's generic main content when the reader measured it."""
    size = f"{len(item.get('body') or '')} characters"
    generic = item.get("body_generic_chars")
    return f"{size} (generic main content: {generic})" if generic is not None else size


def _size(n: int) -> str:
    return f"{n} B" if n < 1000 else f"{n / 1000:.1f} kB" if n < 1_000_000 else f"{n / 1_000_000:.1f} MB"
