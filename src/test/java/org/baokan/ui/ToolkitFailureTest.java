package org.baokan.ui;

import org.baokan.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the window cannot open, the reader is told why and what to do. */
class ToolkitFailureTest {
    @TempDir
    Path dir;
    private final Messages chinese = new Messages(Messages.CHINESE);
    private final Messages english = new Messages(Messages.ENGLISH);

    private static RuntimeException glass(String message) {
        return new UnsupportedOperationException(message);
    }

    @Test
    void gtkThatCannotBeLoadedIsNamedWithTheLoadersReason() throws Exception {
        Path system = Files.createDirectories(dir.resolve("system"));
        Files.writeString(system.resolve(ToolkitFailure.GTK), "");
        List<Path> tried = new ArrayList<>();
        ToolkitFailure f = new ToolkitFailure(Map.of(), List.of(system), p -> {
            tried.add(p);
            throw new UnsatisfiedLinkError("libepoxy.so.0: cannot open shared object file: No such file or directory");
        });
        String why = f.explain(glass("Unable to load glass GTK library."), english).orElseThrow();
        assertThat(why).contains("GTK 3", "libepoxy.so.0: cannot open shared object file", "libgtk-3-0");
        assertThat(tried).containsExactly(system.resolve(ToolkitFailure.GTK));
        assertThat(f.explain(new RuntimeException(glass("Unable to load glass GTK library.")), chinese).orElseThrow())
                .startsWith("窗口无法打开：无法加载 GTK 3（libepoxy.so.0");
    }

    @Test
    void theLibraryPathIsSearchedFirstAsTheLoaderDoes() throws Exception {
        Path own = Files.createDirectories(dir.resolve("own"));
        Path system = Files.createDirectories(dir.resolve("system"));
        Files.writeString(own.resolve(ToolkitFailure.GTK), "");
        Files.writeString(system.resolve(ToolkitFailure.GTK), "");
        ToolkitFailure f = new ToolkitFailure(Map.of("LD_LIBRARY_PATH", "/nowhere:" + own), List.of(system), p -> { });
        assertThat(f.find()).contains(own.resolve(ToolkitFailure.GTK));
    }

    @Test
    void missingGtkIsSaidToBeMissing() {
        ToolkitFailure f = new ToolkitFailure(Map.of(), List.of(dir), p -> {
            throw new AssertionError("nothing to load");
        });
        assertThat(f.explain(glass("Unable to load glass GTK library."), english).orElseThrow())
                .contains("libgtk-3.so.0 not found", "sudo apt-get install libgtk-3-0 libxtst6");
    }

    @Test
    void gtkThatLoadsNowWasBeingInstalled() throws Exception {
        Files.writeString(dir.resolve(ToolkitFailure.GTK), "");
        ToolkitFailure f = new ToolkitFailure(Map.of(), List.of(dir), p -> { });
        assertThat(f.explain(glass("Unable to load glass GTK library."), english).orElseThrow())
                .contains("loads now", "Start Baokan Reader again");
    }

    @Test
    void noDisplayNamesTheDisplayTried() {
        ToolkitFailure f = new ToolkitFailure(Map.of("DISPLAY", ":42"), List.of(dir), p -> { });
        assertThat(f.explain(glass("Unable to open DISPLAY"), english).orElseThrow()).contains("DISPLAY=:42");
        assertThat(new ToolkitFailure(Map.of(), List.of(dir), p -> { }).explain(glass("Unable to open DISPLAY"), chinese)
                .orElseThrow()).contains("DISPLAY=未设置");
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        ToolkitFailure f = new ToolkitFailure(Map.of(), List.of(dir), p -> { });
        assertThat(f.explain(new IllegalStateException("boom"), english)).isEmpty();
        assertThat(f.explain(glass("Something else"), english)).isEmpty();
    }
}
