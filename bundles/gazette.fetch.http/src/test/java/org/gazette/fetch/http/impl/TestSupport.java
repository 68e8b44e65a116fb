package org.gazette.fetch.http.impl;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gazette.api.model.FetchRequest;
import org.osgi.service.log.Logger;

/** Configurations, requests and a recording logger for the tests. */
final class TestSupport {

    private TestSupport() {
    }

    /**
     * @param overrides property name (as the {@link HttpFetcher.Config} method is named) and value, alternating
     * @return the configuration: the annotation's defaults with the overrides, and tests' usual changes
     *         (no delay between requests, short backoff, no jitter) unless overridden
     */
    static HttpFetcher.Config config(Object... overrides) {
        Map<String, Object> values = new HashMap<>();
        values.put("minDelay", "0");
        values.put("backoffBase", "100ms");
        values.put("backoffMax", "10s");
        values.put("backoffJitter", 0.0);
        values.put("robotsTimeout", "5s");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return (HttpFetcher.Config) Proxy.newProxyInstance(HttpFetcher.Config.class.getClassLoader(),
                new Class<?>[] {HttpFetcher.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HttpFetcher.Config.class;
                    }
                    if (values.containsKey(method.getName())) {
                        return values.get(method.getName());
                    }
                    return method.getDefaultValue();
                });
    }

    static FetchRequest request(String url, long timeoutMillis) {
        FetchRequest request = new FetchRequest();
        request.url = url;
        request.sourceId = "test-source";
        request.timeoutMillis = timeoutMillis;
        return request;
    }

    /** A logger that keeps "level: format" lines. */
    static Logger logger(List<String> lines) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getReturnType() == boolean.class) {
                        return true;
                    }
                    if (method.getReturnType() == String.class) {
                        return "test";
                    }
                    if (args != null && args.length > 0 && args[0] instanceof String format) {
                        lines.add(method.getName() + ": " + format);
                    }
                    return null;
                });
    }

    static Logger logger() {
        return logger(new CopyOnWriteArrayList<>());
    }
}
