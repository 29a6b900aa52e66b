package org.kgexplorer.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The view model's texts exist in English and Spanish with the same keys. */
class GraphModelTextsTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(GraphModelTextsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(load("model.properties").keySet(), load("model_es.properties").keySet());
    }
}
