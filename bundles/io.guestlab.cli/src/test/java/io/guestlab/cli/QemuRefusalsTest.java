package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

/**
 * Every QEMU option `guestlab qemu` cannot honour is refused in exactly one line that names the
 * option and says what to use instead; none is silently ignored. Each row: the options added to
 * a virt command line that is fine on its own, and the whole line expected on stderr.
 */
public class QemuRefusalsTest {

    private static final String[] BASE = {"-machine", "virt", "-bios", "none", "-kernel", "/k/kernel.elf"};

    private static final String[][] REFUSED = {
        {"-M sifive_u", "-M sifive_u: Guestlab has only the virt machine: use -machine virt (the qemu-system-riscv64"
            + " shim runs other machines on the real QEMU)"},
        {"-machine virt,aia=aplic", "-machine virt,aia=aplic: Guestlab's virt has QEMU's default PLIC, not the AIA"
            + " (aia=aplic): use aia=none or leave it out"},
        {"-machine virt,aia=aplic-imsic,aia-guests=2", "-machine virt,aia=aplic-imsic,aia-guests=2: Guestlab's virt has"
            + " QEMU's default PLIC, not the AIA (aia=aplic-imsic): use aia=none or leave it out"},
        {"-machine virt,aclint=on", "-machine virt,aclint=on: Guestlab's virt has QEMU's default SiFive CLINT, not ACLINT"
            + " devices: use aclint=off or leave it out"},
        {"-machine virt,usb=maybe", "-machine virt,usb=maybe: usb=maybe is not on or off"},
        {"-machine virt,dt-compatible=x", "-machine virt,dt-compatible=x: 'dt-compatible' is not supported by Guestlab:"
            + " remove it (Guestlab's virt has no other properties yet)"},
        {"-accel kvm", "-accel kvm: Guestlab is its own emulator, not kvm: use accel=tcg or leave the accelerator out"},
        {"-cpu sifive-u54", "-cpu sifive-u54: Guestlab's harts are QEMU's rv64 without H (RV64GC, Zba/Zbb/Zbc/Zbs,"
            + " Sstc; M/S/U modes, Sv39/Sv48): use -cpu rv64 or leave -cpu out"},
        {"-cpu rv64,h=true", "-cpu rv64,h=true: 'h' is not supported by Guestlab: use -cpu rv64 without properties"
            + " (Guestlab's harts are QEMU's rv64 without H (RV64GC, Zba/Zbb/Zbc/Zbs, Sstc; M/S/U modes, Sv39/Sv48))"},
        {"-smp 4,sockets=2", "-smp 4,sockets=2: Guestlab's harts are one socket of single-threaded cores: give"
            + " sockets=1 or the number of harts alone, e.g. -smp 4"},
        {"-smp 4,cores=2,threads=2", "-smp 4,cores=2,threads=2: Guestlab's harts are one socket of single-threaded"
            + " cores: give threads=1 or the number of harts alone, e.g. -smp 4"},
        {"-smp 4,cores=2", "-smp 4,cores=2: cores=2 must equal the number of harts (4): Guestlab's harts are one socket"
            + " of single-threaded cores"},
        {"-smp 4,books=1", "-smp 4,books=1: 'books' is not supported by Guestlab: give the number of harts, e.g. -smp 4"},
        {"-smp 9", "-smp 9: Guestlab's virt board has 1 to 8 harts: give a number from 1 to 8"},
        {"-smp 0", "-smp 0: Guestlab's virt board has 1 to 8 harts: give a number from 1 to 8"},
        {"-smp four", "-smp: 'four' is not a whole number"},
        {"-m 8G", "-m 8G: memory size must be a multiple of 4 KiB from 2 MiB to 4 GiB, not 8589934592 bytes"},
        {"-m 4097M", "-m 4097M: memory size must be a multiple of 4 KiB from 2 MiB to 4 GiB, not 4296015872 bytes"},
        {"-m lots", "-m lots: 'lots' is not a memory size: expected a size like 256M, 1G, 1.5G, 512K or 4096B (no"
            + " suffix means MiB)"},
        {"-m 128M,slots=2", "-m 128M,slots=2: 'slots' is not supported by Guestlab: give only the RAM size, e.g. -m 128M"},
        {"-serial file:out.txt", "-serial file:out.txt: Guestlab's UART is this terminal: use -serial mon:stdio or"
            + " -nographic (and redirect the output in the shell)"},
        {"-monitor telnet::4444,server", "-monitor telnet::4444,server: Guestlab has no QEMU monitor: use -monitor none"
            + " (or guestlab run --gdb with gdb's monitor commands)"},
        {"-display gtk", "-display gtk: Guestlab has no graphical display: use -display none or -nographic (the console"
            + " is this terminal)"},
        {"-drive file=fs.qcow2,format=qcow2", "-drive file=fs.qcow2,format=qcow2: format=qcow2 is not supported:"
            + " Guestlab reads raw images only (convert: qemu-img convert -O raw IMG IMG.raw, then format=raw)"},
        {"-drive file=fs.img,if=ide", "-drive file=fs.img,if=ide: if=ide is not supported: Guestlab's virt board has"
            + " no ide controller: use -drive file=IMG,if=none,format=raw,id=ID with -device"
            + " virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]"},
        {"-drive file=flash.img,if=pflash,unit=2", "-drive file=flash.img,if=pflash,unit=2: the virt machine has flash"
            + " units 0 and 1 only (QEMU refuses unit 2 too)"},
        {"-drive file=a.img,if=pflash -drive file=b.img,if=pflash,unit=0", "-drive file=b.img,if=pflash,unit=0: flash"
            + " unit 0 already has a.img: give each image its own unit"},
        {"-drive file=fs.img,unit=1", "-drive file=fs.img,unit=1: unit= is not supported for if=none: choose the"
            + " disk's place with -device virtio-blk-device,drive=ID,bus=virtio-mmio-bus.N"},
        {"-blockdev driver=qcow2,node-name=n,file=f", "-blockdev driver=qcow2,node-name=n,file=f: driver=qcow2 is not"
            + " supported: Guestlab reads raw images only (driver=file, or driver=raw over it; convert others with"
            + " qemu-img convert -O raw IMG IMG.raw)"},
        {"-blockdev node-name=x0,filename=a.img", "-blockdev node-name=x0,filename=a.img: needs driver=file or"
            + " driver=raw: use -blockdev driver=file,node-name=NAME,filename=IMG[,read-only=on][,discard=unmap] (or"
            + " driver=raw,node-name=NAME,file=FILE-NODE over it)"},
        {"-blockdev {\"driver\":\"file\",\"node-name\":\"x0\",\"filename\":\"a.img\"}", "-blockdev"
            + " {\"driver\":\"file\",\"node-name\":\"x0\",\"filename\":\"a.img\"}: the JSON form is not supported:"
            + " write it as driver=file,node-name=NAME,filename=IMG (QEMU's key=value form)"},
        {"-blockdev driver=file,filename=a.img", "-blockdev driver=file,filename=a.img: needs node-name=NAME, the name"
            + " -device virtio-blk-device,drive=NAME or -machine virt,pflash0=NAME uses"},
        {"-blockdev driver=file,node-name=f0,filename=a.img,auto-read-only=on", "-blockdev"
            + " driver=file,node-name=f0,filename=a.img,auto-read-only=on: 'auto-read-only' is not supported by Guestlab:"
            + " use -blockdev"
            + " driver=file,node-name=NAME,filename=IMG[,read-only=on][,discard=unmap] (or"
            + " driver=raw,node-name=NAME,file=FILE-NODE over it)"},
        {"-blockdev driver=file,node-name=f0,filename=a.img,locking=maybe", "-blockdev"
            + " driver=file,node-name=f0,filename=a.img,locking=maybe: locking=maybe is not one of QEMU's values (on,"
            + " off, auto)"},
        {"-blockdev driver=raw,node-name=x0,file=f0", "-blockdev driver=raw,node-name=x0,file=f0: no earlier -blockdev"
            + " has node-name=f0 (QEMU opens them in order): put -blockdev driver=file,node-name=f0,filename=IMG before"
            + " it"},
        {"-blockdev driver=raw,node-name=x0,file.driver=nbd,file.filename=a.img", "-blockdev"
            + " driver=raw,node-name=x0,file.driver=nbd,file.filename=a.img: a raw node needs file=NODE (an earlier"
            + " -blockdev driver=file) or file.driver=file,file.filename=IMG"},
        {"-blockdev driver=file,node-name=f0,filename=a.img,read-only=on -blockdev driver=raw,node-name=x0,file=f0",
            "-blockdev driver=raw,node-name=x0,file=f0: node f0 is read-only, so this node must be too (QEMU: Block"
            + " node is read-only): add read-only=on"},
        {"-blockdev driver=file,node-name=f0,filename=a.img -blockdev driver=raw,node-name=x0,file=f0"
            + " -device virtio-blk-device,drive=f0", "-device virtio-blk-device,drive=f0: node f0 is already used by"
            + " -blockdev driver=raw,node-name=x0,file=f0: give each its own -blockdev"},
        {"-drive file=a.img,if=none,id=d0 -blockdev driver=file,node-name=d0,filename=b.img", "-blockdev"
            + " driver=file,node-name=d0,filename=b.img: node-name d0 is used by another -blockdev or -drive: give each"
            + " its own name"},
        {"-device virtio-blk-device,drive=x0,write-cache=maybe -drive file=fs.img,if=none,id=x0", "-device"
            + " virtio-blk-device,drive=x0,write-cache=maybe: write-cache=maybe is not one of QEMU's values (on, off,"
            + " auto)"},
        {"-machine virt,pflash0=code", "-machine virt,pflash0=code: no -blockdev has node-name=code: add -blockdev"
            + " driver=file,node-name=code,filename=IMG"},
        {"-drive file=cd.iso,media=cdrom", "-drive file=cd.iso,media=cdrom: media=cdrom is not supported: Guestlab's"
            + " drives are disks (media=disk)"},
        {"-drive file=fs.img,copy-on-read=on", "-drive file=fs.img,copy-on-read=on: 'copy-on-read' is not supported by"
            + " Guestlab: use -drive file=IMG,if=none,format=raw,id=ID with -device"
            + " virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]"},
        {"-drive file=fs.img,serial=abc", "-drive file=fs.img,serial=abc: serial= belongs to the device, as in QEMU"
            + " 7.2: use -device virtio-blk-device,drive=ID,serial=abc"},
        {"-drive file=fs.img,cache=fast", "-drive file=fs.img,cache=fast: cache=fast is not one of QEMU's values"
            + " (writeback, none, unsafe, writethrough, directsync)"},
        {"-drive file=fs.img,discard=sometimes", "-drive file=fs.img,discard=sometimes: discard=sometimes is not"
            + " ignore or unmap"},
        {"-drive file=fs.img,werror=explode", "-drive file=fs.img,werror=explode: werror=explode is not one of QEMU's"
            + " values (report, ignore, enospc, stop)"},
        {"-drive file=a,,b.img", "-drive file=a,,b.img: Guestlab cannot take an image whose name has a comma: rename or"
            + " link the image"},
        {"-device virtio-blk-device,drive=x0,serial=a,,b -drive file=fs.img,if=none,id=x0",
            "-device virtio-blk-device,drive=x0,serial=a,,b: serial=a,b is not supported: give a serial of printable"
            + " ASCII without commas"},
        {"-drive if=none,id=x0", "-drive if=none,id=x0: names no file: use -drive file=IMG,if=none,format=raw,id=ID"
            + " with -device virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]"},
        {"-device virtio-blk-device,drive=x9", "-device virtio-blk-device,drive=x9: no -drive has id=x9 and no -blockdev"
            + " node-name=x9: use -drive file=IMG,if=none,format=raw,id=ID with -device"
            + " virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]"},
        {"-device virtio-rng-device,bus=virtio-mmio-bus.8", "-device virtio-rng-device,bus=virtio-mmio-bus.8:"
            + " 'virtio-mmio-bus.8' is not a virtio-mmio bus: the virt board has virtio-mmio-bus.0 to virtio-mmio-bus.7"
            + " (or 0 to 7)"},
        {"-device virtio-rng-device,bus=virtio-mmio-bus.0 -device virtio-rng-device,bus=virtio-mmio-bus.0",
            "-device virtio-rng-device,bus=virtio-mmio-bus.0: virtio-mmio-bus.0 already has -device"
            + " virtio-rng-device,bus=virtio-mmio-bus.0: give each device its own bus"},
        {"-device virtio-blk-pci,drive=x0", "-device virtio-blk-pci,drive=x0: Guestlab's virt board has no PCI bus yet:"
            + " use virtio-blk-device (on virtio-mmio)"},
        {"-device virtio-net-device,netdev=n0", "-device virtio-net-device,netdev=n0: Guestlab has no networking yet:"
            + " remove it and its -netdev (the guest then sees no network card)"},
        {"-device virtio-gpu-device", "-device virtio-gpu-device: Guestlab has no graphical display or input devices:"
            + " remove it (the guest's console is the UART on this terminal)"},
        {"-device virtio-keyboard-device", "-device virtio-keyboard-device: Guestlab has no graphical display or input"
            + " devices: remove it (the guest's console is the UART on this terminal)"},
        {"-device virtio-9p-device,fsdev=f0,mount_tag=host", "-device virtio-9p-device,fsdev=f0,mount_tag=host: Guestlab"
            + " has no 9p file sharing: remove it and its -fsdev; give the files on a disk image (-drive) or through"
            + " semihosting (guestlab run --semihosting-root DIR)"},
        {"-fsdev local,id=f0,path=/srv,security_model=none", "-fsdev local,id=f0,path=/srv,security_model=none: Guestlab"
            + " has no 9p file sharing: remove it; give the files on a disk image (-drive) or through semihosting"
            + " (guestlab run --semihosting-root DIR)"},
        {"-virtfs local,path=/srv,mount_tag=host,security_model=none", "-virtfs"
            + " local,path=/srv,mount_tag=host,security_model=none: Guestlab has no 9p file sharing: remove it; give"
            + " the files on a disk image (-drive) or through semihosting (guestlab run --semihosting-root DIR)"},
        {"-device virtio-serial-device", "-device virtio-serial-device: Guestlab has no such device: it has"
            + " virtio-blk-device and virtio-rng-device (on virtio-mmio-bus.0..7)"},
        {"-netdev user,id=n0", "-netdev user,id=n0: Guestlab has no networking yet: remove -netdev and its -device"
            + " (the guest then sees no network card)"},
        {"-nic user", "-nic user: Guestlab has no networking yet: use -nic none or remove it"},
        {"-global virtio-mmio.foo=1", "-global virtio-mmio.foo=1: 'virtio-mmio.foo' is not supported by Guestlab: the"
            + " only -global Guestlab takes is virtio-mmio.force-legacy=true|false: remove it"},
        {"-global virtio-mmio.force-legacy=maybe", "-global virtio-mmio.force-legacy=maybe: virtio-mmio.force-legacy=maybe"
            + " is not on or off"},
        {"-semihosting-config enable=on,arg=prog", "-semihosting-config enable=on,arg=prog: arg= is not supported:"
            + " Guestlab gives the guest the kernel's name and -append as its command line"},
        {"-semihosting-config enable=on,target=gdb", "-semihosting-config enable=on,target=gdb: target=gdb is not"
            + " supported: Guestlab answers semihosting itself (target=native)"},
        {"-gdb tcp:", "-gdb tcp:: 'tcp:': expected tcp::PORT or tcp:HOST:PORT"},
        {"-S", "-S without -s or -gdb: Guestlab has no QEMU monitor to continue from: add -s (or -gdb tcp::PORT) and"
            + " continue from the debugger"},
        {"-rtc base=localtime", "-rtc base=localtime: Guestlab's RTC starts at its fixed date (with --time host, the"
            + " host's UTC), not base=localtime: use -rtc base=utc or leave -rtc out"},
        {"-rtc base=utc,clock=wall", "-rtc base=utc,clock=wall: clock=wall is not one of QEMU's values (host, rt, vm)"},
        {"-daemonize", "-daemonize: Guestlab runs in the foreground with the guest's console on this terminal: start it"
            + " in the background from the shell instead (nohup ... &)"},
        {"-vga std", "-vga std: Guestlab has no graphical display: use -vga none or -nographic (the console is this"
            + " terminal)"},
        {"-parallel stdio", "-parallel stdio: the virt machine has no parallel port: use -parallel none or remove it"},
        {"-no-shutdown", "-no-shutdown: Guestlab ends the run when the guest powers off: remove -no-shutdown (--gdb with"
            + " -S keeps a debugger in control before that)"},
        {"-enable-kvm", "-enable-kvm: Guestlab is its own emulator, not KVM: remove -enable-kvm (it runs the guest"
            + " deterministically, as tcg with -icount would)"},
        {"-chardev pty,id=c0", "-chardev pty,id=c0: Guestlab's UART is this terminal: use -serial mon:stdio or"
            + " -nographic (and redirect the output in the shell), or give -chardev stdio,id=ID"},
        {"-chardev stdio,id=c0,logfile=out.txt -serial chardev:c0", "-chardev stdio,id=c0,logfile=out.txt: logfile= is"
            + " not supported: Guestlab's console writes to this terminal only: copy it in the shell (| tee out.txt)"},
        {"-chardev stdio,mux=on", "-chardev stdio,mux=on: needs id=ID, the name -serial chardev:ID uses (QEMU requires"
            + " it too)"},
        {"-serial chardev:c1 -chardev stdio,id=c0", "-serial chardev:c1: no -chardev has id=c1: add -chardev"
            + " stdio,id=c1"},
        {"-chardev stdio,id=c0 -chardev stdio,id=c1", "-chardev stdio,id=c1: QEMU refuses this line: stdio is already"
            + " used by -chardev stdio,id=c0 and takes one character device (-nographic also puts the monitor there"
            + " unless -monitor, -mon or -serial mon:stdio says where): use -nographic alone, or -serial mon:stdio"},
        {"-nographic -serial stdio", "-nographic (the monitor on stdio): QEMU refuses this line: stdio is already used"
            + " by -serial stdio and takes one character device (-nographic also puts the monitor there unless"
            + " -monitor, -mon or -serial mon:stdio says where): use -nographic alone, or -serial mon:stdio"},
        {"-nographic -monitor stdio", "-nographic (the UART on stdio): QEMU refuses this line: stdio is already used"
            + " by -monitor stdio and takes one character device (-nographic also puts the monitor there unless"
            + " -monitor, -mon or -serial mon:stdio says where): use -nographic alone, or -serial mon:stdio"},
        {"-nographic -chardev stdio,id=c0,mux=on -serial chardev:c0", "-nographic (the monitor on stdio): QEMU refuses"
            + " this line: stdio is already used by -chardev stdio,id=c0,mux=on and takes one character device"
            + " (-nographic also puts the monitor there unless -monitor, -mon or -serial mon:stdio says where): use"
            + " -nographic alone, or -serial mon:stdio"},
        {"-nodefaults -nographic", "-nodefaults without -serial: QEMU leaves the UART unconnected, so nothing the"
            + " guest prints is shown; Guestlab's UART is this terminal: add -serial mon:stdio"},
        {"-mon chardev=c0,mode=control -chardev stdio,id=c0,mux=on -serial chardev:c0", "-mon"
            + " chardev=c0,mode=control: Guestlab has no QMP: remove it (guestlab run --gdb and gdb's monitor commands"
            + " control the machine)"},
        {"-serial null", "-serial null: Guestlab's UART is this terminal: use -serial mon:stdio or -nographic (and"
            + " redirect the output in the shell)"},
        {"-qmp tcp::4444,server", "-qmp tcp::4444,server: Guestlab has no QMP: use guestlab run --gdb and gdb's monitor"
            + " commands to control the machine"},
        {"-object memory-backend-ram,id=m,size=1G", "-object memory-backend-ram,id=m,size=1G: Guestlab has no"
            + " memory-backend-ram object: remove it (only rng-random and rng-builtin, for -device"
            + " virtio-rng-device,rng=ID, are taken)"},
        {"-object rng-random,filename=/dev/urandom", "-object rng-random,filename=/dev/urandom: needs id=ID for -device"
            + " virtio-rng-device,rng=ID"},
        {"-device virtio-rng-device,rng=r0", "-device virtio-rng-device,rng=r0: no -object rng-random or rng-builtin has"
            + " id=r0: add one before the -device, or leave rng= out"},
        {"-device loader,addr=0x80200000", "-device loader,addr=0x80200000: addr=0x80200000 alone sets a start address:"
            + " give cpu-num=N, the hart that starts there"},
        {"-device loader,file=os.bin,data=1,data-len=4", "-device loader,file=os.bin,data=1,data-len=4: file= cannot be"
            + " given with data=: load a file or write a value"},
        {"-device loader,addr=0x80200000,data=1", "-device loader,addr=0x80200000,data=1: data= needs data-len=N (1 to 8"
            + " bytes)"},
        {"-device loader,addr=0x80200000,data=1,data-len=9", "-device loader,addr=0x80200000,data=1,data-len=9:"
            + " data-len=9 is not 1 to 8 bytes"},
        {"-device loader", "-device loader: give file=IMAGE[,addr=ADDRESS], or addr=ADDRESS,data=VALUE,data-len=N, or"
            + " addr=ADDRESS,cpu-num=N"},
        {"-device loader,file=os.bin,addr=0x8020zz", "-device loader,file=os.bin,addr=0x8020zz: addr=0x8020zz is not a"
            + " number (decimal, or hexadecimal with 0x)"},
        {"-device loader,file=os.bin,size=4", "-device loader,file=os.bin,size=4: 'size' is not supported by Guestlab: give"
            + " file=IMAGE[,addr=ADDRESS][,cpu-num=N][,force-raw=on], or addr=ADDRESS,data=VALUE,data-len=N[,data-be=on],"
            + " or addr=ADDRESS,cpu-num=N"},
        {"-device loader,addr=0x80200000,cpu-num=1", "-device loader,addr=0x80200000,cpu-num=1: there is no hart 1: -smp"
            + " gives 1 (0 to 0)"},
        {"-boot d", "-boot is not a qemu-system-riscv64 option Guestlab knows: remove it, or run the real QEMU (see"
            + " 'guestlab qemu --help' for what is translated)"},
        {"fs.img", "'fs.img' is not an option: QEMU's options start with '-' (a disk image is given with -drive"
            + " file=IMG)"},
        {"-kernel", "-kernel needs a value"},
    };

