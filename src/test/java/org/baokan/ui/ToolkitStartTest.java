package org.baokan.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Unable to load glass GTK library" as a reader meets it: the desktop started on a real X
 * display (Xvfb) whose GTK 3 cannot be loaded, here a broken libgtk-3.so.0 found first on
 * LD_LIBRARY_PATH. The reader gets one line with the loader's reason and what to install, not
 * JavaFX's sentence without a reason. Skipped where there is no Xvfb.
 */
class ToolkitStartTest {
    @TempDir
    Path dir;
    private Process xvfb;

    @AfterEach
    void stopXvfb() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @Test
    void aGtkThatCannotBeLoadedIsExplainedInOneLine() throws Exception {
        Path server = List.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").stream().map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(server != null, "no Xvfb here");
        int display = 150 + (int) (ProcessHandle.current().pid() % 300);
        xvfb = new ProcessBuilder(server.toString(), ":" + display, "-screen", "0", "640x480x24")
                .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assumeTrue(Files.exists(socket), "Xvfb did not start");

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("libgtk-3.so.0"), "not a library");
        Path data = Files.createDirectories(dir.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + dir, "org.baokan.Main");
        pb.environment().put("DISPLAY", ":" + display);
        pb.environment().put("LD_LIBRARY_PATH", broken.toString());
        pb.environment().put("XDG_DATA_HOME", data.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process app = pb.start();
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the launcher returned").isTrue();
        List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("baokan")).toList();
        assertThat(app.exitValue()).isEqualTo(1);
        assertThat(err).singleElement().satisfies(line -> assertThat(line)
                .startsWith("baokan: 窗口无法打开：无法加载 GTK 3（" + broken + File.separator + "libgtk-3.so.0")
                .contains("sudo apt-get install libgtk-3-0 libxtst6")
                .doesNotContain("internal error", "UnsupportedOperationException"));
    }
}
