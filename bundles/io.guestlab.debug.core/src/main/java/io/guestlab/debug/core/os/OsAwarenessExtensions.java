package io.guestlab.debug.core.os;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The providers contributed to {@value #POINT} (schema/osAwareness.exsd), in the registry's order. */
public final class OsAwarenessExtensions {

    public static final String POINT = "io.guestlab.debug.core.osAwareness";

    private OsAwarenessExtensions() {
    }

    /** Every contributed provider; one that cannot be created is logged and left out. */
    public static OsAwareness load() {
        List<OsAwarenessProvider> providers = new ArrayList<>();
        if (Platform.getExtensionRegistry() == null) {
            return new OsAwareness(providers);
        }
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            if (!"provider".equals(e.getName())) {
                continue;
            }
            try {
                if (e.createExecutableExtension("class") instanceof OsAwarenessProvider p) {
                    providers.add(p);
                } else {
                    ILog.of(OsAwarenessExtensions.class).error(e.getContributor().getName() + ": the class of "
                            + POINT + " provider '" + e.getAttribute("id") + "' is not an OsAwarenessProvider");
                }
            } catch (CoreException ex) {
                ILog.of(OsAwarenessExtensions.class).error(e.getContributor().getName() + ": " + POINT + " provider '"
                        + e.getAttribute("id") + "' cannot be created", ex);
            }
        }
        return new OsAwareness(providers);
    }
}
