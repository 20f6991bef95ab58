package io.guestlab.debug.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.memory.IMemoryRendering;
import org.eclipse.debug.ui.memory.IMemoryRenderingContainer;
import org.eclipse.debug.ui.memory.IMemoryRenderingSite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * The Memory view's monitors as a user adds them (Add Memory Monitor, then a rendering), and
 * what its renderings show; {@link #close} removes the monitors added.
 */
final class MemoryMonitors implements AutoCloseable {

    static final String HEX = "org.eclipse.debug.ui.rendering.raw_memory";

    private final List<IMemoryBlock> added = new ArrayList<>();

    /** Shows {@code block} in the Memory view's first pane with the hex rendering. */
    void show(IMemoryBlockExtension block) throws CoreException {
        show(block, HEX);
    }

    /** Shows {@code block} in the Memory view's first pane with the rendering {@code renderingType}. */
    void show(IMemoryBlockExtension block, String renderingType) throws CoreException {
        if (!added.contains(block)) {
            DebugPlugin.getDefault().getMemoryBlockManager().addMemoryBlocks(new IMemoryBlock[] {block});
            added.add(block);
        }
        IMemoryRenderingSite site = (IMemoryRenderingSite) TestWorkbench.page().showView(IDebugUIConstants.ID_MEMORY_VIEW);
        IMemoryRenderingContainer container = site.getContainer(IDebugUIConstants.ID_RENDERING_VIEW_PANE_1);
        IMemoryRendering rendering = DebugUITools.getMemoryRenderingManager().getRenderingType(renderingType).createRendering();
        rendering.init(container, block);
        container.addMemoryRendering(rendering);
        TestWorkbench.processEvents();
    }

    /**
     * The rows of every table the Memory view shows, cells joined by '|': a rendering's table is
     * hidden behind a message page until its content is read, and its columns are sized (from 0)
     * in a later job: until then it is painted blank.
     */
    static List<String> renderedRows() {
        List<String> rows = new ArrayList<>();
        Control c = TestWorkbench.page().findView(IDebugUIConstants.ID_MEMORY_VIEW).getSite().getShell();
        collectTables(c, rows);
        return rows;
    }

    private static void collectTables(Control control, List<String> rows) {
        if (control instanceof Table table && table.isVisible() && table.getColumnCount() > 1 && table.getColumn(1).getWidth() > 0) {
            for (TableItem item : table.getItems()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    row.append(item.getText(i)).append('|');
                }
                rows.add(row.toString());
            }
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTables(child, rows);
            }
        }
    }

    @Override
    public void close() {
        DebugPlugin.getDefault().getMemoryBlockManager().removeMemoryBlocks(added.toArray(IMemoryBlock[]::new));
        added.clear();
    }
}
