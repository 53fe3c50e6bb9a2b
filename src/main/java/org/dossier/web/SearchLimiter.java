package org.dossier.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A cap on searches answered at once. Past it, a request waits briefly for a place and is then
 * told to come back (503 with Retry-After), so a burst degrades into refusals instead of every
 * request slowing down until all of them time out.
 */
final class SearchLimiter {
    private static final long WAIT_MS = 200;
    private final Semaphore places;

    SearchLimiter(int maxConcurrent) {
        this.places = new Semaphore(maxConcurrent, true);
    }

    Handler limit(Handler handler) {
        return ctx -> {
            if (!places.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
            try {
                handler.handle(ctx);
            } finally {
                places.release();
            }
        };
    }

    static final class Busy extends RuntimeException {
        Busy() {
            super("The server is answering as many searches as it can; try again in a moment.");
        }
    }
}
