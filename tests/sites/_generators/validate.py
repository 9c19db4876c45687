import json, re, sys, html as _html
from pathlib import Path
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote
from bs4 import BeautifulSoup
from lxml import etree

ROOT = Path("/work/main/tests/sites")
HOSTS = ["www.irev.fr", "www.labo-cites.org", "www.villesaucarre.org"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
OPTIONAL_END = {"p", "li", "option", "tr", "td", "th", "thead", "tbody"}
problems = []


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errs = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop(); return
        names = [t for t, _ in self.stack]
        if tag in names:
            while self.stack and self.stack[-1][0] != tag:
                t, pos = self.stack.pop()
                if t not in OPTIONAL_END:
                    self.errs.append("unclosed <%s> at %s (closed by </%s>)" % (t, pos, tag))
            self.stack.pop()
        else:
            self.errs.append("stray </%s> at %s" % (tag, self.getpos()))


def norm(s):
    return " ".join(s.split()).lower()


# 1. JSON + XML + HTML parse
all_text = {}
for host in HOSTS:
    for f in sorted((ROOT / host).rglob("*")):
        if not f.is_file():
            continue
        raw = f.read_text(encoding="utf-8")
        if f.suffix == ".json":
            try:
                json.loads(raw)
            except Exception as e:
                problems.append("%s: JSON %s" % (f, e))
            if f.name == "wp.json":
                d = json.loads(raw)
                for p in d["posts"] + d["pages"]:
                    all_text[str(f) + "#" + str(p["id"])] = BeautifulSoup(p["content"]["rendered"] + p["title"]["rendered"] + p["excerpt"]["rendered"], "lxml").get_text(" ")
        elif f.suffix == ".xml" or f.name == "feed":
            try:
                etree.fromstring(raw.encode())
            except Exception as e:
                problems.append("%s: XML %s" % (f, e))
            all_text[str(f)] = _html.unescape(re.sub("<[^>]+>", " ", _html.unescape(raw)))
        elif f.suffix == ".html":
            b = Balance(); b.feed(raw); b.close()
            left = [t for t, _ in b.stack if t not in OPTIONAL_END]
            if b.errs or left:
                problems.append("%s: %s %s" % (f.relative_to(ROOT), b.errs[:3], left[:3]))
            all_text[str(f)] = BeautifulSoup(raw, "lxml").get_text(" ")
        elif f.suffix == ".txt":
            pass

# 2. expected docs
sys.path.insert(0, "/tmp/gen")
from pdfspecs import SPECS
spec_text = {}
for host in HOSTS:
    for f in (ROOT / host).rglob("*.pdf.json"):
        d = json.loads(f.read_text())
        spec_text[str(f)] = norm(" ".join(b.get("text", "") + " " + b.get("heading", "") for b in d["blocks"]))

for host in HOSTS:
    exp = json.loads((ROOT / host / "_expected.json").read_text())
    assert isinstance(exp["notes"], str)
    for d in exp["documents"]:
        for k in ("url", "title", "date", "doc_type", "tags", "attachments", "pdf_phrases"):
            assert k in d, (host, k)
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d["date"]), d
        u = urlsplit(d["url"])
        assert u.scheme == "https" and u.netloc == host, d["url"]
        for ph in d["pdf_phrases"]:
            n = norm(ph)
            hits = [k for k, t in all_text.items() if n in norm(t)]
            if hits:
                problems.append("phrase %r found in HTML/XML: %s" % (ph, hits))
            if not any(n in t for t in spec_text.values()):
                problems.append("phrase %r not in any spec" % ph)
        for a in d.get("attachment_urls", []):
            p = ROOT / urlsplit(a).netloc / unquote(urlsplit(a).path).lstrip("/")
            site = json.loads((ROOT / host / "_site.json").read_text())
            route = site.get("routes", {}).get(urlsplit(a).path)
            if route and "redirect" in route:
                p = ROOT / host / route["redirect"].lstrip("/")
            if not Path(str(p) + ".json").exists():
                problems.append("no spec for %s" % a)
        if host != "www.villesaucarre.org":
            f = ROOT / host / (u.path.lstrip("/") + ".html")
            if not f.exists():
                problems.append("missing page %s" % f); continue
            soup = BeautifulSoup(f.read_text(), "lxml")
            h1 = " ".join(soup.find("h1").get_text(" ").split())
            if h1 != d["title"]:
                problems.append("title mismatch %r vs %r" % (h1, d["title"]))
            pdfs = {a["href"].replace("http://", "https://") for a in soup.find_all("a", href=True) if a["href"].lower().endswith(".pdf")}
            if len(pdfs) != d["attachments"]:
                problems.append("attachments %s: page has %d distinct pdf links, expected %d" % (d["url"], len(pdfs), d["attachments"]))
            # tags: all taxonomy links inside the main content
            if not all(soup.find("a", string=t) for t in d["tags"]):
                problems.append("tag link missing on %s: %s" % (d["url"], [t for t in d["tags"] if not soup.find("a", string=t)]))

# 3. internal links that resolve to nothing
SKIP = re.compile(r"^/(agenda|print|search|mots-cles|taxonomy/term|flag|newsletter|sites/all|misc|modules|themes|core|sitemap_generator|user)(/|$)")
for host in ["www.irev.fr", "www.labo-cites.org"]:
    site = json.loads((ROOT / host / "_site.json").read_text())
    missing = set()
    for f in (ROOT / host).rglob("*.html"):
        soup = BeautifulSoup(f.read_text(), "lxml")
        for a in soup.find_all("a", href=True):
            h = a["href"]
            if h.startswith(("mailto:", "#", "javascript")):
                continue
            if h.startswith("?"):
                base = "/" + str(f.relative_to(ROOT / host)).split("@")[0].removesuffix(".html")
                h = base + h
            u = urlsplit(h)
            if u.netloc and u.netloc not in (host, "irev.fr"):
                continue
            path = u.path or "/"
            if SKIP.match(path):
                continue
            key = path + ("?" + u.query if u.query else "")
            if key in site.get("routes", {}):
                continue
            rel = path.lstrip("/") + ("@" + u.query if u.query else "")
            cands = [rel, rel + ".html", rel.rstrip("/") + "/index.html", rel + ".json"] if rel else ["index.html"]
            if not any((ROOT / host / c).is_file() for c in cands):
                missing.add(key)
    print(host, "unresolved internal links:", sorted(missing))

print("\n".join(problems) if problems else "no problems")
