package io.guestlab.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** QEMU's console escape: Ctrl-A x quits, Ctrl-A Ctrl-A sends Ctrl-A, everything else passes through. */
public class ConsoleEscapeTest {

    private int helpShown;
    private final ConsoleEscape escape = new ConsoleEscape(() -> helpShown++);

    private byte[] filter(String keys) {
        byte[] bytes = keys.getBytes(StandardCharsets.ISO_8859_1);
        return escape.filter(bytes, bytes.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    public void ordinaryKeysIncludingCtrlCReachTheGuest() {
        assertArrayEquals(bytes("ls\r\u0003"), filter("ls\r\u0003"));
        assertFalse(escape.quitRequested());
    }

    @Test
    public void ctrlAXQuitsAndDropsWhatFollows() {
        assertArrayEquals(bytes("ab"), filter("ab\u0001xcd"));
        assertTrue(escape.quitRequested());
    }

    @Test
    public void theTwoKeysMayArriveInSeparateReads() {
        assertArrayEquals(bytes("a"), filter("a\u0001"));
        assertFalse(escape.quitRequested());
        assertArrayEquals(new byte[0], filter("X"));
        assertTrue(escape.quitRequested());
    }

    @Test
    public void ctrlACtrlASendsOneCtrlAAndCtrlAHShowsHelp() {
        assertArrayEquals(bytes("\u0001z"), filter("\u0001\u0001z"));
        assertArrayEquals(bytes("q"), filter("\u0001hq"));
        assertEquals(1, helpShown);
        assertArrayEquals("an unknown escape is dropped", bytes("r"), filter("\u0001kr"));
        assertFalse(escape.quitRequested());
    }
}
