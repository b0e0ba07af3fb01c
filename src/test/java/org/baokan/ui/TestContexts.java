package org.baokan.ui;

import org.baokan.store.Archive;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.Session;

import java.nio.file.Path;

/** A ViewModel's world for plain unit tests: the fixture archive, Chinese strings, work done at once. */
public final class TestContexts {
    private TestContexts() {
    }

    public static Context open(Path dir) throws Exception {
        Archive a = Archive.open(dir.resolve("archive.db"));
        UiFixtures.fill(a, dir.resolve("pages"));
        Context c = new Context(new AppState(), new DirectTaskExecutor(), new Messages(Messages.CHINESE));
        c.session().set(new Session(a));
        return c;
    }

    public static void close(Context c) {
        if (c != null && c.session().get() != null) {
            c.session().get().close();
        }
    }
}
