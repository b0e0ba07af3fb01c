package org.baokan.export;

import org.baokan.model.Sentence;

import java.util.List;

/**
 * An export or a print that cannot be done: a bad output path, an empty selection, an unknown id,
 * no printer. The message is one plain English sentence; {@link #kind()} and {@link #args()} let
 * the desktop say it in the reader's language.
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong; {@code {0}}, {@code {1}} in the sentence are the arguments. */
    public enum Kind {
        PAGE_GONE("the page {0} is no longer in the archive"),
        PAGE_LACKS_ARTICLE("the archive's page {0} lacks article {1}"),
        NO_ARTICLE("the archive has no article {0}"),
        NO_ISSUE("the archive has no issue {0}"),
        NO_PAGE("the archive has no page {0}"),
        EMPTY_QUERY("the query is empty"),
        NO_NAME("no name given"),
        NO_PLACE("no place given"),
        NOTHING_SELECTED("nothing selected: the selection holds no article"),
        NO_MATCH("no article matches {0}"),
        NAMES_NO_ONE("the archive names no {0}"),
        NOTHING_ON_PLACE("the archive has nothing on {0}"),
        OVER_ARCHIVE("will not write over the archive {0}"),
        NO_FOLDER("the folder {0} does not exist"),
        FOLDER_READ_ONLY("the folder {0} cannot be written to"),
        IS_FOLDER("{0} is a folder; give a file name"),
        EXISTS("{0} already exists; choose another name, or replace it (--force)"),
        CANNOT_WRITE_IN("cannot write in {0}: {1}"),
        CANNOT_WRITE("could not write {0}: {1}"),
        NO_PRINTER("there is no printer on this computer; export to PDF instead"),
        PRINTER_UNAVAILABLE("the printer {0} is not available"),
        PRINTER_REFUSED("the printer {0} refused the job: {1}");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** A stable code for translations: {@code no-folder}. */
        public String code() {
            return Sentence.code(this);
        }
    }

    private final Kind kind;
    private final transient List<Object> args;

    public ExportException(Kind kind, Object... args) {
        this(null, kind, args);
    }

    public ExportException(Throwable cause, Kind kind, Object... args) {
        super(Sentence.fill(kind.text, args), cause);
        this.kind = kind;
        this.args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }

    /** What the system said of an error: its message, else its kind (some errors carry no message). */
    public static String why(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    public Kind kind() {
        return kind;
    }

    /** The words the sentence names (paths, ids, names, the system's own message); an element may be null. */
    public List<Object> args() {
        return args;
    }
}
