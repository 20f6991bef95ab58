package io.guestlab.emulator.board;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.bus.PhysicalMemory;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.GoldfishRtc;
import io.guestlab.emulator.devices.MachineStopListener;
import io.guestlab.emulator.devices.Plic;
import io.guestlab.emulator.devices.SifiveTest;
import io.guestlab.emulator.devices.TimeSource;
import io.guestlab.emulator.devices.Uart16550;
import io.guestlab.emulator.devices.VirtioDevice;
import io.guestlab.emulator.devices.VirtioMmio;

import java.util.ArrayList;
import java.util.List;

/**
 * The virt board's peripherals beyond the engine's {@link io.guestlab.emulator.Machine} (which has
 * the harts and the CLINT), built and wired as QEMU wires them: the PLIC's contexts drive the
 * harts' MEIP/SEIP pins, the UART, RTC and virtio transports drive PLIC sources. The board maps
 * {@link #windows()} on the bus, calls {@link #poll()} for host input and registers the
 * {@link #rtc()} as a timed device.
 */
public final class VirtPeripherals implements Stateful {

    private final Plic plic;
    private final Uart16550 uart;
    private final SifiveTest test;
    private final GoldfishRtc rtc;
    private final VirtioMmio[] virtio;
    private final List<DeviceWindow> windows = new ArrayList<>();

    /**
     * @param rtcEpochNanos the wall-clock time the RTC shows at tick 0 (fixed in virtual-time mode)
     * @param virtioDevices device per virtio slot, in slot order; fewer than the board's slots or
     *                      {@code null} entries leave empty slots
     * @param legacyVirtio  present the legacy (version 1) virtio-mmio layout
     */
    public VirtPeripherals(BoardDescription board, TimeSource time, long rtcEpochNanos, PhysicalMemory dma,
                           HartInterruptPins harts, ByteSink uartOutput, MachineStopListener stopListener,
                           List<VirtioDevice> virtioDevices, boolean legacyVirtio) {
        int n = board.harts();
        if (virtioDevices.size() > board.virtioSlots()) {
            throw new IllegalArgumentException(virtioDevices.size() + " virtio devices do not fit in the board's "
                    + board.virtioSlots() + " virtio-mmio slots");
        }
        IrqLine[] contexts = new IrqLine[2 * n];
        for (int hart = 0; hart < n; hart++) {
            contexts[2 * hart] = harts.pin(hart, HartInterruptPins.MACHINE_EXTERNAL);
            contexts[2 * hart + 1] = harts.pin(hart, HartInterruptPins.SUPERVISOR_EXTERNAL);
        }
        plic = new Plic(VirtMemoryMap.PLIC_SOURCES, contexts);
        uart = new Uart16550(uartOutput, plic.source(VirtMemoryMap.UART0_IRQ));
        test = new SifiveTest(stopListener);
        rtc = new GoldfishRtc(time, rtcEpochNanos, plic.source(VirtMemoryMap.RTC_IRQ));
        virtio = new VirtioMmio[board.virtioSlots()];
        for (int slot = 0; slot < virtio.length; slot++) {
            VirtioDevice device = slot < virtioDevices.size() ? virtioDevices.get(slot) : null;
            virtio[slot] = new VirtioMmio("virtio" + slot, device, dma,
                    plic.source(VirtMemoryMap.virtioIrq(slot)), legacyVirtio);
        }

        windows.add(new DeviceWindow(VirtMemoryMap.TEST_BASE, VirtMemoryMap.TEST_SIZE, test));
        windows.add(new DeviceWindow(VirtMemoryMap.RTC_BASE, VirtMemoryMap.RTC_SIZE, rtc));
        windows.add(new DeviceWindow(VirtMemoryMap.PLIC_BASE, VirtMemoryMap.PLIC_SIZE, plic));
        windows.add(new DeviceWindow(VirtMemoryMap.UART0_BASE, VirtMemoryMap.UART0_SIZE, uart));
        for (int slot = 0; slot < virtio.length; slot++) {
            windows.add(new DeviceWindow(VirtMemoryMap.virtioBase(slot), VirtMemoryMap.VIRTIO_STRIDE, virtio[slot]));
        }
    }

    /** Every device with its address range, in ascending address order. */
    public List<DeviceWindow> windows() {
        return List.copyOf(windows);
    }

    /** Delivers host input (UART, virtio console) to the guest; call on the machine thread. */
    public void poll() {
        uart.poll();
        for (VirtioMmio transport : virtio) {
            transport.poll();
        }
    }

    /** The devices' state in address order; the test device has none. */
    @Override
    public void saveState(StateWriter out) {
        out.section("peripherals");
        rtc.saveState(out);
        plic.saveState(out);
        uart.saveState(out);
        for (VirtioMmio transport : virtio) {
            transport.saveState(out);
        }
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("peripherals");
        rtc.restoreState(in);
        plic.restoreState(in);
        uart.restoreState(in);
        for (VirtioMmio transport : virtio) {
            transport.restoreState(in);
        }
    }

    public Plic plic() {
        return plic;
    }

    public Uart16550 uart() {
        return uart;
    }

    public GoldfishRtc rtc() {
        return rtc;
    }

    public SifiveTest test() {
        return test;
    }

    public VirtioMmio virtio(int slot) {
        return virtio[slot];
    }
}
