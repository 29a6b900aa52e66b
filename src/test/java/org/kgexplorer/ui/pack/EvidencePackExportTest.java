package org.kgexplorer.ui.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgexplorer.core.export.PackXml.SVG;
import static org.kgexplorer.core.export.PackXml.XHTML;
import static org.kgexplorer.core.export.PackXml.byClass;
import static org.kgexplorer.core.export.PackXml.parse;
import static org.kgexplorer.core.export.PackXml.texts;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.graph.GraphKeys;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.project.Project;
import org.kgexplorer.core.project.ViewState;
import org.kgexplorer.core.settings.Settings;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.graph.GraphScene;
import org.kgexplorer.ui.graph.GraphView;
import org.kgexplorer.ui.graph.GraphViewModel;
import org.kgexplorer.ui.graph.render.RenderScene;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.query.QueryWorkspaceViewModel;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** File → Export evidence pack… on a real graph view: the view on screen, or a project's saved views. */
@ExtendWith(ApplicationExtension.class)
class EvidencePackExportTest {
    static final String KG = Fixtures.KG;
    static final String ALPHA = KG + "JointTaskForceAlpha";
    static final String QUERY = "PREFIX kgx: <" + Fixtures.KGX + "> PREFIX kg: <" + KG + ">\n"
            + "SELECT ?org WHERE { ?org kgx:takesPartIn kg:JointTaskForceAlpha }";

    @TempDir
    Path dir;
    ExplorerContext context;
    org.kgexplorer.testing.BreakableStore store;
    GraphView graph;
    QueryWorkspaceViewModel queries;
    final List<Project.View> views = new ArrayList<>();
    /** The query of the answer the graph was drawn from (null: none). */
    String drawnQuery;
    EvidencePackExport export;

    @Start
    void start(Stage stage) throws Exception {
        store = new org.kgexplorer.testing.BreakableStore(Fixtures.bundled());
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        graph = new GraphView(new GraphViewModel(context));
        queries = new QueryWorkspaceViewModel(context, Settings.in(Files.createTempDirectory("kgx-pack")));
        export = new EvidencePackExport(context, graph, queries, () -> drawnQuery, () -> 120, () -> List.copyOf(views),
                () -> null);
        stage.setScene(new Scene(graph, 1024, 700));
        stage.show();
    }

