# Shared set-up for the scripts at the repository root (guestlab, mvnw, .ci/run).
# Source it; every function prints one clear line and returns non-zero when something is missing.

# (Parameter expansion rather than dirname: every fork costs the launcher's start-up.)
GUESTLAB_HOME="${BASH_SOURCE[0]%/*}"
[ "$GUESTLAB_HOME" != "${BASH_SOURCE[0]}" ] || GUESTLAB_HOME=.
GUESTLAB_HOME="$(cd "$GUESTLAB_HOME/.." && pwd)"

# The Debian packages the test suite uses (the guests, the reference tools, the display).
GUESTLAB_TEST_PACKAGES="maven xvfb x11-utils libgtk-3-0 imagemagick make binutils dosfstools mtools qemu-user gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf \
binutils-riscv64-unknown-elf gcc-riscv64-linux-gnu libc6-dev-riscv64-cross opensbi u-boot-qemu \
gdb-multiarch device-tree-compiler qemu-system-misc \
linux-source-6.1 bc flex bison cpio libelf-dev libssl-dev e2fsprogs"

# The local Maven repository of every script and build. Java takes its home folder from the
# password database, not from $HOME, so the scripts pass this to Maven explicitly: a user (or CI)
# who points HOME, or this variable, at an empty folder gets a really fresh start.
export GUESTLAB_M2_REPOSITORY="${GUESTLAB_M2_REPOSITORY:-$HOME/.m2/repository}"

# Prints Guestlab's folder in the user's cache (XDG: $XDG_CACHE_HOME, else ~/.cache; a relative
# XDG_CACHE_HOME is ignored, as the XDG spec says), or fails quietly when there is none.
# Whatever is kept there can be deleted at any time.
guestlab_cache_dir() {
    local base="${XDG_CACHE_HOME:-}"
    case "$base" in /*) ;; *) base="${HOME:+$HOME/.cache}" ;; esac
    [ -n "$base" ] || return 1
    echo "$base/guestlab"
}

guestlab_die() {
    echo "guestlab: $*" >&2
    exit 1
}

# Prints the major version of the java at $1/bin/java, or nothing. The JDK's `release` file says
# it without starting a JVM (a tenth of a second on every command); java itself is asked only
# when that file is missing. Old versions read "1.8.0": their major is the second number.
guestlab_java_major() {
    local v="" line
    if [ -f "$1/release" ]; then
        while IFS= read -r line; do
            case "$line" in JAVA_VERSION=*) v="${line#JAVA_VERSION=\"}"; v="${v%\"}"; break ;; esac
        done <"$1/release"
    fi
    [ -n "$v" ] || v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    v="${v#1.}"
    echo "${v%%[.+_-]*}"
}

# Exports JAVA_HOME to a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under
# /usr/lib/jvm (GUESTLAB_JDK_SEARCH names other folders to look in).
guestlab_select_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major="$(guestlab_java_major "$JAVA_HOME")"
        if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
    fi
    for candidate in ${GUESTLAB_JDK_SEARCH:-/usr/lib/jvm}/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major="$(guestlab_java_major "$candidate")"
        if [ "${major:-0}" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
    done
    if [ "$best_major" -ge 21 ]; then
        export JAVA_HOME="$best"
        export PATH="$JAVA_HOME/bin:$PATH"
        return 0
    fi
    local found="found none"
    [ -n "$best" ] && found="found only JDK $best_major at $best"
    echo "guestlab: needs a JDK >= 21 ($found); install one or set JAVA_HOME to it" >&2
    return 1
}

# Prints the newest jar of Maven artifact $2 (group folder $1, e.g. org/ow2/asm) in the local
# repository, or fails quietly when there is none. Versions compare number by number (9.10 is
# newer than 9.9), in the shell itself: the launcher runs this on every command.
guestlab_maven_jar() {
    local dir="$GUESTLAB_M2_REPOSITORY/$1/$2" v best=""
    for v in "$dir"/*/; do
        v="${v%/}"
        v="${v##*/}"
        [ -f "$dir/$v/$2-$v.jar" ] || continue
        if [ -z "$best" ] || guestlab_version_newer "$v" "$best"; then best="$v"; fi
    done
    [ -n "$best" ] && echo "$dir/$best/$2-$best.jar"
}

