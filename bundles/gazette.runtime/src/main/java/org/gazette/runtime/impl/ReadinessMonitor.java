package org.gazette.runtime.impl;

import java.util.Hashtable;
import java.util.List;

import org.gazette.api.runtime.FeatureService;
import org.gazette.api.runtime.Readiness;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Watches start-up. Once the boot features are installed (it starts after the
 * {@link FeatureService}), it waits until no bundle is unresolved and no component misses a
 * service, re-checking on every bundle and service event, then registers {@link Readiness}. If
 * that does not happen within the timeout it registers a not-ready {@link Readiness} naming what
 * is missing.
 */
@Component(service = {}, immediate = true, configurationPid = "org.gazette.runtime.readiness")
@Designate(ocd = ReadinessMonitor.Config.class)
public final class ReadinessMonitor implements Readiness {

    /** Configuration. */
    @ObjectClassDefinition(name = "Gazette readiness", description = "How long start-up may take before it is reported as not ready.")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds to wait for every component to be satisfied.")
        long timeoutMillis() default 30_000;
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Logger log;
    private final long timeoutMillis;
    private final Object changed = new Object();
    private final BundleListener bundleListener = e -> signal();
    private final ServiceListener serviceListener = e -> signal();
    private final Thread waiter;
    private volatile boolean ready;
    private volatile ServiceRegistration<Readiness> registration;
    private volatile boolean stopped;

    @Activate
    public ReadinessMonitor(Config config, BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference FeatureService bootFeaturesInstalled, @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.scr = scr;
        this.log = log;
        this.timeoutMillis = config.timeoutMillis();
        context.addBundleListener(bundleListener);
        context.addServiceListener(serviceListener);
        waiter = new Thread(this::awaitReady, "gazette-readiness");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public List<String> problems() {
        return ProblemReport.of(context, scr).all();
    }

    private void signal() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        ProblemReport report = ProblemReport.of(context, scr);
        try {
            while (!report.blocking.isEmpty() && System.currentTimeMillis() < deadline && !stopped) {
                synchronized (changed) {
                    changed.wait(Math.max(1, Math.min(250, deadline - System.currentTimeMillis())));
                }
                report = ProblemReport.of(context, scr);
            }
        } catch (InterruptedException e) {
            return;
        } catch (IllegalStateException e) {
            return; // the framework is stopping
        }
        if (stopped) {
            return;
        }
        ready = report.blocking.isEmpty();
        List<String> problems = report.all();
        if (ready) {
            log.info("ready{}", problems.isEmpty() ? "" : " with problems: " + problems);
        } else {
            log.error("not ready after {} ms: {}", timeoutMillis, problems);
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(READY, ready);
        props.put(PROBLEMS, problems.toArray(String[]::new));
        registration = context.registerService(Readiness.class, this, props);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopped = true;
        context.removeBundleListener(bundleListener);
        context.removeServiceListener(serviceListener);
        waiter.interrupt();
        waiter.join(1000);
        ServiceRegistration<Readiness> r = registration;
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it
            }
        }
    }
}
