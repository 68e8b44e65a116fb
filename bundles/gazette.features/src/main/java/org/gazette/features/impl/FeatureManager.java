package org.gazette.features.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gazette.api.runtime.FeatureDTO;
import org.gazette.api.runtime.FeatureService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Installs the boot features when it starts, and features on demand. A feature's bundles are all
 * installed before any is started, so they resolve together; if one fails, what was installed for
 * it is removed again.
 */
@Component(service = FeatureService.class, immediate = true, configurationPid = "org.gazette.features")
@Designate(ocd = FeatureManager.Config.class)
public final class FeatureManager implements FeatureService {

    /** Configuration. */
    @ObjectClassDefinition(name = "Gazette features", description = "Where features come from and which start at boot.")
    public @interface Config {
        @AttributeDefinition(description = "Features to install at start; empty: the framework property gazette.features (comma separated).")
        String[] boot() default {};

        @AttributeDefinition(description = "Folder of feature files; empty: <gazette.dist>/features.")
        String featuresDir() default "";

        @AttributeDefinition(description = "Folder of bundle jars; empty: <gazette.dist>/repository.")
        String repository() default "";

        @AttributeDefinition(description = "File recording features installed or removed from the console; empty: <gazette.home>/data/features.json.")
        String stateFile() default "";
    }

    private final Logger log;
    private final FeatureCatalog catalog;
    private final FeatureState state;
    private final BundleInstaller installer;
    private final FeatureConfigs configs;
    private final Set<String> installed = new LinkedHashSet<>();

    @Activate
    public FeatureManager(Config config, BundleContext context, @Reference ConfigurationAdmin cm,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this.log = log;
        String dist = orElse(context.getProperty("gazette.dist"), ".");
        String home = orElse(context.getProperty("gazette.home"), dist);
        catalog = FeatureCatalog.load(Path.of(orElse(config.featuresDir(), dist + "/features")));
        installer = new BundleInstaller(context, Path.of(orElse(config.repository(), dist + "/repository")));
        state = new FeatureState(Path.of(orElse(config.stateFile(), home + "/data/features.json")));
        configs = new FeatureConfigs(cm, context::getProperty);
        List<String> boot = config.boot().length > 0 ? Arrays.asList(config.boot())
                : Arrays.stream(orElse(context.getProperty("gazette.features"), "").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String name : state.effective(boot)) {
            try {
                installFeature(name);
            } catch (Exception e) {
                log.error("feature '{}' could not be installed at start: {}", name, e.getMessage(), e);
            }
        }
        log.info("features installed: {}", installed);
    }

    @Override
    public synchronized List<FeatureDTO> features() {
        List<FeatureDTO> out = new ArrayList<>();
        catalog.all().forEach(f -> out.add(dto(f)));
        return out;
    }

    @Override
    public synchronized FeatureDTO install(String name) throws Exception {
        installFeature(name);
        state.installed(name);
        return dto(catalog.get(name));
    }

    @Override
    public synchronized FeatureDTO uninstall(String name) throws Exception {
        Feature feature = catalog.get(name);
        List<String> dependents = installed.stream().filter(n -> !n.equals(name))
                .filter(n -> catalog.closure(n).stream().anyMatch(f -> f.name().equals(name))).toList();
        if (!dependents.isEmpty()) {
            throw new IllegalArgumentException("feature '" + name + "' is required by installed features " + dependents
                    + "; uninstall those first");
        }
        if (installed.remove(name)) {
            Set<Coordinate> needed = new HashSet<>();
            installed.forEach(n -> catalog.closure(n).forEach(f -> needed.addAll(f.bundles())));
            List<Bundle> remove = new ArrayList<>();
            for (Coordinate c : feature.bundles()) {
                Bundle b = installer.find(c);
                if (b != null && !needed.contains(c) && BundleInstaller.owned(b)) {
                    remove.add(b);
                }
            }
            configs.remove(feature);
            installer.uninstall(remove);
            log.info("feature '{}' uninstalled ({} bundles removed)", name, remove.size());
        }
        state.uninstalled(name);
        return dto(feature);
    }

    private void installFeature(String name) throws Exception {
        List<Feature> chain = catalog.closure(name);
        List<Feature> missing = chain.stream().filter(f -> !installed.contains(f.name())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Set<Coordinate> coordinates = new LinkedHashSet<>();
        missing.forEach(f -> coordinates.addAll(f.bundles()));
        List<Bundle> installedNow = new ArrayList<>();
        List<Bundle> bundles = installer.install(coordinates, installedNow);
        try {
            for (Feature f : missing) {
                configs.apply(f);
            }
            installer.start(bundles);
        } catch (Exception e) {
            installer.uninstall(installedNow);
            for (Feature f : missing) {
                configs.remove(f);
            }
            throw e;
        }
        missing.forEach(f -> installed.add(f.name()));
        log.info("feature '{}' installed ({} new bundles)", name, installedNow.size());
    }

    private FeatureDTO dto(Feature f) {
        FeatureDTO d = new FeatureDTO();
        d.name = f.name();
        d.description = f.description();
        d.installed = installed.contains(f.name());
        d.requires = f.requires();
        d.bundles = f.bundles().stream().map(Coordinate::toString).toList();
        d.configurations = List.copyOf(f.configurations().keySet());
        return d;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
