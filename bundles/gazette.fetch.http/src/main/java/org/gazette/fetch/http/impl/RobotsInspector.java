package org.gazette.fetch.http.impl;

import org.gazette.api.FetchException;

/** The fetcher's robots.txt knowledge, as the {@code gazette:robots} command shows it. Internal to this bundle. */
interface RobotsInspector {

    /**
     * @param host a host
     * @return its rules, read now (within {@code robotsTimeout}) when not known or expired
     * @throws FetchException when robots.txt could not be read in time or the host is blocked
     * @throws InterruptedException when interrupted
     */
    RobotsRules robots(HostKey host) throws FetchException, InterruptedException;

    /** @return the name robots.txt groups are matched against */
    String robotsAgent();

    /** @return whether fetches obey robots.txt ({@code obeyRobots}) */
    boolean obeysRobots();

    /** @return the Crawl-delay cap ({@code maxCrawlDelay}), in milliseconds */
    long maxCrawlDelayMillis();
}
