package jixiao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The error body of every 4xx and 5xx the API sends: a code, a message naming the field, the field's path,
 * and the answer's {@code X-Request-Id} (added on the way out by {@code jixiao.ops.RequestLog}).
 */
@Schema(description = "错误答复的统一格式 / the one error shape of every 4xx and 5xx")
public record ErrorBody(@Schema(description = "错误代码 / error code", example = "INVALID_VALUE") String error,
                        @Schema(description = "说明，指出字段 / what is wrong, naming the field") String message,
                        @Schema(description = "出错字段的 JSON 路径（或查询参数），否则为请求路径 / the field's JSON path, "
                                + "else the request path", example = "declaration.indicators[3].target") String path,
                        @Schema(description = "本次请求的 X-Request-Id / the answer's X-Request-Id", nullable = true)
                        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public ErrorBody(String error, String message, String path) {
        this(error, message, path, null);
    }

    /** The same error, naming the request it answers. */
    public ErrorBody withRequestId(String id) {
        return new ErrorBody(error, message, path, id);
    }
}
