# EEMBC CoreMark as a benchmark guest, included by ../Makefile. CoreMark's own sources are not in
# this repository: they come from COREMARK_DIR, a checkout of EEMBC's coremark repository
# (eembc/coremark on GitHub). What is here is the port layer (core_portme.[ch], ee_printf.c).
#   make coremark COREMARK_DIR=/path/to/coremark   build/coremark.elf and build/count/coremark.elf
# COREMARK_ITERATIONS sets the fixed iteration count (about 0.3 million instructions each).
COREMARK_DIR        ?=
COREMARK_ITERATIONS ?= 2000
COREMARK_FILES      := core_list_join.c core_main.c core_matrix.c core_state.c core_util.c coremark.h
# what is missing: "unset", or the files COREMARK_DIR lacks; empty when the build can go ahead
COREMARK_MISSING    := $(if $(strip $(COREMARK_DIR)),$(strip $(foreach f,$(COREMARK_FILES),\
                         $(if $(wildcard $(COREMARK_DIR)/$(f)),,$(f)))),unset)
COREMARK_SRC        := $(addprefix $(COREMARK_DIR)/,$(filter %.c,$(COREMARK_FILES)))
COREMARK_PORT       := coremark/core_portme.c coremark/ee_printf.c
# CoreMark's report names the flags: the code generation ones, as used for every guest. GCC 12
# sees a path through core_bench_list where info.data16 could be read unset (CoreMark's later
# versions initialise it); warnings change no code, and this one is not ours to fix.
COREMARK_CFLAGS     := -Icoremark -I$(COREMARK_DIR) -DPERFORMANCE_RUN=1 \
                       -DITERATIONS=$(COREMARK_ITERATIONS) \
                       -DCOMPILER_FLAGS='"$(filter-out -W% -I%,$(CFLAGS))"' \
                       -Wno-maybe-uninitialized

.PHONY: coremark FORCE
ifeq ($(COREMARK_MISSING),)
coremark: build/coremark.elf build/count/coremark.elf

# rebuilt when another checkout or iteration count is asked for
build/coremark.config: FORCE
	@mkdir -p build
	@echo "$(abspath $(COREMARK_DIR)) $(COREMARK_ITERATIONS)" | cmp -s - $@ \
	  || echo "$(abspath $(COREMARK_DIR)) $(COREMARK_ITERATIONS)" > $@

COREMARK_DEPS := $(COREMARK_SRC) $(COREMARK_DIR)/coremark.h $(COREMARK_PORT) \
                 coremark/core_portme.h $(DEPS) build/coremark.config

build/coremark.elf: $(COREMARK_DEPS)
	$(CC) $(CFLAGS) $(COREMARK_CFLAGS) $(LDFLAGS) -o $@ $(COREMARK_SRC) $(COREMARK_PORT) $(COMMON) -lgcc

build/count/coremark.elf: $(COREMARK_DEPS)
	@mkdir -p build/count
	$(CC) $(CFLAGS) $(COREMARK_CFLAGS) -DBENCH_REPORT_INSTRET $(LDFLAGS) -o $@ \
	  $(COREMARK_SRC) $(COREMARK_PORT) $(COMMON) -lgcc
else
coremark:
	@echo "make coremark: CoreMark's sources are not part of this repository, and $(if \
	  $(filter unset,$(COREMARK_MISSING)),COREMARK_DIR is not set,COREMARK_DIR=$(COREMARK_DIR) lacks: $(COREMARK_MISSING))." >&2
	@echo "  Clone EEMBC's coremark repository (eembc/coremark on GitHub) and point COREMARK_DIR at it:" >&2
	@echo "  make coremark COREMARK_DIR=/path/to/coremark   (or export COREMARK_DIR)" >&2
	@exit 1
endif
