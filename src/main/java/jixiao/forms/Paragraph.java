package jixiao.forms;

/** A paragraph of a Word file outside its tables (a title, 填报单位：…, 金额单位：万元), and where it is ({@code 第3段}). */
public record Paragraph(String text, String address) {
}
