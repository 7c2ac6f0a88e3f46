#include <stdio.h>
#include <string.h>

static int check(int expected, int actual, const char *file, int line) {
  if (expected == actual) return 0;
  fprintf(stderr, "%s:%d: assertion failed: expected %d, got %d\n", file, line, expected, actual);
  return 1;
}

int main(int argc, char **argv) {
  const char *name = argc > 1 ? argv[1] : "";
  if (strcmp(name, "adds") == 0) return check(5, 2 + 3, __FILE_NAME__, __LINE__);
  if (strcmp(name, "subtracts") == 0) return check(2, 5 - 3, __FILE_NAME__, __LINE__);
  /* A deliberate bug: 2 + 3 instead of 2 * 3. */
  if (strcmp(name, "multiplies") == 0) return check(6, 2 + 3, __FILE_NAME__, __LINE__);
  if (strcmp(name, "divides") == 0) {
    printf("not implemented\n");
    return 77;
  }
  fprintf(stderr, "unknown test %s\n", name);
  return 2;
}
