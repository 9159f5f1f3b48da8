package jixiao.review;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Reviewer;

/** The reviewer, on the rules and tables the evaluator was built with. */
@Factory
class ReviewBeans {
    @Singleton
    Reviewer reviewer(Evaluator evaluator) {
        return new Reviewer(evaluator);
    }
}
