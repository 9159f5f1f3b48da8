package jixiao.storage;

/** The id of a stored declaration, as a path names it (a UUID the store made: anything else names nothing). */
record DeclarationId(String value) {
}
