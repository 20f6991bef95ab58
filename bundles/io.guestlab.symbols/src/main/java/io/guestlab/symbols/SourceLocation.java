package io.guestlab.symbols;

/**
 * One step of the answer to "where is this address": a function (null when unknown), a file
 * path (null when unknown) and a line (0 when unknown). For inlined code, the caller's entry
 * carries the call site's file and line.
 */
public record SourceLocation(String function, String file, int line, int discriminator) {
}
