package org.baokan.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (SQL, search, HTML building, import) away from the FX thread and hands the result
 * back to it. ViewModels take one, so tests can run everything on the calling thread.
 */
public interface TaskExecutor {
    /**
     * @param work      what to do in the background
     * @param onSuccess receives the result on the FX thread
     * @param onFailure receives the failure on the FX thread
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs something on the FX thread (at once when already there). */
    void onUi(Runnable r);
}
