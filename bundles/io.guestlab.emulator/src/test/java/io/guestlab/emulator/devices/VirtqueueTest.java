package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;

public class VirtqueueTest {

    private static final long RAM = 0x8000_0000L;
    private static final long DESC = RAM;
    private static final long AVAIL = RAM + 0x400;
    private static final long USED = RAM + 0x800;

    private final ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
    private final Virtqueue queue = new Virtqueue(memory, 8);

    @Before
    public void setUp() {
        queue.setSize(8);
        queue.setAddresses(DESC, AVAIL, USED);
        queue.setReady(true);
    }

    private void descriptor(long table, int index, long address, int length, int flags, int next) {
        long d = table + 16L * index;
        memory.writeLong(d, 8, address);
        memory.writeLong(d + 8, 4, length);
        memory.writeLong(d + 12, 2, flags);
        memory.writeLong(d + 14, 2, next);
    }

    private void offer(int head) {
        int index = (int) memory.readLong(AVAIL + 2, 2);
        memory.writeLong(AVAIL + 4 + 2L * (index % 8), 2, head);
        memory.writeLong(AVAIL + 2, 2, index + 1);
    }

    @Test
    public void chainIsSeenAsReadableThenWritableStreams() {
        memory.write(RAM + 0x1000, "abc".getBytes(), 0, 3);
        memory.write(RAM + 0x2000, "defg".getBytes(), 0, 4);
        descriptor(DESC, 3, RAM + 0x1000, 3, Virtqueue.DESC_F_NEXT, 5);
        descriptor(DESC, 5, RAM + 0x2000, 4, Virtqueue.DESC_F_NEXT, 6);
        descriptor(DESC, 6, RAM + 0x3000, 2, Virtqueue.DESC_F_WRITE | Virtqueue.DESC_F_NEXT, 0);
        descriptor(DESC, 0, RAM + 0x4000, 2, Virtqueue.DESC_F_WRITE, 0);
        offer(3);

        DescriptorChain chain = queue.pop();
        assertEquals(3, chain.head());
        assertEquals(7, chain.readableLength());
        assertEquals(4, chain.writableLength());
        byte[] bytes = new byte[5];
        chain.read(1, bytes, 0, 5);
        assertArrayEquals("bcdef".getBytes(), bytes);
        chain.write(1, "XYZ".getBytes(), 0, 3);
        assertEquals('X', memory.bytes[0x3001]);
        assertEquals('Y', memory.bytes[0x4000]);
        assertEquals('Z', memory.bytes[0x4001]);
        assertNull("nothing else available", queue.pop());

        queue.pushUsed(chain, 4);
        assertEquals(1, memory.readLong(USED + 2, 2));
        assertEquals(3, memory.readLong(USED + 4, 4));
        assertEquals(4, memory.readLong(USED + 8, 4));
    }

    @Test
    public void indirectTableReplacesTheChain() {
        long table = RAM + 0x5000;
        descriptor(table, 0, RAM + 0x1000, 16, Virtqueue.DESC_F_NEXT, 1);
        descriptor(table, 1, RAM + 0x2000, 512, Virtqueue.DESC_F_WRITE, 0);
        descriptor(DESC, 2, table, 32, Virtqueue.DESC_F_INDIRECT, 0);
        offer(2);
        DescriptorChain chain = queue.pop();
        assertEquals(2, chain.head());
        assertEquals(16, chain.readableLength());
        assertEquals(512, chain.writableLength());
    }

    @Test(expected = VirtqueueException.class)
    public void loopingChainIsRejected() {
        descriptor(DESC, 0, RAM, 1, Virtqueue.DESC_F_NEXT, 1);
        descriptor(DESC, 1, RAM, 1, Virtqueue.DESC_F_NEXT, 0);
        offer(0);
        queue.pop();
    }

    @Test(expected = VirtqueueException.class)
    public void headOutsideTheTableIsRejected() {
        offer(8);
        queue.pop();
    }

    @Test(expected = VirtqueueException.class)
    public void nestedIndirectTableIsRejected() {
        long table = RAM + 0x5000;
        descriptor(table, 0, table, 16, Virtqueue.DESC_F_INDIRECT, 0);
        descriptor(DESC, 0, table, 16, Virtqueue.DESC_F_INDIRECT, 0);
        offer(0);
        queue.pop();
    }

    @Test(expected = VirtqueueException.class)
    public void readableAfterWritableIsRejected() {
        descriptor(DESC, 0, RAM, 1, Virtqueue.DESC_F_WRITE | Virtqueue.DESC_F_NEXT, 1);
        descriptor(DESC, 1, RAM, 1, 0, 0);
        offer(0);
        queue.pop();
    }

