package io.guestlab.debug.ui.launching;

import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchCheck;
import io.guestlab.debug.core.launching.LaunchDefaults;
import io.guestlab.debug.ui.DebugUiImages;

/** The machine a launch boots: a machine file, or firmware, kernel, RAM, harts, time, disks and flash images (what {@code guestlab run} takes). */
public final class MachineTab extends AbstractLaunchConfigurationTab {

    static final String[] FIRMWARE_CHOICES = {"OpenSBI (fw_dynamic, the default)", "None: the kernel starts in M-mode at its entry", "A file:"};
    static final String[] TIME_CHOICES = {"Virtual: deterministic, advances with retired instructions", "Wall clock: for interactive use"};

    private FileField machineFile;
    private FileField snapshotFile;
    private Combo firmwareChoice;
    private FileField firmwareFile;
    private FileField kernel;
    private FileField initrd;
    private Text bootargs;
    private Spinner harts;
    private Text memory;
    private Combo time;
    private Text drives;
    private Button semihosting;
    private Text semihostingRoot;
    private Button rng;
    private Text rngSeed;
    private final FileField[] flash = new FileField[2];
    private final List<Composite> describedMachine = new java.util.ArrayList<>();
    private final java.util.function.Function<ILaunchConfiguration, String> check;

    /** The tab of a "Guestlab Machine" configuration. */
    public MachineTab() {
        this(LaunchCheck::machineProblem);
    }

    /**
     * The tab in another launch type's configuration (a "Guestlab Tests" one, whose test programs
     * are the kernels), with that type's check of the machine: a problem sentence, or null.
     */
    public MachineTab(java.util.function.Function<ILaunchConfiguration, String> check) {
        this.check = check;
    }

