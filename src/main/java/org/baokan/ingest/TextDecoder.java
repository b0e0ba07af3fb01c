package org.baokan.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page file into text. Recognises UTF-8 with or without BOM, UTF-16 and
 * UTF-32 with BOM, UTF-16 without BOM (by its zero bytes), and GB18030 (a superset of GBK and
 * GB2312). CRLF and CR newlines become LF. Strict decoding: a file that is valid in none of these
 * is refused rather than decoded into mojibake.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(BadInputException.Problem.EMPTY);
        }
        DecodedText decoded = decodeBytes(bytes);
        String text = normaliseNewlines(decoded.text());
        if (looksBinary(text)) {
            throw new BadInputException(BadInputException.Problem.BINARY);
        }
        if (decoded.encoding().equals("GB18030") && !mostlyReadable(text)) {
            throw new BadInputException(BadInputException.Problem.UNKNOWN_ENCODING);
        }
        if (text.isBlank()) {
            throw new BadInputException(BadInputException.Problem.BLANK);
        }
        return new DecodedText(text, decoded.encoding());
    }

    private static DecodedText decodeBytes(byte[] b) throws BadInputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8 (BOM)");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new DecodedText(strict(b, 4, UTF_32LE, "UTF-32LE (BOM)"), "UTF-32LE (BOM)");
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new DecodedText(strict(b, 4, UTF_32BE, "UTF-32BE (BOM)"), "UTF-32BE (BOM)");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new DecodedText(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"), "UTF-16LE (BOM)");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new DecodedText(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"), "UTF-16BE (BOM)");
        }
        String utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new DecodedText(utf16.substring(1), utf16.charAt(0) == 'L' ? "UTF-16LE" : "UTF-16BE");
        }
        if (hasNul(b)) {
            throw new BadInputException(BadInputException.Problem.BINARY);
        }
        // the String constructor's decoding is faster and marks each malformed sequence with U+FFFD; without
        // one the bytes were well-formed and the strict decoder would read the same text
        String utf8 = new String(b, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) {
            return new DecodedText(utf8, "UTF-8");
        }
        try {
            return new DecodedText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new DecodedText(decoder(GB18030).decode(ByteBuffer.wrap(b)).toString(), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new BadInputException(BadInputException.Problem.UNKNOWN_ENCODING);
            }
        }
    }

    /**
     * Returns "L"+text or "B"+text when the bytes are UTF-16 without BOM. Such text has zero bytes
     * (newlines, digits, ASCII punctuation) mostly on the high side of its code units, and decodes
     * into readable characters; binary files do not.
     */
    private static String utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        if (evenZero == oddZero) {
            return null;
        }
        boolean leFirst = oddZero > evenZero;
        String text = readableUtf16(b, leFirst);
        if (text != null) {
            return (leFirst ? "L" : "B") + text;
        }
        text = readableUtf16(b, !leFirst);
        return text == null ? null : (leFirst ? "B" : "L") + text;
    }

    private static String readableUtf16(byte[] b, boolean littleEndian) {
        try {
            String text = decoder(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                    .decode(ByteBuffer.wrap(b)).toString();
            return text.indexOf('\u0000') >= 0 || !mostlyReadable(text) ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) throws BadInputException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(BadInputException.Problem.BAD_BYTE_ORDER_MARK, name);
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * GB18030 maps almost any byte sequence to some character; text decoded from it must consist
     * mostly of Han characters, punctuation and ASCII to be believed.
     */
    private static boolean mostlyReadable(String s) {
        int readable = 0;
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c) || c == '\n') {
                continue;
            }
            total++;
            if (c < 0x7F && c >= 0x20 || Chars.isCjk(c)) {
                readable++;
            }
        }
        return total == 0 || readable * 10 >= total * 8;
    }

    /** Text with NULs or many control characters is a binary file that happened to decode. */
    private static boolean looksBinary(String s) {
        int control = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                control++;
            }
            if (c == '\uFFFD') {
                control++;
            }
        }
        return control > 0 && control * 50 > n;
    }
}
