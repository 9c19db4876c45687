"""French dates: every shape the sources use, and what must not be read as a date."""

import pytest

from extract.dates import date_from_upload_path, find_dates, parse_date, parse_pdf_date, year_of


@pytest.mark.parametrize("text, expected", [
    # ISO, with and without time
    ("2022-08-09T10:00:00+02:00", "2022-08-09"),
    ("2022-08-09", "2022-08-09"),
    ("2022-08-09 10:00:00", "2022-08-09"),
    ("2018-06-20T09:30:00+0200", "2018-06-20"),
    ("2021-03-15T09:00:00Z", "2021-03-15"),
    # long French dates
    ("9 août 2022", "2022-08-09"),
    ("18 octobre 2024", "2024-10-18"),
    ("1er mars 2019", "2019-03-01"),
    ("1 er mars 2019", "2019-03-01"),
    ("1ᵉʳ mars 2019", "2019-03-01"),
    ("1re semaine : 1er juin 2020", "2020-06-01"),
    ("lundi 18 octobre 2024", "2024-10-18"),
    ("Mercredi 31 mai 2017", "2017-05-31"),
    ("Publié le 9 août 2022", "2022-08-09"),
    ("le 02 janvier 2020 à 10h", "2020-01-02"),
    # case, accents, spaces
    ("18 OCTOBRE 2024", "2024-10-18"),
    ("9 AOÛT 2022", "2022-08-09"),
    ("9 aout 2022", "2022-08-09"),
    ("3 fevrier 2021", "2021-02-03"),
    ("3 février 2021", "2021-02-03"),
    ("24 decembre 2019", "2019-12-24"),
    ("24\u00a0décembre\u00a02019", "2019-12-24"),
    ("24\u202fdécembre 2019", "2019-12-24"),
    ("14 Juillet 2021", "2021-07-14"),
    # abbreviations
    ("12 janv. 2020", "2020-01-12"),
    ("3 févr. 2021", "2021-02-03"),
    ("3 fév. 2021", "2021-02-03"),
    ("7 avr. 2018", "2018-04-07"),
    ("14 juil. 2021", "2021-07-14"),
    ("30 sept. 2020", "2020-09-30"),
    ("30 sept 2020", "2020-09-30"),
    ("5 oct. 2023", "2023-10-05"),
    ("11 nov. 2018", "2018-11-11"),
    ("25 déc. 2019", "2019-12-25"),
    ("25 DÉC. 2019", "2019-12-25"),
    # numeric
    ("15/03/2021", "2021-03-15"),
    ("Publié le 15/03/2021", "2021-03-15"),
    ("15.03.2021", "2021-03-15"),
    ("15-03-2021", "2021-03-15"),
    ("5/3/2021", "2021-03-05"),
    ("15/03/21", "2021-03-15"),
    ("15/03/98", "1998-03-15"),
    ("2021/03/15", "2021-03-15"),
    ("29/02/2020", "2020-02-29"),
    # month and year only
    ("mars 2019", "2019-03"),
    ("Mars 2019", "2019-03"),
    ("sept. 2020", "2020-09"),
    ("Lettre d'information de juin 2018", "2018-06"),
    ("Les Echos n°17, juin 2018", "2018-06"),
    ("Les Echos n°17 juin 2018", "2018-06"),
    # RSS pubDate (RFC 822)
    ("Tue, 12 Mar 2019 10:00:00 +0100", "2019-03-12"),
    ("Fri, 03 May 2024 08:00:00 GMT", "2024-05-03"),
    ("Mon, 5 Aug 2019 00:00:00 +0000", "2019-08-05"),
    # a bare year given as a date
    ("2019", "2019"),
    ("  2019 ", "2019"),
    ("Année de publication : 2019", "2019"),
    ("Année : 2019", "2019"),
    ("Paru en 2019", "2019"),
    # dates inside sentences
    ("La journée du 14 mars 2018 organisée à Saint-Chamond", "2018-03-14"),
    ("du 12 au 15 mars 2019", "2019-03-15"),
    ("loi n° 2014-173 du 21 février 2014", "2014-02-21"),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    None,
    "",
    "Rapport annuel 2019",
    "Programme 2017-2020",
    "2019-2020",
    "Tél. : 03 20 12 34 56",
    "Tél. : 03.20.12.34.56",
    "03-20-12-34-56",
    "Les Echos n°17",
    "n°17",
    "12,50 €",
    "1.500.000 €",
    "1 200 000 euros",
    "ISBN 978-2-11-1234",
    "décret 2021-1234",
    "31/02/2020",
    "30 février 2021",
    "32/01/2020",
    "15/13/2020",
    "00/01/2020",
    "15/03/1850",
    "12 mars 2150",
    "Marseille 2019",
    "9 août",
    "de 14 h à 17 h",
    "version 1.2.3",
    "99/99/99",
    "2022-13-01",
])
def test_no_date(text):
    assert parse_date(text) is None


