package org.gazette.engine.impl;

import java.util.function.BooleanSupplier;

/** Where emitted items enter the pipeline. */
interface ItemSink {

    /**
     * Admits the item, waiting for room while the pipeline is full.
     *
     * @return false when {@code cancelled} turned true while waiting
     */
    boolean accept(Item item, BooleanSupplier cancelled) throws InterruptedException;
}
