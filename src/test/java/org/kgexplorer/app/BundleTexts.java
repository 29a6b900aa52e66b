package org.kgexplorer.app;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every text of the interface's bundles in one language, as patterns: a message's arguments ({0}, {1,number})
 * match any text, so "Version {0}" matches "Version dev".
 */
final class BundleTexts {
    /** The folder the ui bundles are under, on the test class path. */
    static Path uiResources() throws URISyntaxException {
        return Path.of(BundleTexts.class.getResource("/org/kgexplorer/ui/main/messages.properties").toURI())
                .getParent().getParent();
    }

    /** Each bundle file of a language ("" for English, "_es"), by path. */
    static Map<Path, Properties> bundles(String suffix) throws Exception {
        Map<Path, Properties> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(uiResources())) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties")).toList()) {
                Properties props = new Properties();
                try (Reader in = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
                    props.load(in);
                }
                out.put(p, props);
            }
        }
        return out;
    }

    private final List<Pattern> patterns = new ArrayList<>();

    BundleTexts(String suffix) throws Exception {
        for (Properties props : bundles(suffix).values()) {
            for (String key : props.stringPropertyNames()) {
                patterns.add(pattern(props.getProperty(key)));
            }
        }
    }

    boolean matches(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** A MessageFormat pattern as a regular expression: literal text, each argument any text. */
    static Pattern pattern(String message) {
        if (message.indexOf('{') < 0) {
            return Pattern.compile(Pattern.quote(message)); // shown as written: I18n formats only with arguments
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (depth == 0 && c == '\'') {
                if (i + 1 < message.length() && message.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                if (depth == 0) {
                    regex.append(Pattern.quote(literal.toString())).append("(?s:.*)");
                    literal.setLength(0);
                }
                depth++;
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString());
    }
}
