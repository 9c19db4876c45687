"""The uMap platform on the Club Dév Eco map: uMap markup, coordinates, identity, links and
the fallback from the map download to the datalayers."""

import json
from types import SimpleNamespace

import pytest
import sqlite_utils

from crawlers.pipelines import NormalisePipeline
from crawlers.readers.umap import point_of, render_markup
from crawlers.registry import spider_classes
from crawlers.spiders.umap_club_dev_eco import UmapClubDevEcoSpider
from db.build import resolve_links, save_document
from db.schema import migrate
from tests.conftest import SITES
from tests.offline import run_spider

HOST = "umap.openstreetmap.fr"
EXPECTED = json.loads((SITES / HOST / "_expected.json").read_text())["documents"]
BY_URL = {d["url"]: d for d in EXPECTED}


def crawl(spider_cls, tmp_path, routes=None):
    roots = [SITES]
    if routes:
        overlay = tmp_path / "sites"
        (overlay / HOST).mkdir(parents=True)
        (overlay / HOST / "_site.json").write_text(json.dumps({"routes": routes}))
        roots = [overlay, SITES]
    items, requested, spider = run_spider(spider_cls, roots, tmp_path / f"cache-{spider_cls.name}")
    normalise = NormalisePipeline(SimpleNamespace(spider=spider))
    return {i["url"]: normalise.process_item(i) for i in items if i.get("title")}, requested, spider


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    return crawl(UmapClubDevEcoSpider, tmp_path_factory.mktemp("umap"))[0]


# ---------- the markup renderer ----------
@pytest.mark.parametrize("markup, text, links", [
    ("[[https://a.fr/x|La fiche]]", "La fiche", [("https://a.fr/x", "La fiche")]),
    ("voir [[https://a.fr/x]]", "voir https://a.fr/x", [("https://a.fr/x", None)]),
    ("Lire : https://a.fr/x/. Merci", "Lire : https://a.fr/x/. Merci", [("https://a.fr/x/", None)]),
    ("{{https://a.fr/p.jpg}}Photo", "Photo", []),
    ("{{https://a.fr/p.jpg|300}}", "", []),
    ("{{{https://video.fr/embed/1}}}", "", [("https://video.fr/embed/1", None)]),
    ("**Gras** et *italique*", "Gras et italique", []),
    ("[[https://a.fr/x|**Fiche** PDF]]", "Fiche PDF", [("https://a.fr/x", "Fiche PDF")]),
    ("ligne 1\nligne 2\n\nparagraphe", "ligne 1\nligne 2\n\nparagraphe", []),
    ("## Titre\ntexte", "Titre\n\ntexte", []),
    ("* un\n* deux\n** sous", "- un\n- deux\n- sous", []),
    ("Contact : x@y.fr", "Contact : x@y.fr", []),
    ("[[https://a.fr/x|A]] puis [[https://a.fr/x|B]]", "A puis B", [("https://a.fr/x", "A")]),
    ("h_t_t_ps://a.fr", "https://a.fr", []),
    ("", "", []),
    (None, "", []),
])
def test_render_markup(markup, text, links):
    got_text, got_links = render_markup(markup)
    assert got_text == text
    assert [(link["url"], link["label"]) for link in got_links] == links


@pytest.mark.parametrize("geometry, point", [
    ({"type": "Point", "coordinates": [2.35, 48.85]}, (48.85, 2.35)),
    ({"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]}, (1.0, 2.0)),
    ({"type": "LineString", "coordinates": [[0, 0], [2, 0], [2, 6]]}, (2.25, 1.75)),
    ({"type": "MultiPoint", "coordinates": [[0, 0], [2, 4]]}, (2.0, 1.0)),
    ({"type": "Point", "coordinates": []}, None),
    (None, None),
])
def test_point_of_geometry(geometry, point):
    assert point_of(geometry) == point


# ---------- the map ----------
def test_every_feature_has_its_coordinates(items):
    assert sorted(items) == sorted(BY_URL)
    for url, item in items.items():
        assert (item["latitude"], item["longitude"]) == (BY_URL[url]["latitude"], BY_URL[url]["longitude"])


def test_every_link_of_a_description_is_kept_canonical(items):
    for url, item in items.items():
        assert [link["url"] for link in item["links"]] == BY_URL[url]["links"], url
        documents = [link["url"] for link in item["links"] if link["url"].endswith(".pdf")]
        assert [a["url"] for a in item["attachments"]] == documents


def test_feature_identity_is_unique_and_stable(items, tmp_path):
    again = crawl(UmapClubDevEcoSpider, tmp_path)[0]
    assert sorted(again) == sorted(items)
    keys = [url.split("#", 1)[1] for url in items]
    assert len(set(keys)) == len(keys) == len(EXPECTED)
    assert "commerce-et-renouvellement-urbain-au-mas-du-taureau_45.7794_4.9312" in keys  # no uMap id


def test_feature_without_description_keeps_its_properties(items):
    item = next(i for i in items.values() if i["title"].startswith("Clauses sociales"))
    assert item["body"] == "ville : Clichy-sous-Bois\nporteur : Grand Paris Grand Est"
    assert item["extra"]["proprietes"] == {"ville": "Clichy-sous-Bois", "porteur": "Grand Paris Grand Est"}
    assert item["summary"] is None and item["date"] is None and item["field_sources"]["date"] == "unknown"


@pytest.mark.parametrize("route", [{"status": 404}, {"body": "<html><body>Maintenance</body></html>"}])
def test_datalayers_are_read_when_the_download_fails(items, tmp_path, route):
    fallback, requested, spider = crawl(UmapClubDevEcoSpider, tmp_path, {"/map/171627/download/": route})
    assert sorted(fallback) == sorted(items)
    assert sum("/fr/datalayer/171627/" in u for u in requested) == 4
    assert {i["channel"] for i in fallback.values()} == {"umap-datalayer"}
    for url, item in fallback.items():
        for field in ("title", "tags", "body", "links", "attachments", "latitude", "longitude"):
            assert item[field] == items[url][field], (url, field)
    assert spider.report.errors == []


def test_map_points_join_the_documents_they_describe(items, tmp_path):
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    others = [cls for cls in spider_classes().values()
              if set(cls.hosts) & {"www.irev.fr", "www.labo-cites.org", "www.villesaucarre.org"}]
    documents = list(items.values())
    for cls in others:
        documents += crawl(cls, tmp_path)[0].values()
    for item in documents:
        save_document(db, dict(item), "2024-01-01T00:00:00Z")
    resolve_links(db)
    for want in EXPECTED:
        rows = db.query("select l.url, t.url as target from document_links l join documents d on d.id = l.document_id "
                        "left join documents t on t.id = l.target_id where d.url = ?", [want["url"]])
        joined = [r["url"] for r in rows if r["target"]]
        assert joined == want["joins"], want["title"]
