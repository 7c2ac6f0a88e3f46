#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *name = argc > 1 ? argv[1] : "";
  if (strcmp(name, "uppercases") == 0) {
    char s[] = "abc";
    for (char *p = s; *p; p++) *p = (char)toupper((unsigned char)*p);
    return strcmp(s, "ABC") != 0;
  }
  if (strcmp(name, "throws") == 0) {
    /* C has no exceptions: the nearest thing is a crash. */
    fprintf(stderr, "strings_tests.c:%d: boom\n", __LINE__);
    abort();
  }
  if (strcmp(name, "eventually") == 0 && argc > 2) {
    FILE *f = fopen(argv[2], "r");
    if (f == NULL) {
      f = fopen(argv[2], "w");
      if (f != NULL) fclose(f);
      fprintf(stderr, "strings_tests.c:%d: first attempt fails\n", __LINE__);
      return 1;
    }
    fclose(f);
    return 0;
  }
  fprintf(stderr, "unknown test %s\n", name);
  return 2;
}
