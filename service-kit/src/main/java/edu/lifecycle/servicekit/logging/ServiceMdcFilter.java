package edu.lifecycle.servicekit.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Names the service in the MDC for the whole of a request, so every line it logs says whose it is. */
public final class ServiceMdcFilter extends OncePerRequestFilter {

    private final String service;

    public ServiceMdcFilter(String service) {
        this.service = service;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = MDC.get(ServiceLogNames.MDC_KEY);
        MDC.put(ServiceLogNames.MDC_KEY, service);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(ServiceLogNames.MDC_KEY);
            } else {
                MDC.put(ServiceLogNames.MDC_KEY, previous);
            }
        }
    }
}
