package jixiao.forms;

/**
 * What one import may read, so that a hostile file costs bounded memory and time: the upload's size, and
 * caps on what is read out of it (checked while reading, before anything is kept). Zip entries of .xlsx
 * and .docx are held to {@link #maxZipEntryBytes} inflated bytes and a compression ratio of at most
 * 1/{@link #minInflateRatio}, POI's {@code ZipSecureFile} guards against zip bombs.
 *
 * @param maxBytes          the upload (the preview's 5 MB is too small for real .doc files with pictures)
 * @param maxSheets         sheets of a workbook
 * @param maxTables         tables of a Word file
 * @param maxRows           rows of one sheet or table (the last row index, so a far-away cell counts too)
 * @param maxColumns        columns of one sheet or table
 * @param maxCells          non-empty cells of the whole file, merged cells counted once for each cell they fill
 * @param maxCellChars      characters of one cell (longer is cut, with a warning)
 * @param maxTextChars      characters of the whole file's text
 * @param maxZipEntryBytes  inflated bytes of one zip entry read (sheet or document XML, shared strings …): the
 *                          XML parser holds a whole comment or attribute in memory and Word's document is held
 *                          as a tree, so this bounds the memory of one read (16 MiB: some 80 MB at worst)
 * @param minInflateRatio   compressed / inflated bytes below which an entry is a zip bomb
 */
public record FormLimits(long maxBytes, int maxSheets, int maxTables, int maxRows, int maxColumns, int maxCells,
                         int maxCellChars, long maxTextChars, long maxZipEntryBytes, double minInflateRatio) {
    public static final FormLimits DEFAULT = new FormLimits(20L << 20, 50, 200, 5_000, 200, 200_000,
            20_000, 4_000_000, 16L << 20, 0.01);
}
