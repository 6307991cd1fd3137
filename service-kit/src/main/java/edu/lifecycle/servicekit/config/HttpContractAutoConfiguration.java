package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.command.IdempotencyKeyDocumentation;
import edu.lifecycle.servicekit.command.IdempotencyKeyResolver;
import edu.lifecycle.servicekit.web.PlausibleInputModule;
import edu.lifecycle.servicekit.web.ProblemResponses;
import edu.lifecycle.servicekit.web.RequestTargetRules;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/**
 * One HTTP contract for every service, without a line in their controllers: path ids, parameters and the
 * {@code Idempotency-Key} checked before any handler, plausible request bodies only, and every error an RFC 9457
 * problem, including those Tomcat answers itself and those reaching {@code /error}. Independent of Kafka, so it is tested on a plain web application.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class HttpContractAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    WebMvcConfigurer requestTargetRules() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestTargetRules());
            }

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new IdempotencyKeyResolver());
            }
        };
    }

    /** Boot registers every module bean with the web layer's mapper; the kit's internal KitJson stays as it is. */
    @Bean
    JacksonModule plausibleInputModule() {
        return new PlausibleInputModule();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class OpenApiDocuments {

        @Bean
        IdempotencyKeyDocumentation idempotencyKeyDocumentation() {
            return new IdempotencyKeyDocumentation();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReports {

        @Bean
        ProblemErrorReports problemErrorReports() {
            return new ProblemErrorReports();
        }
    }
}
