package jixiao.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an .xls record by record with POI's HSSF event API (no workbook model is built): each worksheet's
 * text and number cells (numbers as Excel formats them), formula results, and merged regions, with the
 * read limits checked at every cell.
 */
final class XlsReader implements HSSFListener {
    private final ReadBudget budget;
    private final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> sheetRecords = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private BoundSheetRecord[] sheetOrder;
    private SSTRecord strings;
    private GridBuilder sheet;
    private FormulaRecord pendingStringFormula;

    private XlsReader(ReadBudget budget) {
        this.budget = budget;
        this.formats = new FormatTrackingHSSFListener(this, Locale.ROOT);
    }

    static List<Grid> read(POIFSFileSystem fs, ReadBudget budget) throws IOException {
        XlsReader reader = new XlsReader(budget);
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(reader.formats);
        new HSSFEventFactory().processWorkbookEvents(request, fs);
        return reader.grids;
    }

    @Override
    public void processRecord(Record record) {
        if (record instanceof BoundSheetRecord b) {
            sheetRecords.add(b);
        } else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
            startSheet();
        } else if (record instanceof EOFRecord && sheet != null) {
            grids.add(sheet.build());
            sheet = null;
        } else if (record instanceof SSTRecord sst) {
            strings = sst;
        } else if (sheet != null) {
            cell(record);
        }
    }

    private void startSheet() {
        if (sheetOrder == null) {
            sheetOrder = BoundSheetRecord.orderByBofPosition(sheetRecords);
        }
        int index = grids.size();
        String name = index < sheetOrder.length ? sheetOrder[index].getSheetname() : "Sheet" + (index + 1);
        budget.sheet();
        sheet = new GridBuilder(name, "sheet " + (index + 1), new Addressing.Sheet(name), budget);
    }

    private void cell(Record record) {
        if (record instanceof LabelSSTRecord l && strings != null && l.getSSTIndex() < strings.getNumUniqueStrings()) {
            sheet.put(l.getRow(), l.getColumn(), strings.getString(l.getSSTIndex()).getString());
        } else if (record instanceof LabelRecord l) {
            sheet.put(l.getRow(), l.getColumn(), l.getValue());
        } else if (record instanceof NumberRecord n) {
            sheet.put(n.getRow(), n.getColumn(), formats.formatNumberDateCell(n));
        } else if (record instanceof FormulaRecord f) {
            if (f.hasCachedResultString()) {
                pendingStringFormula = f;
            } else if (f.getCachedResultTypeEnum() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                sheet.put(f.getRow(), f.getColumn(), formats.formatNumberDateCell(f));
            }
        } else if (record instanceof StringRecord s && pendingStringFormula != null) {
            sheet.put(pendingStringFormula.getRow(), pendingStringFormula.getColumn(), s.getString());
            pendingStringFormula = null;
        } else if (record instanceof MergeCellsRecord m) {
            for (int i = 0; i < m.getNumAreas(); i++) {
                CellRangeAddress a = m.getAreaAt(i);
                sheet.merge(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn());
            }
        }
    }
}
