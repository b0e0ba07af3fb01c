package org.baokan.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.function.Consumer;

/**
 * What every ViewModel is given: the shared selection, the executor for slow work, the open
 * archive and the strings of the chosen language.
 */
public final class Context {
    private final AppState state;
    private final TaskExecutor tasks;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final Messages messages;

    public Context(AppState state, TaskExecutor tasks, Messages messages) {
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
    }

    public AppState state() {
        return state;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public Messages messages() {
        return messages;
    }

    /** The open archive; null while none is open. */
    public ObjectProperty<Session> session() {
        return session;
    }

    /** The open archive, for work that must say so when there is none; in the background. */
    public Session sessionOrFail() {
        Session s = session.get();
        if (s == null) {
            throw new IllegalStateException(messages.get("status.noArchive"));
        }
        return s;
    }

    /** Work on the open archive, run in the background. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Session s) throws Exception;
    }

    /**
     * Runs work on the archive in the background and hands the result to {@code done} on the FX
     * thread; a failure is shown in the status bar, in the reader's language. Nothing runs while
     * no archive is open.
     */
    public <T> void load(Work<T> work, Consumer<T> done) {
        load(work, done, () -> { });
    }

    /**
     * The same; after a failure, shown in the status bar, {@code failed} runs on the FX thread too.
     * Nothing runs while no archive is open.
     */
    public <T> void load(Work<T> work, Consumer<T> done, Runnable failed) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        tasks.run(() -> work.run(s), done, t -> {
            failed(t);
            failed.run();
        });
    }

    /** Shows a failure in the status bar, in the reader's language ({@link Messages#explain}). */
    public void failed(Throwable t) {
        state.status().set(messages.explain(t));
    }
}
