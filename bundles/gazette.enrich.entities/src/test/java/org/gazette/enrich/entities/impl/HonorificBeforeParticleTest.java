package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link HonorificBeforeParticle}: an honorific before a surname with a particle, on texts written for these tests. */
class HonorificBeforeParticleTest {

    @Test
    void theParticleStartsTheSurnameAfterAnHonorific() {
        Tagged t = new Tagged("The letters suggest that Mme. de Quorvath had lent him the money in spring.", null);
        t.assertMention("Mme. de Quorvath", 0, PERSON, "person:de-quorvath");
        assertFalse(t.describe().contains("PERSON[Mme.]"), t.describe());
    }

    @Test
    void twoParticlesAfterAnHonorific() {
        Tagged t = new Tagged("We wrote to Mrs. van der Dallow about the lease last week.", null);
        t.assertMention("Mrs. van der Dallow", 0, PERSON, null);
    }
}
