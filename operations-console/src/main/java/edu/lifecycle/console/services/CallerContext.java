package edu.lifecycle.console.services;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user and the page's request, carried from the thread that renders a page to the thread that calls a
 * service for it: the token relay finds the user's access token (and, when it must refresh it, the session) through
 * both.
 */
final class CallerContext {

    private CallerContext() {}

    /** The task, to run on any thread as if on the caller's; the running thread's own context comes back after. */
    static Runnable carried(Runnable task) {
        SecurityContext security = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return () -> {
            SecurityContext ownSecurity = SecurityContextHolder.getContext();
            RequestAttributes ownRequest = RequestContextHolder.getRequestAttributes();
            SecurityContextHolder.setContext(security);
            RequestContextHolder.setRequestAttributes(request);
            try {
                task.run();
            } finally {
                // Restored, not cleared: when the pool is full the caller's own thread runs the task.
                SecurityContextHolder.setContext(ownSecurity);
                RequestContextHolder.setRequestAttributes(ownRequest);
            }
        };
    }
}
