package io.guestlab.debug.core.os;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.Variables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/**
 * The xv6 provider alone, on plain JUnit: the symbols of examples/os-kernel and a memory written
 * here through the kernel's own DWARF offsets (no machine runs), and its one-sentence errors.
 */
public class Xv6ProviderTest {

    static Path example(String path) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                Path f = p.resolve("examples").resolve(path);
                if (!Files.isRegularFile(f)) {
                    String message = f + " is missing (make -C examples, or examples/linux/build-kernel)";
                    if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                        fail(message);
                    }
                    assumeTrue(message, false);
                }
                return f;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static long offset(CType struct, String member) throws OsAwarenessException {
        return GuestObject.offsetOf(struct, member);
    }

    /** Writes process {@code slot} of proc[] as the kernel would, at the offsets this build's DWARF gives. */
    private static void process(Program kernel, FakeKernel memory, int slot, String state, int pid, String name, long ra)
            throws Exception {
        CType array = Variables.global(kernel, "proc").type();
        CType proc = array.elementType().stripped();
        long base = kernel.addressOf("proc").getAsLong() + slot * proc.size();
        CType stateType = proc.member("state").type().stripped();
        long value = stateType.enumerators().entrySet().stream().filter(e -> e.getValue().equals(state)).findFirst()
                .orElseThrow().getKey();
        memory.write(base + offset(proc, "state"), value, (int) stateType.size());
        memory.write(base + offset(proc, "pid"), pid, 4);
        memory.writeString(base + offset(proc, "name"), name);
        CType context = proc.member("context").type();
        memory.write(base + offset(proc, "context") + offset(context, "ra"), ra, 8);
        memory.write(base + offset(proc, "context") + offset(context, "sp"), 0x80001000L + slot, 8);
        memory.write(base + offset(proc, "context") + offset(context, "s0"), 0x80002000L + slot, 8);
    }

    private static void assertReadsProcesses(String elf) throws Exception {
        Program kernel = Program.open(example(elf), 0);
        Xv6Provider xv6 = new Xv6Provider();
        assertTrue(xv6.recognises(kernel));
        FakeKernel memory = new FakeKernel(0x80000000L, 0x80100000L);
        process(kernel, memory, 0, "SLEEPING", 1, "init", 0x80000123L);
        process(kernel, memory, 2, "ZOMBIE", 5, "cat", 0x80000456L);
        // cpus[0].proc: the hart runs slot 2's process (xv6 indexes cpus by hart id)
        long cpus = kernel.addressOf("cpus").getAsLong();
        CType procType = Variables.global(kernel, "proc").type().elementType();
        memory.write(cpus + offset(Variables.global(kernel, "cpus").type().elementType(), "proc"),
                kernel.addressOf("proc").getAsLong() + 2 * procType.size(), 8);

        List<GuestTask> tasks = xv6.tasks(kernel, memory);
        assertEquals(List.of("pid 1 init [SLEEPING]", "pid 5 cat [ZOMBIE on hart 0]"), tasks.stream().map(GuestTask::label).toList());
        GuestTask init = tasks.get(0);
        assertEquals(0x80000123L, (long) init.savedRegisters().get(GuestTask.RA));
        assertEquals(0x80001000L, (long) init.savedRegisters().get(GuestTask.SP));
        assertEquals(0x80002000L, (long) init.savedRegisters().get(GuestTask.s(0)));
        assertEquals(kernel.addressOf("proc").getAsLong(), init.address());
    }

    @Test
    public void readsTheProcessTableAtTheOffsetsOfTheKernelsOwnTypes() throws Exception {
        assertReadsProcesses("os-kernel/build/kernel.elf");
    }

    @Test
    public void anotherLayoutIsReadThroughItsTypesToo() throws Exception {
        assertReadsProcesses("os-kernel/build/kernel-relaid.elf");
    }

    @Test
    public void aKernelWithoutAProcessTableIsNotXv6() throws Exception {
        assertFalse(new Xv6Provider().recognises(Program.open(example("debug-kernel/build/kernel.elf"), 0)));
    }

    @Test
    public void unreadableMemoryAndWrongNamesAreOneSentence() throws Exception {
        Program kernel = Program.open(example("os-kernel/build/kernel.elf"), 0);
        FakeKernel nothing = new FakeKernel(0, 0);
        try {
            new Xv6Provider().tasks(kernel, nothing);
            fail("read unreadable memory");
        } catch (OsAwarenessException e) {
            assertTrue(e.getMessage(), e.getMessage().matches("cannot read cpus\\[0\\]\\.proc at 0x8[0-9a-f]+"));
        }
        GuestObject proc = GuestObject.global(kernel, "proc", nothing);
        assertEquals("struct proc has no member 'nope' (proc[0])", message(() -> proc.element(0).member("nope")));
        assertEquals("proc[8] is outside its 8 elements", message(() -> proc.element(8)));
        assertEquals("proc is a struct proc [8], not an integer", message(proc::integer));
        assertEquals("kernel.elf has no symbol 'no_such_global'", message(() -> GuestObject.global(kernel, "no_such_global", nothing)));
    }

    interface Read {
        Object run() throws OsAwarenessException;
    }

    static String message(Read read) {
        try {
            read.run();
        } catch (OsAwarenessException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
