package org.baokan.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * How option values are read, with what a user is told when one is wrong: in their words, never
 * the name of a Java type ({@code cannot convert '2001-13-45' to class java.time.LocalDate}).
 */
final class Values {
    /** A calendar date as archives print it: four-digit year, month, day. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /** Registers the readers on a command line and all its subcommands. */
    static CommandLine register(CommandLine cl) {
        return cl.registerConverter(LocalDate.class, Values::date)
                .registerConverter(Integer.class, Values::wholeNumber)
                .registerConverter(Integer.TYPE, Values::wholeNumber)
                .registerConverter(Long.class, Values::id)
                .registerConverter(Long.TYPE, Values::id);
    }

    static LocalDate date(String s) {
        String v = s.strip();
        if (DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v, ISO);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + s + "' is not a date in the calendar (write YYYY-MM-DD, e.g. 2020-05-12)");
            }
        }
        throw new TypeConversionException("'" + s + "' is not a date (write YYYY-MM-DD, e.g. 2020-05-12)");
    }

    static Integer wholeNumber(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + s + "' is not a whole number");
        }
    }

    static Long id(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + s + "' is not a number (ids are as search and issues show them)");
        }
    }
}
