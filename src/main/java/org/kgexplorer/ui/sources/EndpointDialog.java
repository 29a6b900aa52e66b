package org.kgexplorer.ui.sources;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.EndpointProbe;
import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.remote.TextSearch;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * File → Connect to a SPARQL endpoint (ADR 41): the endpoint's URL, how to authenticate (the password or token is
 * typed here, kept in memory for the connection only, never saved or shown again), the time limit of each request,
 * the results table's page size, the text search, a CA certificate file, and Test, which asks the endpoint in the
 * background and says what works ("SPARQL 1.1, 12,345 triples, 0.4 s") or why not, in one line.
 */
public final class EndpointDialog extends Dialog<EndpointDialog.Choice> {
    /** What the user chose: the endpoint as it is remembered, and its secret (null when none). */
    public record Choice(EndpointProfile profile, String secret) {
        @Override
        public String toString() {
            return "Choice[" + profile + "]";
        }
    }

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final TextField url = new TextField();
    private final ComboBox<Endpoint.Auth> auth = new ComboBox<>();
    private final TextField user = new TextField();
    private final PasswordField secret = new PasswordField();
    private final Spinner<Integer> timeout = new Spinner<>(1, 3600, EndpointProfile.DEFAULT_TIMEOUT_SECONDS);
    private final Spinner<Integer> pageSize = new Spinner<>(100, 1_000_000, EndpointProfile.DEFAULT_PAGE_SIZE, 1000);
    private final ComboBox<TextSearch> textSearch = new ComboBox<>();
    private final TextField caCert = new TextField();
    private final Button test = new Button();
    private final Label result = new Label();
    private final ButtonType connect;
    private Task<EndpointProbe.Report> testing;

