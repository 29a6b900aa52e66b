package org.kgexplorer.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a query answer can be written in: tables for SELECT and ASK, graphs for CONSTRUCT and DESCRIBE. */
public enum ResultFormat {
    TEXT(true, true, "txt"),
    CSV(true, false, "csv"),
    TSV(true, false, "tsv"),
    JSON(true, false, "json"),
    XML(true, false, "srx"),
    TURTLE(false, true, "ttl"),
    NTRIPLES(false, true, "nt"),
    JSONLD(false, true, "jsonld"),
    RDFXML(false, true, "rdf");

    private final boolean forTables;
    private final boolean forGraphs;
    private final String extension;

    ResultFormat(boolean forTables, boolean forGraphs, String extension) {
        this.forTables = forTables;
        this.forGraphs = forGraphs;
        this.extension = extension;
    }

    /** Whether SELECT and ASK answers can be written in this format. */
    public boolean fitsTables() {
        return forTables;
    }

    /** Whether CONSTRUCT and DESCRIBE answers can be written in this format. */
    public boolean fitsGraphs() {
        return forGraphs;
    }

    public String extension() {
        return extension;
    }

    /** The name used on the command line, e.g. "ntriples". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResultFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(name)).findFirst();
    }
}
