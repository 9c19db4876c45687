"""PMB catalogue records: an OPAC record page read as label -> value rows (every `tr` with two
cells, which holds across PMB versions and templates) and its digital documents; the OAI-PMH
Dublin Core of the same record; the two merged, the page first. Pure: the spider, the probe and
the tests read a record with the same code (`PmbRecordReader().read(response)`).
"""

import re
import unicodedata
from html import escape
from urllib.parse import parse_qs, urlsplit

from parsel import Selector

from crawlers.urls import canonical_url
from extract import html as page
from extract.clean import collapse_ws


class PmbRecordReader:
    """A record page in, its fields out (see read_record_page)."""

    def read(self, response) -> dict:
        return read_record_page(response.text, response.url)


# Row labels (accents, case and the trailing colon removed) -> record field.
LABELS = {
    "titre": "title", "titre propre": "title", "type de document": "type_catalogue",
    "auteurs": "authors", "auteur": "authors", "auteur(s)": "authors", "responsabilites": "authors",
    "editeur": "editeur", "editeurs": "editeur", "annee de publication": "year",
    "annee d'edition": "year", "annee": "year", "date de publication": "year",
    "collection": "collection", "importance": "importance", "presentation": "presentation",
    "isbn/issn/ean": "isbn", "isbn": "isbn", "issn": "isbn", "langues": "langues", "langue": "langues",
    "resume": "resume", "descripteurs": "tags", "categories": "tags", "mots-cles": "keywords",
    "mots cles": "keywords", "note generale": "note", "note de contenu": "note",
    "en ligne": "links", "ressource en ligne": "links", "url": "links", "lien": "links",
    "liens": "links", "lien(s)": "links", "site web": "links",
}


LIST_FIELDS = ("authors", "tags", "keywords")


EXTRA_FIELDS = ("editeur", "collection", "importance", "isbn", "langues", "type_catalogue")


# The record's part of the page (sidebars of other records out), and in it the label rows
# (PMB 4+ shows them in a "public" tab beside the ISBD tab).
RECORD_SCOPES = ("#resultatrech_liste", "#notice", ".notice-child", "#main_hors_footer", "#main")


ROW_SCOPES = ("[id^=div_public]", ".notice-child")


DOC_SCRIPTS = ("/doc_num.php", "/doc_num_data.php")  # digital documents; /vig_num.php are thumbnails


AUTHOR_FUNCTION = re.compile(r",\s*(auteur|directeur|directrice|coordinat|contribut|éditeur scientifique|"
                             r"illustrat|préfac|traduct|rédact)[^,;]*$", re.I)


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


ISBN = re.compile(r"^(?:ISBN|ISSN|EAN)?[\s:]*([\dXx][\d\-\sXx]{7,})$")


# ---------- pure functions: pages and records ----------
def read_record_page(text: str, url: str) -> dict:
    """Record fields from an OPAC record page: label -> value rows, then digital documents."""
    root = Selector(text=text)
    container = _first(root, RECORD_SCOPES) or root
    rows = _first(container, ROW_SCOPES) or container
    fields: dict = {}
    for row in rows.xpath(".//tr"):
        cells = row.xpath("./td | ./th")
        if len(cells) != 2:
            continue
        field = LABELS.get(_label(cells[0]))
        if field and field not in fields:
            fields[field] = _value(field, cells[1], url)
    # Digital documents of the record's block, and those a theme shows elsewhere between the
    # title and the end of the record (download buttons).
    elsewhere = "".join(f'<a href="{escape(u)}">{escape(label or "")}</a>' for u, label in page.item_documents(text, url))
    fields["attachments"] = digital_documents(container.get() + elsewhere, url)
    return {k: v for k, v in fields.items() if v}


def _first(selector, scopes):
    return next((found[0] for css in scopes if (found := selector.css(css))), None)


