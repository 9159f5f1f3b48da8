package jixiao.review;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jixiao.scoring.Evaluators;
import jixiao.scoring.Reviewer;

/** The reviewer, on the rules and, for each declaration, the tables in force for its year. */
@Factory
class ReviewBeans {
    @Singleton
    Reviewer reviewer(Evaluators evaluators) {
        return new Reviewer(evaluators);
    }
}
