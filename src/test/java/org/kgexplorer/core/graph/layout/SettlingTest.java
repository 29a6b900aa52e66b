package org.kgexplorer.core.graph.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettlingTest {
    @Test
    void settledOnlyAfterTheSustainedNumberOfCalmSteps() {
        Settling settling = new Settling(0.001, 3);
        assertFalse(settling.observe(0.05, 100));
        assertFalse(settling.observe(0.05, 100));
        assertTrue(settling.observe(0.05, 100));
        assertFalse(new Settling(0.001, 3).observe(0.05, 10));
    }

    @Test
    void oneBigStepStartsTheCountAgain() {
        Settling settling = new Settling(0.001, 2);
        settling.observe(0.01, 100);
        settling.observe(0.01, 100);
        assertTrue(settling.settled());
        assertFalse(settling.observe(1, 100));
        assertFalse(settling.observe(0.01, 100));
        assertTrue(settling.observe(0.01, 100));
    }

    @Test
    void displacementCountsRelativeToTheExtent() {
        Settling settling = new Settling(0.001, 1);
        assertFalse(settling.observe(0.5, 100));
        assertTrue(settling.observe(0.5, 1000));
    }

    @Test
    void positionsAreComparedWithTheStepBefore() {
        Settling settling = new Settling(0.001, 2);
        double[] x = {0, 100, 0};
        double[] y = {0, 0, 100};
        assertFalse(settling.observe(x, y, 3));
        x[1] += 10;
        assertFalse(settling.observe(x, y, 3));
        assertFalse(settling.observe(x, y, 3));
        assertTrue(settling.observe(x, y, 3));
    }
}
