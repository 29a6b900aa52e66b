package org.kgexplorer.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The language of the interface, switchable at any time. Each screen keeps its text in its own resource
 * bundle ({@code messages.properties} and {@code messages_es.properties} beside its classes) and binds its
 * controls to {@link Texts#text}, so switching the language changes every label at once.
 */
public final class I18n {
    /** The interface languages offered. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The texts of one screen, e.g. {@code i18n.texts("org.kgexplorer.ui.results.messages")}. */
    public Texts texts(String bundleBaseName) {
        return new Texts(bundleBaseName);
    }

    /** The texts of one bundle in the current language. */
    public final class Texts {
        private final String baseName;

        private Texts(String baseName) {
            this.baseName = baseName;
        }

        /** The text now; a missing key shows as the key itself, so a gap is visible rather than fatal. */
        public String get(String key, Object... args) {
            Locale l = locale.get();
            String pattern;
            try {
                // No fallback to the JVM's default locale: English is the base bundle, whatever the machine's locale.
                pattern = ResourceBundle.getBundle(baseName, l, I18n.class.getClassLoader(), NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
        }

        /**
         * The interface language, to depend on or listen to when a text is computed rather than bound: unlike a
         * binding from {@link #text}, which only its user keeps alive, it lives as long as the window.
         */
        public ObservableValue<Locale> language() {
            return locale;
        }

        /** The texts of another bundle, in the same language. */
        public Texts of(String bundleBaseName) {
            return new Texts(bundleBaseName);
        }

        /** The text as a binding that follows the language (keep it bound; as a mere dependency it may be collected). */
        public StringBinding text(String key, Object... args) {
            return Bindings.createStringBinding(() -> get(key, args), locale);
        }
    }
}
