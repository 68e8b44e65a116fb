package org.gazette.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void takesTheInvalidPropertyMessageWhereverItIsInTheTrace() {
        String trace = "org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException\n"
                + "\tat org.apache.felix.scr.impl.inject.internal.ComponentConstructorImpl.newInstance(ComponentConstructorImpl.java:326)\n"
                + "Caused by: java.lang.reflect.InvocationTargetException\n"
                + "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n"
                + "Caused by: org.gazette.support.InvalidPropertyException: invalid configuration property 'folder': /nope does not exist\n"
                + "\tat org.gazette.source.files.impl.FolderSource.<init>(FolderSource.java:40)\n";
        assertEquals("invalid configuration property 'folder': /nope does not exist", FailureMessages.reason(trace));
    }

    @Test
    void otherwiseTakesTheInnermostCause() {
        String trace = "org.osgi.service.component.ComponentException: boom\n\tat x.y(Z.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: port 8080 in use\n\tat a.b(C.java:2)\n";
        assertEquals("java.lang.IllegalStateException: port 8080 in use", FailureMessages.reason(trace));
        assertEquals("unknown reason", FailureMessages.reason(null));
        assertEquals("just a line", FailureMessages.reason("just a line"));
    }
}
