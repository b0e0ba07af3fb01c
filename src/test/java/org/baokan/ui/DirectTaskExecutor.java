package org.baokan.ui;

import org.baokan.ui.common.TaskExecutor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its continuation at once on the calling thread: ViewModel tests need no FX toolkit. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable r) {
        r.run();
    }
}
