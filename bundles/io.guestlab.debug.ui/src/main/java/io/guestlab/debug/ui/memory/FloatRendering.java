package io.guestlab.debug.ui.memory;

import java.math.BigInteger;

import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.ui.memory.AbstractTableRendering;
import org.eclipse.debug.ui.memory.IMemoryRendering;
import org.eclipse.debug.ui.memory.IMemoryRenderingTypeDelegate;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A Memory view rendering of IEEE 754 numbers, which the platform's renderings lack: each 4-byte
 * column a binary32 ({@code float}), each 8-byte column a binary64 ({@code double}), little-endian
 * as RISC-V stores them (the F and D extensions use these formats, ISA manual chapters 11 and 12).
 * Edits take any Java floating-point literal ({@code 3.5}, {@code -1e-3}, {@code NaN}, {@code Infinity}).
 */
public final class FloatRendering extends AbstractTableRendering {

    public static final String FLOAT32 = "io.guestlab.debug.ui.rendering.float32";
    public static final String FLOAT64 = "io.guestlab.debug.ui.rendering.float64";

    private final int columnBytes;

    private FloatRendering(String typeId) {
        super(typeId);
        this.columnBytes = FLOAT64.equals(typeId) ? 8 : 4;
    }

    /** The rendering types' delegate (plugin.xml). */
    public static final class Type implements IMemoryRenderingTypeDelegate {
        @Override
        public IMemoryRendering createRendering(String id) {
            return new FloatRendering(id);
        }
    }

    @Override
    public Control createControl(Composite parent) {
        Control control = super.createControl(parent);
        format(getBytesPerLine(), columnBytes); // a column is one number, whatever the hex renderings use
        return control;
    }

    /**
     * The platform packs each column to what it shows now ({@code 0.0}): a column gets room for the
     * longest number of its format and for its header, so that it does not jump when a value grows.
     */
    @Override
    public void resizeColumnsToPreferredSize() {
        super.resizeColumnsToPreferredSize();
        Table table = table(getControl());
        if (table == null) {
            return;
        }
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            int longest = gc.textExtent(columnBytes == 4 ? "-3.4028235E38" : "-2.2250738585072014E-308").x;
            TableColumn[] columns = table.getColumns();
            for (int i = 1; i < columns.length - 1; i++) { // the address first, an empty filler last
                int wanted = Math.max(longest, gc.textExtent(columns[i].getText()).x) + 16;
                if (columns[i].getWidth() < wanted) {
                    columns[i].setWidth(wanted);
                }
            }
        } finally {
            gc.dispose();
        }
    }

    private static Table table(Control control) {
        if (control instanceof Table t) {
            return t;
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                Table t = table(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Room for the longest numbers ({@code -3.4028235E38}, {@code -2.2250738585072014E-308}): the table sizes columns by it. */
    @Override
    public int getNumCharsPerByte() {
        return columnBytes == 4 ? 4 : 3;
    }

    @Override
    public String getString(String renderingTypeId, BigInteger address, MemoryByte[] data) {
        long bits = 0;
        for (int i = data.length - 1; i >= 0; i--) {
            if (!data[i].isReadable()) {
                return "?".repeat(8); // unmapped or a device register left unread
            }
            bits = bits << 8 | (data[i].getValue() & 0xff);
        }
        return switch (data.length) {
            case 4 -> Float.toString(Float.intBitsToFloat((int) bits));
            case 8 -> Double.toString(Double.longBitsToDouble(bits));
            default -> "(columns of 4 or 8 bytes)";
        };
    }

    @Override
    public byte[] getBytes(String renderingTypeId, BigInteger address, MemoryByte[] currentValues, String newValue) {
        String text = newValue.trim();
        long bits = switch (currentValues.length) {
            case 4 -> Float.floatToRawIntBits(Float.parseFloat(text)) & 0xffff_ffffL;
            case 8 -> Double.doubleToRawLongBits(Double.parseDouble(text));
            default -> throw new NumberFormatException("floating-point numbers take columns of 4 or 8 bytes");
        };
        byte[] out = new byte[currentValues.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (bits >>> (8 * i));
        }
        return out;
    }
}
