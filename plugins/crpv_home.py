"""The home page's content (templates/index.html): newest documents, centres, themes, read from
the corpus by db/home.py when the home page is rendered."""

from datasette import hookimpl

from db.home import home_page


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html" or "corpus" not in datasette.databases:
        return None

    async def accueil():
        return {"accueil": await datasette.get_database("corpus").execute_fn(home_page)}

    return accueil
