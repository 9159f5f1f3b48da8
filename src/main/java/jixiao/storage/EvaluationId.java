package jixiao.storage;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a stored evaluation, as a path names it (a UUID the store made: anything else names nothing). */
@Schema(type = "string", format = "uuid")
record EvaluationId(String value) {
}
