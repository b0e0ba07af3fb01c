/**
 * The archive's vocabulary as immutable records: a parsed page, its articles, guide entries,
 * bylines, people and places. Depends on nothing else in the application; every other package
 * depends on this one.
 */
package org.baokan.model;
