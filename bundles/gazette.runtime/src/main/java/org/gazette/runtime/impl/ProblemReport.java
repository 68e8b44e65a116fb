package org.gazette.runtime.impl;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What is wrong in the running framework, one line per problem: bundles that did not resolve,
 * components waiting for a missing service ("blocking": start-up is not complete), and
 * components whose activation failed (typically a bad configuration; they do not block start-up).
 */
final class ProblemReport {
    final List<String> blocking = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    static ProblemReport of(BundleContext context, ServiceComponentRuntime scr) {
        ProblemReport r = new ProblemReport();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
            if (!fragment && b.getState() == Bundle.INSTALLED) {
                r.blocking.add("bundle " + b.getSymbolicName() + " " + b.getVersion() + " is not resolved (a package or service it needs is missing; see the log)");
            }
        }
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    r.blocking.add("component " + name(c) + " is missing " + missing(d, c));
                } else if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    r.failed.add("component " + name(c) + " failed to start: " + FailureMessages.reason(c.failure));
                }
            }
        }
        return r;
    }

    List<String> all() {
        List<String> out = new ArrayList<>(blocking);
        out.addAll(failed);
        return out;
    }

    private static String name(ComponentConfigurationDTO c) {
        Object pid = c.properties == null ? null : c.properties.get("service.pid");
        return c.description.name + (pid != null && !pid.equals(c.description.name) ? " (" + pid + ")" : "");
    }

    private static String missing(ComponentDescriptionDTO d, ComponentConfigurationDTO c) {
        List<String> out = new ArrayList<>();
        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
            String iface = u.name;
            for (ReferenceDTO ref : d.references) {
                if (ref.name.equals(u.name)) {
                    iface = ref.interfaceName;
                }
            }
            out.add(iface + (u.target != null ? " " + u.target : ""));
        }
        return String.join(", ", out);
    }
}
