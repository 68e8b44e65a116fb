package org.gazette.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleWiring;

/**
 * One running Gazette: an Apache Felix framework with every bundle of {@code system/} started.
 * The boot features are installed by the {@code gazette.features} bundle, and start-up is reported
 * by the {@code Readiness} service of {@code gazette.runtime}.
 */
final class Gazette implements AutoCloseable {
    private static final String READINESS = "org.gazette.api.runtime.Readiness";
    /** Started last, so that the configurations it reads from deploy/ meet running components. */
    private static final String FILEINSTALL = "org.apache.felix.fileinstall";
    private static final String JLINE = "org.jline";
    private final Framework framework;

    private Gazette(Framework framework) {
        this.framework = framework;
    }

    static Gazette start(Home home, boolean interactive, Map<String, String> overrides) throws IOException, BundleException {
        home.prepare();
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(FrameworkProperties.of(home, interactive, overrides));
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(home.dist.resolve("system"), "*.jar")) {
            List<Path> sorted = new ArrayList<>();
            jars.forEach(sorted::add);
            sorted.sort(null);
            for (Path jar : sorted) {
                try (InputStream in = Files.newInputStream(jar)) {
                    bundles.add(context.installBundle(jar.toUri().toString(), in));
                }
            }
        }
        framework.start();
        bundles.sort((a, b) -> Boolean.compare(FILEINSTALL.equals(a.getSymbolicName()), FILEINSTALL.equals(b.getSymbolicName())));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            // JLine finds its terminal providers (exec, ffm, jni) through the context class loader;
            // without this the console gets a dumb terminal: no line editing, history or completion.
            thread.setContextClassLoader(classLoaderOf(bundles, JLINE, previous));
            for (Bundle b : bundles) {
                if (b.getHeaders("").get("Fragment-Host") == null) {
                    b.start();
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new Gazette(framework);
    }

    private static ClassLoader classLoaderOf(List<Bundle> bundles, String symbolicName, ClassLoader fallback) {
        for (Bundle b : bundles) {
            if (symbolicName.equals(b.getSymbolicName())) {
                try {
                    b.start();
                    BundleWiring wiring = b.adapt(BundleWiring.class);
                    if (wiring != null) {
                        return wiring.getClassLoader();
                    }
                } catch (BundleException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    /** Waits for the runtime's readiness report. */
    ReadyReport awaitReady(Duration timeout) throws InterruptedException {
        BundleContext context = framework.getBundleContext();
        Object signal = new Object();
        ServiceListener listener = e -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        };
        try {
            context.addServiceListener(listener, "(objectClass=" + READINESS + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                ServiceReference<?> ref = Services.any(context, READINESS);
                if (ref != null) {
                    Object problems = ref.getProperty("gazette.problems");
                    return new ReadyReport(Boolean.TRUE.equals(ref.getProperty("gazette.ready")),
                            problems instanceof String[] a ? Arrays.asList(a) : List.of(), sinceJvmStart());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new ReadyReport(false, List.of("no readiness report within " + timeout.toSeconds()
                            + " s (is the gazette.runtime bundle in system/?)"), sinceJvmStart());
                }
                synchronized (signal) {
                    signal.wait(Math.max(1, Math.min(100, left / 1_000_000)));
                }
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }

    String execute(String commandLine) throws Exception {
        return GogoSession.execute(framework.getBundleContext(), commandLine);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Blocks until the framework has stopped (from the console, or {@link #close}). */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework: components deactivate, exporters flush. */
    @Override
    public void close() throws BundleException, InterruptedException {
        if (framework.getState() == Bundle.ACTIVE || framework.getState() == Bundle.STARTING) {
            framework.stop();
        }
        framework.waitForStop(Duration.ofMinutes(1).toMillis());
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
