#ifndef HTIF_H
#define HTIF_H

/* Host-target interface (Spike's HTIF): the host polls `tohost`. */
void htif_exit(int code) __attribute__((noreturn));

#endif
