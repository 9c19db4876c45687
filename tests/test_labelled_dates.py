"""Dates in running text and what their labels say: the publication date, or another date
(an update, a deadline, an event) that must not be taken for it."""

import pytest

from extract.dates import first_date, parse_date, published_date


@pytest.mark.parametrize("text, expected", [
    ("Publié le 3 mars 2021", "2021-03-03"),
    ("Mis en ligne le 14/10/2014 - Rubrique : Études", "2014-10-14"),
    ("Mise en ligne : mars 2019", "2019-03"),
    ("Date de publication : 02/05/2023", "2023-05-02"),
    ("Parution : 5 décembre 2016", "2016-12-05"),
    ("Type de document\nÉtude\nÉdition\nmars 2019", "2019-03"),  # a dt/dd row
    ("Publication : 14 juin 2021", "2021-06-14"),
    ("Paru en 2019", "2019"),
    ("Posté le 12/03/2020", "2020-03-12"),
    ("Date limite : 30 juin 2023. Date de publication : 02/05/2023", "2023-05-02"),
    ("Bilan de l'édition 2022", None),             # a year after "édition" names an edition
    ("la troisième édition de l'appel 2023", None),
    ("Le 14 octobre 2021, les participants", None),  # no label at all
    ("", None), (None, None),
])
def test_published_date(text, expected):
    assert published_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mis à jour : 12/04/2022\nÉdition : mars 2019", "2019-03"),
    ("Date limite de candidature : 30 juin 2023 – Publié le 2 mai 2023", "2023-05-02"),
    ("Date de la rencontre : jeu 14/10/2021 - 14:00", None),
    ("Par Équipe CRPV, 5 novembre, 2021 Date de la rencontre jeu 14/10/2021", "2021-11-05"),
    ("Dernière modification : 10 juin 2022", None),
    ("Inscriptions jusqu'au 30 septembre 2022", None),
    ("La rencontre aura lieu le 20 avril 2023 à Avignon", None),
    ("Le 9 juin 2022, le réseau s'est réuni", "2022-06-09"),
    ("", None), (None, None),
])
def test_first_date_skips_other_kinds_of_dates(text, expected):
    assert first_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("avril 12, 2022", "2022-04-12"),      # WordPress's default "F j, Y" on a French site
    ("juin 1st, 2020", "2020-06-01"),
    ("mai 15 000 habitants", None),
])
def test_month_day_year(text, expected):
    assert parse_date(text) == expected
