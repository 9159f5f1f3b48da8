package jixiao.forms;

import org.apache.poi.ss.util.CellReference;

/** How a cell of a sheet or table is named in warnings and sources. */
sealed interface Addressing {
    String cell(int row, int col);

    /** The range from one cell to another, as a form's source. */
    String range(int firstRow, int firstCol, int lastRow, int lastCol);

    /** A sheet's cells as Excel names them: {@code 自评表!E14}. */
    record Sheet(String name) implements Addressing {
        @Override
        public String cell(int row, int col) {
            return name + "!" + a1(row, col);
        }

        @Override
        public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
            return name + "!" + a1(firstRow, firstCol) + ":" + a1(lastRow, lastCol);
        }
    }

    /** A Word table's cells: {@code 表2 第3行第4列}. */
    record WordTable(int number) implements Addressing {
        @Override
        public String cell(int row, int col) {
            return "表" + number + " 第" + (row + 1) + "行第" + (col + 1) + "列";
        }

        @Override
        public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
            return "表" + number + " 第" + (firstRow + 1) + "行至第" + (lastRow + 1) + "行";
        }
    }

    /** Pasted text: cells named as in the spreadsheet they were copied from, {@code C7}. */
    record Text() implements Addressing {
        @Override
        public String cell(int row, int col) {
            return a1(row, col);
        }

        @Override
        public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
            return a1(firstRow, firstCol) + ":" + a1(lastRow, lastCol);
        }
    }

    private static String a1(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }
}
