package jixiao.forms;

/**
 * What one import may read, so that a hostile file costs bounded memory and time: the upload's size, and
 * caps on what is read out of it (checked while reading, before anything is kept). Zip entries of .xlsx
 * and .docx are held to {@link #maxZipEntryBytes} inflated bytes and a compression ratio of at most
 * 1/{@link #minInflateRatio}, POI's {@code ZipSecureFile} guards against zip bombs.
 *
 * @param maxBytes          the upload (the preview's 5 MB is too small for real .doc files with pictures)
 * @param maxSheets         sheets of a workbook
 * @param maxTables         tables of a Word file (its main part's tables, nested ones too, are counted before its
 *                          tree is built: {@code TableTags})
 * @param maxRows           rows of one sheet or table (the last row index, so a far-away cell counts too)
 * @param maxColumns        columns of one sheet or table
 * @param maxCells          non-empty cells of the whole file, merged cells counted once for each cell they fill; a
 *                          Word file's table cells, empty ones too, are also counted against it before its tree is built
 * @param maxCellChars      characters of one cell (longer is cut, with a warning)
 * @param maxTextChars      characters of the whole file's text
 * @param maxZipEntryBytes  inflated bytes of any zip entry read, a picture too (POI reads a Word file's pictures)
 * @param maxXmlPartBytes   inflated bytes of a workbook's sheet or shared strings, each streamed through a limit of
 *                          1 MiB on any one text, tag or comment (the JDK's parser holds such a token whole); a
 *                          Word file's XML parts, read into trees, have tighter limits of their own (8 MiB each,
 *                          16 MiB in all: {@code XmlLimit})
 * @param minInflateRatio   compressed / inflated bytes below which an entry is a zip bomb
 */
public record FormLimits(long maxBytes, int maxSheets, int maxTables, int maxRows, int maxColumns, int maxCells,
                         int maxCellChars, long maxTextChars, long maxZipEntryBytes, long maxXmlPartBytes,
                         double minInflateRatio) {
    public static final FormLimits DEFAULT = new FormLimits(20L << 20, 50, 200, 5_000, 200, 200_000,
            20_000, 4_000_000, 32L << 20, 16L << 20, 0.01);
}
