package org.baokan;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command-line tool in a process of its own ({@code java -cp … org.baokan.Main ARGS}), as the
 * user runs it: for what one process cannot show (two programs writing one archive, a killed
 * export) and for what root cannot see (permissions). As root, {@link #unprivileged()} runs the
 * command as {@code nobody} through {@code setpriv}; as anyone else, as that user, who is already
 * subject to permissions. Only without either does a test skip, and it says why.
 */
public final class BaokanProcess {
    /** The unprivileged user and group a root test runs the command as. */
    public static final int NOBODY = 65534;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static volatile String sharedClassPath;

    private final boolean unprivileged;
    private final List<String> jvmOptions = new ArrayList<>();
    private String umask;
    private Path dataDir;

    private BaokanProcess(boolean unprivileged) {
        this.unprivileged = unprivileged;
    }

    /** Runs as the test runs. */
    public static BaokanProcess asTest() {
        return new BaokanProcess(false);
    }

    /**
     * Runs as a user that file permissions apply to: this user when the test is not root, else
     * {@code nobody}. Skips the test (with the reason) when the test is root and cannot switch.
     */
    public static BaokanProcess unprivileged() {
        if (isRoot()) {
            Assumptions.assumeTrue(Files.isExecutable(SETPRIV),
                    "the test runs as root, and without " + SETPRIV + " it cannot run the command as another user");
        }
        return new BaokanProcess(true);
    }

    public static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The umask the command runs with (e.g. {@code 027}). */
    public BaokanProcess umask(String mask) {
        this.umask = mask;
        return this;
    }

    /** A JVM option for the command's process. */
    public BaokanProcess jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** The per-user data folder of the command (so that no test touches the real default archive). */
    public BaokanProcess dataDir(Path dir) {
        this.dataDir = dir;
        return this;
    }

    /** What a finished command did. */
    public record Run(int exit, String out, String err) {
    }

    /** Starts the command; its output goes to the given files. */
    public Process start(Path stdout, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (umask != null) {
            command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        }
        if (unprivileged && isRoot()) {
            command.addAll(List.of(SETPRIV.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true"));
        // ArchUnit brings SLF4J onto the test class path, which the program's own class path lacks
        command.add("-Dslf4j.internal.verbosity=ERROR");
        if (dataDir != null) {
            command.add("-Dbaokan.data.dir=" + dataDir);
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(unprivileged && isRoot() ? sharedClassPath() : System.getProperty("java.class.path"));
        command.add("org.baokan.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return pb.start();
    }

    /** Runs the command to its end (at most two minutes) and returns what it printed. */
    public Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("baokan-out", ".txt");
        Path err = Files.createTempFile("baokan-err", ".txt");
        try {
            Process p = start(out, err, args);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("baokan " + String.join(" ", args) + " did not finish in two minutes");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Lets every user into a test's folder, and write there ({@code chmod 0777}). */
    public static Path shared(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        return dir;
    }

    /**
     * The test's class path where {@code nobody} can read it. Entries already readable by everyone
     * are used in place; the others (the local Maven repository under a root home of mode 0700) are
     * hard-linked, or copied, into a temporary folder that is removed when the tests end.
     */
    private static String sharedClassPath() {
        String cp = sharedClassPath;
        if (cp != null) {
            return cp;
        }
        synchronized (BaokanProcess.class) {
            if (sharedClassPath == null) {
                try {
                    sharedClassPath = mirror(System.getProperty("java.class.path"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return sharedClassPath;
        }
    }

    private static String mirror(String classPath) throws IOException {
        Path root = Files.createTempDirectory("baokan-classpath");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!Files.exists(p)) {
                continue;
            }
            if (othersCanRead(p)) {
                out.add(p.toString());
                continue;
            }
            Path copy = root.resolve(n++ + "-" + p.getFileName());
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.toList()) {
                        Path target = copy.resolve(p.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(target);
                            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                        } else {
                            linkOrCopy(f, target);
                        }
                    }
                }
            } else {
                linkOrCopy(p, copy);
            }
            out.add(copy.toString());
        }
        return String.join(File.pathSeparator, out);
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to);
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(to);
        if (!perms.contains(PosixFilePermission.OTHERS_READ)) {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Whether everyone can read the entry: every folder above it searchable, the entry readable. */
    private static boolean othersCanRead(Path p) throws IOException {
        for (Path a = p.getParent(); a != null; a = a.getParent()) {
            if (!Files.getPosixFilePermissions(a).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        return perms.contains(PosixFilePermission.OTHERS_READ)
                && (!Files.isDirectory(p) || perms.contains(PosixFilePermission.OTHERS_EXECUTE));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // the temporary folder goes with the machine's next clean-up
        }
    }
}
