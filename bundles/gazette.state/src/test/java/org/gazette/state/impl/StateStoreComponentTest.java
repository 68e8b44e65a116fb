package org.gazette.state.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.gazette.api.state.StateException;
import org.gazette.api.state.UrlState;
import org.gazette.support.InvalidPropertyException;
import org.gazette.testkit.Configs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

class StateStoreComponentTest {
    @TempDir
    Path home;

    @Test
    void withoutConfigurationItIsTheEmbeddedStoreInTheHome() {
        StateStoreComponent c = new StateStoreComponent(Configs.of(StateStoreComponent.Config.class), homeProperty(), quietLogger());
        try {
            assertEquals("h2:" + home.toAbsolutePath().resolve("data/state/gazette"), c.location());
            assertTrue(c.insertUrl(Records.queued("a", 0)));
            assertEquals(1, c.countUrls()[UrlState.QUEUED.ordinal()]);
            c.namespace("n").put("k", "v");
            assertEquals("v", c.namespace("n").get("k"));
            assertEquals(1, c.urls(UrlState.QUEUED, 5).size());
        } finally {
            c.deactivate();
        }
        StateStoreComponent again = new StateStoreComponent(Configs.of(StateStoreComponent.Config.class), homeProperty(), quietLogger());
        try {
            assertEquals("https://news.example/a", again.url("https://news.example/a").url);
        } finally {
            again.deactivate();
        }
    }

    @Test
    void invalidConfigurationFailsActivationNamingTheProperty() {
        InvalidPropertyException e = assertThrows(InvalidPropertyException.class,
                () -> new StateStoreComponent(Configs.of(StateStoreComponent.Config.class, "poolSize", 0), homeProperty(), quietLogger()));
        assertEquals("poolSize", e.property());
    }

    @Test
    void anUnreachablePostgresFailsActivationNamingTheUrlButNotThePassword() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/gazette";
        StateException e = assertThrows(StateException.class, () -> new StateStoreComponent(
                Configs.of(StateStoreComponent.Config.class, "url", url + "?password=secret", "password", "secret", "connectTimeout", "2s"), homeProperty(),
                quietLogger()));
        assertTrue(e.getMessage().startsWith("cannot open the state store " + url + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    private java.util.function.UnaryOperator<String> homeProperty() {
        return name -> name.equals("gazette.home") ? home.toString() : null;
    }

    static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "test" : null);
    }
}
