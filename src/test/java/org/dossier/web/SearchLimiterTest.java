package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Handler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchLimiterTest {
    @Test
    void refusesBeyondTheCapAndLetsTheNextOneInOnceAPlaceIsFree() throws Exception {
        SearchLimiter limiter = new SearchLimiter(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Handler slow = limiter.limit(ctx -> {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> {
                slow.handle(null);
                return null;
            });
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> limiter.limit(ctx -> { }).handle(null)).isInstanceOf(SearchLimiter.Busy.class);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            limiter.limit(ctx -> { }).handle(null); // a place is free again
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingHandlerGivesItsPlaceBack() throws Exception {
        SearchLimiter limiter = new SearchLimiter(1);
        assertThatThrownBy(() -> limiter.limit(ctx -> {
            throw new IllegalStateException("boom");
        }).handle(null)).isInstanceOf(IllegalStateException.class);
        limiter.limit(ctx -> { }).handle(null);
    }
}
