package org.kgexplorer.core.remote;

import java.util.Locale;

/**
 * How the search box asks an endpoint for names (ADR 41): by a plain label-prefix filter that every SPARQL 1.1 server
 * answers, or through the server's own full-text index when it has one.
 */
public enum TextSearch {
    /** Find out when connecting: the first index that answers a probe, else {@link #NONE}. */
    DETECT,
    /** A {@code STRSTARTS} filter over the naming properties, with {@code LIMIT}. */
    NONE,
    /** Apache Jena's text index: {@code ?s text:query (?p "word*")}. */
    JENA_TEXT,
    /** Virtuoso's {@code bif:contains}. */
    VIRTUOSO,
    /** QLever's {@code ql:contains-word}. */
    QLEVER;

    /** The name a setting keeps. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value a setting named, or {@link #DETECT} for anything else. */
    public static TextSearch parse(String key) {
        for (TextSearch t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return DETECT;
    }
}
