package io.guestlab.cli;

import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.CxxDemangler;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SourceLocation;
import io.guestlab.symbols.SymbolsException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code guestlab addr2line}: addresses to function names and source lines, printing exactly
 * what binutils' addr2line prints for the same options, so scripts written for one work with
 * the other. With no addresses on the command line, addresses are read from standard input.
 */
public final class Addr2lineCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "convert addresses to function names and file:line, like binutils' addr2line";

    private final InputStream stdin;

    public Addr2lineCommand() {
        this(System.in);
    }

    public Addr2lineCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "addr2line";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab addr2line [-a] [-f] [-i] [-p] [-s] [-C] -e ELF [ADDR...]
                  -e, --exe=ELF       the RISC-V ELF file to read (default a.out)
                  -a, --addresses     print each address before its information
                  -f, --functions     print the function name too
                  -i, --inlines       for inlined code, also print each caller
                  -p, --pretty-print  everything for one address on one line
                  -s, --basenames     strip directories from file names
                  -C, --demangle      print C++ names demangled (Itanium C++ ABI), as binutils
                                      does; --demangle=auto and =gnu-v3 alike, =none not
                ADDR is hexadecimal, with or without 0x; without ADDR, addresses are read from
                standard input, one per line. The output matches binutils' addr2line.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args);
        Program program;
        try {
            program = Program.open(Path.of(o.elf), 0);
        } catch (SymbolsException e) {
            err.println("guestlab addr2line: " + e.getMessage());
            return 1;
        }
        try {
            if (o.addresses.isEmpty()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null; ) {
                    translate(program, line.trim(), o, out);
                    out.flush();
                }
            } else {
                for (String a : o.addresses) {
                    translate(program, a, o, out);
                }
            }
        } catch (SymbolsException e) {
            err.println("guestlab addr2line: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("guestlab addr2line: reading standard input: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void translate(Program program, String text, Options o, PrintStream out) throws SymbolsException {
        long pc = scanHex(text);
        if (!program.is64Bit()) {
            pc &= 0xffffffffL;
        }
        if (o.withAddresses) {
            String digits = Long.toHexString(pc);
            int width = program.is64Bit() ? 16 : 8;
            out.print("0x" + "0".repeat(Math.max(0, width - digits.length())) + digits);
            out.print(o.pretty ? ": " : "\n");
        }
        AddressInfo info = program.describe(pc);
        if (!info.found()) {
            if (o.withFunctions) {
                out.print(o.pretty ? "?? " : "??\n");
            }
            out.print("??:0\n");
            return;
        }
        List<SourceLocation> locations = info.locations();
        int count = o.unwindInlines ? locations.size() : 1;
        for (int i = 0; i < count; i++) {
            SourceLocation l = locations.get(i);
            if (i > 0 && o.pretty) {
                out.print(" (inlined by) ");
            }
            if (o.withFunctions) {
                String fn = l.function() == null || l.function().isEmpty() ? "??" : l.function();
                if (o.demangle) {
                    // Names outside the demangler's subset stay mangled, as binutils leaves names it cannot demangle.
                    fn = CxxDemangler.demangle(fn).orElse(fn);
                }
                out.print(fn);
                out.print(o.pretty ? " at " : "\n");
            }
            String file = l.file();
            if (o.baseNames && file != null) {
                file = file.substring(file.lastIndexOf('/') + 1);
            }
            out.print((file == null ? "??" : file) + ":");
            // binutils prints the innermost row's discriminator on the inlined callers' lines too.
            int discriminator = locations.get(0).discriminator();
            if (l.line() != 0) {
                out.print(discriminator != 0
                        ? Integer.toUnsignedString(l.line()) + " (discriminator " + Integer.toUnsignedString(discriminator) + ")\n"
                        : Integer.toUnsignedString(l.line()) + "\n");
            } else {
                out.print("?\n");
            }
        }
    }

    /** Like binutils: leading hexadecimal digits after an optional 0x; anything else ends the number. */
    static long scanHex(String text) {
        String s = text;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                break;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** The parsed command line. */
    private static final class Options {
        String elf = "a.out";
        boolean withAddresses;
        boolean withFunctions;
        boolean unwindInlines;
        boolean pretty;
        boolean baseNames;
        boolean demangle;
        final List<String> addresses = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--exe=")) {
                    o.elf = a.substring(6);
                } else if (a.equals("--exe")) {
                    o.elf = value(args, ++i, a);
                } else if (a.startsWith("--demangle=")) {
                    o.demangle = switch (a.substring(11)) {
                        case "auto", "gnu-v3" -> true;
                        case "none" -> false;
                        default -> throw new UsageException("unknown demangling style '" + a.substring(11)
                                + "' (guestlab knows auto, gnu-v3 and none)");
                    };
                } else if (a.startsWith("--")) {
                    o.longOption(a);
                } else if (a.startsWith("-") && a.length() > 1) {
                    for (int k = 1; k < a.length(); k++) {
                        char c = a.charAt(k);
                        if (c == 'e') {
                            // -eFILE or -e FILE, as getopt allows.
                            o.elf = k + 1 < a.length() ? a.substring(k + 1) : value(args, ++i, "-e");
                            break;
                        }
                        o.shortOption(c);
                    }
                } else {
                    o.addresses.add(a);
                }
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageException("option " + option + " needs a file name");
            }
            return args.get(i);
        }

        private void shortOption(char c) {
            switch (c) {
                case 'a' -> withAddresses = true;
                case 'f' -> withFunctions = true;
                case 'i' -> unwindInlines = true;
                case 'p' -> pretty = true;
                case 's' -> baseNames = true;
                case 'C' -> demangle = true;
                default -> throw new UsageException("unknown option -" + c + " (see 'guestlab addr2line --help')");
            }
        }

        private void longOption(String a) {
            switch (a) {
                case "--addresses" -> withAddresses = true;
                case "--functions" -> withFunctions = true;
                case "--inlines" -> unwindInlines = true;
                case "--pretty-print" -> pretty = true;
                case "--basenames" -> baseNames = true;
                case "--demangle" -> demangle = true;
                default -> throw new UsageException("unknown option " + a + " (see 'guestlab addr2line --help')");
            }
        }
    }
}
