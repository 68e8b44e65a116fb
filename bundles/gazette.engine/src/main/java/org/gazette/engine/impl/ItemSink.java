package org.gazette.engine.impl;

import java.util.function.BooleanSupplier;

/** Where emitted items enter the pipeline. */
interface ItemSink {

    /**
     * Admits the item, waiting for room while the pipeline is full.
     *
     * @return what became of it; {@link Frontier.Admit#REFUSED} when {@code cancelled} turned true while waiting
     * @throws IllegalArgumentException when its URL is malformed
     */
    Frontier.Admit accept(Item item, BooleanSupplier cancelled) throws InterruptedException;
}
