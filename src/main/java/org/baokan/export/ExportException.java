package org.baokan.export;

/** An export that cannot be done, with a message for the user: bad output path, empty selection, unknown id. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
