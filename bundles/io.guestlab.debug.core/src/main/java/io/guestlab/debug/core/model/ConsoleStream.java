package io.guestlab.debug.core.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IStreamMonitor;

/**
 * The console's output as a stream monitor: the guest's bytes decoded as UTF-8 across batches
 * (a character may be split between two), handed to listeners as they come and kept (up to a
 * limit) for consoles that attach later.
 */
final class ConsoleStream implements IStreamMonitor {

    /** Characters kept for late listeners; older output is dropped. */
    private static final int KEPT = 1 << 20;

    private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder contents = new StringBuilder();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    @Override
    public void addListener(IStreamListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(IStreamListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized String getContents() {
        return contents.toString();
    }

    void append(byte[] bytes) {
        String text;
        synchronized (this) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + bytes.length);
            in.put(pending).put(bytes).flip();
            CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
            decoder.decode(in, out, false);
            pending = in.slice();
            text = out.flip().toString();
            contents.append(text);
            if (contents.length() > KEPT) {
                contents.delete(0, contents.length() - KEPT);
            }
        }
        if (!text.isEmpty()) {
            for (IStreamListener l : listeners) {
                l.streamAppended(text, this);
            }
        }
    }
}
