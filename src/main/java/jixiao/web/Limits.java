package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jixiao.indicator.Normaliser;
import jixiao.web.RequestProblem;

/**
 * The bounds of everything a client sends. Numbers are judged on their digits and exponent before any
 * arithmetic or conversion to text ({@code 1e999999} is 8 characters but a million digits once written
 * out), so no request costs more than its size; a value out of range is a {@code 400 INVALID_VALUE}
 * naming its path.
 */
public final class Limits {
    /** Parser limits: deeper, longer or bigger documents are refused while they are read. */
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_CHARS = 100_000;
    public static final int MAX_NUMBER_CHARS = 100;
    public static final int MAX_NAME_CHARS = 1_000;

    /** Rows of one declaration (api.md: TOO_MANY_INDICATORS) and of one assessment. */
    public static final int MAX_INDICATORS = 500;
    public static final int MAX_ACTUALS = 500;

    /** Text fields, in characters. */
    public static final int ID_CHARS = 1_000;
    public static final int NAME_CHARS = 1_000;
    public static final int LEVEL_CHARS = 5_000;
    public static final int UNIT_NAME_CHARS = 500;
    public static final int VALUE_CHARS = 2_000;
    public static final int UNIT_CHARS = 100;
    public static final int AMOUNT_CHARS = 100;
    public static final int REASON_CHARS = 20_000;
    public static final int OTHER_CHARS = 1_000;

