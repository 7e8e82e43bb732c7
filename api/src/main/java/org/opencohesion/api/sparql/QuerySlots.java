package org.opencohesion.api.sparql;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.api.problem.ServerError;

/**
 * Bounds the SPARQL queries running at once, so heavy queries cannot take every Jetty thread and
 * starve the REST API: {@code running} queries run, up to {@code queued} more wait (each at most
 * {@code maxWait}) for one of them to finish, and any more are refused at once with 503 and
 * {@code Retry-After}. A waiting query holds a request thread, which is why the queue is bounded too.
 */
final class QuerySlots {
    private final Semaphore slots;
    private final int capacity;
    private final int queued;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Counter refused;

    /** {@code refused} counts the queries turned away. */
    QuerySlots(int running, int queued, Counter refused) {
        this.slots = new Semaphore(running, true);
        this.capacity = running;
        this.queued = queued;
        this.refused = refused;
    }

    /**
     * Runs {@code work} in a slot.
     *
     * @throws ServerError 503 with {@code Retry-After} when no slot is free in time
     */
    <T> T run(Duration maxWait, Supplier<T> work) {
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > queued) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** How many queries are running now. */
    int running() {
        return capacity - slots.availablePermits();
    }

    /** How many queries are waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    private ServerError busy() {
        refused.increment();
        return new ServerError(Problem.of(503, "sparql-busy", "Too many SPARQL queries",
                "the endpoint is already running as many queries as it allows; try again in a few seconds"),
                null, Map.of("Retry-After", "5"));
    }
}
