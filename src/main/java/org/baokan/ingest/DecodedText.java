package org.baokan.ingest;

/**
 * Text decoded from a page file, with newlines normalised to {@code \n}.
 *
 * @param text     the text
 * @param encoding the encoding that was detected, e.g. {@code UTF-8 (BOM)}
 */
public record DecodedText(String text, String encoding) {
}
