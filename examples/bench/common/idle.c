/* The empty guest: exits at once. bench/hart-bench times it to subtract QEMU's own start-up
 * and shut-down from the benchmark runs. */
int main(void)
{
    return 0;
}
