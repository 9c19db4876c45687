"""Writes tests/sites/umap.openstreetmap.fr/ (the Club Dév Eco uMap, id 171627)."""
import json
from pathlib import Path

OUT = Path("/work/main/tests/sites/umap.openstreetmap.fr")
MAP_ID = 171627
SLUG = "club-dev-eco-crpv-experiences-inspirantes-de-devel"
MAP_URL = f"https://umap.openstreetmap.fr/fr/map/{SLUG}_{MAP_ID}"
IREV = "https://www.irev.fr"
LABO = "https://www.labo-cites.org"
VAC = "https://www.villesaucarre.org"


def pt(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


# (layer name, uuid, color, features); a feature: (id or None, name, geometry, description or None, props, expectations)
LAYERS = [
    ("Commerce de proximité", "0c5a2f1e-7d3b-4a8e-9b61-2f4c8d7e1a90", "#e8542a", [
        ("Rk9Tq", "Ma boutique à l'essai – Denain", pt(3.3958, 50.3286),
         "**Denain (59)** – quartier prioritaire du centre-ville\n\nLa ville loue à prix réduit des boutiques vacantes de la rue de Villars à des porteurs de projet qui testent leur commerce pendant six mois à un an.\n\nPorteurs : Ville de Denain, CCI Grand Hainaut\n[[" + IREV + "/thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville|Lire la fiche de l'IREV]]",
         {}),
        ("QwE3r", "Saint-Chamond expérimente « Ma boutique à l'essai »", pt(4.5133, 45.4756),
         "*Vidéo de la série « L'innovation au cœur des quartiers »*\nUne boutique test au pied du quartier Fonsala.\n[[" + LABO + "/publication/saint-chamond-experimente-ma-boutique-lessai-une-video-de-la-serie-linnovation-au|Voir la vidéo sur le site de Labo Cités]]\n{{" + LABO + "/sites/default/files/styles/large/public/2019-02/saint-chamond-boutique.jpg|300}}",
         {}),
        ("Zx8Lm", "Boutiques à l'essai à Vierzon", pt(2.0686, 47.2218),
         "Vierzon teste le commerce en centre-ville avec des boutiques éphémères ouvertes aux créateurs.\nEn savoir plus : " + VAC + "/boutiques-a-lessai-vierzon-teste-le-commerce-en-centre-ville/.",
         {}),
        (None, "Commerce et renouvellement urbain au Mas du Taureau", pt(4.9312, 45.7794),
         "Vaulx-en-Velin maintient ses commerces pendant les travaux du Mas du Taureau : locaux provisoires, accompagnement des commerçants.\n[[" + LABO + "/publication/vaulx-en-velin-maintenir-le-commerce-de-proximite-pendant-le-renouvellement-urbain]]",
         {}),
    ]),
    ("Immobilier d'activité", "5b7e9a03-1c24-4f6d-8e95-a3b2c1d0e4f7", "#2a7ae8", [
        ("Hb5Yp", "Hôtel d'entreprises des Chamards – Dreux", pt(1.3497, 48.7403),
         "## Un hôtel d'entreprises en pied d'immeuble\n* 12 bureaux et 4 ateliers\n* loyers progressifs la première année\n[[" + VAC + "/immobilier-dactivite-un-hotel-dentreprises-aux-chamards-a-dreux/|Article de Villes au Carré]]",
         {}),
        ("Pq2Wd", "Pépinière d'entreprises de la Duchère – Lyon 9e", pt(4.7990, 45.7866),
         "Pépinière et centre d'affaires ouverts en 2016 au cœur du quartier.\nPour monter un projet comparable : [[" + LABO + "/system/files/documents/publications/2020-11/Guide_ImmobilierActivite_QPV.pdf|Guide pratique de Labo Cités (PDF)]]",
         {}),
        ("Tz6Vn", "Zone franche urbaine du Mirail – Toulouse",
         {"type": "Polygon", "coordinates": [[[1.3905, 43.5715], [1.4065, 43.5715], [1.4065, 43.5805], [1.3905, 43.5805], [1.3905, 43.5715]]]},
         "Zone franche urbaine – territoire entrepreneur : exonérations fiscales pour les entreprises qui s'installent et embauchent des habitants du quartier.\nhttps://www.toulouse-metropole.fr/missions/economie/zfu",
         {}),
    ]),
    ("Entrepreneuriat", "9d1f4b62-3e8a-4c07-b5d9-6e2a7f8c3b14", "#3cb44b", [
        ("Cf7Kb", "La Cofabrik – Roubaix", pt(3.1817, 50.6901),
         "Coopérative d'activité et d'emploi pour les habitants des quartiers de Roubaix.\n\n[[http://irev.fr/thematiques/developpement-economique/fiche-experience-la-cofabrik|La fiche expérience]] – [[" + IREV + "/sites/default/files/atoms/files/fiche_experience_la_cofabrik.pdf|Télécharger la fiche (PDF)]]",
         {}),
        ("Vn3Rs", "Couveuse d'entreprises de Saint-Jean – Villeurbanne", pt(4.9010, 45.7779),
         "Une couveuse installée au pied des immeubles accompagne les créateurs du quartier Saint-Jean.\n[[" + LABO + "/publication/villeurbanne-une-couveuse-dentreprises-au-pied-des-immeubles-de-saint-jean|Lire la publication]]",
         {}),
        ("Ld4Gh", "CitésLab Orléans La Source", pt(1.9394, 47.8442),
         "**CitésLab** : un chef de projet accueille les habitants qui veulent créer leur entreprise, sans rendez-vous, *au centre commercial 2002*.\nContact : citeslab@orleans-metropole.fr",
         {}),
        (None, "Entreprendre dans les quartiers d'Amiens", pt(2.2905, 49.9136),
         "Retour sur la rencontre régionale du 22 novembre 2018 à Amiens Nord.\n[[" + IREV + "/actualites-0/entreprendre-dans-les-quartiers-retour-sur-la-rencontre-damiens|Compte rendu sur le site de l'IREV]]",
         {}),
        ("Xk0Yy", "", pt(2.35, 48.85), None, {}),  # an unnamed marker left by an editor: not a document
    ]),
    ("Emploi-insertion", "e4c8a2d7-6b15-4f3e-a9c0-1d7b5e3f8a26", "#911eb4", [
        ("Ms9Xc", "Conciergerie solidaire des Minguettes – Vénissieux", pt(4.8858, 45.7072),
         "Une conciergerie de quartier qui crée des emplois d'insertion et rend service aux habitants et aux salariés des entreprises voisines.\n[[" + LABO + "/publication/venissieux-une-conciergerie-solidaire-aux-minguettes?utm_source=umap&utm_medium=carte|Lire la publication de Labo Cités]]",
         {}),
        ("Ce2Jt", "Cités de l'emploi – Chartres et Orléans", pt(1.5040, 48.4377),
         "[[" + VAC + "/cites-de-lemploi-orleans-et-chartres-se-lancent/|Cités de l'emploi : Orléans et Chartres se lancent]]",
         {}),
        ("Nd0Qa", "Clauses sociales du chantier de rénovation – Clichy-sous-Bois", pt(2.5510, 48.9102),
         None, {"ville": "Clichy-sous-Bois", "porteur": "Grand Paris Grand Est"}),
        ("Lt4Fw", "Chantier d'insertion le long du tramway T4 – Clichy-Montfermeil",
         {"type": "LineString", "coordinates": [[2.5232, 48.9048], [2.5455, 48.9125], [2.5621, 48.9115]]},
         "Un chantier d'insertion entretient les abords de la nouvelle branche du T4.\n{{{https://www.youtube.com/embed/aBcD1234}}}",
         {}),
    ]),
]

CANONICAL_LINKS = {  # links as they must be stored (canonical), per feature name, and which join a document
    "Ma boutique à l'essai – Denain": [(IREV + "/thematiques/developpement-economique/ma-boutique-lessai-denain-redynamise-le-commerce-de-son-centre-ville", True)],
    "Saint-Chamond expérimente « Ma boutique à l'essai »": [(LABO + "/publication/saint-chamond-experimente-ma-boutique-lessai-une-video-de-la-serie-linnovation-au", True)],
    "Boutiques à l'essai à Vierzon": [(VAC + "/boutiques-a-lessai-vierzon-teste-le-commerce-en-centre-ville/", True)],
    "Commerce et renouvellement urbain au Mas du Taureau": [(LABO + "/publication/vaulx-en-velin-maintenir-le-commerce-de-proximite-pendant-le-renouvellement-urbain", True)],
    "Hôtel d'entreprises des Chamards – Dreux": [(VAC + "/immobilier-dactivite-un-hotel-dentreprises-aux-chamards-a-dreux/", True)],
    "Pépinière d'entreprises de la Duchère – Lyon 9e": [(LABO + "/system/files/documents/publications/2020-11/Guide_ImmobilierActivite_QPV.pdf", False)],
    "Zone franche urbaine du Mirail – Toulouse": [("https://www.toulouse-metropole.fr/missions/economie/zfu", False)],
    "La Cofabrik – Roubaix": [(IREV + "/thematiques/developpement-economique/fiche-experience-la-cofabrik", True),
                              (IREV + "/sites/default/files/atoms/files/fiche_experience_la_cofabrik.pdf", False)],
    "Couveuse d'entreprises de Saint-Jean – Villeurbanne": [(LABO + "/publication/villeurbanne-une-couveuse-dentreprises-au-pied-des-immeubles-de-saint-jean", True)],
    "CitésLab Orléans La Source": [],
    "Entreprendre dans les quartiers d'Amiens": [(IREV + "/actualites-0/entreprendre-dans-les-quartiers-retour-sur-la-rencontre-damiens", True)],
    "Conciergerie solidaire des Minguettes – Vénissieux": [(LABO + "/publication/venissieux-une-conciergerie-solidaire-aux-minguettes", True)],
    "Cités de l'emploi – Chartres et Orléans": [(VAC + "/cites-de-lemploi-orleans-et-chartres-se-lancent/", True)],
    "Clauses sociales du chantier de rénovation – Clichy-sous-Bois": [],
    "Chantier d'insertion le long du tramway T4 – Clichy-Montfermeil": [("https://www.youtube.com/embed/aBcD1234", False)],
}


def feature(fid, name, geometry, description, props):
    properties = {"name": name} if name else {}
    if description:
        properties["description"] = description
    properties.update(props)
    properties["_umap_options"] = {"color": "DarkSlateGray"} if fid == "Lt4Fw" else {}
    if not properties["_umap_options"]:
        del properties["_umap_options"]
    f = {"type": "Feature", "geometry": geometry, "properties": properties}
    if fid:
        f["id"] = fid
    return f


def layer_options(name, uuid, color, rank):
    return {"displayOnLoad": True, "inCaption": True, "browsable": True, "editMode": "advanced", "name": name,
            "color": color, "iconClass": "Drop", "popupShape": "Default", "popupTemplate": "Default",
            "remoteData": {}, "type": "Default", "rank": rank}


SETTINGS = {
    "name": "Club Dév Eco CRPV : expériences inspirantes de développement économique dans les quartiers",
    "description": "Carte collaborative des expériences repérées par les centres de ressources politique de la ville du Club Dév Eco. Cliquez sur un point pour lire la fiche.",
    "zoom": 6, "easing": False, "licence": "Open Database License (ODbL)", "onLoadPanel": "caption",
    "captionBar": True, "miniMap": False, "slideshow": {}, "limitBounds": {}, "fullscreenControl": True,
    "tilelayer": {"name": "OpenStreetMap", "url_template": "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
                  "attribution": "map data © [[http://osm.org/copyright|OpenStreetMap contributors]] under ODbL",
                  "minZoom": 0, "maxZoom": 19},
}
CENTER = {"type": "Point", "coordinates": [2.6367, 46.8]}


def write_json(rel, data):
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def slug(text):
    import re, unicodedata
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def centroid(geometry):
    c = geometry["coordinates"]
    if geometry["type"] == "Point":
        return c[1], c[0]
    if geometry["type"] == "Polygon":  # a rectangle: its centre
        xs, ys = [p[0] for p in c[0][:-1]], [p[1] for p in c[0][:-1]]
        return (min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2
    total = sx = sy = 0.0
    for (x1, y1), (x2, y2) in zip(c, c[1:]):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        total += length; sx += length * (x1 + x2) / 2; sy += length * (y1 + y2) / 2
    return sy / total, sx / total


def main():
    layers, datalayers_meta, expected = [], [], []
    for rank, (name, uuid, color, features) in enumerate(LAYERS):
        feats = [feature(*f) for f in features]
        options = layer_options(name, uuid, color, rank)
        layers.append({"type": "FeatureCollection", "features": feats, "_umap_options": options})
        datalayers_meta.append({**options, "id": uuid})
        write_json(f"data/datalayer_{uuid}.json",
                   {"type": "FeatureCollection", "features": feats, "_umap_options": {**options, "id": uuid}})
        for fid, fname, geometry, description, props in features:
            if not fname:
                continue
            lat, lon = centroid(geometry)
            key = fid or f"{slug(fname)}_{lat:.4f}_{lon:.4f}"
            links = CANONICAL_LINKS[fname]
            expected.append({
                "url": f"{MAP_URL}#{key}", "title": fname, "date": None, "doc_type": "expérience",
                "tags": [name], "attachments": sum(1 for u, _ in links if u.endswith(".pdf")),
                "pdf_phrases": [], "latitude": round(lat, 6), "longitude": round(lon, 6),
                "geometry": geometry["type"], "links": [u for u, _ in links],
                "joins": [u for u, joined in links if joined],
                "has_description": bool(description),
            })
    download = {"type": "umap", "uri": MAP_URL, "properties": SETTINGS, "geometry": CENTER, "layers": layers}
    write_json("data/umap_backup_club-dev-eco.umap.json", download)
    geojson = {"type": "Feature", "geometry": CENTER,
               "properties": {**SETTINGS, "umap_id": MAP_ID, "datalayers": datalayers_meta,
                              "permissions": {"edit_status": 3, "share_status": 1,
                                              "owner": {"id": 48213, "name": "clubdeveco", "url": "/fr/user/clubdeveco/"}},
                              "urls": {"map_download": "/map/{map_id}/download/",
                                       "datalayer_view": "/{lang}/datalayer/{map_id}/{pk}/"}}}
    write_json("data/map_171627_geojson.json", geojson)
    routes = {
        f"/map/{MAP_ID}/download/": {"file": "data/umap_backup_club-dev-eco.umap.json", "headers": {
            "Content-Type": "application/json",
            "Content-Disposition": f'attachment; filename="umap_backup_{SLUG}.umap"'}},
        f"/fr/map/{MAP_ID}/geojson/": {"file": "data/map_171627_geojson.json"},
        f"/map/{MAP_ID}/geojson/": {"redirect": f"/fr/map/{MAP_ID}/geojson/", "status": 302},
        f"/m/{MAP_ID}/": {"redirect": f"/fr/map/{SLUG}_{MAP_ID}", "status": 301},
    }
    for _, uuid, _, _ in LAYERS:
        routes[f"/fr/datalayer/{MAP_ID}/{uuid}/"] = {"file": f"data/datalayer_{uuid}.json",
                                                     "headers": {"Content-Type": "application/geo+json"}}
    (OUT / "_site.json").write_text(json.dumps({"routes": routes}, ensure_ascii=False, indent=2) + "\n")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /*/map/anonymous-edit/\nDisallow: /*/map/*/update/\nDisallow: /ajax-proxy/\n"
        "Disallow: /*/login/\nDisallow: /admin/\n")
    map_page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{SETTINGS['name']} - uMap</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{SETTINGS['description']}">
<link rel="stylesheet" href="/static/umap/base.css">
<script src="/static/umap/js/umap.js" defer></script>
</head>
<body class="map_detail">
<div id="map"></div>
<script type="module">
const MAP = new U.Map("map", {json.dumps({"type": "Feature", "geometry": CENTER, "properties": {**SETTINGS, "umap_id": MAP_ID, "datalayers": datalayers_meta}}, ensure_ascii=False)});
</script>
</body>
</html>
"""
    (OUT / "fr" / "map").mkdir(parents=True, exist_ok=True)
    (OUT / "fr" / "map" / f"{SLUG}_{MAP_ID}.html").write_text(map_page)
    notes = (
        "uMap replica (map 171627, uMap 2.x). Channels: /map/171627/download/ (route: the whole map JSON, "
        "Content-Disposition attachment, 4 layers, each named in _umap_options.name); fallback "
        "/fr/map/171627/geojson/ (properties.datalayers with uuid ids) then /fr/datalayer/171627/<uuid>/ "
        "(application/geo+json). Traps: (1) identity: 13 features carry a uMap id (top-level 'id'), two do not "
        "(Mas du Taureau, Amiens): their key is slug(name)_lat_lon (4 decimals). (2) One unnamed marker (id Xk0Yy, "
        "no properties) is not a document. (3) Markup: [[url|label]], [[url]] (no label), a bare URL followed by a "
        "full stop (Vierzon: the '.' is not part of the URL), an image {{url|300}} (no link, no text), an embedded "
        "frame {{{url}}} (a link, no text), ## heading, * list items, **bold**, *italic*, an e-mail address that is "
        "not a link. (4) Links join corpus documents only once canonical: http://irev.fr/... (alias of www.irev.fr, "
        "Cofabrik) and a ?utm_source=umap&utm_medium=carte tail (Vénissieux). (5) Attachments: the Labo Cités guide "
        "PDF (/system/files/..., 302 to /sites/default/files/...) and IREV's Cofabrik PDF: the same files as in "
        "those replicas (stored once). (6) Geometry: one Polygon (Mirail, centroid of the rectangle) and one "
        "LineString (T4, length-weighted centroid); coordinates are [lon, lat]. (7) One feature without "
        "description (Clichy-sous-Bois): its body comes from its other properties (ville, porteur). (8) No date "
        "anywhere: date is null, date_source 'unknown'.")
    (OUT / "_expected.json").write_text(json.dumps({"notes": notes, "map_id": MAP_ID, "documents": expected},
                                                   ensure_ascii=False, indent=2) + "\n")


main()
