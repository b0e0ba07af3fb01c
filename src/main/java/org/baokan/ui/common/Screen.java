package org.baokan.ui.common;

/** The views the centre of the window switches between. */
public enum Screen {
    /** The front-page layout view of the current issue and page. */
    PAGE,
    /** Timelines of leaders and districts. */
    TIMELINE,
    /** Search. */
    SEARCH
}
