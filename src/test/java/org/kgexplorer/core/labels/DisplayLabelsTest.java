package org.kgexplorer.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DisplayLabelsTest {
    static String label(LabelMode mode, String local) {
        return new DisplayLabels(LabelResolverTest.graph(), mode).label(NodeFactory.createURI("http://ex.org/" + local));
    }

    @Test
    void showsTheChosenLanguage() {
        assertEquals("Alpha", label(LabelMode.ENGLISH, "a"));
        assertEquals("Alfa", label(LabelMode.SPANISH, "a"));
    }

    @Test
    void showsBothSideBySideWhenTheyDiffer() {
        assertEquals("Alpha / Alfa", label(LabelMode.BOTH, "a"));
        assertEquals("Only Spanish", label(LabelMode.BOTH, "b"));
    }

    @Test
    void fallsBackToTheOtherLanguageThenToTheIri() {
        assertEquals("Only Spanish", label(LabelMode.ENGLISH, "b"));
        assertEquals("No language", label(LabelMode.SPANISH, "c"));
        assertEquals("zz", label(LabelMode.BOTH, "zz"));
    }
}
