package org.kgexplorer.ui.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.FileChooser;

import org.kgexplorer.core.export.ResultFormat;
import org.kgexplorer.ui.DialogService;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Where and how to save an answer: a file and its format. {@link #choose} asks the user with the native file
 * chooser (the window's Save results); {@link #of} reads the format from a file's extension (tests, scripts).
 */
public record SaveTarget(Path file, ResultFormat format) {

    /** The format an extension names: .tsv, .json, .ttl; anything else is CSV, the spreadsheet format. */
    public static SaveTarget of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ResultFormat format = name.endsWith(".tsv") ? ResultFormat.TSV : name.endsWith(".json") ? ResultFormat.JSON
                : name.endsWith(".ttl") ? ResultFormat.TURTLE : ResultFormat.CSV;
        return new SaveTarget(file, format);
    }

    /** Asks where to save the answer (CSV, TSV or JSON; Turtle too for a graph); empty when the user cancels. */
    static Optional<SaveTarget> choose(ResultsAnswer answer, I18n.Texts texts, DialogService dialogs) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("save.title"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(texts.get("save.csv"), "*.csv");
        FileChooser.ExtensionFilter tsv = new FileChooser.ExtensionFilter(texts.get("save.tsv"), "*.tsv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(texts.get("save.json"), "*.json");
        chooser.getExtensionFilters().addAll(csv, tsv, json);
        FileChooser.ExtensionFilter turtle = new FileChooser.ExtensionFilter(texts.get("save.turtle"), "*.ttl");
        if (answer.kind() == ResultsAnswer.Kind.GRAPH) {
            chooser.getExtensionFilters().add(turtle);
        }
        chooser.setSelectedExtensionFilter(csv);
        chooser.setInitialFileName("results.csv");
        return dialogs.chooseFileToSave(chooser).map(file -> {
            FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
            ResultFormat format = chosen == tsv ? ResultFormat.TSV : chosen == json ? ResultFormat.JSON
                    : chosen == turtle ? ResultFormat.TURTLE : ResultFormat.CSV;
            return new SaveTarget(withExtension(file.toPath(), format.extension()), format);
        });
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension);
    }
}
