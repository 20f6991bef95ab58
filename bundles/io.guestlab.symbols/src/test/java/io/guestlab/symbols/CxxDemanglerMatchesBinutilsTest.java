package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/**
 * The demangler against binutils over a real C++ library: every exported function of the host's
 * libstdc++ (about 3,500 names: templates, std:: abbreviations, packs, ABI tags, operators),
 * each name as the host's {@code addr2line -C -f} prints it. A name must come out exactly as
 * binutils prints it or (outside the subset) stay mangled; never different.
 */
public class CxxDemanglerMatchesBinutilsTest {

    private static final Path LIBSTDCXX = Path.of("/usr/lib/x86_64-linux-gnu/libstdc++.so.6");

    @Test
    public void libstdcxxNamesMatchAddr2line() throws Exception {
        GuestExamples.require(Files.isRegularFile(LIBSTDCXX), "the host's C++ library " + LIBSTDCXX);
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (String line : GuestExamples.run(GuestExamples.command("nm", "-D", "--defined-only", LIBSTDCXX)).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && "TtWw".indexOf(f[1].charAt(0)) >= 0 && f[2].startsWith("_Z")) {
                names.add(f[2].replaceFirst("@.*", ""));
                addresses.add("0x" + f[0]);
            }
        }
        assertTrue("few C++ functions in " + LIBSTDCXX, names.size() > 1000);
        List<String> plain = functionLines("-f", addresses);
        List<String> demangled = functionLines("-Cf", addresses);
        int compared = 0;
        int same = 0;
        for (int i = 0; i < names.size(); i++) {
            // aliases at one address: binutils names the address after one of them
            if (!plain.get(i).equals(names.get(i))) {
                continue;
            }
            compared++;
            Optional<String> ours = CxxDemangler.demangle(names.get(i));
            if (ours.isPresent()) {
                assertEquals(names.get(i), demangled.get(i), ours.get());
                same++;
            }
        }
        System.out.printf("demangler: %d of %d libstdc++ names as binutils prints them, %d left mangled%n", same, compared,
                compared - same);
        assertTrue(same + " of " + compared, compared > 1000 && same >= compared * 99L / 100);
    }

    /** addr2line's function-name lines (every other line with -f) for the addresses. */
    private static List<String> functionLines(String options, List<String> addresses) throws Exception {
        List<String> command = GuestExamples.command("addr2line", options, "-e", LIBSTDCXX);
        command.addAll(addresses);
        String[] lines = GuestExamples.run(command).split("\n");
        assertEquals(2 * addresses.size(), lines.length);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 2) {
            out.add(lines[i]);
        }
        return out;
    }
}
