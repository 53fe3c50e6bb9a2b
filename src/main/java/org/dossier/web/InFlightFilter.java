package org.dossier.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests being answered, from before any handler runs until the answer has been
 * written and closed, so that a graceful stop waits for exactly those. Javalin's own hooks end too
 * early: its request logger runs before the answer's last bytes are flushed.
 */
final class InFlightFilter implements Filter {
    private final AtomicInteger inFlight;

    InFlightFilter(AtomicInteger inFlight) {
        this.inFlight = inFlight;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
