package io.guestlab.debug.ui.tests;

import java.util.List;
import java.util.Optional;

import io.guestlab.debug.ui.disassembly.DisassemblyView;
import io.guestlab.ui.testsupport.TestWorkbench;

/** Reading the Disassembly view's rows ({@code ruler | mark | address | bytes | text}) in tests. */
final class DisassemblyRows {

    private DisassemblyRows() {
    }

    /** An address as the view writes it. */
    static String hex(long address) {
        return String.format((address >>> 32) == 0 ? "0x%08x" : "0x%016x", address);
    }

    /** Waits until the view shows the row of the instruction at {@code address} with the pc marker; returns it. */
    static String waitForMarkedRow(DisassemblyView view, long address) {
        String[] found = new String[1];
        TestWorkbench.waitUntil("the marked row at " + hex(address), () -> {
            Optional<String> row = view.rows().stream().filter(r -> r.contains(" | => | " + hex(address) + " | ")).findFirst();
            row.ifPresent(r -> found[0] = r);
            return row.isPresent();
        });
        return found[0];
    }

    /** The nearest source-line row ({@code file.c:N ...}) above row {@code index}, or null. */
    static String sourceRowAbove(List<String> rows, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (rows.get(i).contains(".c:") || rows.get(i).contains(".S:")) {
                return rows.get(i);
            }
        }
        return null;
    }
}
