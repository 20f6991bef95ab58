// SPDX-License-Identifier: GPL-2.0
/*
 * Guestlab's own KUnit suite: one case of each kind `guestlab test --verdict ktap` must read
 * (pass, fail, skip, parameterized with a failing parameter), in two suites so that results
 * nest by suite. Built into the example kernel when CONFIG_KUNIT=y (build-kernel copies it into
 * lib/kunit/); it runs only with kunit.enable=1 on the command line (KUNIT_DEFAULT_ENABLED=n),
 * so the plain Linux example boots as before.
 */
#include <kunit/test.h>

static void guestlab_passes(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2 + 2, 4);
}

static void guestlab_fails(struct kunit *test)
{
	KUNIT_EXPECT_EQ_MSG(test, 2 + 2, 5, "arithmetic is not what this case hopes");
}

static void guestlab_skips(struct kunit *test)
{
	kunit_skip(test, "nothing to test on this board");
}

struct guestlab_square {
	int n;
	int square;
};

/* The third entry is wrong on purpose: one parameter fails, the others pass. */
static const struct guestlab_square guestlab_squares[] = {
	{ 1, 1 }, { 2, 4 }, { 3, 10 }, { 4, 16 },
};

static void guestlab_square_desc(const struct guestlab_square *s, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%d squared", s->n);
}

KUNIT_ARRAY_PARAM(guestlab_square, guestlab_squares, guestlab_square_desc);

static void guestlab_squares_case(struct kunit *test)
{
	const struct guestlab_square *s = test->param_value;

	KUNIT_EXPECT_EQ(test, s->n * s->n, s->square);
}

static struct kunit_case guestlab_basic_cases[] = {
	KUNIT_CASE(guestlab_passes),
	KUNIT_CASE(guestlab_fails),
	KUNIT_CASE(guestlab_skips),
	{}
};

static struct kunit_suite guestlab_basic_suite = {
	.name = "guestlab_basic",
	.test_cases = guestlab_basic_cases,
};

static struct kunit_case guestlab_param_cases[] = {
	KUNIT_CASE_PARAM(guestlab_squares_case, guestlab_square_gen_params),
	KUNIT_CASE(guestlab_passes),
	{}
};

static struct kunit_suite guestlab_param_suite = {
	.name = "guestlab_param",
	.test_cases = guestlab_param_cases,
};

kunit_test_suites(&guestlab_basic_suite, &guestlab_param_suite);

MODULE_LICENSE("GPL");
