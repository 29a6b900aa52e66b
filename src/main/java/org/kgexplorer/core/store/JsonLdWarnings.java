package org.kgexplorer.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Titanium, Jena's JSON-LD 1.1 engine, reports some problems (a malformed language tag, say) only to
 * java.util.logging and then drops the value: the user saw two log lines on stderr and lost data with exit 0.
 * Its log goes here instead of the console, and a parse learns what Titanium complained of on its thread.
 */
final class JsonLdWarnings {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one would lose this setup. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog");
    private static final ThreadLocal<List<String>> HEARD = new ThreadLocal<>();

    private static final Handler LISTENER = new Handler() {
        private final SimpleFormatter text = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            List<String> heard = HEARD.get();
            if (heard != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                heard.add(text.formatMessage(record));
            }
        }

        @Override
        public void flush() {
            // nothing is buffered
        }

        @Override
        public void close() {
            // nothing is held
        }
    };

    private JsonLdWarnings() {
    }

    /**
     * Sets up Titanium's logger, again if needed: {@code LogManager.reset()} (the application's logging set-up
     * calls it) removes every logger's handlers, and this one's with them.
     */
    private static synchronized void attach() {
        if (!Arrays.asList(TITANIUM.getHandlers()).contains(LISTENER)) {
            TITANIUM.setUseParentHandlers(false);
            TITANIUM.addHandler(LISTENER);
        }
    }

    /** Runs a parse on this thread and gives the first problem Titanium logged meanwhile, if any. */
    static Optional<String> during(Runnable parse) {
        attach();
        List<String> heard = new ArrayList<>();
        HEARD.set(heard);
        try {
            parse.run();
        } finally {
            HEARD.remove();
        }
        return heard.stream().findFirst();
    }
}
