package jixiao.accounts;

/**
 * The roles as the constants {@code @Secured} takes (annotation values must be compile-time strings); each
 * is the name of its {@link Role}. Every route names the roles that may call it with these, so the
 * endpoint × role table can be read off the controllers.
 */
public final class Roles {
    public static final String BUREAU = "BUREAU";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
