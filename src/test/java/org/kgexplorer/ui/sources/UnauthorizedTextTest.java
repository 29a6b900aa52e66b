package org.kgexplorer.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.remote.EndpointException;
import org.kgexplorer.ui.i18n.I18n;

/** A refused sign-in is told in the window's language about the dialog's fields, not the command line's options. */
class UnauthorizedTextTest {
    static final EndpointException REFUSED = new EndpointException(EndpointException.Kind.UNAUTHORIZED,
            "http://data.example.org/sparql: 401 Unauthorized: check --user and KGX_PASSWORD");

    @Test
    void aRefusedSignInIsToldInEnglishAndSpanish() {
        I18n i18n = new I18n();
        I18n.Texts texts = i18n.texts("org.kgexplorer.ui.sources.messages");
        assertEquals("http://data.example.org/sparql: the endpoint refused the sign-in (401 Unauthorized); check the "
                + "user and password, or the token.", SourcesViewModel.describe(texts, REFUSED));
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        assertEquals("http://data.example.org/sparql: el endpoint rechazó el acceso (401 Unauthorized); revise el "
                + "usuario y la contraseña, o el token.", SourcesViewModel.describe(texts, REFUSED));
    }

    @Test
    void otherFailuresKeepTheirLine() {
        I18n.Texts texts = new I18n().texts("org.kgexplorer.ui.sources.messages");
        EndpointException down = new EndpointException(EndpointException.Kind.UNAVAILABLE,
                "http://data.example.org/sparql: 503 Service Unavailable");
        assertEquals(down.getMessage(), SourcesViewModel.describe(texts, down));
    }
}
