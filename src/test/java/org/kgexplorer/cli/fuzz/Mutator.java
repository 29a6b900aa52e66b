package org.kgexplorer.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of valid inputs, reproducibly from a seed: byte flips and insertions (bad UTF-8 among
 * them), cuts, deleted and duplicated spans, the syntax's tokens spliced in, spans of two inputs crossed, and a
 * span, a token or an opening bracket of the syntax repeated hundreds to a hundred thousand times (deep nesting,
 * long terms). Each variant stacks one to four of these.
 */
final class Mutator {
    private static final int MAX_SIZE = 1 << 20;
    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] input, byte[] other, FuzzTarget target) {
        byte[] data = input;
        int steps = 1 + random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            data = once(data, other, target.tokens(), target.openers());
            if (data.length > MAX_SIZE) {
                data = Arrays.copyOf(data, MAX_SIZE);
            }
        }
        return data;
    }

    private byte[] once(byte[] data, byte[] other, List<byte[]> tokens, List<byte[]> openers) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
        return switch (random.nextInt(11)) {
            case 0 -> flipByte(data);
            case 1 -> insert(data, at, new byte[] {(byte) random.nextInt(256)});
            case 2 -> Arrays.copyOf(data, at);
            case 3 -> delete(data, at, 1 + random.nextInt(16));
            case 4 -> insert(data, at, span(data, 1 + random.nextInt(32)));
            case 5, 6 -> insert(data, at, tokens.get(random.nextInt(tokens.size())));
            case 7 -> cross(data, at, other);
            case 8 -> insert(data, at, repeat(random.nextBoolean() ? tokens.get(random.nextInt(tokens.size()))
                    : span(data, 1 + random.nextInt(8)), 100 + random.nextInt(5000)));
            case 9 -> insert(data, at, repeat(openers.get(random.nextInt(openers.size())),
                    random.nextBoolean() ? 100 + random.nextInt(1000) : 1000 + random.nextInt(100_000)));
            default -> insert(data, at, strangeBytes());
        };
    }

    private byte[] flipByte(byte[] data) {
        if (data.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] copy = data.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    /** UTF-8 that is invalid, overlong or an encoded surrogate; a NUL, a byte-order mark, a lone CR. */
    private byte[] strangeBytes() {
        byte[][] choices = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}, {'\r'}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        };
        return choices[random.nextInt(choices.length)];
    }

    private byte[] span(byte[] data, int length) {
        if (data.length == 0) {
            return new byte[0];
        }
        int from = random.nextInt(data.length);
        return Arrays.copyOfRange(data, from, Math.min(data.length, from + length));
    }

    /** The head of {@code data} to {@code at}, then the tail of {@code other} from a random point. */
    private byte[] cross(byte[] data, int at, byte[] other) {
        if (other.length == 0) {
            return data;
        }
        int from = random.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, at);
        out.write(other, from, other.length - from);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] unit, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < times && out.size() < MAX_SIZE; i++) {
            out.writeBytes(unit);
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private static byte[] delete(byte[] data, int at, int length) {
        int end = Math.min(data.length, at + length);
        byte[] result = new byte[data.length - (end - at)];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(data, end, result, at, data.length - end);
        return result;
    }
}
