package org.gazette.export.json.impl;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.log.Logger;

/** Configurations and a recording logger for the tests. */
final class TestSupport {

    private TestSupport() {
    }

    static JsonLinesExporter.Config config(String folder, String fileName, boolean fsync) {
        return new JsonLinesExporter.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return JsonLinesExporter.Config.class;
            }

            @Override
            public String folder() {
                return folder;
            }

            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public boolean fsync() {
                return fsync;
            }
        };
    }

    static JsonLinesExporter.Config config(Path folder) {
        return config(folder.toString(), "articles-{date}.jsonl", true);
    }

    /** A logger that keeps "level: format [args]" lines. */
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
                        List<Object> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
                        if (rest.size() == 1 && rest.get(0) instanceof Object[] varargs) {
                            rest = Arrays.asList(varargs);
                        }
                        lines.add(method.getName() + ": " + format + " " + rest);
                    }
                    return null;
                });
    }

    static Logger logger() {
        return logger(new ArrayList<>());
    }
}
