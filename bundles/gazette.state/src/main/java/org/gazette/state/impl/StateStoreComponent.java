package org.gazette.state.impl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateException;
import org.gazette.api.state.StateStore;
import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;
import org.gazette.support.InvalidPropertyException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link StateStore} service. Without configuration it is an embedded H2 database in
 * {@code <gazette.home>/data/state}; configured ({@value #PID}) with a {@code jdbc:postgresql:} URL it is
 * that PostgreSQL database, which several runtimes may share. A changed configuration deactivates the
 * component and activates it again on the new store. A store that cannot be opened fails activation
 * with a message naming it.
 */
// immediate: the store is opened at start, so that a store that cannot be opened fails at once and
// its service is never offered (a delayed component would register it and fail on first use)
@Component(configurationPid = StateStoreComponent.PID, service = StateStore.class, immediate = true)
@Designate(ocd = StateStoreComponent.Config.class)
public final class StateStoreComponent implements StateStore {

    /** The configuration PID. */
    public static final String PID = "org.gazette.state";

    /** Configuration of the state store. */
    @ObjectClassDefinition(name = "Gazette state store",
            description = "Where Gazette keeps the URLs it has seen and the state of its stages. Without configuration: an embedded H2 database in <gazette.home>/data/state.")
    @interface Config {

        @AttributeDefinition(name = "JDBC URL",
                description = "Empty: the embedded H2 database. jdbc:postgresql://HOST:PORT/DATABASE: that PostgreSQL database (needs the org.postgresql.jdbc bundle).")
        String url() default "";

        @AttributeDefinition(name = "User", description = "PostgreSQL user (not used by the embedded store).")
        String user() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
                description = "PostgreSQL password (not used by the embedded store). Never shown in messages.")
        String password() default "";

        @AttributeDefinition(name = "Pool size", description = "Most connections open at once, 1 to 64.")
        int poolSize() default 4;

        @AttributeDefinition(name = "Connect timeout",
                description = "Longest wait to open a connection (and to check an idle one): 10s, 1m, 500ms.")
        String connectTimeout() default "10s";

        @AttributeDefinition(name = "Acquire timeout",
                description = "Longest wait for a free connection when all of the pool are in use.")
        String acquireTimeout() default "10s";

        @AttributeDefinition(name = "Statement timeout",
                description = "Longest run of one statement, waits for locks included; longer ones fail with a StateException.")
        String statementTimeout() default "30s";
    }

    private final JdbcStateStore store;

    /**
     * @param config the configuration
     * @param context gives the framework property {@code gazette.home}
     * @param log the log
     */
    @Activate
    public StateStoreComponent(Config config, BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this(config, context::getProperty, log);
    }

    /**
     * @param config the configuration
     * @param frameworkProperties framework properties by name
     * @param log the log
     * @throws InvalidPropertyException when a property has a value that cannot be used
     * @throws StateException when the store cannot be opened
     */
    StateStoreComponent(Config config, UnaryOperator<String> frameworkProperties, Logger log) {
        String home = frameworkProperties.apply("gazette.home");
        Path base = home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
        StoreSettings settings = StoreSettings.of(config.url(), config.user(), config.password(), base, config.poolSize(),
                config.connectTimeout(), config.acquireTimeout(), config.statementTimeout());
        try {
            store = JdbcStateStore.open(settings);
        } catch (StateException e) {
            // the log keeps the whole chain; the exception SCR records ends in this one sentence, which
            // the runtime's problem report shows (it shows the innermost cause)
            log.error("{}", e.getMessage(), e);
            throw new StateException(e.getMessage(), null);
        }
        log.info("state store open: {} (schema version {} found, {} now)", store.location(), store.schemaVersionFound(),
                Schema.currentVersion(settings.dialect()));
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public UrlRecord url(String url) {
        return store.url(url);
    }

    @Override
    public boolean insertUrl(UrlRecord record) {
        return store.insertUrl(record);
    }

    @Override
    public void saveUrl(UrlRecord record) {
        store.saveUrl(record);
    }

    @Override
    public List<UrlRecord> urls(UrlState state, int limit) {
        return store.urls(state, limit);
    }

    @Override
    public long[] countUrls() {
        return store.countUrls();
    }

    @Override
    public KeyValue namespace(String name) {
        return store.namespace(name);
    }

    @Override
    public String location() {
        return store.location();
    }
}
