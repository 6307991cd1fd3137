package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.logging.ServiceLogNames;
import edu.lifecycle.servicekit.logging.ServiceMdcFilter;
import edu.lifecycle.servicekit.observe.TraceIdInProblems;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every log line and 5xx problem says which service and which trace it belongs to. */
@Configuration(proxyBeanMethods = false)
class KitLoggingConfiguration {

    /** A 5xx problem body carries the trace id to quote. */
    @Bean
    TraceIdInProblems traceIdInProblems(ObjectProvider<Tracer> tracer) {
        return new TraceIdInProblems(() -> tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    /** Lines of the web server's own threads (e.g. {@code http-nio-127.0.0.1-8091-exec-1}) are the service's. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> webServerThreadsLogAsService(ServiceIdentity identity) {
        return event ->
                ServiceLogNames.register("-" + event.getWebServer().getPort() + "-exec-", identity.serviceName());
    }

    /** Every line a request logs names the service, also when several services share one JVM. */
    @Bean
    FilterRegistrationBean<ServiceMdcFilter> serviceMdcFilter(ServiceIdentity identity) {
        var registration = new FilterRegistrationBean<>(new ServiceMdcFilter(identity.serviceName()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
