package org.kgexplorer.ui.sources;

import java.util.ArrayList;

import javafx.collections.ObservableList;

import org.kgexplorer.core.remote.EndpointProfile;
import org.kgexplorer.core.settings.Settings;

/**
 * File → Connect to a SPARQL endpoint… and Recent endpoints (ADR 41): the dialog, and the endpoints connected lately,
 * newest first, kept in the settings without their secrets. A recent endpoint whose authentication needs a password
 * or token opens the dialog again, filled in, to ask for it; an open one connects at once.
 */
public final class EndpointChooser {
    /** How many recent endpoints the File menu keeps. */
    public static final int RECENT_LIMIT = 8;
    private static final String SETTING = "recentEndpoints";

    private final SourcesViewModel model;
    private final ObservableList<EndpointProfile> recent;

    /** @param recent the list the File menu shows; filled from the settings now, and kept up to date as endpoints connect */
    public EndpointChooser(SourcesViewModel model, ObservableList<EndpointProfile> recent, Settings settings) {
        this.model = model;
        this.recent = recent;
        recent.setAll(settings.getList(SETTING).stream().map(EndpointProfile::parse)
                .flatMap(java.util.Optional::stream).toList());
        model.setOnEndpointConnected(this::remember);
    }

    /** Asks for an endpoint and connects to it. */
    public void chooseNew() {
        ask(null);
    }

    /** Connects to a recent endpoint; asks for its secret first when its authentication needs one. */
    public void openRecent(EndpointProfile profile) {
        if (profile.needsSecret()) {
            ask(profile);
        } else {
            model.connectEndpoint(profile, null);
        }
    }

    private void ask(EndpointProfile start) {
        model.context().dialogs().showAndWait(new EndpointDialog(model.context(), start))
                .ifPresent(choice -> model.connectEndpoint(choice.profile(), choice.secret()));
    }

    /** Puts an endpoint first in the recent list (one entry per URL). */
    void remember(EndpointProfile profile) {
        recent.removeIf(p -> p.url().equals(profile.url()));
        recent.add(0, profile);
        if (recent.size() > RECENT_LIMIT) {
            recent.remove(RECENT_LIMIT, recent.size());
        }
    }

    /** Writes the recent endpoints into the settings (the caller saves them): no secret is among them. */
    public void store(Settings settings) {
        settings.putList(SETTING, new ArrayList<>(recent.stream().map(EndpointProfile::toSetting).toList()));
    }
}