    @Test
    void theViewOnScreenInSpanishHasEveryShownNodeTheQueryAndSpanishHeadings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.labelModeProperty().set(LabelMode.SPANISH);
            graph.openEntity(ALPHA);
            queries.selectedTabProperty().get().setText(QUERY);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> index(ALPHA) >= 0 && !graph.model().busyProperty().get());
        // held still, so the nodes stand where they are drawn now while the pack is written
        robot.interact(() -> graph.freezeLayout(true));
        WaitForAsyncUtils.waitForFxEvents();
        RenderScene onScreen = onFx(robot, () -> graph.canvas().scene());
        Path file = dir.resolve("vista.html");
        Task<Path> task = onFx(robot, () -> export.export(file, false));
        waitDone(task);
        assertEquals(Worker.State.SUCCEEDED, onFx(robot, task::getState), String.valueOf(onFx(robot, task::getException)));

        Document doc = parse(file);
        assertEquals("es", doc.getDocumentElement().getAttribute("lang"));
        assertEquals(List.of("Grafo", "Consulta", "Respuesta", "Evidencias", "Reproducibilidad"),
                texts(doc.getElementsByTagNameNS(XHTML, "h3")));
        GraphScene shown = graph.model().sceneProperty().get();
        Set<String> resources = new HashSet<>();
        for (int i = 0; i < shown.nodeCount(); i++) {
            if (!GraphKeys.isMore(shown.nodeId(i))) {
                resources.add(shown.nodeId(i));
            }
        }
        List<Element> circles = byClass(doc.getElementsByTagNameNS(SVG, "circle"), "node");
        Set<String> drawn = new HashSet<>();
        circles.forEach(c -> drawn.add(c.getTextContent()));
        assertEquals(resources.size(), circles.size(), "one circle per node on screen");
        assertEquals(resources, drawn);
        assertTrue(doc.getDocumentElement().getTextContent().contains("Fuerza de Tarea Conjunta Alfa"), "Spanish labels");
        assertEquals(QUERY, byClass(doc.getElementsByTagNameNS(XHTML, "pre"), "query").get(0).getTextContent());
        assertEquals("Evidence pack saved: vista.html", onFx(robot, () -> context.tasks().noticeProperty().get()),
                "told in the window's status bar, in the interface language (English here)");

        // every circle where the graph view draws its node: the same place, scaled and moved as one
        GraphScene ids = graph.model().sceneProperty().get();
        Map<String, Element> circleOf = new java.util.HashMap<>();
        circles.forEach(c -> circleOf.put(c.getTextContent(), c));
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < onScreen.nodeCount(); i++) {
            if (circleOf.containsKey(ids.nodeId(i))) {
                placed.add(i);
            }
        }
        assertTrue(placed.size() >= 3, "three nodes or more: " + placed.size());
        int a = placed.stream().min(java.util.Comparator.comparingDouble(onScreen::x)).orElseThrow();
        int b = placed.stream().max(java.util.Comparator.comparingDouble(onScreen::x)).orElseThrow();
        double scale = (cx(circleOf.get(ids.nodeId(b))) - cx(circleOf.get(ids.nodeId(a)))) / (onScreen.x(b) - onScreen.x(a));
        assertTrue(scale > 0, "left to right as on screen");
        for (int i : placed) {
            Element c = circleOf.get(ids.nodeId(i));
            Element first = circleOf.get(ids.nodeId(a));
            assertEquals(cx(first) + (onScreen.x(i) - onScreen.x(a)) * scale, cx(c), 0.5, ids.nodeId(i) + " across");
            assertEquals(cy(first) + (onScreen.y(i) - onScreen.y(a)) * scale, cy(c), 0.5, ids.nodeId(i) + " down");
        }
    }

    @Test
    void theViewOnScreenTakesTheQueryItWasDrawnFromElseATabTextThatParsesElseNone(FxRobot robot) throws Exception {
        robot.interact(() -> {
            graph.openEntity(ALPHA);
            queries.selectedTabProperty().get().setText("SELECT ?x WHERE { ?x");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> index(ALPHA) >= 0 && !graph.model().busyProperty().get());
        Path halfTyped = dir.resolve("half.html");
        Task<Path> task = onFx(robot, () -> export.export(halfTyped, false));
        waitDone(task);
        assertEquals(Worker.State.SUCCEEDED, onFx(robot, task::getState), String.valueOf(onFx(robot, task::getException)));
        Document doc = parse(halfTyped);
        assertEquals(List.of(), byClass(doc.getElementsByTagNameNS(XHTML, "pre"), "query"), "a half-typed query is none");
        assertEquals(1, byClass(doc.getElementsByTagNameNS(SVG, "circle"), "node").stream()
                .filter(c -> c.getTextContent().equals(ALPHA)).count(), "the graph is still there");

        drawnQuery = QUERY;
        Path drawn = dir.resolve("drawn.html");
        Task<Path> second = onFx(robot, () -> export.export(drawn, false));
        waitDone(second);
        assertEquals(Worker.State.SUCCEEDED, onFx(robot, second::getState));
        assertEquals(QUERY, byClass(parse(drawn).getElementsByTagNameNS(XHTML, "pre"), "query").get(0).getTextContent(),
                "the query of the answer drawn, whatever the tab holds");
    }

    @Test
    void aProjectsSavedViewsAreItsScenesInOrderWithTheirCaptions(FxRobot robot) throws Exception {
        ViewState alpha = new ViewState(List.of(ALPHA, KG + "ICE", KG + "FBI"), Map.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), "FORCE", ViewState.Camera.DEFAULT, List.of());
        ViewState sentinel = new ViewState(List.of(KG + "OperationSentinel", ALPHA), Map.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), "HIERARCHICAL", ViewState.Camera.DEFAULT, List.of());
        views.add(new Project.View("Who takes part", "Quién participa", QUERY, null, alpha));
        views.add(new Project.View("Operation Sentinel", "Operación Centinela", "", null, sentinel));
        robot.interact(() -> context.labelModeProperty().set(LabelMode.ENGLISH));
        Path file = dir.resolve("lesson.html");
        Task<Path> task = onFx(robot, () -> export.export(file, true));
        waitDone(task);
        assertEquals(Worker.State.SUCCEEDED, onFx(robot, task::getState), String.valueOf(onFx(robot, task::getException)));

        Document doc = parse(file);
        assertEquals(List.of("Scenes", "1. Who takes part", "2. Operation Sentinel"),
                texts(doc.getElementsByTagNameNS(XHTML, "h2")), "the table of contents, then the scenes in order");
        assertEquals(2, byClass(doc.getElementsByTagNameNS(XHTML, "section"), "scene").size());
        NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
        assertEquals(2, svgs.getLength());
        assertEquals(3, byClass(((Element) svgs.item(0)).getElementsByTagNameNS(SVG, "circle"), "node").size());
        assertEquals(2, byClass(((Element) svgs.item(1)).getElementsByTagNameNS(SVG, "circle"), "node").size());
        assertEquals("This view has no query.",
                byClass(doc.getElementsByTagNameNS(XHTML, "p"), "none").get(0).getTextContent());
    }

    @Test
    void aCancelledExportLeavesNoFile(FxRobot robot) throws Exception {
        ViewState big = new ViewState(List.of(ALPHA, KG + "ICE", KG + "FBI", KG + "OperationSentinel"), Map.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), "FORCE", ViewState.Camera.DEFAULT, List.of());
        for (int i = 0; i < 40; i++) {
            views.add(new Project.View("Scene " + i, "Escena " + i, QUERY, null, big));
        }
        Path file = dir.resolve("cancelled.html");
        // its reads are held, so it is caught while it runs (unheld, forty scenes took under half a second in CI)
        store.hold();
        Task<Path> task = onFx(robot, () -> export.export(file, true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(robot, task::getState) == Worker.State.RUNNING);
        assertTrue(onFx(robot, () -> task.cancel()), "cancelled while it ran");
        store.release();
        waitDone(task);
        assertEquals(Worker.State.CANCELLED, onFx(robot, task::getState));
        // the work stops at its next check and leaves the list of running work; nothing was written, no temporary file
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void headingsFollowTheLabelLanguageAndBothGivesBoth() {
        assertEquals("Query", EvidencePackExport.headings(LabelMode.ENGLISH).query());
        assertEquals("Consulta", EvidencePackExport.headings(LabelMode.SPANISH).query());
        assertEquals("Query / Consulta", EvidencePackExport.headings(LabelMode.BOTH).query());
        for (LabelMode mode : LabelMode.values()) {
            String sentence = EvidencePackExport.headings(mode).sentence();
            assertTrue(new java.text.MessageFormat(sentence, java.util.Locale.ENGLISH).format(new Object[] {1234})
                    .endsWith(" 1234"), "a sentence's number as it is, no thousands separator: " + sentence);
        }
        Project.View v = new Project.View("Meeting", "Reunión", "", null, ViewState.EMPTY);
        assertEquals("Reunión", EvidencePackExport.caption(v, LabelMode.SPANISH));
        assertEquals("Meeting / Reunión", EvidencePackExport.caption(v, LabelMode.BOTH));
        assertEquals("Meeting", EvidencePackExport.caption(new Project.View("Meeting", "", "", null, ViewState.EMPTY),
                LabelMode.SPANISH), "the other language when it has none in this one");
    }

    // ---- helpers

    private int index(String id) {
        return graph.model().sceneProperty().get().indexOfNode(id);
    }

    private static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> action) {
        List<T> out = new ArrayList<>();
        robot.interact(() -> out.add(action.get()));
        return out.get(0);
    }

    private static void waitDone(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double cx(Element circle) {
        return Double.parseDouble(circle.getAttribute("cx"));
    }

    private static double cy(Element circle) {
        return Double.parseDouble(circle.getAttribute("cy"));
    }
}