    /** A dialog filled with {@code start} (a recent endpoint, whose secret is asked again), or empty when null. */
    public EndpointDialog(ExplorerContext context, EndpointProfile start) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.sources.messages");
        setTitle(texts.get("endpoint.title"));
        getDialogPane().setId("endpoint-dialog");
        connect = new ButtonType(texts.get("endpoint.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("endpoint.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(connect, cancel);

        url.setId("endpoint-url");
        url.setPromptText("https://example.org/dataset/sparql");
        url.setPrefColumnCount(32);
        auth.setId("endpoint-auth");
        auth.getItems().setAll(Endpoint.Auth.values());
        auth.setConverter(converter(a -> texts.get("endpoint.auth." + a.name().toLowerCase(java.util.Locale.ROOT))));
        auth.setButtonCell(cell(auth.getConverter()));
        user.setId("endpoint-user");
        secret.setId("endpoint-secret");
        timeout.setId("endpoint-timeout");
        timeout.setEditable(true);
        pageSize.setId("endpoint-page-size");
        pageSize.setEditable(true);
        textSearch.setId("endpoint-text-search");
        textSearch.getItems().setAll(TextSearch.values());
        textSearch.setConverter(converter(t -> texts.get("endpoint.text." + t.key())));
        textSearch.setButtonCell(cell(textSearch.getConverter()));
        caCert.setId("endpoint-cacert");
        caCert.setPromptText(texts.get("endpoint.cacert.none"));
        Button browse = new Button(texts.get("endpoint.cacert.browse"));
        browse.setId("endpoint-cacert-browse");
        browse.setOnAction(e -> chooseCertificate());
        HBox certRow = new HBox(6, caCert, browse);
        HBox.setHgrow(caCert, Priority.ALWAYS);
        test.setId("endpoint-test");
        result.setId("endpoint-test-result");
        // Its own row under Test, as wide as the form, wrapped: beside Test in a row it was cut to one line with "…".
        result.setWrapText(true);
        result.setMinWidth(0);
        result.setPrefWidth(0);
        result.setMaxWidth(Double.MAX_VALUE);

        BooleanBinding none = auth.valueProperty().isEqualTo(Endpoint.Auth.NONE);
        user.disableProperty().bind(auth.valueProperty().isNotEqualTo(Endpoint.Auth.BASIC));
        secret.disableProperty().bind(none);
        secret.promptTextProperty().bind(Bindings.createStringBinding(() -> auth.getValue() == Endpoint.Auth.BEARER
                ? texts.get("endpoint.token") : texts.get("endpoint.password"), auth.valueProperty()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        int row = 0;
        form.addRow(row++, new Label(texts.get("endpoint.url")), url);
        form.addRow(row++, new Label(texts.get("endpoint.auth")), auth);
        form.addRow(row++, new Label(texts.get("endpoint.user")), user);
        form.addRow(row++, new Label(texts.get("endpoint.secret")), secret);
        form.addRow(row++, new Label(texts.get("endpoint.timeout")), timeout);
        form.addRow(row++, new Label(texts.get("endpoint.pageSize")), pageSize);
        form.addRow(row++, new Label(texts.get("endpoint.textSearch")), textSearch);
        form.addRow(row++, new Label(texts.get("endpoint.cacert")), certRow);
        form.add(test, 0, row++, 2, 1);
        form.add(result, 0, row, 2, 1);
        GridPane.setHgrow(url, Priority.ALWAYS);
        getDialogPane().setContent(form);

        fill(start == null ? null : start);
        test.setText(texts.get("endpoint.test"));
        test.setOnAction(e -> {
            if (testing != null) {
                testing.cancel();
            } else {
                test();
            }
        });
        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.disableProperty().bind(Bindings.createBooleanBinding(() -> profile().isEmpty(), url.textProperty(),
                auth.valueProperty(), user.textProperty(), caCert.textProperty()));
        setResultConverter(button -> {
            stopTest();
            return button == connect ? profile().map(p -> new Choice(p, p.needsSecret() ? secret.getText() : null))
                    .orElse(null) : null;
        });
        setOnShown(e -> (start == null || url.getText().isBlank() ? url : start.needsSecret() ? secret : url).requestFocus());
    }

    private void fill(EndpointProfile start) {
        url.setText(start == null ? "" : start.url().toString());
        auth.setValue(start == null ? Endpoint.Auth.NONE : start.auth());
        user.setText(start == null || start.user() == null ? "" : start.user());
        timeout.getValueFactory().setValue(start == null ? EndpointProfile.DEFAULT_TIMEOUT_SECONDS : start.timeoutSeconds());
        pageSize.getValueFactory().setValue(start == null ? EndpointProfile.DEFAULT_PAGE_SIZE : start.pageSize());
        textSearch.setValue(start == null ? TextSearch.DETECT : start.textSearch());
        caCert.setText(start == null || start.caCert() == null ? "" : start.caCert().toString());
    }

    /** The endpoint as the fields describe it; empty while the URL is not an http or https address. */
    Optional<EndpointProfile> profile() {
        String text = url.getText() == null ? "" : url.getText().strip();
        URI address;
        try {
            address = new URI(text);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (!("http".equals(address.getScheme()) || "https".equals(address.getScheme())) || address.getHost() == null
                || address.getUserInfo() != null) {
            return Optional.empty();
        }
        if (auth.getValue() == Endpoint.Auth.BASIC && user.getText().isBlank()) {
            return Optional.empty();
        }
        String ca = caCert.getText() == null ? "" : caCert.getText().strip();
        return Optional.of(new EndpointProfile(address, auth.getValue(), user.getText().strip(),
                ca.isEmpty() ? null : Path.of(ca), timeout.getValue(), pageSize.getValue(), textSearch.getValue()));
    }

    /** Asks the endpoint in the background, and says what works or why not. */
    void test() {
        Optional<EndpointProfile> chosen = profile();
        if (chosen.isEmpty()) {
            result.setText(texts.get("endpoint.invalid"));
            return;
        }
        EndpointProfile p = chosen.get();
        String typed = p.needsSecret() ? secret.getText() : null;
        String title = texts.get("endpoint.testing", p.url());
        Task<EndpointProbe.Report> task = new Task<>() {
            @Override
            protected EndpointProbe.Report call() {
                updateTitle(title);
                return EndpointProbe.probe(new RemoteStore(p, typed));
            }
        };
        testing = task;
        result.setText(texts.get("endpoint.testing", p.url()));
        test.setText(texts.get("endpoint.stop"));
        task.setOnSucceeded(e -> tested(task, said(task.getValue())));
        task.setOnFailed(e -> tested(task, message(SourcesViewModel.describe(texts, task.getException()))));
        task.setOnCancelled(e -> tested(task, texts.get("endpoint.testCancelled")));
        context.tasks().submit(task);
    }

    private void tested(Task<?> task, String message) {
        if (testing == task) {
            testing = null;
            test.setText(texts.get("endpoint.test"));
            result.setText(message);
        }
    }

    /** "SPARQL 1.1, 12,345 triples, 0.4 s", with the text index when one was found. */
    private String said(EndpointProbe.Report report) {
        double seconds = report.millis() / 1000.0;
        String line = report.triples() < 0 ? texts.get("endpoint.works.many", seconds, timeout.getValue())
                : texts.get("endpoint.works", report.triples(), seconds);
        if (report.textSearch() != TextSearch.NONE && report.textSearch() != TextSearch.DETECT) {
            line += texts.get("endpoint.works.index", texts.get("endpoint.text." + report.textSearch().key()));
        }
        return line;
    }

    private static String message(String m) {
        return m.lines().findFirst().orElse(m);
    }

    private void stopTest() {
        if (testing != null) {
            testing.cancel();
            testing = null;
        }
    }

    private void chooseCertificate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("endpoint.cacert.choose"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(texts.get("endpoint.cacert.pem"),
                "*.pem", "*.crt", "*.cer"), new FileChooser.ExtensionFilter(texts.get("filter.all"), "*"));
        context.dialogs().chooseFileToOpen(chooser).ifPresent(f -> caCert.setText(f.getPath()));
    }

    /** The line under Test (for the tests). */
    Label result() {
        return result;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : converter.toString(item));
            }
        };
    }
}
