package org.kgexplorer.ui.data;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.kgexplorer.core.explore.ClassTree;
import org.kgexplorer.core.explore.InstanceList;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.ui.ExplorerContext;
import org.kgexplorer.ui.i18n.I18n;

/**
 * The class tree's state: the classes with their instance counts (counted in the background again whenever
 * the data changes) and the instances of the chosen class, sorted by name and read a page at a time.
 */
public final class ClassTreeViewModel {
    /** How many instances one page shows. */
    public static final int PAGE = 100;

    private final ExplorerContext context;
    private final I18n.Texts texts;
    private final ReadOnlyObjectWrapper<ClassTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<ClassTree.ClassNode> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObservableList<InstanceList.Instance> instances = FXCollections.observableArrayList();
    private final ObservableList<InstanceList.Instance> readOnlyInstances = FXCollections.unmodifiableObservableList(instances);
    private final ReadOnlyIntegerWrapper instanceTotal = new ReadOnlyIntegerWrapper(this, "instanceTotal");
    private InstanceList instanceList;
    private Task<ClassTree> treeTask;
    private Task<ClassTree> countTask;
    private Task<InstanceList> instancesTask;

    public ClassTreeViewModel(ExplorerContext context) {
        this.context = context;
        this.texts = context.i18n().texts("org.kgexplorer.ui.data.messages");
        context.dataVersionProperty().addListener((obs, old, now) -> reload());
        context.labelModeProperty().addListener((obs, old, now) -> {
            if (chosen.get() != null) {
                listInstances(chosen.get());
            }
        });
        reload();
    }

    /** Counts the classes and instances again, in the background. */
    public void reload() {
        if (treeTask != null) {
            treeTask.cancel();
        }
        stopCounting();
        Cancellation cancellation = new Cancellation();
        Task<ClassTree> task = new Task<>() {
            @Override
            protected ClassTree call() {
                updateTitle(texts.get("classes.task"));
                updateProgress(-1, 1);
                // A database's tree is kept in its folder and read, or built and kept when the data changed; an
                // endpoint's shows before it is counted (count())
                return org.kgexplorer.core.explore.DatabaseIndexes.shownFirst(context.store(), cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (treeTask != task) {
                return;
            }
            treeTask = null;
            loading.set(false);
            tree.set(task.getValue());
            ClassTree.ClassNode before = chosen.get();
            var still = before == null ? null : task.getValue().get(before.iri()).orElse(null);
            if (still != null) {
                listInstances(still);
            } else {
                chosen.set(null);
                instances.clear();
                instanceTotal.set(0);
            }
            if (task.getValue().counting()) {
                count(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (treeTask == task) {
                treeTask = null;
                loading.set(false);
            }
            context.tasks().reportFailure(task);
        });
        treeTask = task;
        loading.set(true);
        context.tasks().submitDataWork(task);
    }

    /**
     * Counts an endpoint's classes in the background (ADR 41) while the tree shows them as "counting…", then shows
     * the counts, or "many" where a count did not finish in time. A new tree (new data, another store) cancels it,
     * which ends its request; cancelled from the status bar, the counts stay "many".
     */
    private void count(ClassTree shown) {
        var store = context.store();
        Cancellation cancellation = new Cancellation();
        Task<ClassTree> task = new Task<>() {
            @Override
            protected ClassTree call() {
                updateTitle(texts.get("classes.counts.task"));
                updateProgress(-1, 1);
                return org.kgexplorer.core.explore.DatabaseIndexes.counted(store, shown, cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (countTask == task) {
                countTask = null;
                counted(task.getValue());
            }
        });
        task.setOnCancelled(e -> {
            if (countTask == task) {
                countTask = null;
                counted(shown.withCounts(null, null));
            }
        });
        task.setOnFailed(e -> {
            if (countTask == task) {
                countTask = null;
                counted(shown.withCounts(null, null));
            }
            context.tasks().reportFailure(task);
        });
        countTask = task;
        // the user lane: a count waits on the endpoint, up to its time limit, and must not hold up the data work
        context.tasks().submit(task);
    }

    /** Shows the counted tree in place of the one being counted, the chosen class kept. */
    private void counted(ClassTree counted) {
        ClassTree.ClassNode before = chosen.get();
        tree.set(counted);
        if (before != null) {
            chosen.set(counted.get(before.iri()).orElse(null));
        }
    }

    /** Stops counting the tree that goes away (its request ends at once: the task's thread is interrupted). */
    private void stopCounting() {
        Task<ClassTree> task = countTask;
        countTask = null;
        if (task != null) {
            task.cancel();
        }
    }

    /** Whether an endpoint's classes are being counted. */
    public boolean counting() {
        return countTask != null;
    }

    /** Lists the instances of a class and of its subclasses, sorted by name, first page first. */
    public void listInstances(ClassTree.ClassNode node) {
        chosen.set(node);
        if (instancesTask != null) {
            instancesTask.cancel();
        }
        ClassTree current = tree.get();
        if (node == null || current == null) {
            instances.clear();
            instanceTotal.set(0);
            return;
        }
        LabelMode mode = context.labelModeProperty().get();
        Cancellation cancellation = new Cancellation();
        Task<InstanceList> task = new Task<>() {
            @Override
            protected InstanceList call() {
                updateTitle(texts.get("classes.instances.task", node.names().in(mode)));
                return InstanceList.of(context.store(), current.instances(node.iri(), true), mode, cancellation);
            }

            @Override
            protected void cancelled() {
                cancellation.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            if (instancesTask == task) {
                instancesTask = null;
                instanceList = task.getValue();
                instanceTotal.set(instanceList.size());
                instances.setAll(instanceList.page(0, PAGE));
            }
        });
        task.setOnFailed(e -> {
            if (instancesTask == task) {
                instancesTask = null;
            }
            context.tasks().reportFailure(task);
        });
        instancesTask = task;
        context.tasks().submit(task);
    }

    /** Adds the next page of instances to the list. */
    public void showMore() {
        if (instanceList != null) {
            instances.addAll(instanceList.page(instances.size(), PAGE));
        }
    }

    /** How many instances are not listed yet. */
    public int remaining() {
        return instanceTotal.get() - instances.size();
    }

    /** Opens an instance in the details panel. */
    public void open(InstanceList.Instance instance) {
        if (instance != null) {
            context.selectedEntityProperty().set(instance.key());
        }
    }

    /** Opens a class itself in the details panel. */
    public void openClass(ClassTree.ClassNode node) {
        if (node != null) {
            context.selectedEntityProperty().set(node.iri());
        }
    }

    public ReadOnlyObjectProperty<ClassTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The class whose instances are listed, or null. */
    public ReadOnlyObjectProperty<ClassTree.ClassNode> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The instances listed so far (the first pages). */
    public ObservableList<InstanceList.Instance> instances() {
        return readOnlyInstances;
    }

    /** How many instances the chosen class has in all. */
    public ReadOnlyIntegerProperty instanceTotalProperty() {
        return instanceTotal.getReadOnlyProperty();
    }

    /** Sorts tree nodes by their name in the current mode. */
    List<ClassTree.ClassNode> sorted(List<ClassTree.ClassNode> nodes) {
        LabelMode mode = context.labelModeProperty().get();
        return nodes.stream().sorted(java.util.Comparator.comparing(
                (ClassTree.ClassNode n) -> n.names().in(mode), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    ExplorerContext context() {
        return context;
    }

    I18n.Texts texts() {
        return texts;
    }
}
