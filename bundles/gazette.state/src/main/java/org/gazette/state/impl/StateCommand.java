package org.gazette.state.impl;

import org.apache.felix.service.command.Descriptor;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Gogo command {@code gazette:state}: where the state lives and how many URLs are in each state. */
@Component(service = StateCommand.class, property = {"osgi.command.scope=gazette", "osgi.command.function=state"})
public final class StateCommand {
    private final StateStore store;

    /** @param store the state store */
    @Activate
    public StateCommand(@Reference StateStore store) {
        this.store = store;
    }

    /** @return the location and a table of URL counts per state */
    @Descriptor("Show where the state store is and how many URLs it holds in each state")
    public String state() {
        long[] counts = store.countUrls();
        StringBuilder sb = new StringBuilder("Location: ").append(store.location()).append('\n');
        int width = "TOTAL".length();
        for (UrlState s : UrlState.values()) {
            width = Math.max(width, s.name().length());
        }
        sb.append(String.format("%-" + width + "s  %s\n", "STATE", "URLS"));
        long total = 0;
        for (UrlState s : UrlState.values()) {
            long n = s.ordinal() < counts.length ? counts[s.ordinal()] : 0;
            total += n;
            sb.append(String.format("%-" + width + "s  %d\n", s.name(), n));
        }
        sb.append(String.format("%-" + width + "s  %d\n", "TOTAL", total));
        return sb.toString();
    }
}
