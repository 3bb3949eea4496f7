package org.stepwise.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every random choice of the generator, drawn from one {@link SplittableRandom}. Each kind of record gets a dice of its
 * own ({@link #split()}), so that a generator added later (episodes, schedules, scores) draws from a new stream and does
 * not change the records that existing generators make from the same seed.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    Dice split() {
        return new Dice(random.split());
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min == max ? min : random.nextInt(min, max + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Picks by weight: {@code weights[i]} is the relative weight of {@code choices.get(i)}. */
    <T> T weighted(List<T> choices, double... weights) {
        if (choices.size() != weights.length) {
            throw new IllegalArgumentException("one weight per choice");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return choices.get(i);
            }
        }
        return choices.getLast();
    }

    /** {@code count} distinct indexes below {@code size}, in ascending order. */
    List<Integer> distinctIndexes(int count, int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        shuffle(all);
        List<Integer> chosen = new ArrayList<>(all.subList(0, Math.min(count, size)));
        chosen.sort(null);
        return chosen;
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /** A random (version 4) UUID drawn from this dice, so that ids too are the same for the same seed. */
    UUID uuid() {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
