package org.kgexplorer.core.labels;

import java.util.List;

/** Which labels to show: English, Spanish, or both side by side. */
public enum LabelMode {
    ENGLISH(List.of("en", "es")),
    SPANISH(List.of("es", "en")),
    BOTH(List.of("en", "es"));

    private final List<String> languages;

    LabelMode(List<String> languages) {
        this.languages = languages;
    }

    /** The languages to look labels up in, most wanted first (the other one is the fallback). */
    public List<String> languages() {
        return languages;
    }
}
