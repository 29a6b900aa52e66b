package org.kgexplorer.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What one {@link ShellAction} does, and whether it can be done now (JabRef's {@code SimpleCommand}). Menu items,
 * buttons and shortcuts bind their disabled state to {@link #executableProperty()}, so they follow what the
 * command needs (an answer to save, a page to go back to) without being asked again. A command no screen has
 * defined yet is not executable.
 */
public final class Command {
    private final ShellAction action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable", false);
    private Runnable body = () -> { };

    Command(ShellAction action) {
        this.action = action;
    }

    public ShellAction action() {
        return action;
    }

    /** Sets what the command does, executable while {@code when} holds. */
    void define(Runnable body, ObservableBooleanValue when) {
        this.body = body;
        executable.unbind();
        executable.bind(when);
    }

    /** True when running the command now does something. */
    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the command if it is executable now (a stale key press on a disabled command does nothing). */
    public void execute() {
        if (executable.get()) {
            body.run();
        }
    }

    /** Always true: for commands that need nothing but the window. */
    static ObservableBooleanValue always() {
        return Bindings.createBooleanBinding(() -> true);
    }
}
