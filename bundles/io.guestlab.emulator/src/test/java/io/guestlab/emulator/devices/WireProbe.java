package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.IrqLine;

/** An interrupt wire for tests: remembers its level and how often it was driven high. */
final class WireProbe implements IrqLine {

    boolean level;
    int risingEdges;

    @Override
    public void set(boolean high) {
        if (high && !level) {
            risingEdges++;
        }
        level = high;
    }

    static WireProbe[] array(int n) {
        WireProbe[] probes = new WireProbe[n];
        for (int i = 0; i < n; i++) {
            probes[i] = new WireProbe();
        }
        return probes;
    }
}
