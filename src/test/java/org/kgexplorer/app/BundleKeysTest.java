package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kgexplorer.ui.main.ShellAction;

/**
 * The interface's bundles and the code that uses them agree: every key the code asks for is in the English and
 * the Spanish bundles, and every key of a bundle is asked for somewhere (a key read through a prefix, as
 * {@code "labels." + mode}, counts as asked for when the prefix is). What the code shows is checked live too:
 * {@link InterfaceLanguageTest} fails on a missing key, which shows as the key itself.
 */
class BundleKeysTest {
    /** A string literal. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A call that reads a text: texts.get("key"...), texts().text("key"...), and the same after a "cond ?". */
    private static final Pattern ASKED = Pattern.compile(
            "texts(?:\\(\\))?\\.(?:get|text)\\(\\s*(?:[^\"();]*\\?\\s*)?\"([a-z][\\w.-]*)\"(?:\\s*:\\s*\"([a-z][\\w.-]*)\")?");

    @Test
    void everyKeyTheCodeAsksForIsInBothLanguages() throws Exception {
        Set<String> english = keys("");
        Set<String> spanish = keys("_es");
        List<String> missing = new ArrayList<>();
        Set<String> asked = asked();
        assertTrue(asked.size() > 150, "the scan finds the texts the code reads: " + asked.size());
        for (String key : asked) {
            if (!english.contains(key) || !spanish.contains(key)) {
                missing.add(key + (english.contains(key) ? " (no Spanish)" : " (no English)"));
            }
        }
        for (ShellAction a : ShellAction.values()) {
            if (!english.contains(a.textKey()) || !spanish.contains(a.textKey())) {
                missing.add(a.textKey() + " (a menu command)");
            }
        }
        assertTrue(missing.isEmpty(), "keys asked for but missing: " + missing);
    }

    @Test
    void everyKeyOfABundleIsUsed() throws Exception {
        Set<String> literals = literals();
        List<String> unused = new ArrayList<>();
        for (String key : keys("")) {
            boolean named = literals.contains(key);
            boolean byPrefix = literals.stream().anyMatch(l -> l.length() > 1 && (l.endsWith(".") || l.endsWith("-"))
                    && key.startsWith(l));
            if (!named && !byPrefix) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys no code asks for: " + new TreeSet<>(unused));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        for (Map.Entry<Path, Properties> en : BundleTexts.bundles("").entrySet()) {
            String name = en.getKey().getFileName().toString().replace(".properties", "_es.properties");
            Properties es = BundleTexts.bundles("_es").get(en.getKey().resolveSibling(name));
            assertTrue(es != null && es.stringPropertyNames().equals(en.getValue().stringPropertyNames()),
                    en.getKey() + " and its Spanish twin differ");
        }
    }

    private static Set<String> keys(String suffix) throws Exception {
        Set<String> keys = new HashSet<>();
        BundleTexts.bundles(suffix).values().forEach(p -> keys.addAll(p.stringPropertyNames()));
        return keys;
    }

    /** The keys named literally where a text is read. */
    private static Set<String> asked() throws Exception {
        Set<String> asked = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = ASKED.matcher(source);
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null && !m.group(g).endsWith(".")) {
                        asked.add(m.group(g));
                    }
                }
            }
        }
        return asked;
    }

    private static Set<String> literals() throws Exception {
        Set<String> out = new HashSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The window's code (the bundles belong to ui; app wires them). */
    private static List<String> sources() throws Exception {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("src/main/java/org/kgexplorer/ui", "src/main/java/org/kgexplorer/app")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    out.add(Files.readString(p));
                }
            }
        }
        return out;
    }
}
