package org.gazette.parse.html.impl;

import java.util.Locale;

import org.gazette.text.DateOrder;
import org.jsoup.nodes.Element;

/**
 * Whether a page writes numeric dates day first ("03/10/2023" is 3 October) or month first
 * (March 10), from the locale it declares: {@code <html lang>}, {@code content-language},
 * {@code og:locale}, then the language of the {@code <link rel="alternate" hreflang>} that points
 * to the page itself (its address or its canonical one) (sites that say "en" in their {@code lang} often name the region there:
 * {@code hreflang="en-GB"}), the first that tells ({@link DateOrder#ofLocale}); and only when none
 * does, the country of the site's domain ({@link DateOrder#ofHost}).
 */
final class PageDateOrders {

    private PageDateOrders() {
    }

    /**
     * @param page the page
     * @return its order of day and month, {@link DateOrder#UNKNOWN} when nothing tells
     */
    static DateOrder of(Page page) {
        Element html = page.doc().firstElementChild();
        DateOrder order = DateOrder.ofLocale(html == null ? null : html.attr("lang"));
        if (order == DateOrder.UNKNOWN) {
            order = ofMeta(page.meta().first("content-language", "language", "og:locale"));
        }
        if (order == DateOrder.UNKNOWN) {
            order = DateOrder.ofLocale(ownAlternateLanguage(page));
        }
        return order != DateOrder.UNKNOWN ? order : DateOrder.ofHost(page.host());
    }

    private static DateOrder ofMeta(Pick<String> locale) {
        return DateOrder.ofLocale(locale == null ? null : locale.value());
    }

    /** @return the {@code hreflang} of a {@code <link rel="alternate">} in the head whose address is the page's, or {@code null} */
    private static String ownAlternateLanguage(Page page) {
        String location = address(page.doc().location());
        String canonical = null;
        for (Element link : page.doc().head().children()) {
            if (link.normalName().equals("link") && link.hasAttr("hreflang")
                    && link.attr("rel").trim().equalsIgnoreCase("alternate")) {
                String target = address(page.absolute(link.attr("href")));
                if (canonical == null) {
                    Pick<String> c = PageMetadata.canonicalUrl(page);
                    canonical = address(c == null ? null : c.value());
                }
                if (!target.isEmpty() && (target.equals(location) || target.equals(canonical))) {
                    return link.attr("hreflang");
                }
            }
        }
        return null;
    }

    /** @return a URL without scheme, {@code www.}, query, fragment and final slash, in lower case, for comparison */
    private static String address(String url) {
        if (url == null) {
            return "";
        }
        String a = url.toLowerCase(Locale.ROOT);
        int cut = a.indexOf('?');
        a = cut >= 0 ? a.substring(0, cut) : a;
        cut = a.indexOf('#');
        a = cut >= 0 ? a.substring(0, cut) : a;
        int scheme = a.indexOf("://");
        a = scheme >= 0 ? a.substring(scheme + 3) : a;
        a = a.startsWith("www.") ? a.substring(4) : a;
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }
}
