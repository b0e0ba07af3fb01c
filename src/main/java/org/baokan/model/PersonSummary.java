package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A person in the archive's list of people.
 *
 * @param name        the name
 * @param appearances how many appearances
 * @param latestTitle the title printed at the latest dated appearance with a title, or null
 * @param role        the role at that appearance
 */
@JsonPropertyOrder({"name", "appearances", "latestTitle", "role"})
public record PersonSummary(String name, int appearances, String latestTitle, PersonRole role) {
}
