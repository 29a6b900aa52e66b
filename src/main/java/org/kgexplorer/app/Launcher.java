package org.kgexplorer.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.kgexplorer.cli.KgxCli;

/**
 * The entry point of the jar. With a command ({@code query}, {@code stats}, {@code validate}) or an option it
 * runs the command line without touching JavaFX, so it works without a display; otherwise it opens the window,
 * loading any files named on the command line beside the bundled graph. It does not extend
 * {@code Application}, which lets {@code java -jar} start JavaFX from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (KgxCli.COMMANDS.contains(args[0]) || args[0].startsWith("-"))) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
            System.exit(KgxCli.run(args, out, err));
        }
        DesktopMain.open(args);
    }
}
