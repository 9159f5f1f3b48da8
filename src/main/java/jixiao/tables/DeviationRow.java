package jixiao.tables;

/**
 * A row of {@code scoring-tables/deviations.csv}: a kind of deviation, its severity, and the light it
 * comes from where its severity depends on it (null: any). Names are checked by the layer that knows the
 * kinds; each cell keeps its place for that.
 */
public record DeviationRow(Cell type, Cell severity, Cell light) {
}
