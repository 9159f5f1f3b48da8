package jixiao.imports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jixiao.forms.FormLimits;

/**
 * The import's own upload limit ({@code jixiao.imports.max-bytes}, 20 MiB): real {@code .doc} files with
 * pictures exceed the 5 MB a body bound whole may have, so the import streams its body and counts it
 * itself, as a batch counts its items.
 */
@ConfigurationProperties("jixiao.imports")
record ImportConfig(@Bindable(defaultValue = "20971520") long maxBytes) {

    /** The read limits of {@link FormLimits#DEFAULT} with this upload limit. */
    FormLimits limits() {
        FormLimits d = FormLimits.DEFAULT;
        return new FormLimits(maxBytes, d.maxSheets(), d.maxTables(), d.maxRows(), d.maxColumns(), d.maxCells(),
                d.maxCellChars(), d.maxTextChars(), d.maxZipEntryBytes(), d.maxXmlPartBytes(), d.minInflateRatio());
    }
}
