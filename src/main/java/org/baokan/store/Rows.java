package org.baokan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.baokan.format.PageJson;
import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.PageLabel;
import org.baokan.model.Warning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Mapping between rows and records: lists as JSON arrays, paragraphs one per line, dates as ISO text. */
final class Rows {
    static final String ARTICLE_COLUMNS = "article.id, article.page_id, article.ord, article.kind, article.kicker, "
            + "article.title, article.subtitle, article.byline, article.reporters, article.correspondents, "
            + "article.photographers, article.editors, article.dateline, article.event_date, article.paragraphs, "
            + "article.warnings";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Rows() {
    }

    static Article article(ResultSet r) throws SQLException {
        List<Warning> warnings = new ArrayList<>();
        for (String w : list(r.getString("warnings"))) {
            warnings.add(Warning.parse(w));
        }
        String paragraphs = paragraphsText(r.getBytes("paragraphs"));
        return new Article(ArticleKind.fromCode(r.getString("kind")), r.getString("kicker"), r.getString("title"),
                r.getString("subtitle"), r.getString("byline"), list(r.getString("reporters")),
                list(r.getString("correspondents")), list(r.getString("photographers")), list(r.getString("editors")),
                r.getString("dateline"), date(r.getString("event_date")),
                paragraphs.isEmpty() ? List.of() : Arrays.asList(paragraphs.split("\n", -1)), List.of(), List.of(),
                warnings);
    }

    /** The key of the row a statement made with {@link Statement#RETURN_GENERATED_KEYS} inserted. */
    static long generatedKey(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no key generated");
            }
            return keys.getLong(1);
        }
    }

    /**
     * The id of the row of {@code table} whose first column holds the first value; when there is
     * none, a row of these columns and values is inserted and its id returned.
     *
     * @param columns the columns, comma-separated, the one looked up first ({@code "name, level"})
     * @param values  one per column
     */
    static long idOrInsert(Connection c, String table, String columns, String... values) throws SQLException {
        String key = columns.split(",", 2)[0].strip();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + table + " WHERE " + key + " = ?")) {
            s.setString(1, values[0]);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    static String json(List<?> values) {
        try {
            return PageJson.mapper().writeValueAsString(values.stream().map(Object::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unit separator between the items of a list column that timelines read in bulk. */
    static final char UNIT = '\u001f';
    /** Record separator between the fields of a timeline row. */
    static final char RECORD = '\u001e';
    /** Group separator between timeline rows read in bulk. */
    static final char GROUP = '\u001d';

    /** A list as text: the items joined by {@link #UNIT} (separators in items become spaces); "" for none. */
    static String units(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (b.length() > 0) {
                b.append(UNIT);
            }
            b.append(plain(v));
        }
        return b.toString();
    }

    /** Fields as one text, separated by {@link #RECORD}; null fields become empty. */
    static String record(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(RECORD);
            }
            if (fields[i] != null) {
                // a field may be a list written by units(): its unit separators stay
                b.append(fields[i].replace(RECORD, ' ').replace(GROUP, ' '));
            }
        }
        return b.toString();
    }

    /** Text without the separators, which page text never holds anyway. */
    private static String plain(String s) {
        return s.replace(UNIT, ' ').replace(RECORD, ' ').replace(GROUP, ' ');
    }

    /** The fields of a text written by {@link #record}; empty fields are null. */
    static String[] fields(String record, int count) {
        String[] out = new String[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int to = i == count - 1 ? record.length() : record.indexOf(RECORD, from);
            if (to < 0) {
                to = record.length();
            }
            String f = record.substring(Math.min(from, record.length()), to);
            out[i] = f.isEmpty() ? null : f;
            from = to + 1;
        }
        return out;
    }

    /** The items of a list written by {@link #units}. */
    static List<String> split(String units) {
        if (units == null || units.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = units.indexOf(UNIT); i >= 0; i = units.indexOf(UNIT, from)) {
            out.add(units.substring(from, i));
            from = i + 1;
        }
        out.add(units.substring(from));
        return List.copyOf(out);
    }

    static List<String> list(String json) {
        if (json == null || json.isEmpty() || json.equals("[]")) {
            return List.of();
        }
        try {
            return PageJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list column holds no JSON array: " + json, e);
        }
    }

    /** The first byte of stored paragraphs: how the rest is encoded. */
    private static final byte DEFLATE = 1;

    /**
     * Paragraphs as stored: one per line (a paragraph never holds a line break), UTF-8,
     * deflate-compressed behind a format byte. Chinese text halves, which keeps the archive within
     * three times its raw text while it holds two search indexes (docs/decisions/0008).
     */
    static byte[] paragraphs(List<String> paragraphs) {
        byte[] utf8 = String.join("\n", paragraphs.stream().map(p -> p.replace('\n', ' ')).toList())
                .getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(6, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
            out.write(DEFLATE);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The stored paragraphs as text, one per line. */
    static String paragraphsText(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return "";
        }
        if (stored[0] != DEFLATE) {
            throw new IllegalStateException("paragraphs stored in an unknown format " + stored[0]);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored, 1, stored.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 3);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("damaged paragraphs", e);
        } finally {
            inflater.end();
        }
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static PageLabel label(String number, String section) {
        return number == null ? null : new PageLabel(number, section);
    }

    /**
     * The canonical page number used to match references: {@code 03} and {@code 3} are the same
     * page, {@code C4} stays {@code C4}; an unlabelled front page is page 1.
     */
    static String numberKey(PageLabel label, boolean frontPage) {
        if (label == null) {
            return frontPage ? "1" : null;
        }
        return numberKey(label.number());
    }

    static String numberKey(String number) {
        if (number == null) {
            return null;
        }
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < n.length() && Character.isLetter(n.charAt(i))) {
            i++;
        }
        String prefix = n.substring(0, i);
        String digits = n.substring(i).replaceFirst("^0+(?=\\d)", "");
        return prefix + digits;
    }
}
