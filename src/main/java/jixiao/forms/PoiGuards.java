package jixiao.forms;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guards, set explicitly from {@link FormLimits}: an entry of an .xlsx or .docx may inflate to
 * at most {@code maxZipEntryBytes} and by at most 1/{@code minInflateRatio}, and a package may hold at most
 * {@link #MAX_ENTRIES} entries. POI keeps these settings per JVM, so they are set once per set of limits
 * (the service has one) rather than per file.
 */
final class PoiGuards {
    static final long MAX_ENTRIES = 1_000;

    private PoiGuards() {
    }

    static synchronized void apply(FormLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }
}
