"""A document's history in words a person reads: when it was first seen, each change and what
changed ("titre modifié", "texte modifié (+350 caractères)", "fichier ajouté : X"), and when it
left its site.

Read from document_versions (each earlier state of a document, kept by the build when its
content changed) and the document's current row and files. Versions kept before the build
recorded their files (metadata without "files") say nothing about files.
"""

import json

FIELDS = (("title", "titre modifié"), ("summary", "résumé modifié"), ("doc_type", "type modifié"),
          ("authors", "auteurs modifiés"), ("tags", "mots-clés du site modifiés"))


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def current_files(conn, doc_id: int) -> list[dict]:
    """The document's files as the build records them in a version's metadata."""
    return _rows(conn, "select url, label, sha256 from document_files where document_id = ? "
                       "order by url", [doc_id])


def history(conn, doc: dict) -> list[dict]:
    """Events, oldest first: {"date", "what": "première collecte" | "modifié" | "retiré",
    "changes": [sentences]}."""
    versions = _rows(conn, "select seen_from, seen_until, title, summary, body, metadata "
                           "from document_versions where document_id = ? order by seen_from, seen_until",
                     [doc["id"]])
    states = [_state(v) for v in versions] + [_state(doc, current_files(conn, doc["id"]))]
    events = [{"date": versions[0]["seen_from"] if versions else doc["first_seen"],
               "what": "première collecte", "changes": []}]
    for version, before, after in zip(versions, states, states[1:]):
        events.append({"date": version["seen_until"], "what": "modifié",
                       "changes": changes(before, after) or ["autres informations modifiées"]})
    if doc.get("gone_since"):
        events.append({"date": doc["gone_since"], "what": "retiré", "changes": []})
    return events


def _state(row: dict, files: list[dict] | None = None) -> dict:
    meta = json.loads(row["metadata"]) if row.get("metadata") else {}
    state = {k: row.get(k) for k in ("title", "summary", "body")}
    for key in ("doc_type", "date", "tags", "authors"):
        state[key] = meta.get(key) if "metadata" in row else row.get(key)
    state["files"] = meta.get("files") if "metadata" in row else files
    return state


def changes(before: dict, after: dict) -> list[str]:
    """What differs between two states of a document, in French."""
    out = [label for key, label in FIELDS if _norm(before[key]) != _norm(after[key])]
    if _norm(before["date"]) != _norm(after["date"]):
        out.append(f"date modifiée ({before['date'] or 'inconnue'} → {after['date'] or 'inconnue'})")
    if (before["body"] or "") != (after["body"] or ""):
        delta = len(after["body"] or "") - len(before["body"] or "")
        out.append(f"texte modifié ({delta:+d} caractère{'s' if abs(delta) > 1 else ''})"
                   .replace("-", "−"))
    if before["files"] is not None and after["files"] is not None:
        out += file_changes(before["files"], after["files"])
    return out


def _norm(value):
    """JSON lists as stored (tags, authors) and plain values compare alike."""
    if isinstance(value, str) and value.startswith("["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value or None


def file_changes(before: list[dict], after: list[dict]) -> list[str]:
    old = {f["url"]: f for f in before}
    new = {f["url"]: f for f in after}
    out = [f"fichier ajouté : {_name(f)}" for url, f in new.items() if url not in old]
    out += [f"fichier retiré : {_name(f)}" for url, f in old.items() if url not in new]
    out += [f"fichier remplacé : {_name(f)}" for url, f in new.items()
            if url in old and old[url].get("sha256") and f.get("sha256")
            and old[url]["sha256"] != f["sha256"]]
    return out


def _name(f: dict) -> str:
    from db.record import file_name  # the one spelling of a file's name
    return f.get("label") or file_name(f["url"])
