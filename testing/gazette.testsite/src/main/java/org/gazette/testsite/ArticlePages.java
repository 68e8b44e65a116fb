package org.gazette.testsite;

/** Article pages as served: rendered in the article's charset, validated by revision, cached. */
final class ArticlePages {

    private final ArticleTemplate template;
    private final PageCache cache;

    ArticlePages(ArticleTemplate template, PageCache cache) {
        this.template = template;
        this.cache = cache;
    }

    Representation page(Article a) {
        return cache.get(a.path, () -> {
            Article.Revision revision = a.revision();
            return Representation.of(template.render(a, revision).getBytes(a.charset),
                    "text/html; charset=" + Representation.headerName(a.charset), a.etag(revision), revision.modified(), true);
        });
    }
}
