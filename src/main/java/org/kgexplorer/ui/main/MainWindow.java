package org.kgexplorer.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.UiScale;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The explorer's one window: the data panel on the left (search, loaded sources, class tree), the query
 * workspace above its results in the middle, the details of the selected entity on the right, the menus on
 * top and the running tasks at the bottom. It remembers its layout, theme and languages in the settings.
 */
public final class MainWindow extends BorderPane {
    /** How many recent files the File menu keeps. */
    static final int RECENT_LIMIT = 10;
    private static final double WORK_AREA_MIN_HEIGHT = 305;

    private final ExplorerContext context;
    private final Settings settings;
    private final I18n.Texts texts;
    private final ShellActions actions = new ShellActions();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final VBox dataPanel = new VBox(8);
    private final Tab queryTab = new Tab();
    private final Tab graphTab = new Tab();
    private final Tab timelineTab = new Tab();
    private final Tab matrixTab = new Tab();
    private final TabPane workArea = new TabPane(queryTab, graphTab, timelineTab, matrixTab);
    /** How the tabs not shown yet get their content ({@link #fillWhenNeeded}). */
    private final java.util.List<Runnable> unfilled = new java.util.ArrayList<>();
    private boolean tabsFilled;
    private final StackPane resultsArea = new StackPane();
    private final StackPane detailsArea = new StackPane();
    private final SplitPane columns;
    private final SplitPane middle;
    private final SidePanels panels;
    private double queryShare;
    private double graphShare;