    @Override
    public void createControl(Composite parent) {
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite top = new Composite(scrolled, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        scrolled.setContent(top);
        setControl(scrolled);

        Group file = group(top, "Machine file");
        machineFile = new FileField(file, "&Machine file:", this::changed);
        note(file, "A *.machine file describes the whole machine; when one is given, the settings below are not used.");
        snapshotFile = new FileField(file, "&Snapshot file:", this::changed);
        note(file, "Start from a snapshot (saved from the Snapshots view) instead of booting: the machine is the snapshot's own.");

        Group boot = group(top, "Boot");
        new Label(boot, SWT.NONE).setText("&Firmware:");
        firmwareChoice = new Combo(boot, SWT.READ_ONLY);
        firmwareChoice.setItems(FIRMWARE_CHOICES);
        firmwareChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        firmwareChoice.addListener(SWT.Selection, e -> changed());
        firmwareFile = new FileField(boot, "Firmware &file:", this::changed);
        kernel = new FileField(boot, "&Kernel:", this::changed);
        initrd = new FileField(boot, "&Initrd:", this::changed);
        new Label(boot, SWT.NONE).setText("&Boot arguments:");
        bootargs = text(boot, 3);

        Group hardware = group(top, "Hardware");
        new Label(hardware, SWT.NONE).setText("&Harts:");
        harts = new Spinner(hardware, SWT.BORDER);
        harts.setValues(1, 1, 8, 0, 1, 1);
        harts.addListener(SWT.Modify, e -> changed());
        harts.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        new Label(hardware, SWT.NONE).setText("M&emory:");
        memory = text(hardware, 3);
        new Label(hardware, SWT.NONE).setText("&Time:");
        time = new Combo(hardware, SWT.READ_ONLY);
        time.setItems(TIME_CHOICES);
        time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        time.addListener(SWT.Selection, e -> changed());
        new Label(hardware, SWT.NONE).setText("&Drives:");
        drives = new Text(hardware, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData drivesData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        drivesData.heightHint = 40;
        drives.setLayoutData(drivesData);
        drives.addModifyListener(e -> changed());
        new Label(hardware, SWT.NONE);
        note(hardware, "One disk a line, as --drive takes it: file=IMAGE[,readonly|,persistent]", 3);

        Group flashGroup = group(top, "Flash");
        flash[0] = new FileField(flashGroup, "Flash bank &0 (pflash0):", this::changed);
        flash[1] = new FileField(flashGroup, "Flash bank &1 (pflash1):", this::changed);
        note(flashGroup, "Images of exactly 32 MiB, as QEMU's -drive if=pflash: the harts start in bank 0 (0x20000000) when"
                + " it has one; bank 1 (0x22000000) is the firmware's next stage. The guest's writes stay in memory.");

        Group host = group(top, "Host interfaces");
        semihosting = check(host, "&Semihosting, with host files under:");
        semihostingRoot = text(host, 3);
        rng = check(host, "&Entropy device (virtio-rng), seed:");
        rngSeed = text(host, 3);

        describedMachine.addAll(List.of(boot, hardware, flashGroup, host));
        scrolled.setMinSize(top.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(FileField.layout());
        g.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        return g;
    }

    private Text text(Composite parent, int span) {
        Text t = new Text(parent, SWT.SINGLE | SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        t.addModifyListener(e -> changed());
        return t;
    }

    private Button check(Composite parent, String label) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(label);
        b.addListener(SWT.Selection, e -> changed());
        return b;
    }

    private static void note(Composite parent, String text) {
        note(parent, text, 4);
    }

    private static void note(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = 400; // wraps instead of widening the dialog
        l.setLayoutData(data);
    }

    private void changed() {
        updateEnablement();
        updateLaunchConfigurationDialog();
    }

    private void updateEnablement() {
        boolean described = machineFile.get().isEmpty() && snapshotFile.get().isEmpty();
        for (Composite c : describedMachine) {
            setEnabledDeep(c, described);
        }
        if (described) {
            firmwareFile.setEnabled(firmwareChoice.getSelectionIndex() == 2);
            semihostingRoot.setEnabled(semihosting.getSelection());
            rngSeed.setEnabled(rng.getSelection());
        }
    }

    private static void setEnabledDeep(Composite c, boolean enabled) {
        for (var child : c.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        LaunchDefaults.apply(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        machineFile.set(Attributes.get(c, LaunchAttributes.MACHINE_FILE, ""));
        snapshotFile.set(Attributes.get(c, LaunchAttributes.SNAPSHOT_FILE, ""));
        String firmware = Attributes.get(c, LaunchAttributes.FIRMWARE, "");
        firmwareChoice.select(firmware.isEmpty() ? 0 : LaunchAttributes.FIRMWARE_NONE.equals(firmware) ? 1 : 2);
        firmwareFile.set(firmwareChoice.getSelectionIndex() == 2 ? firmware : "");
        kernel.set(Attributes.get(c, LaunchAttributes.KERNEL, ""));
        initrd.set(Attributes.get(c, LaunchAttributes.INITRD, ""));
        bootargs.setText(Attributes.get(c, LaunchAttributes.BOOTARGS, ""));
        harts.setSelection(Attributes.get(c, LaunchAttributes.HARTS, GuestlabPreferences.harts()));
        memory.setText(Attributes.get(c, LaunchAttributes.MEMORY, GuestlabPreferences.memory()));
        time.select(LaunchAttributes.TIME_WALLCLOCK.equals(Attributes.get(c, LaunchAttributes.TIME_MODE, GuestlabPreferences.timeMode())) ? 1 : 0);
        drives.setText(String.join("\n", Attributes.get(c, LaunchAttributes.DRIVES, List.of())));
        semihosting.setSelection(Attributes.get(c, LaunchAttributes.SEMIHOSTING, false));
        semihostingRoot.setText(Attributes.get(c, LaunchAttributes.SEMIHOSTING_ROOT, ""));
        rng.setSelection(Attributes.get(c, LaunchAttributes.RNG, false));
        rngSeed.setText(Attributes.get(c, LaunchAttributes.RNG_SEED, ""));
        flash[0].set(Attributes.get(c, LaunchAttributes.FLASH0, ""));
        flash[1].set(Attributes.get(c, LaunchAttributes.FLASH1, ""));
        updateEnablement();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(LaunchAttributes.MACHINE_FILE, machineFile.get());
        c.setAttribute(LaunchAttributes.SNAPSHOT_FILE, snapshotFile.get());
        int fw = firmwareChoice.getSelectionIndex();
        c.setAttribute(LaunchAttributes.FIRMWARE, fw == 1 ? LaunchAttributes.FIRMWARE_NONE : fw == 2 ? firmwareFile.get() : "");
        c.setAttribute(LaunchAttributes.KERNEL, kernel.get());
        c.setAttribute(LaunchAttributes.INITRD, initrd.get());
        c.setAttribute(LaunchAttributes.BOOTARGS, bootargs.getText().trim());
        c.setAttribute(LaunchAttributes.HARTS, harts.getSelection());
        c.setAttribute(LaunchAttributes.MEMORY, memory.getText().trim());
        c.setAttribute(LaunchAttributes.TIME_MODE, time.getSelectionIndex() == 1 ? LaunchAttributes.TIME_WALLCLOCK : LaunchAttributes.TIME_VIRTUAL);
        c.setAttribute(LaunchAttributes.DRIVES, Arrays.stream(drives.getText().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        c.setAttribute(LaunchAttributes.SEMIHOSTING, semihosting.getSelection());
        c.setAttribute(LaunchAttributes.SEMIHOSTING_ROOT, semihostingRoot.getText().trim());
        c.setAttribute(LaunchAttributes.RNG, rng.getSelection());
        c.setAttribute(LaunchAttributes.RNG_SEED, rngSeed.getText().trim());
        c.setAttribute(LaunchAttributes.FLASH0, flash[0].get());
        c.setAttribute(LaunchAttributes.FLASH1, flash[1].get());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        String problem = check.apply(c);
        setErrorMessage(problem);
        return problem == null;
    }

    @Override
    public String getName() {
        return "Machine";
    }

    @Override
    public String getId() {
        return "io.guestlab.debug.ui.tab.machine";
    }

    @Override
    public Image getImage() {
        return DebugUiImages.get(DebugUiImages.MACHINE);
    }
}
