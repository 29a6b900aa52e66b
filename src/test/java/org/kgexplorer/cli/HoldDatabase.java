package org.kgexplorer.cli;

import java.nio.file.Path;

import org.kgexplorer.core.store.TdbStore;

/**
 * A child process for {@link DatabaseCliTest}: opens the database in {@code args[0]}, as the window would, says
 * {@code holding} on stdout, and keeps it open until its stdin closes.
 */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (TdbStore store = TdbStore.open(Path.of(args[0]), false)) {
            System.out.println("holding " + store.tripleCount());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
