package org.kgexplorer.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.kgexplorer.core.export.SafeFileWriter;

/**
 * The user's settings (window layout, theme, language, recent files, query history) as one properties file,
 * saved whole and atomically. The file's folder is injected: the app passes the per-user config folder,
 * tests a temporary one, so tests never touch the real user's settings.
 */
public final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads {@code settings.properties} in the folder; a missing or unreadable file gives empty settings. */
    public static Settings in(Path folder) {
        Settings s = new Settings(folder.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** A list stored as {@code key.0}, {@code key.1}, ... in order. */
    public synchronized List<String> getList(String key) {
        List<String> list = new ArrayList<>();
        for (int i = 0; values.containsKey(key + "." + i); i++) {
            list.add(values.getProperty(key + "." + i));
        }
        return list;
    }

    public synchronized void putList(String key, List<String> list) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(key + ".")).toList().forEach(values::remove);
        for (int i = 0; i < list.size(); i++) {
            values.setProperty(key + "." + i, list.get(i));
        }
    }

    /** Writes the settings file (creating its folder); a failure leaves the previous file intact. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("# KG Explorer settings\n");
        synchronized (this) {
            new TreeMap<>(values).forEach((k, v) -> text.append(escape(k.toString(), true)).append('=')
                    .append(escape(v.toString(), false)).append('\n'));
        }
        try {
            SafeFileWriter.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Escapes as {@link Properties#store} does, but keeps the file UTF-8 and sorted for people reading it. */
    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
