package org.kgexplorer.ui.details;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kgexplorer.core.explore.EntityDetails;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The details panel: the selected entity's name, types, names in English and Spanish, facts out and in grouped
 * by predicate (each value a link; Tab and Enter follow them; Alt+Left and Alt+Right go back and forward), and
 * its evidence: each fact's marker opens the sentence that says it, highlighted in the source document below.
 */
public final class DetailsView extends BorderPane {
    private final DetailsViewModel model;
    private final DetailsContent content;
    private final Label title = new Label();
    private final Label iri = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final Label message = new Label();
    private final EvidencePane evidence;
    private final SplitPane split = new SplitPane();
    /** The most of the panel's height a chosen fact's evidence takes as its minimum: the details keep the rest. */
    private static final double EVIDENCE_MOST = 0.72;
    /** The details' share of the panel's height while no fact's evidence is shown. */
    private static final double DETAILS_SHARE = 0.58;

    public DetailsView(DetailsViewModel model) {
        this.model = model;
        this.content = new DetailsContent(model);
        this.evidence = new EvidencePane(model);
        setId("details");
        getStyleClass().add("details-view");
        getStylesheets().add(DetailsView.class.getResource("details.css").toExternalForm());
        setTop(header());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setId("details-scroll");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.setPadding(new Insets(16));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(32, 32);
        busy.visibleProperty().bind(model.loadingProperty());
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new Insets(8, 16, 0, 0));
        StackPane body = new StackPane(scroll, busy);
        // Shorter than its fact, quotes and source need (a projector's zoom), the evidence scrolls as a whole: the
        // source's title and its passage stay reachable instead of being cut off at the bottom.
        // A chosen fact's evidence (its sentence, the first quote's heading and three lines, the source's title and
        // two lines of it) is the evidence pane's minimum, up to EVIDENCE_MOST of the panel's height: at 1024x700
        // the divider at 58 % left it one line of the quote until the user dragged it. With no fact chosen the
        // details keep their share.
        ScrollPane evidenceScroll = new ScrollPane(evidence) {
            @Override
            protected double computeMinHeight(double width) {
                if (model.selectedFactProperty().get() == null) {
                    return super.computeMinHeight(width);
                }
                double inside = getWidth() - snappedLeftInset() - snappedRightInset();
                double needs = evidence.minHeight(inside > 0 ? inside : -1) + snappedTopInset() + snappedBottomInset();
                return Math.min(needs, split.getHeight() * EVIDENCE_MOST);
            }
        };
        evidenceScroll.setFitToWidth(true);
        evidenceScroll.setFitToHeight(true);
        evidenceScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        evidenceScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        split.getItems().setAll(body, evidenceScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DETAILS_SHARE);
        // A chosen fact's evidence pushed the divider up (its minimum, above); once no fact is chosen the details
        // take their share back, or the next entity showed its types and names above an empty evidence pane.
        model.selectedFactProperty().addListener((obs, old, now) -> {
            if (now == null && split.getDividerPositions()[0] < DETAILS_SHARE) {
                split.setDividerPositions(DETAILS_SHARE);
            }
        });
        setCenter(split);
        model.detailsProperty().addListener((obs, old, now) -> render());
        model.errorProperty().addListener((obs, old, now) -> render());
        model.context().i18n().localeProperty().addListener((obs, old, now) -> render());
        // The details hold their names in both languages: a new label mode shows them at once. The details read again
        // for it may equal these (only their order can change), and then no change of the details would redraw them.
        model.context().labelModeProperty().addListener((obs, old, now) -> render());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(focused));
            }
        });
        render();
    }

    /** Scrolls the details so that a node in them (the link or marker Tab moved to) is in sight. */
    private void reveal(javafx.scene.Node node) {
        javafx.scene.Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getBoundsInLocal().getHeight();
        if (height <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (height - viewport);
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double wanted = b.getMinY() - (viewport - b.getHeight()) / 2;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / (height - viewport))));
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Shows the entity opened before this one. */
    public void back() {
        model.back();
    }

    /** Shows the entity opened after this one, after going back. */
    public void forward() {
        model.forward();
    }

    private VBox header() {
        Button back = iconButton("details-back", "mdal-arrow_back", "details.back");
        back.setOnAction(e -> back());
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = iconButton("details-forward", "mdal-arrow_forward", "details.forward");
        forward.setOnAction(e -> forward());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        title.setId("details-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        // The title has the panel's whole width: beside the arrows, a narrow panel at a projector's zoom wrapped
        // "Joint Task Force Alpha" onto four lines and left the facts a line's height (1280x720 at 150 %).
        HBox top = new HBox(title);
        WholeWords.keep(title, javafx.beans.binding.Bindings.createDoubleBinding(() -> top.getWidth()
                - top.snappedLeftInset() - top.snappedRightInset(), top.widthProperty()), model.context().scale().factorProperty());
        top.setAlignment(Pos.CENTER_LEFT);
        iri.setId("details-iri");
        iri.getStyleClass().addAll("text-muted", "text-small");
        // A long IRI is cut to fit the panel: the tooltip shows it whole (and the button copies it).
        Tooltip iriTip = new Tooltip();
        iriTip.textProperty().bind(iri.textProperty());
        iri.setTooltip(iriTip);
        Button copy = iconButton("details-copy-iri", "mdal-content_copy", "details.copyIri");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(model.context().selectedEntityProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        copy.visibleProperty().bind(model.context().selectedEntityProperty().isNotNull());
        HBox second = new HBox(4, back, forward, iri, copy);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(0, top, second);
        header.setPadding(new Insets(8, 12, 6, 12));
        header.getStyleClass().add("details-header");
        return header;
    }

    private Button iconButton(String id, String icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.texts().text(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(model.texts().text(tooltipKey));
        return b;
    }

    private void render() {
        EntityDetails d = model.detailsProperty().get();
        String key = model.context().selectedEntityProperty().get();
        if (!model.errorProperty().get().isEmpty()) {
            message.setText(model.errorProperty().get());
            scroll.setContent(message);
            return;
        }
        if (d == null) {
            title.setText("");
            iri.setText("");
            message.setText(key == null ? model.texts().get("details.placeholder") : model.texts().get("details.loading"));
            scroll.setContent(message);
            return;
        }
        title.setText(d.entity().label(model.mode()));
        iri.setText(d.entity().key());
        javafx.scene.Node old = scroll.getContent();
        boolean focusWasInside = getScene() != null && getScene().getFocusOwner() != null && old != null
                && isInside(getScene().getFocusOwner(), old);
        scroll.setContent(content.build(d));
        scroll.setVvalue(0);
        if (focusWasInside) {
            // the followed link is gone with the old content: keep the keyboard in the details panel
            scroll.requestFocus();
        }
    }

    /** Alt+Left and Alt+Right travel through the history; Enter follows the focused link or marker. */
    private void keys(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            back();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            forward();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof ButtonBase button && !e.isAltDown()) {
            button.fire();
            e.consume();
        }
    }
}
