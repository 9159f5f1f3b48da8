package jixiao.imports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import jixiao.forms.FormLimits;

/**
 * The import's own upload limit ({@code jixiao.imports.max-bytes}, 20 MiB): real {@code .doc} files with
 * pictures exceed the 5 MB a body bound whole may have, so the import streams its body and counts it
 * itself, as a batch counts its items. At most {@code max-concurrent} files (2) are read at once, each
 * taking up to about 130 MB at the read limits; another waits up to {@code max-wait} (10 s), then is
 * answered 503 (see {@link ImportGate}).
 */
@ConfigurationProperties("jixiao.imports")
record ImportConfig(@Bindable(defaultValue = "20971520") long maxBytes,
                    @Bindable(defaultValue = "2") int maxConcurrent,
                    @Bindable(defaultValue = "10s") Duration maxWait) {

    /** The read limits of {@link FormLimits#DEFAULT} with this upload limit. */
    FormLimits limits() {
        FormLimits d = FormLimits.DEFAULT;
        return new FormLimits(maxBytes, d.maxSheets(), d.maxTables(), d.maxRows(), d.maxColumns(), d.maxCells(),
                d.maxCellChars(), d.maxTextChars(), d.maxZipEntryBytes(), d.maxXmlPartBytes(), d.minInflateRatio());
    }
}
