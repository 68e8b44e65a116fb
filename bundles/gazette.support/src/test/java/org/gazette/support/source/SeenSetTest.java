package org.gazette.support.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.gazette.testkit.FakeContext;
import org.junit.jupiter.api.Test;

class SeenSetTest {

    @Test
    void seenSetForgetsTheLeastRecentlySeenFirst() {
        FakeContext context = new FakeContext();
        SeenSet seen = SeenSet.load(context.state(), "seen", 3);
        seen.touch("a");
        seen.touch("b");
        seen.touch("c");
        seen.touch("a");
        seen.touch("d");
        seen.save(context.state());

        SeenSet again = SeenSet.load(context.state(), "seen", 3);
        assertFalse(again.contains("b"));
        assertTrue(again.contains("a") && again.contains("c") && again.contains("d"));
        assertEquals("c a d", context.values.get("seen"));
        assertEquals(16, SeenSet.fingerprint("https://x.example/1").length());
    }

    @Test
    void aSmallerCapacityKeepsTheMostRecentOfWhatWasStored() {
        FakeContext context = new FakeContext();
        context.values.put("seen", "  a b  c d ");

        SeenSet seen = SeenSet.load(context.state(), "seen", 2);

        assertEquals(2, seen.size());
        assertTrue(seen.contains("c") && seen.contains("d"));
        assertThrows(IllegalArgumentException.class, () -> SeenSet.load(context.state(), "seen", 0));
    }

    @Test
    void withoutACapacityOnlyWhatIsRetainedIsForgotten() {
        FakeContext context = new FakeContext();
        SeenSet emitted = SeenSet.load(context.state(), "emitted");
        for (int i = 0; i < 5000; i++) {
            emitted.touch(Integer.toString(i));
        }
        assertEquals(5000, emitted.size());

        emitted.retainOnly(Set.of("7", "4999", "not held"));
        emitted.save(context.state());

        assertEquals("7 4999", context.values.get("emitted"));
        emitted.retainOnly(Set.of());
        emitted.save(context.state());
        assertNull(context.values.get("emitted"));
    }

    @Test
    void fingerprintsAreTheFirst64BitsOfTheSha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea", SeenSet.fingerprint("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Digests.sha256Hex("abc".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Digests.sha256Hex("abc", 33));
    }
}
