/**
 * Services over the archive: opening the archive (the per-user default, filled with the bundled
 * seed pages on first use) and importing page files in batches. Depends on ingest (parsing) and
 * store (SQL); holds no SQL itself.
 */
package org.baokan.archive;
