package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A person in the archive's list of people.
 *
 * @param name                 the name
 * @param appearances          how many appearances
 * @param latestTitle          the latest title printed with the name on more than one day; when no
 *                             title was printed on more than one day, the latest printed; null when none
 * @param latestTitleConfirmed whether {@code latestTitle} was printed on more than one day (papers
 *                             misprint: a title seen once may be a slip)
 * @param role                 the role where {@code latestTitle} was last printed, else at the latest appearance
 */
@JsonPropertyOrder({"name", "appearances", "latestTitle", "latestTitleConfirmed", "role"})
public record PersonSummary(String name, int appearances, String latestTitle, boolean latestTitleConfirmed,
                            PersonRole role) {
    /** Whether the latest title is worth flagging as seen on one day: it is, and the person was seen more than once. */
    public boolean titleSeenOnce() {
        return latestTitle != null && !latestTitleConfirmed && appearances > 1;
    }
}
