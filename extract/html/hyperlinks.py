"""Links of a page or fragment, and which of them are documents (PDF and office files).

A page links its files in many ways besides <a href>: buttons and cards (data-href...),
scripts (onclick="window.open('x.pdf')"), embeds and PDF viewers (viewer.html?file=x.pdf).
All of them count, since a file missed here is a file never fetched.
"""

import re
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit

from bs4 import Tag

from extract.clean import collapse_ws

from .decode import parse

_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
# Where elements other than <a href> keep a link: buttons and cards (data-href...), scripts
# (onclick="window.open('x.pdf')"), embeds and viewers (src, data).
_URL_ATTRIBUTES = ("data-href", "data-url", "data-link", "data-file", "data-download", "data-pdf",
                   "src", "data", "onclick")
_QUOTED = re.compile(r"""["']([^"'\s]+)["']""")
_VIEWER_PARAMS = {"file", "url", "src", "doc", "document", "pdf"}  # viewer.html?file=/x.pdf


def document_ref(tag: Tag) -> str | None:
    """The document (PDF, office file) an element points to without a usable href, or None:
    a data-* attribute, a quoted URL in onclick, an embed's src or data, a viewer's ?file=."""
    for attr in _URL_ATTRIBUTES:
        value = tag.get(attr)
        if not isinstance(value, str) or not value.strip():
            continue
        for url in (_QUOTED.findall(value) if attr == "onclick" else [value.strip()]):
            targets = [v for k, v in parse_qsl(urlsplit(url).query) if k.lower() in _VIEWER_PARAMS]
            for target in (url, *targets):
                if is_document_url(target):
                    return target
    return None


def linking(tag: Tag) -> bool:
    """The element links somewhere: <a>, <area>, or a URL attribute (data-href, onclick...)."""
    return tag.name in ("a", "area") or any(attr in tag.attrs for attr in _URL_ATTRIBUTES)


def links(fragment: str | bytes | Tag, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, label) of every link, in order, deduplicated by URL (fragment dropped).

    The label is the visible text, else the title attribute, else an image's alt text. A <base
    href> in the fragment is honoured (a fragment cut out of a page has lost its <head>).
    Documents linked otherwise (a button's data-href, onclick="window.open('x.pdf')", an
    <a href="#"> with either, an embed or a PDF viewer) count as links too.
    """
    soup = fragment if isinstance(fragment, Tag) else parse(fragment)
    base = soup.find("base", href=True)
    if base:
        base_url = urljoin(base_url, base["href"].strip())
    found: dict[str, str] = {}
    for a in soup.find_all(linking):
        href = re.sub(r"[\t\r\n]", "", a.get("href") or "").strip() if a.name in ("a", "area") else ""
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            href = document_ref(a)
            if not href:
                continue
        url = urldefrag(urljoin(base_url, href.replace(" ", "%20")))[0]
        if not url.startswith(("http://", "https://")):
            continue
        img = a.find("img", alt=True)
        label = collapse_ws(a.get_text(" ")) or collapse_ws(a.get("title")) or collapse_ws(img and img["alt"])
        if not found.get(url):
            found[url] = label
    return list(found.items())


def has_document(tag: Tag) -> bool:
    """The element is, or holds, a link to a document."""
    return (is_document_url(tag.get("href")) or document_ref(tag) is not None
            or any(is_document_url(url) for url, _ in links(tag, "https://x.invalid/")))


DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "odt", "ppt", "pptx", "pps", "ppsx", "odp",
                       "xls", "xlsx", "ods", "rtf"}
# Media under a "files" folder that are not documents (Drupal image styles, assets).
_NOT_DOCUMENT = {"jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "ico", "css", "js", "mp3",
                 "mp4", "webm", "ogg", "woff", "woff2", "ttf", "html", "htm", "php"}
_DOCUMENT_SCRIPTS = ("/doc_num_data.php", "/doc_num.php")  # PMB digital documents
# SPIP /IMG/<ext>/, Drupal private (/system/files/) and public (/sites/<site>/files/) files.
_DOCUMENT_FOLDERS = re.compile(
    r"/img/(?:pdf|docx?|odt|pptx?|xlsx?|ods|rtf)/|/system/files/|/sites/[^/]+/files/")


def is_document_url(url: str | None) -> bool:
    """True for a PDF or office attachment, by path only (query string and case ignored)."""
    if not url:
        return False
    path = unquote(urlsplit(url.strip()).path).lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    if ext in DOCUMENT_EXTENSIONS or path.endswith(_DOCUMENT_SCRIPTS):
        return True
    return bool(_DOCUMENT_FOLDERS.search(path)) and ext not in _NOT_DOCUMENT
