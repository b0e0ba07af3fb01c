/**
 * People and places: title-anchored extraction of the officials a story names
 * ({@link PeopleExtractor}), a gazetteer of districts and their parts ({@link Gazetteer},
 * {@link PlaceExtractor}), page enrichment for the archive ({@link EntityExtractor}), and
 * timelines per leader and per district ({@link TimelineService}).
 */
package org.baokan.entities;