    @Test
    public void everyRefusedOptionGetsOneLineNamingItAndWhatToUseInstead() {
        List<String> failures = new ArrayList<>();
        for (String[] row : REFUSED) {
            List<String> args = new ArrayList<>(List.of("qemu"));
            args.addAll(Arrays.asList(BASE));
            args.addAll(Arrays.asList(row[0].split(" ")));
            GuestlabRun guestlab = new GuestlabRun();
            int code = guestlab.run(args.toArray(String[]::new));
            String expected = "guestlab qemu: " + row[1] + "\n";
            if (code != Main.EXIT_USAGE || !guestlab.err().equals(expected) || !guestlab.out().isEmpty()) {
                failures.add(row[0] + "\n  exit " + code + ", stderr: " + guestlab.err() + "  expected: " + expected);
            }
        }
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    @Test
    public void withoutAMachineQemuWouldRunSpike() {
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(Main.EXIT_USAGE, guestlab.run("qemu", "-bios", "none", "-kernel", "/k/kernel.elf"));
        assertEquals("guestlab qemu: no machine type (-machine virt): QEMU's default riscv64 machine is spike, which"
                + " Guestlab does not have: add -machine virt\n", guestlab.err());
    }

    @Test
    public void theRefusalsNameTheOptionTheUserWrote() {
        for (String[] row : REFUSED) {
            String option = row[0].split(" ")[0];
            assertTrue(row[1], row[1].contains(option.startsWith("-") ? option : "'" + option + "'"));
        }
    }
}
