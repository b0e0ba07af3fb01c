/**
 * The archive's interchange format: parsed pages as JSON (documented in docs/parse-format.md).
 * Depends on the model only.
 */
package org.baokan.format;
