"""French dates in every shape the sources use, as ISO strings.

Values are "YYYY-MM-DD", "YYYY-MM" (month and year only) or "YYYY" (a bare year given as a
date). Matching runs on an accent-free, lower-case copy of the text, so "AOÛT", "aout" and
"août" are one month. Conservative by design: a lone year inside a sentence ("Rapport annuel
2019") is not a date, and impossible or implausible dates are dropped.
"""

import datetime as dt
import re
import unicodedata
from urllib.parse import unquote, urlsplit

MIN_YEAR, MAX_YEAR = 1990, 2100

# French names and abbreviations, without accents, plus the English ones RSS pubDate uses.
MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6,
    "juillet": 7, "juil": 7, "jul": 7,
    "aout": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR4 = r"(?P<year>\d{4})(?!\d)"

# Order does not matter: overlapping matches are resolved by position, longest first.
PATTERNS = [
    # ISO date, optionally with a time: 2022-08-09T10:00:00+02:00
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])"),
    # 2021/03/15, 2021.03.15
    re.compile(r"(?<![\d/.])(?P<year>\d{4})(?P<sep>[/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/]|\.\d)"),
    # 15/03/2021, 15.03.2021, 15-03-2021
    re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<mon>\d{1,2})(?P=sep)" + _YEAR4 + r"(?![/-]\d|\.\d)"),
    # 15/03/21: two-digit years only with slashes, the one common French short form
    re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<yy>\d{2})(?![\d/]|[.-]\d)"),
    # 9 août 2022, 1er mars 2019, lundi 18 octobre 2024, Tue, 12 Mar 2019 10:00:00 +0100
    re.compile(r"(?<![\d.,])(?P<day>\d{1,2}|1 ?er|1re)\s*" + _MONTH + r",?\s+" + _YEAR4),
    # avril 12, 2022: WordPress's default date format ("F j, Y") on French sites
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:er|st|nd|rd|th)?,\s*" + _YEAR4),
    # mars 2019, sept. 2020
    re.compile(r"\b" + _MONTH + r"\s+" + _YEAR4),
]
# A number right after "n°" is an issue number, not a day ("Les Echos n°17 juin 2018").
_ISSUE_NUMBER = re.compile(r"(?:\bn\s?°|\bno\.?|\bnum(?:ero)?\.?)\s*$")
# The whole text is a year given as a date: "2019", "Année de publication : 2019", "paru en 2019".
_BARE_YEAR = re.compile(
    r"^(?:(?:annee(?: de (?:publication|parution|edition))?|date(?: de (?:publication|parution))?"
    r"|publie|paru(?:tion)?|edition)\s*(?:en|:)?\s*)?(?P<year>\d{4})\.?$"
)
# WordPress /wp-content/uploads/2019/03/x.pdf and Drupal /files/.../2018-06/x.pdf
_UPLOAD_PATHS = [
    re.compile(r"/uploads/(?:sites/\d+/)?(?P<year>\d{4})/(?P<mon>\d{2})/"),
    re.compile(r"/files/(?:[^/]+/)*(?P<year>\d{4})-(?P<mon>\d{2})/"),
]
_PDF_DATE = re.compile(
    r"^(?:D:)?(?P<year>\d{4})(?P<mon>\d{2})?(?P<day>\d{2})?(?P<h>\d{2})?(?P<m>\d{2})?(?P<s>\d{2})?"
    r"(?P<tz>Z|[+-]\d{2}'?(?:\d{2}'?)?)?"
)


def _normalise(text: str) -> str:
    """Lower case, accents removed, every space plain (NFKD also turns "1ᵉʳ" into "1er")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The ISO string at the precision given, or None for an impossible date."""
    if not _plausible(year):
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _century(yy: int) -> int:
    """Two-digit years: 90-99 are the 1990s, the rest this century."""
    return 1900 + yy if yy >= 70 else 2000 + yy


def _value(match: re.Match, text: str) -> str | None:
    """The ISO value; "" for an impossible date (its span still hides the dates inside it,
    so "30 février 2021" does not become "2021-02"); None when the match is not a date."""
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else _century(int(parts["yy"]))
    month = MONTHS[parts["month"]] if parts.get("month") else int(parts["mon"])
    day = parts.get("day")
    if day is not None:
        if _ISSUE_NUMBER.search(text[: match.start("day")]):
            return None
        day = 1 if day.startswith("1") and not day.isdigit() else int(day)
    return _iso(year, month, day) or ""


def _matches(text: str) -> list[tuple[int, int, str]]:
    """Every candidate (start, end, value) over all patterns; value "" for impossible dates."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            value = _value(match, text)
            if value is not None:
                found.append((match.start(), match.end(), value))
    return found


def _dated(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of every date in the normalised text, in reading order."""
    found, end = [], -1
    # Earliest first, then longest, so "12 mars 2019" wins over the "mars 2019" inside it.
    for start, stop, value in sorted(_matches(text), key=lambda m: (m[0], -m[1])):
        if start >= end:
            if value:
                found.append((start, stop, value))
            end = stop
    return found


def find_dates(text: str | None) -> list[str]:
    """All dates in the text, in reading order."""
    if not text:
        return []
    return [value for _, _, value in _dated(_normalise(text))]