# True when version $1 is newer than $2: dot-separated parts compared by their leading numbers
# (2.46.0 > 2.9.1), then a plain number before one with a qualifier (1.0 > 1.0-rc1), then as
# text; a version with more parts after equal ones is newer (9.9.1 > 9.9).
guestlab_version_newer() {
    local -a a b
    local i x y
    IFS=. read -r -a a <<<"$1"
    IFS=. read -r -a b <<<"$2"
    for ((i = 0; i < ${#a[@]} || i < ${#b[@]}; i++)); do
        x="${a[i]:-}" y="${b[i]:-}"
        [ "$x" = "$y" ] && continue
        [ -z "$y" ] && return 0
        [ -z "$x" ] && return 1
        if [[ "$x" =~ ^[0-9]+ ]]; then x="${BASH_REMATCH[0]}"; else x=""; fi
        if [[ "$y" =~ ^[0-9]+ ]]; then y="${BASH_REMATCH[0]}"; else y=""; fi
        if [ -n "$x" ] && [ -n "$y" ] && [ "$((10#$x))" != "$((10#$y))" ]; then [ "$((10#$x))" -gt "$((10#$y))" ]; return; fi
        [[ "${a[i]}" =~ ^[0-9]+$ ]] && return 0   # 1.0 is newer than 1.0-rc1, as Maven orders them
        [[ "${b[i]}" =~ ^[0-9]+$ ]] && return 1
        [[ "${a[i]}" > "${b[i]}" ]]
        return
    done
    return 1
}

# The ASM jar the engine's translator needs on a plain classpath (the build resolved it into the
# local Maven repository); dies with a one-line reason when it is not there.
guestlab_asm_jar() {
    guestlab_maven_jar org/ow2/asm asm ||
        guestlab_die "ASM (org.ow2.asm:asm) is not in the local Maven repository: run ./mvnw verify once"
}

# Runs a command as root: directly when we are root, else through sudo.
guestlab_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "guestlab: needs root (or sudo) to run: $*" >&2; return 1; fi
}

# Installs the Debian packages named in $@ that are not installed yet.
guestlab_apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || { echo "guestlab: missing packages ${missing[*]} and no apt-get to install them" >&2; return 1; }
    echo "guestlab: installing Debian packages: ${missing[*]}" >&2
    guestlab_as_root apt-get update -q >/dev/null &&
        DEBIAN_FRONTEND=noninteractive guestlab_as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
        { echo "guestlab: could not install ${missing[*]} (no network or no package source?)" >&2; return 1; }
}

# True when X display number $1 is served by a live process. A machine restored from an image can
# keep /tmp/.X11-unix/X99 and /tmp/.X99-lock from an Xvfb that no longer runs, so neither file alone
# proves anything: the lock's pid must be alive, and xdpyinfo (when present) must connect.
guestlab_display_alive() {
    local pid
    pid="$( { tr -dc 0-9 < "/tmp/.X$1-lock"; } 2>/dev/null)" || return 1
    [ -n "$pid" ] && [ -e "/proc/$pid" ] && [ -e "/tmp/.X11-unix/X$1" ] || return 1
    if command -v xdpyinfo >/dev/null; then DISPLAY=":$1" xdpyinfo >/dev/null 2>&1 || return 1; fi
}

# Ensures DISPLAY points at a working X server; starts Xvfb on :99 when there is none.
guestlab_ensure_display() {
    if [ -n "${DISPLAY:-}" ]; then
        if ! command -v xdpyinfo >/dev/null || xdpyinfo >/dev/null 2>&1; then export NO_AT_BRIDGE=1; return 0; fi
        echo "guestlab: DISPLAY=$DISPLAY does not answer; using Xvfb instead" >&2
    fi
    command -v Xvfb >/dev/null || { echo "guestlab: no display (DISPLAY is unset or dead) and no Xvfb to start one: install xvfb or run inside a desktop session" >&2; return 1; }
    if ! guestlab_display_alive 99; then
        # Leftovers of a server that is gone (or whose pid now belongs to another process, which
        # would make Xvfb refuse to start) go first.
        rm -f /tmp/.X99-lock /tmp/.X11-unix/X99 2>/dev/null || true
        local log="${TMPDIR:-/tmp}/guestlab-xvfb.log"
        Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >"$log" 2>&1 &
        local i; for i in $(seq 100); do guestlab_display_alive 99 && break; sleep 0.1; done
        guestlab_display_alive 99 || { echo "guestlab: Xvfb did not start on :99; it said:" >&2; cat "$log" >&2; return 1; }
    fi
    export DISPLAY=:99
    export NO_AT_BRIDGE=1
}

# Runs Maven ($1) in folder $3 to fetch $2 (a name for messages) into $GUESTLAB_M2_REPOSITORY, with the
# goal and options $4...: in a folder of its own, since inside the project Maven would load
# .mvn/extensions.xml (Tycho's build extension), which Debian's older Maven cannot run. On failure
# it says why in a line ("no network?" only when it is the network) and shows Maven's error lines.
guestlab_maven_fetch() {
    local mvn_bin="$1" what="$2" dir="$3" log
    shift 3
    log="${TMPDIR:-/tmp}/guestlab-fetch-$(id -u).log"
    (cd "$dir" && "$mvn_bin" -B -Dmaven.repo.local="$GUESTLAB_M2_REPOSITORY" "$@") >"$log" 2>&1 && return 0
    if grep -q -E "UnknownHostException|Unknown host|Network is unreachable|No route to host|Connection refused|[Cc]onnect timed out|Temporary failure in name resolution" "$log"; then
        echo "guestlab: could not fetch $what: no network? (Maven could not reach its repository; a cold build needs Maven Central; log: $log)" >&2
    else
        echo "guestlab: could not fetch $what; Maven said (full log: $log):" >&2
        grep -E "^\[ERROR\] +[^ ]" "$log" | grep -v -E "Re-run Maven|For more information|\[Help 1\]|full stack trace|-e switch|-X switch" | head -n 6 >&2 ||
            tail -n 6 "$log" >&2
    fi
    return 1
}

# Prints the path of the Maven that ./mvnw runs (the version pinned in .mvn/wrapper.properties;
# Tycho 5 needs >= 3.9), installing it under $MAVEN_USER_HOME/wrapper (default ~/.m2/wrapper) on
# first use. The first download goes through Debian's own `maven` package (installed if missing),
# which fetches the pinned distribution from its default repository: no address is kept here.
guestlab_wrapper_maven() {
    local version dist archive tmp
    version="$(sed -n 's/^maven.version=//p' "$GUESTLAB_HOME/.mvn/wrapper.properties")"
    dist="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/apache-maven-$version"
    if ! [ -x "$dist/bin/mvn" ]; then
        archive="$GUESTLAB_M2_REPOSITORY/org/apache/maven/apache-maven/$version/apache-maven-$version-bin.tar.gz"
        if ! [ -f "$archive" ]; then
            command -v mvn >/dev/null || guestlab_apt_install maven || return 1
            echo "mvnw: fetching Maven $version (once)" >&2
            tmp="$(mktemp -d)"
            guestlab_maven_fetch mvn "Maven $version" "$tmp" dependency:get \
                -Dartifact="org.apache.maven:apache-maven:$version:tar.gz:bin" -Dtransitive=false || { rm -rf "$tmp"; return 1; }
            rm -rf "$tmp"
        fi
        mkdir -p "$(dirname "$dist")" || return 1
        tmp="$(mktemp -d "$(dirname "$dist")/.unpack.XXXXXX")" || return 1
        tar -xzf "$archive" -C "$tmp" || { rm -rf "$tmp"; echo "guestlab: could not unpack $archive" >&2; return 1; }
        mv "$tmp/apache-maven-$version" "$dist" 2>/dev/null || true   # another mvnw may have won the race
        rm -rf "$tmp"
    fi
    echo "$dist/bin/mvn"
}
