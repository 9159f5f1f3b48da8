package jixiao.forms;

/** Something the import guessed or skipped: the cell it concerns ({@code 自评表!E14}, {@code 表2 第3行第4列}) and why, in Chinese. */
public record FormWarning(String cell, String message) {
}
