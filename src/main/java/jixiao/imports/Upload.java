package jixiao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import jixiao.forms.FormProblem;
import jixiao.web.RequestProblem;

/**
 * The file of an import: the raw body with its content type and {@code ?filename=}, or the field
 * {@code file} of a {@code multipart/form-data} body with the name and type its part gives. The body is
 * read as it arrives and refused once it is over the limit (a multipart envelope may add
 * {@link #ENVELOPE} bytes of headers and boundaries to it).
 */
record Upload(byte[] bytes, String fileName, String contentType) {
    static final int ENVELOPE = 64 * 1024;
    private static final String MULTIPART = "multipart/form-data";

    static Upload read(InputStream body, String contentType, String fileName, long maxBytes) {
        boolean multipart = contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(MULTIPART);
        byte[] bytes = body == null ? new byte[0] : readAtMost(body, maxBytes + (multipart ? ENVELOPE : 0), maxBytes);
        if (bytes.length == 0) {
            throw new RequestProblem("MISSING_BODY", "the request body is empty; a file is expected "
                    + "(multipart/form-data field 'file', or the file's bytes with its content type)", "");
        }
        return multipart ? Multipart.file(bytes, contentType) : new Upload(bytes, fileName, contentType);
    }

    /** Reads a refused body to its end without keeping it, so the next request on the connection is read. */
    static void drain(InputStream body) {
        if (body == null) {
            return;
        }
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went away: nothing left to drain
        }
    }

    private static byte[] readAtMost(InputStream in, long cap, long maxBytes) {
        try (in) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (read.length > cap) {
                throw new FormProblem(FormProblem.Code.PAYLOAD_TOO_LARGE,
                        "the upload is over the import's limit of " + maxBytes + " bytes");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