def parse_date(text: str | None) -> str | None:
    """The first date in the text, or None."""
    dates = find_dates(text)
    if dates:
        return dates[0]
    bare = _BARE_YEAR.match(_normalise(text or "").strip())
    return _iso(int(bare["year"])) if bare else None


# What stands right before a date in running text, matched on the normalised text that ends
# where the date begins: a label, then "le"/"en", punctuation and maybe a weekday ("jeu.").
_LABEL_END = (r"(?:\s+(?:le|en|au|on))?[\s:,.-]*"
              r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)"
              r"\.?[\s,]*)?$")
# A publication label: "Publié le", "Mis en ligne le", "Date de publication :", "Parution :",
# "Édition\n" (a dt/dd row), "publiée en".
_PUBLISHED_LABEL = re.compile(
    r"(?:\bpublie(?:e|s|es)?|\bpublication|\bmise? en ligne|\bparu(?:e|es|tion)?|\bedit(?:e|ee|ion)"
    r"|\bpostee? le|\bpublished(?: on)?|\bposted(?: on)?)" + _LABEL_END)
# A label announcing another kind of date: an update, a deadline, an event.
_OTHER_LABEL = re.compile(
    r"(?:\bmise? a jour|\bmaj|\bmodifie(?:e)?|\bmodification|\bactualise(?:e)?|\brevise(?:e)?|\bupdated"
    r"|\blimite(?: de \w+)?|\bcloture|\bjusqu'?(?:au|a)|\bavant le|\bau plus tard(?: le)?|\bdeadline"
    r"|\bdate (?:de (?:la |l'|d')?|du |des )?(?:rencontre|evenement|seance|atelier|formation|journee"
    r"|reunion|depot|candidature|debut|fin|cloture|session|manifestation|webinaire|seminaire)s?"
    r"|\baura lieu|\bse tiendra|\bse deroulera|\brendez-vous)" + _LABEL_END)
# A bare year is a date only after these: "Parution : 2019", "publié en 2018".
_YEAR_LABEL = re.compile(r"(?:\bpublie(?:e|s|es)?|\bpublication|\bparu(?:e|es|tion)?)(?:\s+en)?[\s:,.-]*$")
_LABEL_REACH = 60  # how far before a date its label may start
_LABELLED_YEAR = re.compile(r"(?<!\d)(?P<year>\d{4})(?![\d/.-])")


def published_date(text: str | None) -> str | None:
    """The first date the text announces as its publication date, or None: "Publié le 3 mars
    2021", "Date de publication : 02/05/2023", "Parution : décembre 2016", "Édition\\nmars
    2019" (a label above its value), "Parution : 2019" (a bare year after a label)."""
    if not text:
        return None
    norm = _normalise(text)
    dated = _dated(norm)
    candidates = [(start, value) for start, _, value in dated]
    candidates += [(m.start(), m["year"]) for m in _LABELLED_YEAR.finditer(norm)
                   if _plausible(int(m["year"])) and not any(a <= m.start() < b for a, b, _ in dated)]
    for start, value in sorted(candidates):
        label = _YEAR_LABEL if len(value) == 4 else _PUBLISHED_LABEL
        if label.search(norm[max(0, start - _LABEL_REACH):start]):
            return value
    return None


def first_date(text: str | None) -> str | None:
    """The first date in the text that is not announced as another kind of date (an update,
    a deadline, an event: "Mis à jour : 12/04/2022", "Date limite : 30 juin 2023"), or None."""
    if not text:
        return None
    norm, floor = _normalise(text), 0
    for start, stop, value in _dated(norm):
        if not _OTHER_LABEL.search(norm[max(floor, start - _LABEL_REACH):start]):
            return value
        floor = stop
    return None


def date_from_upload_path(url: str | None) -> str | None:
    """The "YYYY-MM" folder a CMS filed an upload under, or None."""
    if not url:
        return None
    path = unquote(urlsplit(url).path)
    for pattern in _UPLOAD_PATHS:
        match = pattern.search(path)
        if match:
            return _iso(int(match["year"]), int(match["mon"]))
    return None


def parse_pdf_date(value: str | bytes | None) -> str | None:
    """A PDF date ("D:20180615120000+02'00'") as ISO 8601 at the precision given, or None."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    match = _PDF_DATE.match((value or "").strip())
    if not match:
        return None
    p = match.groupdict()
    date = _iso(int(p["year"]), p["mon"] and int(p["mon"]), p["day"] and int(p["day"]))
    if not date or not p["h"]:
        return date
    try:
        time = dt.time(int(p["h"]), int(p["m"] or 0), int(p["s"] or 0))
    except ValueError:
        return date
    return f"{date}T{time.isoformat()}{_pdf_tz(p['tz'])}"


def _pdf_tz(tz: str | None) -> str:
    """PDF "+02'00'" / "Z" / "-05" as "+02:00" / "+00:00" / "-05:00"; "" when absent."""
    if not tz:
        return ""
    if tz == "Z":
        return "+00:00"
    digits = tz[1:].replace("'", "")
    return f"{tz[0]}{digits[:2]}:{(digits[2:4] or '00')}"


def year_of(date: str | None) -> int | None:
    """The year of an ISO date string ("2019-03-15", "2019-03", "2019"), or None."""
    match = re.match(r"(\d{4})(?:-|$)", date or "")
    return int(match[1]) if match and _plausible(int(match[1])) else None
