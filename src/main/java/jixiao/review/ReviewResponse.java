package jixiao.review;

import java.util.List;
import jixiao.scoring.Reviewer;

/** The findings of a target review, in declaration order, the declaration's own last. */
public record ReviewResponse(List<Reviewer.ReviewFinding> findings) {
}
