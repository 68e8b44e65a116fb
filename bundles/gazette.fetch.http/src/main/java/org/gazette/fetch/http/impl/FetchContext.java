package org.gazette.fetch.http.impl;

/**
 * What every fetch of one fetcher shares.
 *
 * @param settings the configuration
 * @param transport the HTTP client
 * @param gate politeness per host
 * @param robots the robots.txt rules of the hosts seen
 * @param backoff when to retry
 */
record FetchContext(FetchSettings settings, Transport transport, PolitenessGate gate, RobotsCache robots, Backoff backoff) {
}
