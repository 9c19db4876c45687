"""PageReader: one item page in, its fields with their evidence out (a page object, in the
web-poet sense). No Scrapy state: the spider, `crpv probe` and the tests call the same code.

A reader is configured by a source's settings (its spider class: the selectors, the doc type
rules), which are hints, never limits: a generic reading (main content by density, JSON-LD
and `og:` metadata) always runs beside them. When the configured body is much shorter than
the generic main content, the fuller text wins and `field_sources["body"]` says so; the
attachments are every document link of the configured blocks and of the generic main content,
whatever its markup (download buttons, cards, viewers). `body_generic_chars`, the length of the
generic main content, is kept beside the body so that a run report can flag pages whose
extracted body is much shorter than what the page holds.
"""

import re

from parsel import Selector

from crawlers.urls import path_of
from extract import html as page
from extract.dates import date_from_upload_path, first_date, parse_date, published_date

# A labelled type field: "Type de document : Étude".
TYPE_FIELD = re.compile(r"type de (?:document|contenu|publication|ressource)\s*:?\s*\n*\s*([^\n]{3,40})", re.I)
# Generic type vocabulary, after each source's own rules.
DOC_TYPE_RULES = (
    (r"fiches?[- ]exp[ée]rience", "fiche expérience"), (r"vid[ée]o", "vidéo"),
    (r"[ée]tude|diagnostic", "étude"), (r"actualit[ée]|\bbr[èe]ve", "actualité"),
    (r"publication|lettre|dossier|guide|rapport|cahier|revue", "publication"),
    (r"[ée]v[ée]nement|rencontre|s[ée]minaire|webinaire", "événement"),
)
# Date evidence that names no kind of date: a <time> with no mark, the generic time selector.
BARE_DATES = ("time", "selector:time[datetime]")
# The configured body loses to the generic main content when this much shorter.
SHORT_BODY_SHARE = 0.5
SHORT_BODY_MARGIN = 200  # characters: a short page's few words of difference do not count


