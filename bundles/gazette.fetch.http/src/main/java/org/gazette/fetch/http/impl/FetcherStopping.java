package org.gazette.fetch.http.impl;

import java.io.IOException;

/** An exchange aborted because the fetcher is stopping (deactivated or reconfigured): not the URL's fault. */
final class FetcherStopping extends IOException {
    private static final long serialVersionUID = 1L;

    FetcherStopping() {
        super("the fetcher is stopping");
    }
}
