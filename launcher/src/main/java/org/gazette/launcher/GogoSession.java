package org.gazette.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Runs one console command line through the Gogo {@code CommandProcessor} service. The launcher
 * does not share Gogo's classes, so the calls go through the interfaces loaded from the bundle that
 * registered the service.
 */
final class GogoSession {
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";
    private static final int INSPECT = 0;

    private GogoSession() {
    }

    /**
     * @return what the command printed followed by its formatted result
     * @throws Exception what the command threw
     */
    static String execute(BundleContext context, String commandLine) throws Exception {
        ServiceReference<?> ref = Services.any(context, PROCESSOR);
        if (ref == null) {
            throw new IllegalStateException("the Gogo command processor is not running");
        }
        Object processor = context.getService(ref);
        try {
            ClassLoader gogo = ref.getBundle().adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader();
            Class<?> processorType = gogo.loadClass(PROCESSOR);
            Class<?> sessionType = gogo.loadClass(SESSION);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            Object session = processorType.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class)
                    .invoke(processor, new ByteArrayInputStream(new byte[0]), out, out);
            try {
                Object result = invoke(sessionType.getMethod("execute", CharSequence.class), session, commandLine);
                StringBuilder sb = new StringBuilder(printed.toString(StandardCharsets.UTF_8));
                if (result != null) {
                    Method format = sessionType.getMethod("format", Object.class, int.class);
                    sb.append(invoke(format, session, result, INSPECT));
                }
                return sb.toString();
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private static Object invoke(Method m, Object target, Object... args) throws Exception {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
