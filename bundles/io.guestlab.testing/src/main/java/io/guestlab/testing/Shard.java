package io.guestlab.testing;

/**
 * One of {@code count} parts of a plan, for spreading a suite over CI machines: shard
 * {@code index} (1-based) runs every test whose position modulo {@code count} is
 * {@code index - 1}. The split depends only on the plan's order, so every host computes the same.
 */
public record Shard(int index, int count) {

    /** The whole plan. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard: expected I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}. */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
                        Integer.parseInt(text.substring(slash + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard: '" + text + "' is not I/N (e.g. 2/4: the second of four shards)");
    }

    /** Whether the test at {@code position} (0-based, in plan order after filtering and repetition) is in this shard. */
    public boolean includes(int position) {
        return position % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
