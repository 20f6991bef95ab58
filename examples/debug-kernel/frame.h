/* The size of struct trap_frame (kernel.h), 16-byte aligned as the psABI wants the stack. */
#define FRAME_SIZE (36 * 8)
