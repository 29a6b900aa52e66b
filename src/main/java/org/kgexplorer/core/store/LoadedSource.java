package org.kgexplorer.core.store;

/**
 * One file or bundled resource in the loaded data.
 *
 * @param name     the file name
 * @param location where it was loaded from, as the user named it
 * @param syntax   the RDF syntax it was read as
 * @param triples  the number of distinct triples it brought
 * @param title    the title the data gives itself (an ontology's or dataset's title), or empty
 */
public record LoadedSource(String name, String location, String syntax, long triples, String title) {
}
