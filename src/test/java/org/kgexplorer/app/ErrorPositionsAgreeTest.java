package org.kgexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Application;
import javafx.scene.control.Label;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgexplorer.cli.KgxCli;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An invalid query: the command line, the editor's underline and message, and the banner after Run agree. */
class ErrorPositionsAgreeTest {
    /** The parser accepts the "=" at column 40; what is wrong is the ")" at column 42. */
    private static final String QUERY = "SELECT ?s WHERE { ?s ?p ?o . FILTER(?s = ) }";
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)", Pattern.CASE_INSENSITIVE);
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sparql-editor").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        RealWindow.close(app);
    }

    @Test
    void theEditorAndTheBannerAfterRunGiveTheCommandLinesPosition() throws Exception {
        StringWriter err = new StringWriter();
        KgxCli.run(new String[] {"query", "-e", QUERY}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(err.toString().startsWith("query:1:42: unexpected \")\""), err.toString());

        StyleClassedTextArea editor = robot.lookup("#sparql-editor").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> editor.replaceText(QUERY));
        robot.clickOn("#run-query");
        Label banner = robot.lookup("#results-error").queryAs(Label.class);
        Label problem = robot.lookup("#query-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !banner.getText().isEmpty() && !problem.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("1:42", position(banner.getText()), banner.getText());
        assertEquals("1:42", position(problem.getText()), problem.getText());
        int at = QUERY.indexOf(')');
        assertEquals(41, at, "column 42 is the \")\"");
        assertTrue(editor.getStyleOfChar(at).contains("sparql-error"), "the underline is under the \")\"");
        assertFalse(editor.getStyleOfChar(QUERY.indexOf('=')).contains("sparql-error"), "not under the \"=\"");
    }

    private static String position(String text) {
        Matcher m = LINE_COLUMN.matcher(text);
        return m.find() ? m.group(1) + ":" + m.group(2) : "none in " + text;
    }
}
