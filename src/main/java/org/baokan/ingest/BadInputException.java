package org.baokan.ingest;

/**
 * The input cannot be read as a newspaper page at all: empty, binary, or in an encoding we do not
 * know. The message is one plain sentence meant for the user.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
