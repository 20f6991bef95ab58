#!/usr/bin/env python3
# Prints the verdict Linux's own KTAP parser (tools/testing/kunit/kunit_parser.py) gives each
# test case of a log, one line each: CASE<TAB>GROUP/PATH<TAB>NAME<TAB>STATUS, then "ERRORS N" (the
# parser's own complaints about the log). Cases are the leaves, as kunit.py's --json has them;
# STATUS is PASS, FAIL, SKIP or ERROR (kunit.py's "crashed"), as in kunit_json.
#   usage: kunit_cases.py KUNIT_DIR LOG
import sys

sys.path.insert(0, sys.argv[1])
import kunit_parser  # noqa: E402
from kunit_parser import TestStatus  # noqa: E402

STATUS = {TestStatus.SUCCESS: "PASS", TestStatus.SKIPPED: "SKIP", TestStatus.TEST_CRASHED: "ERROR"}

with open(sys.argv[2], encoding="utf-8", errors="replace") as f:
    lines = f.readlines()
main = kunit_parser.parse_run_tests(lines)  # also prints kunit.py's own summary


def walk(test, path):
    for sub in test.subtests:
        if sub.subtests:
            walk(sub, path + [sub.name])
        else:
            print("CASE\t" + "/".join(path) + "\t" + sub.name + "\t" + STATUS.get(sub.status, "FAIL"))


walk(main, [])
print("ERRORS %d" % main.counts.errors)
