package org.kgexplorer.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The looks of the window: AtlantaFX's Primer light and dark, and a high-contrast one for projectors and low vision. */
public enum Theme {
    LIGHT,
    DARK,
    HIGH_CONTRAST;

    /** Made once: Primer Dark with its popup menus' frame removed, and with our high-contrast colours too. */
    private static String dark;
    private static String highContrast;

    /** Makes this the look of every window of the application, dialogs and menus included. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    /** The user-agent stylesheet of this look. */
    public String stylesheet() {
        return switch (this) {
            // the binary form AtlantaFX ships beside its CSS: read in about a third of the time the text is parsed
            // at every start (ADR 5)
            case LIGHT -> new PrimerLight().getUserAgentStylesheetBSS();
            case DARK -> dark();
            case HIGH_CONTRAST -> highContrast();
        };
    }

    /** The key of its name in the main window's bundle. */
    String textKey() {
        return "theme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }

    private static final String DARK_POPUPS = "/org/kgexplorer/ui/main/dark-popups.css";

    /*
     * A user-agent stylesheet is one URL, so the overrides cannot be a second sheet beside Primer Dark (an author
     * sheet would miss dialogs and popup menus). Both go into one data: URL, which JavaFX reads since 17.
     */
    private static synchronized String dark() {
        if (dark == null) {
            dark = dataUrl(read(new PrimerDark().getUserAgentStylesheet()) + "\n" + read(DARK_POPUPS));
        }
        return dark;
    }

    private static synchronized String highContrast() {
        if (highContrast == null) {
            highContrast = dataUrl(read(new PrimerDark().getUserAgentStylesheet()) + "\n" + read(DARK_POPUPS) + "\n"
                    + read("/org/kgexplorer/ui/main/high-contrast.css"));
        }
        return highContrast;
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String resource) {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing stylesheet " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
