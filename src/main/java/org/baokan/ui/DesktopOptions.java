package org.baokan.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop's options, as the command line hands them over.
 *
 * @param db            the archive to open, or null for the settings' (default: the per-user one)
 * @param selfCheck     open, wait for the first painted front page, report and exit
 * @param benchArticles with {@code selfCheck}: also time switching through this many articles
 */
record DesktopOptions(Path db, boolean selfCheck, int benchArticles) {
    static DesktopOptions parse(List<String> args) {
        Path db = null;
        boolean check = false;
        int articles = 0;
        for (String a : args) {
            if (a.startsWith("--db=")) {
                db = Path.of(a.substring("--db=".length()));
            } else if (a.equals("--self-check")) {
                check = true;
            } else if (a.startsWith("--bench-articles=")) {
                articles = Integer.parseInt(a.substring("--bench-articles=".length()));
            }
        }
        return new DesktopOptions(db, check, articles);
    }
}
