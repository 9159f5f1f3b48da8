package jixiao.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the API document only (read at build time by micronaut-openapi): the error answers a route that
 * {@code @Secured} restricts to roles may give besides {@link ApiErrors}' — no login, a role that may not,
 * and no account at all yet — each with the one error shape {@link ErrorBody}. Put it on a controller whose
 * routes all name roles, next to the {@code @SecurityRequirement}s that name them.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "401", description = "UNAUTHORIZED：未登录，或令牌过期、账户停用、密码已改 / no login: "
        + "send Authorization: Bearer <access_token> from POST /login (or its JWT cookie); it may have expired, or its "
        + "account been disabled or its password changed",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "403", description = "FORBIDDEN：此账户的角色不可用此操作，或部门账户写入其他单位 / this "
        + "account's role may not use this operation, or a department account writes for another unit",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "503", description = "SETUP_REQUIRED：尚无任何账户，请设置 JIXIAO_ADMIN_PASSWORD 启动以创建 "
        + "admin / no account exists yet: start the service with JIXIAO_ADMIN_PASSWORD set to create 'admin'",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public @interface ApiSecuredErrors {
}
