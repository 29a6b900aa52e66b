package org.kgexplorer.desktop;

import java.time.Duration;

import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;

/**
 * README's pictures of the whole window, taken as a user sees it under a window manager (longer suite only):
 * target/desktop/readme-*&#47;window.png become src/docs/images/window.png (English, 1440x900),
 * window-es.png (Spanish) and window-1280x720.png (a projector).
 */
class ReadmeScreenshotsDesktopIT {

    @Test
    void theWindowInEnglishAt1440x900() throws Exception {
        DesktopLayer.fullSuiteScreen(1440, 900).named("readme-en").args("--question", "Which pledges address fentanyl?",
                "--entity", "Joint Task Force Alpha").run(TheWindow.class);
    }

    @Test
    void theWindowInSpanishAt1440x900() throws Exception {
        DesktopLayer.fullSuiteScreen(1440, 900).named("readme-es").setting("ui.language", "es").setting("labels", "SPANISH")
                .args("--question", "¿Qué promesas abordan el fentanilo?", "--entity", "Joint Task Force Alpha").run(TheWindow.class);
    }

    @Test
    void theWindowOnAProjectorAt1280x720() throws Exception {
        DesktopLayer.fullSuiteScreen(1280, 720).named("readme-1280x720").args("--question", "Which pledges address fentanyl?",
                "--entity", "Joint Task Force Alpha").run(TheWindow.class);
    }

    /** The answer in the middle, the entity on the right with the sentence behind its first quoted fact. */
    public static final class TheWindow implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            RunningApp.waitUntil("the answer shows", Duration.ofSeconds(60), () -> app.resultRows() > 0);
            RunningApp.waitUntil("the entity shows", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#details-title") instanceof Labeled l && !l.getText().isBlank()));
            RunningApp.waitUntil("the graph is in front", () -> app.workAreaTab() == 1);
            app.key("ctrl+1");
            RunningApp.waitUntil("the query workspace is in front", () -> app.workAreaTab() == 0);
            TourDesktopIT.showsEvidence(app);
            RunningApp.waitUntil("the sentence shows", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#evidence-fact") instanceof Labeled l && !l.getText().isBlank()));
            app.screenshot("window");
        }
    }
}
