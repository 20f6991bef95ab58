package io.guestlab.debug.core.session;

import io.guestlab.symbols.StackFrame;

import java.nio.file.Path;

/**
 * One frame of a hart's backtrace as a debugger shows it: a physical frame of the unwinder, or
 * one of the inlined calls inside it (several FrameInfos share a physical frame then).
 *
 * @param hart      the hart
 * @param function  the function's name, or null when unknown
 * @param file      the source file's path, or null when unknown
 * @param line      the line, 0 when unknown
 * @param inlined   true for a function inlined into the frame's next entry
 * @param trap      true for the frame of interrupted code, reached across a trap
 * @param frame     the physical frame, whose registers evaluate variables
 */
public record FrameInfo(int hart, long pc, String function, String file, int line, boolean inlined, boolean trap,
                        StackFrame frame) {

    /** {@code kmain (main.c:42)}, or {@code 0x80000010} without symbols. */
    public String where() {
        String name = function != null ? function : String.format("0x%x", pc);
        if (file == null || line == 0) {
            return name;
        }
        Path p = Path.of(file).getFileName();
        return name + " (" + (p != null ? p : file) + ":" + line + ")";
    }
}
