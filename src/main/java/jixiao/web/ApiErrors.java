package jixiao.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the API document only (read at build time by micronaut-openapi): the error answers every route may
 * give, each with the one error shape {@link ErrorBody}. Put on a controller class.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "请求无法使用（字段缺失、类型错误、超出范围……），path 指出字段 / "
        + "the request cannot be used; path names the field",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "404", description = "编号不存在或格式不对 / an unknown or malformed id, or no such path",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "413", description = "请求体超过大小限制 / the body exceeds the size limit",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "415", description = "请求体不是 application/json / the body is not application/json",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "500", description = "服务内部错误（已记录日志）/ the service failed; it has been logged",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public @interface ApiErrors {
}
