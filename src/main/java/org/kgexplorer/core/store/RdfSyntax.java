package org.kgexplorer.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Tells the RDF syntax of a file: by its extension first, by its first bytes otherwise. */
public final class RdfSyntax {
    private static final Pattern NQUAD_LINE = Pattern.compile(
            "^\\s*(<[^>]*>|_:\\S+)\\s+<[^>]*>\\s+(<[^>]*>|_:\\S+|\"(?:[^\"\\\\]|\\\\.)*\"\\S*)\\s+(<[^>]*>|_:\\S+)\\s*\\.\\s*$",
            Pattern.MULTILINE);

    private RdfSyntax() {
    }

    /** The file name without a trailing compression suffix. */
    public static String withoutCompression(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The syntax named by the file's extension (".ttl", ".nt.gz", ...), if Jena knows it as RDF. */
    public static Optional<Lang> byExtension(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(withoutCompression(fileName));
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
            return Optional.empty();
        }
        return Optional.of(lang);
    }

    /** Guesses the syntax from the first bytes of the (uncompressed) content. */
    public static Optional<Lang> byContent(byte[] head, int length) {
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).stripLeading();
        }
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.startsWith("<?xml") || trimmed.startsWith("<rdf:RDF") || trimmed.startsWith("<!DOCTYPE")) {
            return Optional.of(Lang.RDFXML);
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return Optional.of(Lang.JSONLD);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("@prefix") || lower.startsWith("@base") || lower.startsWith("prefix")
                || lower.startsWith("base")) {
            return Optional.of(Lang.TRIG);
        }
        if (NQUAD_LINE.matcher(text).find()) {
            return Optional.of(Lang.NQUADS);
        }
        if (trimmed.startsWith("<") || trimmed.startsWith("_:") || trimmed.startsWith("#")) {
            // N-Triples and Turtle are both read by the TriG parser.
            return Optional.of(Lang.TRIG);
        }
        return Optional.empty();
    }
}
