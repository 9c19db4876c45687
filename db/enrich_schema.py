"""The enrichment tables and views, as a sqlite-utils migration set of their own.

Kept apart from db/enrich.py so that applying the schema (db/schema.py, the docs tests) does not
load the enrichment's libraries. Never edit an applied migration: add a new one.
"""

from sqlite_utils import Migrations

migrations = Migrations("crpv-enrichment")


@migrations()
def m001_enrichment(db):
    db["document_enrichment"].create({
        "document_id": int, "themes": str, "main_theme": str, "communes": str,
        "departements": str, "regions": str, "region": str, "place": str,
        "latitude": float, "longitude": float, "located_by": str, "lang": str,
        "lang_score": float, "duplicate_group": int, "fingerprint": str, "rule_version": str,
    }, pk="document_id", foreign_keys=[("document_id", "documents", "id")])
    db["document_enrichment"].create_index(["region"])
    db["document_enrichment"].create_index(["duplicate_group"])
    db["document_themes"].create({
        "document_id": int, "theme": str, "score": float, "evidence": str, "rule": str,
    }, pk=("document_id", "theme"), foreign_keys=[("document_id", "documents", "id")])
    db["document_themes"].create_index(["theme"])
    db["document_places"].create({
        "document_id": int, "kind": str, "code": str, "name": str, "departement": str,
        "region": str, "latitude": float, "longitude": float, "score": float, "mentions": int,
        "evidence": str, "rule": str,
    }, pk=("document_id", "kind", "code"), foreign_keys=[("document_id", "documents", "id")])
    db["document_places"].create_index(["code"])
    db["document_duplicates"].create({
        "document_id": int, "other_id": int, "reason": str, "similarity": float, "sha256": str,
        "rule": str,
    }, pk=("document_id", "other_id", "reason"), foreign_keys=[("document_id", "documents", "id")])
    db["enrichment_signatures"].create({"document_id": int, "minhash": bytes}, pk="document_id")


@migrations()
def m002_views(db):
    db.create_view("carte", CARTE)
    db.create_view("egalement_publie_par", EGALEMENT_PUBLIE_PAR)


@migrations()
def m003_map_points_lead_to_the_record(db):
    # Every map point leads to the document's record on the corpus site (`fiche`, and the
    # bubble's link); the original page stays in `adresse`.
    db["carte"].drop()
    db.create_view("carte", CARTE_WITH_RECORD)


# The map (datasette-cluster-map reads latitude/longitude; popup is its JSON bubble).
# As created by m002; m003 replaces it with CARTE_WITH_RECORD.
CARTE = """
select d.id as document_id, d.title as titre, coalesce(s.name, d.source) as source,
       e.themes as themes, d.doc_type as type, d.url as adresse, e.place as lieu,
       e.located_by as localisation, e.latitude as latitude, e.longitude as longitude,
       json_object('title', d.title, 'link', d.url,
                   'description', coalesce(s.name, d.source) || coalesce(' — ' || e.place, '')) as popup
  from document_enrichment e
  join documents d on d.id = e.document_id
  left join sources s on s.slug = d.source
 where e.latitude is not null and d.gone_since is null
"""

CARTE_WITH_RECORD = """
select d.id as document_id, '/document/' || d.id as fiche, d.title as titre,
       coalesce(s.name, d.source) as source,
       e.themes as themes, d.doc_type as type, d.url as adresse, e.place as lieu,
       e.located_by as localisation, e.latitude as latitude, e.longitude as longitude,
       json_object('title', d.title, 'link', '/document/' || d.id,
                   'description', coalesce(s.name, d.source) || coalesce(' — ' || e.place, '')) as popup
  from document_enrichment e
  join documents d on d.id = e.document_id
  left join sources s on s.slug = d.source
 where e.latitude is not null and d.gone_since is null
"""

EGALEMENT_PUBLIE_PAR = """
select dd.document_id, d.title as titre, coalesce(s.name, d.source) as source,
       coalesce(os.name, o.source) as publie_aussi_par, dd.other_id as autre_document_id,
       o.title as autre_titre, o.url as autre_adresse, dd.reason as motif,
       dd.similarity as similarite
  from document_duplicates dd
  join documents d on d.id = dd.document_id
  join documents o on o.id = dd.other_id
  left join sources s on s.slug = d.source
  left join sources os on os.slug = o.source
 where o.source != d.source
"""