    /** Amounts and values: within ±10^15, at most 30 decimal places (no form holds more). */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    public static final int MAX_DECIMALS = 30;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Years a declaration may be for. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final Pattern EXPONENT_FORM = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)[eE][-+]?\\d+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[-+]?\\d+(?:\\.\\d+)?");

    private Limits() {
    }

    /** An amount or a value: within ±10^15 and at most {@link #MAX_DECIMALS} decimals; zero as plain 0. */
    public static BigDecimal value(BigDecimal x, String path) {
        return value(x, path, "");
    }

    /** {@link #value} of the field {@code field} under {@code at}, its path written out only for a refusal. */
    static BigDecimal value(BigDecimal x, String at, String field) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = x.scale() > MAX_DECIMALS ? x.stripTrailingZeros() : x;
        if (v.scale() > MAX_DECIMALS) {
            String path = at + field;
            throw invalid(path + " has more than " + MAX_DECIMALS + " decimal places; no form holds such a number", path);
        }
        if ((long) v.precision() - v.scale() > 16 || v.abs().compareTo(MAX_MAGNITUDE) > 0) {
            String path = at + field;
            throw invalid(path + " is beyond ±10^15", path);
        }
        return v;
    }

    /** A value within [0, max] (points, claimed scores, percents). */
    public static BigDecimal between0And(BigDecimal x, BigDecimal max, String path) {
        // a magnitude far past the range is named by the range, not by the ±10^15 of amounts
        boolean far = x.signum() != 0 && (long) x.precision() - x.scale() > max.precision() + 1;
        BigDecimal v = far ? null : value(x, path);
        if (far || v.signum() < 0 || v.compareTo(max) > 0) {
            throw invalid(path + " must be a number from 0 to " + max.toPlainString(), path);
        }
        return v;
    }

    /** Points, a claimed score, a plan percent: from 0 to 100; null when none was sent. */
    public static BigDecimal upTo100(BigDecimal x, String path) {
        return x == null ? null : between0And(x, HUNDRED, path);
    }

    /**
     * {@link #upTo100} of the field {@code field} under {@code at} (a path ending in "."), whose path is only
     * written out when there is something to check: the rows of a declaration have many fields, mostly empty.
     */
    static BigDecimal upTo100(BigDecimal x, String at, String field) {
        return x == null ? null : between0And(x, HUNDRED, at + field);
    }

    /**
     * An amount sent as text ({@code "352000元"}, {@code "215,457.6"}): bounded in length, and its leading
     * number, or the whole text when it is a number in exponent form, within ±10^15. The text itself is
     * left to the value parser.
     */
    public static String amountText(String text, String path) {
        length(text, AMOUNT_CHARS, path);
        String s = Normaliser.normalise(text);
        if (EXPONENT_FORM.matcher(s).matches()) {
            try {
                value(new BigDecimal(s), path);
            } catch (NumberFormatException e) {  // an exponent beyond what a number can hold
                throw invalid(path + " is beyond ±10^15", path);
            }
            return text;
        }
        var m = LEADING_NUMBER.matcher(s);
        if (m.find()) {
            value(new BigDecimal(m.group()), path);
        }
        return text;
    }

    /** A text at most {@code max} characters long. */
    public static String length(String text, int max, String path) {
        if (text != null && text.length() > max) {
            throw invalid(path + " is longer than " + max + " characters", path);
        }
        return text;
    }

    /**
     * A unit's or subject's name as it is kept: {@link #length}-checked, with the characters that show nothing
     * removed (zero-width spaces, joiners, soft hyphens, byte-order marks: Unicode's format characters, which text
     * copied out of Word or a PDF carries) and the whitespace around it. Two names that look the same are then the
     * same, in lists and summaries too. Null or blank stays as given.
     */
    public static String name(String text, int max, String path) {
        length(text, max, path);
        if (text == null || text.isBlank()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        return name.isEmpty() ? text : name;
    }

    /** {@link #length} of the field {@code field} under {@code at} (a path ending in "."), its path written out only for a refusal. */
    static String length(String text, int max, String at, String field) {
        return text != null && text.length() > max ? length(text, max, at + field) : text;
    }

    /**
     * How long {@code x.toPlainString()} would be, computed without writing it: a number given where
     * text is expected is refused before it is written out when it would exceed {@code max}.
     */
    public static long plainLength(BigDecimal x) {
        long precision = x.precision();
        long scale = x.scale();
        long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
        return digits + (x.signum() < 0 ? 1 : 0);
    }

    /** The longest number, written out, a client document may hold anywhere (known field or not). */
    public static final int MAX_PLAIN_NUMBER_CHARS = 1_000;

    /**
     * Every number of a client document, wherever it is (fields the reader ignores are stored as sent
     * too), written out in at most {@link #MAX_PLAIN_NUMBER_CHARS} characters: {@code 0e999999} or an
     * unknown field's {@code 1e999999} could not be stored or echoed otherwise. {@code path} is the
     * document's own.
     */
    public static void numbers(JsonNode node, String path) {
        List<Object> where = tooLong(node);
        if (where != null) {
            String at = path;
            for (int i = where.size() - 1; i >= 0; i--) {  // outermost first, as the walk went down
                at = where.get(i) instanceof Integer index ? at + "[" + index + "]" : at.isEmpty() ? (String) where.get(i)
                        : at + "." + where.get(i);
            }
            throw invalid(at + " holds a number no form holds (written out it has more than "
                    + MAX_PLAIN_NUMBER_CHARS + " digits)", at);
        }
    }

    /**
     * Null when every number under {@code node} is short enough, else the way to the first that is not, innermost
     * first (field names and array indexes): the path is only written out for a document refused.
     */
    private static List<Object> tooLong(JsonNode node) {
        if (node.isNumber()) {
            if (node.isBigDecimal() || node.isBigInteger()) {
                BigDecimal x = node.decimalValue();
                if (plainLength(x) > MAX_PLAIN_NUMBER_CHARS || Math.abs((long) x.scale()) > MAX_PLAIN_NUMBER_CHARS) {
                    return new ArrayList<>();
                }
            }
            return null;
        }
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                List<Object> where = tooLong(f.getValue());
                if (where != null) {
                    where.add(f.getKey());
                    return where;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> where = tooLong(node.get(i));
                if (where != null) {
                    where.add(i);
                    return where;
                }
            }
        }
        return null;
    }

    public static RequestProblem invalid(String message, String path) {
        return new RequestProblem("INVALID_VALUE", message, path);
    }
}
