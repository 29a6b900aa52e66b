package org.kgexplorer.core.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kgexplorer.core.store.BundledGraph;

/**
 * The question library shipped in {@code data/queries/}: {@code index.txt} lists the files in teaching order;
 * each file starts with {@code # title: }, {@code # title@es: } and {@code # description: } lines, and a question
 * to be seen as a chart with {@code # chart: bar} (or {@code pie}).
 */
public final class QuestionLibrary {
    private QuestionLibrary() {
    }

    /** The bundled questions, in the order of the index. */
    public static List<Question> bundled() throws IOException {
        List<Question> questions = new ArrayList<>();
        for (String line : resource(BundledGraph.QUESTION_INDEX).lines().toList()) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                String folder = BundledGraph.QUESTION_INDEX.substring(0, BundledGraph.QUESTION_INDEX.lastIndexOf('/') + 1);
                questions.add(parse(file, resource(folder + file)));
            }
        }
        return questions;
    }

    /** Reads the header of one question file. */
    public static Question parse(String file, String text) throws IOException {
        Map<String, String> header = header(text);
        String title = header.get("title");
        String description = header.get("description");
        if (title == null || description == null) {
            throw new IOException(file + ": a question needs '# title:' and '# description:' lines at the top");
        }
        return new Question(file, title, header.getOrDefault("title@es", title), description,
                header.getOrDefault("description@es", description), text);
    }

    /** The {@code # name: value} lines at the top of a query's text (none: empty). */
    static Map<String, String> header(String text) {
        Map<String, String> header = new HashMap<>();
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                break;
            }
            int colon = s.indexOf(':');
            if (colon > 0) {
                header.putIfAbsent(s.substring(1, colon).strip(), s.substring(colon + 1).strip());
            }
        }
        return header;
    }

    /**
     * The chart a library question's answer opens as, by its header line {@code # chart: bar} (or {@code pie});
     * null for a query that asks for none (its answer opens as a table).
     */
    public static String chartOf(String text) {
        String chart = header(text).get("chart");
        return chart == null ? null : switch (chart.toLowerCase(java.util.Locale.ROOT)) {
            case "bar", "pie" -> chart.toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    /** The question a query's text is, by its header's English title; null for a query without one. */
    public static String titleOf(String text) {
        return header(text).get("title");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = QuestionLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
