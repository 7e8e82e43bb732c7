package org.opencohesion.api.catalog;

import java.util.function.Supplier;

/**
 * The last value computed, kept until the store generation moves on: the catalogue and the VoID
 * counts are worked out once per generation, however many requests and formats ask for them.
 */
final class PerGeneration<T> {
    private long generation = -1;
    private T value;

    synchronized T get(long current, Supplier<T> compute) {
        if (value == null || generation != current) {
            value = compute.get();
            generation = current;
        }
        return value;
    }
}
