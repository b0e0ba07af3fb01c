package org.baokan.ui;

import org.baokan.ui.common.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why the window could not open, in one sentence a reader can act on, when JavaFX's toolkit
 * failed to start on Linux.
 *
 * <p>JavaFX 21 says "Unable to load glass GTK library." whenever the X display opened but GTK 3
 * ({@code libgtk-3.so.0}) could not be loaded: its {@code dlopen} failed, and the reason the
 * dynamic loader gave is dropped. That happens when GTK or one of its own libraries is missing,
 * broken, or still being installed. This class asks the loader again, for the same library,
 * and reports the loader's reason; "Unable to open DISPLAY" gets the display it tried.
 * A start cannot be retried in the same process (JavaFX launches once per JVM), so the reader
 * is told what to do instead. See decision 0021.
 */
final class ToolkitFailure {
    static final String NO_GTK = "Unable to load glass GTK library";
    static final String NO_DISPLAY = "Unable to open DISPLAY";
    static final String GTK = "libgtk-3.so.0";

    /** Loads a native library by its path; throws {@link UnsatisfiedLinkError} with the loader's reason. */
    @FunctionalInterface
    interface Loader {
        void load(Path library);
    }

    private final Map<String, String> env;
    private final List<Path> systemDirs;
    private final Loader loader;

    ToolkitFailure(Map<String, String> env, List<Path> systemDirs, Loader loader) {
        this.env = env;
        this.systemDirs = systemDirs;
        this.loader = loader;
    }

    /** As the desktop launcher uses it: this process's environment, the system's library folders, {@link System#load}. */
    static ToolkitFailure here() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String triplet = (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch) + "-linux-gnu";
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of("/lib/" + triplet, "/usr/lib/" + triplet, "/lib64", "/usr/lib64", "/lib", "/usr/lib")) {
            dirs.add(Path.of(d));
        }
        return new ToolkitFailure(System.getenv(), dirs, p -> System.load(p.toString()));
    }

    /** The sentence for a failure to start the toolkit, or empty when it is some other failure. */
    Optional<String> explain(Throwable failure, Messages m) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null) {
                if (t.getMessage().startsWith(NO_DISPLAY)) {
                    String display = env.get("DISPLAY");
                    return Optional.of(m.format("launch.noDisplay", display == null || display.isBlank()
                            ? m.get("launch.displayUnset") : display));
                }
                if (t.getMessage().startsWith(NO_GTK)) {
                    return Optional.of(gtk(m));
                }
            }
        }
        return Optional.empty();
    }

    /** Why GTK 3 cannot be loaded: not found, or the loader's own reason; or that it loads now. */
    private String gtk(Messages m) {
        Optional<Path> library = find();
        if (library.isEmpty()) {
            return m.format("launch.noGtk", m.format("launch.gtkMissing", GTK));
        }
        try {
            loader.load(library.get());
        } catch (UnsatisfiedLinkError e) {
            return m.format("launch.noGtk", e.getMessage());
        }
        return m.format("launch.gtkLoadsNow", library.get().toString());
    }

    /** Where the dynamic loader would find GTK 3: the folders of LD_LIBRARY_PATH first, then the system's. */
    Optional<Path> find() {
        List<Path> dirs = new ArrayList<>();
        String extra = env.get("LD_LIBRARY_PATH");
        if (extra != null) {
            for (String d : extra.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        dirs.addAll(systemDirs);
        return dirs.stream().map(d -> d.resolve(GTK)).filter(Files::exists).findFirst();
    }
}
