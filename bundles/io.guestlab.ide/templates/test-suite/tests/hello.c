/* Prints the line the suite's console check looks for. */
#include "check.h"

int main(void)
{
    print("hello from @PROJECT@\n");
    return failures();
}
