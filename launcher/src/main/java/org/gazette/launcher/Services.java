package org.gazette.launcher;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Service look-ups from outside the framework's class space. */
final class Services {

    private Services() {
    }

    /**
     * The highest-ranked service registered under a class name, whatever class loader defined that
     * class. {@code getServiceReference} would hide it when the launcher's own class path happens to
     * hold a copy of the class (as in tests).
     */
    static ServiceReference<?> any(BundleContext context, String className) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(className, null);
            if (refs == null || refs.length == 0) {
                return null;
            }
            ServiceReference<?> best = refs[0];
            for (ServiceReference<?> r : refs) {
                if (r.compareTo(best) > 0) {
                    best = r;
                }
            }
            return best;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
