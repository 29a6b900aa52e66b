package org.kgexplorer.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import javafx.beans.binding.StringBinding;

import org.junit.jupiter.api.Test;

class I18nTest {
    static final String BUNDLE = "org.kgexplorer.ui.i18n.messages";

    @Test
    void switchingTheLanguageChangesBoundText() {
        I18n i18n = new I18n();
        StringBinding text = i18n.texts(BUNDLE).text("language.name");
        assertEquals("English", text.get());
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        assertEquals("Español", text.get());
    }

    @Test
    void englishIsTheBaseWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            assertEquals("English", new I18n().texts(BUNDLE).get("language.name"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsItself() {
        assertEquals("no.such.key", new I18n().texts(BUNDLE).get("no.such.key"));
    }

    /** Every screen's English bundle has a Spanish one with exactly the same keys, none left empty. */
    @Test
    void everyBundleIsFullyTranslated() throws Exception {
        Path classes = Path.of(I18nTest.class.getResource("/org/kgexplorer/ui/i18n/messages.properties").toURI())
                .getParent().getParent();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path en : files.filter(p -> p.getFileName().toString().equals("messages.properties")).toList()) {
                Properties english = load(en);
                Properties spanish = load(en.resolveSibling("messages_es.properties"));
                assertEquals(english.stringPropertyNames(), spanish.stringPropertyNames(), en.toString());
                spanish.forEach((k, v) -> assertTrue(!v.toString().isBlank(), en + ": " + k));
            }
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return props;
    }
}