def digital_documents(fragment: str, base_url: str) -> list[dict]:
    """Links to PMB digital documents, one per explnum_id (thumbnail and name link to the same file)."""
    found: dict[str, dict] = {}
    for url, label in page.links(fragment, base_url):
        parts = urlsplit(url)
        explnum = (parse_qs(parts.query).get("explnum_id") or [""])[0]
        if not parts.path.endswith(DOC_SCRIPTS) or not explnum:
            continue
        label = re.sub(r"\s+-\s+[\w.+-]+/[\w.+-]+$", "", label or "")  # "Nom - application/pdf"
        if explnum not in found:
            found[explnum] = {"url": url, "label": label or None}
        elif label and not found[explnum]["label"]:
            found[explnum]["label"] = label
    return list(found.values())


def read_dc(record) -> dict:
    """An OAI-PMH oai_dc record (namespaces removed) as record fields."""
    def values(name):
        return [collapse_ws(v) for v in record.xpath(f".//metadata//{name}/text()").getall() if v.strip()]
    identifier = (record.xpath("header/identifier/text()").get() or "").strip()
    match = re.search(r"(\d+)$", identifier)
    identifiers = values("identifier")
    fields = {
        "id": match.group(1) if match else None,
        "title": next(iter(values("title")), None),
        "authors": values("creator") + values("contributor"),
        "tags": values("subject"),
        "resume": "\n\n".join(values("description")) or None,
        "editeur": " ; ".join(values("publisher")) or None,
        "year": next(iter(values("date")), None),
        "type_catalogue": next(iter(values("type")), None),
        "importance": next(iter(values("format")), None),
        "langues": ", ".join(values("language")) or None,
        "isbn": next((m.group(1).strip() for v in identifiers if (m := ISBN.match(v))), None),
        "attachments": [{"url": u, "label": None} for u in identifiers if page.is_document_url(u)],
        "datestamp": record.xpath("header/datestamp/text()").get(),
    }
    return {k: v for k, v in fields.items() if v}


def merge_record(fields: dict, dc: dict) -> tuple[dict, dict]:
    """The record page first (the catalogue as shown to readers), Dublin Core for what it lacks."""
    record, sources = {}, {}
    for name in dict.fromkeys([*fields, *dc]):
        if name in ("id", "datestamp"):
            continue
        if fields.get(name):
            record[name], sources[name] = fields[name], "opac"
        elif dc.get(name):
            record[name], sources[name] = dc[name], "oai-dc"
    if "resume" in sources:
        sources["summary"] = sources["resume"]
    return record, sources


def record_body(record: dict) -> str:
    """Searchable text of a record: résumé and notes, then its catalogue description."""
    rows = [("Auteurs", " ; ".join(record.get("authors", []))), ("Éditeur", record.get("editeur")),
            ("Année de publication", record.get("year")), ("Collection", record.get("collection")),
            ("Importance", record.get("importance")), ("Présentation", record.get("presentation")),
            ("Descripteurs", " ; ".join(record.get("tags", []) + record.get("keywords", [])))]
    catalogue = "\n".join(f"{label} : {value}" for label, value in rows if value)
    return "\n\n".join(p for p in (record.get("resume"), record.get("note"), catalogue) if p) or record.get("title", "")


def _label(cell) -> str:
    text = collapse_ws("".join(cell.css("::text").getall())).replace("’", "'")
    text = unicodedata.normalize("NFKD", text.rstrip(" :").strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _value(field: str, cell, base_url: str):
    text = page.html_to_text(cell.get())
    if field in ("resume", "note"):
        return text or None
    if field == "links":  # a record's online resources (UNIMARC 856): pages, joined by URL
        return [{"url": canonical_url(u), "label": label or None} for u, label in page.links(cell.get(), base_url)]
    if field not in LIST_FIELDS:
        return collapse_ws(text) or None
    links = [collapse_ws(" ".join(a.css("::text").getall())) for a in cell.css("a")]
    items = [t for t in links if t] or re.split(r"\s*[;/]\s*|\n", text)
    if field == "authors":
        items = [AUTHOR_FUNCTION.sub("", t) for t in items]
    return [t.strip() for t in items if t.strip()]


def year_of_record(value: str | None) -> str | None:
    match = YEAR.search(value or "")
    return match.group(1) if match else None

