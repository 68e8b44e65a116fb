package org.gazette.parse.html.impl;

/**
 * The domain a site registered, as titles name the site ("Deals | Acme.com" on
 * {@code promotions.acme.com}): the host from its {@link Page#domainLabel() domain label} on,
 * without the subdomains before it.
 */
final class RegisteredDomains {

    private RegisteredDomains() {
    }

    /**
     * @param host the page's host, lower case, without {@code www.}
     * @param label the host's domain label ({@code acme} for {@code promotions.acme.co.uk})
     * @return the registered domain ({@code acme.co.uk}), or {@code null} when the host has no such label
     */
    static String of(String host, String label) {
        if (host == null || label == null || label.isEmpty()) {
            return null;
        }
        if (host.startsWith(label + ".")) {
            return host;
        }
        int at = host.indexOf("." + label + ".");
        return at < 0 ? null : host.substring(at + 1);
    }
}
