package io.guestlab.testing.ui.launching;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchDefaults;
import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.testing.SuiteException;
import io.guestlab.testing.ui.TestsLaunchAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.unittest.ui.ConfigureViewerSupport;

/**
 * What a "Guestlab Tests" configuration runs: a suite file, or test programs (ELF files and
 * folders of them) on the Machine tab's machine; and how: verdict, jobs, filter, limits, repeat
 * (the options of {@code guestlab test}). Its error message is the one the launch would fail with,
 * a suite's problems included.
 */
public final class TestsTab extends AbstractLaunchConfigurationTab {

    private Text suite;
    private Text programs;
    private Text verdict;
    private Text jobs;
    private Text filter;
    private Text timeoutSeconds;
    private Text timeoutInstructions;
    private Text repeat;

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        setControl(top);
        suite = field(top, "&Suite file:", "A *.testsuite file: it says the machines, the tests and their verdicts.");
        new Label(top, SWT.NONE);
        label(top, "Or test &programs, one a line: ELF files, or folders whose ELF files are each one test,"
                + " booted on the Machine tab's machine:");
        new Label(top, SWT.NONE).setText("Programs:");
        programs = new Text(top, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 60;
        programs.setLayoutData(data);
        programs.addModifyListener(e -> updateLaunchConfigurationDialog());
        verdict = field(top, "&Verdict:", "For programs: exit, htif, semihosting, syscon, tap, ktap or"
                + " console:PASS_REGEX[:FAIL_REGEX]; empty: the exit code through any channel.");
        jobs = field(top, "&Jobs:", "Machines run at once; empty: one per host core.");
        filter = field(top, "&Filter:", "Only tests whose names match this glob (* and ?); empty: all.");
        timeoutSeconds = field(top, "&Time limit (s):", "Wall time per test; empty: the suite's (programs: 120 s).");
        timeoutInstructions = field(top, "&Instruction limit:", "Instructions per test; empty: the suite's (programs: none).");
        repeat = field(top, "&Repeat:", "How often each test runs; empty: once.");
    }

    private Text field(Composite parent, String label, String note) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.SINGLE | SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.addModifyListener(e -> updateLaunchConfigurationDialog());
        new Label(parent, SWT.NONE);
        label(parent, note);
        return t;
    }

    private static void label(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        l.setLayoutData(data);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy c) {
        new ConfigureViewerSupport(TestsLaunchDelegate.VIEW_SUPPORT_ID).apply(c);
        LaunchDefaults.apply(c);
        c.setAttribute(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE); // test programs are bare metal
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        suite.setText(get(c, TestsLaunchAttributes.SUITE));
        try {
            programs.setText(String.join("\n", c.getAttribute(TestsLaunchAttributes.PROGRAMS, List.of())));
        } catch (CoreException e) {
            programs.setText("");
        }
        verdict.setText(get(c, TestsLaunchAttributes.VERDICT));
        jobs.setText(get(c, TestsLaunchAttributes.JOBS));
        filter.setText(get(c, TestsLaunchAttributes.FILTER));
        timeoutSeconds.setText(get(c, TestsLaunchAttributes.TIMEOUT_SECONDS));
        timeoutInstructions.setText(get(c, TestsLaunchAttributes.TIMEOUT_INSTRUCTIONS));
        repeat.setText(get(c, TestsLaunchAttributes.REPEAT));
    }

    private static String get(ILaunchConfiguration c, String key) {
        try {
            Object v = c.getAttributes().get(key);
            return v == null ? "" : v.toString();
        } catch (CoreException e) {
            return "";
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(TestsLaunchAttributes.SUITE, suite.getText().trim());
        c.setAttribute(TestsLaunchAttributes.PROGRAMS,
                Arrays.stream(programs.getText().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        c.setAttribute(TestsLaunchAttributes.VERDICT, verdict.getText().trim());
        c.setAttribute(TestsLaunchAttributes.JOBS, jobs.getText().trim());
        c.setAttribute(TestsLaunchAttributes.FILTER, filter.getText().trim());
        c.setAttribute(TestsLaunchAttributes.TIMEOUT_SECONDS, timeoutSeconds.getText().trim());
        c.setAttribute(TestsLaunchAttributes.TIMEOUT_INSTRUCTIONS, timeoutInstructions.getText().trim());
        c.setAttribute(TestsLaunchAttributes.REPEAT, repeat.getText().trim());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        String problem = problem(c);
        setErrorMessage(problem);
        return problem == null;
    }

    /** Why the configuration cannot run, in one sentence (a suite's first problem), or null. */
    static String problem(ILaunchConfiguration c) {
        try {
            TestsPlan.read(c.getAttributes(), TestsTab::expand);
            return null;
        } catch (LaunchProblem e) {
            return e.getMessage();
        } catch (SuiteException e) {
            List<String> lines = e.getMessage().lines().toList();
            return lines.get(0) + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : "");
        } catch (CoreException e) {
            return "the configuration cannot be read: " + e.getStatus().getMessage();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The Machine tab's check in a tests configuration: the machine the programs boot on (the
     * first program as its kernel); a suite brings its own machines, so then nothing.
     */
    static String machineProblem(ILaunchConfiguration c) {
        try {
            Map<String, Object> a = new HashMap<>(c.getAttributes());
            if (!c.getAttribute(TestsLaunchAttributes.SUITE, "").isBlank()) {
                return null;
            }
            List<String> entries = c.getAttribute(TestsLaunchAttributes.PROGRAMS, List.of());
            a.remove(LaunchAttributes.KERNEL);
            if (!entries.isEmpty()) {
                a.put(LaunchAttributes.KERNEL, firstElf(expand(entries.get(0))));
            }
            return MachineSetup.machineProblem(a, TestsTab::expand);
        } catch (CoreException e) {
            return "the configuration cannot be read: " + e.getStatus().getMessage();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String firstElf(String entry) {
        java.io.File f = new java.io.File(entry);
        if (f.isDirectory()) {
            java.io.File[] elfs = f.listFiles(x -> x.isFile() && x.getName().endsWith(".elf"));
            if (elfs != null && elfs.length > 0) {
                Arrays.sort(elfs);
                return elfs[0].getPath();
            }
        }
        return entry;
    }

    /** Expands Eclipse string variables such as {@code ${workspace_loc:/p/f}}; a bad one is an IllegalArgumentException. */
    static String expand(String text) {
        if (!text.contains("${")) {
            return text;
        }
        try {
            return VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(text);
        } catch (CoreException e) {
            throw new IllegalArgumentException(e.getStatus().getMessage());
        }
    }

    @Override
    public String getName() {
        return "Tests";
    }

    @Override
    public String getId() {
        return "io.guestlab.testing.ui.tab.tests";
    }
}
