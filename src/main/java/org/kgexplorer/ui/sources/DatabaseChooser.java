package org.kgexplorer.ui.sources;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.i18n.I18n;

/**
 * File → New database from files…, Open database… and Recent databases: the choosers, and the recent database
 * folders, newest first, kept in the settings. A recent database whose folder is gone says so and is dropped.
 */
public final class DatabaseChooser {
    /** How many recent databases the File menu keeps. */
    public static final int RECENT_LIMIT = 8;
    private static final String SETTING = "recentDatabases";

    private final SourcesViewModel model;
    private final ObservableList<Path> recent;
    private final I18n.Texts texts;

    /**
     * @param recent the list the File menu shows; filled from the settings now, and kept up to date as databases open
     */
    public DatabaseChooser(SourcesViewModel model, ObservableList<Path> recent, Settings settings) {
        this.model = model;
        this.recent = recent;
        this.texts = model.texts();
        recent.setAll(settings.getList(SETTING).stream().map(Path::of).toList());
        model.setOnDatabaseOpened(this::remember);
    }

    /** Asks for an empty folder, then for the RDF files to put in it, and makes the database. */
    public void chooseNew() {
        DirectoryChooser folderChooser = new DirectoryChooser();
        folderChooser.setTitle(texts.get("chooser.newDatabase"));
        var folder = model.context().dialogs().chooseFolder(folderChooser);
        if (folder.isEmpty()) {
            return;
        }
        FileChooser files = new FileChooser();
        files.setTitle(texts.get("chooser.databaseFiles"));
        files.getExtensionFilters().addAll(RdfFileFilters.rdf(texts.get("filter.rdf")),
                new FileChooser.ExtensionFilter(texts.get("filter.all"), "*"));
        List<File> chosen = model.context().dialogs().chooseFilesToOpen(files);
        if (!chosen.isEmpty()) {
            model.newDatabase(folder.get().toPath(), chosen.stream().map(File::toPath).toList());
        }
    }

    /** Asks for a database folder and opens it. */
    public void chooseExisting() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("chooser.openDatabase"));
        model.context().dialogs().chooseFolder(chooser).ifPresent(folder -> model.openDatabase(folder.toPath()));
    }

    /** Opens a recent database; one whose folder is gone is dropped from the list, and the status says so. */
    public void openRecent(Path folder) {
        if (!Files.isDirectory(folder)) {
            recent.remove(folder);
            model.reportMissingDatabase(folder);
            return;
        }
        model.openDatabase(folder);
    }

    /** Puts a database first in the recent list. */
    void remember(Path folder) {
        recent.remove(folder);
        recent.add(0, folder);
        if (recent.size() > RECENT_LIMIT) {
            recent.remove(RECENT_LIMIT, recent.size());
        }
    }

    /** Writes the recent databases into the settings (the caller saves them). */
    public void store(Settings settings) {
        settings.putList(SETTING, new ArrayList<>(recent.stream().map(Path::toString).toList()));
    }
}
