package jixiao.storage;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a stored declaration, as a path names it (a UUID the store made: anything else names nothing). */
@Schema(type = "string", format = "uuid")
record DeclarationId(String value) {
}
