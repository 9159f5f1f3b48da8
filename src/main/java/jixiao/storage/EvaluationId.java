package jixiao.storage;

/** The id of a stored evaluation, as a path names it (a UUID the store made: anything else names nothing). */
record EvaluationId(String value) {
}
