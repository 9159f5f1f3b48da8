package jixiao.floor;

/** What became of one indicator (spec §1.6, §2, §3). */
enum Status {
    ACHIEVED, PARTIAL, UNMET, MISSING, INVALID, NOT_APPLICABLE;

    boolean isShortfall() {
        return this == PARTIAL || this == UNMET;
    }

    /** A completion tier's own status: ACHIEVED, PARTIAL or UNMET. */
    static Status of(jixiao.indicator.CompletionTier tier) {
        return switch (tier) {
            case ACHIEVED -> ACHIEVED;
            case PARTIAL -> PARTIAL;
            case UNMET -> UNMET;
        };
    }
}
