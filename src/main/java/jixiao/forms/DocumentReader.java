package jixiao.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Bytes and the format they are declared as (file name, content type) → the {@link Document} of tables in
 * them. The content decides how a file is read: a declared format only has to be one the import reads,
 * and an .xls saved as .xlsx is read as .xls, with a warning. Whatever POI or the file does wrong ends as
 * a {@link FormProblem}, never another exception.
 */
public final class DocumentReader {
    private final FormLimits limits;

    public DocumentReader(FormLimits limits) {
        this.limits = limits;
        PoiGuards.apply(limits);
    }

    public Document read(byte[] bytes, String fileName, String contentType) {
        if (bytes.length > limits.maxBytes()) {
            throw new FormProblem(FormProblem.Code.PAYLOAD_TOO_LARGE, "the file is " + bytes.length
                    + " bytes, over the import's limit of " + limits.maxBytes() + " bytes");
        }
        Optional<Format> declared = Declared.format(fileName, contentType);
        if (bytes.length == 0) {
            throw FormProblem.unreadable(declared.orElse(Format.XLSX), "the file is empty");
        }
        ReadBudget budget = new ReadBudget(limits);
        Format reading = declared.orElse(Format.XLSX);
        try {
            Read read = switch (Container.of(bytes, declared)) {
                case OOXML -> withPackage(bytes, pkg -> ooxml(pkg, budget));
                case OLE2 -> ole2(bytes, budget);
                case TEXT -> new Read(declared.orElse(Format.TSV), List.of(TextReader.read(bytes, declared.orElse(Format.TSV), budget)));
            };
            reading = read.format;
            if (declared.isPresent() && declared.get() != read.format) {
                budget.warnings().add(new FormWarning("", "文件扩展名为 ." + declared.get().label() + "，内容为 ."
                        + read.format.label() + "，已按 ." + read.format.label() + " 读取"));
            }
            return new Document(read.format, read.grids, List.copyOf(budget.warnings()));
        } catch (FormProblem p) {
            throw p;
        } catch (EncryptedDocumentException e) {
            throw FormProblem.unreadable(reading, "it is password-protected; save it without a password and send it again");
        } catch (Exception e) {
            throw FormProblem.unreadable(reading, Failure.describe(e, limits));
        }
    }

    private record Read(Format format, List<Grid> grids) {
    }

    private static Read ooxml(OPCPackage pkg, ReadBudget budget) throws Exception {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            return new Read(Format.XLSX, XlsxReader.read(pkg, budget));
        }
        if (type.contains("wordprocessingml") || type.contains("ms-word")) {
            XmlLimit.prescan(pkg, main, new TableTags(budget.limits()));
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                return new Read(Format.DOCX, DocxReader.read(doc, budget));
            }
        }
        throw FormProblem.unreadable(Format.XLSX, "a zip archive that is neither an Excel nor a Word file");
    }

    private static Read ole2(byte[] bytes, ReadBudget budget) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new EncryptedDocumentException("encrypted OOXML package");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return new Read(Format.XLS, XlsReader.read(fs, budget));
            }
            if (root.hasEntry("WordDocument")) {
                try (HWPFDocument doc = new HWPFDocument(fs)) {
                    return new Read(Format.DOC, DocReader.read(doc, budget));
                }
            }
        }
        throw FormProblem.unreadable(Format.XLS, "an OLE2 compound file that is neither an Excel nor a Word file");
    }

    private interface PackageRead {
        Read read(OPCPackage pkg) throws Exception;
    }

    /** Opens an .xlsx or .docx from a temporary file, so that only the parts read are inflated, each under POI's guards. */
    private static Read withPackage(byte[] bytes, PackageRead read) throws Exception {
        Path file = Files.createTempFile("jixiao-form-", ".zip");
        try {
            Files.write(file, bytes);
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return read.read(pkg);
            } finally {
                pkg.revert();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What the bytes are: an Office Open XML package, an OLE2 compound file, or text. */
    private enum Container {
        OOXML, OLE2, TEXT;

        static Container of(byte[] bytes, Optional<Format> declared) {
            FileMagic magic = bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
            if (magic == FileMagic.OOXML) {
                return OOXML;
            }
            if (magic == FileMagic.OLE2) {
                return OLE2;
            }
            boolean binary = magic != FileMagic.UNKNOWN && magic != FileMagic.XML || !TextReader.looksLikeText(bytes);
            if (!binary && (declared.isEmpty() || declared.get().isText())) {
                return TEXT;
            }
            String what = binary && magic != FileMagic.UNKNOWN ? "it looks like " + Failure.magicName(magic)
                    : binary ? "its content is not an Excel, Word or text file" : "it is plain text";
            throw FormProblem.unreadable(declared.orElse(Format.XLSX), what);
        }
    }
}
