package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * The raw file a page was parsed from.
 *
 * @param fileName the file's name, without folders
 * @param sha256   lower-case hex SHA-256 of the file's bytes; the archive's identity of the page
 * @param encoding the detected encoding, e.g. {@code UTF-8}, {@code UTF-8 (BOM)}, {@code UTF-16LE (BOM)}, {@code GB18030}
 */
@JsonPropertyOrder({"fileName", "sha256", "encoding"})
public record SourceInfo(String fileName, String sha256, String encoding) {
    public SourceInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
    }
}
