package org.gazette.features.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs, starts and removes bundles named by coordinates, from the repository folder. A bundle
 * already present with the same symbolic name and version (from {@code system/} or another
 * feature) is used as it is; only bundles installed here are ever uninstalled here.
 */
final class BundleInstaller {
    static final String LOCATION_PREFIX = "gazette-feature:";
    private final BundleContext context;
    private final Path repository;

    BundleInstaller(BundleContext context, Path repository) {
        this.context = context;
        this.repository = repository;
    }

    /** Installs what is missing; on failure uninstalls what this call installed and throws. */
    List<Bundle> install(Collection<Coordinate> coordinates, List<Bundle> installedNow) throws IOException, BundleException {
        List<Bundle> all = new ArrayList<>();
        try {
            for (Coordinate c : coordinates) {
                Bundle b = find(c);
                if (b == null) {
                    Path jar = repository.resolve(c.fileName());
                    if (!Files.isRegularFile(jar)) {
                        throw new IOException("bundle " + c + " is not in the repository: " + jar + " is missing");
                    }
                    try (InputStream in = Files.newInputStream(jar)) {
                        b = context.installBundle(LOCATION_PREFIX + c, in);
                    }
                    installedNow.add(b);
                }
                all.add(b);
            }
            return all;
        } catch (IOException | BundleException | RuntimeException e) {
            uninstall(installedNow);
            installedNow.clear();
            throw e;
        }
    }

    /** Starts the bundles (fragments are only resolved); the first failure is thrown with the bundle's name. */
    void start(List<Bundle> bundles) throws BundleException {
        for (Bundle b : bundles) {
            if (b.getHeaders("").get("Fragment-Host") == null && b.getState() != Bundle.ACTIVE) {
                try {
                    b.start();
                } catch (BundleException e) {
                    throw new BundleException("cannot start " + b.getSymbolicName() + " " + b.getVersion() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    void uninstall(List<Bundle> bundles) {
        for (Bundle b : bundles) {
            try {
                if (b.getState() != Bundle.UNINSTALLED) {
                    b.uninstall();
                }
            } catch (BundleException | IllegalStateException e) {
                // already gone or cannot be removed: nothing more to do here
            }
        }
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
    }

    /** The installed bundle for these coordinates, or null. */
    Bundle find(Coordinate c) throws IOException {
        String location = LOCATION_PREFIX + c;
        for (Bundle b : context.getBundles()) {
            if (location.equals(b.getLocation())) {
                return b;
            }
        }
        Path jar = repository.resolve(c.fileName());
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        Manifest m;
        try (JarFile jf = new JarFile(jar.toFile())) {
            m = jf.getManifest();
        }
        String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
        if (bsn == null) {
            throw new IOException(jar + " is not an OSGi bundle (no Bundle-SymbolicName)");
        }
        bsn = bsn.split(";")[0].trim();
        Version v = Version.parseVersion(m.getMainAttributes().getValue("Bundle-Version"));
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && v.equals(b.getVersion())) {
                return b;
            }
        }
        return null;
    }

    static boolean owned(Bundle b) {
        return b.getLocation().startsWith(LOCATION_PREFIX);
    }
}
