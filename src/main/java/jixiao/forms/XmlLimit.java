package jixiao.forms;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An XML part's bytes with two limits checked as they pass: the part's size, and the size of any one text,
 * tag (with its attributes), comment, processing instruction or CDATA section. The JDK's parser holds each
 * such token whole in memory, so a sheet made of one 16 MB comment would cost several times that before
 * POI's entry limit stops it; here it stops at the token limit. It can also tell {@link Tags} the local
 * name of each start tag as it passes (not in comments, CDATA or attribute values), so that what a part
 * holds can be counted in the same pass ({@link TableTags}).
 */
final class XmlLimit extends FilterInputStream {
    static final long MAX_TOKEN = 1 << 20;

    /** Told the local name (after any prefix) of each start tag or empty-element tag; may refuse by throwing. */
    interface Tags {
        void start(byte[] localName, int length);
    }

    /** Longer local names are not told: no name a listener looks for is this long. */
    private static final int MAX_NAME = 32;

    private enum State { TEXT, OPEN, BANG, TAG, ATTRIBUTE, COMMENT, INSTRUCTION, CDATA }

    private final long maxBytes;
    private final String part;
    private State state = State.TEXT;
    private long read;
    private long token;
    private int quote;
    private int last1;
    private int last2;
    private final StringBuilder bang = new StringBuilder();
    private final Tags tags;
    private final byte[] name = new byte[MAX_NAME];
    private boolean naming;
    private int nameLength;

    /** Word's parts, read into trees: each at most this, and all of them together at most {@link #TREE_TOTAL}. */
    static final long TREE_PART = 8L << 20;
    static final long TREE_TOTAL = 16L << 20;

    /**
     * Reads every XML part of a package through the limits before POI builds its trees of them, so that a
     * small file inflating into a huge document is refused after a quick pass, not after minutes of parsing;
     * the start tags of {@code main}, the main document part (read whatever its content type says), are
     * told to {@code inMain}.
     */
    static void prescan(org.apache.poi.openxml4j.opc.OPCPackage pkg, org.apache.poi.openxml4j.opc.PackagePart main,
                        Tags inMain) throws IOException {
        long total = 0;
        try {
            for (org.apache.poi.openxml4j.opc.PackagePart part : pkg.getParts()) {
                String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(java.util.Locale.ROOT);
                boolean isMain = main != null && part.getPartName().equals(main.getPartName());
                if (!isMain && (!type.contains("xml") || part.isRelationshipPart()
                        || part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart)) {
                    continue;
                }
                try (InputStream in = new XmlLimit(part.getInputStream(), TREE_PART, Declared.ascii(part.getPartName().getName(), 60),
                        isMain ? inMain : null)) {
                    total += in.transferTo(OutputStream.nullOutputStream());
                }
                if (total > TREE_TOTAL) {
                    throw new IOException("XML part " + Declared.ascii(part.getPartName().getName(), 60)
                            + " brings the document's XML over " + TREE_TOTAL + " bytes");
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    XmlLimit(InputStream in, long maxBytes, String part) {
        this(in, maxBytes, part, null);
    }

    XmlLimit(InputStream in, long maxBytes, String part, Tags tags) {
        super(in);
        this.maxBytes = maxBytes;
        this.part = part;
        this.tags = tags;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            see(buf[off + i] & 0xff);
        }
        return n;
    }

    private void see(int b) throws IOException {
        if (++read > maxBytes) {
            throw new IOException("XML part " + part + " is larger than " + maxBytes + " bytes");
        }
        if (++token > MAX_TOKEN) {
            throw new IOException("XML part " + part + " holds a text, tag or comment longer than " + MAX_TOKEN + " bytes");
        }
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    begin(State.OPEN);
                }
            }
            case OPEN -> {
                state = b == '!' ? State.BANG : b == '?' ? State.INSTRUCTION : b == '>' ? State.TEXT : State.TAG;
                if (state == State.TAG && b != '/' && tags != null) {
                    naming = true;
                    nameLength = 0;
                    name(b);
                }
            }
            case BANG -> bang(b);
            case TAG -> {
                if (naming) {
                    name(b);
                }
                if (b == '"' || b == '\'') {
                    quote = b;
                    state = State.ATTRIBUTE;
                } else if (b == '>') {
                    begin(State.TEXT);
                }
            }
            case ATTRIBUTE -> {
                if (b == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> end(b, '-', '-');
            case INSTRUCTION -> end(b, '?', '?');
            case CDATA -> end(b, ']', ']');
            default -> throw new IllegalStateException();
        }
        last2 = last1;
        last1 = b;
    }

    /** A byte of a start tag's name: a prefix ends at {@code :}, the name at white space, {@code /} or {@code >}. */
    private void name(int b) {
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>') {
            naming = false;
            if (nameLength <= MAX_NAME) {
                tags.start(name, nameLength);
            }
        } else if (b == ':') {
            nameLength = 0;
        } else {
            if (nameLength < MAX_NAME) {
                name[nameLength] = (byte) b;
            }
            nameLength++;
        }
    }

    /** After {@code <!}: a comment, a CDATA section, or a declaration (read as a tag). */
    private void bang(int b) {
        bang.append((char) b);
        String s = bang.toString();
        if (s.equals("--")) {
            state = State.COMMENT;
        } else if (s.equals("[CDATA[")) {
            state = State.CDATA;
        } else if (!"--".startsWith(s) && !"[CDATA[".startsWith(s)) {
            state = b == '>' ? State.TEXT : State.TAG;
        } else {
            return;
        }
        bang.setLength(0);
    }

    /** The end of a comment ({@code -->}), instruction ({@code ?>}) or CDATA ({@code ]]>}). */
    private void end(int b, int before2, int before1) {
        boolean closed = state == State.INSTRUCTION ? b == '>' && last1 == '?' : b == '>' && last1 == before1 && last2 == before2;
        if (closed) {
            begin(State.TEXT);
        }
    }

    private void begin(State next) {
        state = next;
        token = 0;
    }
}
