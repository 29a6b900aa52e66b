package org.kgexplorer.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kgexplorer.core.query.AnswerStream;
import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.testing.LoopbackFuseki;
import org.kgexplorer.testing.TinyEndpoint;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;
import org.kgexplorer.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results panel over a real SPARQL endpoint (Fuseki on loopback, ADR 42): a SELECT answer shows its rows as
 * they arrive and stops at the page size; "Load the next" reads on from the same answer (one request to the server
 * for all pages); Cancel, a new answer and a closed query tab let the answer go; Save writes the whole answer.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsOverEndpointTest {
    static final int ITEMS = 25_000;
    static final String EX = "http://example.org/";
    /** Literals only: no label lookups, so the server's request count is the query's own. */
    static final String RANKS = "SELECT ?rank WHERE { ?s <" + EX + "rank> ?rank }";
    static final String ITEMS_QUERY = "SELECT ?s ?rank WHERE { ?s <" + EX + "rank> ?rank }";
    /** 100,000 rows of literals (every rank beside each of four numbers). */
    static final String HUNDRED_THOUSAND = "SELECT ?x ?y WHERE { ?a <" + EX + "rank> ?x VALUES ?y { 0 1 2 3 } }";
    /** 625 million rows: never read to its end. */
    static final String ENDLESS = "SELECT ?x ?y WHERE { ?a <" + EX + "rank> ?x . ?b <" + EX + "rank> ?y }";

    /** Generous slack for a shared, noisy machine, as WindowResponsivenessTest allows (goal: 100 ms). */
    static final long MAX_PULSE_GAP_MS = 1000;

    static LoopbackFuseki fuseki;

    @TempDir
    Path dir;
    ExplorerContext context;
    ResultsViewModel model;
    ResultsView view;

    @BeforeAll
    static void serve() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node rank = NodeFactory.createURI(EX + "rank");
        for (int i = 0; i < ITEMS; i++) {
            Node item = NodeFactory.createURI(EX + "item/" + i);
            data.add(Quad.defaultGraphIRI, item, rank, NodeFactory.createLiteralDT(Integer.toString(i),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            data.add(Quad.defaultGraphIRI, item, RDFS.label.asNode(), NodeFactory.createLiteralLang("Item " + i, "en"));
        }
        fuseki = LoopbackFuseki.open("items", data);
    }

    /** Lets go of the answer a test left open, as a new answer or the window's closing does (its thread then ends). */
    @org.junit.jupiter.api.AfterEach
    void letGo(FxRobot robot) throws Exception {
        AnswerStream open = model.openStream();
        robot.interact(model::closeStream);
        if (open != null) {
            assertTrue(open.awaitEnd(5000), "the answer's thread ends once it is let go");
        }
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Start
    void start(Stage stage) {
        RemoteStore store = new RemoteStore(Endpoint.open(URI.create(fuseki.sparql())), 30_000);
        context = new ExplorerContext(store, new TaskRunner(), new I18n());
        model = new ResultsViewModel(context);
        view = new ResultsView(model);
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    private int rows() {
        return model.answerProperty().get().hasTable() ? model.answerProperty().get().table().rowCount() : 0;
    }

    @Test
    void pagesOfOneAnswerLoadOneAfterAnotherFromASingleRequest(FxRobot robot) throws Exception {
        long before = fuseki.requests();
        ResultsFixture.run(robot, model, RANKS);
        assertEquals(10_000, rows());
        assertTrue(model.moreProperty().get());
        assertEquals("First 10,000 rows; more on the server. Save writes the whole answer.",
                robot.lookup("#results-cap").queryAs(Label.class).getText());
        assertTrue(model.statusProperty().get().startsWith("first 10,000 rows; more on the server"),
                model.statusProperty().get());
        Button next = robot.lookup("#results-load-more").queryButton();
        assertEquals("Load the next 10,000", next.getText());
        AnswerStream open = model.openStream();
        assertNotNull(open);

        robot.clickOn(next);
        ResultsFixture.settle(model);
        assertEquals(20_000, rows());
        assertTrue(model.moreProperty().get());
        assertEquals(open, model.openStream(), "the same answer goes on");

        robot.clickOn(robot.lookup("#results-load-more").queryButton());
        ResultsFixture.settle(model);
        assertEquals(ITEMS, rows());
        assertFalse(model.moreProperty().get());
        assertFalse(robot.lookup("#results-load-more").queryButton().isVisible());
        assertTrue(open.awaitEnd(1000), "the answer read to its end lets its thread go");
        assertEquals("25,000 rows in", model.statusProperty().get().substring(0, 14));

        Set<Integer> ranks = new HashSet<>();
        var table = model.answerProperty().get().table();
        for (int r = 0; r < table.rowCount(); r++) {
            ranks.add(Integer.parseInt(table.node(r, 0).getLiteralLexicalForm()));
        }
        assertEquals(ITEMS, ranks.size(), "each row once, none asked for twice");
        assertEquals(before + 1, fuseki.requests(), "one request for the three pages");
    }

    @Test
    void aPageHoldsAsManyRowsAsTheConnectionSays(FxRobot robot) throws Exception {
        RemoteStore sevenThousand = new RemoteStore(new org.kgexplorer.core.remote.EndpointProfile(
                URI.create(fuseki.sparql()), Endpoint.Auth.NONE, null, null, 30, 7_000,
                org.kgexplorer.core.remote.TextSearch.NONE), null);
        robot.interact(() -> {
            context.useStore(sevenThousand);
            context.dataChanged();
        });
        ResultsFixture.run(robot, model, RANKS);
        assertEquals(7_000, rows());
        assertEquals("Load the next 7,000", robot.lookup("#results-load-more").queryButton().getText());
    }

    @Test
    void rowsArriveInLabelledBatchesWhileTheWindowKeepsDrawing(FxRobot robot) throws Exception {
        // resources are labelled as they arrive, their names fetched a batch at a time (this first table also
        // loads the table's classes and styles, so the pulses below measure the rows arriving)
        ResultsFixture.run(robot, model, ITEMS_QUERY + " ORDER BY ?rank");
        assertEquals("Item 0", model.answerProperty().get().table().label(0, 0));
        assertEquals("Item 9999", model.answerProperty().get().table().label(9_999, 0));

        robot.interact(() -> model.pageSizeProperty().set(100_000));
        AtomicInteger updates = new AtomicInteger();
        List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> model.answerProperty().addListener((obs, old, now) -> {
            updates.incrementAndGet();
            sizes.add(now.hasTable() ? now.table().rowCount() : 0);
        }));
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    longest.accumulateAndGet(now - before, Math::max);
                }
            }
        };
        robot.interact(pulses::start);
        ResultsFixture.run(robot, model, HUNDRED_THOUSAND);
        robot.interact(pulses::stop);
        assertEquals(100_000, rows());
        assertFalse(model.moreProperty().get(), "the answer had exactly the page's rows");
        long longestMs = longest.get() / 1_000_000;
        System.out.println("results-stream-100000: " + updates.get() + " table updates, longest pulse gap "
                + longestMs + " ms");
        assertTrue(updates.get() < 1_000, "batched, not one update per row: " + updates.get());
        assertTrue(sizes.stream().anyMatch(n -> n > 0 && n < 100_000), "rows were shown before the last arrived: " + sizes);
        assertTrue(longestMs < MAX_PULSE_GAP_MS, "a JavaFX pulse waited " + longestMs + " ms");
        assertEquals(List.of(0, 1), model.answerProperty().get().numeric(), "both columns chart as numbers");
    }

    @Test
    void cancelLetsTheAnswerGoWithinASecondAndKeepsTheRowsThatArrived(FxRobot robot) throws Exception {
        robot.interact(() -> model.pageSizeProperty().set(50_000_000));
        robot.interact(() -> model.run(ENDLESS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows() > 20_000);
        AnswerStream open = model.openStream();
        assertNotNull(open);
        long start = System.nanoTime();
        robot.interact(model::cancel);
        assertTrue(open.awaitEnd(1000), "the answer was let go within 1 s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("results-stream-cancel: the answer ended " + millis + " ms after Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int kept = rows();
        assertTrue(kept > 20_000);
        assertEquals(String.format("Stopped after %,d rows; the rest of the answer was not loaded.", kept),
                model.noticeProperty().get());
        assertFalse(model.moreProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aNewQueryThatCancelsAPageBeingLoadedShowsNoStoppedNoticeOfTheOldAnswer(FxRobot robot) throws Exception {
        ResultsFixture.run(robot, model, RANKS);
        assertTrue(model.moreProperty().get());
        robot.interact(() -> {
            model.loadMore();
            model.run("ASK { ?s ?p ?o }");
        });
        ResultsFixture.settle(model);
        assertFalse(model.answerProperty().get().hasTable(), "the ASK's answer is shown");
        assertEquals("", model.noticeProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aNewAnswerOrClosingItsTabLetsTheOpenAnswerGo(FxRobot robot) throws Exception {
        Object tab = new Object();
        robot.interact(() -> model.run(RANKS, tab));
        ResultsFixture.settle(model);
        AnswerStream first = model.openStream();
        assertTrue(model.moreProperty().get());
        ResultsFixture.run(robot, model, RANKS + " ORDER BY DESC(?rank)");
        assertTrue(first.awaitEnd(1000), "the replaced answer was let go");
        AnswerStream second = model.openStream();
        assertNotSame(first, second);
        assertFalse(second.isEnded());

        robot.interact(() -> model.run(RANKS, tab));
        ResultsFixture.settle(model);
        AnswerStream third = model.openStream();
        robot.interact(() -> model.sourceClosed(new Object()));
        assertFalse(third.isEnded(), "another tab closing leaves it open");
        assertTrue(model.moreProperty().get());
        robot.interact(() -> model.sourceClosed(tab));
        assertTrue(third.awaitEnd(1000), "its tab closing lets it go");
        assertFalse(model.moreProperty().get());
        assertEquals(10_000, rows(), "the rows shown stay");
    }

    @Test
    void saveWritesTheWholeAnswerAndTheOpenAnswerGoesOn(FxRobot robot) throws Exception {
        ResultsFixture.run(robot, model, RANKS);
        assertEquals(10_000, rows());
        Path file = dir.resolve("ranks.csv");
        robot.interact(() -> model.saveResults(file, org.kgexplorer.core.export.ResultFormat.CSV, false));
        ResultsFixture.settle(model);
        assertEquals(String.format("Saved %,d rows to ranks.csv.", ITEMS), model.noticeProperty().get());
        List<String> lines = Files.readAllLines(file);
        assertEquals(ITEMS + 1, lines.size());
        Set<String> saved = new HashSet<>(lines.subList(1, lines.size()));
        for (int i = 0; i < ITEMS; i++) {
            assertTrue(saved.contains(Integer.toString(i)), "rank " + i + " saved");
        }
        assertTrue(model.moreProperty().get(), "saving ran the query again; the table's answer is still open");
        robot.interact(model::loadMore);
        ResultsFixture.settle(model);
        assertEquals(20_000, rows());
    }

    @Test
    void savingWithLabelColumnsFetchesTheNamesOfManyResourcesPerRequest(FxRobot robot) throws Exception {
        ResultsFixture.run(robot, model, ITEMS_QUERY);
        assertTrue(model.moreProperty().get());
        long before = fuseki.requests();
        Path file = dir.resolve("items.csv");
        robot.interact(() -> model.saveResults(file, org.kgexplorer.core.export.ResultFormat.CSV, true));
        ResultsFixture.settle(model);
        List<String> lines = Files.readAllLines(file);
        assertEquals(ITEMS + 1, lines.size());
        assertTrue(lines.get(0).endsWith("s,s_label,rank"), lines.get(0));
        assertTrue(lines.contains(EX + "item/7,Item 7,7"), "a row with its label");
        long requests = fuseki.requests() - before;
        System.out.println("results-save-labels: " + requests + " requests for " + ITEMS + " rows");
        // the query, then one request per 200 names: 1 + 25,000 / 200
        assertEquals(1 + ITEMS / 200, requests);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stall", "/hang"})
    void cancelStopsAServerThatStoppedSendingWithinASecond(String behaviour, FxRobot robot) throws Exception {
        try (TinyEndpoint server = new TinyEndpoint()) {
            ResultsViewModel[] stalled = new ResultsViewModel[1];
            robot.interact(() -> stalled[0] = new ResultsViewModel(new ExplorerContext(
                    new RemoteStore(Endpoint.open(URI.create(server.url(behaviour))), 30_000), new TaskRunner(), new I18n())));
            ResultsViewModel other = stalled[0];
            robot.interact(() -> other.run("SELECT ?n WHERE { ?s ?p ?n }"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other.openStream() != null && !server.requests().isEmpty());
            AnswerStream open = other.openStream();
            long start = System.nanoTime();
            robot.interact(other::cancel);
            assertTrue(open.awaitEnd(1000), "the request ended within 1 s of Cancel");
            System.out.println("results-cancel" + behaviour + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !other.busyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", other.errorProperty().get());
            // the row /stall sent waits in the JSON reader, which reads ahead for the next one: no row was shown
            assertEquals("The query was cancelled; the previous results are still shown.", other.noticeProperty().get());
        }
    }
}
