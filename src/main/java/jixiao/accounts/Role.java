package jixiao.accounts;

/**
 * What an account may do: a finance bureau runs the year (every unit, batches, summaries, re-evaluation,
 * accounts), a department works on its own unit, an auditor reads everything and writes nothing.
 * {@link Roles} names them for {@code @Secured}.
 */
public enum Role {
    BUREAU,
    DEPARTMENT,
    AUDITOR
}
