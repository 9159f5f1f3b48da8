package jixiao.storage;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.DeviationType;

/**
 * Spot checks (抽评) and reviews (复核) in the database, in the portable SQL of {@link Store}: a spot check with
 * its items, a review's request and comparison beside its evaluation, and what the year summary reads of them.
 */
@Singleton
final class SpotCheckStore {
    private final Store store;

    SpotCheckStore(Store store) {
        this.store = store;
    }

    /** One drawn subject: its declaration and the self-assessment evaluation that made it part of the population. */
    record Item(String declarationId, String evaluationId, String unit, String name) {
    }

    /** A spot check as stored. */
    record SpotCheck(String id, int year, BigDecimal share, long seed, SampleBy by, Instant createdAt,
                     String createdBy, List<Item> items) {
    }

    /** A review evaluation with its comparison (JSON) and the request it was made from (JSON). */
    record Review(Store.Evaluation evaluation, String bodyJson, String comparisonJson) {
    }

    /** The latest review of one self-assessment evaluation, for the year summary. */
    record Reviewed(String reviewId, String reviewOf, String declarationId, String unit, String name,
                    BigDecimal selfTotal, String selfGrade, BigDecimal reviewedTotal, String reviewedGrade,
                    boolean inflated) {
    }

    /**
     * The population of a year's spot check: every declaration's current year-end self-assessment (the year
     * summary's {@link Store#LATEST}).
     */
    List<Store.Evaluation> population(int year) {
        return store.read(c -> Store.query(c, Store.LATEST, Store::evaluation, year, "FULL_YEAR"));
    }

    void insert(Connection c, SpotCheck s) {
        Store.update(c, "insert into spot_check (id, fiscal_year, sample_share, seed, sample_by, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)", s.id(), s.year(), s.share(), s.seed(), s.by().name(),
                Timestamp.from(s.createdAt()), s.createdBy());
        for (int i = 0; i < s.items().size(); i++) {
            Item item = s.items().get(i);
            Store.update(c, "insert into spot_check_item (spot_check_id, seq, declaration_id, evaluation_id, subject_unit,"
                    + " subject_name) values (?, ?, ?, ?, ?, ?)", s.id(), i, item.declarationId(), item.evaluationId(),
                    item.unit(), item.name());
        }
    }

    /** A year's spot checks, newest first, each with its items in their stored order. */
    List<SpotCheck> ofYear(int year) {
        return store.read(c -> {
            Map<String, SpotCheck> checks = new LinkedHashMap<>();
            Store.query(c, "select * from spot_check where fiscal_year = ? order by created_seq desc", rs -> {
                SpotCheck s = new SpotCheck(rs.getString("id"), rs.getInt("fiscal_year"),
                        SpotCheckRequest.shown(rs.getBigDecimal("sample_share")), rs.getLong("seed"), SampleBy.valueOf(rs.getString("sample_by")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), new ArrayList<>());
                return checks.put(s.id(), s);
            }, year);
            Store.query(c, "select i.* from spot_check_item i join spot_check s on s.id = i.spot_check_id"
                    + " where s.fiscal_year = ? order by i.spot_check_id, i.seq", rs -> {
                        checks.get(rs.getString("spot_check_id")).items().add(new Item(rs.getString("declaration_id"),
                                rs.getString("evaluation_id"), rs.getString("subject_unit"), rs.getString("subject_name")));
                        return null;
                    }, year);
            return List.copyOf(checks.values());
        });
    }

    void insertReview(Connection c, String evaluationId, String reviewOf, String bodyJson, String comparisonJson) {
        Store.update(c, "insert into evaluation_review (evaluation_id, review_of, body_json, comparison_json)"
                + " values (?, ?, ?, ?)", evaluationId, reviewOf, bodyJson, comparisonJson);
    }

    /** The reviews of one evaluation, oldest first. */
    List<Review> reviewsOf(String evaluationId) {
        return store.read(c -> Store.query(c, "select e.*, r.body_json, r.comparison_json from evaluation e"
                + " join evaluation_review r on r.evaluation_id = e.id where e.review_of = ? order by e.created_seq",
                rs -> new Review(Store.evaluation(rs), rs.getString("body_json"), rs.getString("comparison_json")),
                evaluationId));
    }

    /**
     * The latest review of each reviewed self-assessment evaluation of the year, beside that evaluation's total
     * and grade, and whether the review raised SELF_SCORE_INFLATED.
     */
    List<Reviewed> reviewedOfYear(int year) {
        return store.read(c -> Store.query(c, "select e.id, e.review_of, e.declaration_id, e.subject_unit,"
                + " e.subject_name, e.total_score, e.grade, s.total_score as self_total, s.grade as self_grade,"
                + " (select count(*) from evaluation_deviation d where d.evaluation_id = e.id"
                + " and d.deviation_type = ?) as inflated"
                + " from evaluation e join (select review_of, max(created_seq) as latest_seq from evaluation"
                + " where fiscal_year = ? and kind = 'REVIEW' group by review_of) m"
                + " on m.review_of = e.review_of and e.created_seq = m.latest_seq"
                + " join evaluation s on s.id = e.review_of", rs -> new Reviewed(rs.getString("id"),
                        rs.getString("review_of"), rs.getString("declaration_id"), rs.getString("subject_unit"),
                        rs.getString("subject_name"), rs.getBigDecimal("self_total"), rs.getString("self_grade"),
                        rs.getBigDecimal("total_score"), rs.getString("grade"), rs.getLong("inflated") > 0),
                DeviationType.SELF_SCORE_INFLATED.name(), year));
    }
}
