package io.guestlab.cli;

import io.guestlab.emulator.board.GenericLoader;

import java.nio.file.Path;

/**
 * QEMU's {@code -device loader} properties, which {@code guestlab run --loader} takes as they are:
 * {@code file=}, {@code addr=}, {@code data=}, {@code data-len=}, {@code data-be=},
 * {@code force-raw=} and {@code cpu-num=} (QEMU 7.2, hw/core/generic-loader.c).
 */
final class LoaderOption {

    static final String SYNTAX = "file=IMAGE[,addr=ADDRESS][,cpu-num=N][,force-raw=on], or"
            + " addr=ADDRESS,data=VALUE,data-len=N[,data-be=on], or addr=ADDRESS,cpu-num=N";

    private LoaderOption() {
    }

    /** The loader {@code o} describes; a value QEMU refuses is refused naming the option. */
    static GenericLoader parse(QemuOptionList o) {
        o.allowOnly("driver id file addr data data-len data-be force-raw cpu-num", "give " + SYNTAX);
        String file = o.get("file");
        long address = o.unsigned("addr", 0);
        long data = o.unsigned("data", 0);
        long dataLength = o.unsigned("data-len", 0);
        long hart = o.unsigned("cpu-num", -1);
        if (Long.compareUnsigned(dataLength, 8) > 0) {
            throw new UsageException(o.where() + ": data-len=" + o.get("data-len") + " is not 1 to 8 bytes");
        }
        if (hart != -1 && Long.compareUnsigned(hart, Integer.MAX_VALUE) > 0) {
            throw new UsageException(o.where() + ": cpu-num=" + o.get("cpu-num") + " is not a hart number");
        }
        try {
            return new GenericLoader(file == null || file.isEmpty() ? null : Path.of(file), address, data, (int) dataLength,
                    o.flag("data-be", false), o.flag("force-raw", false), (int) hart);
        } catch (IllegalArgumentException e) {
            throw new UsageException(o.where() + ": " + e.getMessage());
        }
    }
}
