package jixiao.forms;

import java.util.List;

/** Every form found in one file, and the format it was read as ({@code xlsx}, {@code doc} …). */
public record ImportResult(String format, List<ImportedForm> forms) {
    public ImportResult {
        forms = List.copyOf(forms);
    }
}
