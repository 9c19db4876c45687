from crawlers.platforms.generic import GenericSpider


class TrajectoireRessourcesSpider(GenericSpider):
    """Guess: a Joomla-like site. Joomla has no core sitemap (an extension may add one), gives RSS
    on category blogs with `?format=feed&type=rss`, and names articles `/<menu>/<id>-<alias>`;
    selectors are Joomla 3/4 defaults. To verify with `crpv probe trajectoire-ressources`."""

    name = "trajectoire-ressources"
    display_name = "Trajectoire Ressources"
    region = "Bourgogne-Franche-Comté"
    homepage = "https://ressources-ville.org/"
    hosts = ("ressources-ville.org", "www.ressources-ville.org")
    address_confirmed = False
    enabled = False
    feed_paths = ("/?format=feed&type=rss",)
    item_url_patterns = (r"^/(?:index\.php/)?(?:[\w-]+/)*\d+-[\w-]+(?:\.html)?$",)
    title_selectors = (".page-header h1", ".page-header h2", "h1", "h2[itemprop=headline]")
    body_selectors = ("[itemprop=articleBody]", ".item-page")
    date_selectors = ("dd.published time", "time[itemprop=datePublished]", "time[datetime]")
    tag_selectors = (".tags a",)
    default_doc_type = "publication"
