package io.guestlab.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.ui.preferences.MachinePreferencePage;

/** The Guestlab preference page is in Window > Preferences and its defaults are QEMU-like. */
public class MachinePreferencePageTest {

    @Test
    public void pageIsListedUnderPreferences() {
        IPreferenceNode[] roots = PlatformUI.getWorkbench().getPreferenceManager().getRootSubNodes();
        assertTrue("Guestlab page among " + Arrays.toString(Arrays.stream(roots).map(IPreferenceNode::getId).toArray()),
            Arrays.stream(roots).anyMatch(n -> n.getId().equals("io.guestlab.ui.preferences.machine")));
    }

    @Test
    public void defaultsDescribeADeterministicOneHartMachine() {
        var prefs = Platform.getPreferencesService();
        assertNotNull(prefs);
        assertEquals(1, prefs.getInt(GuestlabPreferences.QUALIFIER, GuestlabPreferences.HARTS, -1, null));
        assertEquals("256M", prefs.getString(GuestlabPreferences.QUALIFIER, GuestlabPreferences.MEMORY, null, null));
        assertEquals(LaunchAttributes.TIME_VIRTUAL, prefs.getString(GuestlabPreferences.QUALIFIER, GuestlabPreferences.TIME_MODE, null, null));
    }

    /** The rows of io.guestlab.cli's SizesTest: the page accepts what the CLI and machine files accept. */
    @Test
    public void memoryIsValidatedAsQemuAndTheCommandLineReadIt() {
        for (String size : new String[] {"64", "128M", "128m", "1G", "0.5G", "524288K", "4194304B", " 256M ", "4G"}) {
            assertTrue(size, MachinePreferencePage.isMemorySize(size));
        }
        for (String notSize : new String[] {"", "lots", "64MB", "-1", "0x100", "1e3", "0", "4097M", "8G", "1M", "4097B"}) {
            assertTrue(notSize, !MachinePreferencePage.isMemorySize(notSize));
        }
    }
}
