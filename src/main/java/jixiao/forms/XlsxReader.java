package jixiao.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads an .xlsx as a stream of SAX events, sheet by sheet (POI's usual XSSF workbook would hold every
 * sheet in memory first): each cell's text as Excel shows it (a 0.995 formatted {@code 0.0%} is
 * {@code 99.5%}), merged regions from the sheet's {@code <mergeCell>} list, and the read limits checked at
 * every cell, so an oversized sheet stops at the first cell too many; every XML part passes {@link XmlLimit}.
 */
final class XlsxReader {
    /** Styles are read into a tree: a workbook's are some kilobytes, a few thousand styles well under this. */
    private static final long MAX_STYLES_BYTES = 4L << 20;

    private XlsxReader() {
    }

    static List<Grid> read(OPCPackage pkg, ReadBudget budget) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        long max = budget.limits().maxXmlPartBytes();
        InputStream stringsData = reader.getSharedStringsData();
        ReadOnlySharedStringsTable strings = stringsData == null ? new ReadOnlySharedStringsTable(pkg, false)
                : new ReadOnlySharedStringsTable(new XmlLimit(stringsData, max, "sharedStrings"), false);
        InputStream stylesData = reader.getStylesData();
        StylesTable styles = stylesData == null ? new StylesTable()
                : new StylesTable(new XmlLimit(stylesData, MAX_STYLES_BYTES, "styles"));
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Grid> grids = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                budget.sheet();
                GridBuilder grid = new GridBuilder(name, "sheet " + (grids.size() + 1), new Addressing.Sheet(name), budget);
                XMLReader xml = XMLHelper.newXMLReader();
                MergeCells merges = new MergeCells(grid);
                merges.setParent(xml);
                merges.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Contents(grid),
                        formatter, false));
                merges.parse(new InputSource(new XmlLimit(in, max, "sheet " + (grids.size() + 1))));
                grids.add(grid.build());
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
        return grids;
    }

    /** The cells of one sheet, into its grid. */
    private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final GridBuilder grid;
        private int row;
        private int nextCol;

        Contents(GridBuilder grid) {
            this.grid = grid;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            nextCol = 0;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            int col = nextCol;
            if (ref != null) {
                CellReference r = new CellReference(ref);
                row = r.getRow();
                col = r.getCol();
            }
            nextCol = col + 1;
            grid.put(row, col, formattedValue);
        }
    }

    /** Passes the sheet's XML on to POI's handler and picks out the {@code <mergeCell ref="A1:C2">} list. */
    private static final class MergeCells extends XMLFilterImpl {
        private final GridBuilder grid;

        MergeCells(GridBuilder grid) {
            this.grid = grid;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("mergeCell".equals(localName)) {
                String ref = atts.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    try {
                        CellRangeAddress a = CellRangeAddress.valueOf(ref);
                        grid.merge(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn());
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        // a malformed reference merges nothing; Excel would not open the file either
                    }
                }
            }
            super.startElement(uri, localName, qName, atts);
        }
    }
}
