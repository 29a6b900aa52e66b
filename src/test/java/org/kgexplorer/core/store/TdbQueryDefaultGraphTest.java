package org.kgexplorer.core.store;

import java.nio.file.Path;

/** The same queries over a TDB2 database: its default graph is the union too, each triple once (cli.md). */
class TdbQueryDefaultGraphTest extends QueryDefaultGraphTest {
    @Override
    LocalStore newStore(Path folder) throws Exception {
        return TdbStore.open(folder, true);
    }
}