def test_find_dates_in_order():
    text = "Publié le 15/03/2021 – mis à jour le 2 avril 2021. Prochaine édition : mai 2022."
    assert find_dates(text) == ["2021-03-15", "2021-04-02", "2022-05"]


def test_find_dates_prefers_the_longest_match():
    assert find_dates("le 12 mars 2019") == ["2019-03-12"]


def test_find_dates_skips_invalid_ones():
    assert find_dates("31/02/2020 puis 28/02/2020") == ["2020-02-28"]


def test_find_dates_empty():
    assert find_dates("Aucune date ici, seulement 2019 et le n°12.") == []


def test_first_date_wins():
    assert parse_date("Rencontre du 4 avril 2019, compte rendu publié le 10/05/2019") == "2019-04-04"


@pytest.mark.parametrize("url, expected", [
    ("https://www.villesaucarre.org/wp-content/uploads/2019/03/Pole-ESS-DesIdeesPourDemainVF.pdf", "2019-03"),
    ("https://resovilles.com/wp-content/uploads/2016/11/etude_stnazaire.pdf", "2016-11"),
    ("https://www.villesetterritoireslr.fr/site2015/wordpress/wp-content/uploads/2018/06/DOSSIER.pdf", "2018-06"),
    ("https://example.org/wp-content/uploads/sites/3/2020/01/x.pdf", "2020-01"),
    ("https://www.labo-cites.org/system/files/documents/publications/2018-06/LesEchos_LaboCites_17BD.pdf", "2018-06"),
    ("https://example.org/sites/default/files/2021-11/rapport.pdf", "2021-11"),
    ("https://example.org/sites/default/files/2021-11/rapport.pdf?download=1", "2021-11"),
    ("/wp-content/uploads/2019/03/x.pdf", "2019-03"),
    ("https://www.irev.fr/sites/default/files/atoms/files/parcours_cooperation-cofabrik.pdf", None),
    ("https://example.org/wp-content/uploads/2019/13/x.pdf", None),
    ("https://example.org/wp-content/uploads/1820/03/x.pdf", None),
    ("https://example.org/2019/03/article/", None),
    ("", None),
    (None, None),
])
def test_date_from_upload_path(url, expected):
    assert date_from_upload_path(url) == expected


@pytest.mark.parametrize("value, expected", [
    ("D:20180615120000+02'00'", "2018-06-15T12:00:00+02:00"),
    ("D:20180615120000+02'00", "2018-06-15T12:00:00+02:00"),
    ("D:20180615120000-05'00'", "2018-06-15T12:00:00-05:00"),
    ("D:20180615120000Z", "2018-06-15T12:00:00+00:00"),
    ("D:20180615120000Z00'00'", "2018-06-15T12:00:00+00:00"),
    ("D:20180615120000", "2018-06-15T12:00:00"),
    ("D:201806151200", "2018-06-15T12:00:00"),
    ("D:20180615", "2018-06-15"),
    ("D:201806", "2018-06"),
    ("D:2018", "2018"),
    ("20180615120000+02'00'", "2018-06-15T12:00:00+02:00"),
    (b"D:20180615120000+02'00'", "2018-06-15T12:00:00+02:00"),
    ("D:20181315120000", None),
    ("D:20180615250000", "2018-06-15"),
    ("garbage", None),
    ("", None),
    (None, None),
])
def test_parse_pdf_date(value, expected):
    assert parse_pdf_date(value) == expected


@pytest.mark.parametrize("date, expected", [
    ("2019-03-15", 2019), ("2019-03", 2019), ("2019", 2019), ("2019-03-15T10:00:00+02:00", 2019),
    (None, None), ("", None), ("mars 2019", None), ("20190315", None), ("1850", None),
])
def test_year_of(date, expected):
    assert year_of(date) == expected
