package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.bus.BusErrorException;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.bus.PhysicalMemory;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.devices.VirtioDevice;
import io.guestlab.emulator.devices.VirtioRng;
import io.guestlab.emulator.devices.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.Test;

public class VirtPeripheralsTest {

    /** Offsets of the registers this test touches (each device's datasheet). */
    private static final long PLIC_ENABLE_CONTEXT_1 = 0x2080;
    private static final long PLIC_CLAIM_CONTEXT_1 = 0x20_1004;
    private static final long UART_IER = 1;

    private final Map<String, Boolean> pins = new HashMap<>();
    private final VirtualClock clock = new VirtualClock(10);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<MachineStop> stops = new ArrayList<>();

    private final PhysicalMemory noMemory = new PhysicalMemory() {
        @Override
        public void read(long address, byte[] destination, int offset, int length) {
            throw new BusErrorException(address);
        }

        @Override
        public void write(long address, byte[] source, int offset, int length) {
            throw new BusErrorException(address);
        }

        @Override
        public long readLong(long address, int size) {
            throw new BusErrorException(address);
        }

        @Override
        public void writeLong(long address, int size, long value) {
            throw new BusErrorException(address);
        }
    };

    private final VirtPeripherals board = new VirtPeripherals(BoardDescription.of(2, 64L << 20), clock, 0, noMemory,
            (hart, bit) -> level -> pins.put(hart + ":" + bit, level), console::write, stops::add,
            List.of(new VirtioRng(new SplittableRandom(0))), false);

    private boolean pin(int hart, int bit) {
        return pins.getOrDefault(hart + ":" + bit, false);
    }

    private DeviceWindow window(long address) {
        return board.windows().stream().filter(w -> w.contains(address)).findFirst().orElseThrow();
    }

    @Test
    public void windowsFollowTheMemoryMapWithoutOverlapping() {
        List<DeviceWindow> windows = board.windows();
        assertEquals("test, rtc, plic, uart and 8 virtio (the CLINT is the machine's)", 4 + 8, windows.size());
        for (int i = 1; i < windows.size(); i++) {
            DeviceWindow previous = windows.get(i - 1);
            assertTrue(previous.base() + previous.size() <= windows.get(i).base());
        }
        assertEquals("uart", window(VirtMemoryMap.UART0_BASE).device().name());
        assertEquals("plic", window(VirtMemoryMap.PLIC_BASE + 0x20_0000).device().name());
        assertEquals("virtio7", window(VirtMemoryMap.virtioBase(7)).device().name());
        assertEquals(4L, window(VirtMemoryMap.virtioBase(0)).device().read(8, 4)); // entropy device in slot 0
        assertEquals(0L, window(VirtMemoryMap.virtioBase(1)).device().read(8, 4)); // empty slot
    }

    @Test
    public void uartInterruptTravelsThroughThePlicToTheSupervisorPinOfHart0() {
        var plic = window(VirtMemoryMap.PLIC_BASE).device();
        plic.write(4L * VirtMemoryMap.UART0_IRQ, 4, 1);
        plic.write(PLIC_ENABLE_CONTEXT_1, 4, 1L << VirtMemoryMap.UART0_IRQ);
        var uart = window(VirtMemoryMap.UART0_BASE).device();
        uart.write(UART_IER, 1, 1); // received-data interrupt
        board.uart().hostInput(new byte[] {'a'});
        assertFalse(pin(0, HartInterruptPins.SUPERVISOR_EXTERNAL));
        board.poll();
        assertTrue(pin(0, HartInterruptPins.SUPERVISOR_EXTERNAL));
        assertFalse(pin(0, HartInterruptPins.MACHINE_EXTERNAL));
        assertEquals(VirtMemoryMap.UART0_IRQ, plic.read(PLIC_CLAIM_CONTEXT_1, 4));
        assertFalse(pin(0, HartInterruptPins.SUPERVISOR_EXTERNAL));
    }

    @Test
    public void testDeviceReportsPowerOffAndUartPrints() {
        window(VirtMemoryMap.UART0_BASE).device().write(0, 1, 'A');
        window(VirtMemoryMap.TEST_BASE).device().write(0, 4, 0x5555);
        assertEquals("A", console.toString());
        assertEquals(List.of(new MachineStop(MachineStop.Kind.POWER_OFF, 0)), stops);
    }

    @Test(expected = IllegalArgumentException.class)
    public void moreVirtioDevicesThanSlotsAreRejected() {
        List<VirtioDevice> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new VirtioRng(new SplittableRandom(i)));
        }
        new VirtPeripherals(BoardDescription.of(1, 64L << 20), clock, 0, noMemory, (hart, bit) -> IrqLine.NONE,
                console::write, stops::add, nine, false);
    }
}
