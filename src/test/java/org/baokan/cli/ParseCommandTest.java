package org.baokan.cli;

import org.baokan.format.PageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse}: JSON on stdout; bad input gets one line on stderr and exit code 2, never a stack trace. */
class ParseCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BaokanCommand.run((options, o) -> {
            throw new AssertionError("the desktop must not start");
        }, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneFilePrintsOneObjectAndSeveralPrintAnArray() throws Exception {
        Run one = run("parse", "seeds/003_2a2e104cf04f8ed9.txt");
        assertThat(one.exit()).isZero();
        assertThat(PageJson.read(one.out()).source().fileName()).isEqualTo("003_2a2e104cf04f8ed9.txt");
        Run two = run("parse", "seeds/003_2a2e104cf04f8ed9.txt", "seeds/004_550c7470bbba2448.txt");
        assertThat(two.exit()).isZero();
        assertThat(PageJson.readList(two.out())).hasSize(2);
        assertThat(two.err()).isEmpty();
    }

    @Test
    void badInputsGetOneLineNamingTheFileAndTheReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("binary.txt");
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
        }
        Files.write(binary, bytes);
        Path missing = dir.resolve("missing.txt");
        for (Path p : new Path[]{empty, binary, dir, missing}) {
            Run r = run("parse", p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("baokan parse: " + p + ": ").doesNotContain("Exception", "\tat ");
        }
        assertThat(run("parse", empty.toString()).err()).contains("empty");
        assertThat(run("parse", binary.toString()).err()).contains("not text");
        assertThat(run("parse", dir.toString()).err()).contains("directory");
        assertThat(run("parse", missing.toString()).err()).contains("no such file");
    }

    @Test
    void aBadFileAmongGoodOnesStillPrintsTheGoodOnes() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("parse", "seeds/003_2a2e104cf04f8ed9.txt", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(PageJson.readList(r.out())).hasSize(1);
        assertThat(r.err()).contains("empty.txt");
    }

    @Test
    void versionAndUsageErrors() {
        Run v = run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("Baokan Reader");
        Run bad = run("parse");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("FILE");
    }

    @Test
    void outputIsUtf8EvenOnOtherEncodings() throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, Files.readString(Path.of("seeds/003_2a2e104cf04f8ed9.txt"), StandardCharsets.UTF_8)
                .getBytes("GB18030"));
        Run r = run("parse", gbk.toString());
        assertThat(r.exit()).isZero();
        assertThat(PageJson.read(r.out()).source().encoding()).isEqualTo("GB18030");
        assertThat(r.out()).contains("“郁”你相见");
    }

    @Test
    void onlyTheDesktopsOwnOptionsSkipTheCommandLineParser() {
        assertThat(BaokanCommand.desktopOnly()).isTrue();
        assertThat(BaokanCommand.desktopOnly("--self-check", "--db=/tmp/a.db", "--bench-articles=50")).isTrue();
        assertThat(BaokanCommand.desktopOnly("parse")).isFalse();
        assertThat(BaokanCommand.desktopOnly("--db", "/tmp/a.db")).isFalse();
        assertThat(BaokanCommand.desktopOnly("--db=relative.db")).isFalse();
        assertThat(BaokanCommand.desktopOnly("--help")).isFalse();
        assertThat(BaokanCommand.desktopOnly("--bench-articles=0")).isFalse();
    }
}
