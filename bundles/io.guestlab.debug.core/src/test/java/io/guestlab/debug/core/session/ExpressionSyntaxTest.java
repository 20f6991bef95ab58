package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** Conditions and watch expressions are checked as typed, without a machine. */
public class ExpressionSyntaxTest {

    @Test
    public void wellFormedExpressionsPass() {
        for (String e : new String[] {"t->id == 3 && $a0 != 0", "tasks[1].name[0] == 'i'", "*(int *)0x80001000",
            "(unsigned char)x + 1", "&proc[3]", "$sp - 64", "-(a + b) * ~c % 4 >= 0 || !d", "(t)->id"}) {
            assertNull(e, ExpressionSyntax.problem(e));
        }
    }

    @Test
    public void malformedExpressionsSayWhatIsWrong() {
        assertEquals("the expression is empty", ExpressionSyntax.problem("  "));
        assertEquals("expected ')' at the end", ExpressionSyntax.problem("(t->id == 3"));
        assertEquals("expected a member name after '->' before '=='", ExpressionSyntax.problem("t-> == 2"));
        assertEquals("expected ']' at the end", ExpressionSyntax.problem("tasks[1"));
        assertEquals("unexpected 'b' after a complete expression", ExpressionSyntax.problem("a b"));
        assertEquals("the expression ends too early", ExpressionSyntax.problem("a +"));
        assertEquals("unexpected character '#'", ExpressionSyntax.problem("a # b"));
        assertEquals("unexpected ')'", ExpressionSyntax.problem("a + )"));
    }
}
