"""The queries of tests/search_battery.json on the replica corpus: what each must give in process
(db.search.find, every document matched: copies of one publication not collapsed), and over
HTTP that /recherche, /recherche.json and /recherche.atom answer 200 and agree on the count
(publications, copies collapsed), the documents and the suggestions."""

import html
import json
import re
import sqlite3
import urllib.parse
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from db import search
from extract import french
from tests.test_search import ATOM, FEED_SCHEMA, ROOT, get, relevant

CASES = json.loads((ROOT / "tests" / "search_battery.json").read_text())["cases"]
IDS = [f"{i}:{c['q'][:30]}" for i, c in enumerate(CASES)]


def query(case: dict) -> str:
    return case["q"] * case.get("repeat", 1)


@pytest.fixture(scope="module")
def conn(corpus):
    conn = sqlite3.connect(corpus["data"] / "corpus.db")
    yield conn
    conn.close()


def find(conn, q: str, filters: dict | None = None, collapse: bool = False) -> search.Results:
    return search.find(conn, q, filters, per_page=10_000, with_facets=False, with_snippets=False,
                       collapse=collapse)


def ids(conn, q: str) -> set[int]:
    return {h.id for h in find(conn, q).hits}


def text(conn, doc_id: int) -> str:
    """Title, summary, body and PDF text of a document, folded, one space between words."""
    row = conn.execute(
        "SELECT title, summary, body, (SELECT group_concat(p.text, ' ') FROM document_files df "
        "JOIN pages p ON p.sha256 = df.sha256 WHERE df.document_id = d.id) "
        "FROM documents d WHERE id = ?", [doc_id]).fetchone()
    return " " + " ".join(french.words(french.fold(" ".join(filter(None, row))))) + " "


def test_the_battery_is_large_and_its_queries_new():
    relevance = {c["q"] for c in json.loads((ROOT / "tests" / "relevance.json").read_text())["queries"]}
    assert len(CASES) >= 60 and not {c["q"] for c in CASES} & relevance


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_query_in_process(conn, case):
    results = find(conn, query(case), case.get("filters"))
    got = {h.id for h in results.hits}
    assert results.total == len(got)
    if "same_as" in case:
        assert got == ids(conn, case["same_as"])
    if "includes" in case:
        assert ids(conn, case["includes"]) <= got
    if "complement_of" in case:
        every = {i for i, in conn.execute("SELECT id FROM documents")}
        assert got == every - ids(conn, case["complement_of"])
    if case.get("everything"):
        assert results.total == conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        publications = conn.execute("SELECT count(DISTINCT coalesce(e.duplicate_group, d.id)) FROM "
                                    "documents d LEFT JOIN document_enrichment e ON e.document_id = d.id")
        assert find(conn, query(case), collapse=True).total == publications.fetchone()[0]
    if "total" in case:
        assert results.total == case["total"]
    assert results.total >= case.get("min_total", 0)
    if "first" in case:
        first = conn.execute("SELECT url, title, tags FROM documents WHERE id = ?",
                             [results.hits[0].id]).fetchone()
        assert relevant(case["first"], *first), first[1]
    if "first_text" in case:
        assert f" {case['first_text']} " in text(conn, results.hits[0].id), results.hits[0].title
    if "suggests" in case:
        assert [s.q for s in results.suggestions] == case["suggests"]


def page_total(page: str) -> int:
    if "<strong>Aucun document trouvé.</strong>" in page or 'class="message-info suggestions"' in page:
        return 0
    return int(re.sub(r"\D", "", re.search(r"<strong>([\d  ]+) documents?</strong>", page).group(1)))


def page_suggestions(page: str) -> list[str]:
    block = re.search(r'<p class="message-info suggestions">(.*?)</p>', page, re.S)
    return [html.unescape(a) for a in re.findall(r'<a href="[^"]*">(.*?)</a>', block.group(1))] if block else []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_query_over_http(datasette, conn, case):
    params = urllib.parse.urlencode({"q": query(case), **case.get("filters", {})})
    page, _ = get(f"{datasette}/recherche?{params}")  # raises unless 200
    feed = json.loads(get(f"{datasette}/recherche.json?{params}")[0])
    atom = ET.fromstring(get(f"{datasette}/recherche.atom?{params}")[0].encode())
    jsonschema.validate(feed, FEED_SCHEMA)
    found = find(conn, query(case), case.get("filters"), collapse=True)
    assert page_total(page) == feed["_crpv"]["total"] == found.total
    assert len(feed["items"]) == len(atom.findall(ATOM + "entry")) == min(found.total, 50)
    if found.total <= 20:  # the whole result on the page and in the feed
        ids = {int(i) for i in re.findall(r'<h2><a href="/document/(\d+)[?"]', page)}
        urls = {u for u, in conn.execute("SELECT url FROM documents WHERE id IN "
                                         "(SELECT value FROM json_each(?))", [json.dumps(sorted(ids))])}
        assert ids == {h.id for h in found.hits}
        assert urls == {item["url"] for item in feed["items"]}
    assert page_suggestions(page) == [s["label"] for s in feed["_crpv"]["suggestions"]]
    if "suggests" in case:
        assert [s["q"] for s in feed["_crpv"]["suggestions"]] == case["suggests"]


@pytest.mark.parametrize("q", ["\x00", "%ff", "é" * 3000, "😀" * 500, '"' * 50, "(" * 100,
                               "-" * 50 + "x", "NOT NOT NOT", "OR emploi OR", "titre:", "NEAR(",
                               "{title title_stem}: x", "x* y* -z* OR", "'''", "--", "+", "a" * 100])
def test_hostile_input_is_never_an_error(datasette, q):
    params = "q=%ff" if q == "%ff" else urllib.parse.urlencode({"q": q})
    for path in ("/recherche", "/recherche.json", "/recherche.atom"):
        get(f"{datasette}{path}?{params}")  # raises unless 200
