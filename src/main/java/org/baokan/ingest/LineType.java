package org.baokan.ingest;

/** What a line of the page is, as far as the line itself tells. */
enum LineType {
    /** Date, weekday, lunar date, issue numbers. */
    MASTHEAD,
    /** The paper's name in the masthead. */
    PAPER_NAME,
    /** Supervisor, hotlines, e-mail, slogan, social-media captions, editors' footer… */
    BOILERPLATE,
    /**
     * A web or e-paper page's chrome ({@link WebChrome}): navigation, source and time lines,
     * footers. Boilerplate too, but a headline and its story may stand on either side of it.
     */
    CHROME,
    /** A page label: {@code 03 新城}, {@code C4 视觉}. */
    PAGE_LABEL,
    /** The title of the guide box: {@code 今日导读}. */
    GUIDE_HEADER,
    /** A guide entry's page reference: {@code >> 02}. */
    GUIDE_REF,
    /** An entry of a numbered list of headlines (a news rundown): {@code 2、中印国际象棋对抗赛在我区落下帷幕}. */
    RUNDOWN,
    /** A photo or editor's credit: {@code 本报记者 孔茜 摄}. */
    CREDIT,
    /** A line that starts with a dateline: {@code 本报济宁8月4日讯(记者}. */
    DATELINE,
    /** An item of a brief column: {@code ◎5月26日,…}. */
    BULLET,
    /** A headline line (kicker, title, subtitle, teaser, guide entry). */
    HEADLINE,
    /** Body text. */
    BODY,
    /** Not yet decided between headline and body. */
    TEXT
}
