/**
 * Searching the archive: the query language ({@link QueryParser}), ranked full-text search with
 * filters ({@link SearchService}) and highlighting of hits in the original text
 * ({@link Highlighter}). Depends on the store for the index; builds no SQL itself.
 */
package org.baokan.search;
