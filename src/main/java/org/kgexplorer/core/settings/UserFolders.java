package org.kgexplorer.core.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where one user's settings, data and cache live, by each system's convention, and never inside the
 * installation (which may be read-only and is replaced by every update). Linux and other Unix systems follow the
 * XDG Base Directory specification; Windows uses {@code %APPDATA%} (roams with the user) for settings and
 * {@code %LOCALAPPDATA%} (stays on the machine) for data, cache and logs; macOS uses
 * {@code ~/Library/Application Support}, {@code ~/Library/Caches} and {@code ~/Library/Logs}. The folders are only
 * named here, not created.
 */
public final class UserFolders {
    private final Path config;
    private final Path data;
    private final Path cache;
    private final Path logs;

    private UserFolders(Path config, Path data, Path cache, Path logs) {
        this.config = config;
        this.data = data;
        this.cache = cache;
        this.logs = logs;
    }

    /** The folders of the user running this JVM, from the environment and the {@code os.name}, {@code user.home} properties. */
    public static UserFolders forCurrentUser(String appName) {
        return of(appName, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** The folders for an operating system name (as in {@code os.name}), a home folder and environment variables. */
    public static UserFolders of(String appName, String osName, Path home, Map<String, String> env) {
        Objects.requireNonNull(appName, "appName");
        Objects.requireNonNull(home, "home");
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = windowsFolder(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = windowsFolder(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new UserFolders(roaming.resolve(appName), local.resolve(appName).resolve("Data"),
                    local.resolve(appName).resolve("Cache"), local.resolve(appName).resolve("logs"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve(appName);
            return new UserFolders(support, support, library.resolve("Caches").resolve(appName),
                    library.resolve("Logs").resolve(appName));
        }
        return new UserFolders(
                xdgFolder(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(appName),
                xdgFolder(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(appName),
                xdgFolder(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(appName),
                xdgFolder(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(appName));
    }

    /** Settings: small files the user would miss (window layout, language, saved queries). */
    public Path config() {
        return config;
    }

    /** Data the user made: projects, persistent stores. */
    public Path data() {
        return data;
    }

    /** Files that can be rebuilt at any time, such as indexes and class-data archives. */
    public Path cache() {
        return cache;
    }

    /**
     * The log files: state that outlives a run but is not worth keeping elsewhere ({@code $XDG_STATE_HOME} on Linux,
     * {@code %LOCALAPPDATA%\\kg-explorer\\logs} on Windows, {@code ~/Library/Logs} on macOS).
     */
    public Path logs() {
        return logs;
    }

    /** The XDG specification says a relative path in these variables is invalid and is to be ignored. */
    private static Path xdgFolder(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    private static Path windowsFolder(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    @Override
    public String toString() {
        return "config " + config + ", data " + data + ", cache " + cache + ", logs " + logs;
    }
}
