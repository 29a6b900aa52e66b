package org.kgexplorer.core.store;

/** One file or bundled resource in the loaded data, with the number of distinct triples it brought. */
public record LoadedSource(String name, String location, String syntax, long triples) {
}
