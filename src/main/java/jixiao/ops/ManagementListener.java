package jixiao.ops;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The management endpoints on a listener of their own ({@code endpoints.all.port}, from
 * {@code JIXIAO_MANAGEMENT_PORT}), bound to {@code jixiao.management.host} (127.0.0.1 unless
 * {@code JIXIAO_MANAGEMENT_HOST} says otherwise), serving only the endpoints; the API stays on the main
 * listener ({@code micronaut.server.host} and {@code port}), which does not serve the endpoints. Micronaut
 * alone would bind the management port to the main listener's host.
 */
@Singleton
final class ManagementListener implements BeanCreatedEventListener<NettyHttpServerConfiguration> {
    private final EndpointDefaultConfiguration endpoints;
    private final Environment environment;

    ManagementListener(EndpointDefaultConfiguration endpoints, Environment environment) {
        this.endpoints = endpoints;
        this.environment = environment;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        Integer port = endpoints.getPort().orElse(null);
        if (port == null || (server.getListeners() != null && !server.getListeners().isEmpty())) {
            return server;
        }
        // as Micronaut chooses the main port: configured, else random under test, else 8080
        int mainPort = server.getPort().orElse(environment.getActiveNames().contains(Environment.TEST) ? -1 : 8080);
        NettyListenerConfiguration main = NettyListenerConfiguration.createTcp(server.getHost().orElse(null), mainPort,
                false, null, null);
        String host = environment.getProperty("jixiao.management.host", String.class).orElse("127.0.0.1");
        NettyListenerConfiguration management = NettyListenerConfiguration.createTcp(host, port, false, null, null);
        management.setExposeDefaultRoutes(false);
        management.setSupportGracefulShutdown(false);
        server.setListeners(List.of(main, management));
        return server;
    }
}
