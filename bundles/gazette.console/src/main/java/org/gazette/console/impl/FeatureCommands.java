package org.gazette.console.impl;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.gazette.api.runtime.FeatureDTO;
import org.gazette.api.runtime.FeatureService;
import org.gazette.support.TextTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Feature commands. Gogo cannot map a dashed command name to a method, so all three arrive at
 * {@code _main} with the command name first.
 */
@Component(service = FeatureCommands.class, property = {
        "osgi.command.scope=gazette",
        "osgi.command.function=features", "osgi.command.function=feature-install", "osgi.command.function=feature-uninstall"})
public final class FeatureCommands {
    private final FeatureService features;

    @Activate
    public FeatureCommands(@Reference FeatureService features) {
        this.features = features;
    }

    @Descriptor("features | feature-install NAME | feature-uninstall NAME")
    public String _main(String... argv) throws Exception {
        String command = argv.length == 0 ? "features" : argv[0];
        switch (command) {
            case "features":
                return table(features.features());
            case "feature-install":
                return "Installed " + describe(features.install(name(argv))) + "\n";
            case "feature-uninstall":
                return "Uninstalled " + describe(features.uninstall(name(argv))) + "\n";
            default:
                throw new IllegalArgumentException("unknown feature command '" + command + "'");
        }
    }

    private static String name(String[] argv) {
        if (argv.length != 2 || argv[1].isBlank()) {
            throw new IllegalArgumentException("usage: " + argv[0] + " NAME (see 'features' for the names)");
        }
        return argv[1];
    }

    private static String describe(FeatureDTO f) {
        return f.name + " (" + f.bundles.size() + " bundles, " + f.configurations.size() + " configurations)";
    }

    private static String table(List<FeatureDTO> all) {
        TextTable t = new TextTable("FEATURE", "INSTALLED", "REQUIRES", "BUNDLES", "DESCRIPTION");
        for (FeatureDTO f : all) {
            t.row(f.name, f.installed ? "yes" : "no", f.requires.isEmpty() ? "-" : String.join(",", f.requires), f.bundles.size(), f.description);
        }
        return t.toString();
    }
}
