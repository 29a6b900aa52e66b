package org.kgexplorer.core.store;

import java.util.Objects;

/**
 * One file or bundled resource in the loaded data.
 *
 * @param name     the file name
 * @param location where it was loaded from, as the user named it
 * @param syntax   the RDF syntax it was read as
 * @param triples  the number of distinct triples it brought
 * @param title    the title the data gives itself (an ontology's or dataset's title, in English when it has one in
 *                 English), or empty
 * @param titleEs  its title in Spanish, when it has one, or empty
 */
public record LoadedSource(String name, String location, String syntax, long triples, String title, String titleEs) {
    /** The title to show in an interface in {@code locale}'s language: the Spanish one in Spanish when there is one. */
    public String title(java.util.Locale locale) {
        return "es".equals(locale.getLanguage()) && !titleEs.isEmpty() ? titleEs : title;
    }

    // Written out: list cells compare items on the JavaFX thread, and a record's generated equals spins its method
    // handles there on first use (tens of milliseconds in the middle of a load).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LoadedSource s && triples == s.triples && name.equals(s.name)
                && location.equals(s.location) && syntax.equals(s.syntax) && title.equals(s.title)
                && titleEs.equals(s.titleEs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, location, syntax, triples, title, titleEs);
    }
}
