package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line that is only a byline's or a date's label, its words from BylineWords where they are byline words. */
class MetaLabelsTest {

    @Test
    void bylineLabelsOfEveryLanguage() {
        for (String label : new String[] {"By", "Von:", "Por", "Par", "di", "Door", "Written by", "Reported by", "Geschrieben von",
                "Verfasst von", "Écrit par", "Escrito por", "Scritto da", "Geschreven door", "Published on", "Gepubliceerd op"}) {
            assertTrue(MetaLabels.isLabel(label), label);
        }
    }

    @Test
    void theAuthorLabelsOfBylineWords() {
        // the one list of author labels, also in the languages Bylines learned first
        for (String label : new String[] {"Author:", "Authors", "Autorin", "Autores:", "Auteurs", "Autori", "Autoři:", "Szerző:",
                "نویسنده:", "Teksti:", "Tác giả:"}) {
            assertTrue(MetaLabels.isLabel(label), label);
        }
    }

    @Test
    void aLineThatSaysMoreIsNoLabel() {
        assertFalse(MetaLabels.isLabel("By the harbour"));
        assertFalse(MetaLabels.isLabel("Verfasst von Anna Schmidt"));
    }
}
