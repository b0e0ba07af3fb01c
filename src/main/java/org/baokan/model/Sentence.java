package org.baokan.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The template with {@code {0}}, {@code {1}}… replaced by the arguments, in one pass (an
     * argument's own braces stay as they are); no other syntax.
     */
    public static String fill(String template, Object... args) {
        Matcher m = PLACE.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern PLACE = Pattern.compile("\\{(\\d)}");
}