    @Test(expected = IndexOutOfBoundsException.class)
    public void accessBeyondTheBuffersIsRejected() {
        descriptor(DESC, 0, RAM, 4, Virtqueue.DESC_F_WRITE, 0);
        offer(0);
        queue.pop().write(2, new byte[4], 0, 4);
    }

    @Test
    public void availableIndexWrapsAroundAt65536() {
        queue.setReady(false);
        queue.setReady(true);
        memory.writeLong(AVAIL + 2, 2, 0xFFFF);
        // Consume 0xFFFF requests' worth of index space quickly by jumping the internal index:
        for (int i = 0; i < 0xFFFF; i += 8) {
            int n = Math.min(8, 0xFFFF - i);
            memory.writeLong(AVAIL + 2, 2, i + n);
            for (int k = 0; k < n; k++) {
                descriptor(DESC, k, RAM, 1, Virtqueue.DESC_F_WRITE, 0);
                memory.writeLong(AVAIL + 4 + 2L * ((i + k) % 8), 2, k);
            }
            for (int k = 0; k < n; k++) {
                queue.pushUsed(queue.pop(), 1);
            }
        }
        memory.writeLong(AVAIL + 4 + 2L * (0xFFFF % 8), 2, 1);
        memory.writeLong(AVAIL + 2, 2, 0); // wrapped
        assertEquals(1, queue.pop().head());
        assertNull(queue.pop());
    }

    /** Offers one single-descriptor request, the device takes it and returns it; answers takeInterrupt(). */
    private boolean serveOne() {
        descriptor(DESC, 0, RAM + 0x1000, 4, Virtqueue.DESC_F_WRITE, 0);
        offer(0);
        queue.pushUsed(queue.pop(), 4);
        assertNull(queue.pop());
        return queue.takeInterrupt();
    }

    /** used_event sits after the driver ring, avail_event after the device ring (2.7.10). */
    private static final long USED_EVENT = AVAIL + 4 + 2 * 8;
    private static final long AVAIL_EVENT = USED + 4 + 8 * 8;

    @Test
    public void withoutEventIndexTheNoInterruptFlagSuppresses() {
        assertFalse("nothing returned, nothing to say", queue.takeInterrupt());
        assertTrue(serveOne());
        memory.writeLong(AVAIL, 2, Virtqueue.AVAIL_F_NO_INTERRUPT);
        assertFalse(serveOne());
        assertEquals("avail_event is not written without EVENT_IDX", 0, memory.readLong(AVAIL_EVENT, 2));
    }

    @Test
    public void notifyOnEmptyInterruptsWhateverTheFlagOnceTheRingIsEmpty() {
        queue.useFeatures(false, true);
        memory.writeLong(AVAIL, 2, Virtqueue.AVAIL_F_NO_INTERRUPT);
        assertTrue(serveOne());
        descriptor(DESC, 1, RAM + 0x1000, 4, Virtqueue.DESC_F_WRITE, 0);
        offer(1);
        offer(1);
        queue.pushUsed(queue.pop(), 4);
        assertFalse("one request still waits", queue.takeInterrupt());
    }

    @Test
    public void withEventIndexTheDriverSaysWhenAndTheDevicePublishesWhereItIs() {
        queue.useFeatures(true, false);
        memory.writeLong(AVAIL, 2, Virtqueue.AVAIL_F_NO_INTERRUPT); // ignored with EVENT_IDX
        memory.writeLong(USED_EVENT, 2, 5);
        assertTrue("the first used buffer is always signalled", serveOne());
        assertEquals("notify me past the request I took", 1, memory.readLong(AVAIL_EVENT, 2));
        for (int used = 2; used <= 5; used++) {
            assertFalse("used index " + used + " is not past used_event 5", serveOne());
        }
        assertTrue("used index 6 passes used_event 5", serveOne());
        assertFalse(serveOne());
        assertEquals(7, memory.readLong(AVAIL_EVENT, 2));
        memory.writeLong(USED_EVENT, 2, 7);
        assertTrue(serveOne());
    }

    @Test
    public void eventIndexComparisonWrapsAround() {
        assertTrue(Virtqueue.needsEvent(0xFFFF, 0, 0xFFFE));
        assertTrue(Virtqueue.needsEvent(0xFFFE, 2, 0xFFF0));
        assertFalse(Virtqueue.needsEvent(2, 2, 0xFFF0));
        assertFalse("no movement, no event", Virtqueue.needsEvent(4, 5, 5));
    }

    @Test
    public void signalledIndexIsForgottenWhenTheQueueStartsAgain() {
        queue.useFeatures(true, false);
        memory.writeLong(USED_EVENT, 2, 100);
        assertTrue(serveOne());
        assertFalse(serveOne());
        queue.setReady(false);
        queue.setReady(true);
        memory.writeLong(AVAIL + 2, 2, 0);
        memory.writeLong(USED + 2, 2, 0);
        assertTrue(serveOne());
    }
}