class PageReader:
    """Reads an HTML item page with a source's settings (`config`: an object with the
    selector and rule attributes of `SourceSpider`, usually the spider class itself)."""

    def __init__(self, config):
        self.config = config

    def read(self, response, hints: dict | None = None, url_of=None) -> dict:
        """{field: value, ..., "field_sources": {field: evidence}} for the page at `response`
        (anything with `.text`, `.url` and `.css`); `url` is the page's canonical link, or what
        `url_of(canonical link)` makes of it (the spider: its own spelling, an item of ours)."""
        hints = hints or {}
        meta = page.page_metadata(response.text, response.url)
        url = url_of(meta.get("canonical")) if url_of else meta.get("canonical") or response.url
        fields = {"url": url, "field_sources": {}, "tags": [], "authors": []}
        self.read_fields(fields, response, meta, hints)
        return fields

    def read_fields(self, item, response, meta, hints):
        # Selectors only look inside the item's own part of the page: sidebars, related posts
        # and other pages' dates, tags and files must not leak into this document.
        config, sources = self.config, item["field_sources"]
        scope_html, _ = page.main_content(response.text, list(config.scope_selectors), item=True)
        scope = Selector(text=scope_html or response.text)
        body_html, sources["body"] = page.main_content(scope_html or response.text, list(config.body_selectors),
                                                       item=True)
        generic_html, generic_how = page.main_content(response.text, item=True)
        item["body"], item["body_generic_chars"] = self.fuller_body(body_html, generic_html, generic_how, sources)
        self.first(item, "title", [
            (meta["sources"].get("title", "meta"), meta.get("title")),
            *[(f"selector:{css}", _text(scope, css)) for css in config.title_selectors],
            ("feed", hints.get("title")),
        ])
        self.first(item, "summary", [
            (meta["sources"].get("description", "meta"), meta.get("description")),
            ("feed", hints.get("summary")),
            ("text", _lead(item["body"])),
        ])
        item["attachments"] = self.attachments(scope, [body_html, generic_html], response.text, response.url)
        scope_text = page.html_to_text(scope_html or "")
        item["date"], sources["date"] = self.page_date(scope, scope_text, meta, hints, item)
        item["tags"] = self.tags(scope, meta)
        item["authors"] = list(meta.get("authors") or [])
        item["lang"] = meta.get("lang") or "fr"
        item["doc_type"], sources["doc_type"] = self.doc_type(scope, scope_text, item["url"])

    @staticmethod
    def fuller_body(body_html, generic_html, generic_how, sources) -> tuple[str, int]:
        """(the body, the generic main content's length): the configured body unless the
        generic reading holds much more text, which then wins with its evidence."""
        body = page.html_to_text(body_html or "")
        generic = page.html_to_text(generic_html or "")
        if len(generic) > len(body) / SHORT_BODY_SHARE + SHORT_BODY_MARGIN:
            configured = sources.get("body", "none")
            sources["body"] = f"generic:{generic_how} (configured {configured} gave {len(body)} chars)"
            body = generic
        return body, len(generic)

    def first(self, item, field, candidates):
        """Take the first non-empty candidate and record which evidence it came from."""
        for source, value in candidates:
            if value and str(value).strip():
                item[field] = str(value).strip()
                item["field_sources"][field] = source
                return
        item[field] = None

    def page_date(self, scope, scope_text, meta, hints, item):
        published, near = meta.get("published"), meta.get("near_heading")
        labelled = published_date(scope_text)
        candidates = [
            (meta["sources"].get("published", "meta"), parse_date(published or "")),
            ("feed", hints.get("date")),
            *[(f"selector:{css}", _date_in(scope, css)) for css in self.config.date_selectors],
            ("text:publié", labelled),
            ("text:heading", published_date(near) or first_date(near)),
            ("text", first_date(scope_text[:2000])),
            *[("upload-folder", date_from_upload_path(a["url"])) for a in item["attachments"]],
            ("meta:modified", parse_date(meta.get("modified") or "")),
            ("text:any", parse_date(scope_text[:2000])),
        ]
        for source, value in candidates:
            if not value:
                continue
            # A bare <time> says less than "Publié le …" in the text (an event's page prints
            # the event's <time> above its publication line); when both name the same day or
            # month, the more precise one wins.
            if source in BARE_DATES and labelled and not value.startswith(labelled):
                return labelled, "text:publié"
            return value, source
        return None, "unknown"

    def tags(self, scope, meta) -> list[str]:
        tags = [t for css in self.config.tag_selectors for t in scope.css(f"{css} ::text").getall()]
        tags += list(meta.get("tags") or [])
        return [t.strip() for t in tags if t.strip()]

    def attachments(self, scope, fragments, response_html, base_url) -> list[dict]:
        """Document links of the body, of the configured attachment blocks, of the generic main
        content and of the stretch from the title to its end (a "Télécharger" button wherever
        the theme puts it)."""
        blocks = [f or "" for f in fragments[:1]]
        blocks += [html for css in self.config.attachment_selectors for html in scope.css(css).getall()]
        blocks += [f or "" for f in fragments[1:]]
        candidates = [link for fragment in blocks for link in page.links(fragment, base_url)]
        candidates += page.item_documents(response_html, base_url)
        found = {}
        for url, label in candidates:
            if page.is_document_url(url) and url not in found:
                found[url] = label
        return [{"url": url, "label": label} for url, label in found.items()]

    def doc_type(self, scope, scope_text, url) -> tuple[str, str]:
        """The site's own label first ("Type de document : Étude"), then the URL, then the default."""
        labels = [_text(scope, css) for css in self.config.label_selectors]
        labels += TYPE_FIELD.findall(scope_text)
        rules = self.config.doc_type_rules + DOC_TYPE_RULES
        for label in filter(None, labels):
            for pattern, doc_type in rules:
                if re.search(pattern, label, re.I):
                    return doc_type, "label"
        for pattern, doc_type in rules:
            if re.search(pattern, path_of(url), re.I):
                return doc_type, "url"
        return self.config.default_doc_type, "default"


def _text(scope, css: str) -> str | None:
    node = scope.css(css)[:1]
    text = " ".join(t.strip() for t in node.css("::text").getall() if t.strip())
    return text or None


def _date_in(scope, css: str) -> str | None:
    node = scope.css(css)[:1]
    if not node:
        return None
    attrs = node.attrib
    return (parse_date(attrs.get("datetime") or attrs.get("content") or "")
            or parse_date(_text(scope, css) or ""))


def _lead(body: str | None) -> str | None:
    """The first real paragraph of the body: a summary when the page gives none."""
    for para in (body or "").split("\n\n"):
        if len(para) > 80:
            return para if len(para) < 600 else para[:597].rsplit(" ", 1)[0] + "…"
    return None
