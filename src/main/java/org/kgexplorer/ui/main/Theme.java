package org.kgexplorer.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The light and dark looks of the window (AtlantaFX's Primer themes). */
public enum Theme {
    LIGHT,
    DARK;

    /** Makes this the look of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme parse(String name) {
        return "DARK".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