    public MainWindow(ExplorerContext context, Settings settings) {
        this.context = context;
        this.settings = settings;
        this.texts = context.i18n().texts("org.kgexplorer.ui.main.messages");
        setId("main-window");
        restoreChoices();
        queryShare = settings.getDouble("layout.middle", 0.45);
        graphShare = settings.getDouble("layout.middle.graph", 0.68);
        workArea.setId("work-area");
        workArea.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        queryTab.setId("query-tab");
        queryTab.textProperty().bind(texts.text("tab.query"));
        queryTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdal-code"));
        graphTab.setId("graph-tab");
        graphTab.textProperty().bind(texts.text("tab.graph"));
        graphTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdal-bubble_chart"));
        timelineTab.setId("timeline-tab");
        timelineTab.textProperty().bind(texts.text("tab.timeline"));
        timelineTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdmz-timeline"));
        matrixTab.setId("matrix-tab");
        matrixTab.textProperty().bind(texts.text("tab.matrix"));
        matrixTab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdal-grid_on"));
        // Enough height for the editor and the library's list, text and buttons on a 700 px screen.
        workArea.setMinHeight(WORK_AREA_MIN_HEIGHT);
        middle = new SplitPane(workArea, resultsArea);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(settings.getDouble("layout.middle", 0.45));
        // The graph wants more room than the editor: each tab keeps its own share of the column (the timeline and the
        // matrix share the graph's).
        workArea.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            double here = middle.getDividerPositions()[0];
            if (old == queryTab) {
                queryShare = here;
            } else if (old != null) {
                graphShare = here;
            }
            middle.setDividerPositions(now == queryTab ? queryShare : graphShare);
            javafx.application.Platform.runLater(this::roomForTheLibrary);
        });
        middle.heightProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(this::roomForTheLibrary));
        dataPanel.setMinWidth(220);
        detailsArea.setMinWidth(260);
        dataPanel.setId("data-panel");
        detailsArea.setId("details-area");
        columns = new SplitPane();
        columns.setId("main-columns");
        panels = new SidePanels(columns, dataPanel, middle, detailsArea, settings);
        SplitPane.setResizableWithParent(dataPanel, false);
        SplitPane.setResizableWithParent(detailsArea, false);
        defineWindowCommands();
        setTop(new MainMenu(texts, actions, recentFiles, context.labelModeProperty(), context.i18n().localeProperty(), theme,
                panels));
        styleProperty().bind(context.scale().fontStyle());
        getStylesheets().add(context.scale().iconStylesheet().get());
        context.scale().iconStylesheet().addListener((obs, old, now) -> getStylesheets().set(getStylesheets().indexOf(old), now));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::zoomKeys);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, w) -> context.dialogs().setOwner(w));
                context.dialogs().setOwner(scene.getWindow());
            }
        });
        setCenter(columns);
        // A window too short for its panels at a large zoom (1280x720 at 150 % with the data panel shown) cuts the
        // panels at the bottom: the menu bar and the status line keep their height (the border pane squeezed the menu
        // bar, and the search box was drawn over "File Edit Query", taking their clicks).
        columns.setMinHeight(0);
        // (a split pane centres an item that cannot be as short as its place: a column's top went above the window)
        for (javafx.scene.layout.Region column : List.of(dataPanel, middle, detailsArea)) {
            column.setMinHeight(0);
        }
        javafx.scene.shape.Rectangle cut = new javafx.scene.shape.Rectangle();
        cut.widthProperty().bind(columns.widthProperty());
        cut.heightProperty().bind(columns.heightProperty());
        columns.setClip(cut);
        setBottom(new TaskStatusBar(context, texts));
        theme.addListener((obs, old, now) -> now.apply());
    }

    /**
     * On a short window (1024x700, 1280x720) the query workspace starts with the height its library needs to show
     * five questions and the chosen one's title, three lines of its description and its buttons (the workspace's
     * preferred height); the answer below keeps the rest. Only a new window height or a switch of tab moves the
     * divider: where the user drags it, it stays.
     */
    private void roomForTheLibrary() {
        javafx.scene.Node headers = workArea.lookup(".tab-header-area");
        double height = middle.getHeight();
        if (workArea.getSelectionModel().getSelectedItem() != queryTab || queryTab.getContent() == null || headers == null
                || height <= 0) {
            return;
        }
        javafx.scene.layout.Region content = (javafx.scene.layout.Region) queryTab.getContent();
        // laid out, what the workspace lacks is added to what the work area has (its headers, borders and padding)
        double wanted = content.getHeight() > 0 && workArea.getHeight() > 0
                ? workArea.getHeight() + content.prefHeight(-1) - content.getHeight()
                : workArea.snappedTopInset() + workArea.snappedBottomInset() + headers.prefHeight(-1) + content.prefHeight(-1);
        double divider = dividerHeight();
        double most = height - resultsArea.minHeight(-1) - divider;
        double share = (Math.min(wanted, most) + divider / 2) / height;
        if (share > middle.getDividerPositions()[0]) {
            middle.setDividerPositions(share);
        }
    }

    /**
     * Gives the answer below the query workspace up to {@code wanted} pixels of the middle's height, taken from the
     * workspace down to its least ({@link #WORK_AREA_MIN_HEIGHT}): at 1280x720 the library's room left the answer one
     * row. Only ever makes the answer taller, and only while the query workspace is in front; a switch of tab or a new
     * window height gives the library its room again ({@link #roomForTheLibrary}).
     */
    public void roomForTheAnswer(double wanted) {
        double height = middle.getHeight();
        if (workArea.getSelectionModel().getSelectedItem() != queryTab || height <= 0 || wanted <= resultsArea.getHeight()) {
            return;
        }
        double divider = dividerHeight();
        double most = height - divider - workArea.minHeight(-1);
        double answer = Math.min(wanted, most);
        double share = (height - answer - divider / 2) / height;
        if (share < middle.getDividerPositions()[0]) {
            middle.setDividerPositions(share);
        }
    }

    /** The height of the divider between the query workspace and the answer (0 before it is laid out). */
    private double dividerHeight() {
        return middle.lookupAll(".split-pane-divider").stream().mapToDouble(d -> d.prefHeight(-1)).findFirst().orElse(0);
    }

    /** The commands that need only the window: views, zoom, help, quit. */
    private void defineWindowCommands() {
        UiScale scale = context.scale();
        actions.define(ShellAction.SHOW_QUERY, this::showQuery);
        actions.define(ShellAction.SHOW_GRAPH, this::showGraph);
        actions.define(ShellAction.SHOW_TIMELINE, () -> workArea.getSelectionModel().select(timelineTab));
        actions.define(ShellAction.SHOW_MATRIX, () -> workArea.getSelectionModel().select(matrixTab));
        actions.define(ShellAction.ZOOM_IN, scale::zoomIn, scale.canZoomIn());
        actions.define(ShellAction.ZOOM_OUT, scale::zoomOut, scale.canZoomOut());
        actions.define(ShellAction.ZOOM_RESET, scale::reset, scale.isActualSize().not());
        actions.define(ShellAction.HELP, () -> context.dialogs().showAndWait(new HelpDialog(texts, scale.factor())));
        actions.define(ShellAction.ABOUT, () -> context.dialogs().showAndWait(HelpDialog.about(texts, scale.factor())));
        actions.define(ShellAction.QUIT, this::requestClose);
    }

    /**
     * Quit asks the window to close as its close button does, so whatever guards closing (unsaved queries) is
     * asked either way.
     */
    private void requestClose() {
        Window w = getScene().getWindow();
        WindowEvent request = new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST);
        w.fireEvent(request);
        if (!request.isConsumed()) {
            w.hide();
        }
    }

    /*
     * The menu's accelerators are Ctrl+Plus and Ctrl+Minus; most keyboards type "+" as Shift+"=", and the keypad
     * has its own keys, so those zoom too.
     */
    private void zoomKeys(javafx.scene.input.KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        ShellAction zoom = switch (e.getCode()) {
            case EQUALS, ADD -> ShellAction.ZOOM_IN;
            case SUBTRACT -> ShellAction.ZOOM_OUT;
            case NUMPAD0 -> ShellAction.ZOOM_RESET;
            default -> null;
        };
        if (zoom != null) {
            e.consume();
            actions.execute(zoom);
        }
    }

    /** Files dropped anywhere on the window go to {@code open} (RDF files are added, queries opened). */
    public void setOnFilesDropped(java.util.function.Consumer<List<Path>> open) {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open.accept(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** The commands the menus run; the screens define them as they are wired. */
    public ShellActions actions() {
        return actions;
    }

    /** Puts the data panel's parts, top to bottom (the search, the sources, the class tree). */
    public void setDataPanel(Node... parts) {
        dataPanel.getChildren().setAll(parts);
    }

    public void setQueryWorkspace(Node node) {
        queryTab.setContent(node);
    }

    /** Puts the relationship graph in the tab beside the query workspace. */
    public void setGraph(Node node) {
        fillWhenNeeded(graphTab, node);
    }

    /**
     * Gives {@code tab} its content when it first comes to the front or when {@link #fillTabs} is called, whichever
     * is first: a tab behind the first costs the window's first frame nothing (its styles, skins and layout; ADR 5).
     */
    private void fillWhenNeeded(Tab tab, Node node) {
        if (tabsFilled || tab.isSelected()) {
            tab.setContent(node);
            return;
        }
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(node);
            }
        };
        unfilled.add(fill);
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    fill.run();
                }
            }
        });
    }

    /**
     * Puts the content of every tab behind the first in place (the graph, the timeline, the matrix); the application
     * calls it once its start has settled, so that they are ready before anyone asks for them.
     */
    public void fillTabs() {
        tabsFilled = true;
        unfilled.forEach(Runnable::run);
        unfilled.clear();
    }

    /** Puts the timeline in its tab; {@code shown} is told whether the tab is in front. */
    public void setTimeline(Node node, java.util.function.Consumer<Boolean> shown) {
        fillWhenNeeded(timelineTab, node);
        timelineTab.selectedProperty().addListener((obs, was, is) -> shown.accept(is));
    }

    /** Puts the matrix in its tab; {@code shown} is told whether the tab is in front. */
    public void setMatrix(Node node, java.util.function.Consumer<Boolean> shown) {
        fillWhenNeeded(matrixTab, node);
        matrixTab.selectedProperty().addListener((obs, was, is) -> shown.accept(is));
    }

    /** Brings the query workspace to the front. */
    public void showQuery() {
        workArea.getSelectionModel().select(queryTab);
    }

    /** Brings the relationship graph to the front. */
    public void showGraph() {
        workArea.getSelectionModel().select(graphTab);
    }

    /** Whether the graph is the tab in front. */
    public boolean graphShown() {
        return graphTab.isSelected();
    }

    /** True while the graph is the tab in front. */
    public javafx.beans.property.ReadOnlyBooleanProperty graphShownProperty() {
        return graphTab.selectedProperty();
    }

    public void setResults(Node node) {
        resultsArea.getChildren().setAll(node);
    }

    public void setDetails(Node node) {
        detailsArea.getChildren().setAll(node);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Recent files, newest first, as the File menu shows them. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Puts a file first in the recent files (and keeps at most {@value #RECENT_LIMIT}). */
    public void rememberFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        if (recentFiles.size() > RECENT_LIMIT) {
            recentFiles.remove(RECENT_LIMIT, recentFiles.size());
        }
    }

    private void restoreChoices() {
        theme.set(Theme.parse(settings.get("theme", "LIGHT")));
        context.scale().factorProperty().set(settings.getDouble("ui.scale", 1.0));
        // At first start the interface follows the system's language when it is one we offer.
        String system = "es".equals(Locale.getDefault().getLanguage()) ? "es" : "en";
        context.i18n().localeProperty().set(Locale.forLanguageTag(settings.get("ui.language", system)));
        // At first start the labels are in the interface's language too.
        LabelMode first = labelsFor(context.i18n().locale());
        try {
            context.labelModeProperty().set(LabelMode.valueOf(settings.get("labels", first.name())));
        } catch (IllegalArgumentException e) {
            context.labelModeProperty().set(first);
        }
        // Labels that were in the interface's language move with it (a Spanish class gets Spanish names and
        // captions from one switch); a choice of the other language, or of both, stays.
        context.i18n().localeProperty().addListener((o, was, now) -> {
            if (was != null && now != null && context.labelModeProperty().get() == labelsFor(was)) {
                context.labelModeProperty().set(labelsFor(now));
            }
        });
        List<Path> recent = new ArrayList<>();
        for (String s : settings.getList("recent")) {
            Path p = Path.of(s);
            if (Files.exists(p)) {
                recent.add(p);
            }
        }
        recentFiles.setAll(recent);
    }

    private static LabelMode labelsFor(Locale locale) {
        return "es".equals(locale.getLanguage()) ? LabelMode.SPANISH : LabelMode.ENGLISH;
    }

    /** Writes the layout, theme, languages and recent files into the settings (the caller saves them). */
    public void storeChoices() {
        settings.put("theme", theme.get().name());
        settings.put("ui.scale", Double.toString(context.scale().factor()));
        settings.put("ui.language", context.i18n().locale().toLanguageTag());
        settings.put("labels", context.labelModeProperty().get().name());
        panels.store(settings);
        double share = middle.getDividerPositions()[0];
        boolean query = queryTab.isSelected();
        settings.put("layout.middle", Double.toString(query ? share : queryShare));
        settings.put("layout.middle.graph", Double.toString(query ? graphShare : share));
        settings.putList("recent", recentFiles.stream().map(Path::toString).toList());
    }
}
