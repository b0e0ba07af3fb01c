package org.baokan.ui.common;

/**
 * Whose timeline to show.
 *
 * @param person true for a person, false for a district or place
 * @param name   the person's name, or the place's name or alias
 */
public record TimelineSubject(boolean person, String name) {
    public static TimelineSubject person(String name) {
        return new TimelineSubject(true, name);
    }

    public static TimelineSubject place(String name) {
        return new TimelineSubject(false, name);
    }
}
