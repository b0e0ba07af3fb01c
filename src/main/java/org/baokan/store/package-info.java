/**
 * The archive: one SQLite database per archive, owned entirely by this package — the only
 * package that imports {@code java.sql}. Schema migrations ({@link Migrations}), writing parsed
 * pages ({@link ArchiveWriter}), reading papers, issues, pages and articles ({@link ArchiveReader})
 * and the full-text index ({@link SearchIndex}, {@link FtsText}).
 */
package org.baokan.store;
