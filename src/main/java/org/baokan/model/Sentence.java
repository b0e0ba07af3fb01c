package org.baokan.model;

import java.util.Locale;

/**
 * What a sentence for the user is made of when the program must say it in two languages: a
 * stable code, from which the desktop finds the sentence in the reader's language, and an English
 * template, which the command line prints.
 */
public final class Sentence {
    private Sentence() {
    }

    /** A stable code for translations: {@code HEADLINE_WITHOUT_BODY} gives {@code headline-without-body}. */
    public static String code(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The template with {@code {0}}, {@code {1}}… replaced by the arguments (no other syntax). */
    public static String fill(String template, Object... args) {
        String s = template;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
