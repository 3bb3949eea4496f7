package org.stepwise.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every JSON API response: the time from this filter's entry to its exit,
 * security, controller and body serialisation included, so that benchmarks measure server-side latency through HTTP
 * without the client's and network's share. The body is held until the end so that the header can still be set;
 * API responses are small JSON documents (streaming or asynchronous responses would need another approach).
 */
final class ServerTimingFilter extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TimedResponse timed = new TimedResponse(response, System.nanoTime());
        try {
            chain.doFilter(request, timed);
        } finally {
            timed.stamp();
            timed.copyBodyToResponse();
        }
    }

    /** Holds the body; stamps the header once, at the end or just before an error or redirect commits the response. */
    private static final class TimedResponse extends ContentCachingResponseWrapper {

        private final long started;
        private boolean stamped;

        TimedResponse(HttpServletResponse response, long started) {
            super(response);
            this.started = started;
        }

        void stamp() {
            if (!stamped && !getResponse().isCommitted()) {
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                ((HttpServletResponse) getResponse()).setHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.2f", millis));
                stamped = true;
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            stamp();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            stamp();
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stamp();
            super.sendRedirect(location);
        }
    }
}
