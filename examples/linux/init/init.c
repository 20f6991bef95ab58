/*
 * /init of Guestlab's Linux acceptance guest: a static riscv64 program that proves the kernel
 * reached user space, sees its harts and its virtio disk, and then powers the machine off.
 *
 * Every line it prints starts with "guestlab-init: " so that a test can find them among the
 * kernel's messages. The first line is the banner; the last is "powering off".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#define DISK "/dev/vda"
#define SECTOR_SIZE 512
/* A disk made for this guest carries a text line starting with this in its first sector. */
#define DISK_MARKER "GUESTLAB-DISK-MARKER:"
#define FILE_MARKER_PATH "/mnt/marker.txt"

static void say(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	fputs("guestlab-init: ", stdout);
	vprintf(format, args);
	fputc('\n', stdout);
	va_end(args);
	fflush(stdout);
}

/* Harts this process may run on: the online CPUs, known without any file system mounted. */
static int harts_online(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) != 0)
		return -1;
	return CPU_COUNT(&set);
}

static void mount_or_report(const char *type, const char *target)
{
	if (mkdir(target, 0755) != 0 && errno != EEXIST)
		say("cannot create %s: %s", target, strerror(errno));
	else if (mount(type, target, type, 0, NULL) != 0)
		say("cannot mount %s on %s: %s", type, target, strerror(errno));
}

/* Prints the first line of a small text file, e.g. /sys/devices/system/cpu/online. */
static void report_file_line(const char *label, const char *path)
{
	char line[256];
	FILE *file = fopen(path, "r");
	if (file == NULL) {
		say("%s: cannot open %s: %s", label, path, strerror(errno));
		return;
	}
	if (fgets(line, sizeof line, file) == NULL)
		line[0] = '\0';
	fclose(file);
	line[strcspn(line, "\r\n")] = '\0';
	say("%s: %s", label, line);
}

/* Copies the printable text at the start of buffer into text (stops at the first control byte). */
static void printable_prefix(const unsigned char *buffer, size_t length, char *text, size_t size)
{
	size_t i = 0;
	while (i < length && i + 1 < size && buffer[i] >= 0x20 && buffer[i] < 0x7f) {
		text[i] = (char)buffer[i];
		i++;
	}
	text[i] = '\0';
}

/* Reads sector 0 of the virtio disk and prints the marker line if the disk has one. */
static void report_disk_sector(void)
{
	unsigned char sector[SECTOR_SIZE];
	char text[SECTOR_SIZE];
	int fd = open(DISK, O_RDONLY);
	if (fd < 0) {
		say("no disk: cannot open %s: %s", DISK, strerror(errno));
		return;
	}
	ssize_t got = read(fd, sector, sizeof sector);
	int read_errno = errno;
	close(fd);
	if (got != (ssize_t)sizeof sector) {
		say("%s: reading sector 0 failed: %s", DISK,
		    got < 0 ? strerror(read_errno) : "short read");
		return;
	}
	printable_prefix(sector, sizeof sector, text, sizeof text);
	if (strncmp(text, DISK_MARKER, strlen(DISK_MARKER)) == 0)
		say("%s sector 0: %s", DISK, text);
	else
		say("%s sector 0 has no " DISK_MARKER " line (first bytes %02x %02x %02x %02x)",
		    DISK, sector[0], sector[1], sector[2], sector[3]);
}

/* If the disk holds an ext2 file system with /marker.txt, prints that file's first line. */
static void report_disk_file(void)
{
	if (access(DISK, F_OK) != 0)
		return;
	if (mkdir("/mnt", 0755) != 0 && errno != EEXIST)
		return;
	if (mount(DISK, "/mnt", "ext2", MS_RDONLY, NULL) != 0) {
		say("%s holds no ext2 file system (%s)", DISK, strerror(errno));
		return;
	}
	report_file_line(DISK " ext2 " FILE_MARKER_PATH, FILE_MARKER_PATH);
	if (umount("/mnt") != 0)
		say("cannot unmount /mnt: %s", strerror(errno));
}

int main(void)
{
	struct utsname system;
	if (uname(&system) != 0)
		strcpy(system.release, "(uname failed)");
	say("hello from Linux %s on %d harts", system.release, harts_online());

	mount_or_report("devtmpfs", "/dev");
	mount_or_report("proc", "/proc");
	mount_or_report("sysfs", "/sys");
	say("online CPUs (sysconf): %ld", sysconf(_SC_NPROCESSORS_ONLN));
	report_file_line("online CPUs (sysfs)", "/sys/devices/system/cpu/online");
	report_file_line("entropy source", "/sys/class/misc/hw_random/rng_current");
	report_disk_sector();
	report_disk_file();

	say("powering off");
	sync();
	reboot(RB_POWER_OFF);
	/* Only reached when the kernel has no power-off method; returning makes it panic, loudly. */
	say("reboot(RB_POWER_OFF) failed: %s", strerror(errno));
	return 1;
}
