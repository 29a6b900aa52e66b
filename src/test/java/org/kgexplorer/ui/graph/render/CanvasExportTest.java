package org.kgexplorer.ui.graph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** PNG and SVG export of what the canvas shows. */
@ExtendWith(ApplicationExtension.class)
class CanvasExportTest {
    @TempDir
    Path dir;
    GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new GraphCanvas();
        String[] labels = {"Joint Task Force Alpha", "Operation Sentinel", "Department of Homeland Security",
            "FBI & DEA <joint>", "\"Quoted\" O'Brien", "Fuerza de Tarea Conjunta", "CBP", "ICE"};
        RenderScene ring = TestScenes.ring(labels.length);
        float[] x = new float[labels.length];
        float[] y = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            x[i] = ring.x(i);
            y[i] = ring.y(i);
        }
        byte[] states = new byte[labels.length];
        states[0] = RenderScene.SELECTED;
        states[1] = RenderScene.HIGHLIGHTED | RenderScene.PINNED;
        states[2] = RenderScene.DIMMED;
        states[7] = RenderScene.MORE;
        canvas.setScene(new RenderScene(x, y, labels, new int[] {0, 1, 2, 3, 4, 0, 1, 2}, states,
                new int[] {0, 1, 2, 3, 4, 5, 6}, new int[] {1, 2, 3, 4, 5, 6, 7},
                new String[] {"works with", "is run by", null, "a < b", null, null, "more"}, new byte[7],
                TestScenes.STYLES));
        stage.setScene(new Scene(new StackPane(canvas), 640, 420));
        stage.show();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.framesPresented() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pngHasTheCanvasSizeAndIsNotBlank(FxRobot robot) throws Exception {
        settle();
        Path png = dir.resolve("graph.png");
        robot.interact(() -> write(() -> canvas.writePng(png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) canvas.getWidth(), image.getWidth());
        assertEquals((int) canvas.getHeight(), image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() >= 8, "distinct colours: " + colours.size());
        assertTrue(colours.contains(TestScenes.STYLES.get(2).argb() | 0xFF000000) || colours.size() > 20);
    }

    @Test
    void svgParsesAndHoldsEveryDrawnLabel(FxRobot robot) throws Exception {
        settle();
        Path svg = dir.resolve("graph.svg");
        robot.interact(() -> write(() -> canvas.writeSvg(svg)));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList texts = doc.getElementsByTagName("text");
        Set<String> written = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            written.add(texts.item(i).getTextContent());
        }
        FramePlan drawn = canvas.lastFrame();
        assertTrue(drawn.nodeLabels().count() >= 6, "labels drawn: " + drawn.nodeLabels().count());
        for (PlacedLabels labels : List.of(drawn.nodeLabels(), drawn.edgeLabels())) {
            for (int i = 0; i < labels.count(); i++) {
                assertTrue(written.contains(labels.text(i)), "missing in SVG: " + labels.text(i));
            }
        }
        assertTrue(written.contains("FBI & DEA <joint>"));
        assertEquals(drawn.nodesDrawn(), countNodes(doc));
    }

    @Test
    void backgroundFollowsTheThemeColour(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> canvas.backgroundColourProperty().set(Color.web("#0d1117")));
        Path png = dir.resolve("dark.png");
        robot.interact(() -> write(() -> canvas.writePng(png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(0xFF0D1117, image.getRGB(2, 2));
    }

    @Test
    void exportToAMissingFolderFailsAndLeavesNothing(FxRobot robot) throws Exception {
        settle();
        Path missing = dir.resolve("no-such-folder").resolve("graph.png");
        Exception[] failure = new Exception[1];
        robot.interact(() -> {
            try {
                canvas.writePng(missing);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        assertTrue(failure[0] != null);
        assertTrue(Files.notExists(missing));
    }

    private static int countNodes(Document doc) throws Exception {
        return ((NodeList) javax.xml.xpath.XPathFactory.newInstance().newXPath()
                .evaluate("//*[@class='node']", doc, javax.xml.xpath.XPathConstants.NODESET)).getLength();
    }

    private interface Export {
        void run() throws Exception;
    }

    private static void write(Export export) {
        try {
            export.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
