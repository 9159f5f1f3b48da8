package jixiao.web;

/**
 * A type a route binds from a client's JSON body with {@code @Body}; {@link JsonBodyReader} reads it, with the
 * service's bounds, error codes and paths.
 */
public interface JsonRequest {
}
